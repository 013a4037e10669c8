use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags};

use crate::migrations::{migrations, SUPPORTED_VERSION};
use crate::StoreError;

/// Where the store gets the time from; tests pass a fixed one.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// An open store. One per process writes (the app holds it behind a mutex).
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) clock: Clock,
    path: PathBuf,
    /// A machine id given by a test in place of this machine's.
    machine: Option<String>,
}

impl Store {
    /// Opens (or creates) the database at `path`, refusing a damaged file or
    /// one from a newer version without changing it, then brings the schema
    /// up to date in one transaction.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with_clock(path, Arc::new(Utc::now))
    }

    pub fn open_with_clock(path: &Path, clock: Clock) -> Result<Store, StoreError> {
        let corrupt = |detail: String| StoreError::Corrupt {
            path: path.to_path_buf(),
            detail,
        };
        // A file that cannot be read for want of space is not damaged.
        let unreadable = |e: rusqlite::Error| {
            if crate::disk::sqlite_failed_for_space(&e, path) {
                StoreError::disk_full(format!("the database {}", path.display()))
            } else {
                corrupt(e.to_string())
            }
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(Duration::from_secs(5))?;

        // Read-only checks first: nothing is written to a file we refuse.
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(unreadable)?;
        if version > SUPPORTED_VERSION as i64 {
            return Err(StoreError::NewerDatabase {
                path: path.to_path_buf(),
                found: version,
                supported: SUPPORTED_VERSION,
            });
        }
        let check: String = conn
            .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
            .map_err(unreadable)?;
        if check != "ok" {
            return Err(corrupt(check));
        }

        // Durability: anything a person was told is saved survives power loss.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations().to_latest(&mut conn)?;
        Ok(Store {
            conn,
            clock,
            path: path.to_path_buf(),
            machine: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Tests: take `raw` as this machine's id (as if another laptop opened
    /// the data directory). The app and the `pledge` command use the
    /// machine's own, or `PLEDGE_DESK_MACHINE_ID`.
    pub fn set_machine_id(&mut self, raw: &str) {
        self.machine = Some(crate::machine::machine_hash_of(raw));
    }

    /// The hash of the machine this store runs on (`None`: unknown).
    pub fn machine_hash(&self) -> Option<String> {
        self.machine.clone().or_else(crate::machine::this_machine)
    }

    pub(crate) fn now(&self) -> String {
        crate::timestamp((self.clock)())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

/// The connection settings that durability depends on, as SQLite reports
/// them (for tests and diagnostics).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionSettings {
    pub journal_mode: String,
    /// 2 = FULL.
    pub synchronous: i64,
    pub foreign_keys: bool,
    pub busy_timeout_ms: i64,
}

impl Store {
    pub fn connection_settings(&self) -> Result<ConnectionSettings, StoreError> {
        let get_i = |name: &str| -> Result<i64, StoreError> {
            Ok(self.conn.pragma_query_value(None, name, |r| r.get(0))?)
        };
        Ok(ConnectionSettings {
            journal_mode: self
                .conn
                .pragma_query_value(None, "journal_mode", |r| r.get(0))?,
            synchronous: get_i("synchronous")?,
            foreign_keys: get_i("foreign_keys")? == 1,
            busy_timeout_ms: get_i("busy_timeout")?,
        })
    }
}
