//! USB bundles between laptops (DESIGN.md §5) against real SQLite files in
//! separate data directories: a round trip, importing twice, and every kind
//! of bad bundle refused whole with nothing changed.

mod support;

use pledge_core::signing::{b64_decode, b64_encode};
use pledge_store::{BundleSelection, ImportOutcome, ReviewFilter, Store, StoreError};
use support::{laptop, Laptop};

#[test]
fn a_bundle_goes_from_one_laptop_to_another_once_with_its_signatures() {
    let mut a = laptop("kigali-2022");
    let p1 = a.sign("Connect schools in Rwanda", "RWA", "access");
    let p2 = a.sign("Train teachers in Malawi", "MWI", "adoption");
    let file = a.file("day1.p2cbundle");
    let exported = a
        .store
        .export_bundle(&a.id, &BundleSelection::Unacknowledged, &file)
        .unwrap();
    assert_eq!(exported.items, 2);
    assert_eq!(exported.bytes, std::fs::metadata(&file).unwrap().len());
    assert_eq!(
        a.store.reconcile_local().unwrap().only_here,
        0,
        "both left on the stick"
    );

    let mut b = laptop("kigali-2022");
    let bundle = pledge_store::read_bundle(&file).unwrap();
    let first = b.store.import_bundle(&bundle).unwrap();
    assert_eq!((first.created, first.duplicate, first.conflict), (2, 0, 0));
    let again = b.store.import_bundle(&bundle).unwrap();
    assert_eq!(
        (again.created, again.duplicate),
        (0, 2),
        "importing twice changes nothing"
    );

    let queue = b.store.review_queue(&ReviewFilter::default()).unwrap();
    assert_eq!(queue.len(), 2);
    assert!(queue
        .iter()
        .all(|i| !i.own_device && i.imported_from.as_deref() == Some(exported.bundle_id.as_str())));
    for id in [&p1, &p2] {
        // the exact bytes and the original device's signature
        assert_eq!(
            b.store.signed_bytes(id).unwrap(),
            a.store.signed_bytes(id).unwrap()
        );
    }
    assert_eq!(
        b.store.outbox_counts().unwrap().queued,
        2,
        "forwarded on the next sync"
    );
    let rec = b.store.reconcile_local().unwrap();
    assert_eq!(rec.devices.len(), 1);
    assert_eq!(rec.devices[0].device_id, a.id.device_id);
    assert!(!rec.devices[0].own_device && rec.devices[0].local_gaps.is_empty());

    // a batch bundle back to laptop a: all duplicates
    let batch = b
        .store
        .create_batch("From laptop A", std::slice::from_ref(&p2))
        .unwrap();
    let back = b.file("batch.p2cbundle");
    b.store
        .export_bundle(
            &b.id,
            &BundleSelection::Batch {
                batch_id: batch.batch.batch_id,
            },
            &back,
        )
        .unwrap();
    let answer = a
        .store
        .import_bundle(&pledge_store::read_bundle(&back).unwrap())
        .unwrap();
    assert_eq!(
        answer.results.iter().map(|r| r.outcome).collect::<Vec<_>>(),
        vec![ImportOutcome::Duplicate]
    );
}

/// Everything in `b`'s store, to show a refused import changed nothing.
fn snapshot(store: &Store) -> (u64, usize) {
    let c = store.outbox_counts().unwrap();
    (
        c.queued + c.signed + c.acknowledged,
        store.review_queue(&ReviewFilter::default()).unwrap().len(),
    )
}

#[test]
fn bad_bundles_are_refused_whole_with_the_reason_and_change_nothing() {
    let mut a = laptop("kigali-2022");
    for i in 0..3 {
        a.sign(&format!("Connect schools, phase {i}"), "RWA", "access");
    }
    let file = a.file("good.p2cbundle");
    a.store
        .export_bundle(&a.id, &BundleSelection::Unacknowledged, &file)
        .unwrap();
    let text = std::fs::read(&file).unwrap();
    let mut b = laptop("kigali-2022");
    let before = snapshot(&b.store);
    let refuse = |b: &mut Laptop, bytes: &[u8]| -> StoreError {
        let path = b.file("bad.p2cbundle");
        std::fs::write(&path, bytes).unwrap();
        let err = pledge_store::read_bundle(&path)
            .and_then(|bundle| b.store.import_bundle(&bundle))
            .unwrap_err();
        assert_eq!(snapshot(&b.store), before, "nothing half-imported: {err}");
        err
    };

    // truncated
    let err = refuse(&mut b, &text[..text.len() / 2]);
    assert_eq!(err.code(), "bundle_invalid");
    assert!(err.to_string().contains("copied completely"), "{err}");
    // wrong format
    assert_eq!(
        refuse(&mut b, b"PK\x03\x04 not a bundle").code(),
        "bundle_invalid"
    );
    let mut v: serde_json::Value = serde_json::from_slice(&text).unwrap();
    let mut other_version = v.clone();
    other_version["v"] = 2.into();
    assert_eq!(
        refuse(&mut b, &serde_json::to_vec(&other_version).unwrap()).code(),
        "bundle_invalid"
    );

    // a tampered pledge is named
    let mut tampered = v.clone();
    let signed = tampered["items"][1]["signed"].as_str().unwrap().to_owned();
    let mut envelope: serde_json::Value =
        serde_json::from_slice(&b64_decode(&signed).unwrap()).unwrap();
    let pledge_id = envelope["pledge_id"].as_str().unwrap().to_owned();
    envelope["pledge"]["title"] = "Connect 5000 rural schools".into();
    let bytes = serde_json_canonicalizer::to_vec(&envelope).unwrap();
    tampered["items"][1]["signed"] = b64_encode(&bytes).into();
    let err = refuse(&mut b, &serde_json::to_vec(&tampered).unwrap());
    assert_eq!(err.code(), "bundle_tampered");
    assert!(
        err.to_string().contains("Item 2") && err.to_string().contains(&pledge_id),
        "{err}"
    );

    // a changed header (the event) breaks the manifest signature
    let mut header = v.clone();
    header["created_at"] = "2022-06-09T08:00:00Z".into();
    assert_eq!(
        refuse(&mut b, &serde_json::to_vec(&header).unwrap()).code(),
        "bundle_tampered"
    );

    // a pledge whose device the bundle does not list
    v["devices"] = serde_json::json!([]);
    v["exporter"]["device_id"] = "01890a5d-ac96-774b-bcce-b302099a8057".into();
    let err = refuse(&mut b, &serde_json::to_vec(&v).unwrap());
    assert!(
        ["bundle_unknown_device", "bundle_tampered"].contains(&err.code().as_str()),
        "{err}"
    );

    // another event's bundle
    let mut c = laptop("geneva-2023");
    c.sign("Connect schools in Geneva", "RWA", "access");
    let wrong = c.file("geneva.p2cbundle");
    c.store
        .export_bundle(&c.id, &BundleSelection::Unacknowledged, &wrong)
        .unwrap();
    let bytes = std::fs::read(&wrong).unwrap();
    let err = refuse(&mut b, &bytes);
    assert_eq!(err.code(), "bundle_wrong_event");
    assert!(err.to_string().contains("geneva-2023"));

    // the good one still imports
    let ok = b
        .store
        .import_bundle(&pledge_store::read_bundle(&file).unwrap())
        .unwrap();
    assert_eq!(ok.created, 3);
}

#[test]
fn oversized_and_unreadable_files_and_unwritable_exports_say_so() {
    let mut a = laptop("kigali-2022");
    a.sign("Connect schools in Rwanda", "RWA", "access");
    let big = a.file("big.p2cbundle");
    let f = std::fs::File::create(&big).unwrap();
    // The platform's cap (64 MiB), not a laptop's own larger one: a bundle
    // the platform would refuse is refused here before it is read.
    assert_eq!(pledge_store::MAX_BUNDLE_BYTES, 64 * 1024 * 1024);
    f.set_len(64 * 1024 * 1024 + 1).unwrap(); // sparse: no disk used
    assert_eq!(
        pledge_store::read_bundle(&big).unwrap_err().code(),
        "bundle_too_large"
    );
    assert_eq!(
        pledge_store::read_bundle(&a.file("missing.p2cbundle"))
            .unwrap_err()
            .code(),
        "file_unreadable"
    );

    let nowhere = a.file("no-such-folder").join("out.p2cbundle");
    let err = a
        .store
        .export_bundle(&a.id, &BundleSelection::Unacknowledged, &nowhere)
        .unwrap_err();
    assert_eq!(err.code(), "file_unwritable");
    assert!(err.to_string().contains("no-such-folder"));
    assert_eq!(
        a.store.reconcile_local().unwrap().only_here,
        1,
        "a failed export is not recorded"
    );
    let err = a
        .store
        .export_bundle(&a.id, &BundleSelection::Unacknowledged, &a.path)
        .unwrap_err();
    assert_eq!(err.code(), "file_unwritable");
    assert_eq!(
        a.store
            .export_bundle(
                &a.id,
                &BundleSelection::Batch {
                    batch_id: "nope".into()
                },
                &a.file("x")
            )
            .unwrap_err()
            .code(),
        "batch_not_found"
    );
    let empty = laptop("kigali-2022");
    let mut empty = empty;
    assert_eq!(
        empty
            .store
            .export_bundle(
                &empty.id,
                &BundleSelection::Unacknowledged,
                &empty.file("x")
            )
            .unwrap_err()
            .code(),
        "nothing_to_export"
    );
}

#[test]
fn a_bundle_cannot_take_over_the_importing_laptops_device_id() {
    use pledge_core::bundle::seal_bundle;
    use pledge_core::signing::{seal, DeviceKey};
    use pledge_core::wire::{BundleDevice, SignedItem};

    let mut a = laptop("kigali-2022");
    a.sign("Connect schools in Rwanda", "RWA", "access");
    let file = a.file("a.p2cbundle");
    a.store
        .export_bundle(&a.id, &BundleSelection::Unacknowledged, &file)
        .unwrap();
    let mut b = laptop("kigali-2022");
    let before = snapshot(&b.store);

    // the same pledge, re-signed by an impostor key under b's device id
    let impostor = DeviceKey::from_seed(&[9; 32]);
    let mut bundle = pledge_store::read_bundle(&file).unwrap();
    let mut envelope: pledge_core::Envelope =
        serde_json::from_slice(&b64_decode(&bundle.items[0].signed).unwrap()).unwrap();
    envelope.device_id = b.id.device_id.clone();
    let sealed = seal(&envelope, &impostor).unwrap();
    bundle.items = vec![SignedItem {
        signed: sealed.signed_b64(),
        signature: sealed.signature_b64(),
    }];
    bundle.devices = vec![BundleDevice {
        device_id: b.id.device_id.clone(),
        public_key: impostor.public_key().to_base64(),
    }];
    bundle.exporter.public_key = impostor.public_key().to_base64();
    let bundle = seal_bundle(bundle, &impostor).unwrap();
    let err = b.store.import_bundle(&bundle).unwrap_err();
    assert_eq!(err.code(), "bundle_unknown_device", "{err}");
    assert_eq!(snapshot(&b.store), before);
    // and b still signs
    b.sign("Train teachers in Malawi", "MWI", "adoption");
}
