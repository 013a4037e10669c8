//! The PostgreSQL side of a secretariat decision (`Db::decide`), inside the
//! caller's transaction (which holds the write lock): the rule of
//! `pledge_core::decision`, then the status, its feed event and its audit
//! record.

use deadpool_postgres::Transaction;
use pledge_core::wire::{PledgeStatus, StatusChange};

use super::postgres::pg_error;
use super::postgres_batch::add_change;
use super::*;

/// Whether the device's key still waits for a person's confirmation.
const KEY_UNCONFIRMED: &str = concat!(
    "SELECT ",
    key_unconfirmed_sql!(),
    " FROM devices d WHERE d.device_id = $1"
);

pub(super) async fn decide(tx: &Transaction<'_>, d: Decision) -> Result<Decided, DbError> {
    let owners = tx
        .query(
            "SELECT event_id, device_id FROM pledges WHERE pledge_id = $1",
            &[&d.pledge_id],
        )
        .await
        .map_err(pg_error)?
        .iter()
        .map(|r| (r.get(0), r.get(1)))
        .collect();
    let (event_id, device_id) = pick_owner(&d.pledge_id, owners, d.device_id.as_deref())?;
    let from = tx
        .query_one(
            "SELECT status FROM pledges WHERE pledge_id = $1 AND device_id = $2",
            &[&d.pledge_id, &device_id],
        )
        .await
        .map_err(pg_error)?;
    let from = status_from_str(from.get(0))?;
    let mut decided = Decided {
        pledge_id: d.pledge_id.clone(),
        device_id: device_id.clone(),
        event_id: event_id.clone(),
        from,
        to: d.to,
        change: None,
    };
    if plan(from, &d)? == Transition::Unchanged {
        return Ok(decided);
    }
    if d.to == PledgeStatus::Published {
        let unconfirmed: bool = tx
            .query_one(KEY_UNCONFIRMED, &[&device_id])
            .await
            .map_err(pg_error)?
            .get(0);
        if unconfirmed {
            return Err(DbError::KeyUnconfirmed(device_id));
        }
    }
    tx.execute(
        "UPDATE pledges SET status = $3 WHERE pledge_id = $1 AND device_id = $2",
        &[&d.pledge_id, &device_id, &d.to.as_str()],
    )
    .await
    .map_err(pg_error)?;
    let seq = add_change(
        tx,
        &d.pledge_id,
        &event_id,
        &device_id,
        d.to.as_str(),
        d.reason.as_deref(),
        &d.at,
    )
    .await?;
    let audit: i64 = tx
        .query_one(
            "INSERT INTO decisions (pledge_id, device_id, event_id, from_status, to_status, \
             reason, reopen, decided_by, decided_at, feed_seq) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            &[
                &d.pledge_id,
                &device_id,
                &event_id,
                &from.as_str(),
                &d.to.as_str(),
                &d.reason,
                &d.reopen,
                &d.by,
                &d.at,
                &seq,
            ],
        )
        .await
        .map_err(pg_error)?
        .get(0);
    decided.change = Some((
        StatusChange {
            seq,
            pledge_id: d.pledge_id,
            status: d.to,
            reason: d.reason,
            at: d.at,
        },
        audit,
    ));
    Ok(decided)
}
