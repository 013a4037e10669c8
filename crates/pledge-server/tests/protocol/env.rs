//! One scenario's world: a fresh database (SQLite directory or PostgreSQL
//! database), an event created with the binary, and a running server.

use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::support::api::Api;
use crate::support::fixtures::Device;
use crate::support::postgres::TempPostgres;
use crate::support::server::{ServerProcess, Storage};

pub const EVENT: &str = "kigali-2022";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

type Shared = Option<Result<Arc<TempPostgres>, String>>;
static POSTGRES: Mutex<Shared> = Mutex::new(None);
static DATABASES: AtomicUsize = AtomicUsize::new(0);

/// The run's PostgreSQL, started on first use.
fn postgres() -> Arc<TempPostgres> {
    let mut shared = POSTGRES.lock().unwrap_or_else(|p| p.into_inner());
    let started = shared.get_or_insert_with(|| TempPostgres::start().map(Arc::new));
    match started {
        Ok(pg) => pg.clone(),
        Err(e) => panic!("PostgreSQL could not be started for the test: {e}"),
    }
}

/// Stops PostgreSQL once every scenario is done.
pub fn stop_postgres() {
    let taken = POSTGRES.lock().unwrap_or_else(|p| p.into_inner()).take();
    drop(taken);
}

/// Storage with no platform in it yet: `dir` (not created) for SQLite, a
/// new empty database for PostgreSQL (with the server that keeps it).
pub fn fresh_storage(
    backend: Backend,
    dir: &std::path::Path,
) -> (Storage, Option<Arc<TempPostgres>>) {
    match backend {
        Backend::Sqlite => (Storage::sqlite(dir), None),
        Backend::Postgres => {
            let pg = postgres();
            let name = format!("scenario_{}", DATABASES.fetch_add(1, Ordering::SeqCst));
            (Storage::postgres(&pg.create_database(&name)), Some(pg))
        }
    }
}

pub struct Enrolled {
    pub device: Device,
    pub token: String,
}

pub struct Env {
    pub dir: tempfile::TempDir,
    pub storage: Storage,
    pub server: Option<ServerProcess>,
    pub api: Api,
    pub delegate_code: String,
    pub staff_code: String,
    /// Keeps the run's PostgreSQL up while this scenario uses it.
    _postgres: Option<Arc<TempPostgres>>,
}

impl Env {
    pub async fn start(backend: Backend) -> Env {
        Env::start_with(backend, &[]).await
    }

    pub async fn start_with(backend: Backend, extra: &[&str]) -> Env {
        Env::start_limited(backend, extra, None).await
    }

    /// As `start_with`, the server under `ulimit -n nofile` when given.
    pub async fn start_limited(backend: Backend, extra: &[&str], nofile: Option<u32>) -> Env {
        let dir = tempfile::tempdir().unwrap();
        let (storage, postgres) = fresh_storage(backend, &dir.path().join("data"));
        let (_, delegate_code, staff_code) = storage.create_event(EVENT);
        let log = dir.path().join("server.log");
        let server = match nofile {
            None => ServerProcess::start(&storage, extra, &log),
            Some(n) => ServerProcess::start_with_open_file_limit(&storage, extra, &log, n),
        };
        let api = Api::new(&server.url);
        Env {
            dir,
            storage,
            server: Some(server),
            api,
            delegate_code,
            staff_code,
            _postgres: postgres,
        }
    }

    pub async fn enrol(&self, code: &str) -> Enrolled {
        let device = Device::new();
        let reply = self.api.enroll(EVENT, code, &device).await;
        assert_eq!(reply.status, 201, "{reply:?}");
        let token = reply.body["device_token"].as_str().unwrap().to_string();
        Enrolled { device, token }
    }

    pub async fn delegate(&self) -> Enrolled {
        self.enrol(&self.delegate_code).await
    }

    pub async fn staff(&self) -> Enrolled {
        self.enrol(&self.staff_code).await
    }

    pub fn admin(&self, args: &[&str]) -> Output {
        self.storage.admin(args)
    }

    /// How many pledges a device has stored (reconcile count).
    pub async fn stored_for(&self, token: &str) -> u64 {
        let reply = self.api.get("/v1/devices/me/reconcile", Some(token)).await;
        assert_eq!(reply.status, 200, "{reply:?}");
        reply.body["count"].as_u64().unwrap()
    }

    /// Every status change the staff device sees.
    pub async fn all_changes(&self, staff_token: &str) -> Vec<serde_json::Value> {
        let reply = self.api.feed(staff_token, "", 1000).await;
        assert_eq!(reply.status, 200, "{reply:?}");
        reply.body["events"].as_array().unwrap().clone()
    }
}
