//! One pledge as one flat row: the columns both the CSV and the XLSX share.

use std::borrow::Cow;

use pledge_core::reference::{self, Country};
use pledge_core::{Pledge, Pledger, PledgerKind};

use crate::ReportPledge;

/// The header of both exports, in order: one column per entry.
pub const COLUMNS: &[&str] = &[
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

/// The separator of lists inside one cell.
pub(crate) const SEP: &str = "; ";

/// One cell of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Cell {
    /// Text typed by a person or derived from it (may be empty).
    Text(String),
    /// An integer the spreadsheet should be able to add up.
    Int(u64),
    /// Nothing known (an optional number that is absent).
    Blank,
}

impl Cell {
    /// The cell as CSV text, with the formula guard applied to text.
    pub(crate) fn csv_text(&self) -> Cow<'_, str> {
        match self {
            Cell::Text(t) => crate::guard_formula(t),
            Cell::Int(n) => n.to_string().into(),
            Cell::Blank => "".into(),
        }
    }
}

fn text(s: impl Into<String>) -> Cell {
    Cell::Text(s.into())
}

fn join<I: IntoIterator<Item = S>, S: AsRef<str>>(items: I) -> Cell {
    let parts: Vec<S> = items.into_iter().collect();
    let parts: Vec<&str> = parts.iter().map(AsRef::as_ref).collect();
    Cell::Text(parts.join(SEP))
}

/// `Name (kind, ISO3)`, or `Name (kind)` without a country.
fn describe_pledger(p: &Pledger) -> String {
    match &p.country {
        Some(c) => format!("{} ({}, {c})", p.name, p.kind.as_str()),
        None => format!("{} ({})", p.name, p.kind.as_str()),
    }
}

/// The distinct kinds among a pledge's pledgers, in the order the enum
/// declares them (so equal sets read the same in a filter or pivot).
pub(crate) fn pledger_kinds(pledge: &Pledge) -> impl Iterator<Item = PledgerKind> + '_ {
    PledgerKind::ALL
        .iter()
        .copied()
        .filter(|k| pledge.pledgers.iter().any(|p| p.kind == *k))
}

/// The target countries with their reference data (unknown codes, which
/// validation rules out, are skipped here).
pub(crate) fn target_countries(pledge: &Pledge) -> impl Iterator<Item = &'static Country> + '_ {
    pledge
        .geography
        .countries
        .iter()
        .filter_map(|c| reference::country(c))
}

fn tagged(pledge: &Pledge, tag: fn(&Country) -> bool) -> Cell {
    join(
        target_countries(pledge)
            .filter(|c| tag(c))
            .map(|c| c.alpha3.as_str()),
    )
}

/// The row of one pledge, in the order of [`COLUMNS`].
pub(crate) fn flatten(r: &ReportPledge) -> Vec<Cell> {
    let e = &r.envelope;
    let p = &e.pledge;
    let lead = p.pledgers.iter().find(|x| x.lead);
    let country_names = p.geography.countries.iter().map(|c| {
        reference::country(c)
            .map(|c| c.name.as_str())
            .unwrap_or(c.as_str())
    });
    let targets = p.targets.iter().map(|t| match &t.unit {
        Some(unit) => format!("{}={} {unit}", t.metric.as_str(), t.value),
        None => format!("{}={}", t.metric.as_str(), t.value),
    });
    let row = vec![
        text(&e.pledge_id),
        text(&e.event_id),
        text(&e.device_id),
        Cell::Int(e.device_seq),
        text(&e.signed_at),
        text(&r.fingerprint),
        text(&r.state),
        text(r.server_status.as_deref().unwrap_or_default()),
        text(r.batch.as_deref().unwrap_or_default()),
        text(e.supersedes.as_deref().unwrap_or_default()),
        text(&p.title),
        text(&p.description),
        text(&p.language),
        text(lead.map(|l| l.name.as_str()).unwrap_or_default()),
        text(lead.map(|l| l.kind.as_str()).unwrap_or_default()),
        text(lead.and_then(|l| l.country.as_deref()).unwrap_or_default()),
        join(p.pledgers.iter().map(describe_pledger)),
        join(pledger_kinds(p).map(PledgerKind::as_str)),
        join(p.focus_areas.iter().map(|f| f.as_str())),
        join(p.support_types.iter().map(|s| s.as_str())),
        text(p.geography.scope.as_str()),
        join(&p.geography.countries),
        join(country_names),
        tagged(p, |c| c.ldc),
        tagged(p, |c| c.lldc),
        tagged(p, |c| c.sids),
        join(p.beneficiaries.iter().map(|b| b.as_str())),
        join(targets),
        p.financial
            .as_ref()
            .map_or(Cell::Blank, |f| Cell::Int(f.amount)),
        text(
            p.financial
                .as_ref()
                .map(|f| f.currency.as_str())
                .unwrap_or_default(),
        ),
        text(p.period.start.format("%Y-%m-%d").to_string()),
        text(p.period.end.format("%Y-%m-%d").to_string()),
        join(p.sdgs.iter().map(u8::to_string)),
        // One entry per signatory, in signing order, in each of the three.
        join(e.signatories.iter().map(|s| s.name.as_str())),
        join(e.signatories.iter().map(|s| s.title.as_str())),
        join(e.signatories.iter().map(|s| s.method.as_str())),
        text(&p.contact.name),
        text(&p.contact.email),
        join(&r.flags),
    ];
    debug_assert_eq!(row.len(), COLUMNS.len());
    row
}

/// Where the numeric columns are, for the XLSX number formats.
pub(crate) fn column(name: &str) -> Option<usize> {
    COLUMNS.iter().position(|c| *c == name)
}
