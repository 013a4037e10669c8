//! The secretariat's actions (DESIGN.md §7) over the storage trait: create
//! an event, set a pledge's status, revoke a device, export the pledges.

use std::io::Write;

use chrono::Utc;
use pledge_core::wire::{PledgeStatus, StatusChange, PLEDGE_ID_COLLISION};
use pledge_core::{is_event_id, Envelope};
use serde::Serialize;

use crate::app::timestamp;
use crate::db::{Db, DbError, NewEvent, PledgeRow};
use crate::secrets::{enrollment_code_hash, new_enrollment_code};

/// What `event create` prints: the only time the codes are shown.
#[derive(Debug, Serialize)]
pub struct CreatedEvent {
    pub event_id: String,
    pub delegate_code: String,
    pub staff_code: String,
}

pub async fn create_event(db: &dyn Db, event_id: &str, name: &str) -> Result<CreatedEvent, String> {
    if !is_event_id(event_id) {
        return Err("an event id is 3–64 of a–z, 0–9 and hyphens".into());
    }
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 200 {
        return Err("an event name has 1–200 characters".into());
    }
    let delegate_code = new_enrollment_code();
    let staff_code = new_enrollment_code();
    let event = NewEvent {
        event_id: event_id.to_string(),
        name: name.to_string(),
        delegate_code_hash: enrollment_code_hash(&delegate_code),
        staff_code_hash: enrollment_code_hash(&staff_code),
        created_at: timestamp(Utc::now()),
    };
    db.create_event(event).await.map_err(|e| e.to_string())?;
    Ok(CreatedEvent {
        event_id: event_id.to_string(),
        delegate_code,
        staff_code,
    })
}

/// `device_id` picks one pledge when several devices' pledges share the id.
pub async fn set_status(
    db: &dyn Db,
    pledge_id: &str,
    device_id: Option<&str>,
    status: PledgeStatus,
    reason: Option<String>,
) -> Result<StatusChange, String> {
    db.set_status(pledge_id, device_id, status, reason, &timestamp(Utc::now()))
        .await
        .map_err(|e| match e {
            DbError::NotFound => match device_id {
                Some(device) => format!("no pledge {pledge_id} of device {device} is stored"),
                None => format!("no pledge {pledge_id} is stored"),
            },
            other => other.to_string(),
        })
}

pub async fn revoke_device(db: &dyn Db, device_id: &str) -> Result<(), String> {
    db.revoke_device(device_id, &timestamp(Utc::now()))
        .await
        .map_err(|e| match e {
            DbError::NotFound => format!("no device {device_id} is known"),
            other => other.to_string(),
        })
}

const EXPORT_HEADER: [&str; 23] = [
    "server_seq",
    "pledge_id",
    "status",
    "event_id",
    "device_id",
    "device_seq",
    "signed_at",
    "received_at",
    "fingerprint_sha256",
    "supersedes",
    "title",
    "language",
    "lead_pledger",
    "pledgers",
    "pledger_kinds",
    "focus_areas",
    "support_types",
    "scope",
    "countries",
    "financial_amount",
    "financial_currency",
    "vouched_by",
    "flags",
];

fn joined<T: Serialize>(values: &[T]) -> String {
    values
        .iter()
        .map(|v| {
            serde_json::to_value(v)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// One CSV row: the pledge's public facts. Contact details stay out.
fn export_row(row: &PledgeRow) -> Vec<String> {
    let envelope: Option<Envelope> = serde_json::from_slice(&row.signed).ok();
    let p = envelope.as_ref().map(|e| &e.pledge);
    let lead = p
        .and_then(|p| p.pledgers.iter().find(|x| x.lead))
        .map(|x| x.name.clone());
    let financial = p.and_then(|p| p.financial.as_ref());
    vec![
        row.server_seq.to_string(),
        row.pledge_id.clone(),
        row.status.as_str().to_string(),
        row.event_id.clone(),
        row.device_id.clone(),
        row.device_seq.to_string(),
        row.signed_at.clone(),
        row.received_at.clone(),
        row.content_hash.clone(),
        row.supersedes.clone().unwrap_or_default(),
        p.map(|p| p.title.clone()).unwrap_or_default(),
        p.map(|p| p.language.clone()).unwrap_or_default(),
        lead.unwrap_or_default(),
        p.map(|p| {
            p.pledgers
                .iter()
                .map(|x| x.name.clone())
                .collect::<Vec<_>>()
                .join(";")
        })
        .unwrap_or_default(),
        p.map(|p| joined(&p.pledgers.iter().map(|x| x.kind).collect::<Vec<_>>()))
            .unwrap_or_default(),
        p.map(|p| joined(&p.focus_areas)).unwrap_or_default(),
        p.map(|p| joined(&p.support_types)).unwrap_or_default(),
        p.map(|p| joined(&[p.geography.scope])).unwrap_or_default(),
        p.map(|p| p.geography.countries.join(";"))
            .unwrap_or_default(),
        financial.map(|f| f.amount.to_string()).unwrap_or_default(),
        financial.map(|f| f.currency.clone()).unwrap_or_default(),
        row.vouched_by.clone().unwrap_or_default(),
        if row.id_collision {
            PLEDGE_ID_COLLISION.to_string()
        } else {
            String::new()
        },
    ]
}

/// Writes every stored pledge as CSV (header first), oldest first.
pub async fn export_csv(db: &dyn Db, out: impl Write) -> Result<usize, String> {
    let rows = db.export_pledges().await.map_err(|e| e.to_string())?;
    let mut csv = csv::Writer::from_writer(out);
    csv.write_record(EXPORT_HEADER).map_err(|e| e.to_string())?;
    for row in &rows {
        csv.write_record(export_row(row))
            .map_err(|e| e.to_string())?;
    }
    csv.flush().map_err(|e| e.to_string())?;
    Ok(rows.len())
}
