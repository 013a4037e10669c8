//! Support and recovery: where logs and backups are, the diagnostics text,
//! taking a snapshot now, and restoring one (applied at the next start).

use pledge_core::ErrorReport;
use pledge_store::{BackupError, Snapshot};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::backups::BackupStatus;
use crate::{AppError, AppState, ErrorCode};

/// What the settings screen shows about logs and backups.
#[derive(Debug, Serialize, TS)]
pub struct SupportOverview {
    pub log_dir: Option<String>,
    /// Why logs are not being written to a file, if they are not.
    pub log_error: Option<ErrorReport>,
    pub backups_dir: Option<String>,
    /// Newest first.
    pub snapshots: Vec<Snapshot>,
    /// Why the backups folder could not be listed, if it could not.
    pub snapshots_error: Option<String>,
    pub backup: BackupStatus,
}

impl From<BackupError> for AppError {
    fn from(e: BackupError) -> Self {
        AppError::with(e.code(), e.params(), e.to_string())
    }
}

fn no_backups() -> AppError {
    AppError::new(
        ErrorCode::BackupFailed,
        "Backups are unavailable: there is no data folder to keep them in.",
    )
}

#[tauri::command(async)]
pub fn support_overview(state: State<'_, AppState>) -> Result<SupportOverview, AppError> {
    state.require_staff_or_no_store()?;
    let backups = state.backups();
    let (snapshots, snapshots_error) = match backups.map(|b| pledge_store::list_snapshots(&b.dir)) {
        Some(Ok(list)) => (list, None),
        Some(Err(e)) => (Vec::new(), Some(e.to_string())),
        None => (Vec::new(), None),
    };
    Ok(SupportOverview {
        log_dir: state.log.dir.as_ref().map(|d| d.display().to_string()),
        log_error: state.log.current_error(),
        backups_dir: backups.map(|b| b.dir.display().to_string()),
        snapshots,
        snapshots_error,
        backup: backups.map(|b| b.status()).unwrap_or_default(),
    })
}

#[tauri::command(async)]
pub fn diagnostics(state: State<'_, AppState>) -> Result<String, AppError> {
    state.require_staff_or_no_store()?;
    Ok(crate::diagnostics::collect(&state))
}

#[tauri::command(async)]
pub fn backup_now(state: State<'_, AppState>) -> Result<Option<Snapshot>, AppError> {
    state.require_staff()?;
    let backups = state.backups().ok_or_else(no_backups)?;
    backups.run_once(&state, true)
}

/// Checks the snapshot and stages it; it replaces the database at the next
/// start (the current file is set aside, never deleted).
#[tauri::command(async)]
pub fn backup_restore(state: State<'_, AppState>, file_name: String) -> Result<(), AppError> {
    state.require_staff_or_no_store()?;
    let backups = state.backups().ok_or_else(no_backups)?;
    let snapshot = pledge_store::stage_restore(&backups.data_dir, &file_name)?;
    tracing::info!(file = %snapshot.file_name, "restore staged for the next start");
    Ok(())
}

/// When the store was refused as damaged: the newest snapshot that passes
/// its check, to offer instead.
#[tauri::command(async)]
pub fn backup_offer(state: State<'_, AppState>) -> Result<Option<Snapshot>, AppError> {
    if !state.store_damaged() {
        return Ok(None);
    }
    let backups = state.backups().ok_or_else(no_backups)?;
    Ok(pledge_store::newest_good_snapshot(&backups.dir)?)
}

/// Restarts the app (to apply a staged restore).
#[tauri::command]
pub fn app_restart(app: AppHandle) {
    tracing::info!("restarting");
    app.restart();
}
