//! Safer defaults an operator meets on the first day: a mistyped `--data`
//! (or database) starts nothing, the data is owner-only, a log filter that
//! cannot be read stops the start, logs can be JSON, PostgreSQL's notices
//! stay out of INFO, and plain HTTP beyond loopback is warned about.

use std::io::{BufRead, BufReader};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use crate::env::{fresh_storage, Backend, Env};
use crate::support::server::{ServerProcess, Storage, BIN};

/// Runs the binary with `args` (storage arguments last) and waits at most
/// 20 s: a server that starts when it should have refused is killed, and
/// `None` says so.
fn run_briefly(storage: &Storage, args: &[&str], env: &[(&str, &str)]) -> Option<Output> {
    let mut child = Command::new(BIN)
        .args(args)
        .args(&storage.args)
        .env_remove("PLEDGE_SERVER_DATABASE_URL")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pledge-server runs");
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if child.try_wait().expect("wait").is_some() {
            return Some(child.wait_with_output().expect("output"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
    None
}

fn refused_with(out: Option<Output>, says: &[&str]) {
    let out = out.expect("it should stop at once, not serve");
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    for s in says {
        assert!(message.contains(s), "{s:?} in {message}");
    }
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

pub async fn storage_without_a_platform_is_refused_unless_init(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("typo");
    let (storage, _pg) = fresh_storage(backend, &data);
    let none = match backend {
        Backend::Sqlite => "holds no platform database",
        Backend::Postgres => "holds no platform schema",
    };
    let setting = match backend {
        Backend::Sqlite => "--data",
        Backend::Postgres => "PLEDGE_SERVER_DATABASE_URL",
    };
    let serve = ["serve", "--listen", "127.0.0.1:0"];
    refused_with(
        run_briefly(&storage, &serve, &[]),
        &[none, "--init", setting],
    );
    refused_with(run_briefly(&storage, &["export"], &[]), &[none, "--init"]);
    refused_with(run_briefly(&storage, &["pledge", "list"], &[]), &[none]);
    if backend == Backend::Sqlite {
        assert!(!data.exists(), "a refused --data creates nothing");
    }

    // --init starts an empty platform there.
    let out = run_briefly(&storage, &["export", "--init"], &[]).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let server = ServerProcess::start(&storage, &[], &dir.path().join("server.log"));
    drop(server);
}

pub async fn the_data_directory_is_owner_only(backend: Backend) {
    if backend == Backend::Postgres {
        return; // PostgreSQL keeps its files under its own data directory.
    }
    let dir = tempfile::tempdir().unwrap();
    // A directory an operator made with the usual umask is tightened too.
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o755)).unwrap();
    let storage = Storage::sqlite(&data);
    storage.create_event("kigali-2022");
    let server = ServerProcess::start(&storage, &[], &dir.path().join("server.log"));
    assert_eq!(mode(&data), 0o700, "the data directory");
    let file = data.join("pledge-server.sqlite3");
    for name in ["", "-wal", "-shm"] {
        let path = Path::new(&format!("{}{name}", file.display())).to_path_buf();
        assert_eq!(mode(&path), 0o600, "{}", path.display());
    }
    drop(server);
}

pub async fn an_unreadable_log_filter_stops_the_start(backend: Backend) {
    let env = Env::start(backend).await;
    let serve = ["serve", "--listen", "127.0.0.1:0"];
    for bad in ["degub", "info,hyper=loud"] {
        refused_with(
            run_briefly(&env.storage, &serve, &[("PLEDGE_SERVER_LOG", bad)]),
            &["PLEDGE_SERVER_LOG", "not a log filter"],
        );
    }
}

pub async fn logs_are_json_when_asked_and_postgres_notices_stay_out(backend: Backend) {
    let mut env = Env::start(backend).await;
    // The scenario's server (text) ran the migrations: PostgreSQL said
    // "relation … already exists, skipping", which is no INFO line.
    let server = env.server.take().unwrap();
    let text_log = server.log.clone();
    server.terminate(Duration::from_secs(10));
    let text = std::fs::read_to_string(&text_log).unwrap();
    assert!(text.contains("serving sync protocol v1"), "{text}");
    assert!(
        !text.contains("already exists"),
        "a PostgreSQL notice: {text}"
    );

    let log = env.dir.path().join("json.log");
    let server = ServerProcess::start(&env.storage, &["--log-format", "json"], &log);
    crate::support::api::Api::new(&server.url)
        .get("/v1/health", None)
        .await;
    server.terminate(Duration::from_secs(10));
    let lines = std::fs::read_to_string(&log).unwrap();
    assert!(!lines.trim().is_empty());
    for line in lines.lines() {
        let v: serde_json::Value =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("not a JSON line ({e}): {line}"));
        assert!(
            v["level"].is_string() && v["timestamp"].is_string(),
            "{line}"
        );
    }
    assert!(lines.contains("serving sync protocol v1"));
}

pub async fn plain_http_beyond_loopback_is_warned(backend: Backend) {
    let env = Env::start(backend).await;
    let warning = "plain HTTP on a non-loopback address";
    let loopback_log = std::fs::read_to_string(&env.server.as_ref().unwrap().log).unwrap();
    assert!(!loopback_log.contains(warning), "{loopback_log}");

    // Its own platform: a second server on the running one's data
    // directory is refused (its lock).
    let log = env.dir.path().join("wide.log");
    let (wide, _pg) = fresh_storage(backend, &env.dir.path().join("wide"));
    let mut child = Command::new(BIN)
        .args(["serve", "--init", "--listen", "0.0.0.0:0"])
        .args(&wide.args)
        .env_remove("PLEDGE_SERVER_DATABASE_URL")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let _ = child.kill();
    let _ = child.wait();
    assert!(first.starts_with("listening on http://0.0.0.0:"), "{first}");
    let text = std::fs::read_to_string(&log).unwrap();
    assert!(
        text.contains(warning) && text.contains("reverse proxy"),
        "{text}"
    );
}
