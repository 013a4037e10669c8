//! The secretariat's decisions through the real command on a real
//! database: the state machine of `pledge_core::decision`, no duplicate
//! feed events, and an audit record of each change (who, when, from, to,
//! why) that the server log mentions without personal data.

use std::process::Output;

use crate::env::{Backend, Env, EVENT};

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `pledge set-status ID ARGS…`, as `by`.
fn decide(env: &Env, id: &str, args: &[&str], by: &str) -> Output {
    let mut all = vec!["pledge", "set-status", id];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--by", by]);
    env.admin(&all)
}

fn decided(env: &Env, id: &str, args: &[&str], by: &str) -> serde_json::Value {
    let out = decide(env, id, args, by);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    serde_json::from_slice(&out.stdout).expect("one JSON object")
}

fn refused(env: &Env, id: &str, args: &[&str], says: &str) {
    let out = decide(env, id, args, "Amina K.");
    assert!(!out.status.success(), "{args:?} should be refused");
    let message = stderr(&out);
    assert!(message.contains(says), "{args:?}: {message}");
    assert!(message.contains("nothing changed"), "{message}");
}

/// (pledge_id, from, to, reason, reopen, by) of every audit record.
async fn audit(env: &Env, backend: Backend) -> Vec<[String; 6]> {
    let sql = "SELECT pledge_id, from_status, to_status, COALESCE(reason, ''), \
               CASE WHEN reopen THEN 'reopen' ELSE '' END, decided_by FROM decisions ORDER BY id";
    match backend {
        Backend::Sqlite => {
            let file = env.dir.path().join("data/pledge-server.sqlite3");
            let c = rusqlite::Connection::open(file).unwrap();
            let mut stmt = c.prepare(sql).unwrap();
            let rows = stmt
                .query_map([], |r| {
                    Ok([
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ])
                })
                .unwrap();
            rows.map(Result::unwrap).collect()
        }
        Backend::Postgres => {
            let client = pg(env).await;
            let rows = client.query(sql, &[]).await.unwrap();
            rows.iter()
                .map(|r| [0, 1, 2, 3, 4, 5].map(|i| r.get::<_, String>(i)))
                .collect()
        }
    }
}

async fn pg(env: &Env) -> tokio_postgres::Client {
    let (client, connection) = tokio_postgres::connect(&env.storage.args[1], tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    client
}

/// Whether the audit table refuses to change a record.
async fn audit_is_append_only(env: &Env, backend: Backend) -> bool {
    let (update, delete) = (
        "UPDATE decisions SET decided_by = 'someone else'",
        "DELETE FROM decisions",
    );
    match backend {
        Backend::Sqlite => {
            let file = env.dir.path().join("data/pledge-server.sqlite3");
            let c = rusqlite::Connection::open(file).unwrap();
            c.execute(update, []).is_err() && c.execute(delete, []).is_err()
        }
        Backend::Postgres => {
            let client = pg(env).await;
            client.execute(update, &[]).await.is_err() && client.execute(delete, &[]).await.is_err()
        }
    }
}

pub async fn decisions_follow_the_state_machine_and_are_audited(backend: Backend) {
    let env = Env::start(backend).await;
    let delegate = env.delegate().await;
    let staff = env.staff().await;
    let (a, item_a) = delegate.device.pledge(EVENT, 1);
    let (b, item_b) = delegate.device.pledge(EVENT, 2);
    env.api.push(&delegate.token, &[item_a, item_b]).await;
    let by = "Amina K. (secretariat)";

    // Out of order: refused, with what to do, and nothing reaches the feed.
    refused(&env, &a, &["published"], "verify it before publishing");
    refused(&env, &a, &["rejected"], "needs a reason");
    refused(
        &env,
        &a,
        &["rejected", "--reason", "bad\u{1b}[2J"],
        "control",
    );
    let out = env.admin(&["pledge", "set-status", &a, "verified", "--by", " "]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("--by names who decides"),
        "{}",
        stderr(&out)
    );
    assert_eq!(env.all_changes(&staff.token).await.len(), 2, "received ×2");

    // The path: received → verified → published.
    let first = decided(&env, &a, &["verified"], by);
    assert_eq!(
        (&first["from"], &first["status"], &first["changed"]),
        (&"received".into(), &"verified".into(), &true.into())
    );
    // The same status again: a no-op, no second feed event.
    let again = decided(&env, &a, &["verified"], by);
    assert_eq!(again["changed"], false, "{again}");
    let out = decide(&env, &a, &["published"], by);
    assert!(out.status.success(), "{}", stderr(&out));
    let log = stderr(&out);
    assert!(
        log.contains("decision recorded") && log.contains(&a),
        "{log}"
    );

    // Going back on a decision needs --reopen and a reason.
    refused(&env, &a, &["rejected", "--reason", "Withdrawn"], "--reopen");
    refused(&env, &a, &["verified"], "--reopen");
    let out = decide(
        &env,
        &a,
        &[
            "rejected",
            "--reopen",
            "--reason",
            "Withdrawn by the pledger",
        ],
        by,
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let log = stderr(&out);
    assert!(
        !log.contains("Amina") && !log.contains("Withdrawn"),
        "the log holds who or why: {log}"
    );
    refused(&env, &a, &["published"], "--reopen");
    refused(&env, &a, &["published", "--reopen"], "reason");
    decided(
        &env,
        &a,
        &["published", "--reopen", "--reason", "Appeal upheld"],
        "Jo",
    );
    // b: rejected from received, with its reason.
    decided(
        &env,
        &b,
        &["rejected", "--reason", "Duplicate of an earlier pledge"],
        by,
    );

    // The feed: one event per change, none for the repeat.
    let changes = env.all_changes(&staff.token).await;
    let of_a: Vec<_> = changes
        .iter()
        .filter(|e| e["pledge_id"] == a.as_str())
        .map(|e| e["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        of_a,
        ["received", "verified", "published", "rejected", "published"]
    );
    let reasons: Vec<_> = changes
        .iter()
        .filter_map(|e| e["reason"].as_str())
        .collect();
    assert_eq!(
        reasons,
        [
            "Withdrawn by the pledger",
            "Appeal upheld",
            "Duplicate of an earlier pledge"
        ]
    );

    // The audit table: who, from what, to what, why, whether reopened.
    let row = |id: &str, from: &str, to: &str, reason: &str, reopen: &str, who: &str| {
        [id, from, to, reason, reopen, who].map(String::from)
    };
    assert_eq!(
        audit(&env, backend).await,
        [
            row(&a, "received", "verified", "", "", by),
            row(&a, "verified", "published", "", "", by),
            row(
                &a,
                "published",
                "rejected",
                "Withdrawn by the pledger",
                "reopen",
                by
            ),
            row(&a, "rejected", "published", "Appeal upheld", "reopen", "Jo"),
            row(
                &b,
                "received",
                "rejected",
                "Duplicate of an earlier pledge",
                "",
                by
            ),
        ]
    );
    assert!(audit_is_append_only(&env, backend).await);
}
