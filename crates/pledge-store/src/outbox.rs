//! The outbox (DESIGN.md §4, client rules): which signed pledges still have
//! to reach the platform, marked `sending` before each call, settled from
//! the server's per-item answers, and reset to `queued` at start-up.
//! Nothing is deleted on acknowledgement.

use pledge_core::wire::{ItemResult, Outcome, StatusFeed};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::settings::upsert_setting;
use crate::{Store, StoreError};

/// One pledge on its way: the exact bytes as signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutgoingPledge {
    pub pledge_id: String,
    pub signed: Vec<u8>,
    pub signature: Vec<u8>,
    /// The signing device and its key: another laptop's when the pledge
    /// came in a bundle and is forwarded from here.
    pub device_id: String,
    pub public_key: String,
    pub event_id: String,
}

/// How many pledges are in each outbox state.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OutboxCounts {
    #[ts(type = "number")]
    pub signed: u64,
    #[ts(type = "number")]
    pub queued: u64,
    #[ts(type = "number")]
    pub sending: u64,
    #[ts(type = "number")]
    pub acknowledged: u64,
    #[ts(type = "number")]
    pub rejected: u64,
    #[ts(type = "number")]
    pub conflict: u64,
}

impl OutboxCounts {
    /// Still to be delivered (held, queued or in flight).
    pub fn pending(&self) -> u64 {
        self.queued + self.sending
    }
}

const STATUS_CURSOR: &str = "status_cursor";

impl Store {
    /// At start-up: whatever was `sending` when the process stopped goes
    /// back to `queued` (resending is safe: the server answers `duplicate`).
    pub fn reset_sending(&mut self) -> Result<usize, StoreError> {
        let now = self.now();
        Ok(self.conn.execute(
            "UPDATE outbox SET state = 'queued', updated_at = ?1 WHERE state = 'sending'",
            [now],
        )?)
    }

    /// Takes up to `max_items` queued pledges (this laptop's own first, then
    /// those carried in by bundle; oldest first; at most `max_bytes` of
    /// signed text, at least one) and marks them `sending`,
    /// durably, before any network call.
    pub fn take_outgoing(
        &mut self,
        max_items: usize,
        max_bytes: usize,
    ) -> Result<Vec<OutgoingPledge>, StoreError> {
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut out = Vec::new();
        {
            let mut stmt = tx.prepare_cached(
                "SELECT p.pledge_id, p.signed, p.signature, p.device_id, p.public_key, p.event_id
                 FROM outbox o JOIN pledges p USING (pledge_id)
                 WHERE o.state = 'queued' ORDER BY p.imported_from IS NOT NULL, p.seq LIMIT ?1",
            )?;
            let rows = stmt.query_map([max_items as i64], |r| {
                Ok(OutgoingPledge {
                    pledge_id: r.get(0)?,
                    signed: r.get(1)?,
                    signature: r.get(2)?,
                    device_id: r.get(3)?,
                    public_key: r.get(4)?,
                    event_id: r.get(5)?,
                })
            })?;
            let mut bytes = 0;
            for row in rows {
                let row = row?;
                // base64 grows 4/3; leave room for the JSON around it
                let size = (row.signed.len() + row.signature.len()) * 4 / 3 + 64;
                if !out.is_empty() && bytes + size > max_bytes {
                    break;
                }
                bytes += size;
                out.push(row);
            }
            let mut mark = tx.prepare_cached(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?2 WHERE pledge_id = ?1",
            )?;
            for p in &out {
                mark.execute(params![p.pledge_id, now])?;
            }
        }
        tx.commit()?;
        Ok(out)
    }

    /// A call failed before the server answered: the pledges go back to `queued`.
    pub fn requeue(&mut self, pledge_ids: &[String]) -> Result<(), StoreError> {
        let now = self.now();
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare_cached(
                "UPDATE outbox SET state = 'queued', updated_at = ?2 WHERE pledge_id = ?1 AND state = 'sending'",
            )?;
            for id in pledge_ids {
                stmt.execute(params![id, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Settles the server's per-item answers in one transaction. `created`
    /// and `duplicate` acknowledge; `rejected` and `conflict` are final and
    /// keep the server's reason. A pledge that was sent but is missing from
    /// the answer goes back to `queued`.
    pub fn settle(&mut self, sent: &[String], results: &[ItemResult]) -> Result<(), StoreError> {
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        {
            let mut settle = tx.prepare_cached(
                "UPDATE outbox SET state = ?2, server_seq = coalesce(?3, server_seq),
                        received_at = coalesce(?4, received_at), code = ?5, message = ?6,
                        updated_at = ?7
                 WHERE pledge_id = ?1 AND state = 'sending'",
            )?;
            for r in results {
                let Some(id) = &r.pledge_id else { continue };
                if !sent.contains(id) {
                    continue;
                }
                let state = match r.outcome {
                    Outcome::Created | Outcome::Duplicate => "acknowledged",
                    Outcome::Rejected => "rejected",
                    Outcome::Conflict => "conflict",
                };
                settle.execute(params![
                    id,
                    state,
                    r.server_seq,
                    r.received_at,
                    r.code,
                    r.message,
                    now
                ])?;
            }
            let mut back = tx.prepare_cached(
                "UPDATE outbox SET state = 'queued', updated_at = ?2 WHERE pledge_id = ?1 AND state = 'sending'",
            )?;
            for id in sent {
                back.execute(params![id, now])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Applies a page of the status feed and its cursor in one transaction.
    pub fn apply_status_changes(&mut self, feed: &StatusFeed) -> Result<usize, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut applied = 0;
        {
            let mut stmt = tx.prepare_cached(
                "UPDATE outbox SET server_status = ?2, status_reason = ?3 WHERE pledge_id = ?1",
            )?;
            for e in &feed.events {
                applied += stmt.execute(params![e.pledge_id, e.status.as_str(), e.reason])?;
            }
            upsert_setting(&tx, STATUS_CURSOR, &feed.next_cursor)?;
        }
        tx.commit()?;
        Ok(applied)
    }

    /// The platform's feed no longer holds our cursor (it was restored from
    /// a backup): start again from the beginning. Statuses applied twice
    /// change nothing.
    pub fn reset_status_cursor(&mut self) -> Result<(), StoreError> {
        upsert_setting(&self.conn, STATUS_CURSOR, "")?;
        Ok(())
    }

    pub fn status_cursor(&self) -> Result<String, StoreError> {
        Ok(self.setting(STATUS_CURSOR)?.unwrap_or_default())
    }

    /// The reason the platform gave with the pledge's latest status (a
    /// rejection's, say), as the status feed delivered it.
    pub fn status_reason(&self, pledge_id: &str) -> Result<Option<String>, StoreError> {
        let reason: Option<Option<String>> = self
            .conn
            .query_row(
                "SELECT status_reason FROM outbox WHERE pledge_id = ?1",
                [pledge_id],
                |r| r.get(0),
            )
            .optional()?;
        Ok(reason.flatten())
    }

    pub fn outbox_counts(&self) -> Result<OutboxCounts, StoreError> {
        let mut counts = OutboxCounts::default();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT state, count(*) FROM outbox GROUP BY state")?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })?;
        for row in rows {
            let (state, n) = row?;
            match state.as_str() {
                "signed" => counts.signed = n,
                "queued" => counts.queued = n,
                "sending" => counts.sending = n,
                "acknowledged" => counts.acknowledged = n,
                "rejected" => counts.rejected = n,
                "conflict" => counts.conflict = n,
                _ => {}
            }
        }
        Ok(counts)
    }

    /// The `device_seq` values of this device's pledges that the platform
    /// acknowledged (for reconciliation).
    pub fn acknowledged_device_seqs(&self, device_id: &str) -> Result<Vec<u64>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.device_seq FROM pledges p JOIN outbox o USING (pledge_id)
             WHERE p.device_id = ?1 AND o.state = 'acknowledged' ORDER BY p.device_seq",
        )?;
        let rows = stmt.query_map([device_id], |r| r.get::<_, i64>(0))?;
        Ok(rows
            .map(|r| r.map(|v| v as u64))
            .collect::<Result<Vec<_>, _>>()?)
    }

    /// The devices whose pledges the platform acknowledged to this laptop:
    /// its own and, on a staff laptop, those it forwarded.
    pub fn acknowledged_devices(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT DISTINCT p.device_id FROM pledges p JOIN outbox o USING (pledge_id)
             WHERE o.state = 'acknowledged' ORDER BY p.device_id",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The platform no longer holds these pledges of `device_id` although
    /// it acknowledged them (it was restored from a backup): they go back
    /// to `queued`, to be delivered again. Returns how many did.
    pub fn requeue_lost(
        &mut self,
        device_id: &str,
        device_seqs: &[u64],
    ) -> Result<u64, StoreError> {
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut requeued = 0;
        {
            let mut stmt = tx.prepare_cached(
                "UPDATE outbox SET state = 'queued', updated_at = ?3
                 WHERE state = 'acknowledged' AND pledge_id IN
                   (SELECT pledge_id FROM pledges WHERE device_id = ?1 AND device_seq = ?2)",
            )?;
            for seq in device_seqs {
                requeued += stmt.execute(params![device_id, *seq as i64, now])? as u64;
            }
        }
        tx.commit()?;
        Ok(requeued)
    }
}
