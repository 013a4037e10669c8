//! Starts the background sync loop with the window and forwards its status
//! to the UI as `sync-status` events.

use tauri::{AppHandle, Emitter, Manager};

use crate::AppState;

pub const STATUS_EVENT: &str = "sync-status";

pub fn start(app: &AppHandle) {
    let state = app.state::<AppState>();
    let (Ok(store), Ok(identity)) = (state.shared_store(), state.identity()) else {
        // the settings screen shows why (database or key problem)
        return;
    };
    let service =
        tauri::async_runtime::block_on(async move { pledge_sync::start(store, identity.clone()) });
    let mut updates = service.subscribe();
    state.set_sync(service);
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while updates.changed().await.is_ok() {
            let status = updates.borrow_and_update().clone();
            let _ = app.emit(STATUS_EVENT, status);
        }
    });
}
