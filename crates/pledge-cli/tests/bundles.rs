//! USB bundles between two laptops (each its own data directory) through
//! the real `pledge` binary, damaged copies of them, batches, and
//! reconciliation offline.

mod support;

use std::collections::BTreeSet;
use std::path::Path;

use pledge_core::signing::{b64_decode, b64_encode};
use serde_json::{json, Value};
use support::*;

#[test]
fn a_bundle_goes_to_another_laptop_once_and_damaged_copies_change_nothing() {
    let (dir_a, dir_b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let (a, b) = (dir_a.path(), dir_b.path());
    let ids = laptop_with(
        a,
        &[
            DRAFT.to_owned(),
            single("Train 2,000 teachers in Malawi", "MWI", "adoption", None),
            single(
                "Fund 40 digital startups in Fiji",
                "FJI",
                "investment",
                Some((2_500_000, "EUR")),
            ),
        ],
    );
    let identity = json(a, &["identity"]);

    // an export to a folder that does not exist names the file; nothing recorded
    let nowhere = a.join("no-such-folder").join("A.p2cbundle");
    let err = fails(a, &["bundle", "export", path(&nowhere)]);
    assert!(err.contains("file_unwritable"), "{err}");
    assert!(err.contains(path(&nowhere)), "the path is named: {err}");
    assert!(!nowhere.exists());
    assert_eq!(json(a, &["reconcile"])["only_here"], 3);

    let file = a.join("A.p2cbundle");
    let exported = json(a, &["bundle", "export", path(&file)]);
    assert_eq!(exported["items"], 3);
    assert_eq!(exported["bytes"], std::fs::metadata(&file).unwrap().len());
    assert_eq!(
        json(a, &["reconcile"])["only_here"],
        0,
        "all three left on the stick"
    );
    let text = std::fs::read(&file).unwrap();
    let bundle: Value = serde_json::from_slice(&text).unwrap();
    assert_eq!(bundle["format"], "p2c-bundle");
    assert_eq!(bundle["event_id"], EVENT);
    assert_eq!(bundle["exporter"]["device_id"], identity["device_id"]);
    assert_eq!(
        bundle["devices"],
        json!([{"device_id": identity["device_id"], "public_key": identity["public_key"]}])
    );
    let mut in_bundle = bundle_pledge_ids(&file);
    in_bundle.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(in_bundle, expected);

    let verified = json(a, &["bundle", "verify", path(&file)]);
    assert!(verified.get("valid").is_none(), "never a bare valid");
    let fingerprint = identity["fingerprint"].as_str().unwrap();
    assert_eq!(
        verified["checked"],
        format!("self-consistent; signer key fingerprint {fingerprint}")
    );
    assert_eq!(
        verified["devices"],
        json!([{"device_id": identity["device_id"], "name": "this laptop", "this_laptop": true,
            "key_fingerprint": fingerprint, "pledges": 3, "exporter": true}])
    );
    // Another laptop does not know the device by name.
    let elsewhere = json(b, &["bundle", "verify", path(&file)]);
    assert_eq!(elsewhere["devices"][0]["name"], Value::Null);
    assert_eq!(elsewhere["devices"][0]["key_fingerprint"], fingerprint);
    assert_eq!(verified["items"], 3);
    assert_eq!(verified["bundle_id"], exported["bundle_id"]);

    // damaged copies: one pledge's title changed inside its signed bytes
    let mut tampered = bundle.clone();
    let signed = b64_decode(tampered["items"][1]["signed"].as_str().unwrap()).unwrap();
    let envelope: Value = serde_json::from_slice(&signed).unwrap();
    let victim = envelope["pledge_id"].as_str().unwrap().to_owned();
    let title = envelope["pledge"]["title"].as_str().unwrap();
    let changed = String::from_utf8(signed.clone()).unwrap().replacen(
        title,
        &title.replacen("2,000", "9,000", 1),
        1,
    );
    assert_ne!(changed.as_bytes(), signed.as_slice());
    tampered["items"][1]["signed"] = b64_encode(changed.as_bytes()).into();
    let tampered_file = a.join("tampered.p2cbundle");
    std::fs::write(&tampered_file, serde_json::to_vec(&tampered).unwrap()).unwrap();
    let truncated_file = a.join("truncated.p2cbundle");
    std::fs::write(&truncated_file, &text[..text.len() * 2 / 3]).unwrap();

    let err = fails(a, &["bundle", "verify", path(&tampered_file)]);
    assert!(
        err.contains("bundle_tampered") && err.contains(&victim),
        "{err}"
    );

    // laptop B, same event: the bad copies are refused before anything lands
    set_event(b);
    let refused = |b: &Path| {
        let before = json(b, &["list", "--signed"]);
        let err = fails(b, &["bundle", "import", path(&tampered_file)]);
        assert!(err.contains("bundle_tampered"), "{err}");
        assert!(
            err.contains("Item 2") && err.contains(&victim),
            "names the item: {err}"
        );
        let err = fails(b, &["bundle", "import", path(&truncated_file)]);
        assert!(err.contains("bundle_invalid"), "{err}");
        assert!(err.contains("copied completely"), "{err}");
        assert_eq!(json(b, &["list", "--signed"]), before, "B unchanged");
    };
    refused(b);
    assert!(signed_ids(b).is_empty());

    let first = json(b, &["bundle", "import", path(&file)]);
    assert_eq!(
        (&first["created"], &first["duplicate"], &first["conflict"]),
        (&json!(3), &json!(0), &json!(0))
    );
    assert_eq!(first["bundle_id"], exported["bundle_id"]);
    assert_eq!(first["exporter_device_id"], identity["device_id"]);
    let again = json(b, &["bundle", "import", path(&file)]);
    assert_eq!(
        (&again["created"], &again["duplicate"], &again["conflict"]),
        (&json!(0), &json!(3), &json!(0)),
        "importing twice changes nothing"
    );
    assert_eq!(signed_ids(b), ids.iter().cloned().collect());
    for id in &ids {
        let (on_a, on_b) = (json(a, &["show", id]), json(b, &["show", id]));
        assert_eq!(on_b["fingerprint"], on_a["fingerprint"]);
        assert_eq!(on_b["envelope"], on_a["envelope"]);
        assert_eq!(on_b["state"], "queued", "forwarded on B's next sync");
        // the exact bytes and A's signature travel on
        assert_eq!(ok(b, &["export", id]), ok(a, &["export", id]));
    }
    refused(b);
    assert_eq!(
        json(b, &["list", "--signed"])["items"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // B's reconciliation knows the pledges came from A's device
    let rec = json(b, &["reconcile"]);
    let devices = rec["devices"].as_array().unwrap();
    let from_a = devices
        .iter()
        .find(|d| d["device_id"] == identity["device_id"])
        .unwrap_or_else(|| panic!("A's device in {rec}"));
    assert_eq!(from_a["own_device"], false);
    assert_eq!(from_a["total"], 3);
    assert_eq!(from_a["local_gaps"], json!([]));
    assert_eq!(json(b, &["report", "summary"])["pledges"], 3);
}

#[test]
fn batches_are_created_listed_submitted_and_exported_alone() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let ids = laptop_with(
        data,
        &[
            DRAFT.to_owned(),
            single("Connect 30 clinics in Malawi", "MWI", "access", None),
            single("Train 2,000 teachers in Niger", "NER", "adoption", None),
            single(
                "Fund 40 digital startups in Fiji",
                "FJI",
                "investment",
                None,
            ),
        ],
    );
    let day1 = [ids[0].clone(), ids[2].clone()];

    let created = json(
        data,
        &["batch", "create", "--name", "Day 1", &day1[0], &day1[1]],
    );
    let batch_id = created["batch"]["batch_id"].as_str().unwrap().to_owned();
    assert_eq!(created["batch"]["name"], "Day 1");
    assert_eq!(created["batch"]["total"], 2);
    assert_eq!(created["batch"]["submitted_at"], Value::Null);
    let members: BTreeSet<&str> = created["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["pledge_id"].as_str().unwrap())
        .collect();
    assert_eq!(members, day1.iter().map(String::as_str).collect());

    // a pledge is in one batch at most; an unknown pledge is named
    let err = fails(
        data,
        &["batch", "create", "--name", "Day 2", &ids[1], &day1[0]],
    );
    assert!(
        err.contains("already_batched") && err.contains("Day 1"),
        "{err}"
    );
    let err = fails(
        data,
        &["batch", "create", "--name", "Day 2", "no-such-pledge"],
    );
    assert!(err.contains("pledge_not_found"), "{err}");

    let list = json(data, &["batch", "list"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "the refused batches left nothing: {list:?}");
    assert_eq!(list[0]["batch_id"], batch_id.as_str());
    assert_eq!(list[0]["total"], 2);

    let submitted = json(data, &["batch", "submit", &batch_id]);
    assert!(submitted["batch"]["submitted_at"].is_string());
    assert_eq!(submitted["batch"]["counts"]["queued"], 2);
    assert!(json(data, &["batch", "list"])[0]["submitted_at"].is_string());
    let shown = json(data, &["batch", "show", &batch_id]);
    assert_eq!(shown["batch"]["total"], 2);

    let file = data.join("day1.p2cbundle");
    let exported = json(
        data,
        &["bundle", "export", "--batch", &batch_id, path(&file)],
    );
    assert_eq!(exported["items"], 2);
    let mut in_bundle = bundle_pledge_ids(&file);
    in_bundle.sort();
    let mut expected = day1.to_vec();
    expected.sort();
    assert_eq!(in_bundle, expected, "exactly the batch's pledges");
    assert_eq!(json(data, &["bundle", "verify", path(&file)])["items"], 2);
    assert_eq!(
        json(data, &["reconcile"])["only_here"],
        2,
        "the two pledges in no batch are still only here"
    );

    let err = fails(
        data,
        &[
            "bundle",
            "export",
            "--batch",
            "no-such-batch",
            path(&data.join("x.p2cbundle")),
        ],
    );
    assert!(err.contains("batch_not_found"), "{err}");
}

#[test]
fn reconcile_without_enrolment_counts_the_own_device_and_says_the_server_was_not_asked() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    laptop_with(
        data,
        &[
            DRAFT.to_owned(),
            single("Connect 30 clinics in Malawi", "MWI", "access", None),
        ],
    );
    let identity = json(data, &["identity"]);
    let out = support::pledge(data, &["reconcile"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rec: Value = serde_json::from_slice(&out.stdout).unwrap();
    let devices = rec["devices"].as_array().unwrap();
    assert_eq!(devices.len(), 1, "{rec}");
    let own = &devices[0];
    assert_eq!(own["device_id"], identity["device_id"]);
    assert_eq!(own["own_device"], true);
    assert_eq!(own["total"], 2);
    assert_eq!(own["highest_seq"], 2);
    assert_eq!(own["counts"]["queued"], 2);
    assert_eq!(own["local_gaps"], json!([]));
    assert_eq!(own["server_missing"], Value::Null);
    assert_eq!(rec["only_here"], 2);
    assert_eq!(rec["server"]["checked"], false);
    // Why, as a code the window says in its language, and the English sentence.
    assert_eq!(
        rec["server"]["error"]["code"], "not_enrolled",
        "says why: {rec}"
    );
    let message = rec["server"]["error"]["message"]
        .as_str()
        .unwrap_or_default();
    assert!(!message.trim().is_empty(), "says why: {rec}");
}

/// The pledge ids inside a bundle file, in item order.
fn bundle_pledge_ids(file: &Path) -> Vec<String> {
    let bundle: Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    bundle["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            let signed = b64_decode(item["signed"].as_str().unwrap()).unwrap();
            let envelope: Value = serde_json::from_slice(&signed).unwrap();
            envelope["pledge_id"].as_str().unwrap().to_owned()
        })
        .collect()
}
