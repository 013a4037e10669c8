//! What the platform says after a restore from backup and during a
//! database outage (DESIGN.md §4): a feed cursor it does not hold is 409
//! `cursor_ahead`; a staff device learns what the platform holds of the
//! pledges it forwarded; `/v1/ready` asks the database, `/v1/health` does
//! not; an outage is 503 `database_unavailable` with Retry-After, never 500.

use std::time::Duration;

use crate::env::{Backend, Env, EVENT};
use crate::support::api::{Api, Reply};
use crate::support::fixtures::Device;
use crate::support::postgres::TempPostgres;
use crate::support::server::{ServerProcess, Storage};

pub async fn a_cursor_the_feed_does_not_hold_is_409_cursor_ahead(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    env.api.push(&d.token, &[d.device.pledge(EVENT, 1).1]).await;
    let first = env.api.feed(&d.token, "", 10).await;
    assert_eq!(
        first.body["events"].as_array().unwrap().len(),
        1,
        "{first:?}"
    );
    let cursor = first.body["next_cursor"].as_str().unwrap().to_string();
    let (head, tag) = cursor.rsplit_once('.').expect("a tagged cursor");
    let other_tag: String = tag
        .chars()
        .map(|c| if c == '0' { '1' } else { '0' })
        .collect();
    for stranger in [
        "sc1.999".to_string(),
        "sc2.999.0123456789abcdef".to_string(),
        format!("{head}.{other_tag}"),
    ] {
        let reply = env.api.feed(&d.token, &stranger, 10).await;
        assert_eq!(
            (reply.status, reply.code()),
            (409, "cursor_ahead"),
            "{stranger}"
        );
    }
    // The cursor it gave out still works, and the start always does.
    let again = env.api.feed(&d.token, &cursor, 10).await;
    assert_eq!(again.status, 200, "{again:?}");
    assert_eq!(again.body["events"].as_array().unwrap().len(), 0);
    assert_eq!(again.body["next_cursor"], cursor.as_str());
    assert_eq!(env.api.feed(&d.token, "sc1.0", 10).await.status, 200);
}

pub async fn staff_reconcile_what_they_forwarded(backend: Backend) {
    let env = Env::start(backend).await;
    let staff = env.staff().await;
    let delegate = env.delegate().await;
    let offline = Device::new();
    let items = [1, 2, 4].map(|seq| offline.pledge(EVENT, seq).1).to_vec();
    let bundle = staff
        .device
        .bundle(EVENT, &[&offline, &staff.device], items);
    env.api.upload(&staff.token, &bundle).await.results();
    let path = format!("/v1/devices/{}/reconcile", offline.id);
    let reply = env.api.get(&path, Some(&staff.token)).await;
    assert_eq!(
        reply.body,
        serde_json::json!({"max_contiguous_seq": 2, "count": 3, "missing_seqs": [3]})
    );
    // A device the platform holds nothing of: nothing held.
    let unknown = format!("/v1/devices/{}/reconcile", Device::new().id);
    let reply = env.api.get(&unknown, Some(&staff.token)).await;
    assert_eq!(reply.body["count"], 0, "{reply:?}");
    // A delegate reconciles only itself.
    let reply = env.api.get(&path, Some(&delegate.token)).await;
    assert_eq!((reply.status, reply.code()), (403, "staff_only"));
    let own = format!("/v1/devices/{}/reconcile", delegate.device.id);
    assert_eq!(env.api.get(&own, Some(&delegate.token)).await.status, 200);
    let reply = env
        .api
        .get("/v1/devices/NOT-A-UUID/reconcile", Some(&staff.token))
        .await;
    assert_eq!((reply.status, reply.code()), (400, "invalid_device_id"));
}

fn assert_unavailable(reply: &Reply, what: &str) {
    assert_eq!(
        (reply.status, reply.code()),
        (503, "database_unavailable"),
        "{what}: {reply:?}"
    );
    let wait: u64 = reply.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait >= 1, "{what}");
}

/// Ready asks the database. With PostgreSQL stopped under a running
/// server, health still answers (liveness) but every call that needs the
/// database is 503 `database_unavailable` with Retry-After; once it is
/// back, the platform serves again.
pub async fn a_database_outage_is_503_database_unavailable(backend: Backend) {
    if backend == Backend::Sqlite {
        let env = Env::start(backend).await;
        let reply = env.api.get("/v1/ready", None).await;
        assert_eq!(reply.status, 200, "{reply:?}");
        assert_eq!(reply.body["database"], "ok");
        return;
    }
    // A PostgreSQL of its own: the run's shared one must stay up.
    let pg = TempPostgres::start().unwrap_or_else(|e| panic!("PostgreSQL: {e}"));
    let storage = Storage::postgres(&pg.create_database("outage"));
    let (_, delegate_code, _) = storage.create_event(EVENT);
    let dir = tempfile::tempdir().unwrap();
    let mut server = ServerProcess::start(
        &storage,
        &["--metrics-listen", "127.0.0.1:0"],
        &dir.path().join("server.log"),
    );
    let metrics = crate::metrics::address(&mut server);
    let api = Api::new(&server.url);
    let device = Device::new();
    let token = api.enroll(EVENT, &delegate_code, &device).await.body["device_token"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(api.get("/v1/ready", None).await.status, 200);

    pg.stop().unwrap();
    assert_eq!(
        api.get("/v1/health", None).await.status,
        200,
        "liveness only"
    );
    assert_unavailable(&api.get("/v1/ready", None).await, "ready");
    assert_unavailable(
        &api.push(&token, &[device.pledge(EVENT, 1).1]).await,
        "push",
    );
    assert_unavailable(&api.feed(&token, "", 10).await, "feed");
    assert_unavailable(
        &api.get("/v1/devices/me/reconcile", Some(&token)).await,
        "reconcile",
    );
    assert_unavailable(
        &api.enroll(EVENT, &delegate_code, &Device::new()).await,
        "enrol",
    );

    let scraped = crate::metrics::scrape(&metrics).await;
    assert!(
        crate::metrics::value(
            &scraped,
            "pledge_server_database_errors_total{code=\"database_unavailable\"}"
        ) >= 5.0,
        "{scraped}"
    );

    pg.start_again().unwrap();
    let mut ready = api.get("/v1/ready", None).await;
    for _ in 0..50 {
        if ready.status == 200 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        ready = api.get("/v1/ready", None).await;
    }
    assert_eq!(ready.status, 200, "{ready:?}");
    let pushed = api.push(&token, &[device.pledge(EVENT, 1).1]).await;
    assert_eq!(pushed.results()[0]["outcome"], "created");
    let log = std::fs::read_to_string(&server.log).unwrap();
    assert!(!log.contains(&token), "no token in the log");
}
