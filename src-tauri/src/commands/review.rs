//! The staff review queue and batches (staff mode only).

use pledge_store::{BatchDetail, BatchSummary, ReviewFilter, ReviewItem};
use tauri::State;

use crate::{AppError, AppState};

#[tauri::command(async)]
pub fn review_queue(
    state: State<'_, AppState>,
    filter: ReviewFilter,
) -> Result<Vec<ReviewItem>, AppError> {
    Ok(state.staff_store()?.review_queue(&filter)?)
}

#[tauri::command(async)]
pub fn batch_create(
    state: State<'_, AppState>,
    name: String,
    pledge_ids: Vec<String>,
) -> Result<BatchDetail, AppError> {
    Ok(state.staff_store()?.create_batch(&name, &pledge_ids)?)
}

#[tauri::command(async)]
pub fn batch_list(state: State<'_, AppState>) -> Result<Vec<BatchSummary>, AppError> {
    Ok(state.staff_store()?.list_batches()?)
}

#[tauri::command(async)]
pub fn batch_detail(state: State<'_, AppState>, batch_id: String) -> Result<BatchDetail, AppError> {
    Ok(state.staff_store()?.batch(&batch_id)?)
}

#[tauri::command(async)]
pub fn batch_add(
    state: State<'_, AppState>,
    batch_id: String,
    pledge_ids: Vec<String>,
) -> Result<BatchDetail, AppError> {
    Ok(state.staff_store()?.add_to_batch(&batch_id, &pledge_ids)?)
}

#[tauri::command(async)]
pub fn batch_remove(
    state: State<'_, AppState>,
    batch_id: String,
    pledge_ids: Vec<String>,
) -> Result<BatchDetail, AppError> {
    Ok(state
        .staff_store()?
        .remove_from_batch(&batch_id, &pledge_ids)?)
}

/// Submits the batch and wakes the sync loop to deliver it.
#[tauri::command(async)]
pub fn batch_submit(state: State<'_, AppState>, batch_id: String) -> Result<BatchDetail, AppError> {
    let detail = state.staff_store()?.submit_batch(&batch_id)?;
    state.nudge_sync();
    Ok(detail)
}
