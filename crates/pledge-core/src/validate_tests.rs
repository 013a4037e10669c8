use super::*;
use crate::ProblemCode;

/// The example of DESIGN.md §2, as a draft.
pub(crate) fn example() -> DraftContent {
    crate::example::design_example_draft()
}

fn problems(d: &DraftContent) -> Vec<(String, ProblemCode)> {
    match validate(d) {
        Ok(_) => vec![],
        Err(ps) => ps.into_iter().map(|p| (p.path, p.code)).collect(),
    }
}

fn has(d: &DraftContent, path: &str, code: ProblemCode) -> bool {
    let ps = problems(d);
    let found = ps.iter().any(|(p, c)| p == path && *c == code);
    if !found {
        eprintln!("expected {path}/{code:?}, got {ps:?}");
    }
    found
}

#[test]
fn the_design_example_is_valid_and_keeps_its_exact_shape() {
    let pledge = validate(&example()).expect("valid");
    let json = serde_json::to_value(&pledge).unwrap();
    let expected: serde_json::Value = serde_json::from_str(crate::example::DESIGN_EXAMPLE).unwrap();
    assert_eq!(json, expected);
    // and the strict type reads its own output back
    let back: Pledge = serde_json::from_value(json).unwrap();
    assert_eq!(back, pledge);
}

#[test]
fn an_empty_draft_reports_every_missing_field_at_once() {
    let ps = problems(&DraftContent::default());
    for path in [
        "title",
        "language",
        "pledgers",
        "focus_areas",
        "support_types",
        "geography.scope",
        "period.start",
        "period.end",
        "contact.name",
        "contact.email",
    ] {
        assert!(
            ps.iter()
                .any(|(p, c)| p == path && *c == ProblemCode::Required),
            "{path}: {ps:?}"
        );
    }
}

#[test]
fn title_length_and_characters() {
    let mut d = example();
    d.title = "Wifi".into();
    assert!(has(&d, "title", ProblemCode::TooShort));
    d.title = "x".repeat(201);
    assert!(has(&d, "title", ProblemCode::TooLong));
    d.title = "é".repeat(200); // counted in characters, not bytes
    assert!(validate(&d).is_ok());
    d.title = "Bad\u{0007}title".into();
    assert!(has(&d, "title", ProblemCode::ControlCharacters));
    d.title = "  Padded title  ".into();
    assert_eq!(validate(&d).unwrap().title, "Padded title");
    d.title = "x".repeat(1_000_000);
    assert!(has(&d, "title", ProblemCode::TooLong));
}

#[test]
fn html_is_plain_text_to_the_validator() {
    let mut d = example();
    d.title = "<script>alert(1)</script> & <b>bold</b>".into();
    assert_eq!(validate(&d).unwrap().title, d.title);
}

#[test]
fn description_bound_and_newlines() {
    let mut d = example();
    d.description = "line one\nline two\ttabbed".into();
    assert!(validate(&d).is_ok());
    d.description = "x".repeat(4001);
    assert!(has(&d, "description", ProblemCode::TooLong));
    d.description = "nul\0byte".into();
    assert!(has(&d, "description", ProblemCode::ControlCharacters));
    d.description = String::new();
    assert!(validate(&d).is_ok());
}

#[test]
fn language_is_a_bcp47_tag() {
    let mut d = example();
    for good in ["en", "fr", "pt-BR", "zh-Hans", "ar"] {
        d.language = good.into();
        assert!(validate(&d).is_ok(), "{good}");
    }
    for bad in ["english", "e", "en_US", "12"] {
        d.language = bad.into();
        assert!(has(&d, "language", ProblemCode::InvalidLanguage), "{bad}");
    }
}

#[test]
fn pledgers_count_lead_kind_and_country() {
    let mut d = example();
    d.pledgers.clear();
    assert!(has(&d, "pledgers", ProblemCode::Required));

    let mut d = example();
    d.pledgers = vec![d.pledgers[0].clone(); 21];
    for p in d.pledgers.iter_mut().skip(1) {
        p.lead = false;
    }
    assert!(has(&d, "pledgers", ProblemCode::TooMany));
    d.pledgers.truncate(20);
    assert!(validate(&d).is_ok());

    let mut d = example();
    d.pledgers[0].lead = false;
    assert!(has(&d, "pledgers", ProblemCode::NoLead));
    d.pledgers[0].lead = true;
    d.pledgers[1].lead = true;
    assert!(has(&d, "pledgers", ProblemCode::MultipleLeads));

    let mut d = example();
    d.pledgers[1].name = "   ".into();
    d.pledgers[1].kind = None;
    d.pledgers[1].country = "XYZ".into();
    assert!(has(&d, "pledgers[1].name", ProblemCode::Required));
    assert!(has(&d, "pledgers[1].kind", ProblemCode::Required));
    assert!(has(&d, "pledgers[1].country", ProblemCode::InvalidCountry));

    let mut d = example();
    d.pledgers[1].kind = Some(PledgerKind::InternationalOrganization);
    assert!(has(
        &d,
        "pledgers[1].country",
        ProblemCode::CountryNotAllowed
    ));
    d.pledgers[1].country.clear();
    let p = validate(&d).unwrap();
    assert_eq!(p.pledgers[1].country, None);
    let json = serde_json::to_string(&p.pledgers[1]).unwrap();
    assert!(!json.contains("country"), "omitted, not null: {json}");
}

#[test]
fn focus_areas_and_support_types_need_one_without_repeats() {
    let mut d = example();
    d.focus_areas.clear();
    d.support_types.clear();
    assert!(has(&d, "focus_areas", ProblemCode::Required));
    assert!(has(&d, "support_types", ProblemCode::Required));
    let mut d = example();
    d.focus_areas = vec![FocusArea::Access, FocusArea::Access];
    assert!(has(&d, "focus_areas", ProblemCode::Duplicate));
    d.focus_areas = vec![FocusArea::Investment];
    d.beneficiaries = vec![Beneficiary::Youth, Beneficiary::Youth];
    assert!(has(&d, "beneficiaries", ProblemCode::Duplicate));
}

#[test]
fn geography_scope_and_countries() {
    let mut d = example();
    d.geography.scope = None;
    assert!(has(&d, "geography.scope", ProblemCode::Required));
    let mut d = example();
    d.geography.countries = vec!["RWA".into(), "Rwanda".into()];
    assert!(has(
        &d,
        "geography.countries[1]",
        ProblemCode::InvalidCountry
    ));
    d.geography.countries = vec![];
    assert!(has(&d, "geography.countries", ProblemCode::Required));
    d.geography.scope = Some(Scope::Global);
    assert!(validate(&d).is_ok());
    d.geography.countries = vec!["RWA".into(), "RWA".into()];
    assert!(has(&d, "geography.countries", ProblemCode::Duplicate));
}

#[test]
fn targets_bounds_and_units() {
    let mut d = example();
    d.targets = vec![DraftTarget {
        metric: None,
        value: None,
        unit: String::new(),
    }];
    assert!(has(&d, "targets[0].metric", ProblemCode::Required));
    assert!(has(&d, "targets[0].value", ProblemCode::Required));
    d.targets = vec![DraftTarget {
        metric: Some(Metric::Other),
        value: Some(3.into()),
        unit: String::new(),
    }];
    assert!(has(&d, "targets[0].unit", ProblemCode::UnitRequired));
    d.targets[0].unit = "community networks".into();
    assert_eq!(
        validate(&d).unwrap().targets[0].unit.as_deref(),
        Some("community networks")
    );
    d.targets[0].value = Some((LIMITS.target_value_max + 1).into());
    assert!(has(&d, "targets[0].value", ProblemCode::OutOfRange));
    d.targets[0].value = Some(0.into());
    assert!(validate(&d).is_ok());
    d.targets = vec![d.targets[0].clone(); 21];
    assert!(has(&d, "targets", ProblemCode::TooMany));
    d.targets.clear();
    assert!(validate(&d).is_ok());
}

#[test]
fn financial_is_required_with_financial_support_and_dropped_without() {
    let mut d = example();
    d.financial.amount = None;
    d.financial.currency = "EURO".into();
    assert!(has(&d, "financial.amount", ProblemCode::Required));
    assert!(has(&d, "financial.currency", ProblemCode::InvalidCurrency));
    d.financial.amount = Some((LIMITS.amount_max + 1).into());
    assert!(has(&d, "financial.amount", ProblemCode::OutOfRange));
    d.financial.amount = Some(LIMITS.amount_max.into());
    d.financial.currency = "RWF".into();
    assert!(validate(&d).is_ok());

    d.support_types = vec![SupportType::Policy];
    let p = validate(&d).unwrap();
    assert_eq!(p.financial, None);
    assert!(!serde_json::to_string(&p).unwrap().contains("financial"));
}

/// What was typed that is not a whole number is kept as typed, reported,
/// and never signed as some other number (issue 12: "2500000.75" was
/// signed as 250,000,075).
#[test]
fn typed_numbers_that_are_not_whole_are_reported_never_changed() {
    for typed in [
        "2500000.75",
        "2500000,75",
        "2500000٫75",
        "1.5",
        "1e6",
        "-5000",
        "5000 USD",
        "١٬٥",
    ] {
        let mut d = example();
        d.financial.amount = Some(DraftWhole::Typed(typed.into()));
        assert!(
            has(&d, "financial.amount", ProblemCode::NotWholeNumber),
            "{typed}"
        );
        d.financial.amount = Some(1_000.into());
        d.targets[0].value = Some(DraftWhole::Typed(typed.into()));
        assert!(
            has(&d, "targets[0].value", ProblemCode::NotWholeNumber),
            "{typed}"
        );
        // The draft keeps the text exactly.
        let json = serde_json::to_string(&d).unwrap();
        let back: DraftContent = serde_json::from_str(&json).unwrap();
        assert_eq!(back.targets[0].value, Some(DraftWhole::Typed(typed.into())));
    }
    // Digits alone too large for any amount: out of range, not capped.
    let mut d = example();
    d.financial.amount = Some(DraftWhole::Typed("12345678901234567890123".into()));
    assert!(has(&d, "financial.amount", ProblemCode::OutOfRange));
    d.financial.amount = Some(DraftWhole::Typed("2500000".into()));
    assert_eq!(validate(&d).unwrap().financial.unwrap().amount, 2_500_000);
}

/// A draft read from JSON (`pledge import`) with a number that is not a
/// non-negative integer is refused, saying why, never rounded.
#[test]
fn json_numbers_that_are_not_whole_are_refused_when_read() {
    for (number, says) in [
        ("2500000.75", "not a whole number"),
        ("1e6", "not a whole number"),
        ("-5000", "negative"),
    ] {
        let json = format!(r#"{{"financial":{{"amount":{number},"currency":"USD"}}}}"#);
        let err = serde_json::from_str::<DraftContent>(&json).unwrap_err();
        assert!(err.to_string().contains(says), "{number}: {err}");
    }
    let read: DraftContent =
        serde_json::from_str(r#"{"targets":[{"metric":"people_trained","value":120}]}"#).unwrap();
    assert_eq!(read.targets[0].value, Some(DraftWhole::Number(120)));
}

#[test]
fn period_dates_are_real_and_ordered() {
    let mut d = example();
    d.period.end = "2022-06-30".into();
    assert!(has(&d, "period.end", ProblemCode::EndBeforeStart));
    d.period.end = "2022-07-01".into(); // same day is fine
    assert!(validate(&d).is_ok());
    for bad in [
        "2022-02-30",
        "22-07-01",
        "2022-7-1",
        "tomorrow",
        "2022-07-01T00:00:00Z",
    ] {
        d.period.start = bad.into();
        assert!(has(&d, "period.start", ProblemCode::InvalidDate), "{bad}");
    }
}

#[test]
fn sdgs_are_1_to_17_once() {
    let mut d = example();
    d.sdgs = vec![0];
    assert!(has(&d, "sdgs", ProblemCode::OutOfRange));
    d.sdgs = vec![18];
    assert!(has(&d, "sdgs", ProblemCode::OutOfRange));
    d.sdgs = vec![9, 9];
    assert!(has(&d, "sdgs", ProblemCode::Duplicate));
    d.sdgs = (1..=17).collect();
    assert!(validate(&d).is_ok());
    d.sdgs.clear();
    assert!(validate(&d).is_ok());
}

#[test]
fn contact_email() {
    let mut d = example();
    for bad in [
        "delegate",
        "@example.org",
        "a@b",
        "a b@example.org",
        "a@@example.org",
        "a@example.",
    ] {
        d.contact.email = bad.into();
        assert!(has(&d, "contact.email", ProblemCode::InvalidEmail), "{bad}");
    }
    d.contact.email = "a.delegate+p2c@mail.example.org".into();
    assert!(validate(&d).is_ok());
}

#[test]
fn contact_details_never_appear_in_debug_output() {
    let d = example();
    let debug = format!("{d:?} {:?}", validate(&d).unwrap());
    assert!(!debug.contains("delegate@example.org"));
    assert!(!debug.contains("A. Delegate"));
}

#[test]
fn no_floats_in_a_draft() {
    let r: Result<DraftContent, _> = serde_json::from_str(r#"{"financial":{"amount":1.5}}"#);
    assert!(r.is_err());
}
