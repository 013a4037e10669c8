//! Pledge ids cannot be squatted (DESIGN.md §4): a `pledge_id` already held
//! from another device is not a conflict; both pledges are kept and flagged
//! `pledge_id_collision`, and each device reads its own.

use serde_json::{json, Value};

use crate::env::{Backend, Env, EVENT};

async fn read(env: &Env, id: &str, token: &str) -> Value {
    let reply = env.api.get(&format!("/v1/pledges/{id}"), Some(token)).await;
    assert_eq!(reply.status, 200, "{reply:?}");
    reply.body
}

async fn feed_for(env: &Env, token: &str, id: &str) -> Vec<Value> {
    let reply = env.api.feed(token, "", 1000).await;
    assert_eq!(reply.status, 200, "{reply:?}");
    reply.body["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["pledge_id"] == id)
        .cloned()
        .collect()
}

pub async fn a_squatted_id_displaces_nobody(backend: Backend) {
    let env = Env::start(backend).await;
    let genuine = env.delegate().await;
    let squatter = env.delegate().await;
    let envelope = genuine.device.envelope(EVENT, 1);
    let id = envelope.pledge_id.clone();
    let genuine_item = genuine.device.seal(&envelope);

    // The squatter learned the id (a receipt, a bundle) and pushes first,
    // a pledge of its own under that id.
    let mut squat = squatter.device.envelope(EVENT, 1);
    squat.pledge_id = id.clone();
    let squat_item = squatter.device.seal(&squat);
    let reply = env
        .api
        .push(&squatter.token, std::slice::from_ref(&squat_item))
        .await;
    let first = reply.results()[0].clone();
    assert_eq!(first["outcome"], "created", "{first}");
    assert!(first.get("flags").is_none(), "{first}");

    // The genuine device is neither refused nor told "conflict".
    let reply = env
        .api
        .push(&genuine.token, std::slice::from_ref(&genuine_item))
        .await;
    let created = reply.results()[0].clone();
    assert_eq!(created["outcome"], "created", "{created}");
    assert_eq!(created["pledge_id"], id.as_str());
    assert_eq!(created["flags"], json!(["pledge_id_collision"]));
    assert_ne!(created["server_seq"], first["server_seq"]);

    // Each device reads its own bytes and sees its own status changes.
    let mine = read(&env, &id, &genuine.token).await;
    assert_eq!(mine["signed"], genuine_item.signed.as_str());
    assert_eq!(mine["public_key"], genuine.device.public_key().as_str());
    let theirs = read(&env, &id, &squatter.token).await;
    assert_eq!(theirs["signed"], squat_item.signed.as_str());
    assert_eq!(feed_for(&env, &genuine.token, &id).await.len(), 1);
    assert_eq!(feed_for(&env, &squatter.token, &id).await.len(), 1);
    assert_eq!(env.stored_for(&genuine.token).await, 1);

    // Resending is still idempotent, flag included.
    let again = env.api.push(&genuine.token, &[genuine_item]).await;
    let duplicate = &again.results()[0];
    assert_eq!(duplicate["outcome"], "duplicate");
    assert_eq!(duplicate["server_seq"], created["server_seq"]);
    assert_eq!(duplicate["flags"], json!(["pledge_id_collision"]));

    // Same device, same id, other bytes: still a conflict, the first stays.
    let mut changed = envelope.clone();
    changed.pledge.title = "Connect 900 rural schools in Rwanda and Malawi".into();
    let reply = env
        .api
        .push(&genuine.token, &[genuine.device.seal(&changed)])
        .await;
    assert_eq!(reply.results()[0]["outcome"], "conflict");
    assert_eq!(
        read(&env, &id, &genuine.token).await["signed"],
        mine["signed"]
    );

    // The secretariat must say which pledge it decides on.
    let out = env.admin(&["pledge", "set-status", &id, "published"]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("pledge_id_collision") && message.contains("--device"),
        "{message}"
    );
    for status in ["verified", "published"] {
        let out = env.admin(&[
            "pledge",
            "set-status",
            &id,
            status,
            "--device",
            &genuine.device.id,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    assert_eq!(read(&env, &id, &genuine.token).await["status"], "published");
    assert_eq!(read(&env, &id, &squatter.token).await["status"], "received");

    // Both are in the secretariat's export, each flagged.
    let out = env.admin(&["export"]);
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv.lines().filter(|l| l.contains(id.as_str())).collect();
    assert_eq!(rows.len(), 2, "{csv}");
    assert!(
        rows.iter().all(|r| r.contains("pledge_id_collision")),
        "{csv}"
    );
}
