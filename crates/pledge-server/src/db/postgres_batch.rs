//! The PostgreSQL side of storing a batch (DESIGN.md §4 outcomes), in the
//! one transaction of its batch and with few round trips: what is stored
//! already is read for the whole batch at once, and each new pledge is
//! inserted together with its `received` status change.

use std::collections::HashMap;

use deadpool_postgres::Transaction;

use super::postgres::pg_error;
use super::{DbError, NewPledge, StoreOutcome};

/// `server_seq`, `received_at`, `content_hash`, `device_id` of a stored pledge.
type Stored = (i64, String, String, String);

/// Every stored holder of each id in the batch (one per device).
async fn stored_pledges(
    tx: &Transaction<'_>,
    pledges: &[NewPledge],
) -> Result<HashMap<String, Vec<Stored>>, DbError> {
    let ids: Vec<&str> = pledges.iter().map(|p| p.pledge_id.as_str()).collect();
    let stmt = tx
        .prepare_cached(
            "SELECT pledge_id, server_seq, received_at, content_hash, device_id FROM pledges \
             WHERE pledge_id = ANY($1)",
        )
        .await
        .map_err(pg_error)?;
    let rows = tx.query(&stmt, &[&ids]).await.map_err(pg_error)?;
    let mut stored: HashMap<String, Vec<Stored>> = HashMap::new();
    for r in &rows {
        stored
            .entry(r.get(0))
            .or_default()
            .push((r.get(1), r.get(2), r.get(3), r.get(4)));
    }
    Ok(stored)
}

async fn known_keys(
    tx: &Transaction<'_>,
    pledges: &[NewPledge],
) -> Result<HashMap<String, String>, DbError> {
    let ids: Vec<&str> = pledges
        .iter()
        .filter(|p| p.vouch.is_some())
        .map(|p| p.device_id.as_str())
        .collect();
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows = tx
        .query(
            "SELECT device_id, public_key FROM devices WHERE device_id = ANY($1)",
            &[&ids],
        )
        .await
        .map_err(pg_error)?;
    Ok(rows.iter().map(|r| (r.get(0), r.get(1))).collect())
}

pub async fn store_batch(
    tx: &Transaction<'_>,
    pledges: &[NewPledge],
    received_at: &str,
) -> Result<Vec<StoreOutcome>, DbError> {
    let mut stored = stored_pledges(tx, pledges).await?;
    let mut keys = known_keys(tx, pledges).await?;
    let mut outcomes = Vec::with_capacity(pledges.len());
    for p in pledges {
        if let Some(vouch) = &p.vouch {
            match keys.get(&p.device_id) {
                Some(key) if *key != vouch.public_key => {
                    outcomes.push(StoreOutcome::DeviceKeyMismatch);
                    continue;
                }
                Some(_) => {}
                None => {
                    tx.execute(
                        "INSERT INTO devices (device_id, event_id, public_key, vouched_by, created_at) \
                         VALUES ($1, $2, $3, $4, $5)",
                        &[&p.device_id, &p.event_id, &vouch.public_key, &vouch.vouched_by, &received_at],
                    )
                    .await
                    .map_err(pg_error)?;
                    keys.insert(p.device_id.clone(), vouch.public_key.clone());
                }
            }
        }
        // This device's own pledge decides duplicate or conflict; another
        // device's never does (pledge_id_collision).
        let holders = stored.get(&p.pledge_id).map(Vec::as_slice).unwrap_or(&[]);
        let collision = holders.iter().any(|h| h.3 != p.device_id);
        let seq_reused = seq_reused(tx, p, received_at).await?;
        let outcome = match holders.iter().find(|h| h.3 == p.device_id) {
            Some((server_seq, first_received_at, hash, _)) if *hash == p.content_hash => {
                StoreOutcome::Duplicate {
                    server_seq: *server_seq,
                    received_at: first_received_at.clone(),
                    collision,
                    seq_reused,
                }
            }
            Some(_) => {
                audit_conflict(tx, p, received_at).await?;
                StoreOutcome::Conflict
            }
            None => {
                let server_seq = insert_pledge(tx, p, received_at).await?;
                if collision {
                    tracing::warn!(pledge_id = %p.pledge_id, device_id = %p.device_id,
                        "pledge id already held by another device: both kept (pledge_id_collision)");
                }
                stored.entry(p.pledge_id.clone()).or_default().push((
                    server_seq,
                    received_at.to_string(),
                    p.content_hash.clone(),
                    p.device_id.clone(),
                ));
                if seq_reused {
                    tracing::warn!(pledge_id = %p.pledge_id, device_id = %p.device_id, device_seq = p.device_seq,
                        "device_seq already held by another pledge of this device: both kept (device_seq_reused)");
                }
                StoreOutcome::Created {
                    server_seq,
                    received_at: received_at.to_string(),
                    collision,
                    seq_reused,
                }
            }
        };
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// Whether another pledge holds this device id and `device_seq` (two
/// laptops sign as one device): if so the device is flagged too.
async fn seq_reused(
    tx: &Transaction<'_>,
    p: &NewPledge,
    received_at: &str,
) -> Result<bool, DbError> {
    let row = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM pledges WHERE device_id = $1 AND device_seq = $2 \
             AND pledge_id <> $3)",
            &[&p.device_id, &p.device_seq, &p.pledge_id],
        )
        .await
        .map_err(pg_error)?;
    let reused: bool = row.get(0);
    if reused {
        tx.execute(
            "UPDATE devices SET reused_at = coalesce(reused_at, $2) WHERE device_id = $1",
            &[&p.device_id, &received_at],
        )
        .await
        .map_err(pg_error)?;
    }
    Ok(reused)
}

async fn audit_conflict(
    tx: &Transaction<'_>,
    p: &NewPledge,
    received_at: &str,
) -> Result<(), DbError> {
    let stmt = tx
        .prepare_cached(
            "INSERT INTO pledge_conflicts (pledge_id, device_id, signed, signature, content_hash, \
             received_at, received_from, bundle_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (pledge_id, content_hash) DO NOTHING",
        )
        .await
        .map_err(pg_error)?;
    tx.execute(
        &stmt,
        &[
            &p.pledge_id,
            &p.device_id,
            &p.signed,
            &p.signature,
            &p.content_hash,
            &received_at,
            &p.received_from,
            &p.bundle_id,
        ],
    )
    .await
    .map_err(pg_error)?;
    Ok(())
}

/// Inserts the pledge and its `received` change in one statement.
async fn insert_pledge(
    tx: &Transaction<'_>,
    p: &NewPledge,
    received_at: &str,
) -> Result<i64, DbError> {
    let stmt = tx
        .prepare_cached(
            "WITH p AS (INSERT INTO pledges (pledge_id, event_id, device_id, device_seq, supersedes, signed, \
             signature, content_hash, signed_at, received_at, received_from, bundle_id, clock_skew) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
             RETURNING server_seq, pledge_id, event_id, device_id), \
             s AS (INSERT INTO status_changes (pledge_id, event_id, device_id, status, at) \
             SELECT pledge_id, event_id, device_id, 'received', $10 FROM p) \
             SELECT server_seq FROM p",
        )
        .await
        .map_err(pg_error)?;
    let row = tx
        .query_one(
            &stmt,
            &[
                &p.pledge_id,
                &p.event_id,
                &p.device_id,
                &p.device_seq,
                &p.supersedes,
                &p.signed,
                &p.signature,
                &p.content_hash,
                &p.signed_at,
                &received_at,
                &p.received_from,
                &p.bundle_id,
                &p.clock_skew,
            ],
        )
        .await
        .map_err(pg_error)?;
    if let Some(old) = &p.supersedes {
        // Only the device that signed a pledge can supersede it.
        let changed = tx
            .execute(
                "UPDATE pledges SET status = 'superseded' WHERE pledge_id = $1 AND device_id = $2 \
                 AND event_id = $3 AND status <> 'superseded'",
                &[old, &p.device_id, &p.event_id],
            )
            .await
            .map_err(pg_error)?;
        if changed == 1 {
            add_change(
                tx,
                old,
                &p.event_id,
                &p.device_id,
                "superseded",
                None,
                received_at,
            )
            .await?;
        }
    }
    Ok(row.get(0))
}

pub async fn add_change(
    tx: &Transaction<'_>,
    pledge_id: &str,
    event_id: &str,
    device_id: &str,
    status: &str,
    reason: Option<&str>,
    at: &str,
) -> Result<i64, DbError> {
    let row = tx
        .query_one(
            "INSERT INTO status_changes (pledge_id, event_id, device_id, status, reason, at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING seq",
            &[&pledge_id, &event_id, &device_id, &status, &reason, &at],
        )
        .await
        .map_err(pg_error)?;
    Ok(row.get(0))
}
