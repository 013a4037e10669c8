//! One instance per data directory: a second launch on the same data
//! focuses the running window and exits, instead of opening a second writer
//! on the same database. Instances with different data directories (tests,
//! `PLEDGE_DESK_DATA_DIR`) run side by side.
//!
//! On Linux tauri-plugin-single-instance owns a D-Bus name on the session
//! bus; we derive that name from the app identifier and a hash of the
//! data directory. Without a session bus the plugin lets every launch run.
//! On Windows and macOS the plugin keys on the identifier alone: there it is
//! one instance per user session.

use std::path::Path;

use tauri::{AppHandle, Manager, Runtime};

pub const IDENTIFIER: &str = "org.partner2connect.pledgedesk";

/// `org.partner2connect.pledgedesk.data_<16 hex digits>` for a data directory.
pub fn dbus_id(data_dir: &Path) -> String {
    let canonical = std::fs::canonicalize(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    format!(
        "{IDENTIFIER}.data_{:016x}",
        fnv1a(canonical.as_os_str().as_encoded_bytes())
    )
}

/// A stable 64-bit hash (FNV-1a): the same directory gives the same name
/// whichever build of the app computes it.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

pub fn plugin<R: Runtime>(data_dir: Option<&Path>) -> tauri::plugin::TauriPlugin<R> {
    let mut builder = tauri_plugin_single_instance::Builder::new().callback(focus_main_window);
    if let Some(dir) = data_dir {
        builder = builder.dbus_id(dbus_id(dir));
    }
    builder.build()
}

fn focus_main_window<R: Runtime>(app: &AppHandle<R>, _args: Vec<String>, _cwd: String) {
    match app.get_webview_window("main") {
        Some(w) => {
            let _ = w.unminimize();
            let _ = w.show();
            let _ = w.set_focus();
            tracing::info!("second launch: focused the window");
        }
        None => tracing::warn!("second launch: no window to focus"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_data_directory_has_its_own_valid_bus_name() {
        let a = tempfile::tempdir().unwrap();
        let b = tempfile::tempdir().unwrap();
        let (ia, ib) = (dbus_id(a.path()), dbus_id(b.path()));
        assert_ne!(ia, ib);
        assert_eq!(ia, dbus_id(&a.path().join(".")), "same folder, same name");
        // a D-Bus name element: [A-Za-z0-9_-], not starting with a digit
        let last = ia.rsplit('.').next().unwrap();
        assert!(last.starts_with("data_") && last.len() == 21, "{ia}");
        assert!(ia.len() < 255);
    }
}
