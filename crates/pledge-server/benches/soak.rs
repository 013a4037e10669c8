//! Soak: 50 devices push signed pledges at once, each a 50-pledge batch
//! every 2 s, for a few minutes, against the real `pledge-server` binary on
//! SQLite and on PostgreSQL. Reports throughput, p50/p99 batch latency
//! (and p99 against one device pushing alone in the same run), and the
//! server's RSS after a third of the run and at the end (with the series
//! every 5 s); then checks that every pledge is stored once (reconcile per
//! device).
//!
//!     cargo bench -p pledge-server --bench soak
//!
//! Goals (issue 20): RSS growth after warm-up ≤ 10 %, p99 ≤ 1 s, nothing
//! lost. `PLEDGE_SOAK_SECONDS` (default 180), `PLEDGE_SOAK_DEVICES` (50),
//! `PLEDGE_SOAK_ONLY=sqlite|postgresql` runs one backend,
//! `PLEDGE_SKIP_POSTGRES=1` leaves PostgreSQL out.

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pledge_core::wire::SignedItem;
use support::api::Api;
use support::fixtures::Device;
use support::postgres::{skipped, TempPostgres};
use support::server::{ServerProcess, Storage};

const EVENT: &str = "kigali-2022";
const BATCH: u64 = 50;
const PACE: Duration = Duration::from_secs(2);

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// The server's resident set, in KiB.
fn rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() - 1) as f64 * p).round() as usize]
}

struct Figures {
    backend: &'static str,
    pledges: u64,
    seconds: f64,
    p50: Duration,
    p99: Duration,
    alone_p99: Duration,
    rss_warm_kib: u64,
    rss_end_kib: u64,
    lost: u64,
}

/// The device's next batch, from `first_seq`, sealed off the runtime.
async fn batch_of(device: Arc<Device>, first_seq: u64) -> Vec<SignedItem> {
    tokio::task::spawn_blocking(move || {
        (first_seq..first_seq + BATCH)
            .map(|seq| device.pledge(EVENT, seq).1)
            .collect()
    })
    .await
    .expect("sealing")
}

/// One device pushing paced batches until `until`; returns the latencies
/// measured after `warm` and how many pledges it pushed.
async fn push_until(
    api: Api,
    device: Arc<Device>,
    token: String,
    warm: Instant,
    until: Instant,
    pace: Duration,
) -> (Vec<Duration>, u64) {
    let mut latencies = Vec::new();
    let mut seq = 1;
    while Instant::now() < until {
        let next = Instant::now() + pace;
        let items = batch_of(device.clone(), seq).await;
        let sent = Instant::now();
        let reply = api.push(&token, &items).await;
        let took = sent.elapsed();
        assert!(
            reply.results().iter().all(|r| r["outcome"] == "created"),
            "{reply:?}"
        );
        if sent >= warm {
            latencies.push(took);
        }
        seq += BATCH;
        tokio::time::sleep_until(next.into()).await;
    }
    (latencies, seq - 1)
}

async fn soak(backend: &'static str, storage: Storage, dir: &std::path::Path) -> Figures {
    let devices = setting("PLEDGE_SOAK_DEVICES", 50) as usize;
    let seconds = setting("PLEDGE_SOAK_SECONDS", 180);
    let (_, code, _) = storage.create_event(EVENT);
    let limits = [
        "--rate-per-second",
        "1000",
        "--rate-burst",
        "1000",
        "--enrol-burst-per-address",
        "1000",
    ];
    let server = ServerProcess::start(&storage, &limits, &dir.join(format!("{backend}.log")));
    let api = Api::new(&server.url);
    let mut enrolled = Vec::new();
    for _ in 0..=devices {
        let device = Arc::new(Device::new());
        let reply = api.enroll(EVENT, &code, &device).await;
        let token = reply.body["device_token"].as_str().expect("enrolled");
        enrolled.push((device, token.to_string()));
    }

    // Baseline: one device alone, unpaced, for 10 s.
    let (device, token) = enrolled.pop().expect("a device");
    let now = Instant::now();
    let (mut alone, alone_pushed) = push_until(
        api.clone(),
        device.clone(),
        token.clone(),
        now,
        now + Duration::from_secs(10),
        Duration::ZERO,
    )
    .await;
    alone.sort();

    // The soak: every device at once; latencies count after the first
    // fifth, RSS growth after the first third (caches filling is warm-up).
    let started = Instant::now();
    let until = started + Duration::from_secs(seconds);
    let warm = started + Duration::from_secs(seconds / 5);
    let pid = server.pid();
    // RSS every 5 s, to see it level off (caches, allocator arenas) or not.
    let samples = Arc::new(Mutex::new(Vec::new()));
    let sampler = {
        let samples = samples.clone();
        tokio::spawn(async move {
            while Instant::now() < until {
                samples
                    .lock()
                    .unwrap()
                    .push((started.elapsed().as_secs(), rss_kib(pid)));
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        })
    };
    let tasks: Vec<_> = enrolled
        .iter()
        .enumerate()
        .map(|(i, (device, token))| {
            let (api, device, token) = (api.clone(), device.clone(), token.clone());
            tokio::spawn(async move {
                // Spread the devices over the pace, as laptops would be.
                tokio::time::sleep(PACE * i as u32 / devices as u32).await;
                push_until(api, device, token, warm, until, PACE).await
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut pushed = Vec::new();
    for task in tasks {
        let (l, n) = task.await.expect("device task");
        latencies.extend(l);
        pushed.push(n);
    }
    let seconds_taken = started.elapsed().as_secs_f64();
    sampler.await.expect("sampler");
    let rss_end = rss_kib(pid);
    latencies.sort();

    // Nothing lost: every device's pledges are stored, without a gap.
    let mut lost = 0;
    for ((_, token), n) in enrolled.iter().zip(&pushed) {
        let reply = api.get("/v1/devices/me/reconcile", Some(token)).await;
        let count = reply.body["count"].as_u64().unwrap_or(0);
        let gaps = reply.body["missing_seqs"].as_array().map_or(0, |a| a.len());
        lost += n.saturating_sub(count) + gaps as u64;
    }
    let stored_alone = api.get("/v1/devices/me/reconcile", Some(&token)).await.body["count"]
        .as_u64()
        .unwrap_or(0);
    lost += alone_pushed.saturating_sub(stored_alone);
    drop(server);
    let samples = samples.lock().unwrap().clone();
    println!(
        "{backend} RSS (s: MiB): {}",
        samples
            .iter()
            .map(|(t, kib)| format!("{t}: {:.1}", *kib as f64 / 1024.0))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let rss_warm_kib = samples
        .iter()
        .find(|(t, _)| *t >= seconds / 3)
        .map_or(0, |(_, kib)| *kib);
    Figures {
        backend,
        pledges: pushed.iter().sum(),
        seconds: seconds_taken,
        p50: percentile(&latencies, 0.5),
        p99: percentile(&latencies, 0.99),
        alone_p99: percentile(&alone, 0.99),
        rss_warm_kib,
        rss_end_kib: rss_end,
        lost,
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut figures = Vec::new();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let only = std::env::var("PLEDGE_SOAK_ONLY").unwrap_or_default();
        if only != "postgresql" {
            let sqlite = Storage::sqlite(&dir.path().join("sqlite"));
            figures.push(soak("sqlite", sqlite, dir.path()).await);
        }
        if skipped() || only == "sqlite" {
            println!("PLEDGE_SKIP_POSTGRES=1: PostgreSQL left out");
            return;
        }
        let pg = TempPostgres::start()
            .unwrap_or_else(|e| panic!("PostgreSQL could not be started: {e}"));
        let storage = Storage::postgres(&pg.create_database("soak"));
        figures.push(soak("postgresql", storage, dir.path()).await);
    });

    let devices = setting("PLEDGE_SOAK_DEVICES", 50);
    println!(
        "\nsoak: {devices} devices, each a {BATCH}-pledge batch every {}s, loopback",
        PACE.as_secs()
    );
    println!(
        "{:<11} {:>9} {:>11} {:>8} {:>8} {:>13} {:>9} {:>9} {:>7} {:>5}",
        "backend",
        "pledges",
        "pledges/s",
        "p50",
        "p99",
        "p99/alone",
        "RSS warm",
        "RSS end",
        "growth",
        "lost"
    );
    let mut failed = false;
    for f in &figures {
        let growth = 100.0 * (f.rss_end_kib as f64 / f.rss_warm_kib.max(1) as f64 - 1.0);
        println!(
            "{:<11} {:>9} {:>11.0} {:>6}ms {:>6}ms {:>12.1}x {:>6}MiB {:>6}MiB {:>6.1}% {:>5}",
            f.backend,
            f.pledges,
            f.pledges as f64 / f.seconds,
            f.p50.as_millis(),
            f.p99.as_millis(),
            f.p99.as_secs_f64() / f.alone_p99.as_secs_f64().max(1e-6),
            f.rss_warm_kib / 1024,
            f.rss_end_kib / 1024,
            growth,
            f.lost
        );
        failed |= growth > 10.0 || f.p99 > Duration::from_secs(1) || f.lost > 0;
    }
    if failed {
        println!("GOAL MISSED: RSS growth ≤ 10 %, p99 ≤ 1 s and nothing lost");
        std::process::exit(1);
    }
}
