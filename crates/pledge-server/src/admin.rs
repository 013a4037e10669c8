//! The secretariat's actions (DESIGN.md §7) over the storage trait: create
//! an event, set a pledge's status, revoke a device. Exports: `export.rs`.

use chrono::Utc;
use pledge_core::is_event_id;
use pledge_core::signing::PublicKey;
use pledge_core::wire::{PledgeStatus, StatusChange};
use serde::Serialize;

use crate::app::timestamp;
use crate::db::{Db, DbError, NewEvent};
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
