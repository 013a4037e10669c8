//! Moving pledges off this laptop other than by sync: USB bundles, CSV and
//! XLSX exports, the event summary, and end-of-event reconciliation
//! (staff mode only).

use std::path::PathBuf;

use pledge_report::{summarize, EventSummary, ExportFormat, ExportWritten};
use pledge_store::{
    read_bundle, write_whole_file, BundleExported, BundleImported, BundlePreview, BundleSelection,
    Reconciliation, StoreError, RECONCILIATION_COLUMNS,
};
use pledge_sync::BundleUploaded;
use tauri::{AppHandle, Manager, State};

use crate::{AppError, AppState, ErrorCode};

pub(super) fn input_path(path: &str) -> Result<PathBuf, AppError> {
    let path = path.trim();
    if path.is_empty() {
        return Err(AppError::new(ErrorCode::NoPath, "Enter the file's path."));
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

/// Checks a bundle (nothing is written) and lists the devices it carries,
/// for staff to compare each key fingerprint before importing or uploading.
#[tauri::command(async)]
pub fn bundle_preview(state: State<'_, AppState>, path: String) -> Result<BundlePreview, AppError> {
    let path = input_path(&path)?;
    state.require_staff()?;
    let bundle = read_bundle(&path)?;
    Ok(state.store()?.preview_bundle(&bundle)?)
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
    let pledges = state.staff_store()?.report_pledges()?;
    let (bytes, written) =
        pledge_report::export_for_file(&pledges, format, &path).map_err(|e| {
            StoreError::FileUnwritable {
                path: path.clone(),
                detail: e.to_string(),
            }
        })?;
    write_whole_file(&path, &bytes)?;
    Ok(written)
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

/// Writes the reconciliation (every pledge and unsigned draft on this
/// laptop and where it stands) to a CSV file staff keep.
#[tauri::command(async)]
pub fn reconciliation_save(
    state: State<'_, AppState>,
    path: String,
) -> Result<ExportWritten, AppError> {
    let path = input_path(&path)?;
    let rows = state.staff_store()?.reconciliation_rows()?;
    // UTF-8 with a byte-order mark, so spreadsheets read Arabic and Chinese titles.
    let mut bytes = pledge_report::UTF8_BOM.to_vec();
    pledge_report::write_table_csv(&RECONCILIATION_COLUMNS, &rows, &mut bytes).map_err(|e| {
        StoreError::FileUnwritable {
            path: path.clone(),
            detail: e.to_string(),
        }
    })?;
    write_whole_file(&path, &bytes)?;
    Ok(ExportWritten {
        path: path.display().to_string(),
        rows: rows.len() as u64,
        bytes: bytes.len() as u64,
    })
}
