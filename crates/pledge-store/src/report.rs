//! The pledges as the exports and the event summary see them: each with
//! its delivery state and batch. `pledge-report` turns them into CSV, XLSX
//! and totals; this crate does not depend on it.

use pledge_core::held::ReportPledge;
use pledge_core::signing::{fingerprint, sha256};
use pledge_core::Envelope;

use crate::{Store, StoreError};

impl Store {
    /// Every signed pledge on this laptop, oldest first.
    pub fn report_pledges(&self) -> Result<Vec<ReportPledge>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.signed, o.state, o.server_status, b.name
             FROM pledges p JOIN outbox o USING (pledge_id)
             LEFT JOIN batch_members m USING (pledge_id)
             LEFT JOIN batches b ON b.batch_id = m.batch_id ORDER BY p.seq",
        )?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let signed: Vec<u8> = r.get(0)?;
            let envelope: Envelope = serde_json::from_slice(&signed)?;
            out.push(ReportPledge {
                envelope,
                state: r.get(1)?,
                server_status: r.get(2)?,
                batch: r.get(3)?,
                fingerprint: fingerprint(&sha256(&signed)),
                flags: Vec::new(),
            });
        }
        Ok(out)
    }
}
