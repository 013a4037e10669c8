//! The CSV export read back with the `csv` crate's reader and checked
//! against the signed envelopes.

mod support;

use pledge_core::reference::country;
use pledge_core::*;
use pledge_report::*;
use support::*;

#[test]
fn the_fixture_is_valid_and_its_countries_are_where_the_counts_assume() {
    for p in fixture() {
        let checked = validate_pledge(&p.envelope.pledge);
        assert_eq!(checked, Ok(()), "{}", p.envelope.pledge_id);
    }
    let tags = |c: &str| {
        let c = country(c).unwrap();
        (c.ldc, c.lldc, c.sids)
    };
    assert_eq!(tags("RWA"), (true, true, false));
    assert_eq!(tags("MWI"), (true, true, false));
    assert_eq!(tags("HTI"), (true, false, true));
    assert_eq!(tags("FJI"), (false, false, true));
    assert_eq!(tags("KEN"), (false, false, false));
}

#[test]
fn csv_header_and_every_column_of_the_design_example_match_the_envelope() {
    let pledges = fixture();
    let (bytes, records) = csv_of(&pledges);
    assert!(
        bytes.starts_with(b"pledge_id,event_id,"),
        "write_csv itself: no BOM, header first"
    );
    assert_eq!(COLUMNS, HEADER);
    assert_eq!(records[0].iter().collect::<Vec<_>>(), HEADER);
    assert_eq!(records.len(), 1 + pledges.len());
    for r in &records {
        assert_eq!(r.len(), HEADER.len());
    }

    let a = &pledges[0];
    let e = &a.envelope;
    let p = &e.pledge;
    let row = &records[1];
    let expected: [(&str, String); 39] = [
        ("pledge_id", e.pledge_id.clone()),
        ("event_id", e.event_id.clone()),
        ("device_id", e.device_id.clone()),
        ("device_seq", e.device_seq.to_string()),
        ("signed_at", e.signed_at.clone()),
        ("fingerprint", a.fingerprint.clone()),
        ("state", "acknowledged".into()),
        ("server_status", "published".into()),
        ("batch", "Day 1 — morning".into()),
        ("supersedes", String::new()),
        ("title", p.title.clone()),
        ("description", p.description.clone()),
        ("language", "en".into()),
        ("lead_pledger", "Example Telecom Group".into()),
        ("lead_pledger_kind", "private_sector".into()),
        ("lead_pledger_country", "GBR".into()),
        (
            "pledgers",
            "Example Telecom Group (private_sector, GBR); Ministry of ICT (government, RWA)".into(),
        ),
        // Distinct kinds in the enum's order, not the pledgers' order.
        ("pledger_kinds", "government; private_sector".into()),
        ("focus_areas", "access; adoption".into()),
        ("support_types", "financial; programmatic".into()),
        ("scope", "national".into()),
        ("countries", "RWA; MWI".into()),
        (
            "country_names",
            format!(
                "{}; {}",
                country("RWA").unwrap().name,
                country("MWI").unwrap().name
            ),
        ),
        ("ldc_countries", "RWA; MWI".into()),
        ("lldc_countries", "RWA; MWI".into()),
        ("sids_countries", String::new()),
        ("beneficiaries", "youth; rural_communities".into()),
        ("targets", "schools_connected=500".into()),
        ("financial_amount", "190000000".into()),
        ("financial_currency", "USD".into()),
        ("period_start", "2022-07-01".into()),
        ("period_end", "2025-12-31".into()),
        ("sdgs", "4; 9".into()),
        (
            "signatory_names",
            format!("Ama Mensah {}; وزير الاتصالات", e.device_seq),
        ),
        ("signatory_titles", "Chief Executive; Minister".into()),
        ("signatory_methods", "drawn; typed".into()),
        ("contact_name", "A. Delegate".into()),
        ("contact_email", "delegate@example.org".into()),
        ("flags", String::new()),
    ];
    let names: Vec<&str> = expected.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, HEADER, "the expectation covers every column");
    for (name, value) in &expected {
        assert_eq!(field(row, name), value, "column {name}");
    }
    assert!(country("RWA").unwrap().name.contains("Rwanda"));
}

#[test]
fn csv_guards_formulas_quotes_text_and_leaves_absent_values_empty() {
    let pledges = fixture();
    let (bytes, records) = csv_of(&pledges);
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.ends_with("\r\n"));
    assert_eq!(
        text.matches("\r\n").count(),
        1 + pledges.len(),
        "CRLF after every record and nowhere else (B's newline is LF)"
    );

    let b = &records[2];
    assert_eq!(field(b, "title"), format!("'{TITLE_B}"));
    assert_eq!(
        field(b, "description"),
        pledges[1].envelope.pledge.description
    );
    assert_eq!(field(b, "financial_amount"), "");
    assert_eq!(field(b, "financial_currency"), "");
    assert_eq!(field(b, "server_status"), "");
    assert_eq!(field(b, "batch"), "");
    assert_eq!(
        field(b, "pledgers"),
        "Ministère de l'Économie numérique (government, SEN)"
    );
    assert_eq!(field(b, "ldc_countries"), "HTI");
    assert_eq!(field(b, "lldc_countries"), "");
    assert_eq!(field(b, "sids_countries"), "FJI; HTI");
    assert_eq!(field(b, "targets"), "people_trained=5000");
    assert_eq!(field(b, "sdgs"), "4; 5");

    let c = &records[3];
    assert_eq!(field(c, "lead_pledger"), "UN Digital Agency");
    assert_eq!(field(c, "lead_pledger_kind"), "international_organization");
    assert_eq!(field(c, "lead_pledger_country"), "");
    assert_eq!(
        field(c, "pledgers"),
        "UN Digital Agency (international_organization); Université de Kigali (academia, RWA)"
    );
    assert_eq!(
        field(c, "pledger_kinds"),
        "academia; international_organization"
    );
    assert_eq!(field(c, "countries"), "");
    assert_eq!(
        field(c, "targets"),
        "other=300 hectares; people_reached=1000000"
    );
    assert_eq!(field(c, "financial_amount"), "2500000");
    assert_eq!(field(c, "financial_currency"), "EUR");
    assert_eq!(field(c, "contact_name"), "'-Dash Contact");
    assert_eq!(field(c, "contact_email"), "'+team@example.org");

    let d = &records[4];
    assert_eq!(field(d, "supersedes"), ID_A);
}

#[test]
fn csv_of_no_pledges_is_the_header_alone() {
    let (bytes, records) = csv_of(&[]);
    assert_eq!(records.len(), 1);
    assert_eq!(bytes, format!("{}\r\n", HEADER.join(",")).into_bytes());
}

#[test]
fn csv_write_errors_are_reported_not_panicked() {
    struct Broken;
    impl std::io::Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let err = write_csv(&fixture(), Broken).unwrap_err();
    assert!(matches!(err, ReportError::Io { path: None, .. }), "{err:?}");
    assert!(
        err.to_string()
            .starts_with("Could not write the CSV export: the drive is full"),
        "{err}"
    );
}

/// Issue 12: Excel on Windows garbles Arabic and Chinese in a CSV without a
/// byte order mark. Every CSV export file starts with one.
#[test]
fn a_csv_export_file_starts_with_the_utf8_bom_and_keeps_arabic_intact() {
    let pledges = fixture();
    let bytes = export_bytes(&pledges, ExportFormat::Csv).unwrap();
    assert!(bytes.starts_with(UTF8_BOM), "a BOM first");
    let text = std::str::from_utf8(&bytes[UTF8_BOM.len()..]).unwrap();
    assert!(text.starts_with("pledge_id,event_id,"));
    assert!(text.contains("وزير الاتصالات"));
    let (_, written) =
        export_for_file(&pledges, ExportFormat::Csv, std::path::Path::new("x.csv")).unwrap();
    assert_eq!(written.bytes, bytes.len() as u64);
}
