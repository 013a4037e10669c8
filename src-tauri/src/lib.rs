//! The desktop shell: opens the store, exposes the commands the UI calls,
//! and nothing else. Logic lives in the crates under `crates/`.

mod access;
mod backups;
mod commands;
mod diagnostics;
mod error;
mod logging;
mod single_instance;
mod state;
mod sync;
#[cfg(test)]
mod ts_types;
mod window_fit;

pub use error::AppError;
pub use pledge_core::ErrorCode;
pub use state::AppState;

use tauri::webview::PageLoadEvent;
use tauri::{Manager, RunEvent};

pub fn run() {
    let data_dir = pledge_store::data_dir().map_err(|e| e.to_string());
    let log = logging::init(data_dir.as_deref().map_err(Clone::clone));
    tracing::info!(
        version = env!("CARGO_PKG_VERSION"),
        data_dir = ?data_dir.as_ref().ok(),
        "Pledge Desk starting"
    );
    // The footprint benchmark (crates/footprint) times start-up to this line.
    let report_load = std::env::var_os("FOOTPRINT_REPORT").is_some();
    let fitted = std::sync::atomic::AtomicBool::new(false);
    let app = tauri::Builder::default()
        // First: a second launch on the same data exits here, before it
        // opens the database.
        .plugin(single_instance::plugin(data_dir.as_deref().ok()))
        .plugin(tauri_plugin_dialog::init())
        // Size and position are remembered between runs (in the app's config directory).
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .invoke_handler(commands::handler())
        .setup(move |app| {
            app.manage(AppState::open_default(log));
            sync::start(app.handle());
            backups::start(app.handle());
            Ok(())
        })
        .on_window_event(window_fit::remember)
        .on_page_load(move |webview, payload| {
            if payload.event() == PageLoadEvent::Finished {
                tracing::info!("page loaded");
                if !fitted.swap(true, std::sync::atomic::Ordering::Relaxed) {
                    window_fit::fit_to_screen(&webview.window());
                }
                if report_load {
                    println!("page-loaded");
                }
            }
        })
        .build(tauri::generate_context!("tauri.conf.json"));
    let app = match app {
        Ok(app) => app,
        Err(e) => {
            tracing::error!(error = %e, "the window could not start");
            eprintln!("Pledge Desk could not start its window: {e}");
            std::process::exit(1);
        }
    };
    app.run(|handle, event| {
        if let RunEvent::Exit = event {
            backups::at_exit(handle);
            tracing::info!("Pledge Desk stopped");
        }
    });
}
