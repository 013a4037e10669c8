//! `pledge-server export`: every stored pledge through the same
//! `pledge-report` code the laptops use — the same columns, the formula
//! guard of the CSV, string cells in the XLSX — so an export from the
//! platform is as safe to open as one from a laptop.

use std::io::Write;

use pledge_core::held::ReportPledge;
use pledge_core::signing::{fingerprint, sha256};
use pledge_core::wire::{DEVICE_SEQ_REUSED, KEY_UNCONFIRMED, PLEDGE_ID_COLLISION};
use pledge_core::{Contact, Envelope};
use pledge_report::{export_bytes, ExportFormat};

use crate::db::{Db, PledgeRow};

/// What the platform knows about a stored pledge, as a report row. Every
/// stored pledge was acknowledged by the platform; `batch` is a laptop's
/// notion and stays empty. Contact details are blanked unless asked for.
fn report_row(row: &PledgeRow, with_contacts: bool) -> Result<ReportPledge, String> {
    let mut envelope: Envelope = serde_json::from_slice(&row.signed)
        .map_err(|e| format!("stored pledge {} is unreadable: {e}", row.pledge_id))?;
    if !with_contacts {
        envelope.pledge.contact = Contact {
            name: String::new(),
            email: String::new(),
        };
    }
    let mut flags = Vec::new();
    if row.id_collision {
        flags.push(PLEDGE_ID_COLLISION.to_string());
    }
    if row.key_unconfirmed {
        flags.push(KEY_UNCONFIRMED.to_string());
    }
    if row.seq_reused {
        flags.push(DEVICE_SEQ_REUSED.to_string());
    }
    Ok(ReportPledge {
        envelope,
        state: "acknowledged".into(),
        server_status: Some(row.status.as_str().into()),
        batch: None,
        fingerprint: fingerprint(&sha256(&row.signed)),
        flags,
    })
}

/// Writes every stored pledge (oldest first) as CSV or XLSX to `out`;
/// returns how many. Nothing is written when any pledge cannot be read.
pub async fn export(
    db: &dyn Db,
    format: ExportFormat,
    with_contacts: bool,
    mut out: impl Write,
) -> Result<usize, String> {
    let rows = db.export_pledges().await.map_err(|e| e.to_string())?;
    let pledges = rows
        .iter()
        .map(|r| report_row(r, with_contacts))
        .collect::<Result<Vec<_>, _>>()?;
    let bytes = export_bytes(&pledges, format).map_err(|e| e.to_string())?;
    out.write_all(&bytes)
        .and_then(|()| out.flush())
        .map_err(|e| format!("could not write the export: {e}"))?;
    Ok(pledges.len())
}
