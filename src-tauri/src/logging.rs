//! Logs for support staff: `tracing` events written to `<data dir>/logs/`,
//! one file a day (`pledge-desk.YYYY-MM-DD.log`), the last 7 kept, and to
//! stderr. Nothing personal is ever logged: no contact details, no pledge
//! text, no tokens, no keys — ids, counts, sizes and paths only.
//!
//! If the folder cannot be written the app keeps working with stderr only,
//! and the settings screen says why.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use pledge_core::{ErrorCode, ErrorReport};

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
    /// Why no log file could be opened at start.
    pub error: Option<ErrorReport>,
}

impl LogState {
    /// Why logs are not written now: the folder failed at start, or the
    /// last write to the file failed (the disk filled up meanwhile).
    pub fn current_error(&self) -> Option<ErrorReport> {
        self.error.clone().or_else(|| {
            WRITE_FAILURE
                .lock()
                .ok()
                .and_then(|failure| failure.clone())
        })
    }
}

/// The last failed write to the log file, cleared by the next one that
/// succeeds. Written by the logging thread, read by the settings screen.
static WRITE_FAILURE: Mutex<Option<ErrorReport>> = Mutex::new(None);

/// The log file, with its failures recorded for the settings screen
/// instead of lost in the background writer.
struct Recorded<W> {
    inner: W,
    dir: PathBuf,
}

impl<W: Write> Recorded<W> {
    fn record<T>(&self, result: std::io::Result<T>) -> std::io::Result<T> {
        let failure = match &result {
            Ok(_) => None,
            Err(e) => Some(write_failure(&self.dir, e)),
        };
        if let Ok(mut last) = WRITE_FAILURE.lock() {
            *last = failure;
        }
        result
    }
}

impl<W: Write> Write for Recorded<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let result = self.inner.write(buf);
        self.record(result)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let result = self.inner.flush();
        self.record(result)
    }
}

/// A failed write to the logs folder, as the window says it.
fn write_failure(dir: &Path, e: &std::io::Error) -> ErrorReport {
    let code = if pledge_store::io_is_disk_full(e) {
        ErrorCode::DiskFull
    } else {
        ErrorCode::FileUnwritable
    };
    ErrorReport::new(
        code,
        vec![
            ("path", dir.display().to_string()),
            ("detail", e.to_string()),
        ],
        format!("the logs in {} cannot be written: {e}", dir.display()),
    )
}

/// Flushes the file writer when the process ends.
static GUARD: OnceLock<WorkerGuard> = OnceLock::new();

/// Opens the daily log file in `dir` (made if missing).
pub fn file_appender(dir: &Path) -> Result<RollingFileAppender, ErrorReport> {
    std::fs::create_dir_all(dir).map_err(|e| write_failure(dir, &e))?;
    RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(LOG_FILE_PREFIX)
        .filename_suffix("log")
        .max_log_files(KEEP_LOG_FILES)
        .build(dir)
        .map_err(|e| {
            ErrorReport::new(
                ErrorCode::FileUnwritable,
                vec![
                    ("path", dir.display().to_string()),
                    ("detail", e.to_string()),
                ],
                format!("{}: {e}", dir.display()),
            )
        })
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
        Err(e) => (
            None,
            Err(ErrorReport::new(
                ErrorCode::DataDir,
                vec![("detail", e.clone())],
                e,
            )),
        ),
    };
    let (file_layer, error) = match (file, &dir) {
        (Ok(appender), Some(dir)) => {
            let recorded = Recorded {
                inner: appender,
                dir: dir.clone(),
            };
            let (writer, guard) = tracing_appender::non_blocking(recorded);
            let _ = GUARD.set(guard);
            let layer = fmt::layer()
                .with_ansi(false)
                .with_writer(writer)
                .with_filter(filter());
            (Some(layer), None)
        }
        (Ok(_), None) => (None, None),
        (Err(e), _) => (None, Some(e)),
    };
    let _ = tracing_subscriber::registry()
        .with(stderr)
        .with(file_layer)
        .try_init();
    if let Some(e) = &error {
        tracing::warn!(error = %e.message, "logs cannot be written to a file; logging to stderr only");
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
        assert_eq!(err.code, ErrorCode::FileUnwritable);
        assert!(err.params["path"].ends_with("logs"), "{err:?}");
    }

    /// A disk that fills up after start: the failed write is recorded as
    /// `disk_full` for the settings screen, and cleared by the next write
    /// that goes through.
    #[test]
    fn a_log_write_on_a_full_disk_is_reported_then_cleared() {
        struct Disk {
            full: bool,
        }
        impl Write for Disk {
            fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
                if self.full {
                    Err(std::io::Error::from_raw_os_error(28))
                } else {
                    Ok(buf.len())
                }
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let state = LogState {
            dir: Some(PathBuf::from("/data/logs")),
            error: None,
        };
        let mut file = Recorded {
            inner: Disk { full: true },
            dir: PathBuf::from("/data/logs"),
        };
        assert!(file.write(b"an event\n").is_err());
        let failure = state.current_error().expect("the failure is kept");
        assert_eq!(failure.code, ErrorCode::DiskFull);
        assert_eq!(failure.params["path"], "/data/logs");
        file.inner.full = false;
        file.write_all(b"an event\n").unwrap();
        assert_eq!(state.current_error(), None);
    }

    #[test]
    fn the_daily_file_is_made_in_the_logs_folder() {
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
