use pledge_core::{validate, DraftContent, Problem};
use pledge_store::{DraftQuery, DraftRecord, DraftSummary, Page, SavedDraft};
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::{AppError, AppState};

/// A draft with what the validator says of it, for the inline messages.
#[derive(Debug, Serialize, TS)]
pub struct OpenedDraft {
    pub draft: DraftRecord,
    pub problems: Vec<Problem>,
}

/// The answer to an autosave.
#[derive(Debug, Serialize, TS)]
pub struct SaveOutcome {
    pub saved: SavedDraft,
    pub problems: Vec<Problem>,
}

fn problems(content: &DraftContent) -> Vec<Problem> {
    validate(content).err().unwrap_or_default()
}

pub(super) fn opened(draft: DraftRecord) -> OpenedDraft {
    OpenedDraft {
        problems: problems(&draft.content),
        draft,
    }
}

#[tauri::command(async)]
pub fn draft_new(state: State<'_, AppState>) -> Result<OpenedDraft, AppError> {
    let draft = state.store()?.create_draft(&DraftContent::new_blank())?;
    // A new form is a new sitting: nothing of the one before stays open.
    state.access.start_sitting(&draft.id)?;
    Ok(opened(draft))
}

#[tauri::command(async)]
pub fn draft_open(state: State<'_, AppState>, id: String) -> Result<OpenedDraft, AppError> {
    Ok(opened(state.sitting_store(&id)?.draft(&id)?))
}

#[tauri::command(async)]
pub fn draft_save(
    state: State<'_, AppState>,
    id: String,
    revision: i64,
    content: DraftContent,
) -> Result<SaveOutcome, AppError> {
    let saved = state
        .sitting_store(&id)?
        .save_draft(&id, &content, revision)?;
    Ok(SaveOutcome {
        saved,
        problems: problems(&content),
    })
}

#[tauri::command(async)]
pub fn draft_list(
    state: State<'_, AppState>,
    query: DraftQuery,
) -> Result<Page<DraftSummary>, AppError> {
    Ok(state.staff_store()?.list_drafts(&query)?)
}

#[tauri::command(async)]
pub fn draft_delete(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    Ok(state.sitting_store(&id)?.delete_draft(&id)?)
}

#[tauri::command(async)]
pub fn draft_restore(state: State<'_, AppState>, id: String) -> Result<(), AppError> {
    Ok(state.sitting_store(&id)?.restore_draft(&id)?)
}
