//! Bad input: a problem+json answer with a stable code, never a 5xx, and
//! nothing stored.

use serde_json::json;

use crate::env::{Backend, Env, EVENT};

pub async fn missing_or_unknown_token_is_401(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let (_, item) = d.device.pledge(EVENT, 1);
    let body = json!({ "items": [item] });
    for token in [None, Some("pdt1_0000"), Some("")] {
        let reply = env.api.post_json("/v1/pledges:batch", token, &body).await;
        assert_eq!(
            (reply.status, reply.code()),
            (401, "unauthorized"),
            "{token:?}"
        );
        assert_eq!(reply.headers["www-authenticate"], "Bearer");
    }
    for path in [
        "/v1/status-changes",
        "/v1/devices/me/reconcile",
        "/v1/pledges/x",
    ] {
        assert_eq!(env.api.get(path, None).await.status, 401, "{path}");
    }
    let basic = env
        .api
        .send(
            env.api
                .http
                .get(format!("{}/v1/devices/me/reconcile", env.api.base))
                .basic_auth("a", Some("b")),
        )
        .await
        .unwrap();
    assert_eq!(basic.status, 401);
    assert_eq!(env.stored_for(&d.token).await, 0);
}

pub async fn malformed_bodies_are_4xx_problems_and_store_nothing(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let (_, item) = d.device.pledge(EVENT, 1);
    let good = serde_json::to_vec(&json!({ "items": [item] })).unwrap();
    let deep = "[".repeat(100_000).into_bytes();
    let mut binary: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    binary.insert(0, 0xff);
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        (
            "truncated",
            good[..good.len() / 2].to_vec(),
            400,
            "malformed_json",
        ),
        ("empty", Vec::new(), 400, "malformed_json"),
        ("deeply nested", deep, 400, "invalid_body"),
        ("binary", binary, 400, "malformed_json"),
        (
            "trailing garbage",
            [good.clone(), b"}".to_vec()].concat(),
            400,
            "malformed_json",
        ),
        (
            "wrong type",
            br#"{"items":"all of them"}"#.to_vec(),
            400,
            "invalid_body",
        ),
        (
            "item of wrong type",
            br#"{"items":[{"signed":1,"signature":2}]}"#.to_vec(),
            400,
            "invalid_body",
        ),
        (
            "missing field",
            br#"{"items":[{"signed":"AAAA"}]}"#.to_vec(),
            400,
            "invalid_body",
        ),
        (
            "unknown field",
            br#"{"items":[],"priority":"high"}"#.to_vec(),
            400,
            "invalid_body",
        ),
        (
            "unknown item field",
            br#"{"items":[{"signed":"","signature":"","x":1}]}"#.to_vec(),
            400,
            "invalid_body",
        ),
        ("not an object", b"[]".to_vec(), 400, "invalid_body"),
    ];
    for (what, body, status, code) in cases {
        let reply = env
            .api
            .post_raw(
                "/v1/pledges:batch",
                Some(&d.token),
                "application/json",
                body,
            )
            .await;
        assert_eq!((reply.status, reply.code()), (status, code), "{what}");
    }
    let reply = env
        .api
        .post_raw(
            "/v1/pledges:batch",
            Some(&d.token),
            "text/plain",
            good.clone(),
        )
        .await;
    assert_eq!(
        (reply.status, reply.code()),
        (415, "unsupported_media_type")
    );
    let reply = env
        .api
        .post_raw(
            "/v1/devices",
            None,
            "application/json",
            b"{\"event_id\":".to_vec(),
        )
        .await;
    assert_eq!((reply.status, reply.code()), (400, "malformed_json"));
    let reply = env
        .api
        .get("/v1/status-changes?limit=many", Some(&d.token))
        .await;
    assert_eq!((reply.status, reply.code()), (400, "invalid_query"));
    // The document says 1–1000: outside that is refused, not clamped.
    for limit in ["0", "1001", "2147483648"] {
        let reply = env
            .api
            .get(&format!("/v1/status-changes?limit={limit}"), Some(&d.token))
            .await;
        assert_eq!(
            (reply.status, reply.code()),
            (400, "invalid_query"),
            "{limit}"
        );
    }
    let reply = env
        .api
        .get("/v1/status-changes?cursor=42", Some(&d.token))
        .await;
    assert_eq!((reply.status, reply.code()), (400, "invalid_cursor"));
    assert_eq!(env.stored_for(&d.token).await, 0, "nothing stored");
    // The server is still healthy and accepts the good body.
    let reply = env
        .api
        .post_raw(
            "/v1/pledges:batch",
            Some(&d.token),
            "application/json",
            good,
        )
        .await;
    assert_eq!(reply.results()[0]["outcome"], "created");
}

pub async fn oversize_body_and_too_many_items_are_413(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let huge = json!({ "items": [{ "signed": "A".repeat(5 * 1024 * 1024), "signature": "" }] });
    let reply = env
        .api
        .post_json("/v1/pledges:batch", Some(&d.token), &huge)
        .await;
    assert_eq!((reply.status, reply.code()), (413, "body_too_large"));

    let items: Vec<_> = (1..=101).map(|seq| d.device.pledge(EVENT, seq).1).collect();
    let reply = env.api.push(&d.token, &items).await;
    assert_eq!((reply.status, reply.code()), (413, "too_many_items"));
    assert_eq!(env.stored_for(&d.token).await, 0);
    let reply = env.api.push(&d.token, &items[..100]).await;
    assert_eq!(reply.results().len(), 100, "exactly 100 items are accepted");
    assert_eq!(env.stored_for(&d.token).await, 100);
}
