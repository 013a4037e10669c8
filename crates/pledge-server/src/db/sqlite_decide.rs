//! The SQLite side of a secretariat decision (`Db::decide`): the rule of
//! `pledge_core::decision`, then the status, its feed event and its audit
//! record in one transaction.

use pledge_core::wire::{PledgeStatus, StatusChange};
use rusqlite::{params, Connection, TransactionBehavior};

use super::sqlite_batch::add_change;
use super::*;

/// Whether the device's key still waits for a person's confirmation.
const KEY_UNCONFIRMED: &str = concat!(
    "SELECT ",
    key_unconfirmed_sql!(),
    " FROM devices d WHERE d.device_id = ?1"
);

pub(super) fn decide(c: &mut Connection, d: Decision) -> Result<Decided, DbError> {
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let owners = tx
        .prepare_cached("SELECT event_id, device_id FROM pledges WHERE pledge_id = ?1")?
        .query_map([&d.pledge_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<Result<Vec<(String, String)>, _>>()?;
    let (event_id, device_id) = pick_owner(&d.pledge_id, owners, d.device_id.as_deref())?;
    let from: String = tx.query_row(
        "SELECT status FROM pledges WHERE pledge_id = ?1 AND device_id = ?2",
        params![d.pledge_id, device_id],
        |r| r.get(0),
    )?;
    let from = status_from_str(&from)?;
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
        let unconfirmed: bool = tx.query_row(KEY_UNCONFIRMED, [&device_id], |r| r.get(0))?;
        if unconfirmed {
            return Err(DbError::KeyUnconfirmed(device_id));
        }
    }
    tx.execute(
        "UPDATE pledges SET status = ?3 WHERE pledge_id = ?1 AND device_id = ?2",
        params![d.pledge_id, device_id, d.to.as_str()],
    )?;
    let seq = add_change(
        &tx,
        &d.pledge_id,
        &event_id,
        &device_id,
        d.to.as_str(),
        d.reason.as_deref(),
        &d.at,
    )?;
    let audit: i64 = tx.query_row(
        "INSERT INTO decisions (pledge_id, device_id, event_id, from_status, to_status, \
         reason, reopen, decided_by, decided_at, feed_seq) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING id",
        params![
            d.pledge_id,
            device_id,
            event_id,
            from.as_str(),
            d.to.as_str(),
            d.reason,
            d.reopen,
            d.by,
            d.at,
            seq
        ],
        |r| r.get(0),
    )?;
    tx.commit()?;
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
