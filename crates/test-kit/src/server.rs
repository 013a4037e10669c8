//! The real `pledge-server` binary: serving as a child process on
//! loopback (DESIGN.md §7), and its admin commands.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, Stdio};

/// A binary of another package of the workspace, built beside this test
/// or bench (`target/debug` or `target/release`).
pub fn sibling_bin(name: &str, package: &str) -> PathBuf {
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
        let storage = ["--data".to_owned(), data.display().to_string()];
        let mut server = Server::start_on(&storage, listen, extra);
        server.data = data.to_path_buf();
        server
    }

    /// `serve` over any storage arguments (`--data DIR` or
    /// `--database-url URL`); `data` stays empty.
    pub fn start_on(storage: &[String], listen: &str, extra: &[&str]) -> Server {
        let mut child = Command::new(server_bin())
            .args(["serve", "--listen", listen])
            .args(storage)
            .args(extra)
            .env_remove("PLEDGE_SERVER_DATABASE_URL")
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
            data: PathBuf::new(),
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

    /// An admin command on `data`, deciding as the operator "test-kit".
    pub fn admin(data: &Path, args: &[&str]) -> String {
        let out = Command::new(server_bin())
            .args(args)
            .arg("--data")
            .arg(data)
            .env("PLEDGE_SERVER_OPERATOR", "test-kit")
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

    /// SIGTERM: the server drains and exits (waited for, however long).
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
