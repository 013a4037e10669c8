//! End-to-end: a pledge signed while the platform is down waits in the
//! outbox (the bar says offline, 1 pending); when the platform comes back it
//! goes out on its own and the receipt turns sent, then received.

mod support;

use std::time::{Duration, Instant};

use pledge_test_kit::Server as Platform;
use support::form::{set_event, sign_joint_pledge};
use support::*;

async fn delivery(c: &fantoccini::Client) -> String {
    find(c, "#receipt-delivery")
        .await
        .attr("data-delivery")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_pledge_signed_offline_is_delivered_when_the_platform_returns() {
    let server_data = tempfile::tempdir().unwrap();
    let (code, _) = Platform::create_event(server_data.path(), "kigali-2022");
    let platform = Platform::start(server_data.path(), "127.0.0.1:0");
    let port = platform.port();

    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.launch().await;
    set_event(&c, "kigali-2022", "P2C Roundtable, Kigali").await;
    clear_and_type(&c, "#server-url", &platform.url).await;
    clear_and_type(&c, "#enroll-code", &code).await;
    click(&c, "#enroll").await;
    eventually("enrolment", || async {
        let t = text(&c, "#enroll-status").await;
        t.contains("Connected").then_some(t)
    })
    .await;
    eventually("the bar to say online", || async {
        (text(&c, "#sync-online").await.trim() == "Online").then_some(())
    })
    .await;

    // the platform goes away; a delegate signs anyway
    platform.stop();
    sign_joint_pledge(&c).await;
    let bar = eventually("the bar to say offline with 1 pending", || async {
        let online = text(&c, "#sync-online").await;
        let pending = text(&c, "#sync-pending").await;
        (online.trim() == "Offline" && pending.trim().starts_with("1 "))
            .then_some(format!("{online} {pending}"))
    })
    .await;
    assert!(bar.contains("Offline"));
    assert_eq!(delivery(&c).await, "queued");
    driver.shot("sync-offline");

    // it comes back on the same address; nobody touches anything
    let back = Instant::now();
    let platform = Platform::start(server_data.path(), &format!("127.0.0.1:{port}"));
    let mut seen = vec![];
    loop {
        let d = delivery(&c).await;
        if seen.last() != Some(&d) {
            seen.push(d.clone());
        }
        if d == "received" {
            break;
        }
        assert!(
            back.elapsed() < Duration::from_secs(90),
            "not delivered; delivery went {seen:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    println!(
        "delivered {:?} after the platform returned; badge went {seen:?}",
        back.elapsed()
    );
    eventually("the bar to say online with 0 pending", || async {
        let online = text(&c, "#sync-online").await;
        let pending = text(&c, "#sync-pending").await;
        (online.trim() == "Online" && pending.trim().starts_with("0 ")).then_some(())
    })
    .await;
    driver.shot("sync-delivered");
    c.close().await.unwrap();
    platform.stop();
}
