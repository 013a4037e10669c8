//! The `pledge` command on an imaged laptop (issue 25): a data directory
//! copied to a machine whose fingerprint differs (injected with
//! `PLEDGE_DESK_MACHINE_ID`) takes a new identity at its first command, and
//! the pledges signed before still verify.

mod support;

use std::path::Path;
use std::process::Command;

use support::*;

/// `pledge ARGS` on `data` as if on the machine whose id is `machine`.
fn on(machine: &str, data: &Path, args: &[&str]) -> serde_json::Value {
    let out = Command::new(BIN)
        .args(args)
        .env("PLEDGE_DESK_DATA_DIR", data)
        .env(pledge_store::MACHINE_ID_ENV, machine)
        .output()
        .expect("run pledge");
    assert!(
        out.status.success(),
        "pledge {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn a_copied_data_directory_takes_a_new_identity_and_its_pledges_still_verify() {
    let master = tempfile::tempdir().unwrap();
    let m = master.path();
    // the master runs on this machine's own fingerprint
    let before = json(m, &["identity"]);
    set_event(m);
    import(m, &[DRAFT.to_owned(), DRAFT.to_owned()]);
    let signed = sign_all(m);
    assert_eq!(signed.len(), 2);

    let copy = tempfile::tempdir().unwrap();
    let c = copy.path();
    for entry in std::fs::read_dir(m).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), c.join(entry.file_name())).unwrap();
        }
    }
    let after = on("imaged-copy", c, &["identity"]);
    assert_ne!(after["device_id"], before["device_id"]);
    assert_ne!(after["public_key"], before["public_key"]);
    assert_eq!(after["next_device_seq"], 1);
    assert_eq!(after["retired"][0]["device_id"], before["device_id"]);
    assert_eq!(after["retired"][0]["reason"], "other_machine");
    // the same machine again: the same (new) identity
    assert_eq!(
        on("imaged-copy", c, &["identity"])["device_id"],
        after["device_id"]
    );

    // The pledges signed as the master still verify on the copy.
    for id in &signed {
        let file = c.join(format!("{id}.json"));
        let exported = on("imaged-copy", c, &["export", id]);
        std::fs::write(&file, exported.to_string()).unwrap();
        let checked = on("imaged-copy", c, &["verify", file.to_str().unwrap()]);
        assert_eq!(checked["pledge_id"], id.as_str(), "{checked}");
    }
    // The master itself is untouched.
    assert_eq!(json(m, &["identity"])["device_id"], before["device_id"]);
}
