//! Six signed pledges covering the cases the exports must get right, and
//! small readers for the CSV they produce.

#![allow(dead_code)]

use pledge_core::*;
use pledge_report::*;

pub const ID_A: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000a";
pub const ID_B: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000b";
pub const ID_C: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000c";
pub const ID_D: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000d";
pub const ID_E: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000e";
pub const ID_F: &str = "0190a1b2-c3d4-7e5f-8a9b-00000000000f";

pub const TITLE_B: &str = "=1+2 Digital skills for island youth";

pub fn example() -> Pledge {
    example::design_example_pledge().expect("the design example parses")
}

pub fn pledger(name: &str, kind: PledgerKind, country: Option<&str>, lead: bool) -> Pledger {
    Pledger {
        name: name.into(),
        kind,
        country: country.map(Into::into),
        lead,
    }
}

pub fn report(
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
            signatories: vec![
                Signatory {
                    pledger: 0,
                    name: format!("Ama Mensah {seq}"),
                    title: "Chief Executive".into(),
                    signed_at: format!("2022-06-08T10:{seq:02}:00Z"),
                    method: SignatureMethod::Drawn,
                    drawing: "M10 10 L20 20".into(),
                },
                Signatory {
                    pledger: 0,
                    name: "وزير الاتصالات".into(),
                    title: "Minister".into(),
                    signed_at: format!("2022-06-08T10:{seq:02}:00Z"),
                    method: SignatureMethod::Typed,
                    drawing: "M1 1 L2 2".into(),
                },
            ],
        },
        state: state.into(),
        server_status: server_status.map(Into::into),
        batch: batch.map(Into::into),
        fingerprint: format!("FP{seq:02}-ABCD-EFGH"),
        flags: vec![],
    }
}

/// Six pledges: A the design example (amended by D), B no financial and a
/// formula-like title aimed at SIDS, C joint with an international
/// organisation and a global scope in EUR, D the amendment of A, E
/// rejected, F a second currency.
pub fn fixture() -> Vec<ReportPledge> {
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
pub const HEADER: [&str; 39] = [
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
    "signatory_names",
    "signatory_titles",
    "signatory_methods",
    "contact_name",
    "contact_email",
    "flags",
];

pub fn csv_of(pledges: &[ReportPledge]) -> (Vec<u8>, Vec<csv::StringRecord>) {
    let mut bytes = Vec::new();
    let rows = write_csv(pledges, &mut bytes).expect("CSV to memory");
    assert_eq!(rows, pledges.len());
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes.as_slice());
    let records: Vec<_> = reader.records().map(|r| r.expect("valid CSV")).collect();
    (bytes, records)
}

pub fn field<'a>(record: &'a csv::StringRecord, name: &str) -> &'a str {
    let i = HEADER.iter().position(|h| *h == name).unwrap();
    &record[i]
}
