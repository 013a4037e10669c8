//! `POST /v1/bundles` (DESIGN.md §5): per-item results exactly as a batch.

use pledge_core::wire::{BundleDevice, SignedItem};

use crate::env::{Backend, Env, EVENT};
use crate::support::fixtures::{tampered, Device};

pub async fn bundle_upload_creates_then_duplicates(backend: Backend) {
    let env = Env::start(backend).await;
    let staff = env.staff().await;
    let known = env.delegate().await;
    // An offline laptop the server never saw, and the staff laptop that exported.
    let offline = Device::new();
    let exporter = Device::new();
    let mut items: Vec<(String, SignedItem)> =
        (1..=3).map(|seq| offline.pledge(EVENT, seq)).collect();
    items.push(known.device.pledge(EVENT, 1));
    items.push(exporter.pledge(EVENT, 1));
    let bundle = exporter.bundle(
        EVENT,
        &[&offline, &known.device, &exporter],
        items.iter().map(|(_, item)| item.clone()).collect(),
    );
    let first = env.api.upload(&staff.token, &bundle).await;
    assert_eq!(first.results().len(), 5);
    for (result, (id, _)) in first.results().iter().zip(&items) {
        assert_eq!(result["outcome"], "created", "{result}");
        assert_eq!(result["pledge_id"], id.as_str());
    }
    let second = env.api.upload(&staff.token, &bundle).await;
    for (again, before) in second.results().iter().zip(first.results()) {
        assert_eq!(again["outcome"], "duplicate");
        assert_eq!(again["server_seq"], before["server_seq"]);
        assert_eq!(again["received_at"], before["received_at"]);
    }
    assert_eq!(
        env.all_changes(&staff.token).await.len(),
        5,
        "importing twice changes nothing"
    );

    // The vouched-for laptop can enrol later with its own key, not another.
    let reply = env.api.enroll(EVENT, &env.delegate_code, &offline).await;
    assert_eq!(reply.status, 201, "{reply:?}");
    let token = reply.body["device_token"].as_str().unwrap();
    let reconcile = env.api.get("/v1/devices/me/reconcile", Some(token)).await;
    assert_eq!(reconcile.body["count"], 3);
    let impostor = Device {
        id: exporter.id.clone(),
        ..Device::new()
    };
    assert_eq!(
        env.api
            .enroll(EVENT, &env.staff_code, &impostor)
            .await
            .status,
        409
    );
}

pub async fn bundle_with_a_tampered_item_rejects_that_item(backend: Backend) {
    let env = Env::start(backend).await;
    let staff = env.staff().await;
    let exporter = Device::new();
    let (good_id, good) = exporter.pledge(EVENT, 1);
    let (bad_id, bad) = exporter.pledge(EVENT, 2);
    // Tampered before export: the manifest covers it, its own signature fails.
    let bundle = exporter.bundle(EVENT, &[&exporter], vec![good, tampered(&bad)]);
    let reply = env.api.upload(&staff.token, &bundle).await;
    let results = reply.results();
    assert_eq!(
        (
            results[0]["outcome"].as_str(),
            results[0]["pledge_id"].as_str()
        ),
        (Some("created"), Some(good_id.as_str()))
    );
    assert_eq!(results[1]["outcome"], "rejected");
    assert_eq!(results[1]["code"], "bad_signature");
    assert_eq!(results[1]["pledge_id"], bad_id.as_str());
}

pub async fn bundle_with_a_bad_manifest_signature_is_refused(backend: Backend) {
    let env = Env::start(backend).await;
    let staff = env.staff().await;
    let exporter = Device::new();
    let items: Vec<_> = (1..=2).map(|seq| exporter.pledge(EVENT, seq).1).collect();
    let good = exporter.bundle(EVENT, &[&exporter], items);

    let mut swapped = good.clone();
    swapped.items[0] = exporter.pledge(EVENT, 3).1;
    let mut resigned = good.clone();
    Device::new().sign_bundle(&mut resigned);
    let mut extra_device = good.clone();
    extra_device.devices.push(BundleDevice {
        device_id: Device::new().id,
        public_key: Device::new().public_key(),
    });
    for (what, bundle) in [
        ("item swapped", swapped),
        ("signed by another key", resigned),
        ("devices changed", extra_device),
    ] {
        let reply = env.api.upload(&staff.token, &bundle).await;
        assert_eq!(
            (reply.status, reply.code()),
            (400, "bad_manifest_signature"),
            "{what}"
        );
    }
    let mut not_base64 = good.clone();
    not_base64.items[0].signed = "%%%".into();
    let reply = env.api.upload(&staff.token, &not_base64).await;
    assert_eq!((reply.status, reply.code()), (400, "malformed_bundle"));
    assert!(
        env.all_changes(&staff.token).await.is_empty(),
        "nothing stored"
    );
}

pub async fn bundle_rules_staff_event_and_keys(backend: Backend) {
    let env = Env::start(backend).await;
    let staff = env.staff().await;
    let delegate = env.delegate().await;
    let exporter = Device::new();
    let items: Vec<_> = (1..=2).map(|seq| exporter.pledge(EVENT, seq).1).collect();
    let bundle = exporter.bundle(EVENT, &[&exporter], items);

    let reply = env.api.upload(&delegate.token, &bundle).await;
    assert_eq!((reply.status, reply.code()), (403, "staff_only"));
    let other_event = exporter.bundle(
        "geneva-2023",
        &[&exporter],
        vec![exporter.pledge("geneva-2023", 1).1],
    );
    let reply = env.api.upload(&staff.token, &other_event).await;
    assert_eq!((reply.status, reply.code()), (403, "wrong_event"));
    let reply = env
        .api
        .post_raw(
            "/v1/bundles",
            Some(&staff.token),
            "text/plain",
            serde_json::to_vec(&bundle).unwrap(),
        )
        .await;
    assert_eq!(
        (reply.status, reply.code()),
        (415, "unsupported_media_type")
    );
    let mut wrong_format = bundle.clone();
    wrong_format.format = "zip".into();
    exporter.sign_bundle(&mut wrong_format);
    let reply = env.api.upload(&staff.token, &wrong_format).await;
    assert_eq!((reply.status, reply.code()), (400, "unsupported_bundle"));

    // A bundle claiming another key for an enrolled device: those items are rejected.
    let impostor = Device {
        id: delegate.device.id.clone(),
        ..Device::new()
    };
    let forged = exporter.bundle(
        EVENT,
        &[&exporter, &impostor],
        vec![impostor.pledge(EVENT, 1).1, exporter.pledge(EVENT, 3).1],
    );
    let reply = env.api.upload(&staff.token, &forged).await;
    assert_eq!(reply.results()[0]["code"], "device_key_mismatch");
    assert_eq!(reply.results()[1]["outcome"], "created");
    // An exporter the server knows with another key: the whole bundle is refused.
    let exporter_impostor = Device {
        id: delegate.device.id.clone(),
        ..Device::new()
    };
    let stolen_id = exporter_impostor.bundle(EVENT, &[], vec![]);
    let reply = env.api.upload(&staff.token, &stolen_id).await;
    assert_eq!((reply.status, reply.code()), (409, "device_key_mismatch"));
}
