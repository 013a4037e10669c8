//! The embedded backend: one SQLite file under the data directory, WAL with
//! `synchronous=FULL`, one connection used from blocking threads.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use pledge_core::wire::StatusChange;
use rusqlite::{params, Connection, ErrorCode, OptionalExtension, Row, TransactionBehavior};

use super::owner_only::{owner_only_dir, owner_only_file};
use super::sqlite_batch::store_one;
use super::sqlite_decide;
use super::sqlite_lists;
use super::sqlite_schema::migrations;
pub use super::sqlite_schema::SUPPORTED_VERSION;
use super::*;

pub const DATABASE_FILE: &str = "pledge-server.sqlite3";

#[derive(Clone)]
pub struct SqliteDb {
    conn: Arc<Mutex<Connection>>,
    path: PathBuf,
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => DbError::Busy,
            Some(
                ErrorCode::SystemIoFailure
                | ErrorCode::CannotOpen
                | ErrorCode::DiskFull
                | ErrorCode::NotADatabase
                | ErrorCode::DatabaseCorrupt,
            ) => DbError::Unavailable(e.to_string()),
            _ => DbError::Other(e.to_string()),
        }
    }
}

impl From<rusqlite_migration::Error> for DbError {
    fn from(e: rusqlite_migration::Error) -> Self {
        DbError::Other(format!("migration failed: {e}"))
    }
}

impl SqliteDb {
    /// Opens (or creates) `DIR/pledge-server.sqlite3`.
    pub fn open_dir(dir: &Path) -> Result<SqliteDb, DbError> {
        SqliteDb::open_dir_with(dir, Init::Create)
    }

    /// Opens `DIR/pledge-server.sqlite3`; with [`Init::Refuse`] a directory
    /// without one is an error (a mistyped `--data`), nothing is created.
    /// The directory is made owner-only (0700) and the database files
    /// 0600: they hold contact details.
    pub fn open_dir_with(dir: &Path, init: Init) -> Result<SqliteDb, DbError> {
        let file = dir.join(DATABASE_FILE);
        if init == Init::Refuse && !file.exists() {
            return Err(DbError::NotInitialised(format!(
                "{} holds no platform database ({DATABASE_FILE}): check --data, or give --init \
                 to start an empty platform there",
                dir.display()
            )));
        }
        owner_only_dir(dir)?;
        owner_only_file(&file)?;
        let db = SqliteDb::open(&file)?;
        // SQLite gives the -wal and -shm files the database file's mode;
        // files left by an older version are tightened here.
        for suffix in ["-wal", "-shm"] {
            let mut name = file.clone().into_os_string();
            name.push(suffix);
            let side = PathBuf::from(name);
            if side.exists() {
                owner_only_file(&side)?;
            }
        }
        Ok(db)
    }

    /// Opens the file, refuses a newer schema without touching it, then
    /// migrates in one transaction.
    pub fn open(path: &Path) -> Result<SqliteDb, DbError> {
        let mut conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > SUPPORTED_VERSION {
            return Err(DbError::NewerSchema {
                found,
                supported: SUPPORTED_VERSION,
            });
        }
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        migrations().to_latest(&mut conn)?;
        Ok(SqliteDb {
            conn: Arc::new(Mutex::new(conn)),
            path: path.to_path_buf(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` on the connection in a blocking thread.
    async fn call<T, F>(&self, f: F) -> Result<T, DbError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, DbError> + Send + 'static,
    {
        let conn = self.conn.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut guard)
        })
        .await
        .map_err(|e| DbError::Other(format!("database task failed: {e}")))?
    }
}

fn device_from_row(row: &Row) -> rusqlite::Result<DeviceRecord> {
    let role: Option<String> = row.get(2)?;
    Ok(DeviceRecord {
        device_id: row.get(0)?,
        event_id: row.get(1)?,
        role: role.as_deref().and_then(role_from_str),
        public_key: row.get(3)?,
        revoked: row.get::<_, Option<String>>(4)?.is_some(),
    })
}

const DEVICE_COLUMNS: &str = "device_id, event_id, role, public_key, revoked_at";

const PLEDGE_SELECT: &str = concat!(
    "SELECT p.server_seq, p.pledge_id, p.event_id, p.device_id, p.device_seq, \
     p.supersedes, p.signed, p.signature, d.public_key, p.content_hash, p.signed_at, p.received_at, \
     p.received_from, p.bundle_id, d.vouched_by, p.clock_skew, p.status, \
     EXISTS (SELECT 1 FROM pledges o WHERE o.pledge_id = p.pledge_id AND o.device_id <> p.device_id), ",
    key_unconfirmed_sql!(),
    ", ",
    seq_reused_sql!(),
    " FROM pledges p JOIN devices d ON d.device_id = p.device_id"
);

fn pledge_from_row(row: &Row) -> rusqlite::Result<(PledgeRow, String)> {
    let status: String = row.get(16)?;
    Ok((
        PledgeRow {
            server_seq: row.get(0)?,
            pledge_id: row.get(1)?,
            event_id: row.get(2)?,
            device_id: row.get(3)?,
            device_seq: row.get(4)?,
            supersedes: row.get(5)?,
            signed: row.get(6)?,
            signature: row.get(7)?,
            public_key: row.get(8)?,
            content_hash: row.get(9)?,
            signed_at: row.get(10)?,
            received_at: row.get(11)?,
            received_from: row.get(12)?,
            bundle_id: row.get(13)?,
            vouched_by: row.get(14)?,
            clock_skew: row.get(15)?,
            status: PledgeStatus::Received,
            id_collision: row.get(17)?,
            key_unconfirmed: row.get(18)?,
            seq_reused: row.get(19)?,
        },
        status,
    ))
}

fn with_status((mut row, status): (PledgeRow, String)) -> Result<PledgeRow, DbError> {
    row.status = status_from_str(&status)?;
    Ok(row)
}

#[async_trait]
impl Db for SqliteDb {
    async fn create_event(&self, e: NewEvent) -> Result<(), DbError> {
        self.call(move |c| {
            let n = c.execute(
                "INSERT INTO events (event_id, name, delegate_code_hash, staff_code_hash, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (event_id) DO NOTHING",
                params![e.event_id, e.name, e.delegate_code_hash, e.staff_code_hash, e.created_at],
            )?;
            if n == 0 {
                return Err(DbError::AlreadyExists(format!("event {}", e.event_id)));
            }
            Ok(())
        })
        .await
    }

    async fn event_codes(&self, event_id: &str) -> Result<Option<EventCodes>, DbError> {
        let event_id = event_id.to_string();
        self.call(move |c| {
            Ok(c.query_row(
                "SELECT delegate_code_hash, staff_code_hash FROM events WHERE event_id = ?1",
                [event_id],
                |r| {
                    Ok(EventCodes {
                        delegate_code_hash: r.get(0)?,
                        staff_code_hash: r.get(1)?,
                    })
                },
            )
            .optional()?)
        })
        .await
    }

    async fn enroll_device(&self, e: DeviceEnrollment) -> Result<EnrollResult, DbError> {
        self.call(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let known: Option<KnownDevice> = tx
                .query_row(
                    "SELECT public_key, revoked_at IS NOT NULL, event_id, machine_hash \
                     FROM devices WHERE device_id = ?1",
                    [&e.device_id],
                    |r| {
                        Ok(KnownDevice {
                            public_key: r.get(0)?,
                            revoked: r.get(1)?,
                            event_id: r.get(2)?,
                            machine_hash: r.get(3)?,
                        })
                    },
                )
                .optional()?;
            let role = role_to_str(e.role);
            match known.as_ref().map(|k| k.check(&e)) {
                Some(EnrollResult::Enrolled) => tx.execute(
                    "UPDATE devices SET event_id = ?2, role = ?3, name = ?4, app_version = ?5, \
                     token_hash = ?6, enrolled_at = ?7, machine_hash = coalesce(?8, machine_hash) \
                     WHERE device_id = ?1",
                    params![e.device_id, e.event_id, role, e.name, e.app_version, e.token_hash, e.now, e.machine_hash],
                )?,
                Some(EnrollResult::OtherMachine) => {
                    tx.execute(
                        "UPDATE devices SET reused_at = coalesce(reused_at, ?2) WHERE device_id = ?1",
                        params![e.device_id, e.now],
                    )?;
                    tx.commit()?;
                    return Ok(EnrollResult::OtherMachine);
                }
                Some(refused) => return Ok(refused),
                None => tx.execute(
                    "INSERT INTO devices (device_id, event_id, public_key, role, name, app_version, \
                     token_hash, created_at, enrolled_at, machine_hash) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
                    params![e.device_id, e.event_id, e.public_key, role, e.name, e.app_version, e.token_hash, e.now, e.machine_hash],
                )?,
            };
            tx.commit()?;
            Ok(EnrollResult::Enrolled)
        })
        .await
    }

    async fn device_by_token(&self, token_hash: &str) -> Result<Option<DeviceRecord>, DbError> {
        let token_hash = token_hash.to_string();
        self.call(move |c| {
            let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE token_hash = ?1");
            Ok(c.prepare_cached(&sql)?
                .query_row([token_hash], device_from_row)
                .optional()?)
        })
        .await
    }

    async fn devices(&self, device_ids: Vec<String>) -> Result<Vec<DeviceRecord>, DbError> {
        self.call(move |c| {
            let sql = format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE device_id = ?1");
            let mut stmt = c.prepare_cached(&sql)?;
            let mut found = Vec::new();
            for id in device_ids {
                found.extend(stmt.query_row([id], device_from_row).optional()?);
            }
            Ok(found)
        })
        .await
    }

    async fn revoke_device(&self, device_id: &str, now: &str) -> Result<(), DbError> {
        let (device_id, now) = (device_id.to_string(), now.to_string());
        self.call(move |c| {
            let n = c.execute(
                "UPDATE devices SET revoked_at = COALESCE(revoked_at, ?2) WHERE device_id = ?1",
                params![device_id, now],
            )?;
            if n == 0 {
                return Err(DbError::NotFound);
            }
            Ok(())
        })
        .await
    }

    async fn confirm_device_key(
        &self,
        device_id: &str,
        public_key: &str,
        now: &str,
    ) -> Result<(), DbError> {
        let (device_id, key, now) = (
            device_id.to_string(),
            public_key.to_string(),
            now.to_string(),
        );
        self.call(move |c| {
            let n = c.execute(
                "UPDATE devices SET key_confirmed_at = COALESCE(key_confirmed_at, ?3) \
                 WHERE device_id = ?1 AND public_key = ?2",
                params![device_id, key, now],
            )?;
            if n == 0 {
                return Err(DbError::NotFound);
            }
            Ok(())
        })
        .await
    }

    async fn store_pledges(
        &self,
        pledges: Vec<NewPledge>,
        received_at: &str,
    ) -> Result<Vec<StoreOutcome>, DbError> {
        let received_at = received_at.to_string();
        self.call(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let outcomes = pledges
                .iter()
                .map(|p| store_one(&tx, p, &received_at))
                .collect::<Result<Vec<_>, _>>()?;
            tx.commit()?;
            Ok(outcomes)
        })
        .await
    }

    async fn status_changes(
        &self,
        scope: FeedScope,
        after_seq: i64,
        limit: u32,
    ) -> Result<Vec<StatusChange>, DbError> {
        self.call(move |c| {
            let columns = CHANGE_COLUMNS;
            let read = change_row;
            let rows = match &scope.device_id {
                Some(device) => {
                    let sql = format!("{columns} WHERE device_id = ?1 AND event_id = ?2 AND seq > ?3 ORDER BY seq LIMIT ?4");
                    let mut stmt = c.prepare_cached(&sql)?;
                    let rows = stmt.query_map(params![device, scope.event_id, after_seq, limit], read)?;
                    rows.collect::<Result<Vec<_>, _>>()?
                }
                None => {
                    let sql = format!("{columns} WHERE event_id = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3");
                    let mut stmt = c.prepare_cached(&sql)?;
                    let rows = stmt.query_map(params![scope.event_id, after_seq, limit], read)?;
                    rows.collect::<Result<Vec<_>, _>>()?
                }
            };
            rows.into_iter().map(change_of).collect()
        })
        .await
    }

    async fn device_seqs(&self, device_id: &str) -> Result<Vec<i64>, DbError> {
        let device_id = device_id.to_string();
        self.call(move |c| {
            let mut stmt = c.prepare_cached(
                "SELECT device_seq FROM pledges WHERE device_id = ?1 ORDER BY device_seq",
            )?;
            let seqs = stmt
                .query_map([device_id], |r| r.get(0))?
                .collect::<Result<Vec<i64>, _>>()?;
            Ok(seqs)
        })
        .await
    }

    async fn pledges_by_id(&self, pledge_id: &str) -> Result<Vec<PledgeRow>, DbError> {
        let pledge_id = pledge_id.to_string();
        self.call(move |c| {
            let sql = format!("{PLEDGE_SELECT} WHERE p.pledge_id = ?1 ORDER BY p.server_seq");
            let mut stmt = c.prepare_cached(&sql)?;
            let rows = stmt.query_map([pledge_id], pledge_from_row)?;
            rows.map(|r| with_status(r?)).collect()
        })
        .await
    }

    async fn decide(&self, d: Decision) -> Result<Decided, DbError> {
        self.call(move |c| sqlite_decide::decide(c, d)).await
    }

    async fn export_pledges(&self) -> Result<Vec<PledgeRow>, DbError> {
        self.call(move |c| {
            let sql = format!("{PLEDGE_SELECT} ORDER BY p.server_seq");
            let mut stmt = c.prepare(&sql)?;
            let rows = stmt.query_map([], pledge_from_row)?;
            rows.map(|r| with_status(r?)).collect()
        })
        .await
    }

    async fn events(&self) -> Result<Vec<EventRow>, DbError> {
        self.call(|c| sqlite_lists::events(c)).await
    }

    async fn rotate_codes(
        &self,
        event_id: &str,
        codes: EventCodes,
        at: &str,
    ) -> Result<(), DbError> {
        let (event_id, at) = (event_id.to_string(), at.to_string());
        self.call(move |c| sqlite_lists::rotate_codes(c, &event_id, &codes, &at))
            .await
    }

    async fn device_list(&self, event_id: Option<String>) -> Result<Vec<DeviceRow>, DbError> {
        self.call(move |c| sqlite_lists::device_list(c, event_id.as_deref()))
            .await
    }

    async fn conflicts(&self) -> Result<Vec<ConflictRow>, DbError> {
        self.call(|c| sqlite_lists::conflicts(c)).await
    }

    async fn status_change_at(&self, seq: i64) -> Result<Option<StatusChange>, DbError> {
        self.call(move |c| {
            c.prepare_cached(&format!("{CHANGE_COLUMNS} WHERE seq = ?1"))?
                .query_row([seq], change_row)
                .optional()?
                .map(change_of)
                .transpose()
        })
        .await
    }

    async fn event_device_seqs(
        &self,
        event_id: &str,
        device_id: &str,
    ) -> Result<Vec<i64>, DbError> {
        let (event_id, device_id) = (event_id.to_string(), device_id.to_string());
        self.call(move |c| {
            let mut stmt = c.prepare_cached(
                "SELECT device_seq FROM pledges WHERE device_id = ?1 AND event_id = ?2 ORDER BY device_seq",
            )?;
            let seqs = stmt
                .query_map([device_id, event_id], |r| r.get(0))?
                .collect::<Result<Vec<i64>, _>>()?;
            Ok(seqs)
        })
        .await
    }

    async fn ping(&self) -> Result<(), DbError> {
        self.call(|c| {
            c.query_row("SELECT count(*) FROM events", [], |r| r.get::<_, i64>(0))?;
            Ok(())
        })
        .await
    }
}

/// The columns of a status change, in the order [`change_row`] reads them.
const CHANGE_COLUMNS: &str = "SELECT seq, pledge_id, status, reason, at FROM status_changes";

type ChangeRow = (i64, String, String, Option<String>, String);

fn change_row(r: &Row) -> rusqlite::Result<ChangeRow> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn change_of((seq, pledge_id, status, reason, at): ChangeRow) -> Result<StatusChange, DbError> {
    Ok(StatusChange {
        seq,
        pledge_id,
        status: status_from_str(&status)?,
        reason,
        at,
    })
}
