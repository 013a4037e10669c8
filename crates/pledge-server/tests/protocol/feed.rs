//! The status feed, reconcile, and fetching a stored pledge.

use std::collections::HashSet;

use crate::env::{Backend, Env, EVENT};

pub async fn status_feed_pages_with_a_cursor(backend: Backend) {
    let env = Env::start(backend).await;
    let a = env.delegate().await;
    let b = env.delegate().await;
    let staff = env.staff().await;
    let mine: Vec<_> = (1..=5).map(|seq| a.device.pledge(EVENT, seq)).collect();
    let items: Vec<_> = mine.iter().map(|(_, item)| item.clone()).collect();
    assert!(env
        .api
        .push(&a.token, &items)
        .await
        .results()
        .iter()
        .all(|r| r["outcome"] == "created"));
    let (other_id, other) = b.device.pledge(EVENT, 1);
    env.api.push(&b.token, &[other]).await;
    let out = env.admin(&["pledge", "set-status", &mine[2].0, "verified"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env.admin(&[
        "pledge",
        "set-status",
        &mine[4].0,
        "rejected",
        "--reason",
        "Duplicate of an earlier pledge",
    ]);
    assert!(out.status.success());

    // Delegate a pages through its own pledges only: 5 received + 2 decisions.
    let mut cursor = String::new();
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let reply = env.api.feed(&a.token, &cursor, 2).await;
        assert_eq!(reply.status, 200, "{reply:?}");
        let events = reply.body["events"].as_array().unwrap().clone();
        let next = reply.body["next_cursor"].as_str().unwrap().to_string();
        if events.is_empty() {
            if !cursor.is_empty() {
                assert_eq!(next, cursor, "unchanged when nothing is new");
            }
            break;
        }
        assert!(events.len() <= 2);
        seen.extend(events);
        cursor = next;
        pages += 1;
    }
    assert_eq!(pages, 4);
    assert_eq!(seen.len(), 7);
    let seqs: Vec<i64> = seen.iter().map(|e| e["seq"].as_i64().unwrap()).collect();
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "ascending: {seqs:?}");
    assert!(
        seen.iter().all(|e| e["pledge_id"] != other_id.as_str()),
        "another delegate's pledge is not shown"
    );
    let received: HashSet<&str> = seen
        .iter()
        .filter(|e| e["status"] == "received")
        .map(|e| e["pledge_id"].as_str().unwrap())
        .collect();
    assert_eq!(received.len(), 5);
    let rejected = seen.iter().find(|e| e["status"] == "rejected").unwrap();
    assert_eq!(rejected["reason"], "Duplicate of an earlier pledge");
    assert_eq!(rejected["pledge_id"], mine[4].0.as_str());
    assert!(seen
        .iter()
        .any(|e| e["status"] == "verified" && e["pledge_id"] == mine[2].0.as_str()));

    // The same cursor again gives nothing new; a new change appears after it.
    let reply = env.api.feed(&a.token, &cursor, 2).await;
    assert!(reply.body["events"].as_array().unwrap().is_empty());
    assert_eq!(reply.body["next_cursor"], cursor.as_str());
    env.admin(&["pledge", "set-status", &mine[0].0, "verified"]);
    let reply = env.api.feed(&a.token, &cursor, 2).await;
    let events = reply.body["events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["status"], "verified");

    // Staff see the whole event.
    assert_eq!(env.all_changes(&staff.token).await.len(), 9);
}

pub async fn reconcile_reports_a_deliberate_gap(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let reply = env
        .api
        .get("/v1/devices/me/reconcile", Some(&d.token))
        .await;
    assert_eq!(
        reply.body,
        serde_json::json!({"max_contiguous_seq": 0, "count": 0, "missing_seqs": []})
    );
    let items: Vec<_> = [1, 2, 3, 5, 7]
        .iter()
        .map(|seq| d.device.pledge(EVENT, *seq).1)
        .collect();
    env.api.push(&d.token, &items).await;
    let reply = env
        .api
        .get("/v1/devices/me/reconcile", Some(&d.token))
        .await;
    assert_eq!(
        reply.body,
        serde_json::json!({"max_contiguous_seq": 3, "count": 5, "missing_seqs": [4, 6]})
    );
    let fill: Vec<_> = [4, 6]
        .iter()
        .map(|seq| d.device.pledge(EVENT, *seq).1)
        .collect();
    env.api.push(&d.token, &fill).await;
    let reply = env
        .api
        .get("/v1/devices/me/reconcile", Some(&d.token))
        .await;
    assert_eq!(
        reply.body,
        serde_json::json!({"max_contiguous_seq": 7, "count": 7, "missing_seqs": []})
    );
}

pub async fn get_pledge_follows_feed_visibility(backend: Backend) {
    let env = Env::start(backend).await;
    let a = env.delegate().await;
    let b = env.delegate().await;
    let staff = env.staff().await;
    let (id, item) = a.device.pledge(EVENT, 1);
    let created = env
        .api
        .push(&a.token, std::slice::from_ref(&item))
        .await
        .results()[0]
        .clone();
    let path = format!("/v1/pledges/{id}");
    for token in [&a.token, &staff.token] {
        let reply = env.api.get(&path, Some(token)).await;
        assert_eq!(reply.status, 200);
        assert_eq!(reply.body["signed"], item.signed.as_str());
        assert_eq!(reply.body["signature"], item.signature.as_str());
        assert_eq!(reply.body["public_key"], a.device.public_key().as_str());
        assert_eq!(reply.body["status"], "received");
        assert_eq!(reply.body["server_seq"], created["server_seq"]);
        assert_eq!(reply.body["received_at"], created["received_at"]);
    }
    let reply = env.api.get(&path, Some(&b.token)).await;
    assert_eq!((reply.status, reply.code()), (404, "pledge_not_found"));
    let reply = env
        .api
        .get(
            "/v1/pledges/0190a000-0000-7000-8000-000000000000",
            Some(&a.token),
        )
        .await;
    assert_eq!((reply.status, reply.code()), (404, "pledge_not_found"));
}
