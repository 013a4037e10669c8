//! The real `pledge-server` binary for end-to-end tests.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

/// Built beside the app by `cargo test --workspace` (or `cargo build -p pledge-server`).
pub fn server_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let bin = exe
        .parent()
        .and_then(Path::parent)
        .expect("target dir")
        .join("pledge-server");
    assert!(
        bin.exists(),
        "{} is missing: run `cargo build -p pledge-server`",
        bin.display()
    );
    bin
}

/// A secretariat command (`pledge-server <args> --data DIR`); its stdout.
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
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `event create`: (delegate code, staff code).
pub fn create_event(data: &Path, id: &str) -> (String, String) {
    let out = Command::new(server_bin())
        .args([
            "event",
            "create",
            "--id",
            id,
            "--name",
            "Test event",
            "--data",
        ])
        .arg(data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    (
        v["delegate_code"].as_str().unwrap().into(),
        v["staff_code"].as_str().unwrap().into(),
    )
}

pub struct Platform {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    pub url: String,
}

impl Platform {
    pub fn start(data: &Path, listen: &str) -> Platform {
        let mut child = Command::new(server_bin())
            .args(["serve", "--listen", listen, "--data"])
            .arg(data)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        let _ = stdout.read_line(&mut line);
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .expect("listening on …")
            .to_owned();
        Platform {
            child,
            _stdout: stdout,
            url,
        }
    }

    pub fn port(&self) -> u16 {
        self.url.rsplit(':').next().unwrap().parse().unwrap()
    }

    pub fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let _ = self.child.wait();
    }
}

impl Drop for Platform {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
