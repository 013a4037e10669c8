//! What the laptop shows of the platform's decisions: `pledge show` gives
//! the secretariat's reason the status feed brought, and a refusal's code
//! is printed once.

mod support;

use std::process::Command;

use pledge_test_kit::Server;
use support::{json, laptop_with, ok, BIN, DRAFT};

#[test]
fn show_gives_the_rejection_reason_and_a_refusal_prints_its_code_once() {
    let server_data = tempfile::tempdir().unwrap();
    let (delegate_code, _) = Server::create_event(server_data.path(), support::EVENT);
    let server = Server::start(server_data.path(), "127.0.0.1:0");
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let ids = laptop_with(data, &[DRAFT.to_owned()]);

    // A wrong code: refused, and its code appears once.
    let out = Command::new(BIN)
        .args(["enroll", "--server", &server.url])
        .env("PLEDGE_DESK_DATA_DIR", data)
        .env("PLEDGE_ENROLLMENT_CODE", "WRONG-CODE0-00000-00000-00000")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // One code: the kind of failure and the platform's own, once.
    assert_eq!(
        stderr.matches("wrong_enrollment_code").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("[refused: wrong_enrollment_code]"),
        "{stderr}"
    );

    let out = Command::new(BIN)
        .args(["enroll", "--server", &server.url])
        .env("PLEDGE_DESK_DATA_DIR", data)
        .env("PLEDGE_ENROLLMENT_CODE", &delegate_code)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    ok(data, &["sync"]);
    let reason = "Duplicate of an earlier pledge by the same delegation";
    Server::admin(
        server_data.path(),
        &[
            "pledge",
            "set-status",
            &ids[0],
            "rejected",
            "--reason",
            reason,
        ],
    );
    ok(data, &["sync"]);
    let shown = json(data, &["show", &ids[0]]);
    assert_eq!(shown["server_status"], "rejected", "{shown}");
    assert_eq!(shown["status_reason"], reason, "{shown}");
    server.stop();
}
