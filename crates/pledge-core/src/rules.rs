//! Rules for a whole envelope (DESIGN.md §2–§3), checked before sealing and
//! again by every verifier.

use crate::content::Pledge;
use crate::draft::*;
use crate::envelope::*;
use crate::problem::{Problem, ProblemCode as Code};
use crate::validate::{validate, LIMITS};

/// Event ids are slugs `[a-z0-9-]{3,64}`.
pub fn is_event_id(s: &str) -> bool {
    (3..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// RFC 3339 UTC with seconds and `Z`, e.g. `2022-06-08T10:15:00Z`.
pub fn is_timestamp(s: &str) -> bool {
    s.len() == 20 && chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%SZ").is_ok()
}

/// A UUID in its lower-case hyphenated form, as pledge, device and bundle ids are.
pub fn is_uuid(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok_and(|u| u.hyphenated().to_string() == s)
}

/// Path data only: commands, numbers, separators. Keeps a drawing from
/// carrying markup into a receipt.
fn is_path_data(s: &str) -> bool {
    s.bytes()
        .all(|b| b"MmLlHhVvCcSsQqTtAaZz0123456789.,-+eE \n".contains(&b))
}

impl From<&Pledge> for DraftContent {
    fn from(p: &Pledge) -> Self {
        DraftContent {
            title: p.title.clone(),
            description: p.description.clone(),
            language: p.language.clone(),
            pledgers: p
                .pledgers
                .iter()
                .map(|x| DraftPledger {
                    name: x.name.clone(),
                    kind: Some(x.kind),
                    country: x.country.clone().unwrap_or_default(),
                    lead: x.lead,
                })
                .collect(),
            focus_areas: p.focus_areas.clone(),
            support_types: p.support_types.clone(),
            geography: DraftGeography {
                scope: Some(p.geography.scope),
                countries: p.geography.countries.clone(),
            },
            beneficiaries: p.beneficiaries.clone(),
            targets: p
                .targets
                .iter()
                .map(|t| DraftTarget {
                    metric: Some(t.metric),
                    value: Some(t.value.into()),
                    unit: t.unit.clone().unwrap_or_default(),
                })
                .collect(),
            financial: p
                .financial
                .as_ref()
                .map(|f| DraftFinancial {
                    amount: Some(f.amount.into()),
                    currency: f.currency.clone(),
                })
                .unwrap_or_default(),
            period: DraftPeriod {
                start: p.period.start.format("%Y-%m-%d").to_string(),
                end: p.period.end.format("%Y-%m-%d").to_string(),
            },
            sdgs: p.sdgs.clone(),
            contact: DraftContact {
                name: p.contact.name.clone(),
                email: p.contact.email.clone(),
            },
        }
    }
}

/// Checks content that arrived already in strict form (from the wire): it
/// must pass validation and be exactly what validation would produce
/// (trimmed, no stray `financial`).
pub fn validate_pledge(pledge: &Pledge) -> Result<(), Vec<Problem>> {
    let normalised = validate(&DraftContent::from(pledge))?;
    if &normalised != pledge {
        return Err(vec![Problem::new(
            "pledge",
            Code::NotNormalised,
            "The pledge content is not in its normal form (untrimmed text or a financial member without financial support).",
        )]);
    }
    Ok(())
}

/// Every rule of the envelope and its content; all problems at once.
pub fn check_envelope(e: &Envelope) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut push =
        |path: String, code: Code, msg: &str| problems.push(Problem::new(path, code, msg));
    if e.v != ENVELOPE_VERSION || e.kind != ENVELOPE_KIND {
        push(
            "v".into(),
            Code::UnsupportedVersion,
            "Only envelope version 1 of kind p2c.pledge is understood.",
        );
    }
    if !is_uuid(&e.pledge_id) {
        push(
            "pledge_id".into(),
            Code::InvalidId,
            "The pledge id must be a lower-case UUID.",
        );
    }
    if let Some(s) = &e.supersedes {
        if !is_uuid(s) || *s == e.pledge_id {
            push(
                "supersedes".into(),
                Code::InvalidId,
                "An amendment must name another pledge's UUID.",
            );
        }
    }
    if !is_event_id(&e.event_id) {
        push(
            "event_id".into(),
            Code::InvalidId,
            "The event id must be 3–64 of a–z, 0–9 and hyphens.",
        );
    }
    if !is_uuid(&e.device_id) {
        push(
            "device_id".into(),
            Code::InvalidId,
            "The device id must be a lower-case UUID.",
        );
    }
    if e.device_seq == 0 || e.device_seq > (1 << 53) {
        push(
            "device_seq".into(),
            Code::OutOfRange,
            "The device sequence number starts at 1 and stays below 2^53.",
        );
    }
    if !is_timestamp(&e.signed_at) {
        push(
            "signed_at".into(),
            Code::InvalidTimestamp,
            "Times are RFC 3339 UTC with seconds and Z.",
        );
    }
    let pledgers = e.pledge.pledgers.len();
    let mut signed_for = vec![0usize; pledgers];
    for (i, s) in e.signatories.iter().enumerate() {
        let path = |f: &str| format!("signatories[{i}].{f}");
        match signed_for.get_mut(s.pledger as usize) {
            Some(n) => *n += 1,
            None => push(
                path("pledger"),
                Code::OutOfRange,
                "The signatory's organisation is not among the pledgers.",
            ),
        }
        for (field, value) in [("name", &s.name), ("title", &s.title)] {
            let n = value.trim().chars().count();
            if n == 0 || value.trim() != value {
                push(
                    path(field),
                    Code::Required,
                    "Each signatory gives a name and a title (trimmed).",
                );
            } else if n > LIMITS.name_max || value.chars().any(char::is_control) {
                push(
                    path(field),
                    Code::TooLong,
                    "A signatory's name or title has at most 200 plain characters.",
                );
            }
        }
        if !is_timestamp(&s.signed_at) {
            push(
                path("signed_at"),
                Code::InvalidTimestamp,
                "Times are RFC 3339 UTC with seconds and Z.",
            );
        }
        if s.drawing.trim().is_empty()
            || s.drawing.len() > MAX_DRAWING_BYTES
            || !is_path_data(&s.drawing)
        {
            push(
                path("drawing"),
                Code::InvalidDrawing,
                "A signature is non-empty SVG path data of at most 64 KiB.",
            );
        }
    }
    for (i, n) in signed_for.iter().enumerate() {
        if *n != 1 {
            push(
                format!("pledge.pledgers[{i}]"),
                Code::MissingSignatory,
                "Each pledger organisation has exactly one signatory.",
            );
        }
    }
    if let Err(content) = validate_pledge(&e.pledge) {
        problems.extend(content.into_iter().map(|p| Problem {
            path: format!("pledge.{}", p.path),
            ..p
        }));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}
