//! The secretariat's actions (DESIGN.md §7) over the storage trait: create
//! an event, decide on a pledge, revoke a device. Exports: `export.rs`.

use chrono::Utc;
use pledge_core::decision::normal_reason;
use pledge_core::is_event_id;
use pledge_core::signing::PublicKey;
use pledge_core::wire::PledgeStatus;
use serde::Serialize;

use crate::app::timestamp;
use crate::db::{Db, DbError, Decision, EventCodes, NewEvent};
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

/// What `event rotate-codes` prints: the only time the new codes are shown.
pub async fn rotate_codes(db: &dyn Db, event_id: &str) -> Result<CreatedEvent, String> {
    let delegate_code = new_enrollment_code();
    let staff_code = new_enrollment_code();
    let codes = EventCodes {
        delegate_code_hash: enrollment_code_hash(&delegate_code),
        staff_code_hash: enrollment_code_hash(&staff_code),
    };
    db.rotate_codes(event_id, codes, &timestamp(Utc::now()))
        .await
        .map_err(|e| match e {
            DbError::NotFound => format!("no event {event_id} is known"),
            other => other.to_string(),
        })?;
    tracing::info!(event_id, "enrolment codes rotated");
    Ok(CreatedEvent {
        event_id: event_id.to_string(),
        delegate_code,
        staff_code,
    })
}

/// What a decision asks for, as typed (checked here).
#[derive(Debug, Clone)]
pub struct DecisionRequest {
    pub pledge_id: String,
    pub device_id: Option<String>,
    pub to: PledgeStatus,
    pub reason: Option<String>,
    pub reopen: bool,
    pub by: String,
}

/// What `pledge set-status` prints.
#[derive(Debug, Serialize)]
pub struct DecisionOutcome {
    pub pledge_id: String,
    pub device_id: String,
    pub from: PledgeStatus,
    pub status: PledgeStatus,
    /// False when the pledge already had that status (nothing written).
    pub changed: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub seq: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
}

/// Who decided: 1–200 printable characters.
fn check_by(by: &str) -> Result<String, String> {
    let by = by.trim();
    if by.is_empty() || by.chars().count() > 200 || by.chars().any(char::is_control) {
        return Err("--by names who decides: 1–200 printable characters".into());
    }
    Ok(by.to_string())
}

/// Applies the secretariat's decision under `pledge_core::decision`, records
/// it in the audit table and logs it (ids and statuses only: who decided
/// and why stay in the database).
pub async fn decide(db: &dyn Db, request: DecisionRequest) -> Result<DecisionOutcome, String> {
    let reason =
        normal_reason(request.reason.as_deref()).map_err(|e| format!("nothing changed: {e}"))?;
    let by = check_by(&request.by).map_err(|e| format!("nothing changed: {e}"))?;
    let decision = Decision {
        pledge_id: request.pledge_id.clone(),
        device_id: request.device_id.clone(),
        to: request.to,
        reason,
        reopen: request.reopen,
        by,
        at: timestamp(Utc::now()),
    };
    let decided = db.decide(decision).await.map_err(|e| match e {
        DbError::NotFound => match &request.device_id {
            Some(device) => format!(
                "no pledge {} of device {device} is stored",
                request.pledge_id
            ),
            None => format!("no pledge {} is stored", request.pledge_id),
        },
        DbError::Refused(refused) => format!("nothing changed: {refused}"),
        other => other.to_string(),
    })?;
    let (from, to) = (decided.from.as_str(), decided.to.as_str());
    match &decided.change {
        Some((change, audit)) => tracing::info!(
            pledge_id = %decided.pledge_id, device_id = %decided.device_id,
            from, to, reopen = request.reopen, seq = change.seq, decision_id = audit,
            "decision recorded"
        ),
        None => tracing::info!(
            pledge_id = %decided.pledge_id, device_id = %decided.device_id, status = to,
            "decision repeated the status the pledge has: nothing changed"
        ),
    }
    Ok(DecisionOutcome {
        pledge_id: decided.pledge_id,
        device_id: decided.device_id,
        from: decided.from,
        status: decided.to,
        changed: decided.change.is_some(),
        seq: decided.change.as_ref().map(|(c, _)| c.seq),
        decision_id: decided.change.as_ref().map(|(_, id)| *id),
        reason: decided.change.as_ref().and_then(|(c, _)| c.reason.clone()),
        at: decided.change.map(|(c, _)| c.at),
    })
}

/// A person compared the fingerprint of a device's key (as that laptop's
/// Settings show it) with the one the platform holds; on a match the key is
/// confirmed and the device's pledges may be published. Spaces and case in
/// the typed fingerprint do not matter.
pub async fn confirm_key(db: &dyn Db, device_id: &str, typed: &str) -> Result<String, String> {
    let device = db
        .devices(vec![device_id.to_string()])
        .await
        .map_err(|e| e.to_string())?
        .into_iter()
        .next()
        .ok_or_else(|| format!("no device {device_id} is known"))?;
    let key = PublicKey::from_base64(&device.public_key)
        .map_err(|_| format!("the stored key of device {device_id} is unusable"))?;
    let held = key.fingerprint();
    let normal = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    if normal(typed) != normal(&held) {
        return Err(format!(
            "the fingerprint does not match the key the platform holds for device {device_id}; \
             nothing was confirmed (check the laptop's Settings, and whether this is the right device)"
        ));
    }
    db.confirm_device_key(device_id, &device.public_key, &timestamp(Utc::now()))
        .await
        .map_err(|e| match e {
            DbError::NotFound => {
                format!("device {device_id} changed meanwhile; nothing was confirmed")
            }
            other => other.to_string(),
        })?;
    tracing::info!(device_id, "device key confirmed by the secretariat");
    Ok(held)
}

pub async fn revoke_device(db: &dyn Db, device_id: &str) -> Result<(), String> {
    db.revoke_device(device_id, &timestamp(Utc::now()))
        .await
        .map_err(|e| match e {
            DbError::NotFound => format!("no device {device_id} is known"),
            other => other.to_string(),
        })
}
