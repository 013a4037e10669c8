//! The exports read back with independent readers (the `csv` crate's reader,
//! calamine for XLSX) and checked against the signed envelopes.

use std::io::Read;
use std::path::Path;

use calamine::{open_workbook, Data, Reader, Xlsx};
use pledge_core::reference::country;
use pledge_core::*;
use pledge_report::*;

const ID_A: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000a";
const ID_B: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000b";
const ID_C: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000c";
const ID_D: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000d";
const ID_E: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000e";
const ID_F: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000f";

const TITLE_B: &str = "=1+2 Digital skills for island youth";

fn example() -> Pledge {
    example::design_example_pledge().expect("the design example parses")
}

fn pledger(name: &str, kind: PledgerKind, country: Option<&str>, lead: bool) -> Pledger {
    Pledger {
        name: name.into(),
        kind,
        country: country.map(Into::into),
        lead,
    }
}

fn report(
    id: &str,
    seq: u64,
    pledge: Pledge,
    state: &str,
    server_status: Option<&str>,
    batch: Option<&str>,
) -> ReportPledge {
    ReportPledge {
        envelope: Envelope {
            v: 1,
            kind: "p2c.pledge".into(),
            pledge_id: id.into(),
            supersedes: None,
            event_id: "kigali-2022".into(),
            device_id: "0190a1b2-0000-7000-8000-000000000001".into(),
            device_seq: seq,
            signed_at: format!("2022-06-08T10:{seq:02}:00Z"),
            pledge,
            signatories: vec![],
        },
        state: state.into(),
        server_status: server_status.map(Into::into),
        batch: batch.map(Into::into),
        fingerprint: format!("FP{seq:02}-ABCD-EFGH"),
    }
}

/// Six pledges: A the design example (amended by D), B no financial and a
/// formula-like title aimed at SIDS, C joint with an international
/// organisation and a global scope in EUR, D the amendment of A, E
/// rejected, F a second currency.
fn fixture() -> Vec<ReportPledge> {
    let a = report(
        ID_A,
        1,
        example(),
        "acknowledged",
        Some("published"),
        Some("Day 1 — morning"),
    );

    let mut b = example();
    b.title = TITLE_B.into();
    b.description =
        "Line one, with a comma and \"quotes\".\nLine two: ministère, ñ, 日本語.".into();
    b.language = "fr".into();
    b.pledgers = vec![pledger(
        "Ministère de l'Économie numérique",
        PledgerKind::Government,
        Some("SEN"),
        true,
    )];
    b.focus_areas = vec![FocusArea::Adoption];
    b.support_types = vec![SupportType::Policy, SupportType::Advocacy];
    b.geography = Geography {
        scope: Scope::Regional,
        countries: vec!["FJI".into(), "HTI".into()],
    };
    b.beneficiaries = vec![Beneficiary::WomenAndGirls];
    b.targets = vec![Target {
        metric: Metric::PeopleTrained,
        value: 5000,
        unit: None,
    }];
    b.financial = None;
    b.sdgs = vec![4, 5];
    let b = report(ID_B, 2, b, "queued", None, None);

    let mut c = example();
    c.title = "Invest in startups worldwide".into();
    c.pledgers = vec![
        pledger(
            "UN Digital Agency",
            PledgerKind::InternationalOrganization,
            None,
            true,
        ),
        pledger(
            "Université de Kigali",
            PledgerKind::Academia,
            Some("RWA"),
            false,
        ),
    ];
    c.focus_areas = vec![FocusArea::Investment, FocusArea::ValueCreation];
    c.support_types = vec![SupportType::Financial];
    c.geography = Geography {
        scope: Scope::Global,
        countries: vec![],
    };
    c.beneficiaries = vec![];
    c.targets = vec![
        Target {
            metric: Metric::Other,
            value: 300,
            unit: Some("hectares".into()),
        },
        Target {
            metric: Metric::PeopleReached,
            value: 1_000_000,
            unit: None,
        },
    ];
    c.financial = Some(Financial {
        amount: 2_500_000,
        currency: "EUR".into(),
    });
    c.contact.name = "-Dash Contact".into();
    c.contact.email = "+team@example.org".into();
    let c = report(ID_C, 3, c, "signed", None, Some("Day 2"));

    let mut d = example();
    d.financial = Some(Financial {
        amount: 200_000_000,
        currency: "USD".into(),
    });
    let mut d = report(ID_D, 4, d, "acknowledged", Some("verified"), None);
    d.envelope.supersedes = Some(ID_A.into());

    let mut e = example();
    e.financial = Some(Financial {
        amount: 1000,
        currency: "RWF".into(),
    });
    e.geography.countries = vec!["HTI".into()];
    let e = report(ID_E, 5, e, "rejected", Some("rejected"), None);

    let mut f = example();
    f.title = "Community networks in Kenya".into();
    f.pledgers = vec![
        pledger(
            "Kenya Civic Tech",
            PledgerKind::CivilSociety,
            Some("KEN"),
            true,
        ),
        pledger(
            "Safari Data Ltd",
            PledgerKind::PrivateSector,
            Some("KEN"),
            false,
        ),
    ];
    f.focus_areas = vec![FocusArea::Access];
    f.support_types = vec![SupportType::Financial, SupportType::Advocacy];
    f.geography = Geography {
        scope: Scope::National,
        countries: vec!["KEN".into()],
    };
    f.financial = Some(Financial {
        amount: 5_000_000,
        currency: "RWF".into(),
    });
    let f = report(ID_F, 6, f, "acknowledged", Some("received"), None);

    vec![a, b, c, d, e, f]
}

/// The header, spelled out here so a renamed or reordered column fails.
const HEADER: [&str; 35] = [
    "pledge_id",
    "event_id",
    "device_id",
    "device_seq",
    "signed_at",
    "fingerprint",
    "state",
    "server_status",
    "batch",
    "supersedes",
    "title",
    "description",
    "language",
    "lead_pledger",
    "lead_pledger_kind",
    "lead_pledger_country",
    "pledgers",
    "pledger_kinds",
    "focus_areas",
    "support_types",
    "scope",
    "countries",
    "country_names",
    "ldc_countries",
    "lldc_countries",
    "sids_countries",
    "beneficiaries",
    "targets",
    "financial_amount",
    "financial_currency",
    "period_start",
    "period_end",
    "sdgs",
    "contact_name",
    "contact_email",
];

fn csv_of(pledges: &[ReportPledge]) -> (Vec<u8>, Vec<csv::StringRecord>) {
    let mut bytes = Vec::new();
    let rows = write_csv(pledges, &mut bytes).expect("CSV to memory");
    assert_eq!(rows, pledges.len());
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice());
    let records: Vec<_> = reader.records().map(|r| r.expect("valid CSV")).collect();
    (bytes, records)
}

fn field<'a>(record: &'a csv::StringRecord, name: &str) -> &'a str {
    let i = HEADER.iter().position(|h| *h == name).unwrap();
    &record[i]
}

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
        "no BOM, header first"
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
    let expected: [(&str, String); 35] = [
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
        ("contact_name", "A. Delegate".into()),
        ("contact_email", "delegate@example.org".into()),
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

fn sheet(path: &Path, name: &str) -> calamine::Range<Data> {
    let mut book: Xlsx<_> = open_workbook(path).expect("calamine opens it");
    book.worksheet_range(name).expect("sheet present")
}

fn cell(range: &calamine::Range<Data>, row: usize, name: &str) -> Data {
    let c = HEADER.iter().position(|h| *h == name).unwrap();
    range.get((row, c)).cloned().unwrap_or(Data::Empty)
}

#[test]
fn xlsx_reads_back_with_numbers_as_numbers_and_text_as_signed() {
    let pledges = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kigali-2022.xlsx");
    assert_eq!(write_xlsx(&pledges, &path).unwrap(), pledges.len());

    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["Pledges", "Summary"]);

    let range = sheet(&path, "Pledges");
    assert_eq!(range.height(), 1 + pledges.len());
    assert_eq!(range.width(), HEADER.len());
    let header: Vec<Data> = HEADER.iter().map(|h| Data::String((*h).into())).collect();
    assert_eq!(range.rows().next().unwrap(), header.as_slice());

    assert_eq!(
        cell(&range, 1, "financial_amount"),
        Data::Float(190_000_000.0)
    );
    assert_eq!(cell(&range, 1, "device_seq"), Data::Float(1.0));
    assert_eq!(cell(&range, 1, "pledge_id"), Data::String(ID_A.into()));
    assert_eq!(cell(&range, 1, "sdgs"), Data::String("4; 9".into()));
    assert_eq!(
        cell(&range, 1, "contact_email"),
        Data::String("delegate@example.org".into())
    );
    // B: a string cell, kept exactly (no quote: XLSX strings never evaluate).
    assert_eq!(cell(&range, 2, "title"), Data::String(TITLE_B.into()));
    assert_eq!(
        cell(&range, 2, "description"),
        Data::String(pledges[1].envelope.pledge.description.clone())
    );
    assert_eq!(cell(&range, 2, "financial_amount"), Data::Empty);
    assert_eq!(
        cell(&range, 3, "contact_name"),
        Data::String("-Dash Contact".into())
    );
    assert_eq!(
        cell(&range, 3, "financial_amount"),
        Data::Float(2_500_000.0)
    );
    assert_eq!(
        cell(&range, 6, "financial_amount"),
        Data::Float(5_000_000.0)
    );

    // Every text column agrees with the CSV (less the CSV's formula guard).
    let (_, records) = csv_of(&pledges);
    for (i, record) in records.iter().enumerate().skip(1) {
        for (c, csv_value) in record.iter().enumerate() {
            let xlsx_value = match range.get((i, c)).cloned().unwrap_or(Data::Empty) {
                Data::String(s) => s,
                Data::Float(f) => format!("{f}"),
                Data::Empty => String::new(),
                other => panic!("unexpected cell {other:?}"),
            };
            let unguarded = match csv_value.strip_prefix('\'') {
                Some(rest) if xlsx_value == rest => rest,
                _ => csv_value,
            };
            assert_eq!(xlsx_value, unguarded, "row {i} column {}", HEADER[c]);
        }
    }

    let summary = sheet(&path, "Summary");
    let rows: Vec<&[Data]> = summary.rows().collect();
    let find = |key: &str| {
        rows.iter()
            .find(|r| r.first() == Some(&Data::String(key.into())))
            .unwrap_or_else(|| panic!("no {key} row"))
            .to_vec()
    };
    assert_eq!(find("pledges")[1], Data::Float(4.0));
    assert_eq!(find("rows in Pledges sheet")[1], Data::Float(6.0));
    assert_eq!(
        find("USD")[1..3],
        [Data::Float(200_000_000.0), Data::Float(1.0)]
    );
    assert_eq!(find("RWF")[1], Data::Float(5_000_000.0));
    assert_eq!(find("access")[1], Data::Float(2.0));
    assert_eq!(find("other")[1], Data::Float(0.0));
    assert_eq!(find("sids")[1], Data::Float(1.0));
}

/// The parts calamine does not show: the bold frozen header row and the
/// autofilter, read from the sheet's XML.
#[test]
fn xlsx_header_is_frozen_filtered_and_bold() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.xlsx");
    write_xlsx(&fixture(), &path).unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(
        xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{xml}"
    );
    assert!(xml.contains(r#"<autoFilter ref="A1:AI7"/>"#), "{xml}");
    assert!(xml.contains("<cols>"), "column widths set");
    let mut styles = String::new();
    zip.by_name("xl/styles.xml")
        .unwrap()
        .read_to_string(&mut styles)
        .unwrap();
    assert!(styles.contains("<b/>"), "a bold font exists");
}

#[test]
fn xlsx_to_an_unwritable_path_names_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("export.xlsx");
    let err = write_xlsx(&fixture(), &path).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.starts_with(&format!("Could not write {}: ", path.display())),
        "{msg}"
    );
    assert!(msg.contains("the folder does not exist"), "{msg}");
    assert_eq!(err.code(), "export_io");
    assert!(!path.exists());

    // A folder where the file should go.
    let err = write_xlsx(&fixture(), dir.path()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("Could not write {}: ", dir.path().display())),
        "{err}"
    );
}

#[test]
fn xlsx_of_no_pledges_has_the_header_and_a_zero_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.xlsx");
    assert_eq!(write_xlsx(&[], &path).unwrap(), 0);
    let range = sheet(&path, "Pledges");
    assert_eq!(range.height(), 1);
    assert_eq!(range.width(), HEADER.len());
    let summary = sheet(&path, "Summary");
    assert_eq!(summary.get((0, 1)), Some(&Data::Float(0.0)));
}

fn count(key: &str, count: u64) -> Count {
    Count {
        key: key.into(),
        count,
    }
}

#[test]
fn summary_of_the_fixture_counted_by_hand() {
    // Counted: B, C, D (A is amended by D), F; E was rejected.
    let s = summarize(&fixture());
    let expected = EventSummary {
        pledges: 4,
        financial: vec![
            CurrencyTotal {
                currency: "EUR".into(),
                total: 2_500_000,
                pledges: 1,
            },
            // E's 1,000 RWF was rejected.
            CurrencyTotal {
                currency: "RWF".into(),
                total: 5_000_000,
                pledges: 1,
            },
            // D's 200 M replaces A's 190 M.
            CurrencyTotal {
                currency: "USD".into(),
                total: 200_000_000,
                pledges: 1,
            },
        ],
        // access: D, F; adoption: B, D; value_creation: C; investment: C.
        focus_areas: vec![
            count("access", 2),
            count("adoption", 2),
            count("value_creation", 1),
            count("investment", 1),
        ],
        // financial: C, D, F; policy: B; advocacy: B, F; programmatic: D.
        support_types: vec![
            count("financial", 3),
            count("policy", 1),
            count("advocacy", 2),
            count("programmatic", 1),
        ],
        // government: B, D; private_sector: D, F; civil_society: F;
        // academia: C; international_organization: C.
        pledger_kinds: vec![
            count("government", 2),
            count("private_sector", 2),
            count("civil_society", 1),
            count("academia", 1),
            count("international_organization", 1),
            count("other", 0),
        ],
        // LDC: B (HTI), D (RWA, MWI); LLDC: D; SIDS: B (FJI, HTI). B's lead
        // is from Senegal (an LDC) but pledger countries do not count.
        targeting: Targeting {
            ldc: 2,
            lldc: 1,
            sids: 1,
        },
    };
    assert_eq!(s, expected);
}

#[test]
fn summary_counts_each_pledge_once_and_every_key_with_zeros() {
    let all = fixture();
    // The same pledge twice (two bundles imported) counts once.
    let twice = vec![all[5].clone(), all[5].clone()];
    let s = summarize(&twice);
    assert_eq!(s.pledges, 1);
    assert_eq!(s.financial[0].total, 5_000_000);

    // Without its amendment, A counts; a rejected amendment does not
    // displace it; a server status `superseded` does.
    let mut rejected_amendment = all[3].clone();
    rejected_amendment.state = "rejected".into();
    let s = summarize(&[all[0].clone(), rejected_amendment]);
    assert_eq!(s.pledges, 1);
    assert_eq!(s.financial[0].total, 190_000_000);
    let mut a = all[0].clone();
    a.server_status = Some("superseded".into());
    assert_eq!(summarize(&[a]).pledges, 0);
    let mut conflict = all[5].clone();
    conflict.state = "conflict".into();
    assert_eq!(summarize(&[conflict]).pledges, 0);

    let empty = summarize(&[]);
    assert_eq!(empty.pledges, 0);
    assert!(empty.financial.is_empty());
    let keys = |c: &[Count]| {
        c.iter()
            .map(|c| (c.key.clone(), c.count))
            .collect::<Vec<_>>()
    };
    let zeros = |names: &[&str]| names.iter().map(|n| (n.to_string(), 0)).collect::<Vec<_>>();
    let kinds: Vec<&str> = PledgerKind::ALL.iter().map(|k| k.as_str()).collect();
    let areas: Vec<&str> = FocusArea::ALL.iter().map(|k| k.as_str()).collect();
    let support: Vec<&str> = SupportType::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(keys(&empty.pledger_kinds), zeros(&kinds));
    assert_eq!(keys(&empty.focus_areas), zeros(&areas));
    assert_eq!(keys(&empty.support_types), zeros(&support));
    assert_eq!(
        empty.targeting,
        Targeting {
            ldc: 0,
            lldc: 0,
            sids: 0
        }
    );
}

#[test]
fn summary_types_are_numbers_in_typescript_and_round_trip_as_json() {
    use ts_rs::TS;
    let cfg = ts_rs::Config::default();
    for decl in [
        EventSummary::decl(&cfg),
        CurrencyTotal::decl(&cfg),
        Count::decl(&cfg),
        Targeting::decl(&cfg),
    ] {
        assert!(decl.contains(": number"), "{decl}");
        assert!(!decl.contains("bigint"), "{decl}");
    }
    let decl = EventSummary::decl(&cfg);
    assert!(decl.contains("financial: Array<CurrencyTotal>"), "{decl}");

    let s = summarize(&fixture());
    let json = serde_json::to_string(&s).unwrap();
    assert!(
        json.starts_with(
            r#"{"pledges":4,"financial":[{"currency":"EUR","total":2500000,"pledges":1}"#
        ),
        "{json}"
    );
    assert_eq!(serde_json::from_str::<EventSummary>(&json).unwrap(), s);
}
