//! Staff mode: the PIN, locking, the idle timer, staff settings, and the
//! end of a delegate's sitting.

use pledge_store::{StaffSettings, StaffStatus};
use tauri::State;

use crate::{AppError, AppState};

fn status(state: &AppState) -> Result<StaffStatus, AppError> {
    let mut status = state.store()?.staff_status(false)?;
    status.unlocked = state.access.staff_open(status.idle_timeout_secs)?;
    Ok(status)
}

#[tauri::command(async)]
pub fn staff_status(state: State<'_, AppState>) -> Result<StaffStatus, AppError> {
    status(&state)
}

/// First use: sets the PIN and opens staff mode. Later: changes it, in
/// staff mode, given the current PIN.
#[tauri::command(async)]
pub fn staff_set_pin(
    state: State<'_, AppState>,
    pin: String,
    current: Option<String>,
) -> Result<StaffStatus, AppError> {
    {
        let mut store = state.store()?;
        if store.pin_set()? {
            state.access.require_staff(&store)?;
        }
        store.set_staff_pin(&pin, current.as_deref())?;
    }
    state.access.unlock()?;
    status(&state)
}

#[tauri::command(async)]
pub fn staff_unlock(state: State<'_, AppState>, pin: String) -> Result<StaffStatus, AppError> {
    state.store()?.check_staff_pin(&pin)?;
    state.access.unlock()?;
    status(&state)
}

#[tauri::command(async)]
pub fn staff_lock(state: State<'_, AppState>) -> Result<StaffStatus, AppError> {
    state.access.lock()?;
    status(&state)
}

/// The person at the screen did something: staff mode stays open.
#[tauri::command(async)]
pub fn staff_activity(state: State<'_, AppState>) -> Result<StaffStatus, AppError> {
    state.require_staff()?;
    status(&state)
}

#[tauri::command(async)]
pub fn staff_settings(state: State<'_, AppState>) -> Result<StaffSettings, AppError> {
    Ok(state.staff_store()?.staff_settings()?)
}

#[tauri::command(async)]
pub fn staff_settings_set(
    state: State<'_, AppState>,
    settings: StaffSettings,
) -> Result<StaffSettings, AppError> {
    let saved = state.staff_store()?.set_staff_settings(&settings)?;
    state.nudge_sync();
    Ok(saved)
}

/// The delegate closed the receipt: what they did is no longer reachable
/// from this window in delegate mode.
#[tauri::command(async)]
pub fn sitting_end(state: State<'_, AppState>) -> Result<(), AppError> {
    state.access.end_sitting()
}

/// Seconds a delegate's sitting lasts without activity (staff only).
#[tauri::command(async)]
pub fn sitting_idle_timeout(state: State<'_, AppState>) -> Result<u32, AppError> {
    Ok(state.staff_store()?.delegate_idle_secs()?)
}

/// Sets it (staff only; kept within 1 min – 2 h); returns the value saved.
#[tauri::command(async)]
pub fn sitting_idle_timeout_set(state: State<'_, AppState>, seconds: u32) -> Result<u32, AppError> {
    Ok(state.staff_store()?.set_delegate_idle_secs(seconds)?)
}
