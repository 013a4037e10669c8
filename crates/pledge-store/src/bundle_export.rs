//! Writing bundle files (DESIGN.md §5) for laptops that never get online:
//! a batch, or everything not yet acknowledged, with the original device
//! signatures, sealed by this laptop's key. The file appears whole or not at
//! all (written aside, synced, then renamed), and the export is recorded so
//! reconciliation can tell what left this laptop on a USB stick.

use std::io::Write;
use std::path::{Path, PathBuf};

use pledge_core::bundle::BundleBuilder;
use pledge_core::wire::{Bundle, Role};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Identity, Store, StoreError};

/// Which pledges go into a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BundleSelection {
    Batch {
        batch_id: String,
    },
    /// Held, queued or in flight: everything the platform has not confirmed.
    Unacknowledged,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleExported {
    pub path: String,
    pub bundle_id: String,
    #[ts(type = "number")]
    pub items: u64,
    #[ts(type = "number")]
    pub bytes: u64,
}

fn unwritable(path: &Path, e: impl std::fmt::Display) -> StoreError {
    StoreError::FileUnwritable {
        path: path.to_path_buf(),
        detail: e.to_string(),
    }
}

/// Writes `bytes` to `path` so that a reader sees the old file or the whole
/// new one, never part of it.
pub fn write_whole_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if path.is_dir() {
        return Err(unwritable(path, "it is a folder; add a file name"));
    }
    let name = path
        .file_name()
        .ok_or_else(|| unwritable(path, "no file name"))?;
    let tmp = dir.join(format!(".{}.partial", name.to_string_lossy()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        crate::disk::remove_temp(&tmp);
        if crate::disk::io_is_disk_full(&e) {
            StoreError::disk_full(format!("the file {}", path.display()))
        } else {
            unwritable(path, e)
        }
    })
}

impl Store {
    /// The bundle for `selection`, sealed with this laptop's key, and the
    /// ids of the pledges in it.
    pub fn build_bundle(
        &self,
        identity: &Identity,
        selection: &BundleSelection,
    ) -> Result<Bundle, StoreError> {
        Ok(self.bundle_with_ids(identity, selection)?.0)
    }

    fn bundle_with_ids(
        &self,
        identity: &Identity,
        selection: &BundleSelection,
    ) -> Result<(Bundle, Vec<String>), StoreError> {
        let event = self.event()?.ok_or(StoreError::NoEvent)?;
        let (sql, arg) = match selection {
            BundleSelection::Batch { batch_id } => {
                let exists: bool = self.conn.query_row(
                    "SELECT EXISTS (SELECT 1 FROM batches WHERE batch_id = ?1)",
                    [batch_id],
                    |r| r.get(0),
                )?;
                if !exists {
                    return Err(StoreError::BatchNotFound(batch_id.clone()));
                }
                (
                    "SELECT p.signed, p.signature, p.device_id, p.public_key, p.pledge_id FROM pledges p
                     JOIN batch_members m USING (pledge_id) WHERE m.batch_id = ?1 ORDER BY p.seq",
                    batch_id.clone(),
                )
            }
            BundleSelection::Unacknowledged => (
                "SELECT p.signed, p.signature, p.device_id, p.public_key, p.pledge_id FROM pledges p
                 JOIN outbox o USING (pledge_id)
                 WHERE o.state IN ('signed', 'queued', 'sending') AND p.event_id = ?1 ORDER BY p.seq",
                event.event_id.clone(),
            ),
        };
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query([arg])?;
        let mut builder = BundleBuilder::new(&identity.device_id, identity.key(), Role::Staff);
        let mut ids = Vec::new();
        while let Some(r) = rows.next()? {
            let signed: Vec<u8> = r.get(0)?;
            let signature: Vec<u8> = r.get(1)?;
            let device_id: String = r.get(2)?;
            let public_key: String = r.get(3)?;
            builder.add(&signed, &signature, &device_id, &public_key);
            ids.push(r.get(4)?);
        }
        if builder.is_empty() {
            return Err(StoreError::NothingToExport(match selection {
                BundleSelection::Batch { .. } => "the batch is empty.".into(),
                BundleSelection::Unacknowledged => {
                    "every pledge on this laptop has reached the platform.".into()
                }
            }));
        }
        let bundle = builder
            .seal(
                identity.key(),
                uuid::Uuid::now_v7().to_string(),
                event.event_id,
                self.now(),
            )
            .map_err(|e| StoreError::BundleInvalid(e.to_string()))?;
        Ok((bundle, ids))
    }

    /// Builds the bundle for `selection` and writes it to `path` whole.
    pub fn export_bundle(
        &mut self,
        identity: &Identity,
        selection: &BundleSelection,
        path: &Path,
    ) -> Result<BundleExported, StoreError> {
        let (bundle, ids) = self.bundle_with_ids(identity, selection)?;
        let bytes = serde_json::to_vec(&bundle)?;
        write_whole_file(path, &bytes)?;
        let now = self.now();
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO bundles_exported (bundle_id, created_at, items, bytes) VALUES (?1, ?2, ?3, ?4)",
            params![bundle.bundle_id, now, bundle.items.len() as i64, bytes.len() as i64],
        )?;
        {
            let mut insert = tx.prepare_cached(
                "INSERT OR IGNORE INTO bundle_export_items (bundle_id, pledge_id) VALUES (?1, ?2)",
            )?;
            for id in &ids {
                insert.execute(params![bundle.bundle_id, id])?;
            }
        }
        tx.commit()?;
        Ok(BundleExported {
            path: path.display().to_string(),
            bundle_id: bundle.bundle_id,
            items: bundle.items.len() as u64,
            bytes: bytes.len() as u64,
        })
    }
}
