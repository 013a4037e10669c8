//! The secretariat's list commands over a real database: what the
//! platform holds, as JSON for scripts and as a table for a person, never
//! with contact details; and rotated enrolment codes.

use serde_json::Value;

use crate::env::{Backend, Env, EVENT};

fn admin_ok(env: &Env, args: &[&str]) -> String {
    let out = env.admin(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json(env: &Env, args: &[&str]) -> Vec<Value> {
    let mut all = args.to_vec();
    all.extend_from_slice(&["--format", "json"]);
    let text = admin_ok(env, &all);
    assert_no_contact(&text);
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{args:?}: {e}: {text}"))
}

fn assert_no_contact(text: &str) {
    for contact in ["delegate@example.org", "A. Delegate"] {
        assert!(!text.contains(contact), "a contact detail in {text}");
    }
}

fn field<'a>(rows: &'a [Value], key: &str) -> Vec<&'a str> {
    rows.iter().map(|r| r[key].as_str().unwrap()).collect()
}

pub async fn the_cli_lists_what_the_platform_holds(backend: Backend) {
    let env = Env::start(backend).await;
    let delegate = env.delegate().await;
    let staff = env.staff().await;
    let envelope = delegate.device.envelope(EVENT, 1);
    let a = envelope.pledge_id.clone();
    let (b, item_b) = delegate.device.pledge(EVENT, 2);
    env.api
        .push(&delegate.token, &[delegate.device.seal(&envelope), item_b])
        .await;
    // The same id with other bytes: a conflict, kept for the secretariat.
    let mut changed = envelope.clone();
    changed.pledge.title = "Connect 900 rural schools in Rwanda and Malawi".into();
    let reply = env
        .api
        .push(&delegate.token, &[delegate.device.seal(&changed)])
        .await;
    assert_eq!(reply.results()[0]["outcome"], "conflict");
    admin_ok(
        &env,
        &[
            "pledge",
            "set-status",
            &b,
            "rejected",
            "--reason",
            "Duplicate",
        ],
    );

    let pledges = json(&env, &["pledge", "list"]);
    assert_eq!(field(&pledges, "pledge_id"), [a.as_str(), b.as_str()]);
    assert_eq!(field(&pledges, "status"), ["received", "rejected"]);
    let mut keys: Vec<&String> = pledges[0].as_object().unwrap().keys().collect();
    keys.sort();
    assert_eq!(
        keys,
        [
            "device_id",
            "event_id",
            "pledge_id",
            "received_at",
            "status",
            "title"
        ]
    );
    assert_eq!(
        pledges[0]["title"],
        "Connect 500 rural schools in Rwanda and Malawi"
    );
    let rejected = json(&env, &["pledge", "list", "--status", "rejected"]);
    assert_eq!(field(&rejected, "pledge_id"), [b.as_str()]);
    assert!(json(&env, &["pledge", "list", "--event", "other-event"]).is_empty());

    // The table a person reads: the same rows, no contact details.
    let table = admin_ok(&env, &["pledge", "list"]);
    assert_no_contact(&table);
    assert!(table.contains(&a) && table.contains("rejected"), "{table}");
    assert!(table.contains("2 row(s)"), "{table}");

    let devices = json(&env, &["device", "list", "--event", EVENT]);
    assert_eq!(
        field(&devices, "device_id"),
        [delegate.device.id.as_str(), staff.device.id.as_str()]
    );
    assert_eq!(field(&devices, "role"), ["delegate", "staff"]);
    assert_eq!(devices[0]["pledges"], 2);
    assert_eq!(
        devices[0]["key_fingerprint"],
        delegate.device.key.public_key().fingerprint().as_str()
    );
    assert!(json(&env, &["device", "list", "--event", "other-event"]).is_empty());

    let events = json(&env, &["event", "list"]);
    assert_eq!(field(&events, "event_id"), [EVENT]);
    assert_eq!(
        (&events[0]["devices"], &events[0]["pledges"]),
        (&2.into(), &2.into())
    );
    let shown: Value = serde_json::from_str(&admin_ok(&env, &["event", "show", EVENT])).unwrap();
    assert_eq!(
        shown["pledges_by_status"],
        serde_json::json!({"received": 1, "rejected": 1})
    );
    assert_eq!(
        shown["devices_by_role"],
        serde_json::json!({"delegate": 1, "staff": 1})
    );
    let out = env.admin(&["event", "show", "no-such-event"]);
    assert!(!out.status.success());

    let conflicts = json(&env, &["conflict", "list"]);
    assert_eq!(field(&conflicts, "pledge_id"), [a.as_str()]);
    assert_eq!(
        field(&conflicts, "device_id"),
        [delegate.device.id.as_str()]
    );
}

pub async fn rotated_codes_replace_the_old_ones(backend: Backend) {
    let env = Env::start(backend).await;
    let rotated: Value =
        serde_json::from_str(&admin_ok(&env, &["event", "rotate-codes", EVENT])).unwrap();
    let new_code = rotated["delegate_code"].as_str().unwrap();
    assert_ne!(new_code, env.delegate_code);
    let device = crate::support::fixtures::Device::new();
    let old = env.api.enroll(EVENT, &env.delegate_code, &device).await;
    assert_eq!(old.status, 403, "{old:?}");
    let new = env.api.enroll(EVENT, new_code, &device).await;
    assert_eq!(new.status, 201, "{new:?}");
    let events = json(&env, &["event", "list"]);
    assert!(events[0]["codes_rotated_at"].is_string(), "{events:?}");
    let out = env.admin(&["event", "rotate-codes", "no-such-event"]);
    assert!(!out.status.success());
}
