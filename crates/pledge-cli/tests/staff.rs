//! Event staff's work through the real `pledge` binary, each "laptop" with
//! its own data directory: the CSV and XLSX exports and the summary read
//! back and checked against the store, USB bundles between two laptops
//! (and damaged copies of them), batches, and reconciliation offline.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use calamine::{open_workbook, Data, Reader, Xlsx};
use pledge_core::signing::{b64_decode, b64_encode};
use serde_json::{json, Value};
use support::{fails, import, json, ok, set_event, signatories, DRAFT, EVENT};

/// A one-pledger draft; financial when `amount` is given.
fn single(title: &str, country: &str, area: &str, amount: Option<(u64, &str)>) -> String {
    let mut d = json!({
        "title": title,
        "description": "Connectivity, devices and training for rural communities.",
        "language": "en",
        "pledgers": [{"name": "Digital Futures Foundation", "kind": "civil_society", "country": "KEN", "lead": true}],
        "focus_areas": [area],
        "support_types": ["programmatic"],
        "geography": {"scope": "national", "countries": [country]},
        "period": {"start": "2022-07-01", "end": "2026-06-30"},
        "contact": {"name": "B. Delegate", "email": "b.delegate@example.org"}
    });
    if let Some((amount, currency)) = amount {
        d["support_types"] = json!(["financial", "programmatic"]);
        d["financial"] = json!({"amount": amount, "currency": currency});
    }
    d.to_string()
}

/// `pledge sign --all` with the two signatories; the new pledges' ids in
/// signing order.
fn sign_all(data: &Path) -> Vec<String> {
    let (a, b) = signatories(data);
    ok(
        data,
        &["sign", "--all", "--signatory", &a, "--signatory", &b],
    )
    .lines()
    .map(|l| {
        let v: Value = serde_json::from_str(l).unwrap();
        v["pledge_id"].as_str().unwrap().to_owned()
    })
    .collect()
}

/// A laptop with the event set and `drafts` signed; the pledge ids.
fn laptop_with(data: &Path, drafts: &[String]) -> Vec<String> {
    set_event(data);
    import(data, drafts);
    let ids = sign_all(data);
    assert_eq!(ids.len(), drafts.len());
    ids
}

/// The ids `pledge list --signed` shows.
fn signed_ids(data: &Path) -> BTreeSet<String> {
    json(data, &["list", "--signed"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["pledge_id"].as_str().unwrap().to_owned())
        .collect()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The CSV cell of a text, as the formula guard writes it.
fn guarded(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

#[test]
fn csv_xlsx_and_summary_agree_with_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let formula = "=HYPERLINK(\"http://example.org\") Train 2,000 teachers";
    let quoted = "Réseaux « solaires », \"écoles\" au Niger; phase 1";
    let drafts = vec![
        DRAFT.to_owned(), // joint, 190,000,000 USD
        single(
            "Fund 40 digital startups in Fiji",
            "FJI",
            "investment",
            Some((2_500_000, "EUR")),
        ),
        single("Connect 30 clinics in Malawi", "MWI", "access", None),
        single(formula, "NER", "adoption", Some((750_000, "USD"))),
        single(quoted, "NER", "access", None),
    ];
    let ids = laptop_with(data, &drafts);
    // a draft nobody signed is in no export
    import(
        data,
        &[single("Still a draft, not signed", "RWA", "access", None)],
    );
    json(
        data,
        &["batch", "create", "--name", "Day 1", &ids[0], &ids[3]],
    );

    let listed = signed_ids(data);
    assert_eq!(listed, ids.iter().cloned().collect(), "list --signed");
    let shown: BTreeMap<String, Value> = ids
        .iter()
        .map(|id| (id.clone(), json(data, &["show", id])))
        .collect();

    // --- CSV ---
    let csv_file = data.join("pledges.csv");
    let out = json(data, &["report", "csv", path(&csv_file)]);
    assert_eq!(out["rows"], listed.len());
    let mut reader = csv::Reader::from_path(&csv_file).unwrap();
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), pledge_report::COLUMNS);
    let col = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), listed.len(), "one row per signed pledge");
    let csv_ids: BTreeSet<String> = rows.iter().map(|r| r[col("pledge_id")].into()).collect();
    assert_eq!(csv_ids, listed, "each pledge once");
    for row in &rows {
        let p = &shown[&row[col("pledge_id")]];
        let e = &p["envelope"];
        let title = e["pledge"]["title"].as_str().unwrap();
        assert_eq!(&row[col("title")], guarded(title), "title");
        let amount = match &e["pledge"]["financial"] {
            Value::Null => String::new(),
            f => f["amount"].as_u64().unwrap().to_string(),
        };
        assert_eq!(row[col("financial_amount")], amount, "amount of {title}");
        let currency = e["pledge"]["financial"]["currency"].as_str().unwrap_or("");
        assert_eq!(&row[col("financial_currency")], currency);
        assert_eq!(row[col("state")], p["state"], "state of {title}");
        assert_eq!(row[col("fingerprint")], p["fingerprint"]);
        assert_eq!(row[col("device_seq")], e["device_seq"].to_string());
        assert_eq!(row[col("event_id")], *EVENT);
        let pledgers = e["pledge"]["pledgers"].as_array().unwrap().len();
        assert_eq!(row[col("pledgers")].split("; ").count(), pledgers);
        let in_batch = row[col("pledge_id")] == ids[0] || row[col("pledge_id")] == ids[3];
        assert_eq!(&row[col("batch")], if in_batch { "Day 1" } else { "" });
    }
    assert!(
        rows.iter()
            .any(|r| r[col("title")] == format!("'{formula}")),
        "a formula-like title is guarded in the CSV"
    );
    assert!(rows.iter().any(|r| &r[col("title")] == quoted));

    // --- XLSX ---
    let xlsx_file = data.join("pledges.xlsx");
    let out = json(data, &["report", "xlsx", path(&xlsx_file)]);
    assert_eq!(out["rows"], listed.len());
    let mut book: Xlsx<_> = open_workbook(&xlsx_file).unwrap();
    let sheet = book.worksheet_range("Pledges").unwrap();
    let mut sheet_rows = sheet.rows();
    let header: Vec<String> = sheet_rows.next().unwrap().iter().map(text).collect();
    assert_eq!(header, pledge_report::COLUMNS);
    let xcol = |name: &str| header.iter().position(|h| h == name).unwrap();
    let xrows: Vec<&[Data]> = sheet_rows.collect();
    assert_eq!(xrows.len(), listed.len(), "one row per signed pledge");
    let xlsx_ids: BTreeSet<String> = xrows.iter().map(|r| text(&r[xcol("pledge_id")])).collect();
    assert_eq!(xlsx_ids, listed);
    for row in &xrows {
        let p = &shown[&text(&row[xcol("pledge_id")])];
        let e = &p["envelope"];
        // string cells are never evaluated: the title is exactly as signed
        assert_eq!(text(&row[xcol("title")]), e["pledge"]["title"]);
        assert_eq!(text(&row[xcol("state")]), p["state"]);
        match (&row[xcol("financial_amount")], &e["pledge"]["financial"]) {
            (Data::Empty, Value::Null) => {}
            (Data::Float(n), f) => assert_eq!(*n, f["amount"].as_u64().unwrap() as f64),
            (Data::Int(n), f) => assert_eq!(*n as u64, f["amount"].as_u64().unwrap()),
            (cell, f) => panic!("amount cell {cell:?} for financial {f}"),
        }
        assert!(
            matches!(row[xcol("device_seq")], Data::Float(_) | Data::Int(_)),
            "device_seq is a number"
        );
    }

    // --- summary ---
    let summary = json(data, &["report", "summary"]);
    assert_eq!(summary["pledges"], listed.len());
    let mut totals: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    let mut areas: BTreeMap<String, u64> = BTreeMap::new();
    for p in shown.values() {
        let pledge = &p["envelope"]["pledge"];
        if let Some(f) = pledge["financial"].as_object() {
            let t = totals
                .entry(f["currency"].as_str().unwrap().into())
                .or_default();
            t.0 += f["amount"].as_u64().unwrap();
            t.1 += 1;
        }
        for a in pledge["focus_areas"].as_array().unwrap() {
            *areas.entry(a.as_str().unwrap().into()).or_default() += 1;
        }
    }
    let reported: BTreeMap<String, (u64, u64)> = summary["financial"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["currency"].as_str().unwrap().into(),
                (f["total"].as_u64().unwrap(), f["pledges"].as_u64().unwrap()),
            )
        })
        .collect();
    assert_eq!(reported, totals);
    assert_eq!(totals["USD"], (190_750_000, 2));
    for c in summary["focus_areas"].as_array().unwrap() {
        let key = c["key"].as_str().unwrap();
        assert_eq!(
            c["count"].as_u64().unwrap(),
            areas.get(key).copied().unwrap_or(0),
            "{key}"
        );
    }
    // the workbook's Summary sheet says the same count
    let sheet = book.worksheet_range("Summary").unwrap();
    let first: Vec<&[Data]> = sheet.rows().take(2).collect();
    assert_eq!(text(&first[0][0]), "pledges");
    assert_eq!(first[0][1], Data::Float(listed.len() as f64));
    assert_eq!(first[1][1], Data::Float(listed.len() as f64));

    // an export to a missing folder says which file, and why
    for (format, file) in [("csv", "pledges.csv"), ("xlsx", "pledges.xlsx")] {
        let nowhere = data.join("no-such-folder").join(file);
        let err = fails(data, &["report", format, path(&nowhere)]);
        assert!(
            err.contains("no-such-folder") && err.contains("file_unwritable"),
            "{format}: {err}"
        );
    }
}

/// A cell as text (numbers as Rust prints them).
fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => other.to_string(),
    }
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
    assert_eq!(verified["valid"], true);
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
    assert_eq!(json(b, &["list", "--signed"]).as_array().unwrap().len(), 3);

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
    let error = rec["server"]["error"].as_str().unwrap_or_default();
    assert!(!error.trim().is_empty(), "says why: {rec}");
}
