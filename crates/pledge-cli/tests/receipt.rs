//! `pledge receipt PLEDGE_ID --out FILE.pdf`: the receipt PDF the app
//! writes, from the command line, read back with poppler's `pdftotext`.

mod support;

use std::process::Command;

use support::*;

#[test]
fn the_receipt_pdf_holds_title_fingerprint_and_pledgers() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let ids = laptop_with(data, &[DRAFT.to_owned()]);
    let shown = json(data, &["show", &ids[0]]);
    let fingerprint = shown["fingerprint"]
        .as_str()
        .expect("a fingerprint")
        .to_owned();
    let out = data.join("receipt.pdf");
    ok(data, &["receipt", &ids[0], "--out", path(&out)]);
    let text = Command::new("pdftotext")
        .arg(&out)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    let text = String::from_utf8(text.stdout).unwrap();
    let pledge = &shown["envelope"]["pledge"];
    assert!(text.contains(pledge["title"].as_str().unwrap()), "{text}");
    assert!(text.contains(&fingerprint), "{fingerprint} in {text}");
    for p in pledge["pledgers"].as_array().unwrap() {
        assert!(text.contains(p["name"].as_str().unwrap()), "{text}");
    }
    // An unknown pledge is refused with a message, not a crash.
    let missing = fails(
        data,
        &[
            "receipt",
            "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
            "--out",
            path(&out),
        ],
    );
    assert!(!missing.is_empty());
}
