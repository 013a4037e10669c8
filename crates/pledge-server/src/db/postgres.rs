//! The PostgreSQL backend (`--database-url postgres://…`): a small pool of
//! tokio-postgres connections. Writers take one advisory lock per
//! transaction, so status-change sequence numbers commit in order and a
//! feed cursor never skips a change committed late.

use std::time::Duration;

use async_trait::async_trait;
use deadpool_postgres::{
    Manager, ManagerConfig, Object, Pool, PoolError, RecyclingMethod, Runtime,
};
use pledge_core::wire::StatusChange;
use tokio_postgres::error::SqlState;
use tokio_postgres::Row;

use super::pg_connect_error::connect_error;
use super::pg_tls::connect_settings;
use super::postgres_batch::store_batch;
use super::postgres_decide;
use super::postgres_lists;
use super::postgres_schema::MIGRATIONS;
use super::*;

/// Serialises writers (and migrations) across every server process.
const WRITE_LOCK: i64 = 0x7032_6370_6c65_6467;

#[derive(Clone)]
pub struct PgDb {
    pool: Pool,
}

pub(super) fn pg_error(e: tokio_postgres::Error) -> DbError {
    let busy = [
        SqlState::T_R_SERIALIZATION_FAILURE,
        SqlState::T_R_DEADLOCK_DETECTED,
        SqlState::LOCK_NOT_AVAILABLE,
        SqlState::TOO_MANY_CONNECTIONS,
    ];
    // The server went away or cannot be reached: nothing was done.
    let gone = [
        SqlState::ADMIN_SHUTDOWN,
        SqlState::CANNOT_CONNECT_NOW,
        SqlState::CRASH_SHUTDOWN,
    ];
    let connection_class = e.code().is_some_and(|c| c.code().starts_with("08"));
    if e.is_closed()
        || connection_class
        || e.code().is_some_and(|c| gone.contains(c))
        || (e.as_db_error().is_none() && e.code().is_none() && is_io(&e))
    {
        return DbError::Unavailable(describe(&e));
    }
    if e.code().is_some_and(|c| busy.contains(c)) {
        return DbError::Busy;
    }
    DbError::Other(describe(&e))
}

/// Whether an I/O failure (refused, reset, timed out) lies under the error.
fn is_io(e: &tokio_postgres::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if cause.is::<std::io::Error>() {
            return true;
        }
        source = cause.source();
    }
    false
}

fn describe(e: &tokio_postgres::Error) -> String {
    // "db error" alone says nothing: add the server's message or the cause
    // (a TLS handshake failure, say).
    let mut message = e.to_string();
    if let Some(db) = e.as_db_error() {
        message = format!("{message}: {}", db.message());
    } else {
        let mut source = std::error::Error::source(e);
        while let Some(cause) = source {
            message = format!("{message}: {cause}");
            source = cause.source();
        }
    }
    message
}

fn pool_error(e: PoolError) -> DbError {
    match e {
        // Waiting for a free connection: busy. Failing to make or check
        // one: the server is not there.
        PoolError::Timeout(deadpool_postgres::TimeoutType::Wait) => DbError::Busy,
        PoolError::Timeout(_) => DbError::Unavailable("no connection could be made in time".into()),
        PoolError::Backend(e) => pg_error(e),
        other => DbError::Other(other.to_string()),
    }
}

impl PgDb {
    /// Connects and brings the schema up to date; a newer schema is refused.
    pub async fn connect(url: &str) -> Result<PgDb, DbError> {
        PgDb::connect_with(url, Init::Create).await
    }

    /// As [`PgDb::connect`]; with [`Init::Refuse`] a database that holds no
    /// platform schema is an error and is left untouched.
    pub async fn connect_with(url: &str, init: Init) -> Result<PgDb, DbError> {
        // The URL may hold a password: never echo it. TLS follows its sslmode.
        let (config, tls) = connect_settings(url)?;
        let manager = Manager::from_config(
            config,
            tls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(8)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(Duration::from_secs(5)))
            .create_timeout(Some(Duration::from_secs(5)))
            .build()
            .map_err(|e| DbError::Other(e.to_string()))?;
        let db = PgDb { pool };
        db.migrate(init).await?;
        Ok(db)
    }

    async fn client(&self) -> Result<Object, DbError> {
        self.pool.get().await.map_err(pool_error)
    }

    async fn migrate(&self, init: Init) -> Result<(), DbError> {
        let mut client = self.pool.get().await.map_err(connect_error)?;
        let tx = client.transaction().await.map_err(pg_error)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
            .await
            .map_err(pg_error)?;
        let exists: bool = tx
            .query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[])
            .await
            .map_err(pg_error)?
            .get(0);
        if !exists && init == Init::Refuse {
            return Err(DbError::NotInitialised(
                "the database holds no platform schema: check --database-url \
                 (PLEDGE_SERVER_DATABASE_URL), or give --init to start an empty platform there"
                    .into(),
            ));
        }
        tx.batch_execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
        )
        .await
        .map_err(pg_error)?;
        let found: i64 = tx
            .query_one("SELECT COALESCE(MAX(version), 0) FROM schema_version", &[])
            .await
            .map_err(pg_error)?
            .get(0);
        let supported = MIGRATIONS.len() as i64;
        if found > supported {
            return Err(DbError::NewerSchema { found, supported });
        }
        for (version, sql) in (1i64..).zip(MIGRATIONS.iter()).skip(found as usize) {
            tx.batch_execute(sql).await.map_err(pg_error)?;
            tx.execute(
                "INSERT INTO schema_version (version) VALUES ($1)",
                &[&version],
            )
            .await
            .map_err(pg_error)?;
        }
        tx.commit().await.map_err(pg_error)
    }
}

fn device_from_row(row: &Row) -> DeviceRecord {
    let role: Option<String> = row.get(2);
    DeviceRecord {
        device_id: row.get(0),
        event_id: row.get(1),
        role: role.as_deref().and_then(role_from_str),
        public_key: row.get(3),
        revoked: row.get::<_, Option<String>>(4).is_some(),
    }
}

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

fn pledge_from_row(row: &Row) -> Result<PledgeRow, DbError> {
    Ok(PledgeRow {
        server_seq: row.get(0),
        pledge_id: row.get(1),
        event_id: row.get(2),
        device_id: row.get(3),
        device_seq: row.get(4),
        supersedes: row.get(5),
        signed: row.get(6),
        signature: row.get(7),
        public_key: row.get(8),
        content_hash: row.get(9),
        signed_at: row.get(10),
        received_at: row.get(11),
        received_from: row.get(12),
        bundle_id: row.get(13),
        vouched_by: row.get(14),
        clock_skew: row.get(15),
        status: status_from_str(row.get(16))?,
        id_collision: row.get(17),
        key_unconfirmed: row.get(18),
        seq_reused: row.get(19),
    })
}

#[async_trait]
impl Db for PgDb {
    async fn create_event(&self, e: NewEvent) -> Result<(), DbError> {
        let client = self.client().await?;
        let n = client
            .execute(
                "INSERT INTO events (event_id, name, delegate_code_hash, staff_code_hash, created_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING",
                &[&e.event_id, &e.name, &e.delegate_code_hash, &e.staff_code_hash, &e.created_at],
            )
            .await
            .map_err(pg_error)?;
        if n == 0 {
            return Err(DbError::AlreadyExists(format!("event {}", e.event_id)));
        }
        Ok(())
    }

    async fn event_codes(&self, event_id: &str) -> Result<Option<EventCodes>, DbError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT delegate_code_hash, staff_code_hash FROM events WHERE event_id = $1",
                &[&event_id],
            )
            .await
            .map_err(pg_error)?;
        Ok(row.map(|r| EventCodes {
            delegate_code_hash: r.get(0),
            staff_code_hash: r.get(1),
        }))
    }

    async fn enroll_device(&self, e: DeviceEnrollment) -> Result<EnrollResult, DbError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg_error)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
            .await
            .map_err(pg_error)?;
        let known = tx
            .query_opt(
                "SELECT public_key, revoked_at IS NOT NULL, event_id, machine_hash \
                 FROM devices WHERE device_id = $1",
                &[&e.device_id],
            )
            .await
            .map_err(pg_error)?
            .map(|r| KnownDevice {
                public_key: r.get(0),
                revoked: r.get(1),
                event_id: r.get(2),
                machine_hash: r.get(3),
            });
        let role = role_to_str(e.role);
        match known.as_ref().map(|k| k.check(&e)) {
            Some(EnrollResult::Enrolled) => tx
                .execute(
                    "UPDATE devices SET event_id = $2, role = $3, name = $4, app_version = $5, \
                     token_hash = $6, enrolled_at = $7, machine_hash = coalesce($8, machine_hash) \
                     WHERE device_id = $1",
                    &[&e.device_id, &e.event_id, &role, &e.name, &e.app_version, &e.token_hash, &e.now, &e.machine_hash],
                )
                .await
                .map_err(pg_error)?,
            Some(EnrollResult::OtherMachine) => {
                tx.execute(
                    "UPDATE devices SET reused_at = coalesce(reused_at, $2) WHERE device_id = $1",
                    &[&e.device_id, &e.now],
                )
                .await
                .map_err(pg_error)?;
                tx.commit().await.map_err(pg_error)?;
                return Ok(EnrollResult::OtherMachine);
            }
            Some(refused) => return Ok(refused),
            None => tx
                .execute(
                    "INSERT INTO devices (device_id, event_id, public_key, role, name, app_version, \
                     token_hash, created_at, enrolled_at, machine_hash) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)",
                    &[&e.device_id, &e.event_id, &e.public_key, &role, &e.name, &e.app_version, &e.token_hash, &e.now, &e.machine_hash],
                )
                .await
                .map_err(pg_error)?,
        };
        tx.commit().await.map_err(pg_error)?;
        Ok(EnrollResult::Enrolled)
    }

    async fn device_by_token(&self, token_hash: &str) -> Result<Option<DeviceRecord>, DbError> {
        let client = self.client().await?;
        let stmt = client
            .prepare_cached(
                "SELECT device_id, event_id, role, public_key, revoked_at FROM devices WHERE token_hash = $1",
            )
            .await
            .map_err(pg_error)?;
        let row = client
            .query_opt(&stmt, &[&token_hash])
            .await
            .map_err(pg_error)?;
        Ok(row.as_ref().map(device_from_row))
    }

    async fn devices(&self, device_ids: Vec<String>) -> Result<Vec<DeviceRecord>, DbError> {
        let client = self.client().await?;
        let stmt = client
            .prepare_cached(
                "SELECT device_id, event_id, role, public_key, revoked_at FROM devices WHERE device_id = ANY($1)",
            )
            .await
            .map_err(pg_error)?;
        let rows = client
            .query(&stmt, &[&device_ids])
            .await
            .map_err(pg_error)?;
        Ok(rows.iter().map(device_from_row).collect())
    }

    async fn revoke_device(&self, device_id: &str, now: &str) -> Result<(), DbError> {
        let client = self.client().await?;
        let n = client
            .execute(
                "UPDATE devices SET revoked_at = COALESCE(revoked_at, $2) WHERE device_id = $1",
                &[&device_id, &now],
            )
            .await
            .map_err(pg_error)?;
        if n == 0 {
            return Err(DbError::NotFound);
        }
        Ok(())
    }

    async fn confirm_device_key(
        &self,
        device_id: &str,
        public_key: &str,
        now: &str,
    ) -> Result<(), DbError> {
        let client = self.client().await?;
        let n = client
            .execute(
                "UPDATE devices SET key_confirmed_at = COALESCE(key_confirmed_at, $3) \
                 WHERE device_id = $1 AND public_key = $2",
                &[&device_id, &public_key, &now],
            )
            .await
            .map_err(pg_error)?;
        if n == 0 {
            return Err(DbError::NotFound);
        }
        Ok(())
    }

    async fn store_pledges(
        &self,
        pledges: Vec<NewPledge>,
        received_at: &str,
    ) -> Result<Vec<StoreOutcome>, DbError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg_error)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
            .await
            .map_err(pg_error)?;
        let outcomes = store_batch(&tx, &pledges, received_at).await?;
        tx.commit().await.map_err(pg_error)?;
        Ok(outcomes)
    }

    async fn status_changes(
        &self,
        scope: FeedScope,
        after_seq: i64,
        limit: u32,
    ) -> Result<Vec<StatusChange>, DbError> {
        let client = self.client().await?;
        let limit = i64::from(limit);
        let columns = CHANGE_COLUMNS;
        let rows = match &scope.device_id {
            Some(device) => {
                let sql = format!("{columns} WHERE device_id = $1 AND event_id = $2 AND seq > $3 ORDER BY seq LIMIT $4");
                let stmt = client.prepare_cached(&sql).await.map_err(pg_error)?;
                client.query(&stmt, &[device, &scope.event_id, &after_seq, &limit]).await
            }
            None => {
                let sql = format!("{columns} WHERE event_id = $1 AND seq > $2 ORDER BY seq LIMIT $3");
                let stmt = client.prepare_cached(&sql).await.map_err(pg_error)?;
                client.query(&stmt, &[&scope.event_id, &after_seq, &limit]).await
            }
        }
        .map_err(pg_error)?;
        rows.iter().map(change_of).collect()
    }

    async fn device_seqs(&self, device_id: &str) -> Result<Vec<i64>, DbError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT device_seq FROM pledges WHERE device_id = $1 ORDER BY device_seq",
                &[&device_id],
            )
            .await
            .map_err(pg_error)?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    async fn pledges_by_id(&self, pledge_id: &str) -> Result<Vec<PledgeRow>, DbError> {
        let client = self.client().await?;
        let sql = format!("{PLEDGE_SELECT} WHERE p.pledge_id = $1 ORDER BY p.server_seq");
        let rows = client.query(&sql, &[&pledge_id]).await.map_err(pg_error)?;
        rows.iter().map(pledge_from_row).collect()
    }

    async fn decide(&self, d: Decision) -> Result<Decided, DbError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg_error)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&WRITE_LOCK])
            .await
            .map_err(pg_error)?;
        let decided = postgres_decide::decide(&tx, d).await?;
        tx.commit().await.map_err(pg_error)?;
        Ok(decided)
    }

    async fn export_pledges(&self) -> Result<Vec<PledgeRow>, DbError> {
        let client = self.client().await?;
        let sql = format!("{PLEDGE_SELECT} ORDER BY p.server_seq");
        let rows = client.query(&sql, &[]).await.map_err(pg_error)?;
        rows.iter().map(pledge_from_row).collect()
    }

    async fn events(&self) -> Result<Vec<EventRow>, DbError> {
        postgres_lists::events(&self.client().await?).await
    }

    async fn rotate_codes(
        &self,
        event_id: &str,
        codes: EventCodes,
        at: &str,
    ) -> Result<(), DbError> {
        postgres_lists::rotate_codes(&self.client().await?, event_id, &codes, at).await
    }

    async fn device_list(&self, event_id: Option<String>) -> Result<Vec<DeviceRow>, DbError> {
        postgres_lists::device_list(&self.client().await?, event_id.as_deref()).await
    }

    async fn conflicts(&self) -> Result<Vec<ConflictRow>, DbError> {
        postgres_lists::conflicts(&self.client().await?).await
    }

    async fn status_change_at(&self, seq: i64) -> Result<Option<StatusChange>, DbError> {
        let client = self.client().await?;
        let row = client
            .query_opt(&format!("{CHANGE_COLUMNS} WHERE seq = $1"), &[&seq])
            .await
            .map_err(pg_error)?;
        row.as_ref().map(change_of).transpose()
    }

    async fn event_device_seqs(
        &self,
        event_id: &str,
        device_id: &str,
    ) -> Result<Vec<i64>, DbError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT device_seq FROM pledges WHERE device_id = $1 AND event_id = $2 ORDER BY device_seq",
                &[&device_id, &event_id],
            )
            .await
            .map_err(pg_error)?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    async fn ping(&self) -> Result<(), DbError> {
        let client = self.client().await?;
        client.simple_query("SELECT 1").await.map_err(pg_error)?;
        Ok(())
    }
}

/// The columns of a status change, in the order [`change_of`] reads them.
const CHANGE_COLUMNS: &str = "SELECT seq, pledge_id, status, reason, at FROM status_changes";

fn change_of(r: &tokio_postgres::Row) -> Result<StatusChange, DbError> {
    Ok(StatusChange {
        seq: r.get(0),
        pledge_id: r.get(1),
        status: status_from_str(r.get(2))?,
        reason: r.get(3),
        at: r.get(4),
    })
}
