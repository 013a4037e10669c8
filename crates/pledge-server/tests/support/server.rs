//! The real `pledge-server` binary: serving as a child process, and its
//! admin commands.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdout, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_pledge-server");

/// Who the tests' admin commands decide as (`PLEDGE_SERVER_OPERATOR`).
pub const OPERATOR: &str = "test-secretariat";

/// Where a server keeps its data: the arguments that say so.
#[derive(Debug, Clone)]
pub struct Storage {
    pub args: Vec<String>,
}

impl Storage {
    pub fn sqlite(dir: &Path) -> Storage {
        Storage {
            args: vec!["--data".into(), dir.display().to_string()],
        }
    }

    pub fn postgres(url: &str) -> Storage {
        Storage {
            args: vec!["--database-url".into(), url.into()],
        }
    }

    /// Runs an admin command (`event create …`) against this storage, as
    /// the operator `OPERATOR` (who decides, unless `--by` says otherwise).
    pub fn admin(&self, args: &[&str]) -> Output {
        Command::new(BIN)
            .args(args)
            .args(&self.args)
            .env_remove("PLEDGE_SERVER_DATABASE_URL")
            .env("PLEDGE_SERVER_OPERATOR", OPERATOR)
            .output()
            .expect("pledge-server runs")
    }

    /// `event create`: returns (event_id, delegate_code, staff_code).
    pub fn create_event(&self, event_id: &str) -> (String, String, String) {
        let out = self.admin(&["event", "create", "--id", event_id, "--name", "Test event"]);
        assert!(
            out.status.success(),
            "event create: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
        let s = |k: &str| {
            v[k].as_str()
                .unwrap_or_else(|| panic!("{k} in {v}"))
                .to_string()
        };
        (s("event_id"), s("delegate_code"), s("staff_code"))
    }
}

pub struct ServerProcess {
    child: Child,
    _stdout: BufReader<ChildStdout>,
    pub url: String,
    pub log: PathBuf,
}

impl ServerProcess {
    /// Starts `serve --listen 127.0.0.1:0` and reads the URL from the first
    /// stdout line. Logs go to `log`.
    pub fn start(storage: &Storage, extra: &[&str], log: &Path) -> ServerProcess {
        ServerProcess::start_in(Command::new(BIN), storage, extra, log)
    }

    /// As `start`, under `ulimit -n nofile` (soft and hard, as a shell sets
    /// it), so the server cannot raise its open-file limit past it.
    pub fn start_with_open_file_limit(
        storage: &Storage,
        extra: &[&str],
        log: &Path,
        nofile: u32,
    ) -> ServerProcess {
        let mut shell = Command::new("bash");
        shell.args([
            "-c",
            &format!("ulimit -n {nofile} && exec \"$0\" \"$@\""),
            BIN,
        ]);
        ServerProcess::start_in(shell, storage, extra, log)
    }

    fn start_in(
        mut command: Command,
        storage: &Storage,
        extra: &[&str],
        log: &Path,
    ) -> ServerProcess {
        let mut child = command
            .args(["serve", "--listen", "127.0.0.1:0"])
            .args(&storage.args)
            .args(extra)
            .env_remove("PLEDGE_SERVER_DATABASE_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(File::create(log).expect("log file"))
            .spawn()
            .expect("pledge-server starts");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let mut line = String::new();
        let _ = stdout.read_line(&mut line);
        let Some(url) = line.trim_end().strip_prefix("listening on ") else {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "first line {line:?} is not `listening on …`; log:\n{}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        };
        ServerProcess {
            url: url.to_string(),
            child,
            _stdout: stdout,
            log: log.to_path_buf(),
        }
    }

    /// The next line the server writes on stdout (after the first, e.g.
    /// `metrics on http://HOST:PORT/metrics`).
    pub fn next_stdout_line(&mut self) -> String {
        let mut line = String::new();
        let _ = self._stdout.read_line(&mut line);
        line.trim_end().to_string()
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL, as a power cut would.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM, then waits (at most `limit`) for the exit status.
    pub fn terminate(mut self, limit: Duration) -> Option<ExitStatus> {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
