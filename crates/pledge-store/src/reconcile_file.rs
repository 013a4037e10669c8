//! The end-of-event reconciliation as a table staff keep: one row per
//! pledge on this laptop and per draft never signed, saying where each
//! stands, so that nothing left only here goes unnoticed. The shell writes
//! it as CSV with `pledge-report` (this crate does not depend on it).

use crate::reconcile::{ONLY_HERE, UNSIGNED_DRAFT};
use crate::{Store, StoreError};

/// The columns of the reconciliation file, in order.
pub const RECONCILIATION_COLUMNS: [&str; 9] = [
    "kind",
    "id",
    "title",
    "device_id",
    "device_seq",
    "state",
    "platform_status",
    "exported_in_bundle",
    "only_on_this_laptop",
];

impl Store {
    /// The rows of the reconciliation file (see [`RECONCILIATION_COLUMNS`]):
    /// pledges in the order they were stored here, then unsigned drafts.
    pub fn reconciliation_rows(&self) -> Result<Vec<Vec<String>>, StoreError> {
        let yes_no = |b: bool| if b { "yes" } else { "no" }.to_owned();
        let mut rows = Vec::new();
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT p.pledge_id, p.title, p.device_id, p.device_seq, o.state,
                    coalesce(o.server_status, ''),
                    EXISTS (SELECT 1 FROM bundle_export_items e WHERE e.pledge_id = p.pledge_id),
                    ({ONLY_HERE})
             FROM pledges p JOIN outbox o USING (pledge_id) ORDER BY p.seq"
        ))?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            rows.push(vec![
                "pledge".to_owned(),
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get::<_, i64>(3)?.to_string(),
                r.get(4)?,
                r.get(5)?,
                yes_no(r.get(6)?),
                yes_no(r.get(7)?),
            ]);
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT d.id, coalesce(json_extract(d.content, '$.title'), '')
             FROM drafts d WHERE {UNSIGNED_DRAFT} ORDER BY d.seq"
        ))?;
        let mut q = stmt.query([])?;
        while let Some(r) = q.next()? {
            let title: rusqlite::types::Value = r.get(1)?;
            let title = match title {
                rusqlite::types::Value::Text(t) => t,
                _ => String::new(),
            };
            rows.push(vec![
                "draft".to_owned(),
                r.get(0)?,
                title,
                String::new(),
                String::new(),
                "draft".to_owned(),
                String::new(),
                "no".to_owned(),
                "yes".to_owned(),
            ]);
        }
        Ok(rows)
    }
}
