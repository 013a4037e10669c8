//! Health, the OpenAPI document, signals, limits, admin commands, schema.

use std::time::{Duration, Instant};

use crate::env::{Backend, Env, EVENT};

pub async fn health_names_the_platform(backend: Backend) {
    let env = Env::start(backend).await;
    let reply = env.api.get("/v1/health", None).await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["service"], "p2c-pledge-platform");
    assert!(reply.body["version"].is_string());
}

pub async fn openapi_lists_every_path(backend: Backend) {
    let env = Env::start(backend).await;
    let reply = env.api.get("/v1/openapi.json", None).await;
    assert_eq!(reply.status, 200);
    assert!(reply.body["openapi"].as_str().unwrap().starts_with("3."));
    let paths = reply.body["paths"].as_object().expect("paths");
    for (path, method) in [
        ("/v1/health", "get"),
        ("/v1/ready", "get"),
        ("/v1/openapi.json", "get"),
        ("/v1/devices", "post"),
        ("/v1/pledges:batch", "post"),
        ("/v1/status-changes", "get"),
        ("/v1/devices/me/reconcile", "get"),
        ("/v1/devices/{device_id}/reconcile", "get"),
        ("/v1/bundles", "post"),
        ("/v1/pledges/{pledge_id}", "get"),
    ] {
        assert!(
            paths.get(path).and_then(|p| p.get(method)).is_some(),
            "{method} {path} missing"
        );
    }
    let schemes = &reply.body["components"]["securitySchemes"]["device_token"];
    assert_eq!(schemes["scheme"], "bearer");
}

pub async fn sigterm_drains_and_exits_zero(backend: Backend) {
    let mut env = Env::start(backend).await;
    let staff = env.staff().await;
    // A request in flight while the signal arrives is still answered.
    let items: Vec<_> = (1..=100)
        .map(|seq| staff.device.pledge(EVENT, seq).1)
        .collect();
    let api = env.api.clone();
    let token = staff.token.clone();
    let push = tokio::spawn(async move { api.push(&token, &items).await });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let server = env.server.take().unwrap();
    let started = Instant::now();
    let status = tokio::task::spawn_blocking(move || server.terminate(Duration::from_secs(20)))
        .await
        .unwrap();
    assert_eq!(
        status.map(|s| s.code()),
        Some(Some(0)),
        "exit status after SIGTERM"
    );
    assert!(started.elapsed() < Duration::from_secs(15));
    let reply = push.await.unwrap();
    assert_eq!(reply.results().len(), 100);
}

pub async fn rate_limit_answers_429_with_retry_after(backend: Backend) {
    let env = Env::start_with(backend, &["--rate-per-second", "0.5", "--rate-burst", "3"]).await;
    let delegate = env.delegate().await;
    let mut statuses = Vec::new();
    for _ in 0..5 {
        let reply = env
            .api
            .get("/v1/devices/me/reconcile", Some(&delegate.token))
            .await;
        if reply.status == 429 {
            assert_eq!(reply.code(), "rate_limited");
            let after: u64 = reply.headers["retry-after"]
                .to_str()
                .unwrap()
                .parse()
                .unwrap();
            assert!((1..=2).contains(&after), "Retry-After {after}");
        }
        statuses.push(reply.status);
    }
    assert_eq!(statuses, [200, 200, 200, 429, 429]);
    // Another device has its own bucket.
    let other = env.delegate().await;
    assert_eq!(
        env.api
            .get("/v1/devices/me/reconcile", Some(&other.token))
            .await
            .status,
        200
    );
}

pub async fn unknown_paths_and_methods_are_problems(backend: Backend) {
    let env = Env::start(backend).await;
    let reply = env.api.get("/v1/nothing-here", None).await;
    assert_eq!((reply.status, reply.code()), (404, "no_such_path"));
    let reply = env
        .api
        .post_json("/v1/health", None, &serde_json::json!({}))
        .await;
    assert_eq!((reply.status, reply.code()), (405, "method_not_allowed"));
}

pub async fn admin_commands_export_and_refuse_unknown_ids(backend: Backend) {
    let env = Env::start(backend).await;
    let delegate = env.delegate().await;
    let items: Vec<_> = (1..=3)
        .map(|seq| delegate.device.pledge(EVENT, seq).1)
        .collect();
    let reply = env.api.push(&delegate.token, &items).await;
    assert!(reply.results().iter().all(|r| r["outcome"] == "created"));

    let out = env.admin(&["export"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = String::from_utf8(out.stdout).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        pledge_report::COLUMNS,
        "the laptops' columns"
    );
    let rows: Vec<_> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    let title = headers.iter().position(|h| h == "title").unwrap();
    assert_eq!(
        &rows[0][title],
        "Connect 500 rural schools in Rwanda and Malawi"
    );
    assert!(
        !csv.contains("delegate@example.org"),
        "contact details stay out of the export"
    );

    let out = env.admin(&[
        "pledge",
        "set-status",
        "0190a000-0000-7000-8000-000000000000",
        "verified",
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no pledge"));
    let out = env.admin(&["device", "revoke", "0190a000-0000-7000-8000-000000000000"]);
    assert!(!out.status.success());
    let out = env.admin(&["event", "create", "--id", EVENT, "--name", "Again"]);
    assert!(!out.status.success(), "an event id is created once");
    let out = env.admin(&["event", "create", "--id", "Not A Slug", "--name", "X"]);
    assert!(!out.status.success());
}

pub async fn newer_schema_is_refused(backend: Backend) {
    let mut env = Env::start(backend).await;
    env.server.take().unwrap().kill();
    match backend {
        Backend::Sqlite => {
            let file = env.dir.path().join("data/pledge-server.sqlite3");
            let conn = rusqlite::Connection::open(&file).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        Backend::Postgres => {
            let url = &env.storage.args[1];
            let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
                .await
                .unwrap();
            tokio::spawn(connection);
            client
                .execute("INSERT INTO schema_version (version) VALUES (99)", &[])
                .await
                .unwrap();
        }
    }
    let out = env.admin(&["export"]);
    assert!(!out.status.success());
    let message = String::from_utf8_lossy(&out.stderr);
    assert!(
        message.contains("newer than this binary understands"),
        "{message}"
    );
}

pub async fn slow_request_times_out_with_408(backend: Backend) {
    use std::io::{Read, Write};
    let env = Env::start_with(backend, &["--request-timeout", "1"]).await;
    let delegate = env.delegate().await;
    let address = env.api.base.trim_start_matches("http://").to_string();
    let token = delegate.token.clone();
    let answer = tokio::task::spawn_blocking(move || {
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        // Headers and half the body, then nothing (a stalled client).
        let head = format!(
            "POST /v1/pledges:batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n\
             Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"items\":["
        );
        stream.write_all(head.as_bytes()).unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    })
    .await
    .unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(
        answer.contains("application/problem+json") && answer.contains("request_timeout"),
        "{answer}"
    );
}

pub async fn logs_hold_no_secrets(backend: Backend) {
    let mut env = Env::start(backend).await;
    let delegate = env.delegate().await;
    let staff = env.staff().await;
    let items: Vec<_> = (1..=3)
        .map(|seq| delegate.device.pledge(EVENT, seq).1)
        .collect();
    env.api.push(&delegate.token, &items).await;
    env.api
        .push(
            &staff.token,
            &[crate::support::fixtures::tampered(&items[0])],
        )
        .await;
    env.api.feed(&staff.token, "", 10).await;
    let server = env.server.take().unwrap();
    let log_path = server.log.clone();
    server.terminate(Duration::from_secs(10));
    let log = std::fs::read_to_string(log_path).unwrap();
    assert!(log.contains("batch stored"), "the log is written: {log}");
    for secret in [
        delegate.token.as_str(),
        staff.token.as_str(),
        env.delegate_code.as_str(),
        env.staff_code.as_str(),
        &delegate.device.public_key(),
        "delegate@example.org",
        "A. Delegate",
    ] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
}
