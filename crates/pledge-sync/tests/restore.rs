//! The platform restored from a backup loses nothing (DESIGN.md §4): a
//! staff laptop delivers its own pledges and forwards another laptop's,
//! the platform is backed up, more is delivered and decided, the backup is
//! restored; the laptop's next sync puts every pledge back on the platform
//! and brings the decisions made after the restore. On SQLite (`backup` /
//! `restore`) and on PostgreSQL (`pg_dump` / `pg_restore`). And a
//! database outage reads as the platform's trouble, not as a refusal.

mod support;

#[allow(dead_code)] // the harness of the server's own tests, shared
#[path = "../../pledge-server/tests/support/postgres.rs"]
mod postgres;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pledge_core::wire::PledgeStatus;
use pledge_store::{read_bundle, BundleSelection, OutboxState};
use pledge_sync::{reconcile, set_server, sync_once};
use postgres::TempPostgres;
use support::*;

const EVENT: &str = "kigali-2022";

/// Where the platform keeps its data, and how it is backed up.
enum Backend {
    Sqlite(PathBuf),
    Postgres { _pg: TempPostgres, url: String },
}

impl Backend {
    fn storage(&self) -> Vec<String> {
        match self {
            Backend::Sqlite(dir) => vec!["--data".into(), dir.display().to_string()],
            Backend::Postgres { url, .. } => vec!["--database-url".into(), url.clone()],
        }
    }

    fn run(&self, args: &[&str]) -> Output {
        Command::new(server_bin())
            .args(args)
            .args(self.storage())
            .env_remove("PLEDGE_SERVER_DATABASE_URL")
            .output()
            .unwrap()
    }

    fn admin(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    fn serve(&self) -> Server {
        Server::start_on(&self.storage(), "127.0.0.1:0", &[])
    }

    fn pg_tool(name: &str) -> Command {
        let bin =
            std::env::var("PLEDGE_PG_BIN").unwrap_or_else(|_| "/usr/lib/postgresql/15/bin".into());
        Command::new(Path::new(&bin).join(name))
    }

    /// Backs the platform up while it serves.
    fn backup(&self, file: &Path) {
        match self {
            Backend::Sqlite(_) => {
                let out = self.admin(&["backup", "--out", &file.display().to_string()]);
                let summary: serde_json::Value = serde_json::from_str(&out).unwrap();
                assert_eq!(summary["pledges"], 3, "{summary}");
            }
            Backend::Postgres { url, .. } => {
                // the server's own command points PostgreSQL users to pg_dump
                let refused = self.run(&["backup", "--out", &file.display().to_string()]);
                assert!(!refused.status.success());
                assert!(String::from_utf8_lossy(&refused.stderr).contains("pg_dump"));
                assert!(!file.exists());
                let out = Backend::pg_tool("pg_dump")
                    .args(["--format=custom", "--file"])
                    .arg(file)
                    .arg(url)
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
    }

    /// Restores the backup with the server stopped.
    fn restore(&self, file: &Path) {
        match self {
            Backend::Sqlite(dir) => {
                let summary: serde_json::Value = serde_json::from_str(&self.admin(&[
                    "restore",
                    "--from",
                    &file.display().to_string(),
                ]))
                .unwrap();
                assert_eq!(summary["pledges"], 3, "{summary}");
                let kept = PathBuf::from(summary["replaced_kept_as"].as_str().unwrap());
                assert!(kept.starts_with(dir) && kept.exists(), "{summary}");
            }
            Backend::Postgres { url, .. } => {
                let out = Backend::pg_tool("pg_restore")
                    .args(["--clean", "--if-exists", "--single-transaction", "--dbname"])
                    .arg(url)
                    .arg(file)
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "{}",
                    String::from_utf8_lossy(&out.stderr)
                );
            }
        }
    }
}

fn status_of(device: &Device, id: &str) -> (OutboxState, Option<PledgeStatus>) {
    let p = device.store.lock().unwrap().pledge(id).unwrap();
    (p.state, p.server_status)
}

async fn a_restore_from_backup_loses_nothing(backend: Backend) {
    let (_, staff_code) = {
        let v: serde_json::Value = serde_json::from_str(
            &backend.admin(&["event", "create", "--id", EVENT, "--name", "Test"]),
        )
        .unwrap();
        (
            v["delegate_code"].clone(),
            v["staff_code"].as_str().unwrap().to_owned(),
        )
    };
    let server = backend.serve();
    let staff = Device::new(EVENT);
    staff.enroll(&server.url, &staff_code).await;
    let sync = || sync_once(&staff.store, &staff.identity, &|_| {});

    // 1. sign and deliver
    let before = staff.sign(3);
    assert_eq!(sync().await.unwrap().acknowledged, 3);

    // 2. back up, while the platform serves
    let work = tempfile::tempdir().unwrap();
    let file = work.path().join("platform.backup");
    backend.backup(&file);

    // 3. deliver more (two of its own, two forwarded from a laptop that
    //    never got online) and a decision on the platform
    let after = staff.sign(2);
    let offline = Device::new(EVENT);
    let forwarded = offline.sign(2);
    let bundle_file = offline.dir.path().join("day2.p2cbundle");
    offline
        .store
        .lock()
        .unwrap()
        .export_bundle(
            &offline.identity,
            &BundleSelection::Unacknowledged,
            &bundle_file,
        )
        .unwrap();
    let bundle = read_bundle(&bundle_file).unwrap();
    staff.store.lock().unwrap().import_bundle(&bundle).unwrap();
    backend.admin(&["pledge", "set-status", &before[0], "verified"]);
    let report = sync().await.unwrap();
    assert_eq!(report.acknowledged, 4, "{report:?}");
    assert_eq!(
        status_of(&staff, &before[0]),
        (OutboxState::Acknowledged, Some(PledgeStatus::Verified))
    );

    // 4. restore: refused while the server runs (SQLite), then done stopped
    if let Backend::Sqlite(_) = backend {
        let refused = backend.run(&["restore", "--from", &file.display().to_string()]);
        assert!(!refused.status.success());
        assert!(
            String::from_utf8_lossy(&refused.stderr).contains("stop it first"),
            "{}",
            String::from_utf8_lossy(&refused.stderr)
        );
    }
    server.stop();
    backend.restore(&file);
    // Decisions after the restore: enough of them that the feed passes
    // the laptop's old cursor with other changes under the same numbers.
    for id in &before {
        backend.admin(&["pledge", "set-status", id, "verified"]);
    }
    for id in &before[..2] {
        backend.admin(&["pledge", "set-status", id, "published"]);
    }
    let server = backend.serve();
    set_server(&mut staff.store.lock().unwrap(), &server.url).unwrap();

    // 5. sync
    let report = sync().await.unwrap();
    assert!(report.feed_restarted, "{report:?}");
    assert_eq!(report.requeued, 4, "{report:?}");
    assert_eq!(
        report.acknowledged, 4,
        "the lost pledges went out again: {report:?}"
    );
    let own_seq = |id: &str| {
        let p = staff.store.lock().unwrap().pledge(id).unwrap();
        p.envelope.device_seq
    };
    let lost: Vec<u64> = after.iter().map(|id| own_seq(id)).collect();
    assert_eq!(report.missing_on_server, lost, "{report:?}");

    // every pledge is on the platform again
    let exported = backend.admin(&["export"]);
    for id in before.iter().chain(&after).chain(&forwarded) {
        assert!(exported.contains(id.as_str()), "{id} is on the platform");
        assert_eq!(status_of(&staff, id).0, OutboxState::Acknowledged, "{id}");
    }
    // the decisions made after the restore reached the laptop
    assert_eq!(
        status_of(&staff, &before[0]).1,
        Some(PledgeStatus::Published)
    );
    assert_eq!(
        status_of(&staff, &before[1]).1,
        Some(PledgeStatus::Published)
    );
    assert_eq!(
        status_of(&staff, &before[2]).1,
        Some(PledgeStatus::Verified)
    );

    // the next pass finds nothing lost; reconciliation agrees for every device
    let report = sync().await.unwrap();
    assert_eq!(
        (report.requeued, report.feed_restarted),
        (0, false),
        "{report:?}"
    );
    assert!(report.missing_on_server.is_empty(), "{report:?}");
    let rec = reconcile(&staff.store, &staff.identity).await.unwrap();
    assert!(rec.server.checked, "{:?}", rec.server);
    assert_eq!(rec.devices.len(), 2);
    for d in &rec.devices {
        assert_eq!(d.server_missing, Some(vec![]), "{d:?}");
        assert_eq!(d.counts.acknowledged, d.total, "{d:?}");
    }
    // a later decision still reaches it, applied once
    backend.admin(&["pledge", "set-status", &after[0], "verified"]);
    let report = sync().await.unwrap();
    assert!(!report.feed_restarted);
    assert_eq!(status_of(&staff, &after[0]).1, Some(PledgeStatus::Verified));
    server.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_restore_from_backup_loses_nothing_on_sqlite() {
    let data = tempfile::tempdir().unwrap();
    a_restore_from_backup_loses_nothing(Backend::Sqlite(data.path().join("platform"))).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_restore_from_backup_loses_nothing_on_postgres() {
    if postgres::skipped() {
        eprintln!("skipped: {}=1", postgres::SKIP_VARIABLE);
        return;
    }
    let pg = TempPostgres::start().unwrap_or_else(|e| panic!("PostgreSQL: {e}"));
    let url = pg.create_database("restore");
    a_restore_from_backup_loses_nothing(Backend::Postgres { _pg: pg, url }).await;
}

/// PostgreSQL stopped under a running platform: the laptop hears 503
/// `database_unavailable`, says the platform is having trouble, keeps the
/// pledge queued and retries when told; nothing is "refused".
#[tokio::test(flavor = "multi_thread")]
async fn a_database_outage_is_the_platforms_trouble_not_a_refusal() {
    if postgres::skipped() {
        eprintln!("skipped: {}=1", postgres::SKIP_VARIABLE);
        return;
    }
    let pg = TempPostgres::start().unwrap_or_else(|e| panic!("PostgreSQL: {e}"));
    let url = pg.create_database("outage");
    let storage = ["--database-url".to_string(), url];
    let out = Command::new(server_bin())
        .args(["event", "create", "--id", EVENT, "--name", "Test"])
        .args(&storage)
        .output()
        .unwrap();
    let codes: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let server = Server::start_on(&storage, "127.0.0.1:0", &[]);
    let laptop = Device::new(EVENT);
    laptop
        .enroll(&server.url, codes["delegate_code"].as_str().unwrap())
        .await;
    let id = laptop.sign(1).remove(0);

    pg.stop().unwrap();
    let e = sync_once(&laptop.store, &laptop.identity, &|_| {})
        .await
        .unwrap_err();
    assert_eq!(e.code(), "platform_trouble", "{e}");
    assert!(e.is_transient(), "{e}");
    assert!(e.retry_after().is_some(), "{e}");
    let message = e.to_string();
    assert!(
        message.contains("having trouble") && message.contains("database_unavailable"),
        "{message}"
    );
    assert!(!message.contains("refused"), "{message}");
    assert_eq!(status_of(&laptop, &id).0, OutboxState::Queued);

    pg.start_again().unwrap();
    let mut delivered = sync_once(&laptop.store, &laptop.identity, &|_| {}).await;
    for _ in 0..50 {
        if delivered.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        delivered = sync_once(&laptop.store, &laptop.identity, &|_| {}).await;
    }
    assert_eq!(delivered.unwrap().acknowledged, 1);
    server.stop();
}
