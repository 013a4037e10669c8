//! What the `pledge` command tests share: running the real binary against a
//! data directory of its own (one per "laptop"), and setting one up with an
//! event, drafts and signatories.

// Each test file uses its own part of these helpers.
#![allow(dead_code)]

use std::collections::BTreeSet;
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

/// A one-pledger draft; financial when `amount` is given.
pub fn single(title: &str, country: &str, area: &str, amount: Option<(u64, &str)>) -> String {
    let mut d = serde_json::json!({
        "title": title,
        "description": "Connectivity, devices and training for rural communities.",
        "language": "en",
        "pledgers": [{"name": "Digital Futures Foundation", "kind": "civil_society", "country": "KEN", "lead": true}],
        "focus_areas": [area],
        "support_types": ["programmatic"],
        "geography": {"scope": "national", "countries": [country]},
        "period": {"start": "2022-07-01", "end": "2026-06-30"},
        "contact": {"name": "B. Delegate", "email": "b.delegate@example.org"}
    });
    if let Some((amount, currency)) = amount {
        d["support_types"] = serde_json::json!(["financial", "programmatic"]);
        d["financial"] = serde_json::json!({"amount": amount, "currency": currency});
    }
    d.to_string()
}

/// `pledge sign --all` with the two signatories; the new pledges' ids in
/// signing order.
pub fn sign_all(data: &Path) -> Vec<String> {
    let (a, b) = signatories(data);
    ok(
        data,
        &["sign", "--all", "--signatory", &a, "--signatory", &b],
    )
    .lines()
    .map(|l| {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        v["pledge_id"].as_str().unwrap().to_owned()
    })
    .collect()
}

/// A laptop with the event set and `drafts` signed; the pledge ids.
pub fn laptop_with(data: &Path, drafts: &[String]) -> Vec<String> {
    set_event(data);
    import(data, drafts);
    let ids = sign_all(data);
    assert_eq!(ids.len(), drafts.len());
    ids
}

/// The ids `pledge list --signed` shows.
pub fn signed_ids(data: &Path) -> BTreeSet<String> {
    json(data, &["list", "--signed"])["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pledge_id"].as_str().unwrap().to_owned())
        .collect()
}

/// The `items` of what `pledge list` printed.
pub fn list_items(out: &str) -> Vec<serde_json::Value> {
    let page: serde_json::Value = serde_json::from_str(out).unwrap();
    page["items"].as_array().unwrap().clone()
}

pub fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The CSV cell of a text, as the formula guard writes it.
pub fn guarded(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}
