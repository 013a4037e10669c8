//! Batches: staff group signed pledges under a name ("Day 1 — morning
//! session") and submit them as one unit. A pledge belongs to at most one
//! batch (the schema's primary key says so); a submitted batch no longer
//! changes, and its held pledges are released to the outbox together.

use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Transaction, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::review::{ReviewFilter, ReviewItem};
use crate::{OutboxCounts, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BatchSummary {
    pub batch_id: String,
    pub name: String,
    pub created_at: String,
    pub submitted_at: Option<String>,
    #[ts(type = "number")]
    pub total: u64,
    /// Members by delivery state: the per-pledge outcomes after sync.
    pub counts: OutboxCounts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BatchDetail {
    pub batch: BatchSummary,
    pub items: Vec<ReviewItem>,
}

fn clean_name(name: &str) -> Result<String, StoreError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 120 {
        return Err(StoreError::InvalidBatchName);
    }
    Ok(name.to_owned())
}

/// The batch's name if it can still change.
fn open_batch(tx: &Transaction<'_>, batch_id: &str) -> Result<String, StoreError> {
    let (name, submitted): (String, Option<String>) = tx
        .query_row(
            "SELECT name, submitted_at FROM batches WHERE batch_id = ?1",
            [batch_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| StoreError::BatchNotFound(batch_id.to_owned()))?;
    match submitted {
        Some(_) => Err(StoreError::BatchSubmitted(name)),
        None => Ok(name),
    }
}

fn add_members(
    tx: &Transaction<'_>,
    batch_id: &str,
    pledge_ids: &[String],
    now: &str,
) -> Result<(), StoreError> {
    for pledge_id in pledge_ids {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM pledges WHERE pledge_id = ?1)",
            [pledge_id],
            |r| r.get(0),
        )?;
        if !exists {
            return Err(StoreError::PledgeNotFound(pledge_id.clone()));
        }
        let other: Option<(String, String)> = tx
            .query_row(
                "SELECT b.batch_id, b.name FROM batch_members m JOIN batches b USING (batch_id)
                 WHERE m.pledge_id = ?1",
                [pledge_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match other {
            Some((id, _)) if id == batch_id => {}
            Some((_, name)) => {
                return Err(StoreError::AlreadyBatched {
                    pledge: pledge_id.clone(),
                    batch: name,
                })
            }
            None => {
                tx.execute(
                    "INSERT INTO batch_members (pledge_id, batch_id, added_at) VALUES (?1, ?2, ?3)",
                    params![pledge_id, batch_id, now],
                )?;
            }
        }
    }
    Ok(())
}

impl Store {
    /// A new batch holding `pledge_ids` (each in no other batch).
    pub fn create_batch(
        &mut self,
        name: &str,
        pledge_ids: &[String],
    ) -> Result<BatchDetail, StoreError> {
        let name = clean_name(name)?;
        let batch_id = uuid::Uuid::now_v7().to_string();
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO batches (batch_id, name, created_at) VALUES (?1, ?2, ?3)",
            params![batch_id, name, now],
        )?;
        add_members(&tx, &batch_id, pledge_ids, &now)?;
        tx.commit()?;
        self.batch(&batch_id)
    }

    pub fn add_to_batch(
        &mut self,
        batch_id: &str,
        pledge_ids: &[String],
    ) -> Result<BatchDetail, StoreError> {
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        open_batch(&tx, batch_id)?;
        add_members(&tx, batch_id, pledge_ids, &now)?;
        tx.commit()?;
        self.batch(batch_id)
    }

    pub fn remove_from_batch(
        &mut self,
        batch_id: &str,
        pledge_ids: &[String],
    ) -> Result<BatchDetail, StoreError> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        open_batch(&tx, batch_id)?;
        for pledge_id in pledge_ids {
            tx.execute(
                "DELETE FROM batch_members WHERE batch_id = ?1 AND pledge_id = ?2",
                params![batch_id, pledge_id],
            )?;
        }
        tx.commit()?;
        self.batch(batch_id)
    }

    /// Submits the batch as one unit: its held pledges are queued together
    /// and the batch is closed to changes.
    pub fn submit_batch(&mut self, batch_id: &str) -> Result<BatchDetail, StoreError> {
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        open_batch(&tx, batch_id)?;
        tx.execute(
            "UPDATE outbox SET state = 'queued', updated_at = ?2 WHERE state = 'signed'
             AND pledge_id IN (SELECT pledge_id FROM batch_members WHERE batch_id = ?1)",
            params![batch_id, now],
        )?;
        tx.execute(
            "UPDATE batches SET submitted_at = ?2 WHERE batch_id = ?1",
            params![batch_id, now],
        )?;
        tx.commit()?;
        self.batch(batch_id)
    }

    /// Every batch, newest first, with its members' delivery states.
    pub fn list_batches(&self) -> Result<Vec<BatchSummary>, StoreError> {
        self.batch_summaries(None)
    }

    /// The summaries of every batch, or of `only` that one.
    fn batch_summaries(&self, only: Option<&str>) -> Result<Vec<BatchSummary>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT b.batch_id, b.name, b.created_at, b.submitted_at,
                    count(o.pledge_id),
                    sum(o.state = 'signed'), sum(o.state = 'queued'), sum(o.state = 'sending'),
                    sum(o.state = 'acknowledged'), sum(o.state = 'rejected'), sum(o.state = 'conflict')
             FROM batches b LEFT JOIN batch_members m USING (batch_id)
             LEFT JOIN outbox o ON o.pledge_id = m.pledge_id
             WHERE ?1 IS NULL OR b.batch_id = ?1
             GROUP BY b.seq ORDER BY b.seq DESC",
        )?;
        let rows = stmt.query_map([only], |r| {
            let n = |i| r.get::<_, Option<i64>>(i).map(|v| v.unwrap_or(0) as u64);
            Ok(BatchSummary {
                batch_id: r.get(0)?,
                name: r.get(1)?,
                created_at: r.get(2)?,
                submitted_at: r.get(3)?,
                total: n(4)?,
                counts: OutboxCounts {
                    signed: n(5)?,
                    queued: n(6)?,
                    sending: n(7)?,
                    acknowledged: n(8)?,
                    rejected: n(9)?,
                    conflict: n(10)?,
                },
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    pub fn batch(&self, batch_id: &str) -> Result<BatchDetail, StoreError> {
        let batch = self
            .batch_summaries(Some(batch_id))?
            .into_iter()
            .next()
            .ok_or_else(|| StoreError::BatchNotFound(batch_id.to_owned()))?;
        let items = self.review_rows(
            "SELECT p.pledge_id, p.signed, p.imported_from, o.state, o.server_status, o.code,
                    o.message, m.batch_id, b.name
             FROM batch_members m JOIN pledges p USING (pledge_id) JOIN outbox o USING (pledge_id)
             JOIN batches b ON b.batch_id = m.batch_id WHERE m.batch_id = ? ORDER BY p.seq",
            &[Value::Text(batch_id.to_owned())],
            &ReviewFilter::default(),
        )?;
        Ok(BatchDetail { batch, items })
    }
}
