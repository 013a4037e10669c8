//! The real app binary as separate processes under Xvfb, with a private
//! D-Bus session bus: one instance per data directory (a second launch on
//! the same data focuses the first window and exits 0; another data
//! directory runs side by side), and a restore staged at the last run is
//! applied at start-up with the old database set aside; the backup timer
//! copies the store only when something changed.

mod support;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use pledge_store::{Store, DATABASE_FILE};
use support::{VirtualDisplay, APP};

/// A private `dbus-daemon --session`, stopped on drop.
struct SessionBus {
    child: Child,
    address: String,
}

impl SessionBus {
    fn start() -> SessionBus {
        let mut child = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (apt package dbus-daemon) is needed for this test");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(line.starts_with("unix:"), "bus address: {line:?}");
        SessionBus {
            child,
            address: line.trim().to_owned(),
        }
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The app with its own data and XDG directories; stopped on drop.
struct App(Child);

impl App {
    fn start(display: &str, bus: &SessionBus, data: &Path) -> App {
        App(Command::new(APP)
            .env("DISPLAY", display)
            .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
            .env("PLEDGE_DESK_DATA_DIR", data)
            .env("XDG_DATA_HOME", data.join("xdg-data"))
            .env("XDG_CONFIG_HOME", data.join("xdg-config"))
            .env("XDG_CACHE_HOME", data.join("xdg-cache"))
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the app binary"))
    }

    fn running(&mut self) -> bool {
        matches!(self.0.try_wait(), Ok(None))
    }
}

impl Drop for App {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn log_text(data: &Path) -> String {
    std::fs::read_dir(data.join("logs"))
        .map(|d| {
            d.flatten()
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect()
        })
        .unwrap_or_default()
}

fn wait_log(data: &Path, needle: &str, count: usize) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while log_text(data).matches(needle).count() < count {
        assert!(
            Instant::now() < deadline,
            "no {needle:?} in the log:\n{}",
            log_text(data)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn one_instance_per_data_directory() {
    let display = VirtualDisplay::start();
    let bus = SessionBus::start();
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();

    let mut first = App::start(&display.display, &bus, a.path());
    wait_log(a.path(), "page loaded", 1);

    let started = Instant::now();
    let mut second = App::start(&display.display, &bus, a.path());
    let status = loop {
        if let Some(s) = second.0.try_wait().unwrap() {
            break s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "the second launch did not exit"
        );
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "second launch exit status: {status}");
    eprintln!("second launch exited in {:?}", started.elapsed());
    wait_log(a.path(), "second launch: focused the window", 1);
    assert!(first.running(), "the first instance keeps running");
    assert_eq!(
        log_text(a.path()).matches("store opened").count(),
        1,
        "the second launch never opened the database"
    );

    // another data directory: a second instance of its own, side by side
    let mut other = App::start(&display.display, &bus, b.path());
    wait_log(b.path(), "page loaded", 1);
    std::thread::sleep(Duration::from_secs(1));
    assert!(other.running(), "an instance with other data keeps running");
    assert!(first.running());
}

#[test]
fn a_staged_restore_is_applied_at_start_and_the_old_database_kept() {
    let display = VirtualDisplay::start();
    let bus = SessionBus::start();
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join(DATABASE_FILE);
    let draft = |title: &str| {
        let mut d = pledge_core::DraftContent::new_blank();
        d.title = title.into();
        d
    };
    {
        let mut store = Store::open(&db).unwrap();
        store.create_draft(&draft("In the backup")).unwrap();
        let dir = pledge_store::backups_dir(data.path());
        let snap = pledge_store::take_snapshot(&db, &dir, chrono::Utc::now(), 10).unwrap();
        store.create_draft(&draft("After the backup")).unwrap();
        pledge_store::stage_restore(data.path(), &snap.file_name).unwrap();
    }
    let mut app = App::start(&display.display, &bus, data.path());
    wait_log(data.path(), "page loaded", 1);
    assert!(app.running());
    let log = log_text(data.path());
    assert!(log.contains("a snapshot was restored at start-up"), "{log}");
    drop(app);

    let aside: Vec<PathBuf> = std::fs::read_dir(data.path())
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with("pledge-desk.sqlite3.before-restore-")
                && !name.ends_with("-wal")
                && !name.ends_with("-shm")
        })
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    let titles = |path: &Path| -> Vec<String> {
        let store = Store::open(path).unwrap();
        let mut t: Vec<_> = store
            .list_drafts(&Default::default())
            .unwrap()
            .items
            .into_iter()
            .map(|d| d.title)
            .collect();
        t.sort();
        t
    };
    assert_eq!(titles(&db), ["In the backup"]);
    assert_eq!(titles(&aside[0]), ["After the backup", "In the backup"]);
    assert!(!data.path().join("restore-pending.sqlite3").exists());
}

#[test]
fn the_backup_timer_copies_only_when_something_changed() {
    let display = VirtualDisplay::start();
    let bus = SessionBus::start();
    let data = tempfile::tempdir().unwrap();
    let snapshots =
        || pledge_store::list_snapshots(&pledge_store::backups_dir(data.path())).unwrap();
    let mut app = App(Command::new(APP)
        .env("DISPLAY", &display.display)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("PLEDGE_DESK_DATA_DIR", data.path())
        .env("XDG_DATA_HOME", data.path().join("xdg-data"))
        .env("XDG_CONFIG_HOME", data.path().join("xdg-config"))
        .env("XDG_CACHE_HOME", data.path().join("xdg-cache"))
        .env("PLEDGE_DESK_BACKUP_INTERVAL_SECS", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap());
    wait_log(data.path(), "backup taken", 1);
    // idle: the next ticks find nothing changed
    std::thread::sleep(Duration::from_millis(3500));
    assert_eq!(snapshots().len(), 1, "no copy while nothing changes");
    // a change from another writer (the `pledge` command) is picked up
    let mut store = Store::open(&data.path().join(DATABASE_FILE)).unwrap();
    store
        .create_draft(&pledge_core::DraftContent::new_blank())
        .unwrap();
    drop(store);
    wait_log(data.path(), "backup taken", 2);
    assert!(app.running());
    assert_eq!(snapshots().len(), 2);
}
