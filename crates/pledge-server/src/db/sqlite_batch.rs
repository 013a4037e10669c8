//! The SQLite side of storing a batch: each pledge in the one transaction
//! of its batch (DESIGN.md §4 outcomes).

use rusqlite::{params, OptionalExtension};

use super::{DbError, NewPledge, StoreOutcome};

/// One pledge inside the batch transaction.
pub fn store_one(
    tx: &rusqlite::Transaction,
    p: &NewPledge,
    received_at: &str,
) -> Result<StoreOutcome, DbError> {
    if let Some(vouch) = &p.vouch {
        let known: Option<String> = tx
            .prepare_cached("SELECT public_key FROM devices WHERE device_id = ?1")?
            .query_row([&p.device_id], |r| r.get(0))
            .optional()?;
        match known {
            Some(key) if key != vouch.public_key => return Ok(StoreOutcome::DeviceKeyMismatch),
            Some(_) => {}
            None => {
                tx.prepare_cached(
                    "INSERT INTO devices (device_id, event_id, public_key, vouched_by, created_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )?
                .execute(params![p.device_id, p.event_id, vouch.public_key, vouch.vouched_by, received_at])?;
            }
        }
    }
    // Every holder of this id: this device's own pledge decides duplicate
    // or conflict; another device's never does (pledge_id_collision).
    let holders: Vec<(i64, String, String, String)> = tx
        .prepare_cached(
            "SELECT server_seq, received_at, content_hash, device_id FROM pledges WHERE pledge_id = ?1",
        )?
        .query_map([&p.pledge_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?
        .collect::<Result<_, _>>()?;
    let collision = holders.iter().any(|h| h.3 != p.device_id);
    let own = holders
        .into_iter()
        .find(|h| h.3 == p.device_id)
        .map(|h| (h.0, h.1, h.2));
    // Another pledge under this device id and device_seq: two laptops sign
    // as one device (device_seq_reused). Both are kept; the device is flagged.
    let seq_reused: bool = tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM pledges WHERE device_id = ?1 AND device_seq = ?2 \
             AND pledge_id <> ?3)",
        )?
        .query_row(params![p.device_id, p.device_seq, p.pledge_id], |r| {
            r.get(0)
        })?;
    if seq_reused {
        tx.prepare_cached(
            "UPDATE devices SET reused_at = coalesce(reused_at, ?2) WHERE device_id = ?1",
        )?
        .execute(params![p.device_id, received_at])?;
    }
    match own {
        Some((server_seq, received_at, hash)) if hash == p.content_hash => {
            Ok(StoreOutcome::Duplicate {
                server_seq,
                received_at,
                collision,
                seq_reused,
            })
        }
        Some(_) => {
            tx.prepare_cached(
                "INSERT OR IGNORE INTO pledge_conflicts (pledge_id, device_id, signed, signature, \
                 content_hash, received_at, received_from, bundle_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?
            .execute(params![
                p.pledge_id,
                p.device_id,
                p.signed,
                p.signature,
                p.content_hash,
                received_at,
                p.received_from,
                p.bundle_id
            ])?;
            Ok(StoreOutcome::Conflict)
        }
        None => {
            let server_seq: i64 = tx
                .prepare_cached(
                    "INSERT INTO pledges (pledge_id, event_id, device_id, device_seq, supersedes, signed, \
                     signature, content_hash, signed_at, received_at, received_from, bundle_id, clock_skew) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) RETURNING server_seq",
                )?
                .query_row(
                    params![
                        p.pledge_id,
                        p.event_id,
                        p.device_id,
                        p.device_seq,
                        p.supersedes,
                        p.signed,
                        p.signature,
                        p.content_hash,
                        p.signed_at,
                        received_at,
                        p.received_from,
                        p.bundle_id,
                        p.clock_skew
                    ],
                    |r| r.get(0),
                )?;
            add_change(
                tx,
                &p.pledge_id,
                &p.event_id,
                &p.device_id,
                "received",
                None,
                received_at,
            )?;
            if let Some(old) = &p.supersedes {
                // Only the device that signed a pledge can supersede it.
                let changed = tx
                    .prepare_cached(
                        "UPDATE pledges SET status = 'superseded' WHERE pledge_id = ?1 AND device_id = ?2 \
                         AND event_id = ?3 AND status <> 'superseded'",
                    )?
                    .execute(params![old, p.device_id, p.event_id])?;
                if changed == 1 {
                    add_change(
                        tx,
                        old,
                        &p.event_id,
                        &p.device_id,
                        "superseded",
                        None,
                        received_at,
                    )?;
                }
            }
            if collision {
                tracing::warn!(pledge_id = %p.pledge_id, device_id = %p.device_id,
                    "pledge id already held by another device: both kept (pledge_id_collision)");
            }
            if seq_reused {
                tracing::warn!(pledge_id = %p.pledge_id, device_id = %p.device_id, device_seq = p.device_seq,
                    "device_seq already held by another pledge of this device: both kept (device_seq_reused)");
            }
            Ok(StoreOutcome::Created {
                server_seq,
                received_at: received_at.to_string(),
                collision,
                seq_reused,
            })
        }
    }
}

pub fn add_change(
    tx: &rusqlite::Transaction,
    pledge_id: &str,
    event_id: &str,
    device_id: &str,
    status: &str,
    reason: Option<&str>,
    at: &str,
) -> Result<i64, DbError> {
    Ok(tx
        .prepare_cached(
            "INSERT INTO status_changes (pledge_id, event_id, device_id, status, reason, at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING seq",
        )?
        .query_row(
            params![pledge_id, event_id, device_id, status, reason, at],
            |r| r.get(0),
        )?)
}
