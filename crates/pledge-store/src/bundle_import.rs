//! Reading bundle files on a staff laptop (DESIGN.md §5). Everything is
//! checked before anything is written — the bundle as a whole, then every
//! item against its own device's key — so a bad bundle is refused whole,
//! naming the bad item, and a good one lands in one transaction. The
//! pledges keep their original signatures and are queued to be forwarded
//! on the next sync (store and forward). Importing the same bundle again
//! changes nothing.
//!
//! Memory stays bounded by the file: the bundle is parsed straight from the
//! file (no copy of its text beside it), and items are decoded, verified
//! and written one at a time — never all decoded at once. The import does
//! it inside its transaction, so a bad item anywhere rolls everything back.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use pledge_core::bundle::{check_bundle, BundleError, CarriedKeys};
use pledge_core::signing::{b64_decode, sha256, to_hex, verify, PublicKey};
use pledge_core::wire::Bundle;
use pledge_core::Envelope;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Store, StoreError};

/// The platform's cap on a bundle (DESIGN.md §5), about 13,000 pledges; a
/// bigger file is refused before it is read.
pub const MAX_BUNDLE_BYTES: u64 = pledge_core::wire::MAX_BUNDLE_BYTES as u64;

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

/// What checking a whole bundle found: how many items, and per signing
/// device the key they were verified with and how many it signed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BundleVerified {
    pub items: u64,
    pub signers: BTreeMap<String, (PublicKey, u64)>,
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
    // Parsed from the file as it is read: the text is never held beside
    // the bundle it becomes.
    let mut reader = BufReader::with_capacity(64 * 1024, file.take(MAX_BUNDLE_BYTES + 1));
    let start = reader.fill_buf().map_err(unreadable)?;
    let looks_like_bundle = looks_like_bundle(start);
    serde_json::from_reader(reader).map_err(|e| parse_error(&e, looks_like_bundle))
}

fn looks_like_bundle(start: &[u8]) -> bool {
    start.starts_with(b"{") && start.windows(10).any(|w| w == b"p2c-bundle")
}

fn parse_error(e: &serde_json::Error, looks_like_bundle: bool) -> StoreError {
    StoreError::BundleInvalid(if e.is_eof() && looks_like_bundle {
        "the file ends early — it was probably not copied completely. Copy it again.".into()
    } else if e.is_io() {
        format!("it could not be read to the end ({e}).")
    } else if looks_like_bundle {
        format!("it is damaged or from an unknown version ({e}).")
    } else {
        "it is not a Pledge Desk bundle (.p2cbundle) file.".into()
    })
}

/// Parses bundle bytes (see `read_bundle`).
pub fn parse_bundle(text: &[u8]) -> Result<Bundle, StoreError> {
    let head = &text[..text.len().min(64 * 1024)];
    serde_json::from_slice(text).map_err(|e| parse_error(&e, looks_like_bundle(head)))
}

fn item_name(i: usize, pledge_id: Option<&str>) -> String {
    match pledge_id {
        Some(id) => format!("Item {} (pledge {id})", i + 1),
        None => format!("Item {}", i + 1),
    }
}

/// Checks every item of `bundle` against its device's key from the bundle,
/// handing each to `each` in order and dropping it after: one decoded item
/// at a time. The first bad item is named in the error.
fn for_each_verified(
    bundle: &Bundle,
    carried: &CarriedKeys,
    mut each: impl FnMut(VerifiedItem) -> Result<(), StoreError>,
) -> Result<(), StoreError> {
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
        each(VerifiedItem {
            envelope,
            signed,
            signature,
            public_key: *key,
        })?;
    }
    Ok(())
}

/// Checks a bundle completely without a store: the manifest, then each
/// item. When the manifest does not match, the items are checked to name
/// the one that was changed.
pub fn verify_bundle(bundle: &Bundle) -> Result<BundleVerified, StoreError> {
    let carried = checked_keys(bundle)?;
    let mut found = BundleVerified::default();
    for_each_verified(bundle, &carried, |item| {
        found.items += 1;
        found
            .signers
            .entry(item.envelope.device_id)
            .or_insert((item.public_key, 0))
            .1 += 1;
        Ok(())
    })?;
    Ok(found)
}

/// The manifest check; the keys the bundle carries when it holds.
fn checked_keys(bundle: &Bundle) -> Result<CarriedKeys, StoreError> {
    match check_bundle(bundle) {
        Ok(carried) => Ok(carried),
        Err(BundleError::BadManifestSignature) => {
            // find the culprit with the carried keys, ignoring the manifest
            let mut keys = CarriedKeys::new();
            for d in &bundle.devices {
                if let Ok(k) = PublicKey::from_base64(&d.public_key) {
                    keys.insert(d.device_id.clone(), k);
                }
            }
            for_each_verified(bundle, &keys, |_| Ok(()))?;
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
        let carried = checked_keys(bundle)?;
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
        let mut results = Vec::with_capacity(bundle.items.len());
        // Verified and written one item at a time; any error returns before
        // the commit, so the transaction rolls back and nothing lands.
        for_each_verified(bundle, &carried, |item| {
            // every item of a device was verified with the same carried key
            if checked.insert(item.envelope.device_id.clone()) {
                check_device_key(&tx, own.as_ref(), &item)?;
            }
            let outcome = import_item(&tx, bundle, &item, &now)?;
            results.push(ImportedItem {
                pledge_id: item.envelope.pledge_id,
                outcome,
            });
            Ok(())
        })?;
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
                results.len() as i64,
                created as i64
            ],
        )?;
        tx.commit()?;
        Ok(BundleImported {
            bundle_id: bundle.bundle_id.clone(),
            exporter_device_id: bundle.exporter.device_id.clone(),
            items: results.len() as u64,
            created,
            duplicate: count(ImportOutcome::Duplicate),
            conflict: count(ImportOutcome::Conflict),
            results,
        })
    }
}

/// The first item of a device: its carried key must be the one this laptop
/// knows for it (its own, or from pledges it holds).
fn check_device_key(
    tx: &rusqlite::Transaction,
    own: Option<&(String, String)>,
    item: &VerifiedItem,
) -> Result<(), StoreError> {
    let device_id = &item.envelope.device_id;
    let key = item.public_key.to_base64();
    if let Some((own_id, own_key)) = own {
        if device_id == own_id && key != *own_key {
            return Err(StoreError::BundleUnknownDevice(format!(
                "The bundle carries pledges under this laptop's own device id {own_id}, \
                 signed with another key."
            )));
        }
    }
    let known: Option<String> = tx
        .query_row(
            "SELECT public_key FROM pledges WHERE device_id = ?1 LIMIT 1",
            [device_id],
            |r| r.get(0),
        )
        .optional()?;
    if known.is_some_and(|k| k != key) {
        return Err(StoreError::BundleUnknownDevice(format!(
            "The bundle carries another key for device {device_id} than the one this laptop knows."
        )));
    }
    Ok(())
}

/// Writes one verified item: new, the same bytes again, or a conflict.
fn import_item(
    tx: &rusqlite::Transaction,
    bundle: &Bundle,
    item: &VerifiedItem,
    now: &str,
) -> Result<ImportOutcome, StoreError> {
    let e = &item.envelope;
    let held: Option<Vec<u8>> = tx
        .query_row(
            "SELECT signed FROM pledges WHERE pledge_id = ?1
             OR (device_id = ?2 AND device_seq = ?3) LIMIT 1",
            params![e.pledge_id, e.device_id, e.device_seq as i64],
            |r| r.get(0),
        )
        .optional()?;
    Ok(match held {
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
    })
}
