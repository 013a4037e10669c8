//! Logs for support staff: `tracing` events written to `<data dir>/logs/`,
//! one file a day (`pledge-desk.YYYY-MM-DD.log`), the last 7 kept, and to
//! stderr. Nothing personal is ever logged: no contact details, no pledge
//! text, no tokens, no keys — ids, counts, sizes and paths only.
//!
//! If the folder cannot be written the app keeps working with stderr only,
//! and the settings screen says why.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{fmt, EnvFilter, Layer};

pub const LOGS_DIR: &str = "logs";
pub const LOG_FILE_PREFIX: &str = "pledge-desk";
pub const KEEP_LOG_FILES: usize = 7;
/// Overrides the level filter, e.g. `PLEDGE_DESK_LOG=debug`.
pub const LOG_FILTER_ENV: &str = "PLEDGE_DESK_LOG";

/// Where the logs go, and why they do not when they cannot.
#[derive(Debug, Clone)]
pub struct LogState {
    pub dir: Option<PathBuf>,
    pub error: Option<String>,
}

/// Flushes the file writer when the process ends.
static GUARD: OnceLock<WorkerGuard> = OnceLock::new();

/// Opens the daily log file in `dir` (made if missing).
pub fn file_appender(dir: &Path) -> Result<RollingFileAppender, String> {
    std::fs::create_dir_all(dir).map_err(|e| {
        if pledge_store::io_is_disk_full(&e) {
            disk_full(dir)
        } else {
            format!("{}: {e}", dir.display())
        }
    })?;
    RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(LOG_FILE_PREFIX)
        .filename_suffix("log")
        .max_log_files(KEEP_LOG_FILES)
        .build(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))
}

/// Why logs are not written when the disk is full, and what to do.
pub fn disk_full(dir: &Path) -> String {
    pledge_store::StoreError::disk_full(format!("the logs in {}", dir.display())).to_string()
}

/// Sets up logging for the process; call once, first thing.
pub fn init(data_dir: Result<&Path, String>) -> LogState {
    let filter = || {
        EnvFilter::try_from_env(LOG_FILTER_ENV)
            .unwrap_or_else(|_| EnvFilter::new("info,zbus=warn,tracing=warn"))
    };
    let stderr = fmt::layer()
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .with_writer(std::io::stderr)
        .with_filter(filter());
    let (dir, file) = match data_dir {
        Ok(d) => {
            let dir = d.join(LOGS_DIR);
            (Some(dir.clone()), file_appender(&dir))
        }
        Err(e) => (None, Err(e)),
    };
    let (file_layer, error) = match file {
        Ok(appender) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let _ = GUARD.set(guard);
            let layer = fmt::layer()
                .with_ansi(false)
                .with_writer(writer)
                .with_filter(filter());
            (Some(layer), None)
        }
        Err(e) => (None, Some(e)),
    };
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(file_layer)
        .try_init();
    if let Some(e) = &error {
        tracing::warn!(error = %e, "logs cannot be written to a file; logging to stderr only");
    }
    LogState { dir, error }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_folder_that_cannot_be_made_is_reported_not_fatal() {
        let data = tempfile::tempdir().unwrap();
        std::fs::write(data.path().join(LOGS_DIR), b"a file, not a folder").unwrap();
        let err = file_appender(&data.path().join(LOGS_DIR)).unwrap_err();
        assert!(err.contains("logs"), "{err}");
    }

    #[test]
    fn the_daily_file_is_made_in_the_logs_folder() {
        use std::io::Write;
        let data = tempfile::tempdir().unwrap();
        let dir = data.path().join(LOGS_DIR);
        let mut appender = file_appender(&dir).unwrap();
        appender.write_all(b"hello\n").unwrap();
        appender.flush().unwrap();
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1);
        assert!(
            names[0].starts_with("pledge-desk.") && names[0].ends_with(".log"),
            "{names:?}"
        );
    }
}
