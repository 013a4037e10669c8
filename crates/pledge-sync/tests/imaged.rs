//! Laptops imaged from one master (issue 25): two copies of one enrolled
//! data directory on machines that cannot be told apart locally both sign
//! and sync. The platform keeps every pledge, flags both
//! `device_seq_reused`, and the laptop it told makes a new identity and
//! enrols again, so each laptop ends up a device of its own.

mod support;

use pledge_core::wire::DEVICE_SEQ_REUSED;
use pledge_store::{OutboxState, RenewalReason};
use pledge_sync::{reconcile, sync_once};
use support::*;

const EVENT: &str = "kigali-2022";

#[tokio::test(flavor = "multi_thread")]
async fn two_clones_that_sign_and_sync_end_up_with_identities_of_their_own() {
    let data = tempfile::tempdir().unwrap();
    let (delegate_code, _) = Server::create_event(data.path(), EVENT);
    let server = Server::start(data.path(), "127.0.0.1:0");

    // The master is enrolled before it is imaged; then two copies of it.
    let master = Device::new(EVENT);
    master.enroll(&server.url, &delegate_code).await;
    let master_id = master.identity.device_id.clone();
    let master_dir = master.dir.path().to_path_buf();
    drop(master.store);
    let a = Device::open_copy(&master_dir);
    let b = Device::open_copy(&master_dir);
    assert_eq!(a.device_id(), master_id);
    assert_eq!(b.device_id(), master_id);

    // Each signs a pledge: both are device_seq 1 of the same device.
    let from_a = a.sign(1);
    let from_b = b.sign(1);
    let ra = sync_once(&a.store, &a.identity, &|_| {}).await.unwrap();
    assert_eq!((ra.acknowledged, ra.renewed_identity.as_deref()), (1, None));
    let rb = sync_once(&b.store, &b.identity, &|_| {}).await.unwrap();
    assert_eq!(rb.acknowledged, 1, "the second pledge is kept, not refused");
    let renewed = rb
        .renewed_identity
        .expect("the laptop told takes a new identity");
    assert_ne!(renewed, master_id);
    assert_eq!(b.device_id(), renewed);
    assert_eq!(a.device_id(), master_id);
    {
        let store = b.store.lock().unwrap();
        let p = store.pledge(&from_b[0]).unwrap();
        assert_eq!(p.state, OutboxState::Acknowledged);
        assert_eq!(
            p.envelope.device_id, master_id,
            "what was signed stays as signed"
        );
        let retired = store.retired_identities().unwrap();
        assert_eq!(retired.len(), 1);
        assert_eq!(
            (retired[0].device_id.as_str(), retired[0].reason),
            (master_id.as_str(), RenewalReason::DeviceSeqReused)
        );
    }

    // Every pledge is stored, both flagged for the secretariat.
    let csv = Server::admin(data.path(), &["export"]);
    for id in [&from_a[0], &from_b[0]] {
        let row = csv
            .lines()
            .find(|l| l.contains(id.as_str()))
            .unwrap_or_else(|| panic!("{id} is not in the export:\n{csv}"));
        assert!(row.contains(DEVICE_SEQ_REUSED), "{row}");
    }

    // The next sync: B signs as its own enrolled device; both reconcile clean.
    let next_b = b.sign(1);
    let rb = sync_once(&b.store, &b.identity, &|_| {}).await.unwrap();
    assert_eq!((rb.acknowledged, rb.renewed_identity.as_deref()), (1, None));
    assert!(rb.missing_on_server.is_empty());
    let p = b.store.lock().unwrap().pledge(&next_b[0]).unwrap();
    assert_eq!(
        (
            p.envelope.device_id.as_str(),
            p.envelope.device_seq,
            p.state
        ),
        (renewed.as_str(), 1, OutboxState::Acknowledged)
    );
    let next_a = a.sign(1);
    let ra = sync_once(&a.store, &a.identity, &|_| {}).await.unwrap();
    assert_eq!((ra.acknowledged, ra.renewed_identity.as_deref()), (1, None));
    assert!(ra.missing_on_server.is_empty());
    let csv = Server::admin(data.path(), &["export"]);
    for id in [&from_a[0], &from_b[0], &next_a[0], &next_b[0]] {
        assert!(csv.contains(id.as_str()), "{id} is stored");
    }
    let new_row = csv
        .lines()
        .find(|l| l.contains(next_b[0].as_str()))
        .unwrap();
    assert!(!new_row.contains(DEVICE_SEQ_REUSED), "{new_row}");

    for (laptop, own) in [(&a, &master_id), (&b, &renewed)] {
        let identity = laptop.store.lock().unwrap().identity().unwrap();
        assert_eq!(&identity.device_id, own);
        let r = reconcile(&laptop.store, &identity).await.unwrap();
        assert!(r.server.checked, "{:?}", r.server);
        assert_eq!(r.only_here, 0);
        let mine = r.devices.iter().find(|d| d.own_device).unwrap();
        assert_eq!(&mine.device_id, own);
        assert_eq!(mine.server_missing, Some(vec![]));
        assert!(r.devices.iter().all(|d| d.local_gaps.is_empty()));
        assert_eq!(r.totals.acknowledged, 2);
    }
    server.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_copy_enrolling_from_another_machine_takes_a_new_identity_and_the_first_keeps_its_token()
{
    let data = tempfile::tempdir().unwrap();
    let (delegate_code, _) = Server::create_event(data.path(), EVENT);
    let server = Server::start(data.path(), "127.0.0.1:0");
    let master = Device::new(EVENT);
    master.enroll(&server.url, &delegate_code).await;
    let master_id = master.identity.device_id.clone();
    master.sign(1);

    // A copy whose machine fingerprint the platform sees as another one
    // enrols the master's device id: refused, so it enrols a new identity.
    let copy = Device::open_copy(master.dir.path());
    copy.store.lock().unwrap().set_machine_id("another machine");
    let answer = pledge_sync::enroll(
        &copy.store,
        &copy.identity,
        &server.url,
        &delegate_code,
        "copy",
    )
    .await
    .unwrap();
    assert_ne!(answer.device_id, master_id);
    assert_eq!(copy.device_id(), answer.device_id);
    let retired = copy.store.lock().unwrap().retired_identities().unwrap();
    assert_eq!(
        (retired[0].device_id.as_str(), retired[0].reason),
        (master_id.as_str(), RenewalReason::DeviceSeqReused)
    );

    // The master's token still works; the copy signs as its own device.
    let r = sync_once(&master.store, &master.identity, &|_| {})
        .await
        .unwrap();
    assert_eq!((r.acknowledged, r.renewed_identity), (1, None));
    copy.sign(1);
    let r = sync_once(&copy.store, &copy.identity, &|_| {})
        .await
        .unwrap();
    // the master's pledge the copy carries goes out as the master's (a
    // duplicate), and the copy's own as the new device
    assert_eq!((r.acknowledged, r.renewed_identity), (2, None));
    server.stop();
}
