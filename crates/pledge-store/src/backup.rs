//! Local backups: snapshots of the store taken with SQLite's online backup
//! API into `<data dir>/backups/`, each checked with `PRAGMA
//! integrity_check` before it counts, the newest few kept. Restoring sets
//! the current database aside (never deleting it) and puts a checked
//! snapshot in its place; the app does that at start-up, before it opens the
//! store, from a copy staged while it was running.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime, Utc};
use pledge_core::ErrorCode;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use ts_rs::TS;

use crate::{Store, DATABASE_FILE};

pub const BACKUPS_DIR: &str = "backups";
/// How many snapshots are kept; older ones are deleted after each new one.
pub const KEEP_SNAPSHOTS: usize = 10;
/// A restore chosen while the app ran, applied at its next start.
pub const PENDING_RESTORE_FILE: &str = "restore-pending.sqlite3";

const PREFIX: &str = "pledge-desk-";
const SUFFIX: &str = ".sqlite3";
const PARTIAL: &str = ".partial-";
const NAME_TIME: &str = "%Y%m%dT%H%M%S%3fZ";

/// One snapshot in the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Snapshot {
    /// The file name in the backups folder, e.g. `pledge-desk-20220608T101500000Z.sqlite3`.
    pub file_name: String,
    /// When it was taken, RFC 3339 UTC.
    pub taken_at: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// What can go wrong with a backup or a restore; each message says what
/// happened and that the app goes on working.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    #[error("{what} ({path}): {source}")]
    Io {
        what: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "The disk is full: the snapshot {path} could not be written. The app goes on working and \
         nothing saved was lost. Free some space on this disk, or move the data directory to a \
         disk with room (set PLEDGE_DESK_DATA_DIR)."
    )]
    DiskFull { path: PathBuf },
    #[error("The copy could not be made: {0}")]
    Sqlite(rusqlite::Error),
    #[error("The snapshot {file} is damaged ({detail}); it cannot be used.")]
    Damaged { file: String, detail: String },
    #[error("There is no snapshot named {0}.")]
    NotFound(String),
}

impl BackupError {
    /// The stable code the window and the `pledge` command key on.
    pub fn code(&self) -> ErrorCode {
        match self {
            BackupError::Io { .. } | BackupError::Sqlite(_) => ErrorCode::BackupFailed,
            BackupError::Damaged { .. } => ErrorCode::BackupDamaged,
            BackupError::DiskFull { .. } => ErrorCode::DiskFull,
            BackupError::NotFound(_) => ErrorCode::BackupNotFound,
        }
    }

    /// What the window's sentence for this code names.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        match self {
            BackupError::Io { what, path, source } => vec![
                ("path", path.display().to_string()),
                ("detail", format!("{what}: {source}")),
            ],
            BackupError::Sqlite(e) => vec![("detail", e.to_string())],
            BackupError::Damaged { file, detail } => {
                vec![("file", file.clone()), ("detail", detail.clone())]
            }
            BackupError::NotFound(file) => vec![("file", file.clone())],
            BackupError::DiskFull { path } => vec![("path", path.display().to_string())],
        }
    }
}

impl From<rusqlite::Error> for BackupError {
    fn from(e: rusqlite::Error) -> Self {
        if crate::disk::sqlite_is_disk_full(&e) {
            return BackupError::DiskFull {
                path: PathBuf::from(BACKUPS_DIR),
            };
        }
        BackupError::Sqlite(e)
    }
}

fn io(what: &'static str, path: &Path) -> impl FnOnce(std::io::Error) -> BackupError {
    let path = path.to_path_buf();
    move |source| {
        if crate::disk::io_is_disk_full(&source) {
            BackupError::DiskFull { path }
        } else {
            BackupError::Io { what, path, source }
        }
    }
}

pub fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(BACKUPS_DIR)
}

/// What tells whether the store changed since it was last looked at: this
/// connection's own writes and any other connection's commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChangeMarker {
    total_changes: u64,
    data_version: i64,
}

impl Store {
    pub fn change_marker(&self) -> ChangeMarker {
        ChangeMarker {
            total_changes: self.conn.total_changes(),
            data_version: self
                .conn
                .pragma_query_value(None, "data_version", |r| r.get(0))
                .unwrap_or(0),
        }
    }
}

/// Copies the database at `db_path` into a new snapshot in `dir` through its
/// own read-only connection (the app keeps writing meanwhile), checks the
/// copy, then deletes all but the newest `keep` snapshots. A copy that fails
/// its check is deleted and reported.
pub fn take_snapshot(
    db_path: &Path,
    dir: &Path,
    now: DateTime<Utc>,
    keep: usize,
) -> Result<Snapshot, BackupError> {
    std::fs::create_dir_all(dir).map_err(io("The backups folder could not be made", dir))?;
    remove_partials(dir);
    let file_name = format!("{PREFIX}{}{SUFFIX}", now.format(NAME_TIME));
    let partial = dir.join(format!("{PARTIAL}{file_name}"));
    let result = copy_checked(db_path, &partial);
    if let Err(e) = result {
        crate::disk::remove_temp(&partial);
        crate::disk::remove_temp(&dir.join(format!("{PARTIAL}{file_name}-journal")));
        return Err(match e {
            BackupError::DiskFull { .. } => BackupError::DiskFull {
                path: dir.join(&file_name),
            },
            e => e,
        });
    }
    let target = dir.join(&file_name);
    std::fs::rename(&partial, &target).map_err(io("The snapshot could not be named", &target))?;
    sync_dir(dir);
    rotate(dir, keep)?;
    let bytes = std::fs::metadata(&target).map(|m| m.len()).unwrap_or(0);
    Ok(Snapshot {
        file_name,
        taken_at: crate::timestamp(now),
        bytes,
    })
}

fn copy_checked(db_path: &Path, partial: &Path) -> Result<(), BackupError> {
    let source = Connection::open_with_flags(
        db_path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    source.busy_timeout(std::time::Duration::from_secs(5))?;
    let mut dest = Connection::open(partial)?;
    {
        let backup = rusqlite::backup::Backup::new(&source, &mut dest)?;
        // all pages in one step: the copy is one consistent read of the source
        use rusqlite::backup::StepResult;
        let mut tries = 0;
        while backup.step(-1)? != StepResult::Done {
            tries += 1;
            if tries > 100 {
                return Err(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                    Some("the database stayed busy".into()),
                )
                .into());
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    // a self-contained file: no -wal beside it
    dest.pragma_update(None, "journal_mode", "DELETE")?;
    drop(dest);
    let file =
        std::fs::File::open(partial).map_err(io("The snapshot could not be read", partial))?;
    file.sync_all()
        .map_err(io("The snapshot could not be written to disk", partial))?;
    check_file(partial)
}

/// `PRAGMA integrity_check` on a database file, read-only.
pub fn check_file(path: &Path) -> Result<(), BackupError> {
    let file = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let damaged = |detail: String| BackupError::Damaged {
        file: file.clone(),
        detail,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| damaged(e.to_string()))?;
    let check: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(|e| damaged(e.to_string()))?;
    if check != "ok" {
        return Err(damaged(check));
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| damaged(e.to_string()))?;
    if version < 1 {
        return Err(damaged("not a Pledge Desk database".into()));
    }
    Ok(())
}

fn remove_partials(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            if e.file_name().to_string_lossy().starts_with(PARTIAL) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

fn rotate(dir: &Path, keep: usize) -> Result<(), BackupError> {
    for old in list_snapshots(dir)?.into_iter().skip(keep) {
        let path = dir.join(&old.file_name);
        std::fs::remove_file(&path).map_err(io("An old snapshot could not be deleted", &path))?;
    }
    Ok(())
}

/// The snapshots in `dir`, newest first (none when the folder is missing).
pub fn list_snapshots(dir: &Path) -> Result<Vec<Snapshot>, BackupError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io("The backups folder could not be read", dir)(e)),
    };
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(taken) = taken_at(&file_name) else {
            continue;
        };
        let bytes = entry.metadata().map(|m| m.len()).unwrap_or(0);
        out.push(Snapshot {
            file_name,
            taken_at: crate::timestamp(taken),
            bytes,
        });
    }
    // the name sorts by time
    out.sort_by(|a, b| b.file_name.cmp(&a.file_name));
    Ok(out)
}

fn taken_at(file_name: &str) -> Option<DateTime<Utc>> {
    let stamp = file_name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    NaiveDateTime::parse_from_str(stamp, NAME_TIME)
        .ok()
        .map(|t| t.and_utc())
}

/// The newest snapshot that passes its integrity check, if any.
pub fn newest_good_snapshot(dir: &Path) -> Result<Option<Snapshot>, BackupError> {
    for s in list_snapshots(dir)? {
        if check_file(&dir.join(&s.file_name)).is_ok() {
            return Ok(Some(s));
        }
    }
    Ok(None)
}

/// Checks the named snapshot and copies it beside the database as the
/// restore to apply at the next start ([`apply_pending_restore`]). Nothing
/// changes in the running database.
pub fn stage_restore(data_dir: &Path, file_name: &str) -> Result<Snapshot, BackupError> {
    let dir = backups_dir(data_dir);
    let snapshot = list_snapshots(&dir)?
        .into_iter()
        .find(|s| s.file_name == file_name)
        .ok_or_else(|| BackupError::NotFound(file_name.to_owned()))?;
    let source = dir.join(&snapshot.file_name);
    check_file(&source)?;
    let staged = data_dir.join(format!("{PENDING_RESTORE_FILE}.partial"));
    let copied = std::fs::copy(&source, &staged)
        .map_err(io("The snapshot could not be copied", &staged))
        .and_then(|_| {
            std::fs::File::open(&staged)
                .and_then(|f| f.sync_all())
                .map_err(io("The copy could not be written to disk", &staged))
        });
    if let Err(e) = copied {
        crate::disk::remove_temp(&staged);
        return Err(e);
    }
    let pending = data_dir.join(PENDING_RESTORE_FILE);
    std::fs::rename(&staged, &pending).map_err(io("The copy could not be named", &pending))?;
    sync_dir(data_dir);
    Ok(snapshot)
}

/// Whether a restore waits for the next start.
pub fn restore_pending(data_dir: &Path) -> bool {
    data_dir.join(PENDING_RESTORE_FILE).exists()
}

/// At start-up, before the store is opened: if a restore was staged, sets
/// the current database aside as `pledge-desk.sqlite3.before-restore-<time>`
/// (with its `-wal`, so nothing committed is lost) and puts the staged copy
/// in its place. Returns the set-aside path (`None` when there was no
/// database yet), or `Ok(None)` too when nothing was staged.
pub fn apply_pending_restore(
    data_dir: &Path,
    now: DateTime<Utc>,
) -> Result<Option<PathBuf>, BackupError> {
    let pending = data_dir.join(PENDING_RESTORE_FILE);
    if !pending.exists() {
        return Ok(None);
    }
    let set_aside = match restore_file(data_dir, &pending, now) {
        Ok(a) => a,
        Err(e) => {
            // a damaged copy would fail at every start: drop it (the snapshot stays)
            if matches!(e, BackupError::Damaged { .. }) {
                let _ = std::fs::remove_file(&pending);
            }
            return Err(e);
        }
    };
    std::fs::rename(&pending, data_dir.join(DATABASE_FILE))
        .map_err(io("The restored copy could not be put in place", &pending))?;
    sync_dir(data_dir);
    Ok(set_aside)
}

/// Sets the current database aside; the caller then puts the new one in place.
fn restore_file(
    data_dir: &Path,
    replacement: &Path,
    now: DateTime<Utc>,
) -> Result<Option<PathBuf>, BackupError> {
    check_file(replacement)?;
    let db = data_dir.join(DATABASE_FILE);
    if !db.exists() {
        return Ok(None);
    }
    let aside = data_dir.join(format!(
        "{DATABASE_FILE}.before-restore-{}",
        now.format(NAME_TIME)
    ));
    std::fs::rename(&db, &aside).map_err(io("The database could not be set aside", &db))?;
    // SQLite finds `<file>-wal` beside `<file>`: move them together, or not at all.
    for suffix in ["-wal", "-shm"] {
        let from = data_dir.join(format!("{DATABASE_FILE}{suffix}"));
        if !from.exists() {
            continue;
        }
        let to = PathBuf::from(format!("{}{suffix}", aside.display()));
        if let Err(e) = std::fs::rename(&from, &to) {
            let _ = std::fs::rename(&aside, &db);
            return Err(io("The database could not be set aside", &from)(e));
        }
    }
    Ok(Some(aside))
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}
