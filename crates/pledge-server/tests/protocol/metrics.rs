//! `serve --metrics-listen ADDR`: Prometheus text on its own address, with
//! requests by route and status, latencies, pledges by outcome and open
//! connections; nothing of it on the protocol's address.

use crate::env::{Backend, Env, EVENT};
use crate::support::server::ServerProcess;

/// The metrics URL the server announced on its second stdout line.
pub fn address(server: &mut ServerProcess) -> String {
    let line = server.next_stdout_line();
    line.strip_prefix("metrics on ")
        .unwrap_or_else(|| panic!("second line {line:?}"))
        .to_string()
}

pub async fn scrape(url: &str) -> String {
    let reply = reqwest::get(url).await.expect("metrics answer");
    assert_eq!(reply.status(), 200);
    let content_type = reply.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_string();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    reply.text().await.unwrap()
}

/// The value of the sample `series` (name and labels as exposed), 0 when absent.
pub fn value(text: &str, series: &str) -> f64 {
    text.lines()
        .filter_map(|l| l.strip_prefix(series)?.strip_prefix(' '))
        .map(|v| v.trim().parse::<f64>().unwrap())
        .sum()
}

pub async fn metrics_are_scraped_on_their_own_address(backend: Backend) {
    let mut env = Env::start_with(backend, &["--metrics-listen", "127.0.0.1:0"]).await;
    let url = address(env.server.as_mut().unwrap());
    let d = env.delegate().await;
    let items: Vec<_> = (1..=2).map(|seq| d.device.pledge(EVENT, seq).1).collect();
    env.api.push(&d.token, &items).await.results();
    env.api.push(&d.token, &items[..1]).await.results();
    assert_eq!(env.api.get("/v1/health", None).await.status, 200);
    assert_eq!(env.api.get("/v1/nothing-here", None).await.status, 404);
    assert_eq!(
        env.api.get("/metrics", None).await.status,
        404,
        "not on the protocol's address"
    );

    let text = scrape(&url).await;
    let batch = "pledge_server_http_requests_total{route=\"/v1/pledges:batch\",status=\"200\"}";
    assert_eq!(value(&text, batch), 2.0, "{text}");
    assert_eq!(
        value(&text, "pledge_server_pledges_total{outcome=\"created\"}"),
        2.0,
        "{text}"
    );
    assert_eq!(
        value(&text, "pledge_server_pledges_total{outcome=\"duplicate\"}"),
        1.0,
        "{text}"
    );
    let unmatched = "pledge_server_http_requests_total{route=\"unmatched\",status=\"404\"}";
    assert_eq!(value(&text, unmatched), 2.0, "{text}");
    let health = "pledge_server_http_request_duration_seconds_count{route=\"/v1/health\"}";
    assert_eq!(value(&text, health), 1.0, "{text}");
    assert!(
        text.contains("# TYPE pledge_server_http_request_duration_seconds histogram"),
        "{text}"
    );
    assert!(
        value(&text, "pledge_server_open_connections") >= 1.0,
        "{text}"
    );
    assert!(
        !text.contains(&d.token) && !text.contains(&d.device.id),
        "no tokens or ids"
    );
}
