//! Runs the local backups (pledge_store::backup) for the app: a snapshot
//! every few minutes while anything changed, one at exit, and the state the
//! settings screen and the diagnostics show.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use chrono::Utc;
use pledge_store::{ChangeMarker, Snapshot};
use serde::Serialize;
use tauri::{AppHandle, Manager};
use ts_rs::TS;

use crate::{AppError, AppState, ErrorCode};

/// Overrides the interval between checks, in seconds (tests).
pub const INTERVAL_ENV: &str = "PLEDGE_DESK_BACKUP_INTERVAL_SECS";
const DEFAULT_INTERVAL: Duration = Duration::from_secs(5 * 60);

/// The last backup attempt, for the settings screen and the diagnostics.
#[derive(Debug, Clone, Default, Serialize, TS)]
pub struct BackupStatus {
    pub last_snapshot: Option<Snapshot>,
    /// Why the last attempt failed (disk full, folder not writable, check failed).
    pub last_error: Option<String>,
    pub last_error_at: Option<String>,
    /// A restore was chosen and is applied at the next start.
    pub restore_pending: bool,
    /// What the last start-up restore did, e.g. where the old file was set aside.
    pub restored_at_start: Option<String>,
}

pub struct Backups {
    pub data_dir: PathBuf,
    pub dir: PathBuf,
    status: Mutex<BackupStatus>,
    /// The store as of the last snapshot; `None` takes one at the next tick.
    marker: Mutex<Option<ChangeMarker>>,
}

impl Backups {
    pub fn new(data_dir: PathBuf, restored_at_start: Option<String>) -> Backups {
        let dir = pledge_store::backups_dir(&data_dir);
        Backups {
            data_dir,
            dir,
            status: Mutex::new(BackupStatus {
                restored_at_start,
                ..BackupStatus::default()
            }),
            marker: Mutex::new(None),
        }
    }

    pub fn status(&self) -> BackupStatus {
        let mut s = self.status.lock().map(|s| s.clone()).unwrap_or_default();
        s.restore_pending = pledge_store::restore_pending(&self.data_dir);
        s
    }

    /// Takes a snapshot if the store changed since the last one (or always,
    /// with `force`). Failures are recorded and logged; the app goes on.
    pub fn run_once(&self, state: &AppState, force: bool) -> Result<Option<Snapshot>, AppError> {
        let poisoned = || AppError::new(ErrorCode::Internal, "The backup state is unusable.");
        let Ok(store) = state.store() else {
            return Ok(None); // nothing open to back up
        };
        let now_marker = store.change_marker();
        let db_path = store.path().to_path_buf();
        drop(store);
        let mut marker = self.marker.lock().map_err(|_| poisoned())?;
        if !force && *marker == Some(now_marker) {
            return Ok(None);
        }
        let started = Instant::now();
        let result = pledge_store::take_snapshot(
            &db_path,
            &self.dir,
            Utc::now(),
            pledge_store::KEEP_SNAPSHOTS,
        );
        let mut status = self.status.lock().map_err(|_| poisoned())?;
        match result {
            Ok(snapshot) => {
                tracing::info!(
                    file = %snapshot.file_name,
                    bytes = snapshot.bytes,
                    ms = started.elapsed().as_millis() as u64,
                    "backup taken"
                );
                *marker = Some(now_marker);
                status.last_snapshot = Some(snapshot.clone());
                status.last_error = None;
                status.last_error_at = None;
                Ok(Some(snapshot))
            }
            Err(e) => {
                tracing::error!(error = %e, dir = %self.dir.display(), "backup failed");
                status.last_error = Some(e.to_string());
                status.last_error_at = Some(now_rfc3339());
                Err(e.into())
            }
        }
    }

    /// The store as it is now counts as backed up when a snapshot exists
    /// already, so an idle app does not add one at every start.
    fn settle_baseline(&self, state: &AppState) {
        let has_snapshot = pledge_store::list_snapshots(&self.dir)
            .map(|l| !l.is_empty())
            .unwrap_or(false);
        if let (true, Ok(store), Ok(mut marker)) = (has_snapshot, state.store(), self.marker.lock())
        {
            *marker = Some(store.change_marker());
        }
    }
}

/// Now, RFC 3339 UTC with seconds and `Z`.
pub fn now_rfc3339() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Starts the timer thread: every interval, a snapshot if anything changed.
pub fn start(app: &AppHandle) {
    let interval = std::env::var(INTERVAL_ENV)
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .filter(|&s| s > 0)
        .map(Duration::from_secs)
        .unwrap_or(DEFAULT_INTERVAL);
    let state = app.state::<AppState>();
    let Some(backups) = state.backups() else {
        return; // no data directory: the settings screen says why
    };
    backups.settle_baseline(&state);
    let app = app.clone();
    std::thread::Builder::new()
        .name("backups".into())
        .spawn(move || loop {
            std::thread::sleep(interval);
            let state = app.state::<AppState>();
            if let Some(b) = state.backups() {
                let _ = b.run_once(&state, false);
            }
        })
        .map_err(|e| tracing::error!(error = %e, "the backup timer could not start"))
        .ok();
}

/// At exit: one last snapshot if anything changed.
pub fn at_exit(app: &AppHandle) {
    if let Some(state) = app.try_state::<AppState>() {
        if let Some(b) = state.backups() {
            let _ = b.run_once(&state, false);
        }
    }
}
