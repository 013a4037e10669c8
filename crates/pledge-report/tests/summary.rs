//! The event summary, counted by hand on the fixture.

mod support;

use pledge_core::*;
use pledge_report::*;
use support::*;

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
