//! Moving pledges off this laptop other than by sync: USB bundles, CSV and
//! XLSX exports, the event summary, and end-of-event reconciliation
//! (staff mode only).

use std::path::PathBuf;

use pledge_report::{summarize, EventSummary};
use pledge_store::{
    read_bundle, BundleExported, BundleImported, BundleSelection, ExportFormat, ExportWritten,
    Reconciliation,
};
use pledge_sync::BundleUploaded;
use tauri::{AppHandle, Manager, State};

use crate::{AppError, AppState, ErrorCode};

pub(super) fn input_path(path: &str) -> Result<PathBuf, AppError> {
    let path = path.trim();
    if path.is_empty() {
        return Err(AppError::new(ErrorCode::Invalid, "Enter the file's path."));
    }
    Ok(PathBuf::from(path))
}

#[tauri::command(async)]
pub fn bundle_export(
    state: State<'_, AppState>,
    selection: BundleSelection,
    path: String,
) -> Result<BundleExported, AppError> {
    let path = input_path(&path)?;
    let identity = state.identity()?;
    Ok(state
        .staff_store()?
        .export_bundle(&identity, &selection, &path)?)
}

#[tauri::command(async)]
pub fn bundle_import(state: State<'_, AppState>, path: String) -> Result<BundleImported, AppError> {
    let path = input_path(&path)?;
    state.require_staff()?;
    let bundle = read_bundle(&path)?;
    let imported = state.store()?.import_bundle(&bundle)?;
    state.nudge_sync();
    Ok(imported)
}

#[tauri::command]
pub async fn bundle_upload(
    state: State<'_, AppState>,
    path: String,
) -> Result<BundleUploaded, AppError> {
    let path = input_path(&path)?;
    state.require_staff()?;
    let store = state.shared_store()?;
    Ok(pledge_sync::upload_bundle_file(&store, &path).await?)
}

/// Where exports go unless staff choose otherwise.
#[tauri::command(async)]
pub fn default_export_dir(app: AppHandle) -> Result<String, AppError> {
    let paths = app.path();
    let dir = paths
        .document_dir()
        .ok()
        .filter(|d| d.is_dir())
        .or_else(|| paths.home_dir().ok())
        .or_else(|| pledge_store::data_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."));
    Ok(dir.display().to_string())
}

#[tauri::command(async)]
pub fn export_pledges(
    state: State<'_, AppState>,
    format: ExportFormat,
    path: String,
) -> Result<ExportWritten, AppError> {
    let path = input_path(&path)?;
    Ok(state.staff_store()?.export_report(format, &path)?)
}

#[tauri::command(async)]
pub fn event_summary(state: State<'_, AppState>) -> Result<EventSummary, AppError> {
    Ok(summarize(&state.staff_store()?.report_pledges()?))
}

#[tauri::command]
pub async fn reconcile(state: State<'_, AppState>) -> Result<Reconciliation, AppError> {
    state.require_staff()?;
    let store = state.shared_store()?;
    let identity = state.identity()?;
    Ok(pledge_sync::reconcile(&store, &identity).await?)
}
