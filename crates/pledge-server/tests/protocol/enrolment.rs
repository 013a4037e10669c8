//! `POST /v1/devices`: roles, re-enrolment, 403, 404, 409, 400.

use serde_json::json;

use crate::env::{Backend, Env, EVENT};
use crate::support::fixtures::Device;

pub async fn roles_follow_the_code_and_reenrolment_gives_a_new_token(backend: Backend) {
    let env = Env::start(backend).await;
    let device = Device::new();
    let first = env.api.enroll(EVENT, &env.delegate_code, &device).await;
    assert_eq!(first.status, 201, "{first:?}");
    assert_eq!(first.body["role"], "delegate");
    assert_eq!(first.body["device_id"], device.id.as_str());
    let staff = env.staff().await;
    let reply = env
        .api
        .get("/v1/devices/me/reconcile", Some(&staff.token))
        .await;
    assert_eq!(reply.status, 200);

    // Codes are accepted whatever their case and grouping.
    let typed = env.delegate_code.to_lowercase().replace('-', " ");
    let again = env.api.enroll(EVENT, &typed, &device).await;
    assert_eq!(again.status, 201, "{again:?}");
    assert_eq!(again.body["device_id"], device.id.as_str());
    assert_ne!(again.body["device_token"], first.body["device_token"]);
    let new_token = again.body["device_token"].as_str().unwrap();
    assert_eq!(
        env.api
            .get("/v1/devices/me/reconcile", Some(new_token))
            .await
            .status,
        200
    );
    let old_token = first.body["device_token"].as_str().unwrap();
    assert_eq!(
        env.api
            .get("/v1/devices/me/reconcile", Some(old_token))
            .await
            .status,
        401
    );

    // The same device enrolled with the staff code becomes staff.
    let promoted = env.api.enroll(EVENT, &env.staff_code, &device).await;
    assert_eq!(promoted.body["role"], "staff");
}

pub async fn wrong_code_is_403_and_unknown_event_404(backend: Backend) {
    let env = Env::start(backend).await;
    let device = Device::new();
    let reply = env
        .api
        .enroll(EVENT, "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE", &device)
        .await;
    assert_eq!((reply.status, reply.code()), (403, "wrong_enrollment_code"));
    let reply = env
        .api
        .enroll("no-such-event", &env.delegate_code, &device)
        .await;
    assert_eq!((reply.status, reply.code()), (404, "unknown_event"));
    // Nothing was enrolled: the right code now creates the device.
    assert_eq!(
        env.api
            .enroll(EVENT, &env.delegate_code, &device)
            .await
            .status,
        201
    );
}

pub async fn same_device_other_key_is_409(backend: Backend) {
    let env = Env::start(backend).await;
    let enrolled = env.delegate().await;
    let impostor = Device {
        id: enrolled.device.id.clone(),
        ..Device::new()
    };
    let reply = env.api.enroll(EVENT, &env.staff_code, &impostor).await;
    assert_eq!((reply.status, reply.code()), (409, "device_key_mismatch"));
    // The original token still works and the role did not change.
    let reply = env
        .api
        .get("/v1/devices/me/reconcile", Some(&enrolled.token))
        .await;
    assert_eq!(reply.status, 200);
}

pub async fn malformed_enrolments_are_400(backend: Backend) {
    let env = Env::start(backend).await;
    let device = Device::new();
    let valid = json!({"event_id": EVENT, "enrollment_code": env.delegate_code, "device_id": device.id,
        "public_key": device.public_key(), "name": "Laptop", "app_version": "0.1.0"});
    let cases = [
        ("public_key", json!("AAAA"), "bad_public_key"),
        ("public_key", json!("not base64!"), "bad_public_key"),
        ("device_id", json!("LAPTOP-7"), "invalid_device_id"),
        ("event_id", json!("Kigali 2022"), "invalid_event_id"),
        ("name", json!(""), "invalid_body"),
        ("name", json!(12), "invalid_body"),
    ];
    for (field, value, code) in cases {
        let mut body = valid.clone();
        body[field] = value;
        let reply = env.api.post_json("/v1/devices", None, &body).await;
        assert_eq!((reply.status, reply.code()), (400, code), "{field}");
    }
    let mut extra = valid.clone();
    extra["admin"] = json!(true);
    let reply = env.api.post_json("/v1/devices", None, &extra).await;
    assert_eq!(
        (reply.status, reply.code()),
        (400, "invalid_body"),
        "unknown fields are refused"
    );
}

/// The takeover of issue 13: anyone with an event code and a laptop's id and
/// public key (both public: bundles and Settings show them) asks for that
/// laptop's token, with the staff code.
pub async fn takeover_without_the_key_is_refused(backend: Backend) {
    let env = Env::start(backend).await;
    let victim = env.delegate().await;
    let attacker = Device::new();

    // No proof at all.
    let mut body = victim.device.enroll_request(EVENT, &env.staff_code);
    body.as_object_mut().unwrap().remove("proof");
    let reply = env.api.post_json("/v1/devices", None, &body).await;
    assert_eq!(
        (reply.status, reply.code()),
        (401, "enrollment_proof_invalid"),
        "{reply:?}"
    );
    assert!(reply.body.get("device_token").is_none());

    // A proof made by the attacker's own key over the victim's id and key.
    let body = victim
        .device
        .enroll_request_signed_by(&attacker.key, EVENT, &env.staff_code);
    let reply = env.api.post_json("/v1/devices", None, &body).await;
    assert_eq!(
        (reply.status, reply.code()),
        (401, "enrollment_proof_invalid")
    );

    // A genuine proof of another request (the delegate code) does not carry
    // over to the staff code.
    let mut replayed = victim.device.enroll_request(EVENT, &env.delegate_code);
    replayed["enrollment_code"] = env.staff_code.clone().into();
    let reply = env.api.post_json("/v1/devices", None, &replayed).await;
    assert_eq!(
        (reply.status, reply.code()),
        (401, "enrollment_proof_invalid")
    );

    // A proof that is not base64 at all.
    let mut garbage = victim.device.enroll_request(EVENT, &env.staff_code);
    garbage["proof"] = "not base64!".into();
    let reply = env.api.post_json("/v1/devices", None, &garbage).await;
    assert_eq!(
        (reply.status, reply.code()),
        (401, "enrollment_proof_invalid")
    );

    // Nothing changed for the genuine laptop: its token works and it is
    // still a delegate (a bundle upload is staff only).
    let reply = env
        .api
        .get("/v1/devices/me/reconcile", Some(&victim.token))
        .await;
    assert_eq!(reply.status, 200, "{reply:?}");
    let bundle = victim.device.bundle(EVENT, &[&victim.device], vec![]);
    let reply = env.api.upload(&victim.token, &bundle).await;
    assert_eq!((reply.status, reply.code()), (403, "staff_only"));

    // The genuine laptop re-enrols with its own proof: a new token.
    let reply = env
        .api
        .enroll(EVENT, &env.delegate_code, &victim.device)
        .await;
    assert_eq!(reply.status, 201, "{reply:?}");
    assert_ne!(reply.body["device_token"], victim.token.as_str());
}
