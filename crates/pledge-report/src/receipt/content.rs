//! What a receipt says, in the order it says it: every member of the signed
//! pledge (DESIGN.md §2) as label and value, with the labels in the
//! delegate's language as the window passes them. A label the caller did
//! not pass is shown as its key (the §2 name, e.g. `support_types`), which is
//! what the command-line tool prints; without `receipt_title` the heading is
//! the envelope's kind, and without `receipt_intro` or `qr_caption` those
//! sentences are left out.

use std::collections::BTreeMap;

use pledge_core::Envelope;

/// Labels by key: field names (`title`, `support_types`, …), headings
/// (`receipt_title`, `fingerprint`, …) and values (`support.financial`,
/// `country.RWA`, `sdg.4`, …). See [`LABEL_KEYS`].
pub type Labels = BTreeMap<String, String>;

/// The fixed keys a receipt uses (values add `kind.*`, `focus.*`,
/// `support.*`, `scope.*`, `beneficiary.*`, `metric.*`, `country.*`, `sdg.*`).
pub const LABEL_KEYS: &[&str] = &[
    "receipt_title",
    "receipt_intro",
    "fingerprint",
    "pledge_id",
    "device_seq",
    "signed_at",
    "event",
    "supersedes",
    "qr_caption",
    "pledge",
    "signatories",
    "typed_signature",
    "title",
    "description",
    "pledgers",
    "lead",
    "focus_areas",
    "support_types",
    "scope",
    "countries",
    "beneficiaries",
    "targets",
    "financial",
    "period",
    "sdgs",
    "contact",
];

/// The label of `key`, or the key itself.
pub fn label<'a>(labels: &'a Labels, key: &'a str) -> &'a str {
    labels.get(key).map_or(key, String::as_str)
}

fn value(labels: &Labels, prefix: &str, code: &str) -> String {
    labels
        .get(&format!("{prefix}.{code}"))
        .cloned()
        .unwrap_or_else(|| code.to_owned())
}

/// Digits grouped by three with thin spaces: unambiguous in every language.
pub fn group_digits(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(c);
    }
    out
}

/// `2022-06-08T10:15:00Z` as `2022-06-08 10:15 UTC`.
pub fn utc_time(rfc3339: &str) -> String {
    match rfc3339.strip_suffix('Z').and_then(|t| t.split_once('T')) {
        Some((date, time)) => format!("{date} {} UTC", time.get(..5).unwrap_or(time)),
        None => rfc3339.to_owned(),
    }
}

/// The rows of the pledge section: label and value (a value may hold lines).
pub fn pledge_rows(envelope: &Envelope, labels: &Labels) -> Vec<(String, String)> {
    let p = &envelope.pledge;
    let l = |key: &'static str| label(labels, key).to_owned();
    let list = |prefix: &str, codes: Vec<&str>| {
        codes
            .iter()
            .map(|c| value(labels, prefix, c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut rows = vec![(l("title"), p.title.clone())];
    if !p.description.is_empty() {
        rows.push((l("description"), p.description.clone()));
    }
    let pledgers = p
        .pledgers
        .iter()
        .map(|x| {
            let mut line = format!("{} — {}", x.name, value(labels, "kind", x.kind.as_str()));
            if let Some(country) = &x.country {
                line.push_str(&format!(", {}", value(labels, "country", country)));
            }
            if x.lead {
                line.push_str(&format!(" ({})", label(labels, "lead")));
            }
            line
        })
        .collect::<Vec<_>>()
        .join("\n");
    rows.push((l("pledgers"), pledgers));
    rows.push((
        l("focus_areas"),
        list("focus", p.focus_areas.iter().map(|x| x.as_str()).collect()),
    ));
    rows.push((
        l("support_types"),
        list(
            "support",
            p.support_types.iter().map(|x| x.as_str()).collect(),
        ),
    ));
    rows.push((
        l("scope"),
        value(labels, "scope", p.geography.scope.as_str()),
    ));
    if !p.geography.countries.is_empty() {
        rows.push((
            l("countries"),
            list(
                "country",
                p.geography.countries.iter().map(String::as_str).collect(),
            ),
        ));
    }
    if !p.beneficiaries.is_empty() {
        rows.push((
            l("beneficiaries"),
            list(
                "beneficiary",
                p.beneficiaries.iter().map(|x| x.as_str()).collect(),
            ),
        ));
    }
    if !p.targets.is_empty() {
        let targets = p
            .targets
            .iter()
            .map(|t| {
                let unit = t
                    .unit
                    .as_deref()
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default();
                format!(
                    "{}: {}{unit}",
                    value(labels, "metric", t.metric.as_str()),
                    group_digits(t.value)
                )
            })
            .collect::<Vec<_>>()
            .join("\n");
        rows.push((l("targets"), targets));
    }
    if let Some(f) = &p.financial {
        rows.push((
            l("financial"),
            format!("{} {}", group_digits(f.amount), f.currency),
        ));
    }
    rows.push((
        l("period"),
        format!("{} – {}", p.period.start, p.period.end),
    ));
    if !p.sdgs.is_empty() {
        let sdgs = p
            .sdgs
            .iter()
            .map(|n| match labels.get(&format!("sdg.{n}")) {
                Some(name) => format!("{n}. {name}"),
                None => n.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n");
        rows.push((l("sdgs"), sdgs));
    }
    rows.push((
        l("contact"),
        format!("{}\n{}", p.contact.name, p.contact.email),
    ));
    rows
}

/// The rows of the identifiers block.
pub fn id_rows(envelope: &Envelope, fingerprint: &str, labels: &Labels) -> Vec<(String, String)> {
    let l = |key: &'static str| label(labels, key).to_owned();
    let mut rows = vec![
        (l("fingerprint"), fingerprint.to_owned()),
        (l("pledge_id"), envelope.pledge_id.clone()),
        (l("signed_at"), utc_time(&envelope.signed_at)),
        (l("event"), envelope.event_id.clone()),
        (l("device_seq"), envelope.device_seq.to_string()),
    ];
    if let Some(old) = &envelope.supersedes {
        rows.push((l("supersedes"), old.clone()));
    }
    rows
}
