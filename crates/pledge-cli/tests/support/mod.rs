//! What the `pledge` command tests share: running the real binary against a
//! data directory of its own (one per "laptop"), and setting one up with an
//! event, drafts and signatories.

// Each test file uses its own part of these helpers.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_pledge");

/// DESIGN.md §2's example: a joint pledge (two pledgers) with a financial amount.
pub const DRAFT: &str = pledge_core::example::DESIGN_EXAMPLE;

pub const EVENT: &str = "kigali-2022";

/// Runs `pledge ARGS` with `data` as its data directory.
pub fn pledge(data: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .env("PLEDGE_DESK_DATA_DIR", data)
        .output()
        .expect("run pledge")
}

/// Runs `pledge ARGS`, which must succeed, and returns its stdout.
pub fn ok(data: &Path, args: &[&str]) -> String {
    let out = pledge(data, args);
    assert!(
        out.status.success(),
        "pledge {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `pledge ARGS`, which must succeed, and parses its JSON output.
pub fn json(data: &Path, args: &[&str]) -> serde_json::Value {
    let out = ok(data, args);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("pledge {args:?} printed {out:?}: {e}"))
}

/// Runs `pledge ARGS`, which must fail with exit code 1 and print nothing
/// on stdout, and returns its stderr.
pub fn fails(data: &Path, args: &[&str]) -> String {
    let out = pledge(data, args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(
        out.status.code(),
        Some(1),
        "pledge {args:?} should fail with 1: {stderr}"
    );
    assert!(
        out.stdout.is_empty(),
        "pledge {args:?} printed {:?} although it failed",
        String::from_utf8_lossy(&out.stdout)
    );
    stderr
}

/// `pledge event set` for the shared test event.
pub fn set_event(data: &Path) {
    ok(
        data,
        &["event", "set", "--id", EVENT, "--name", "P2C Roundtable"],
    );
}

/// Imports `drafts` (each a draft object as JSON text); returns their ids.
pub fn import(data: &Path, drafts: &[String]) -> Vec<String> {
    let file = data.join("drafts.json");
    std::fs::write(&file, format!("[{}]", drafts.join(","))).unwrap();
    let out = json(data, &["import", file.to_str().unwrap()]);
    out["imported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// A drawing file and two `--signatory` specs (one per pledger of DRAFT).
pub fn signatories(data: &Path) -> (String, String) {
    let drawing = data.join("sig.svgd");
    std::fs::write(&drawing, "M10 10 C20 20 40 0 60 12 L80 30").unwrap();
    let d = drawing.to_str().unwrap();
    (
        format!("Ama Mensah|Chief Executive|{d}"),
        format!("Jean Habimana|Minister|{d}"),
    )
}

/// Sets the event, imports `drafts` copies of DRAFT and returns the two
/// signatories' specs.
pub fn setup(data: &Path, drafts: usize) -> (String, String) {
    set_event(data);
    import(data, &vec![DRAFT.to_owned(); drafts]);
    signatories(data)
}
