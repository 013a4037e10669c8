//! `pledge enroll` against the real platform: the enrolment code comes from
//! stdin or `PLEDGE_ENROLLMENT_CODE`, never from argv (which `ps` shows to
//! every user of the laptop).

mod support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use pledge_test_kit::Server;
use support::{set_event, BIN};

fn enroll(data: &Path, server: &str, extra: &[&str], env: Option<&str>, stdin: &str) -> Output {
    let mut command = Command::new(BIN);
    command
        .args(["enroll", "--server", server])
        .args(extra)
        .env("PLEDGE_DESK_DATA_DIR", data)
        .env_remove("PLEDGE_ENROLLMENT_CODE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(code) = env {
        command.env("PLEDGE_ENROLLMENT_CODE", code);
    }
    let mut child = command.spawn().expect("pledge runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn role(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["role"].as_str().unwrap().to_owned()
}

#[test]
fn the_code_comes_from_stdin_or_the_environment_never_argv() {
    let server_data = tempfile::tempdir().unwrap();
    let (delegate, staff) = Server::create_event(server_data.path(), support::EVENT);
    let server = Server::start(server_data.path(), "127.0.0.1:0");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    set_event(data);

    // `--code` is not an argument any more: a usage error, nothing enrolled.
    let out = enroll(data, &server.url, &["--code", &delegate], None, "");
    assert_eq!(out.status.code(), Some(2), "usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("--code"));
    let status: serde_json::Value = serde_json::from_str(&support::ok(data, &["status"])).unwrap();
    assert_eq!(status["enrolled"], false);

    // No code at all: a clear error naming both ways, nothing enrolled.
    let out = enroll(data, &server.url, &[], None, "\n");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no_enrollment_code") && stderr.contains("PLEDGE_ENROLLMENT_CODE"),
        "{stderr}"
    );

    // From stdin, then from the environment (which wins over stdin).
    assert_eq!(
        role(&enroll(
            data,
            &server.url,
            &[],
            None,
            &format!("{delegate}\n")
        )),
        "delegate"
    );
    assert_eq!(
        role(&enroll(data, &server.url, &[], Some(&staff), "ignored\n")),
        "staff"
    );
    // The code is not echoed anywhere.
    let out = enroll(data, &server.url, &[], Some(&staff), "");
    assert!(!String::from_utf8_lossy(&out.stdout).contains(&staff));
    assert!(!String::from_utf8_lossy(&out.stderr).contains(&staff));
    server.stop();
}
