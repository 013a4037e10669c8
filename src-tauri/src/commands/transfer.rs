//! Moving pledges off this laptop other than by sync: USB bundles, CSV and
//! XLSX exports, the event summary, and end-of-event reconciliation
//! (staff mode only).

use std::path::{Path, PathBuf};

use pledge_report::{summarize, write_csv, write_xlsx, EventSummary};
use pledge_store::{
    read_bundle, write_whole_file, BundleExported, BundleImported, BundleSelection, Reconciliation,
    StoreError,
};
use pledge_sync::BundleUploaded;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, State};
use ts_rs::TS;

use crate::{AppError, AppState, ErrorCode};

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

fn report_error(path: &Path, e: pledge_report::ReportError) -> AppError {
    AppError::from(StoreError::FileUnwritable {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })
}

fn input_path(path: &str) -> Result<PathBuf, AppError> {
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
    drop(state.staff_store()?);
    let bundle = read_bundle(&path)?;
    let imported = state.staff_store()?.import_bundle(&bundle)?;
    state.nudge_sync();
    Ok(imported)
}

#[tauri::command]
pub async fn bundle_upload(
    state: State<'_, AppState>,
    path: String,
) -> Result<BundleUploaded, AppError> {
    let path = input_path(&path)?;
    drop(state.staff_store()?);
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
    let rows = match format {
        ExportFormat::Csv => {
            let mut bytes = Vec::new();
            let rows = write_csv(&pledges, &mut bytes).map_err(|e| report_error(&path, e))?;
            write_whole_file(&path, &bytes)?;
            rows
        }
        ExportFormat::Xlsx => {
            // written aside, then renamed: the file appears whole or not at all
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            let aside = path.with_file_name(format!(".{}.partial", name.unwrap_or_default()));
            let rows = write_xlsx(&pledges, &aside).map_err(|e| {
                let _ = std::fs::remove_file(&aside);
                report_error(&path, e)
            })?;
            std::fs::rename(&aside, &path).map_err(|e| {
                let _ = std::fs::remove_file(&aside);
                AppError::from(StoreError::FileUnwritable {
                    path: path.clone(),
                    detail: e.to_string(),
                })
            })?;
            rows
        }
    };
    let bytes = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
    Ok(ExportWritten {
        path: path.display().to_string(),
        rows: rows as u64,
        bytes,
    })
}

#[tauri::command(async)]
pub fn event_summary(state: State<'_, AppState>) -> Result<EventSummary, AppError> {
    Ok(summarize(&state.staff_store()?.report_pledges()?))
}

#[tauri::command]
pub async fn reconcile(state: State<'_, AppState>) -> Result<Reconciliation, AppError> {
    drop(state.staff_store()?);
    let store = state.shared_store()?;
    let identity = state.identity()?;
    Ok(pledge_sync::reconcile(&store, &identity).await?)
}
