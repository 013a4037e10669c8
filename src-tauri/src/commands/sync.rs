use pledge_sync::SyncStatus;
use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use crate::{AppError, AppState};

/// Where this device syncs to, for the settings screen.
#[derive(Debug, Serialize, TS)]
pub struct SyncSettings {
    pub server_url: Option<String>,
    pub enrolled: bool,
    pub role: Option<pledge_core::wire::Role>,
    pub status: SyncStatus,
}

#[tauri::command(async)]
pub fn sync_settings(state: State<'_, AppState>) -> Result<SyncSettings, AppError> {
    let config = pledge_sync::load_config(&*state.store()?)?;
    Ok(SyncSettings {
        server_url: config.as_ref().map(|c| c.server_url.clone()),
        enrolled: config.as_ref().is_some_and(|c| c.token.is_some()),
        role: config.and_then(|c| c.role),
        status: state.sync().map(|s| s.status()).unwrap_or_default(),
    })
}

#[tauri::command]
pub fn sync_now(state: State<'_, AppState>) {
    state.nudge_sync();
}

#[tauri::command]
pub async fn sync_enroll(
    state: State<'_, AppState>,
    server_url: String,
    code: String,
    name: String,
) -> Result<(), AppError> {
    state.require_staff()?;
    let store = state.shared_store()?;
    let identity = state.identity()?;
    pledge_sync::enroll(&store, &identity, &server_url, &code, &name).await?;
    state.nudge_sync();
    Ok(())
}
