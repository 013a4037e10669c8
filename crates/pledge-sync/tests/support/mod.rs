//! A real `pledge-server` process and real device stores for sync tests.

#![allow(dead_code)]

pub mod proxy;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::{Arc, Mutex};

use pledge_core::{DraftContent, Signatory, SignatureMethod};
use pledge_store::{EventSettings, Identity, Store};

/// A binary of another package of the workspace, built beside this test
/// or bench (`target/debug` or `target/release`).
fn sibling_bin(name: &str, package: &str) -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe.parent().and_then(Path::parent).expect("target dir");
    let bin = dir.join(name);
    let release = if dir.ends_with("release") {
        " --release"
    } else {
        ""
    };
    assert!(
        bin.exists(),
        "{} is missing: run `cargo build{release} -p {package}` first",
        bin.display()
    );
    bin
}

/// The server binary, built beside this test (`cargo test --workspace`
/// builds it; `cargo build -p pledge-server` otherwise).
pub fn server_bin() -> PathBuf {
    sibling_bin("pledge-server", "pledge-server")
}

/// The `pledge` command (`cargo build -p pledge-cli`).
pub fn cli_bin() -> PathBuf {
    sibling_bin("pledge", "pledge-cli")
}

/// `serve` arguments that lift the per-device rate limit (default 10/s,
/// burst 60) out of the way of load tests.
pub const NO_RATE_LIMIT: [&str; 4] = ["--rate-per-second", "100000", "--rate-burst", "100000"];

pub struct Server {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    pub url: String,
    pub data: PathBuf,
}

impl Server {
    pub fn start(data: &Path, listen: &str) -> Server {
        Server::start_with(data, listen, &[])
    }

    /// `serve` with extra arguments (e.g. [`NO_RATE_LIMIT`]).
    pub fn start_with(data: &Path, listen: &str, extra: &[&str]) -> Server {
        let mut child = Command::new(server_bin())
            .args(["serve", "--listen", listen, "--data"])
            .arg(data)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("pledge-server starts");
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        let _ = stdout.read_line(&mut line);
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_owned();
        Server {
            child,
            _stdout: stdout,
            url,
            data: data.to_path_buf(),
        }
    }

    pub fn port(&self) -> u16 {
        self.url
            .rsplit(':')
            .next()
            .unwrap()
            .trim_end_matches('/')
            .parse()
            .unwrap()
    }

    pub fn admin(data: &Path, args: &[&str]) -> String {
        let out = Command::new(server_bin())
            .args(args)
            .arg("--data")
            .arg(data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// `event create`: (delegate code, staff code).
    pub fn create_event(data: &Path, id: &str) -> (String, String) {
        let v: serde_json::Value = serde_json::from_str(&Server::admin(
            data,
            &["event", "create", "--id", id, "--name", "Test"],
        ))
        .unwrap();
        (
            v["delegate_code"].as_str().unwrap().into(),
            v["staff_code"].as_str().unwrap().into(),
        )
    }

    pub fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn example() -> DraftContent {
    serde_json::from_str(
        r#"{"title":"Connect 500 rural schools in Rwanda and Malawi",
        "description":"Fibre and solar-powered connectivity.","language":"en",
        "pledgers":[{"name":"Example Telecom Group","kind":"private_sector","country":"GBR","lead":true}],
        "focus_areas":["access"],"support_types":["programmatic"],
        "geography":{"scope":"national","countries":["RWA","MWI"]},
        "period":{"start":"2022-07-01","end":"2025-12-31"},
        "contact":{"name":"A. Delegate","email":"delegate@example.org"}}"#,
    )
    .unwrap()
}

/// A device: its own data directory, store and identity, serving `event`.
pub struct Device {
    pub dir: tempfile::TempDir,
    pub store: Arc<Mutex<Store>>,
    pub identity: Arc<Identity>,
}

impl Device {
    pub fn new(event: &str) -> Device {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join(pledge_store::DATABASE_FILE)).unwrap();
        store
            .set_event(&EventSettings {
                event_id: event.into(),
                event_name: "Test".into(),
            })
            .unwrap();
        let identity = Arc::new(store.identity().unwrap());
        Device {
            dir,
            store: Arc::new(Mutex::new(store)),
            identity,
        }
    }

    /// A copy of the device whose store lives in `src` (closed): same
    /// identity, same pledges, its own directory.
    pub fn open_copy(src: &Path) -> Device {
        let dir = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(src).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
        }
        let mut store = Store::open(&dir.path().join(pledge_store::DATABASE_FILE)).unwrap();
        let identity = Arc::new(store.identity().unwrap());
        Device {
            dir,
            store: Arc::new(Mutex::new(store)),
            identity,
        }
    }

    /// Signs `n` pledges; returns their ids.
    pub fn sign(&self, n: usize) -> Vec<String> {
        let mut store = self.store.lock().unwrap();
        let drafts = vec![example(); n];
        let ids = store.import_drafts(&drafts).unwrap();
        ids.iter()
            .map(|id| {
                let sig = Signatory {
                    pledger: 0,
                    name: "Ama Mensah".into(),
                    title: "Director".into(),
                    signed_at: "2022-06-08T10:15:00Z".into(),
                    method: SignatureMethod::Drawn,
                    drawing: "M1 1 L5 5".into(),
                };
                store
                    .seal_draft(&self.identity, id, 1, vec![sig])
                    .unwrap()
                    .pledge_id
            })
            .collect()
    }

    pub async fn enroll(&self, url: &str, code: &str) {
        pledge_sync::enroll(&self.store, &self.identity, url, code, "test laptop")
            .await
            .expect("enrolment");
    }

    pub fn counts(&self) -> pledge_store::OutboxCounts {
        self.store.lock().unwrap().outbox_counts().unwrap()
    }
}
