//! The secretariat's exports through the real `pledge` binary: CSV and
//! XLSX read back (csv, calamine) and checked against the store, and the
//! event summary.

mod support;

use std::collections::{BTreeMap, BTreeSet};

use calamine::{open_workbook, Data, Reader, Xlsx};
use serde_json::Value;
use support::*;

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
