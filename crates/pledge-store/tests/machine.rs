//! The identity is bound to the machine (issue 25): a data directory copied
//! onto another machine (a laptop imaged from a master that had started
//! Pledge Desk) takes a new identity at start, and keeps the old key and
//! the pledges signed with it untouched.

mod support;

use std::path::Path;

use pledge_core::signing::{verify, PublicKey};
use pledge_store::{
    retired_key_file, verify_bundle, BundleSelection, EventSettings, RenewalReason, Store,
    DATABASE_FILE, KEY_FILE,
};
use support::{example, signatory};

const EVENT: &str = "kigali-2022";

fn open(dir: &Path, machine: &str) -> Store {
    let mut store = Store::open(&dir.join(DATABASE_FILE)).unwrap();
    store.set_machine_id(machine);
    store
}

fn sign(store: &mut Store, title: &str) -> String {
    let id = store.identity().unwrap();
    let d = store
        .create_draft(&example(title, "RWA", "access"))
        .unwrap();
    store
        .seal_draft(&id, &d.id, d.revision, signatory())
        .unwrap()
        .pledge_id
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// Each stored pledge verifies with the public key stored beside it.
fn assert_verifies(store: &Store, pledge_id: &str) {
    let bytes = store.signed_bytes(pledge_id).unwrap();
    let key = PublicKey::from_base64(&bytes.public_key).unwrap();
    verify(&bytes.signed, &bytes.signature, &key).expect("the pledge still verifies");
}

#[test]
fn a_copy_on_another_machine_takes_a_new_identity_and_old_pledges_still_verify() {
    let master = tempfile::tempdir().unwrap();
    let (old_id, old_key, signed) = {
        let mut store = open(master.path(), "machine-of-the-master");
        store
            .set_event(&EventSettings {
                event_id: EVENT.into(),
                event_name: "P2C Roundtable".into(),
            })
            .unwrap();
        let id = store.identity().unwrap();
        let signed = vec![
            sign(&mut store, "Connect 500 rural schools"),
            sign(&mut store, "Train 2000 teachers"),
        ];
        (id.device_id, id.public_key.to_base64(), signed)
    };

    // The disk is imaged onto another laptop: same files, another machine.
    let copy = tempfile::tempdir().unwrap();
    copy_dir(master.path(), copy.path());
    let mut store = open(copy.path(), "machine-of-the-copy");
    let new = store.identity().unwrap();
    assert_ne!(new.device_id, old_id, "a copy must not sign as the master");
    assert_ne!(new.public_key.to_base64(), old_key);
    assert_eq!(
        store.next_device_seq().unwrap(),
        1,
        "a new device counts from 1"
    );

    // The old identity is retired, not forgotten: its key file is kept.
    let retired = store.retired_identities().unwrap();
    assert_eq!(retired.len(), 1);
    assert_eq!(retired[0].device_id, old_id);
    assert_eq!(retired[0].reason, RenewalReason::OtherMachine);
    assert_eq!(retired[0].new_device_id, new.device_id);
    let archived = std::fs::read_to_string(copy.path().join(retired_key_file(&old_id))).unwrap();
    assert!(archived.contains(&old_key));
    let current = std::fs::read_to_string(copy.path().join(KEY_FILE)).unwrap();
    assert!(current.contains(&new.device_id));

    // The pledges signed before are untouched and still verify; receipts
    // and bundles of them still work.
    for id in &signed {
        assert_verifies(&store, id);
        let record = store.pledge(id).unwrap();
        assert_eq!(record.envelope.device_id, old_id);
        assert_eq!(record.public_key, old_key);
    }
    let fresh = sign(&mut store, "Reach 1 million people");
    let record = store.pledge(&fresh).unwrap();
    assert_eq!(
        (
            record.envelope.device_id.as_str(),
            record.envelope.device_seq
        ),
        (new.device_id.as_str(), 1)
    );
    assert_verifies(&store, &fresh);
    let bundle = store
        .build_bundle(&new, &BundleSelection::Unacknowledged)
        .unwrap();
    assert_eq!(verify_bundle(&bundle).unwrap().items, 3);

    // Opening it again on the same machine keeps the new identity.
    drop(store);
    let mut again = open(copy.path(), "machine-of-the-copy");
    assert_eq!(again.identity().unwrap().device_id, new.device_id);
    assert_eq!(again.retired_identities().unwrap().len(), 1);

    // The master's own directory is not affected.
    let mut master_store = open(master.path(), "machine-of-the-master");
    assert_eq!(master_store.identity().unwrap().device_id, old_id);
    assert!(master_store.retired_identities().unwrap().is_empty());
}

#[test]
fn two_data_directories_on_one_machine_keep_their_identities() {
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let id_a = open(a.path(), "one-machine").identity().unwrap().device_id;
    let id_b = open(b.path(), "one-machine").identity().unwrap().device_id;
    assert_ne!(id_a, id_b);
    for _ in 0..2 {
        assert_eq!(
            open(a.path(), "one-machine").identity().unwrap().device_id,
            id_a
        );
        assert_eq!(
            open(b.path(), "one-machine").identity().unwrap().device_id,
            id_b
        );
    }
    assert!(open(a.path(), "one-machine")
        .retired_identities()
        .unwrap()
        .is_empty());
}

#[test]
fn a_renewal_cut_short_after_the_new_key_file_is_finished_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let old = open(dir.path(), "m").identity().unwrap();
    // What a renewal leaves on disk if the power fails after writing the
    // new key file but before the database names it.
    let copy = tempfile::tempdir().unwrap();
    copy_dir(dir.path(), copy.path());
    let renewed = {
        let mut store = open(copy.path(), "m");
        store
            .renew_identity(RenewalReason::DeviceSeqReused)
            .unwrap()
    };
    std::fs::copy(copy.path().join(KEY_FILE), dir.path().join(KEY_FILE)).unwrap();
    std::fs::copy(
        copy.path().join(retired_key_file(&old.device_id)),
        dir.path().join(retired_key_file(&old.device_id)),
    )
    .unwrap();

    let mut store = open(dir.path(), "m");
    let id = store.identity().unwrap();
    assert_eq!(id.device_id, renewed.device_id);
    assert_eq!(
        store.retired_identities().unwrap()[0].device_id,
        old.device_id
    );
}
