//! The pledges as the exports and the event summary see them: each with
//! its delivery state and batch (`pledge_report` turns them into CSV, XLSX
//! and totals), and the export files, written whole or not at all.

use std::path::Path;

use pledge_core::signing::{fingerprint, sha256};
use pledge_core::Envelope;
use pledge_report::ReportPledge;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{write_whole_file, Store, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportWritten {
    pub path: String,
    #[ts(type = "number")]
    pub rows: u64,
    #[ts(type = "number")]
    pub bytes: u64,
}

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
            });
        }
        Ok(out)
    }

    /// Writes every pledge as CSV or XLSX to `path` (whole or not at all).
    pub fn export_report(
        &self,
        format: ExportFormat,
        path: &Path,
    ) -> Result<ExportWritten, StoreError> {
        let pledges = self.report_pledges()?;
        let failed = |e: pledge_report::ReportError| StoreError::FileUnwritable {
            path: path.to_path_buf(),
            detail: e.to_string(),
        };
        let bytes = match format {
            ExportFormat::Csv => {
                let mut bytes = Vec::new();
                pledge_report::write_csv(&pledges, &mut bytes).map_err(failed)?;
                bytes
            }
            ExportFormat::Xlsx => pledge_report::xlsx_bytes(&pledges).map_err(failed)?,
        };
        write_whole_file(path, &bytes)?;
        Ok(ExportWritten {
            path: path.display().to_string(),
            rows: pledges.len() as u64,
            bytes: bytes.len() as u64,
        })
    }
}
