//! `POST /v1/pledges:batch`: every per-item outcome of DESIGN.md §4.

use pledge_core::signing::{b64_encode, canonical, PLEDGE_PREFIX};
use pledge_core::wire::SignedItem;
use serde_json::Value;

use crate::env::{Backend, Env, EVENT};
use crate::support::fixtures::{tampered, Device};

/// Signs arbitrary bytes as a device would sign a pledge.
fn sign_bytes(device: &Device, bytes: &[u8]) -> SignedItem {
    SignedItem {
        signed: b64_encode(bytes),
        signature: b64_encode(&device.key.sign_prefixed(PLEDGE_PREFIX, bytes)),
    }
}

fn assert_rejected(result: &Value, code: &str) {
    assert_eq!(result["outcome"], "rejected", "{result}");
    assert_eq!(result["code"], code, "{result}");
    assert!(result["message"].is_string());
    assert!(result.get("server_seq").is_none());
}

pub async fn created_then_duplicate_with_the_first_answer(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let (id, item) = d.device.pledge(EVENT, 1);
    let first = env.api.push(&d.token, std::slice::from_ref(&item)).await;
    let created = &first.results()[0];
    assert_eq!(created["outcome"], "created");
    assert_eq!(created["pledge_id"], id.as_str());
    assert!(created["server_seq"].as_i64().unwrap() > 0);
    assert!(pledge_core::is_timestamp(
        created["received_at"].as_str().unwrap()
    ));

    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let again = env.api.push(&d.token, &[item.clone(), item]).await;
    for duplicate in again.results() {
        assert_eq!(duplicate["outcome"], "duplicate");
        assert_eq!(duplicate["server_seq"], created["server_seq"]);
        assert_eq!(
            duplicate["received_at"], created["received_at"],
            "the first answer's time"
        );
    }
    assert_eq!(env.stored_for(&d.token).await, 1);
}

pub async fn conflict_keeps_the_first(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let envelope = d.device.envelope(EVENT, 1);
    let first = d.device.seal(&envelope);
    let mut changed = envelope.clone();
    changed.pledge.title = "Connect 900 rural schools in Rwanda and Malawi".into();
    let second = d.device.seal(&changed);
    let created = env
        .api
        .push(&d.token, std::slice::from_ref(&first))
        .await
        .results()[0]
        .clone();
    assert_eq!(created["outcome"], "created");
    let reply = env.api.push(&d.token, &[second]).await;
    assert_eq!(reply.results()[0]["outcome"], "conflict");
    assert_eq!(reply.results()[0]["pledge_id"], envelope.pledge_id.as_str());

    let stored = env
        .api
        .get(
            &format!("/v1/pledges/{}", envelope.pledge_id),
            Some(&d.token),
        )
        .await;
    assert_eq!(stored.status, 200);
    assert_eq!(
        stored.body["signed"],
        first.signed.as_str(),
        "the first stays"
    );
    assert_eq!(stored.body["server_seq"], created["server_seq"]);
    assert_eq!(env.stored_for(&d.token).await, 1);
}

pub async fn tampered_pledge_is_rejected_bad_signature(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let (id, item) = d.device.pledge(EVENT, 1);
    let reply = env.api.push(&d.token, &[tampered(&item)]).await;
    assert_rejected(&reply.results()[0], "bad_signature");
    assert_eq!(reply.results()[0]["pledge_id"], id.as_str());
    let other = Device::new();
    let mut wrong_key = item.clone();
    wrong_key.signature = b64_encode(&other.key.sign_prefixed(PLEDGE_PREFIX, b"x"));
    assert_rejected(
        &env.api.push(&d.token, &[wrong_key]).await.results()[0],
        "bad_signature",
    );
    assert_eq!(env.stored_for(&d.token).await, 0);
}

pub async fn non_canonical_and_invalid_content_are_rejected(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let envelope = d.device.envelope(EVENT, 1);
    let pretty = serde_json::to_vec_pretty(&envelope).unwrap();
    let mut invalid = d.device.envelope(EVENT, 2);
    invalid.pledge.title = "abc".into();
    let invalid = canonical(&invalid).unwrap();
    let mut unsigned = d.device.envelope(EVENT, 3);
    unsigned.signatories.pop();
    let unsigned = canonical(&unsigned).unwrap();
    let items = [
        sign_bytes(&d.device, &pretty),
        sign_bytes(&d.device, &invalid),
        sign_bytes(&d.device, &unsigned),
    ];
    let reply = env.api.push(&d.token, &items).await;
    assert_rejected(&reply.results()[0], "not_canonical");
    assert_rejected(&reply.results()[1], "invalid_content");
    assert_rejected(&reply.results()[2], "invalid_content");
    assert_eq!(env.stored_for(&d.token).await, 0);
}

pub async fn unreadable_items_are_rejected_with_codes(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let (_, good) = d.device.pledge(EVENT, 1);
    let items = [
        SignedItem {
            signed: "%%% not base64".into(),
            signature: good.signature.clone(),
        },
        SignedItem {
            signed: good.signed.clone(),
            signature: "*".into(),
        },
        SignedItem {
            signed: good.signed.clone(),
            signature: b64_encode(&[7u8; 63]),
        },
        SignedItem {
            signed: b64_encode(b"[1,2,3]"),
            signature: good.signature.clone(),
        },
        SignedItem {
            signed: b64_encode(&[0xff, 0xfe, 0x00]),
            signature: good.signature.clone(),
        },
        good.clone(),
    ];
    let reply = env.api.push(&d.token, &items).await;
    let results = reply.results();
    assert_eq!(results.len(), 6, "one result per item, in order");
    assert_rejected(&results[0], "bad_base64");
    assert!(results[0]["pledge_id"].is_null());
    assert_rejected(&results[1], "bad_base64");
    assert_rejected(&results[2], "bad_signature");
    assert_rejected(&results[3], "malformed_envelope");
    assert_rejected(&results[4], "malformed_envelope");
    assert_eq!(results[5]["outcome"], "created");
    assert_eq!(env.stored_for(&d.token).await, 1);
}

pub async fn unknown_device_is_rejected(backend: Backend) {
    let env = Env::start(backend).await;
    let staff = env.staff().await;
    let stranger = Device::new();
    let (_, item) = stranger.pledge(EVENT, 1);
    let reply = env.api.push(&staff.token, &[item]).await;
    assert_rejected(&reply.results()[0], "unknown_device");
    assert!(env.all_changes(&staff.token).await.is_empty());
}

pub async fn revoked_device_is_refused(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let staff = env.staff().await;
    let (_, first) = d.device.pledge(EVENT, 1);
    assert_eq!(
        env.api.push(&d.token, &[first]).await.results()[0]["outcome"],
        "created"
    );
    let out = env.admin(&["device", "revoke", &d.device.id]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let (_, second) = d.device.pledge(EVENT, 2);
    let reply = env.api.push(&d.token, std::slice::from_ref(&second)).await;
    assert_eq!((reply.status, reply.code()), (403, "revoked_device"));
    let reply = env.api.push(&staff.token, &[second]).await;
    assert_rejected(&reply.results()[0], "revoked_device");
    let reply = env.api.enroll(EVENT, &env.delegate_code, &d.device).await;
    assert_eq!((reply.status, reply.code()), (403, "revoked_device"));
    assert_eq!(env.all_changes(&staff.token).await.len(), 1);
}

pub async fn wrong_event_is_rejected(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let staff = env.staff().await;
    let (_, item) = d.device.pledge("geneva-2023", 1);
    assert_rejected(
        &env.api
            .push(&d.token, std::slice::from_ref(&item))
            .await
            .results()[0],
        "wrong_event",
    );
    assert_rejected(
        &env.api.push(&staff.token, &[item]).await.results()[0],
        "wrong_event",
    );
    assert_eq!(env.stored_for(&d.token).await, 0);
}

pub async fn delegate_forwarding_is_rejected_staff_forwarding_created(backend: Backend) {
    let env = Env::start(backend).await;
    let signer = env.delegate().await;
    let courier = env.delegate().await;
    let staff = env.staff().await;
    let (id, item) = signer.device.pledge(EVENT, 1);
    let reply = env
        .api
        .push(&courier.token, std::slice::from_ref(&item))
        .await;
    assert_rejected(&reply.results()[0], "not_own_pledge");
    let reply = env
        .api
        .push(&staff.token, std::slice::from_ref(&item))
        .await;
    assert_eq!(reply.results()[0]["outcome"], "created");
    // The signer's own push later is a duplicate, and the pledge counts as the signer's.
    let reply = env.api.push(&signer.token, &[item]).await;
    assert_eq!(reply.results()[0]["outcome"], "duplicate");
    assert_eq!(env.stored_for(&signer.token).await, 1);
    assert_eq!(env.stored_for(&staff.token).await, 0);
    let got = env
        .api
        .get(&format!("/v1/pledges/{id}"), Some(&signer.token))
        .await;
    assert_eq!(got.body["public_key"], signer.device.public_key().as_str());
}

pub async fn amendment_supersedes_the_old_pledge(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let (old_id, old) = d.device.pledge(EVENT, 1);
    let mut amended = d.device.envelope(EVENT, 2);
    amended.supersedes = Some(old_id.clone());
    let reply = env
        .api
        .push(&d.token, &[old, d.device.seal(&amended)])
        .await;
    assert!(reply.results().iter().all(|r| r["outcome"] == "created"));
    let feed = env.api.feed(&d.token, "", 100).await;
    let statuses: Vec<(String, String)> = feed.body["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["pledge_id"].as_str().unwrap().into(),
                e["status"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        [
            (old_id.clone(), "received".into()),
            (amended.pledge_id.clone(), "received".into()),
            (old_id.clone(), "superseded".into())
        ]
    );
    let got = env
        .api
        .get(&format!("/v1/pledges/{old_id}"), Some(&d.token))
        .await;
    assert_eq!(got.body["status"], "superseded");
}
