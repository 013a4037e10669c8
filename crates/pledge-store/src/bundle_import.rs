//! Reading bundle files on a staff laptop (DESIGN.md §5). Everything is
//! checked before anything is written — the bundle as a whole, then every
//! item against its own device's key — so a bad bundle is refused whole,
//! naming the bad item, and a good one lands in one transaction. The
//! pledges keep their original signatures and are queued to be forwarded
//! on the next sync (store and forward). Importing the same bundle again
//! changes nothing.

use std::io::Read;
use std::path::Path;

use pledge_core::bundle::{check_bundle, BundleError, CarriedKeys};
use pledge_core::signing::{b64_decode, sha256, to_hex, verify, PublicKey};
use pledge_core::wire::Bundle;
use pledge_core::Envelope;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Store, StoreError};

/// Large enough for tens of thousands of pledges; a bigger file is refused
/// before it is read.
pub const MAX_BUNDLE_BYTES: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImportOutcome {
    Created,
    /// Already on this laptop with the same bytes.
    Duplicate,
    /// This laptop holds other bytes under the same id: the first stays.
    Conflict,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportedItem {
    pub pledge_id: String,
    pub outcome: ImportOutcome,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleImported {
    pub bundle_id: String,
    pub exporter_device_id: String,
    #[ts(type = "number")]
    pub items: u64,
    #[ts(type = "number")]
    pub created: u64,
    #[ts(type = "number")]
    pub duplicate: u64,
    #[ts(type = "number")]
    pub conflict: u64,
    pub results: Vec<ImportedItem>,
}

/// An item that passed every check.
pub struct VerifiedItem {
    pub envelope: Envelope,
    pub signed: Vec<u8>,
    pub signature: Vec<u8>,
    pub public_key: PublicKey,
}

/// Reads and parses a bundle file, refusing an oversized, truncated or
/// wrong-format one with a message that says which.
pub fn read_bundle(path: &Path) -> Result<Bundle, StoreError> {
    let unreadable = |e: std::io::Error| StoreError::FileUnreadable {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let bytes = file.metadata().map_err(unreadable)?.len();
    if bytes > MAX_BUNDLE_BYTES {
        return Err(StoreError::BundleTooLarge {
            bytes,
            max: MAX_BUNDLE_BYTES,
        });
    }
    let mut text = Vec::with_capacity(bytes as usize);
    file.take(MAX_BUNDLE_BYTES + 1)
        .read_to_end(&mut text)
        .map_err(unreadable)?;
    parse_bundle(&text)
}

/// Parses bundle bytes (see `read_bundle`).
pub fn parse_bundle(text: &[u8]) -> Result<Bundle, StoreError> {
    serde_json::from_slice(text).map_err(|e| {
        let looks_like_bundle =
            text.starts_with(b"{") && text.windows(10).any(|w| w == b"p2c-bundle");
        StoreError::BundleInvalid(if e.is_eof() && looks_like_bundle {
            "the file ends early — it was probably not copied completely. Copy it again.".into()
        } else if looks_like_bundle {
            format!("it is damaged or from an unknown version ({e}).")
        } else {
            "it is not a Pledge Desk bundle (.p2cbundle) file.".into()
        })
    })
}

fn item_name(i: usize, pledge_id: Option<&str>) -> String {
    match pledge_id {
        Some(id) => format!("Item {} (pledge {id})", i + 1),
        None => format!("Item {}", i + 1),
    }
}

/// Checks every item of `bundle` against its device's key from the bundle.
/// The first bad item is named in the error.
fn verify_items(bundle: &Bundle, carried: &CarriedKeys) -> Result<Vec<VerifiedItem>, StoreError> {
    let mut out = Vec::with_capacity(bundle.items.len());
    for (i, item) in bundle.items.iter().enumerate() {
        let signed = b64_decode(&item.signed).map_err(|_| {
            StoreError::BundleInvalid(format!("{} is not valid base64.", item_name(i, None)))
        })?;
        let header: serde_json::Value = serde_json::from_slice(&signed).map_err(|_| {
            StoreError::BundleTampered(format!("{} is not a readable pledge.", item_name(i, None)))
        })?;
        let pledge_id = header.get("pledge_id").and_then(|v| v.as_str());
        let name = item_name(i, pledge_id);
        let device_id = header
            .get("device_id")
            .and_then(|v| v.as_str())
            .unwrap_or_default();
        let key = carried.get(device_id).ok_or_else(|| {
            StoreError::BundleUnknownDevice(format!(
                "{name} was signed by device {device_id}, which the bundle does not list with its key."
            ))
        })?;
        let signature = b64_decode(&item.signature).map_err(|_| {
            StoreError::BundleInvalid(format!("{name} has a signature that is not valid base64."))
        })?;
        let envelope = verify(&signed, &signature, key).map_err(|e| {
            StoreError::BundleTampered(format!("{name} does not match its signature ({e})."))
        })?;
        if envelope.event_id != bundle.event_id {
            return Err(StoreError::BundleTampered(format!(
                "{name} belongs to event {}, not to the bundle's event {}.",
                envelope.event_id, bundle.event_id
            )));
        }
        out.push(VerifiedItem {
            envelope,
            signed,
            signature,
            public_key: *key,
        });
    }
    Ok(out)
}

/// Checks a bundle completely without a store: the manifest, then each
/// item. When the manifest does not match, the items are checked to name
/// the one that was changed.
pub fn verify_bundle(bundle: &Bundle) -> Result<Vec<VerifiedItem>, StoreError> {
    match check_bundle(bundle) {
        Ok(carried) => verify_items(bundle, &carried),
        Err(BundleError::BadManifestSignature) => {
            // find the culprit with the carried keys, ignoring the manifest
            let mut keys = CarriedKeys::new();
            for d in &bundle.devices {
                if let Ok(k) = PublicKey::from_base64(&d.public_key) {
                    keys.insert(d.device_id.clone(), k);
                }
            }
            verify_items(bundle, &keys)?;
            Err(StoreError::BundleTampered(
                "its list of pledges, devices or its header was changed after export.".into(),
            ))
        }
        Err(e) => Err(StoreError::BundleInvalid(e.to_string())),
    }
}

impl Store {
    /// Imports a bundle for this laptop's event (see the module comment).
    pub fn import_bundle(&mut self, bundle: &Bundle) -> Result<BundleImported, StoreError> {
        let event = self.event()?.ok_or(StoreError::NoEvent)?;
        if bundle.event_id != event.event_id {
            return Err(StoreError::BundleWrongEvent {
                bundle: bundle.event_id.clone(),
                ours: event.event_id,
            });
        }
        let items = verify_bundle(bundle)?;
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        // a device this laptop knows — itself included — must come with the
        // key it knows: a bundle cannot take over a device id
        let own: Option<(String, String)> = tx
            .query_row(
                "SELECT device_id, public_key FROM device WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let mut checked = std::collections::HashSet::new();
        for item in &items {
            // every item of a device was verified with the same carried key
            if !checked.insert(item.envelope.device_id.as_str()) {
                continue;
            }
            if let Some((own_id, own_key)) = &own {
                if item.envelope.device_id == *own_id && item.public_key.to_base64() != *own_key {
                    return Err(StoreError::BundleUnknownDevice(format!(
                        "The bundle carries pledges under this laptop's own device id {own_id}, \
                         signed with another key."
                    )));
                }
            }
            let known: Option<String> = tx
                .query_row(
                    "SELECT public_key FROM pledges WHERE device_id = ?1 LIMIT 1",
                    [&item.envelope.device_id],
                    |r| r.get(0),
                )
                .optional()?;
            if known.is_some_and(|k| k != item.public_key.to_base64()) {
                return Err(StoreError::BundleUnknownDevice(format!(
                    "The bundle carries another key for device {} than the one this laptop knows.",
                    item.envelope.device_id
                )));
            }
        }
        let mut results = Vec::with_capacity(items.len());
        for item in &items {
            let e = &item.envelope;
            let held: Option<Vec<u8>> = tx
                .query_row(
                    "SELECT signed FROM pledges WHERE pledge_id = ?1
                     OR (device_id = ?2 AND device_seq = ?3) LIMIT 1",
                    params![e.pledge_id, e.device_id, e.device_seq as i64],
                    |r| r.get(0),
                )
                .optional()?;
            let outcome = match held {
                Some(bytes) if bytes == item.signed => ImportOutcome::Duplicate,
                Some(_) => {
                    tx.execute(
                        "INSERT OR IGNORE INTO import_conflicts
                         (pledge_id, bundle_id, signed, signature, public_key, seen_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            e.pledge_id,
                            bundle.bundle_id,
                            item.signed,
                            item.signature,
                            item.public_key.to_base64(),
                            now
                        ],
                    )?;
                    ImportOutcome::Conflict
                }
                None => {
                    tx.execute(
                        "INSERT INTO pledges (pledge_id, draft_id, device_id, device_seq, event_id,
                            supersedes, signed, signature, public_key, content_hash, signed_at, title,
                            stored_at, imported_from)
                         VALUES (?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                        params![
                            e.pledge_id,
                            e.device_id,
                            e.device_seq as i64,
                            e.event_id,
                            e.supersedes,
                            item.signed,
                            item.signature,
                            item.public_key.to_base64(),
                            to_hex(&sha256(&item.signed)),
                            e.signed_at,
                            e.pledge.title,
                            now,
                            bundle.bundle_id
                        ],
                    )?;
                    tx.execute(
                        "INSERT INTO outbox (pledge_id, state, updated_at) VALUES (?1, 'queued', ?2)",
                        params![e.pledge_id, now],
                    )?;
                    // one of this laptop's own pledges coming home (say after
                    // restoring an older backup): never hand its number out again
                    tx.execute(
                        "UPDATE device SET next_seq = max(next_seq, ?2 + 1)
                         WHERE id = 1 AND device_id = ?1",
                        params![e.device_id, e.device_seq as i64],
                    )?;
                    ImportOutcome::Created
                }
            };
            results.push(ImportedItem {
                pledge_id: e.pledge_id.clone(),
                outcome,
            });
        }
        let count = |o| results.iter().filter(|r| r.outcome == o).count() as u64;
        let created = count(ImportOutcome::Created);
        tx.execute(
            "INSERT OR IGNORE INTO bundles_imported
             (bundle_id, exporter_device_id, event_id, created_at, imported_at, items, created)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                bundle.bundle_id,
                bundle.exporter.device_id,
                bundle.event_id,
                bundle.created_at,
                now,
                items.len() as i64,
                created as i64
            ],
        )?;
        tx.commit()?;
        Ok(BundleImported {
            bundle_id: bundle.bundle_id.clone(),
            exporter_device_id: bundle.exporter.device_id.clone(),
            items: items.len() as u64,
            created,
            duplicate: count(ImportOutcome::Duplicate),
            conflict: count(ImportOutcome::Conflict),
            results,
        })
    }
}
