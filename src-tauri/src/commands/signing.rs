use pledge_core::receipt::{qr_path, receipt_text, QrPath};
use pledge_core::{validate, Pledge, Problem, Signatory};
use pledge_store::{EventSettings, Page, PledgeRecord, PledgeSummary, RetiredIdentity};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use super::drafts::{opened, OpenedDraft};
use crate::{AppError, AppState, ErrorCode};

/// What the settings screen shows about this device.
#[derive(Debug, Serialize, TS)]
pub struct DeviceSettings {
    pub event: Option<EventSettings>,
    pub device_id: String,
    pub public_key: String,
    /// SHA-256 of the public key, 16 hex digits grouped by 4.
    pub fingerprint: String,
    /// Identities this laptop signed with before (newest first): the data
    /// directory came from another machine, or another laptop signed as it.
    pub retired: Vec<RetiredIdentity>,
}

/// A signed pledge with its QR code, for the receipt.
#[derive(Debug, Serialize, TS)]
pub struct Receipt {
    pub pledge: PledgeRecord,
    pub qr: Option<QrPath>,
}

fn receipt(pledge: PledgeRecord) -> Receipt {
    Receipt {
        qr: qr_path(&receipt_text(&pledge.pledge_id, &pledge.content_hash)),
        pledge,
    }
}

/// What the review screen shows: exactly the content that will be signed,
/// or what is missing.
#[derive(Debug, Serialize, TS)]
pub struct Review {
    pub draft_id: String,
    #[ts(type = "number")]
    pub revision: i64,
    pub pledge: Option<Pledge>,
    pub problems: Vec<Problem>,
    pub event: Option<EventSettings>,
    pub supersedes: Option<String>,
}

#[tauri::command(async)]
pub fn draft_review(state: State<'_, AppState>, draft_id: String) -> Result<Review, AppError> {
    let store = state.sitting_store(&draft_id)?;
    let draft = store.draft(&draft_id)?;
    let (pledge, problems) = match validate(&draft.content) {
        Ok(p) => (Some(p), vec![]),
        Err(problems) => (None, problems),
    };
    Ok(Review {
        draft_id,
        revision: draft.revision,
        pledge,
        problems,
        event: store.event()?,
        supersedes: draft.supersedes,
    })
}

#[tauri::command(async)]
pub fn device_settings(state: State<'_, AppState>) -> Result<DeviceSettings, AppError> {
    let id = state.identity()?;
    // One guard for both reads: two `state.store()?` temporaries in one
    // expression would hold the first while waiting for the second.
    let store = state.store()?;
    Ok(DeviceSettings {
        event: store.event()?,
        device_id: id.device_id.clone(),
        public_key: id.public_key.to_base64(),
        fingerprint: id.fingerprint(),
        retired: store.retired_identities()?,
    })
}

#[tauri::command(async)]
pub fn event_set(state: State<'_, AppState>, event: EventSettings) -> Result<(), AppError> {
    Ok(state.staff_store()?.set_event(&event)?)
}

#[tauri::command(async)]
pub fn pledge_seal(
    state: State<'_, AppState>,
    draft_id: String,
    revision: i64,
    signatories: Vec<Signatory>,
) -> Result<Receipt, AppError> {
    let id = state.identity()?;
    let mut store = state.sitting_store(&draft_id)?;
    let pledge = store.seal_draft(&id, &draft_id, revision, signatories)?;
    state.access.join_sitting(&store, &pledge.pledge_id)?;
    drop(store);
    state.nudge_sync();
    Ok(receipt(pledge))
}

#[tauri::command(async)]
pub fn pledge_receipt(state: State<'_, AppState>, pledge_id: String) -> Result<Receipt, AppError> {
    Ok(receipt(
        state.sitting_store(&pledge_id)?.pledge(&pledge_id)?,
    ))
}

/// The typed name as signature path data (DESIGN.md §3, `method: "typed"`),
/// drawn from the system's fonts in a `width` × `height` box.
#[tauri::command(async)]
pub fn typed_signature(name: String, width: f32, height: f32) -> Result<String, AppError> {
    if !(10.0..=10_000.0).contains(&width) || !(10.0..=10_000.0).contains(&height) {
        return Err(AppError::new(
            ErrorCode::Internal,
            "The signature box has no size.",
        ));
    }
    Ok(pledge_report::typed_signature(
        pledge_report::Fonts::system(),
        &name,
        width,
        height,
    )?)
}

/// Signed pledges, newest first: a page of `limit` (default 200) from `cursor`, with the total.
#[tauri::command(async)]
pub fn pledge_list(
    state: State<'_, AppState>,
    limit: Option<u32>,
    cursor: Option<String>,
) -> Result<Page<PledgeSummary>, AppError> {
    Ok(state
        .staff_store()?
        .list_pledges(limit.unwrap_or(0), cursor.as_deref())?)
}

#[tauri::command(async)]
pub fn pledge_amend(
    state: State<'_, AppState>,
    pledge_id: String,
) -> Result<OpenedDraft, AppError> {
    let mut store = state.sitting_store(&pledge_id)?;
    let draft = store.amend(&pledge_id)?;
    state.access.join_sitting(&store, &draft.id)?;
    drop(store);
    Ok(opened(draft))
}
