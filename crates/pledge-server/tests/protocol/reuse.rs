//! Laptops imaged from one master sign as one device (issue 25, DESIGN.md
//! §4): the same device id and `device_seq` under another pledge id is
//! never silently accepted — both pledges are kept, both flagged
//! `device_seq_reused`, and the pusher is told to make a new identity. One
//! device id enrolling from two machines in an event is refused the same
//! way and the device flagged.

use serde_json::{json, Value};

use crate::env::{Backend, Env, EVENT};

const MACHINE_A: &str = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const MACHINE_B: &str = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

fn export_rows(env: &Env, id: &str) -> Vec<String> {
    let out = env.admin(&["export"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| l.contains(id))
        .map(str::to_owned)
        .collect()
}

pub async fn a_reused_device_seq_keeps_both_and_flags_both(backend: Backend) {
    let env = Env::start(backend).await;
    let laptop = env.delegate().await;
    // Two copies of one laptop: same device, same key, both at device_seq 1.
    let (first_id, first) = laptop.device.pledge(EVENT, 1);
    let (second_id, second) = laptop.device.pledge(EVENT, 1);

    let reply = env
        .api
        .push(&laptop.token, std::slice::from_ref(&first))
        .await;
    let r = reply.results()[0].clone();
    assert_eq!(r["outcome"], "created", "{r}");
    assert!(r.get("flags").is_none() && r.get("code").is_none(), "{r}");

    let reply = env
        .api
        .push(&laptop.token, std::slice::from_ref(&second))
        .await;
    let r = reply.results()[0].clone();
    assert_eq!(r["outcome"], "created", "kept, not refused: {r}");
    assert_eq!(r["code"], "device_seq_reused", "{r}");
    assert_eq!(r["flags"], json!(["device_seq_reused"]));
    assert!(r["message"]
        .as_str()
        .unwrap()
        .contains("new device identity"));

    // Resending is idempotent and says the same.
    let again = env.api.push(&laptop.token, &[second]).await;
    let d = &again.results()[0];
    assert_eq!(d["outcome"], "duplicate");
    assert_eq!(d["server_seq"], r["server_seq"]);
    assert_eq!(d["code"], "device_seq_reused");

    // Both are stored, both flagged for the secretariat.
    assert_eq!(env.stored_for(&laptop.token).await, 2);
    for id in [&first_id, &second_id] {
        let rows = export_rows(&env, id);
        assert_eq!(rows.len(), 1, "{rows:?}");
        assert!(rows[0].contains("device_seq_reused"), "{}", rows[0]);
    }

    // Another device's pledges at the same device_seq are nothing of the kind.
    let other = env.delegate().await;
    let (other_id, item) = other.device.pledge(EVENT, 1);
    let r: Value = env.api.push(&other.token, &[item]).await.results()[0].clone();
    assert!(r.get("flags").is_none() && r.get("code").is_none(), "{r}");
    assert!(!export_rows(&env, &other_id)[0].contains("device_seq_reused"));
}

pub async fn one_device_id_enrolled_from_two_machines_is_refused_and_flagged(backend: Backend) {
    let env = Env::start(backend).await;
    let laptop = env.delegate().await;
    let device = &laptop.device;
    let enrol = |machine: &str| device.enroll_request_from(EVENT, &env.delegate_code, machine);

    let reply = env
        .api
        .post_json("/v1/devices", None, &enrol(MACHINE_A))
        .await;
    assert_eq!(reply.status, 201, "{reply:?}");
    let token = reply.body["device_token"].as_str().unwrap().to_owned();
    // The same machine again: enrolled again, a new token, nothing flagged.
    let reply = env
        .api
        .post_json("/v1/devices", None, &enrol(MACHINE_A))
        .await;
    assert_eq!(reply.status, 201, "{reply:?}");
    let token = reply.body["device_token"]
        .as_str()
        .map_or(token, str::to_owned);

    // An imaged copy on another machine: refused, and the first keeps its token.
    let reply = env
        .api
        .post_json("/v1/devices", None, &enrol(MACHINE_B))
        .await;
    assert_eq!(reply.status, 409, "{reply:?}");
    assert_eq!(reply.code(), "device_seq_reused");
    assert_eq!(
        env.stored_for(&token).await,
        0,
        "the first token still works"
    );

    // The machine member is covered by the proof.
    let mut moved = enrol(MACHINE_A);
    moved["machine"] = json!(MACHINE_B);
    let reply = env.api.post_json("/v1/devices", None, &moved).await;
    assert_eq!(reply.status, 401, "{reply:?}");
    let mut bad = enrol("not-a-hash");
    bad["machine"] = json!("not-a-hash");
    let reply = env.api.post_json("/v1/devices", None, &bad).await;
    assert_eq!(reply.status, 400, "{reply:?}");

    // The device is flagged: its pledges carry the flag in the export.
    let (id, item) = device.pledge(EVENT, 1);
    let r = env.api.push(&token, &[item]).await.results()[0].clone();
    assert_eq!(r["outcome"], "created", "{r}");
    let rows = export_rows(&env, &id);
    assert!(rows[0].contains("device_seq_reused"), "{}", rows[0]);
}
