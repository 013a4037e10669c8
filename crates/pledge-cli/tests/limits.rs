//! Issue 24 from the command line: long lists come whole or in pages, always
//! with how many there are in all; a full disk is called `disk_full` and
//! leaves nothing half written.

mod support;

use std::collections::BTreeSet;

use pledge_test_kit::SmallDisk;
use support::{fails, json, setup, sign_all};

#[test]
fn pledge_list_prints_every_draft_or_pages_and_always_says_how_many() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    setup(data, 400);

    let all = json(data, &["list"]);
    assert_eq!(all["total"], 400);
    assert_eq!(
        all["items"].as_array().unwrap().len(),
        400,
        "not cut at 200"
    );
    assert!(all["next_cursor"].is_null());

    let mut seen = BTreeSet::new();
    let mut cursor: Option<String> = None;
    let mut pages = 0;
    loop {
        let mut args = vec!["list", "--limit", "150"];
        if let Some(c) = &cursor {
            args.extend(["--cursor", c.as_str()]);
        }
        let page = json(data, &args);
        assert_eq!(page["total"], 400);
        for d in page["items"].as_array().unwrap() {
            assert!(
                seen.insert(d["id"].as_str().unwrap().to_owned()),
                "shown twice"
            );
        }
        pages += 1;
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_owned()),
            None => break,
        }
    }
    assert_eq!((pages, seen.len()), (3, 400));

    let err = fails(data, &["list", "--cursor", "nonsense"]);
    assert!(err.contains("[invalid_cursor]"), "{err}");
    let signed = json(data, &["list", "--signed"]);
    assert_eq!(signed["total"], 0);
}

#[test]
fn signing_on_a_full_disk_says_disk_full_and_works_once_there_is_room() {
    let Some(disk) = SmallDisk::mount("3m") else {
        return;
    };
    let data = disk.path();
    let (a, b) = setup(data, 3);
    disk.fill();

    let err = fails(
        data,
        &["sign", "--all", "--signatory", &a, "--signatory", &b],
    );
    assert!(err.contains("[disk_full]"), "{err}");
    assert!(err.contains("Free some space"), "{err}");
    assert!(!err.contains("Restore the file"), "{err}");
    let temps: Vec<_> = std::fs::read_dir(data)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.contains("partial"))
        .collect();
    assert!(temps.is_empty(), "left behind: {temps:?}");

    disk.free();
    assert_eq!(
        json(data, &["list"])["total"],
        3,
        "every imported draft kept"
    );
    let ids = sign_all(data);
    assert_eq!(ids.len(), 3);
    assert_eq!(json(data, &["list", "--signed"])["total"], 3);
}

#[test]
fn a_receipt_or_a_bundle_on_a_full_drive_says_disk_full_and_leaves_no_file() {
    let Some(stick) = SmallDisk::mount("1m") else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    setup(data, 1);
    let id = sign_all(data).remove(0);
    stick.fill();

    let receipt = stick.path().join("receipt.pdf");
    let err = fails(data, &["receipt", &id, "--out", receipt.to_str().unwrap()]);
    assert!(err.contains("[disk_full]"), "{err}");
    assert!(!receipt.exists(), "half a receipt was left");
    let bundle = stick.path().join("day1.p2cbundle");
    let err = fails(data, &["bundle", "export", bundle.to_str().unwrap()]);
    assert!(err.contains("[disk_full]"), "{err}");
    let left: Vec<_> = std::fs::read_dir(stick.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n != "filler.bin")
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");

    stick.free();
    json(data, &["bundle", "export", bundle.to_str().unwrap()]);
    assert!(bundle.exists());
}
