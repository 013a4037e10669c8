//! USB bundles into the real `pledge-server`: a laptop that never gets
//! online hands its pledges to a staff laptop, which forwards them on its
//! next sync (store and forward) or uploads the file as it is.

mod support;

use pledge_core::wire::PledgeStatus;
use pledge_store::{read_bundle, BundleSelection, OutboxState};
use pledge_sync::{reconcile, sync_once, upload_bundle_file, UploadOutcome};
use support::*;

/// A laptop that never gets online, with `n` pledges signed and exported
/// to a bundle file in its data directory.
fn offline_laptop_with_bundle(n: usize) -> (Device, Vec<String>, std::path::PathBuf) {
    let offline = Device::new("kigali-2022");
    let ids = offline.sign(n);
    let file = offline.dir.path().join("day1.p2cbundle");
    offline
        .store
        .lock()
        .unwrap()
        .export_bundle(&offline.identity, &BundleSelection::Unacknowledged, &file)
        .unwrap();
    (offline, ids, file)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_staff_laptop_forwards_pledges_signed_on_a_laptop_that_never_got_online() {
    let data = tempfile::tempdir().unwrap();
    let (_, staff_code) = Server::create_event(data.path(), "kigali-2022");
    let server = Server::start(data.path(), "127.0.0.1:0");

    // laptop A is never enrolled and never online
    let (offline, ids, file) = offline_laptop_with_bundle(3);

    // staff laptop B imports it and syncs
    let staff = Device::new("kigali-2022");
    staff.enroll(&server.url, &staff_code).await;
    let own = staff.sign(1);
    let bundle = read_bundle(&file).unwrap();
    let imported = staff.store.lock().unwrap().import_bundle(&bundle).unwrap();
    assert_eq!(imported.created, 3);
    let report = sync_once(&staff.store, &staff.identity, &|_| {})
        .await
        .unwrap();
    assert_eq!(report.acknowledged, 4, "{report:?}");
    assert_eq!(staff.counts().acknowledged, 4);
    for id in ids.iter().chain(&own) {
        let p = staff.store.lock().unwrap().pledge(id).unwrap();
        assert_eq!(p.state, OutboxState::Acknowledged, "{id}");
        assert_eq!(p.server_status, Some(PledgeStatus::Received), "{id}");
    }

    // the platform holds A's pledges under A's device and key, byte for byte
    let exported = Server::admin(data.path(), &["export"]);
    for id in &ids {
        assert!(exported.contains(id.as_str()), "{id} stored");
    }
    let db = rusqlite::Connection::open(data.path().join("pledge-server.sqlite3")).unwrap();
    let stored: i64 = db
        .query_row(
            "SELECT count(*) FROM pledges WHERE device_id = ?1",
            [&offline.identity.device_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stored, 3);
    let vouched_by: String = db
        .query_row(
            "SELECT vouched_by FROM devices WHERE device_id = ?1",
            [&offline.identity.device_id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(vouched_by, staff.identity.device_id);

    // the same bundle uploaded straight from the file: all duplicates
    let uploaded = upload_bundle_file(&staff.store, &file).await.unwrap();
    assert_eq!((uploaded.items, uploaded.duplicate), (3, 3));
    assert!(uploaded
        .results
        .iter()
        .all(|r| r.outcome == UploadOutcome::Duplicate));

    // reconciliation: everything acknowledged, nothing only on this laptop
    let rec = reconcile(&staff.store, &staff.identity).await.unwrap();
    assert!(rec.server.checked, "{:?}", rec.server);
    assert_eq!(rec.only_here, 0);
    assert_eq!(rec.devices.len(), 2);
    let mine = rec.devices.iter().find(|d| d.own_device).unwrap();
    assert_eq!(mine.server_missing, Some(vec![]));
    let theirs = rec.devices.iter().find(|d| !d.own_device).unwrap();
    assert_eq!((theirs.counts.acknowledged, theirs.total), (3, 3));
    server.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bundle_is_uploaded_straight_to_the_platform_and_a_tampered_one_never_leaves() {
    let data = tempfile::tempdir().unwrap();
    let (delegate_code, staff_code) = Server::create_event(data.path(), "kigali-2022");
    let server = Server::start(data.path(), "127.0.0.1:0");
    let (offline, _, file) = offline_laptop_with_bundle(2);

    // a delegate device may not upload bundles: the platform says so
    let delegate = Device::new("kigali-2022");
    delegate.enroll(&server.url, &delegate_code).await;
    let err = upload_bundle_file(&delegate.store, &file)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("staff"), "{err}");

    let staff = Device::new("kigali-2022");
    staff.enroll(&server.url, &staff_code).await;
    let answer = upload_bundle_file(&staff.store, &file).await.unwrap();
    assert_eq!((answer.items, answer.created), (2, 2));

    // a tampered copy is refused here, naming the item, before any request
    let mut v: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let first = v["items"][0]["signed"].as_str().unwrap().to_owned();
    let mut envelope: serde_json::Value =
        serde_json::from_slice(&pledge_core::signing::b64_decode(&first).unwrap()).unwrap();
    envelope["pledge"]["title"] = "Connect 5,000 rural schools".into();
    v["items"][0]["signed"] =
        pledge_core::signing::b64_encode(&serde_json::to_vec(&envelope).unwrap()).into();
    let bad = offline.dir.path().join("bad.p2cbundle");
    std::fs::write(&bad, serde_json::to_vec(&v).unwrap()).unwrap();
    let err = upload_bundle_file(&staff.store, &bad).await.unwrap_err();
    assert!(err.to_string().contains("Item 1"), "{err}");
    server.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_delegate_laptop_that_cannot_forward_still_delivers_its_own_pledges() {
    let data = tempfile::tempdir().unwrap();
    let (delegate_code, _) = Server::create_event(data.path(), "kigali-2022");
    let server = Server::start(data.path(), "127.0.0.1:0");
    let (_offline, _, file) = offline_laptop_with_bundle(2);

    // imported first, signed later: the own pledges must not wait behind them
    let delegate = Device::new("kigali-2022");
    delegate.enroll(&server.url, &delegate_code).await;
    let bundle = read_bundle(&file).unwrap();
    delegate
        .store
        .lock()
        .unwrap()
        .import_bundle(&bundle)
        .unwrap();
    let own = delegate.sign(2);
    let err = sync_once(&delegate.store, &delegate.identity, &|_| {})
        .await
        .unwrap_err();
    assert!(err.to_string().contains("staff"), "{err}");
    for id in &own {
        let p = delegate.store.lock().unwrap().pledge(id).unwrap();
        assert_eq!(p.state, OutboxState::Acknowledged, "own pledge {id}");
    }
    let counts = delegate.counts();
    assert_eq!(
        (counts.acknowledged, counts.queued, counts.sending),
        (2, 2, 0)
    );
    server.stop();
}
