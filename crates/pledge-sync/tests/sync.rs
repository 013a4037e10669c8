//! The sync engine against the real `pledge-server` binary.

mod support;

use std::time::{Duration, Instant};

use pledge_core::wire::PledgeStatus;
use pledge_store::OutboxState;
use pledge_sync::{sync_once, SyncError};
use support::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test(flavor = "multi_thread")]
async fn signed_pledges_are_delivered_once_and_status_comes_back() {
    let data = tempfile::tempdir().unwrap();
    let (delegate_code, _) = Server::create_event(data.path(), "kigali-2022");
    let server = Server::start(data.path(), "127.0.0.1:0");
    let device = Device::new("kigali-2022");
    device.enroll(&server.url, &delegate_code).await;
    let ids = device.sign(3);

    let report = sync_once(&device.store, &device.identity, &|_| {})
        .await
        .unwrap();
    assert_eq!(report.acknowledged, 3);
    assert!(report.missing_on_server.is_empty());
    assert_eq!(device.counts().acknowledged, 3);
    for id in &ids {
        let p = device.store.lock().unwrap().pledge(id).unwrap();
        assert_eq!(p.state, OutboxState::Acknowledged);
        assert_eq!(p.server_status, Some(PledgeStatus::Received));
    }

    // a second pass sends nothing again
    let again = sync_once(&device.store, &device.identity, &|_| {})
        .await
        .unwrap();
    assert_eq!(again.acknowledged, 0);

    // the secretariat verifies one: the device learns it on the next pass
    Server::admin(data.path(), &["pledge", "set-status", &ids[1], "verified"]);
    let report = sync_once(&device.store, &device.identity, &|_| {})
        .await
        .unwrap();
    assert!(report.status_changes >= 1);
    let p = device.store.lock().unwrap().pledge(&ids[1]).unwrap();
    assert_eq!(p.server_status, Some(PledgeStatus::Verified));
    server.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_captive_portal_is_not_the_platform_and_nothing_is_marked_sent() {
    // answers 200 with a login page to everything
    let portal = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = portal.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = portal.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = s.read(&mut buf).await;
                let body = "<html><body>Please sign in to the hotel Wi-Fi</body></html>";
                let _ = s
                    .write_all(format!("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len()).as_bytes())
                    .await;
            });
        }
    });
    let device = Device::new("kigali-2022");
    device.sign(2);
    let url = format!("http://{addr}");
    let err = pledge_sync::enroll(&device.store, &device.identity, &url, "code", "x")
        .await
        .unwrap_err();
    assert!(matches!(err, SyncError::NotPlatform), "{err}");
    pledge_sync::set_server(&mut device.store.lock().unwrap(), &url).unwrap();
    let err = sync_once(&device.store, &device.identity, &|_| {})
        .await
        .unwrap_err();
    assert!(
        matches!(err, SyncError::NotEnrolled | SyncError::NotPlatform),
        "{err}"
    );
    assert_eq!(device.counts().queued, 2, "still queued");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_code_or_a_revoked_device_gets_a_clear_message_and_keeps_the_queue() {
    let data = tempfile::tempdir().unwrap();
    let (code, _) = Server::create_event(data.path(), "kigali-2022");
    let server = Server::start(data.path(), "127.0.0.1:0");
    let device = Device::new("kigali-2022");
    let err = pledge_sync::enroll(
        &device.store,
        &device.identity,
        &server.url,
        "wrong-code",
        "x",
    )
    .await
    .unwrap_err();
    assert!(
        matches!(err, SyncError::Refused { status: 403, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("refused"));

    device.enroll(&server.url, &code).await;
    Server::admin(
        data.path(),
        &["device", "revoke", &device.identity.device_id],
    );
    device.sign(2);
    let err = sync_once(&device.store, &device.identity, &|_| {})
        .await
        .unwrap_err();
    assert!(!err.is_transient(), "{err}");
    assert_eq!(err.platform_code(), Some("revoked_device"), "{err}");
    let counts = device.counts();
    assert_eq!(
        (counts.queued, counts.sending, counts.acknowledged),
        (2, 0, 0)
    );
    server.stop();
}

#[tokio::test(flavor = "multi_thread")]
async fn queued_pledges_go_out_on_their_own_when_the_server_returns() {
    let data = tempfile::tempdir().unwrap();
    let (code, _) = Server::create_event(data.path(), "kigali-2022");
    let server = Server::start(data.path(), "127.0.0.1:0");
    let port = server.port();
    let device = Device::new("kigali-2022");
    device.enroll(&server.url, &code).await;
    server.stop();

    device.sign(2);
    let service = pledge_sync::start(device.store.clone(), device.identity.clone());
    service.sync_now();
    // let it fail a few times, backing off
    tokio::time::sleep(Duration::from_secs(4)).await;
    let status = service.status();
    assert_eq!(status.online, Some(false), "{status:?}");
    assert_eq!(status.pending, 2);
    assert!(status.last_error.is_some());
    assert_eq!(device.counts().queued, 2);

    let back = Instant::now();
    let server = Server::start(data.path(), &format!("127.0.0.1:{port}"));
    let due = service.status().next_attempt_at;
    let deadline = Duration::from_secs(40);
    let mut seen = String::new();
    while device.counts().acknowledged < 2 {
        let st = format!("{:?}", service.status());
        if st != seen {
            println!("{:?} {st}", back.elapsed());
            seen = st;
        }
        assert!(
            back.elapsed() < deadline,
            "not delivered {:?} after the server returned (next attempt was {due:?})",
            back.elapsed()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let took = back.elapsed();
    println!(
        "delivered {took:?} after the server returned; the pending backoff step ended at {due:?}"
    );
    let status = service.status();
    assert!(
        took <= Duration::from_secs(20),
        "within one backoff step of its return: {took:?}"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(service.status().online, Some(true), "{status:?}");
    server.stop();
}

/// Waits (at most `limit`) until the status bar says online (or offline).
async fn online_within(service: &pledge_sync::SyncService, online: bool, limit: Duration) {
    let since = Instant::now();
    while service.status().online != Some(online) {
        assert!(
            since.elapsed() < limit,
            "not {} after {:?}: {:?}",
            if online { "online" } else { "offline" },
            since.elapsed(),
            service.status()
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Issue 12: the bar said "Online" for 100 s with the platform down and
/// nothing queued. With nothing to send, health is still asked on a timer.
#[tokio::test(flavor = "multi_thread")]
async fn with_nothing_queued_a_platform_that_went_away_shows_offline() {
    let data = tempfile::tempdir().unwrap();
    let (code, _) = Server::create_event(data.path(), "kigali-2022");
    let server = Server::start(data.path(), "127.0.0.1:0");
    let device = Device::new("kigali-2022");
    device.enroll(&server.url, &code).await;
    let timings = pledge_sync::Timings {
        health: Duration::from_secs(1),
        full_pass: Duration::from_secs(600),
    };
    let service = pledge_sync::start_with(device.store.clone(), device.identity.clone(), timings);
    online_within(&service, true, Duration::from_secs(10)).await;
    assert_eq!(service.status().pending, 0);
    server.stop();
    online_within(&service, false, Duration::from_secs(5)).await;
    assert!(service.status().last_error.is_some());
}

/// Issue 12: held pledges showed "0 pending". They are counted apart.
#[tokio::test(flavor = "multi_thread")]
async fn held_pledges_are_counted_apart_from_pending() {
    let data = tempfile::tempdir().unwrap();
    let (code, _) = Server::create_event(data.path(), "kigali-2022");
    let server = Server::start(data.path(), "127.0.0.1:0");
    let device = Device::new("kigali-2022");
    device.enroll(&server.url, &code).await;
    {
        let mut store = device.store.lock().unwrap();
        let mut settings = store.staff_settings().unwrap();
        settings.hold_submissions = true;
        store.set_staff_settings(&settings).unwrap();
    }
    device.sign(2);
    let service = pledge_sync::start(device.store.clone(), device.identity.clone());
    online_within(&service, true, Duration::from_secs(10)).await;
    let status = service.status();
    assert_eq!((status.pending, status.held), (0, 2), "{status:?}");
    assert_eq!(device.counts().signed, 2, "held, not sent");
    server.stop();
}
