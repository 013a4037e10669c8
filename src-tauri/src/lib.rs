//! The desktop shell: opens the store, exposes the commands the UI calls,
//! and nothing else. Logic lives in the crates under `crates/`.

mod access;
mod commands;
mod error;
mod state;
mod sync;
#[cfg(test)]
mod ts_types;

pub use error::{AppError, ErrorCode};
pub use state::AppState;

use tauri::webview::PageLoadEvent;

pub fn run() {
    let state = AppState::open_default();
    // The footprint benchmark (crates/footprint) times start-up to this line.
    let report_load = std::env::var_os("FOOTPRINT_REPORT").is_some();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .invoke_handler(commands::handler())
        .setup(|app| {
            sync::start(app.handle());
            Ok(())
        })
        .on_page_load(move |_, payload| {
            if report_load && payload.event() == PageLoadEvent::Finished {
                println!("page-loaded");
            }
        })
        .run(tauri::generate_context!("tauri.conf.json"));
    if let Err(e) = result {
        eprintln!("Pledge Desk could not start its window: {e}");
        std::process::exit(1);
    }
}
