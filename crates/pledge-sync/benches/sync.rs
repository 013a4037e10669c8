//! Sync throughput (issue 5): 10,000 signed pledges from a device store to
//! the real `pledge-server` binary over loopback through the engine
//! (`sync_once`, batches of 100), next to two baselines measured in the
//! same run:
//!
//! * (a) the server's in-process limit: verify + insert through its `Db`
//!   layer (`pledge_server::ingest::ingest` on `SqliteDb`, batches of 100),
//!   no HTTP — the code path of pledge-server's `benches/ingest.rs`;
//! * (b) one HTTP request per pledge, the way form-collection apps submit:
//!   `POST /v1/pledges:batch` with a single item, sequentially, through the
//!   engine's own HTTP client (kept-alive connection), no local store.
//!
//! The same signed pledges (sealed once by a device store) feed all three;
//! every measurement gets a fresh server database; best of 2, alternating.
//!
//!     cargo build --release -p pledge-server
//!     cargo bench -p pledge-sync --bench sync
//!
//! `PLEDGE_BENCH_PLEDGES` changes the count (default 10000);
//! `PLEDGE_BENCH_SINGLE` the count for (b) (default: the same), its rate
//! then scaled to pledges/s as measured.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use chrono::Utc;
use pledge_core::enrolment::signed_enroll_request;
use pledge_core::signing::b64_encode;
use pledge_core::signing::DeviceKey;
use pledge_core::wire::{Outcome, Role, SignedItem, MAX_BATCH_ITEMS};
use pledge_server::admin::create_event;
use pledge_server::auth::Caller;
use pledge_server::db::sqlite::SqliteDb;
use pledge_server::db::{Db, DeviceEnrollment};
use pledge_server::ingest::{ingest, CarriedKeys};
use pledge_sync::{sync_once, Platform, Progress};
use support::{Device, Server, NO_RATE_LIMIT};

const EVENT: &str = "kigali-2022";
const ROUNDS: usize = 2;

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

struct Signer {
    device_id: String,
    public_key: String,
    key: DeviceKey,
}

/// (a) verify + insert through the server's `Db` layer, no HTTP.
async fn in_process(dir: &Path, signer: &Signer, items: &[SignedItem]) -> Duration {
    let db: Arc<dyn Db> = Arc::new(SqliteDb::open_dir(dir).expect("sqlite"));
    create_event(&*db, EVENT, "Bench").await.expect("event");
    db.enroll_device(DeviceEnrollment {
        device_id: signer.device_id.clone(),
        event_id: EVENT.into(),
        role: Role::Delegate,
        public_key: signer.public_key.clone(),
        name: "bench".into(),
        app_version: "bench".into(),
        token_hash: "bench".into(),
        now: "2022-06-08T10:00:00Z".into(),
        machine_hash: None,
    })
    .await
    .expect("device");
    let caller = Caller {
        device_id: signer.device_id.clone(),
        event_id: EVENT.into(),
        role: Role::Delegate,
    };
    let items = items.to_vec();
    // on a runtime worker, as a request handler runs in the server
    tokio::spawn(async move {
        let started = Instant::now();
        for batch in items.chunks(MAX_BATCH_ITEMS) {
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

struct EngineRun {
    /// From the start of `sync_once` to the last batch settled.
    push: Duration,
    /// The whole pass: health, push, status feed, reconcile.
    pass: Duration,
    /// HTTP requests in the pass, health check included.
    requests: u64,
}

/// The engine: a copy of the device store, one `sync_once`.
async fn engine(dir: &Path, template: &Path, count: usize) -> EngineRun {
    let (code, _) = Server::create_event(dir, EVENT);
    let server = Server::start_with(dir, "127.0.0.1:0", &NO_RATE_LIMIT);
    let device = Device::open_copy(template);
    device.enroll(&server.url, &code).await;
    let pushed = Mutex::new(None);
    let on_progress = |p: Progress| {
        if p.total > 0 && p.done == p.total {
            *pushed.lock().unwrap() = Some(Instant::now());
        }
    };
    let started = Instant::now();
    let report = sync_once(&device.store, &device.identity, &on_progress)
        .await
        .expect("a clean pass");
    let pass = started.elapsed();
    let push = pushed.lock().unwrap().expect("pushed") - started;
    assert_eq!(report.acknowledged, count as u64);
    assert!(report.missing_on_server.is_empty());
    assert_eq!(device.counts().pending(), 0);
    server.stop();
    EngineRun {
        push,
        pass,
        requests: report.requests,
    }
}

/// (b) one request per pledge, sequentially.
async fn one_per_request(dir: &Path, signer: &Signer, items: &[SignedItem]) -> Duration {
    let (code, _) = Server::create_event(dir, EVENT);
    let server = Server::start_with(dir, "127.0.0.1:0", &NO_RATE_LIMIT);
    let token = Platform::new(&server.url, None)
        .unwrap()
        .enroll(&signed_enroll_request(
            &signer.key,
            EVENT,
            &code,
            &signer.device_id,
            "form",
            "bench",
        ))
        .await
        .expect("enrolled")
        .device_token;
    let platform = Platform::new(&server.url, Some(token)).unwrap();
    let started = Instant::now();
    for item in items {
        let answer = platform.push(vec![item.clone()]).await.expect("answered");
        assert_eq!(answer.results[0].outcome, Outcome::Created);
    }
    let elapsed = started.elapsed();
    server.stop();
    elapsed
}

fn rate(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64()
}

fn main() {
    // `cargo bench` passes --bench; nothing to filter here.
    let count = env_count("PLEDGE_BENCH_PLEDGES", 10_000);
    let single = env_count("PLEDGE_BENCH_SINGLE", count).min(count);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();

    // the device's pledges, sealed once by its store
    let sealing = Instant::now();
    let template = Device::new(EVENT);
    let ids = template.sign(count);
    let items: Vec<SignedItem> = {
        let store = template.store.lock().unwrap();
        ids.iter()
            .map(|id| {
                let b = store.signed_bytes(id).unwrap();
                SignedItem {
                    signed: b64_encode(&b.signed),
                    signature: b64_encode(&b.signature),
                }
            })
            .collect()
    };
    let signer = Signer {
        device_id: template.identity.device_id.clone(),
        public_key: template.identity.public_key.to_base64(),
        key: DeviceKey::from_seed(&template.identity.key().seed()),
    };
    let Device {
        dir: template_dir,
        store,
        identity,
    } = template;
    drop((store, identity)); // closed: its files can be copied
    println!(
        "sealed {count} pledges in the device store in {:.2?} (not measured below)",
        sealing.elapsed()
    );

    let work = tempfile::tempdir().unwrap();
    let (mut direct, mut push, mut pass, mut form) =
        (Duration::MAX, Duration::MAX, Duration::MAX, Duration::MAX);
    let mut requests = 0;
    runtime.block_on(async {
        for round in 0..ROUNDS {
            let d = in_process(&work.path().join(format!("direct-{round}")), &signer, &items).await;
            direct = direct.min(d);
            let e = engine(
                &work.path().join(format!("engine-{round}")),
                template_dir.path(),
                count,
            )
            .await;
            push = push.min(e.push);
            pass = pass.min(e.pass);
            requests = e.requests;
            let f = one_per_request(
                &work.path().join(format!("form-{round}")),
                &signer,
                &items[..single],
            )
            .await;
            form = form.min(f);
            println!(
                "round {}: in-process {:.2?}, engine push {:.2?} (pass {:.2?}), one per request {:.2?} for {single}",
                round + 1,
                d,
                e.push,
                e.pass,
                f
            );
        }
    });

    let limit = rate(count, direct);
    let rows = [
        (
            "(a) server in-process limit: verify + insert (Db), batches of 100".to_owned(),
            count,
            direct,
        ),
        (
            format!("engine sync_once over loopback HTTP: push, batches of 100 ({} requests in the pass)", requests),
            count,
            push,
        ),
        (
            "engine sync_once: whole pass (health, push, status feed, reconcile)".to_owned(),
            count,
            pass,
        ),
        (
            "(b) one HTTP request per pledge (single-item batch), sequential".to_owned(),
            single,
            form,
        ),
    ];
    println!(
        "\nsync of {count} signed pledges, one device, loopback, SQLite server, best of {ROUNDS}"
    );
    println!(
        "{:<92} {:>8} {:>9} {:>11} {:>9}",
        "path", "pledges", "seconds", "pledges/s", "vs (a)"
    );
    for (what, n, d) in &rows {
        let r = rate(*n, *d);
        println!(
            "{what:<92} {n:>8} {:>9.2} {r:>11.0} {:>8.0}%",
            d.as_secs_f64(),
            100.0 * r / limit
        );
    }
    println!(
        "engine push / one request per pledge: {:.1}x; engine whole pass / one request per pledge: {:.1}x",
        rate(count, push) / rate(single, form),
        rate(count, pass) / rate(single, form)
    );
    if single < count {
        println!("(b) measured on the first {single} pledges, its rate scaled as measured");
    }
}
