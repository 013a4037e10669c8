//! SIGKILL at random moments while a client pushes (DESIGN.md §7: "SIGKILL
//! at any moment loses nothing that was answered"). Afterwards every
//! pledge is stored exactly once and every answer the client got is true.

#[path = "support/mod.rs"]
mod support;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use pledge_core::wire::SignedItem;
use serde_json::json;

use support::api::Api;
use support::fixtures::Device;
use support::postgres::{skipped, TempPostgres};
use support::server::{ServerProcess, Storage};

const EVENT: &str = "kigali-2022";
const PLEDGES: u64 = 1000;
const BATCH: usize = 10;
const MIN_KILLS: usize = 20;
/// After this many kills the server is left running so the run ends soon.
const MAX_KILLS: usize = 40;

/// What the client was told about one pledge.
#[derive(Debug, Clone)]
struct Answer {
    outcome: String,
    server_seq: i64,
    received_at: String,
}

fn start(storage: &Storage, dir: &std::path::Path, n: usize) -> ServerProcess {
    ServerProcess::start(
        storage,
        &["--rate-per-second", "1000", "--rate-burst", "1000"],
        &dir.join(format!("server-{n}.log")),
    )
}

async fn crash_run(storage: Storage, dir: &std::path::Path) {
    let started = Instant::now();
    let (_, delegate_code, staff_code) = storage.create_event(EVENT);
    let server = start(&storage, dir, 0);
    let url = Arc::new(Mutex::new(server.url.clone()));
    let device = Device::new();
    let api = Api::new(&server.url);
    let reply = api.enroll(EVENT, &delegate_code, &device).await;
    assert_eq!(reply.status, 201);
    let token = reply.body["device_token"].as_str().unwrap().to_string();
    let pledges: Vec<(String, SignedItem)> =
        (1..=PLEDGES).map(|seq| device.pledge(EVENT, seq)).collect();

    // The killer: SIGKILL after a random pause, restart on the same data.
    let done = Arc::new(AtomicBool::new(false));
    let kills = Arc::new(AtomicUsize::new(0));
    let killer = {
        let (url, done, kills, storage, dir) = (
            url.clone(),
            done.clone(),
            kills.clone(),
            storage.clone(),
            dir.to_path_buf(),
        );
        std::thread::spawn(move || {
            let mut server = server;
            while !done.load(Ordering::SeqCst) {
                // Random moments, some shorter and some longer than a batch takes.
                std::thread::sleep(Duration::from_millis(fastrand::u64(20..400)));
                if done.load(Ordering::SeqCst) || kills.load(Ordering::SeqCst) >= MAX_KILLS {
                    continue;
                }
                server.kill();
                let n = kills.fetch_add(1, Ordering::SeqCst) + 1;
                server = start(&storage, &dir, n);
                *url.lock().unwrap() = server.url.clone();
            }
            server
        })
    };

    // The client: push every batch until it is answered; then keep
    // re-sending (duplicates) until enough kills happened.
    let mut answers: HashMap<String, Vec<Answer>> = HashMap::new();
    let mut failures = 0usize;
    let batches: Vec<&[(String, SignedItem)]> = pledges.chunks(BATCH).collect();
    let mut round = 0usize;
    loop {
        let all_sent = round >= batches.len();
        if all_sent && kills.load(Ordering::SeqCst) >= MIN_KILLS {
            break;
        }
        let batch = batches[round % batches.len()];
        let items: Vec<&SignedItem> = batch.iter().map(|(_, item)| item).collect();
        let base = url.lock().unwrap().clone();
        let request = api
            .http
            .post(format!("{base}/v1/pledges:batch"))
            .bearer_auth(&token)
            .json(&json!({ "items": items }));
        match api.send(request).await {
            Ok(reply) if reply.status == 200 => {
                for (result, (id, _)) in reply.results().iter().zip(batch) {
                    assert_eq!(result["pledge_id"], id.as_str());
                    answers.entry(id.clone()).or_default().push(Answer {
                        outcome: result["outcome"].as_str().unwrap().to_string(),
                        server_seq: result["server_seq"].as_i64().expect("server_seq"),
                        received_at: result["received_at"].as_str().unwrap().to_string(),
                    });
                }
                round += 1;
            }
            Ok(reply) => panic!("unexpected answer {reply:?}"),
            Err(_) => {
                failures += 1;
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
    }
    done.store(true, Ordering::SeqCst);
    let server = killer.join().unwrap();
    let api = Api::new(&server.url);
    eprintln!(
        "{} kills, {failures} failed requests, {} answers, {:?}",
        kills.load(Ordering::SeqCst),
        answers.values().map(Vec::len).sum::<usize>(),
        started.elapsed()
    );

    // Every pledge stored exactly once, with no gap in the device's sequence.
    let reconcile = api.get("/v1/devices/me/reconcile", Some(&token)).await;
    assert_eq!(
        reconcile.body,
        json!({"max_contiguous_seq": PLEDGES, "count": PLEDGES, "missing_seqs": []})
    );
    let staff = Device::new();
    let reply = api.enroll(EVENT, &staff_code, &staff).await;
    let staff_token = reply.body["device_token"].as_str().unwrap().to_string();
    let mut received: HashMap<String, usize> = HashMap::new();
    let mut cursor = String::new();
    loop {
        let page = api.feed(&staff_token, &cursor, 1000).await;
        let events = page.body["events"].as_array().unwrap().clone();
        if events.is_empty() {
            break;
        }
        for e in events.iter().filter(|e| e["status"] == "received") {
            *received
                .entry(e["pledge_id"].as_str().unwrap().to_string())
                .or_default() += 1;
        }
        cursor = page.body["next_cursor"].as_str().unwrap().to_string();
    }
    assert_eq!(received.len(), PLEDGES as usize);
    assert!(
        received.values().all(|n| *n == 1),
        "one `received` per pledge"
    );

    // Every answer the client got is what is stored.
    for (id, item) in &pledges {
        let stored = api.get(&format!("/v1/pledges/{id}"), Some(&token)).await;
        assert_eq!(stored.status, 200, "{id} is stored");
        assert_eq!(stored.body["signed"], item.signed.as_str());
        let told = answers
            .get(id)
            .unwrap_or_else(|| panic!("{id} was never answered"));
        assert!(
            told.iter().filter(|a| a.outcome == "created").count() <= 1,
            "{id}: created twice {told:?}"
        );
        for answer in told {
            assert!(
                answer.outcome == "created" || answer.outcome == "duplicate",
                "{answer:?}"
            );
            assert_eq!(
                answer.server_seq,
                stored.body["server_seq"].as_i64().unwrap(),
                "{id}: {answer:?}"
            );
            assert_eq!(
                answer.received_at,
                stored.body["received_at"].as_str().unwrap(),
                "{id}: {answer:?}"
            );
        }
    }
    assert!(kills.load(Ordering::SeqCst) >= MIN_KILLS);
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap()
}

#[test]
fn sqlite_sigkill_loses_nothing_answered() {
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage::sqlite(&dir.path().join("data"));
    runtime().block_on(crash_run(storage, dir.path()));
}

#[test]
fn postgres_sigkill_loses_nothing_answered() {
    if skipped() {
        eprintln!("PLEDGE_SKIP_POSTGRES=1: skipped");
        return;
    }
    let pg = TempPostgres::start()
        .unwrap_or_else(|e| panic!("PostgreSQL could not be started for the test: {e}"));
    let dir = tempfile::tempdir().unwrap();
    let storage = Storage::postgres(&pg.create_database("crash"));
    runtime().block_on(crash_run(storage, dir.path()));
}
