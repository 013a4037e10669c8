//! End-to-end: the settings screen's backups and support cards in the real
//! window. Backups appear and can be staged for restore; the diagnostics
//! and the log files hold no contact details and no device token; a log
//! folder that cannot be written and a full backup disk are reported while
//! the form keeps saving; a damaged database offers the newest good backup.

mod support;

use std::path::Path;

use fantoccini::Client;
use pledge_store::{Store, DATABASE_FILE};
use support::form::staff_tab;
use support::*;

const EMAIL: &str = "ada.known-person@example.org";
const CONTACT: &str = "Adaeze Knownperson";
const TOKEN: &str = "tok-Zq8xSECRET4711-device";

/// A store with the platform set up (port 9 on loopback answers nothing) and
/// a device token, as enrolment leaves them.
fn seed(data: &Path) {
    let mut store = Store::open(&data.join(DATABASE_FILE)).unwrap();
    store
        .set_setting("sync.server_url", "http://127.0.0.1:9")
        .unwrap();
    store.set_setting("sync.device_token", TOKEN).unwrap();
    store.set_setting("sync.role", "delegate").unwrap();
}

async fn diagnostics(c: &Client) -> String {
    let v = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke('diagnostics').then(done, (e) => done('ERROR ' + JSON.stringify(e)));",
            vec![],
        )
        .await
        .expect("diagnostics");
    v.as_str().unwrap_or_default().to_owned()
}

fn logs(data: &Path) -> String {
    let mut all = String::new();
    for e in std::fs::read_dir(data.join("logs")).unwrap().flatten() {
        all.push_str(&std::fs::read_to_string(e.path()).unwrap());
    }
    all
}

async fn type_contact(c: &Client) {
    type_into(c, "#title", "Connect rural schools").await;
    type_into(c, "#contact-name", CONTACT).await;
    type_into(c, "#contact-email", EMAIL).await;
    wait_saved(c).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn backups_are_listed_and_diagnostics_hold_no_personal_data() {
    let data = tempfile::tempdir().unwrap();
    seed(data.path());
    let driver = Driver::start_with_env(data.path(), &[("PLEDGE_DESK_BACKUP_INTERVAL_SECS", "1")]);
    let c = driver.launch().await;
    type_contact(&c).await;

    staff_tab(&c, "#tab-settings").await;
    // the timer took a snapshot (the store changed); the list refreshes on demand
    click(&c, "#backup-now").await;
    find(&c, "#backup-status.saved").await;
    find(&c, "#snapshots tbody tr").await;
    driver.shot("support-settings");

    let text = diagnostics(&c).await;
    for expected in [
        "app_version: 0.1.0",
        "schema_version: ",
        "outbox: signed=0",
        "sync_enrolled: true",
        "log_state: writing",
        "backups_count: ",
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    for secret in [EMAIL, CONTACT, TOKEN, "SECRET4711"] {
        assert!(!text.contains(secret), "{secret} leaked into:\n{text}");
    }

    // Copy diagnostics: to the clipboard, or shown to copy by hand
    click(&c, "#copy-diagnostics").await;
    let shown = eventually("copied or shown", || async {
        let copied = c
            .find(fantoccini::Locator::Css("#diagnostics-status.saved"))
            .await
            .is_ok();
        let shown = c
            .find(fantoccini::Locator::Css("#diagnostics-text"))
            .await
            .is_ok();
        (copied || shown).then_some(shown)
    })
    .await;
    if shown {
        let v = value(&c, "#diagnostics-text").await;
        assert!(
            v.contains("app_version: 0.1.0") && !v.contains(EMAIL),
            "{v}"
        );
    }

    // restore: confirm, staged for the next start, nothing replaced yet
    click(&c, ".restore-snapshot").await;
    click(&c, "#restore-yes").await;
    find(&c, "#restore-pending").await;
    driver.shot("support-restore-pending");
    assert!(data.path().join("restore-pending.sqlite3").is_file());

    let log = logs(data.path());
    assert!(
        log.contains("backup taken") && log.contains("page loaded"),
        "{log}"
    );
    assert!(log.contains("restore staged"), "{log}");
    for secret in [EMAIL, CONTACT, TOKEN, "SECRET4711"] {
        assert!(
            !log.contains(secret),
            "{secret} leaked into the logs:\n{log}"
        );
    }
    c.close().await.ok();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_unwritable_log_folder_and_a_full_backup_disk_are_reported() {
    let data = tempfile::tempdir().unwrap();
    seed(data.path());
    {
        // a store bigger than the 64 KiB tmpfs the backups go to
        let mut store = Store::open(&data.path().join(DATABASE_FILE)).unwrap();
        for i in 0..60 {
            let mut d = pledge_core::DraftContent::new_blank();
            d.title = format!("Seeded draft {i}");
            d.description = "words ".repeat(300);
            store.create_draft(&d).unwrap();
        }
    }
    std::fs::write(
        data.path().join("logs"),
        b"a file where the folder should be",
    )
    .unwrap();
    let backups = data.path().join("backups");
    std::fs::create_dir(&backups).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&backups)
        .status()
        .unwrap();
    assert!(
        mounted.success(),
        "this test mounts a tiny tmpfs (run as root)"
    );
    struct Unmount<'a>(&'a Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _unmount = Unmount(&backups);

    let driver = Driver::start_with_env(data.path(), &[("PLEDGE_DESK_BACKUP_INTERVAL_SECS", "1")]);
    let c = driver.launch().await;
    // the form still saves
    type_contact(&c).await;
    staff_tab(&c, "#tab-settings").await;
    let log_state = text(&c, "#log-state.inline-alert").await;
    assert!(log_state.contains("logs"), "{log_state}");
    click(&c, "#backup-now").await;
    let err = text(&c, "#backup-error").await;
    assert!(err.to_lowercase().contains("full"), "{err}");
    driver.shot("support-failures");
    assert_eq!(
        std::fs::read_dir(&backups).unwrap().count(),
        0,
        "no partial file"
    );
    let text = diagnostics(&c).await;
    assert!(text.contains("log_state: not writing"), "{text}");
    assert!(text.contains("backups_last_error: "), "{text}");
    assert!(!text.contains("backups_last_error: -"), "{text}");
    c.close().await.ok();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_damaged_database_offers_the_newest_good_backup() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join(DATABASE_FILE);
    {
        let mut store = Store::open(&db).unwrap();
        for i in 0..200 {
            let mut d = pledge_core::DraftContent::new_blank();
            d.title = format!("Kept draft {i}");
            d.description = "words ".repeat(300);
            store.create_draft(&d).unwrap();
        }
        let dir = pledge_store::backups_dir(data.path());
        let t = chrono::DateTime::parse_from_rfc3339("2022-06-08T10:15:00Z").unwrap();
        pledge_store::take_snapshot(&db, &dir, t.to_utc(), 10).unwrap();
    }
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;")
            .unwrap();
    }
    let mut bytes = std::fs::read(&db).unwrap();
    let mid = bytes.len() / 2;
    bytes[mid..mid + 3 * 4096].fill(0xA5);
    std::fs::write(&db, &bytes).unwrap();

    let driver = Driver::start(data.path());
    let c = driver.launch().await;
    let offer = text(&c, "#fatal-offer").await;
    assert!(offer.contains("2022"), "{offer}");
    find(&c, "#fatal-restore").await;
    driver.shot("support-damaged-offer");
    assert_eq!(
        std::fs::read(&db).unwrap(),
        bytes,
        "nothing touched before a choice"
    );
    c.close().await.ok();
}
