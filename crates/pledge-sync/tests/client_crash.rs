//! Issue 5, "what must be shown" 2: the `pledge sync` process is killed
//! with SIGKILL at ≥ 200 random moments while 5,000 pledges sync. After
//! every kill the device's SQLite file passes `PRAGMA integrity_check`; at
//! the end all 5,000 are acknowledged locally and stored exactly once on
//! the server.
//!
//! The real `pledge` command (crates/pledge-cli) and the real server
//! binary; between them the proxy of `support::proxy` without faults, only
//! 0–20 ms of latency on each leg, so that a pass lasts long enough for
//! kills to land in every phase of it: start-up (`sending` reset), the
//! health check, with a batch marked `sending` before or after the server
//! committed it, settling, the status feed and reconcile.
//! `PLEDGE_CRASH_SEED` (default 7) changes the kill moments.

mod support;

use std::collections::{HashMap, HashSet};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use pledge_server::db::sqlite::SqliteDb;
use pledge_server::db::Db;
use pledge_store::{DATABASE_FILE, DATA_DIR_ENV};
use pledge_sync::{load_config, Platform};
use support::proxy::{FaultPlan, Proxy, Stats};
use support::*;

const EVENT: &str = "kigali-2022";
const PLEDGES: u64 = 5_000;
/// `pledge sign --all` signs at most 1,000 drafts per call (it walks the
/// draft list, capped at 1,000), so drafts are imported and signed 1,000 at
/// a time.
const CHUNK: usize = 1_000;
const KILLS: u64 = 200;
/// Where each kill lands: a phase of the pass is drawn (seeded, by
/// weight), then the run is killed a uniform random number of ms after the
/// proxy saw that phase begin. Runs killed while settling are the only ones
/// that always get a batch acknowledged, which keeps delivery behind the
/// kills on a fast machine or a slow one.
const PHASES: [(Phase, u32, std::ops::RangeInclusive<u64>); 4] = [
    // after the process started: start-up, `sending` reset, the health check
    (Phase::StartUp, 25, 1..=80),
    // after its health check reached the proxy: answer, first batch marked `sending`
    (Phase::Health, 25, 0..=40),
    // after its first batch reached the proxy: before or after the server committed it
    (Phase::Push, 38, 0..=60),
    // after the answer to its first batch left the proxy: settling, the next batch
    (Phase::Settle, 12, 0..=15),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    StartUp,
    Health,
    Push,
    Settle,
}

const LATENCY_MS: std::ops::Range<u64> = 0..21;
const SIGKILL: i32 = 9;

fn pledge(data: &Path) -> Command {
    let mut command = Command::new(cli_bin());
    command.env(DATA_DIR_ENV, data).stdin(Stdio::null());
    command
}

/// Runs a `pledge` command to success; its stdout.
fn run(command: &mut Command) -> String {
    let out = command.output().expect("pledge runs");
    assert!(
        out.status.success(),
        "{command:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[derive(Debug, Default, Clone, Copy)]
struct Outbox {
    queued: u64,
    sending: u64,
    acknowledged: u64,
    other: u64,
    /// Sum of `attempts`: grows each time a batch is marked `sending`.
    attempts: u64,
}

/// Opens the device's database as a restart would, checks its integrity
/// and counts the outbox.
fn check_database(path: &Path) -> Outbox {
    let conn = rusqlite::Connection::open(path).expect("the database opens");
    let verdict: Vec<String> = conn
        .prepare("PRAGMA integrity_check")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(verdict, vec!["ok".to_owned()], "integrity_check");
    let mut outbox = Outbox::default();
    let mut stmt = conn
        .prepare("SELECT state, count(*) FROM outbox GROUP BY state")
        .unwrap();
    let rows = stmt
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64))
        })
        .unwrap();
    for row in rows {
        let (state, n) = row.unwrap();
        match state.as_str() {
            "queued" => outbox.queued = n,
            "sending" => outbox.sending = n,
            "acknowledged" => outbox.acknowledged = n,
            _ => outbox.other += n,
        }
    }
    outbox.attempts = conn
        .query_row("SELECT coalesce(sum(attempts), 0) FROM outbox", [], |r| {
            r.get::<_, i64>(0)
        })
        .unwrap() as u64;
    outbox
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pledge_sync_killed_200_times_loses_nothing_and_stores_each_pledge_once() {
    let seed: u64 = std::env::var("PLEDGE_CRASH_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let bin = cli_bin();
    let started = Instant::now();

    let server_data = tempfile::tempdir().unwrap();
    let (code, _) = Server::create_event(server_data.path(), EVENT);
    let server = Server::start_with(server_data.path(), "127.0.0.1:0", &NO_RATE_LIMIT);
    let proxy = Proxy::start(
        ([127, 0, 0, 1], server.port()).into(),
        FaultPlan::slow_link(LATENCY_MS),
        seed,
    )
    .await;

    // the device, set up with the command as a delegate would
    let home = tempfile::tempdir().unwrap();
    let data: PathBuf = home.path().join("desk");
    let database = data.join(DATABASE_FILE);
    run(pledge(&data).args(["event", "set", "--id", EVENT, "--name", "Test"]));
    run(pledge(&data)
        .args(["enroll", "--server", &proxy.url()])
        .env("PLEDGE_ENROLLMENT_CODE", &code));
    let drafts = home.path().join("drafts.json");
    std::fs::write(
        &drafts,
        serde_json::to_vec(&vec![example(); CHUNK]).unwrap(),
    )
    .unwrap();
    let drawing = home.path().join("signature.svgd");
    std::fs::write(&drawing, "M10 10 L20 25 C30 30 40 35 50 20").unwrap();
    let signatory = format!("Ama Mensah|Director|{}", drawing.display());
    let mut ids = HashSet::new();
    for _ in 0..PLEDGES as usize / CHUNK {
        run(pledge(&data).arg("import").arg(&drafts));
        let out = run(pledge(&data).args(["sign", "--all", "--signatory", &signatory]));
        for line in out.lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            ids.insert(v["pledge_id"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(ids.len() as u64, PLEDGES);
    assert_eq!(check_database(&database).queued, PLEDGES);
    println!(
        "set up: {PLEDGES} pledges imported and signed with `pledge` in {:.1?}",
        started.elapsed()
    );

    // `pledge sync`, SIGKILLed at random moments
    let killing = Instant::now();
    let mut rng = fastrand::Rng::with_seed(seed);
    let (mut runs, mut landed, mut finished) = (0, 0, 0);
    // where the kills landed, from what each run left in the database
    let (mut before_push, mut in_flight, mut after_push) = (0, 0, 0);
    let mut before = check_database(&database);
    let mut per_phase = [0u64; 4];
    let mut checks = Duration::ZERO;
    while landed < KILLS {
        assert!(
            before.queued + before.sending > 0,
            "everything was delivered after {landed} kills: kill sooner"
        );
        runs += 1;
        assert!(runs <= 2_000, "{runs} runs and only {landed} kills landed");
        let mut child = tokio::process::Command::new(&bin)
            .arg("sync")
            .env(DATA_DIR_ENV, &data)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .expect("pledge sync starts");
        let seen = proxy.stats();
        let mut pick = rng.u32(0..PHASES.iter().map(|p| p.1).sum::<u32>());
        let i = PHASES
            .iter()
            .position(|p| {
                let hit = pick < p.1;
                pick = pick.saturating_sub(p.1);
                hit
            })
            .unwrap();
        let (phase, _, after_ms) = &PHASES[i];
        per_phase[i] += 1;
        let begun = |now: &Stats| match phase {
            Phase::StartUp => true,
            Phase::Health => now.health > seen.health,
            Phase::Push => now.batch > seen.batch,
            Phase::Settle => now.batch_answers > seen.batch_answers,
        };
        let waiting = Instant::now();
        while !begun(&proxy.stats())
            && waiting.elapsed() < Duration::from_secs(10)
            && child.try_wait().unwrap().is_none()
        {
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        tokio::time::sleep(Duration::from_millis(rng.u64(after_ms.clone()))).await;
        let _ = child.start_kill();
        let status = child.wait().await.unwrap();
        let checking = Instant::now();
        let after = check_database(&database);
        checks += checking.elapsed();
        assert!(
            after.acknowledged >= before.acknowledged,
            "acknowledged went back: {before:?} → {after:?}"
        );
        assert_eq!(after.other, 0, "rejected or in conflict: {after:?}");
        if status.signal() == Some(SIGKILL) {
            landed += 1;
            if after.attempts == before.attempts {
                // start-up, reset of `sending`, health check
                before_push += 1;
            } else if after.sending > 0 {
                // a batch marked `sending`, not settled: before or after the server committed it
                in_flight += 1;
            } else {
                // between batches, settling, status feed, reconcile
                after_push += 1;
            }
        } else {
            assert!(status.success(), "pledge sync ended with {status}");
            finished += 1;
        }
        before = after;
    }
    let kill_phase = killing.elapsed();
    let acked_in_kill_phase = before.acknowledged;

    // then to completion
    let out = run(pledge(&data).args(["sync", "--retry-for", "120"]));
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["missing_on_server"], serde_json::json!([]), "{out}");
    let status: serde_json::Value =
        serde_json::from_str(&run(pledge(&data).arg("status"))).unwrap();
    let outbox = &status["outbox"];
    assert_eq!(outbox["acknowledged"], PLEDGES, "{status}");
    for state in ["queued", "sending", "signed", "rejected", "conflict"] {
        assert_eq!(outbox[state], 0, "{state}: {status}");
    }
    check_database(&database);

    // stored exactly once: reconcile, the export and the conflicts table
    let (token, device_id) = {
        let mut store = pledge_store::Store::open(&database).unwrap();
        let config = load_config(&store).unwrap().unwrap();
        (config.token, store.identity().unwrap().device_id)
    };
    let r = Platform::new(&server.url, token)
        .unwrap()
        .reconcile()
        .await
        .unwrap();
    assert_eq!(
        (r.max_contiguous_seq, r.count, r.missing_seqs.clone()),
        (PLEDGES, PLEDGES, vec![]),
        "{r:?}"
    );
    let requests = proxy.stats().requests;
    server.stop();
    let csv = Server::admin(server_data.path(), &["export"]);
    assert_eq!(csv.lines().count() as u64 - 1, PLEDGES, "export rows");
    let rows = SqliteDb::open_dir(server_data.path())
        .unwrap()
        .export_pledges()
        .await
        .unwrap();
    let by_id: HashMap<&str, i64> = rows
        .iter()
        .map(|r| (r.pledge_id.as_str(), r.server_seq))
        .collect();
    assert_eq!(by_id.len() as u64, PLEDGES, "a pledge stored twice");
    assert!(ids.iter().all(|id| by_id.contains_key(id.as_str())), "lost");
    assert!(rows.iter().all(|r| r.device_id == device_id));
    let seqs: HashSet<i64> = rows.iter().map(|r| r.device_seq).collect();
    assert_eq!(seqs, (1..=PLEDGES as i64).collect());
    let server_db = rusqlite::Connection::open(
        server_data
            .path()
            .join(pledge_server::db::sqlite::DATABASE_FILE),
    )
    .unwrap();
    let conflicts: i64 = server_db
        .query_row("SELECT count(*) FROM pledge_conflicts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(conflicts, 0);
    // the device kept the first answer's server_seq for every pledge
    let conn = rusqlite::Connection::open(&database).unwrap();
    let mut stmt = conn
        .prepare("SELECT pledge_id, server_seq FROM outbox")
        .unwrap();
    let local: Vec<(String, Option<i64>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(local.len() as u64, PLEDGES);
    for (id, server_seq) in local {
        assert_eq!(server_seq, Some(by_id[id.as_str()]), "{id}");
    }

    println!("--- client crash: `pledge sync` SIGKILLed at random moments (seed {seed})");
    println!(
        "{runs} runs in {kill_phase:.1?}: {landed} kills landed while the process was running and pledges were pending ({before_push} before its first push, {in_flight} with a batch in flight, {after_push} after a batch was settled), {finished} runs finished before their kill; phases drawn (start-up, health, push, settle): {per_phase:?}"
    );
    println!(
        "PRAGMA integrity_check ok after every one of the {runs} runs ({checks:.1?} in all); {acked_in_kill_phase} of {PLEDGES} acknowledged by the end of the kill phase, the rest by the final `pledge sync`"
    );
    println!(
        "end: {PLEDGES} acknowledged locally, 0 queued/sending; server: {PLEDGES} stored once (reconcile {}/{}/{:?}), 0 conflicts; {requests} HTTP requests in all; test {:.1?}",
        r.max_contiguous_seq,
        r.count,
        r.missing_seqs,
        started.elapsed()
    );
}
