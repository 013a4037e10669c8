//! `pledge-server backup` and `restore` for the embedded SQLite database.
//! A backup is SQLite's online backup (consistent while the server runs,
//! the WAL's contents included), checked before it is reported; a restore
//! checks the file, refuses while a server holds the data directory, keeps
//! the replaced database aside and swaps the new one in with a rename.
//! PostgreSQL is backed up with its own tools (`pg_dump`).

use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::db::sqlite::{DATABASE_FILE, SUPPORTED_VERSION};

/// Held by `serve` for as long as it serves a data directory.
pub const LOCK_FILE: &str = "pledge-server.lock";

/// What `--database-url` users are told instead.
pub const USE_PG_DUMP: &str = "the platform keeps its data in PostgreSQL: back it up with `pg_dump --format=custom --file FILE URL` and restore it with `pg_restore --clean --if-exists --dbname URL FILE` while no pledge-server runs (see the README of pledge-server)";

/// Tables every platform database has.
const PLATFORM_TABLES: [&str; 4] = ["events", "devices", "pledges", "status_changes"];

/// An exclusive lock on a data directory (released when dropped or when
/// the process ends, however it ends).
pub struct DataLock {
    _file: File,
}

impl DataLock {
    /// Takes the lock, creating the directory if needed; refuses when
    /// another process (a running server) holds it.
    pub fn acquire(dir: &Path) -> Result<DataLock, String> {
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let path = dir.join(LOCK_FILE);
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        match file.try_lock() {
            Ok(()) => Ok(DataLock { _file: file }),
            Err(std::fs::TryLockError::WouldBlock) => Err(format!(
                "a pledge-server is serving {} (it holds {LOCK_FILE}): stop it first",
                dir.display()
            )),
            Err(std::fs::TryLockError::Error(e)) => {
                Err(format!("cannot lock {}: {e}", path.display()))
            }
        }
    }
}

/// What a checked database file holds.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Checked {
    pub schema_version: i64,
    pub events: i64,
    pub pledges: i64,
    pub status_changes: i64,
}

#[derive(Debug, Serialize)]
pub struct BackedUp {
    pub backup: PathBuf,
    pub bytes: u64,
    #[serde(flatten)]
    pub checked: Checked,
}

#[derive(Debug, Serialize)]
pub struct Restored {
    pub restored_from: PathBuf,
    /// Where the database it replaced was kept (none when there was none).
    pub replaced_kept_as: Option<PathBuf>,
    #[serde(flatten)]
    pub checked: Checked,
}

fn sqlite(e: rusqlite::Error) -> String {
    e.to_string()
}

fn open_read_only(path: &Path) -> Result<Connection, String> {
    if !path.is_file() {
        return Err(format!("{} does not exist", path.display()));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    conn.busy_timeout(Duration::from_secs(10)).map_err(sqlite)?;
    Ok(conn)
}

/// Checks that `conn` is a whole platform database this binary can serve.
fn check(conn: &Connection, what: &Path) -> Result<Checked, String> {
    let not_platform = |why: String| {
        format!(
            "{} is not a usable platform database: {why}",
            what.display()
        )
    };
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| not_platform(e.to_string()))?;
    for table in PLATFORM_TABLES {
        let found: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
                [table],
                |r| r.get(0),
            )
            .map_err(|e| not_platform(e.to_string()))?;
        if found == 0 {
            return Err(not_platform(format!("it has no {table} table")));
        }
    }
    if version > SUPPORTED_VERSION {
        return Err(not_platform(format!(
            "its schema is version {version}, newer than this binary understands ({SUPPORTED_VERSION})"
        )));
    }
    let verdict: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(|e| not_platform(e.to_string()))?;
    if verdict != ["ok"] {
        let first = verdict.into_iter().take(3).collect::<Vec<_>>().join("; ");
        return Err(not_platform(format!("integrity check failed: {first}")));
    }
    let count = |table: &str| -> Result<i64, String> {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .map_err(|e| not_platform(e.to_string()))
    };
    Ok(Checked {
        schema_version: version,
        events: count("events")?,
        pledges: count("pledges")?,
        status_changes: count("status_changes")?,
    })
}

/// Copies `source` into a new single file at `dest` (rollback journal, no
/// WAL beside it) with SQLite's online backup, and syncs it to disk.
fn copy_online(source: &Connection, dest: &Path) -> Result<(), String> {
    let _ = std::fs::remove_file(dest);
    let mut out =
        Connection::open(dest).map_err(|e| format!("cannot create {}: {e}", dest.display()))?;
    {
        let backup = Backup::new(source, &mut out).map_err(sqlite)?;
        // One step copies every page under one read transaction: writers
        // carry on (WAL), and no write restarts the copy.
        loop {
            match backup.step(-1).map_err(sqlite)? {
                StepResult::Done => break,
                StepResult::More => {}
                _ => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }
    let mode: String = out
        .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
        .map_err(sqlite)?;
    if !mode.eq_ignore_ascii_case("delete") {
        return Err(format!("{} stayed in journal mode {mode}", dest.display()));
    }
    drop(out);
    File::open(dest)
        .and_then(|f| f.sync_all())
        .map_err(|e| format!("cannot sync {}: {e}", dest.display()))
}

fn sync_dir(dir: &Path) -> Result<(), String> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(|e| format!("cannot sync {}: {e}", dir.display()))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// `pledge-server backup --data DIR --out FILE`.
pub fn backup(dir: &Path, out: &Path) -> Result<BackedUp, String> {
    let database = dir.join(DATABASE_FILE);
    let source = open_read_only(&database)
        .map_err(|e| format!("{e}: is {} a platform data directory?", dir.display()))?;
    check(&source, &database)?;
    let partial = with_suffix(out, ".partial");
    let result = copy_online(&source, &partial).and_then(|()| {
        let copy = open_read_only(&partial)?;
        check(&copy, &partial)
    });
    let checked = match result {
        Ok(checked) => checked,
        Err(e) => {
            let _ = std::fs::remove_file(&partial);
            return Err(e);
        }
    };
    std::fs::rename(&partial, out).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        sync_dir(parent)?;
    }
    let bytes = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
    Ok(BackedUp {
        backup: out.to_path_buf(),
        bytes,
        checked,
    })
}

/// `pledge-server restore --data DIR --from FILE`.
pub fn restore(
    dir: &Path,
    from: &Path,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Restored, String> {
    let source = open_read_only(from)?;
    check(&source, from)?;
    let _lock = DataLock::acquire(dir)?;
    let database = dir.join(DATABASE_FILE);
    let staging = with_suffix(&database, ".restoring");
    let staged = copy_online(&source, &staging).and_then(|()| {
        let copy = open_read_only(&staging)?;
        check(&copy, &staging)
    });
    drop(source);
    let checked = match staged {
        Ok(checked) => checked,
        Err(e) => {
            let _ = std::fs::remove_file(&staging);
            return Err(e);
        }
    };
    let wal = with_suffix(&database, "-wal");
    let shm = with_suffix(&database, "-shm");
    let mut kept = None;
    if database.exists() {
        // Fold the WAL into the file first, so what is kept aside is whole.
        if let Ok(current) = Connection::open(&database) {
            let _ = current.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
        }
        let aside = with_suffix(
            &database,
            &format!(".replaced-{}", now.format("%Y%m%dT%H%M%SZ")),
        );
        std::fs::hard_link(&database, &aside).map_err(|e| {
            format!(
                "cannot keep the current database as {}: {e}",
                aside.display()
            )
        })?;
        if wal.exists() {
            std::fs::rename(&wal, with_suffix(&aside, "-wal"))
                .map_err(|e| format!("cannot move {} aside: {e}", wal.display()))?;
        }
        kept = Some(aside);
    }
    let _ = std::fs::remove_file(&shm);
    // The swap itself: one rename, so the name holds the old or the new file.
    std::fs::rename(&staging, &database)
        .map_err(|e| format!("cannot move the restored database into place: {e}"))?;
    sync_dir(dir)?;
    Ok(Restored {
        restored_from: from.to_path_buf(),
        replaced_kept_as: kept,
        checked,
    })
}
