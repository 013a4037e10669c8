//! Abuse that costs an attacker nothing: sockets that never send a byte,
//! bodies that never finish, enrolment guesses from one address. The
//! platform must keep serving health, enrolment and pushes throughout.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::env::{Backend, Env, EVENT};
use crate::support::api::Api;

/// Idle sockets the flood opens: more than the server's 1,024 descriptors.
const FLOOD: usize = 1_100;

/// The test opens more sockets than a default soft limit allows.
fn raise_own_open_file_limit(needed: u64) {
    let (soft, hard) = rlimit::Resource::NOFILE.get().expect("getrlimit");
    if soft < needed {
        assert!(
            hard >= needed,
            "this test needs {needed} open files; the hard limit is {hard}"
        );
        rlimit::Resource::NOFILE.set(hard, hard).expect("setrlimit");
    }
}

fn address(env: &Env) -> String {
    env.api.base.trim_start_matches("http://").to_string()
}

/// Waits (at most `limit`) for the server to close `stream`.
fn closed_within(stream: &mut TcpStream, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    let mut buf = [0u8; 512];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        stream.set_read_timeout(Some(left)).unwrap();
        match stream.read(&mut buf) {
            Ok(0) => return true,
            Ok(_) => continue, // a 503 or 408 answer before the close
            Err(e) if e.kind() == ErrorKind::ConnectionReset => return true,
            Err(e) if matches!(e.kind(), ErrorKind::WouldBlock | ErrorKind::TimedOut) => {
                return false
            }
            Err(e) => panic!("reading an idle socket: {e}"),
        }
    }
}

/// One HTTP/1.1 GET on an open connection; returns the status line.
fn get_on(stream: &mut TcpStream, path: &str) -> String {
    stream
        .write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes())
        .unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut answer = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = stream.read(&mut buf).expect("an answer");
        assert!(n > 0, "closed before answering: {answer:?}");
        answer.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&answer);
        if let Some((head, body)) = text.split_once("\r\n\r\n") {
            let length: usize = head
                .lines()
                .find_map(|l| {
                    l.to_ascii_lowercase()
                        .strip_prefix("content-length:")
                        .map(|v| v.trim().parse().unwrap())
                })
                .expect("content-length");
            if body.len() >= length {
                return head.lines().next().unwrap().to_string();
            }
        }
    }
}

pub async fn idle_flood_leaves_the_platform_serving(backend: Backend) {
    raise_own_open_file_limit(FLOOD as u64 + 256);
    let header_timeout = Duration::from_secs(10);
    let env = Env::start_limited(backend, &["--header-timeout", "10"], Some(1024)).await;
    let limits = std::fs::read_to_string(format!(
        "/proc/{}/limits",
        env.server.as_ref().unwrap().pid()
    ))
    .unwrap();
    let line = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .unwrap();
    assert!(
        line.contains(" 1024 "),
        "the server runs under ulimit -n 1024: {line}"
    );

    let target = address(&env);
    let flood_started = Instant::now();
    let mut sockets = tokio::task::spawn_blocking(move || {
        (0..FLOOD)
            .map(|i| {
                TcpStream::connect(&target)
                    .unwrap_or_else(|e| panic!("idle socket {i} could not connect: {e}"))
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    // A connect() the listen backlog held back may have taken a few seconds.
    let flood_opened = Instant::now();
    eprintln!(
        "{FLOOD} idle sockets opened in {:?}",
        flood_opened - flood_started
    );

    // Well before the idle sockets time out, everything a laptop does works.
    let api = Api::new(&env.api.base);
    let health = api.get("/v1/health", None).await;
    assert_eq!(health.status, 200, "{health:?}");
    let delegate = env.delegate().await;
    let (_, item) = delegate.device.pledge(EVENT, 1);
    let pushed = env.api.push(&delegate.token, &[item]).await;
    assert_eq!(pushed.results()[0]["outcome"], "created", "{pushed:?}");
    assert!(
        flood_opened.elapsed() < header_timeout,
        "the platform answered only after {:?}, once the idle sockets timed out",
        flood_opened.elapsed()
    );

    // Every idle socket is closed: the oldest to make room, the rest by
    // the header timeout.
    let still_open = tokio::task::spawn_blocking(move || {
        let deadline = flood_opened + header_timeout + Duration::from_secs(5);
        let mut open = 0;
        for socket in sockets.iter_mut() {
            let left = deadline.saturating_duration_since(Instant::now());
            if !closed_within(socket, left) {
                open += 1;
            }
        }
        open
    })
    .await
    .unwrap();
    let log = std::fs::read_to_string(env.dir.path().join("server.log")).unwrap();
    assert_eq!(
        still_open, 0,
        "idle sockets left open past the header timeout; log:\n{log}"
    );
    assert!(
        !log.contains("accept failed"),
        "the server ran out of descriptors: {log}"
    );
}

pub async fn keep_alive_outlives_the_header_timeout_then_closes(backend: Backend) {
    let env = Env::start_with(backend, &["--header-timeout", "1", "--idle-timeout", "4"]).await;
    let target = address(&env);
    tokio::task::spawn_blocking(move || {
        // A connection that sends nothing is closed after the header timeout.
        let mut silent = TcpStream::connect(&target).unwrap();
        let opened = Instant::now();
        assert!(closed_within(&mut silent, Duration::from_secs(4)));
        assert!(
            opened.elapsed() >= Duration::from_millis(900),
            "{:?}",
            opened.elapsed()
        );

        // One that was answered may wait longer than that for its next request…
        let mut kept = TcpStream::connect(&target).unwrap();
        assert_eq!(get_on(&mut kept, "/v1/health"), "HTTP/1.1 200 OK");
        std::thread::sleep(Duration::from_secs(2));
        assert_eq!(get_on(&mut kept, "/v1/health"), "HTTP/1.1 200 OK");
        // …but not longer than the idle timeout.
        let answered = Instant::now();
        assert!(closed_within(&mut kept, Duration::from_secs(8)));
        assert!(
            answered.elapsed() >= Duration::from_millis(3_500),
            "{:?}",
            answered.elapsed()
        );
    })
    .await
    .unwrap();
}

pub async fn slow_body_flood_gets_408_and_the_platform_serves(backend: Backend) {
    const SLOW: usize = 200;
    // The stalling device may send as many requests as it likes: this is
    // about connections, not about its rate.
    let env = Env::start_with(backend, &["--request-timeout", "2", "--rate-burst", "1000"]).await;
    let staller = env.delegate().await;
    let delegate = env.delegate().await;
    let target = address(&env);
    let token = staller.token.clone();
    let stalled = tokio::task::spawn_blocking(move || {
        (0..SLOW)
            .map(|_| {
                let mut s = TcpStream::connect(&target).unwrap();
                let head = format!(
                    "POST /v1/pledges:batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\
                     Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"items\":["
                );
                s.write_all(head.as_bytes()).unwrap();
                s
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();

    // While they stall, health and a push go through.
    assert_eq!(env.api.get("/v1/health", None).await.status, 200);
    let (_, item) = delegate.device.pledge(EVENT, 1);
    let pushed = env.api.push(&delegate.token, &[item]).await;
    assert_eq!(pushed.results()[0]["outcome"], "created", "{pushed:?}");

    let answers = tokio::task::spawn_blocking(move || {
        stalled
            .into_iter()
            .map(|mut s| {
                s.set_read_timeout(Some(Duration::from_secs(15))).unwrap();
                let mut answer = String::new();
                let _ = s.read_to_string(&mut answer);
                answer
            })
            .collect::<Vec<_>>()
    })
    .await
    .unwrap();
    for answer in answers {
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    }
}

pub async fn per_address_limits_answer_429_but_never_health(backend: Backend) {
    let env = Env::start_with(
        backend,
        &[
            "--enrol-burst-per-address",
            "3",
            "--enrol-rate-per-address",
            "0.01",
            "--anonymous-burst-per-address",
            "2",
            "--anonymous-rate-per-address",
            "0.01",
            "--trusted-proxy",
            "127.0.0.2",
        ],
    )
    .await;
    let delegate = env.delegate().await; // the address's first enrolment
    let guess = crate::support::fixtures::Device::new();
    for _ in 0..2 {
        let wrong = env.api.enroll(EVENT, "WRONG-CODE", &guess).await;
        assert_eq!(wrong.status, 403, "{wrong:?}");
    }
    let limited = env.api.enroll(EVENT, &env.delegate_code, &guess).await;
    assert_eq!(limited.status, 429, "{limited:?}");
    assert_eq!(limited.code(), "rate_limited");
    let wait: u64 = limited.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait >= 1, "Retry-After {wait}");

    // Calls without a token: two, then 429. Health is never limited, and a
    // device with a token is not held back by its address.
    for _ in 0..2 {
        assert_eq!(env.api.get("/v1/openapi.json", None).await.status, 200);
    }
    let limited = env.api.get("/v1/openapi.json", None).await;
    assert_eq!(limited.status, 429, "{limited:?}");
    assert!(limited.headers.contains_key("retry-after"));
    for _ in 0..20 {
        assert_eq!(env.api.get("/v1/health", None).await.status, 200);
    }
    let reconcile = env
        .api
        .get("/v1/devices/me/reconcile", Some(&delegate.token))
        .await;
    assert_eq!(reconcile.status, 200, "{reconcile:?}");

    // Behind a trusted proxy, each forwarded client has its own bucket.
    let via_proxy = reqwest::Client::builder()
        .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
        .build()
        .unwrap();
    let url = format!("{}/v1/openapi.json", env.api.base);
    let from = |client: &'static str| via_proxy.get(&url).header("x-forwarded-for", client);
    for _ in 0..2 {
        assert_eq!(from("192.0.2.7").send().await.unwrap().status(), 200);
    }
    assert_eq!(from("192.0.2.7").send().await.unwrap().status(), 429);
    assert_eq!(from("192.0.2.8").send().await.unwrap().status(), 200);
}
