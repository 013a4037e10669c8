//! End-of-event reconciliation, the local half: per device whose pledges
//! this laptop holds, how many are in each delivery state, which
//! `device_seq` numbers are missing here, and what has reached neither the
//! platform nor a USB bundle. The sync engine adds what the platform says.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{OutboxCounts, OutboxState, Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeviceReconciliation {
    pub device_id: String,
    /// This laptop's own device.
    pub own_device: bool,
    pub counts: OutboxCounts,
    #[ts(type = "number")]
    pub total: u64,
    #[ts(type = "number")]
    pub highest_seq: u64,
    /// Sequence numbers below the highest that this laptop does not hold.
    #[ts(type = "Array<number>")]
    pub local_gaps: Vec<u64>,
    /// What the platform reports missing of the pledges it acknowledged
    /// (`null` when not asked or not reachable).
    #[ts(type = "Array<number> | null")]
    pub server_missing: Option<Vec<u64>>,
    /// How many of those this check queued again (the platform had lost
    /// them: restored from a backup).
    #[ts(type = "number")]
    pub requeued: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ServerCheck {
    pub checked: bool,
    /// Why the platform could not be asked.
    pub error: Option<pledge_core::ErrorReport>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reconciliation {
    pub devices: Vec<DeviceReconciliation>,
    /// Signed here, not acknowledged by the platform and in no exported
    /// bundle: these exist only on this laptop.
    #[ts(type = "number")]
    pub only_here: u64,
    /// Every pledge on this laptop by delivery state (the devices' counts
    /// added up).
    pub totals: OutboxCounts,
    /// Drafts not deleted and never signed: they exist only on this laptop.
    #[ts(type = "number")]
    pub unsigned_drafts: u64,
    pub server: ServerCheck,
}

/// The pledges that exist only on this laptop: signed here, not
/// acknowledged by the platform and in no exported bundle (`o` the outbox
/// row, `p` the pledge).
pub(crate) const ONLY_HERE: &str = "o.state IN ('signed', 'queued', 'sending') \
    AND p.imported_from IS NULL \
    AND NOT EXISTS (SELECT 1 FROM bundle_export_items e WHERE e.pledge_id = o.pledge_id)";

/// Drafts never signed and not deleted (`d` the draft row).
pub(crate) const UNSIGNED_DRAFT: &str = "d.sealed_as IS NULL AND d.deleted_at IS NULL";

/// Gaps in an ascending list of sequence numbers starting at 1.
fn gaps(seqs: &[u64]) -> Vec<u64> {
    let mut out = Vec::new();
    let mut expected = 1;
    for &s in seqs {
        while expected < s {
            out.push(expected);
            expected += 1;
        }
        expected = s + 1;
    }
    out
}

impl Store {
    pub fn reconcile_local(&self) -> Result<Reconciliation, StoreError> {
        let own = self.own_device_id()?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.device_id, p.device_seq, o.state FROM pledges p JOIN outbox o USING (pledge_id)
             ORDER BY p.device_id, p.device_seq",
        )?;
        let mut rows = stmt.query([])?;
        let mut devices: Vec<(DeviceReconciliation, Vec<u64>)> = Vec::new();
        while let Some(r) = rows.next()? {
            let device_id: String = r.get(0)?;
            let seq = r.get::<_, i64>(1)? as u64;
            let state: String = r.get(2)?;
            if devices.last().is_none_or(|(d, _)| d.device_id != device_id) {
                devices.push((
                    DeviceReconciliation {
                        own_device: own.as_deref() == Some(device_id.as_str()),
                        device_id,
                        counts: OutboxCounts::default(),
                        total: 0,
                        highest_seq: 0,
                        local_gaps: Vec::new(),
                        server_missing: None,
                        requeued: 0,
                    },
                    Vec::new(),
                ));
            }
            let (d, seqs) = devices.last_mut().expect("pushed above");
            d.total += 1;
            d.highest_seq = d.highest_seq.max(seq);
            seqs.push(seq);
            let c = &mut d.counts;
            match OutboxState::parse(&state) {
                Some(OutboxState::Signed) => c.signed += 1,
                Some(OutboxState::Queued) | None => c.queued += 1,
                Some(OutboxState::Sending) => c.sending += 1,
                Some(OutboxState::Acknowledged) => c.acknowledged += 1,
                Some(OutboxState::Rejected) => c.rejected += 1,
                Some(OutboxState::Conflict) => c.conflict += 1,
            }
        }
        let mut devices: Vec<DeviceReconciliation> = devices
            .into_iter()
            .map(|(mut d, seqs)| {
                d.local_gaps = gaps(&seqs);
                d
            })
            .collect();
        devices.sort_by_key(|d| !d.own_device);
        let mut totals = OutboxCounts::default();
        for d in &devices {
            let (t, c) = (&mut totals, &d.counts);
            t.signed += c.signed;
            t.queued += c.queued;
            t.sending += c.sending;
            t.acknowledged += c.acknowledged;
            t.rejected += c.rejected;
            t.conflict += c.conflict;
        }
        let only_here: i64 = self.conn.query_row(
            &format!(
                "SELECT count(*) FROM outbox o JOIN pledges p USING (pledge_id) WHERE {ONLY_HERE}"
            ),
            [],
            |r| r.get(0),
        )?;
        let unsigned_drafts: i64 = self.conn.query_row(
            &format!("SELECT count(*) FROM drafts d WHERE {UNSIGNED_DRAFT}"),
            [],
            |r| r.get(0),
        )?;
        Ok(Reconciliation {
            devices,
            only_here: only_here as u64,
            totals,
            unsigned_drafts: unsigned_drafts as u64,
            server: ServerCheck {
                checked: false,
                error: None,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn gaps_are_the_missing_numbers_below_the_highest() {
        assert_eq!(super::gaps(&[1, 2, 5, 7]), vec![3, 4, 6]);
        assert_eq!(super::gaps(&[2]), vec![1]);
        assert!(super::gaps(&[1, 2, 3]).is_empty());
    }
}
