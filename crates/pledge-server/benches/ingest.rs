//! Ingest throughput: 10,000 signed pledges pushed in batches of 100 over
//! loopback HTTP to the real `pledge-server` binary, next to the in-process
//! limit measured in the same run (verify + insert through the `Db` trait,
//! no HTTP), for SQLite and PostgreSQL.
//!
//!     cargo bench -p pledge-server --bench ingest
//!
//! `PLEDGE_SKIP_POSTGRES=1` leaves PostgreSQL out; `PLEDGE_BENCH_PLEDGES`
//! changes the count (default 10000).

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use pledge_core::wire::{Outcome, Role, SignedItem};
use pledge_server::admin::create_event;
use pledge_server::auth::Caller;
use pledge_server::db::postgres::PgDb;
use pledge_server::db::sqlite::SqliteDb;
use pledge_server::db::{Db, DeviceEnrollment};
use pledge_server::ingest::{ingest, CarriedKeys};

use support::api::Api;
use support::fixtures::Device;
use support::postgres::{skipped, TempPostgres};
use support::server::{ServerProcess, Storage};

const EVENT: &str = "kigali-2022";
const BATCH: usize = 100;
const ROUNDS: usize = 2;

struct Figures {
    backend: &'static str,
    http: Duration,
    in_process: Duration,
}

async fn over_http(
    storage: &Storage,
    dir: &std::path::Path,
    device: &Device,
    items: &[SignedItem],
) -> Duration {
    let (_, delegate_code, _) = storage.create_event(EVENT);
    let limits = ["--rate-per-second", "100000", "--rate-burst", "100000"];
    let server = ServerProcess::start(storage, &limits, &dir.join("server.log"));
    let api = Api::new(&server.url);
    let reply = api.enroll(EVENT, &delegate_code, device).await;
    let token = reply.body["device_token"]
        .as_str()
        .expect("enrolled")
        .to_string();
    let started = Instant::now();
    for batch in items.chunks(BATCH) {
        let reply = api.push(&token, batch).await;
        assert!(
            reply.results().iter().all(|r| r["outcome"] == "created"),
            "{reply:?}"
        );
    }
    let elapsed = started.elapsed();
    drop(server);
    elapsed
}

async fn in_process(db: Arc<dyn Db>, device: &Device, items: &[SignedItem]) -> Duration {
    create_event(&*db, EVENT, "Bench").await.expect("event");
    db.enroll_device(DeviceEnrollment {
        device_id: device.id.clone(),
        event_id: EVENT.into(),
        role: Role::Delegate,
        public_key: device.public_key(),
        name: "bench".into(),
        app_version: "bench".into(),
        token_hash: "bench".into(),
        now: "2022-06-08T10:00:00Z".into(),
        machine_hash: None,
    })
    .await
    .expect("device");
    let caller = Caller {
        device_id: device.id.clone(),
        event_id: EVENT.into(),
        role: Role::Delegate,
    };
    // On a runtime worker, as a request handler runs in the server.
    let items = items.to_vec();
    tokio::spawn(async move {
        let started = Instant::now();
        for batch in items.chunks(BATCH) {
            let results = ingest(
                &*db,
                &caller,
                batch.to_vec(),
                &CarriedKeys::new(),
                None,
                Utc::now(),
            )
            .await
            .expect("stored");
            assert!(results.iter().all(|r| r.outcome == Outcome::Created));
        }
        started.elapsed()
    })
    .await
    .expect("in-process run")
}

fn rate(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64()
}

fn main() {
    // `cargo bench` passes --bench; nothing to filter here.
    let count: usize = std::env::var("PLEDGE_BENCH_PLEDGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let device = Device::new();
    let sealing = Instant::now();
    let items: Vec<SignedItem> = (1..=count as u64)
        .map(|seq| device.pledge(EVENT, seq).1)
        .collect();
    println!(
        "sealed {count} pledges in {:.2?} (client side, not measured below)",
        sealing.elapsed()
    );

    let mut figures = Vec::new();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let (mut http, mut direct) = (Duration::MAX, Duration::MAX);
        // Best of ROUNDS, alternating, each on a fresh database: the machine is shared.
        for round in 0..ROUNDS {
            let db =
                SqliteDb::open_dir(&dir.path().join(format!("direct-{round}"))).expect("sqlite");
            direct = direct.min(in_process(Arc::new(db), &device, &items).await);
            let storage = Storage::sqlite(&dir.path().join(format!("http-{round}")));
            http = http.min(over_http(&storage, dir.path(), &device, &items).await);
        }
        figures.push(Figures {
            backend: "sqlite",
            http,
            in_process: direct,
        });

        if skipped() {
            println!("PLEDGE_SKIP_POSTGRES=1: PostgreSQL left out");
            return;
        }
        let pg = TempPostgres::start()
            .unwrap_or_else(|e| panic!("PostgreSQL could not be started: {e}"));
        let (mut http, mut direct) = (Duration::MAX, Duration::MAX);
        for round in 0..ROUNDS {
            let url = pg.create_database(&format!("bench_direct_{round}"));
            let db = PgDb::connect(&url).await.expect("postgres");
            direct = direct.min(in_process(Arc::new(db), &device, &items).await);
            let storage = Storage::postgres(&pg.create_database(&format!("bench_http_{round}")));
            http = http.min(over_http(&storage, dir.path(), &device, &items).await);
        }
        figures.push(Figures {
            backend: "postgresql",
            http,
            in_process: direct,
        });
    });

    println!("\ningest of {count} signed pledges, batches of {BATCH}, one client, loopback, best of {ROUNDS}");
    println!(
        "{:<12} {:>16} {:>20} {:>10}",
        "backend", "HTTP pledges/s", "in-process pledges/s", "HTTP/limit"
    );
    for f in &figures {
        let (h, p) = (rate(count, f.http), rate(count, f.in_process));
        println!(
            "{:<12} {:>16.0} {:>20.0} {:>9.0}%",
            f.backend,
            h,
            p,
            100.0 * h / p
        );
    }
}
