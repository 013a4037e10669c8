//! The event's totals: what organisers announce at the closing session and
//! what the secretariat's annual report counts (DESIGN.md §2).

use std::collections::{BTreeMap, HashSet};

use pledge_core::{FocusArea, PledgerKind, SupportType};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::row::{pledger_kinds, target_countries};
use crate::ReportPledge;

/// Totals over the pledges in force (see [`summarize`]).
#[derive(Serialize, Deserialize, TS, Debug, Clone, PartialEq, Eq)]
pub struct EventSummary {
    /// How many pledges are counted.
    #[ts(type = "number")]
    pub pledges: u64,
    /// Financial pledges per currency, sorted by currency code. Amounts in
    /// different currencies are never added together.
    pub financial: Vec<CurrencyTotal>,
    /// Pledges per focus area (a pledge counts once in each area it names).
    pub focus_areas: Vec<Count>,
    /// Pledges per type of support.
    pub support_types: Vec<Count>,
    /// Pledges with at least one pledger of each kind (a joint pledge of a
    /// government and a company counts for both).
    pub pledger_kinds: Vec<Count>,
    pub targeting: Targeting,
}

#[derive(Serialize, Deserialize, TS, Debug, Clone, PartialEq, Eq)]
pub struct CurrencyTotal {
    /// ISO 4217 code.
    pub currency: String,
    /// Sum of the amounts, in whole units (saturates rather than wraps).
    #[ts(type = "number")]
    pub total: u64,
    /// How many pledges add to it.
    #[ts(type = "number")]
    pub pledges: u64,
}

/// How many pledges carry `key` (an enum's wire value). Every value of the
/// enum is listed, in its declared order, zeros included.
#[derive(Serialize, Deserialize, TS, Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub key: String,
    #[ts(type = "number")]
    pub count: u64,
}

/// Pledges with at least one target country in each UN list
/// (`pledge_core::reference`). Pledger countries do not count here.
#[derive(Serialize, Deserialize, TS, Debug, Clone, PartialEq, Eq)]
pub struct Targeting {
    #[ts(type = "number")]
    pub ldc: u64,
    #[ts(type = "number")]
    pub lldc: u64,
    #[ts(type = "number")]
    pub sids: u64,
}

/// Whether a pledge's own delivery state rules it out of the totals: the
/// platform refused it, or already holds different content under its id.
fn refused(p: &ReportPledge) -> bool {
    matches!(p.state.as_str(), "rejected" | "conflict")
        || matches!(p.server_status.as_deref(), Some("rejected"))
}

/// The pledges the totals count, in input order: each pledge id once, and
/// only pledges in force. Left out are those the platform rejected or found
/// in conflict, and those amended by another pledge in force (the
/// amendment counts instead, so an amended pledge is never counted twice).
pub(crate) fn in_force(pledges: &[ReportPledge]) -> Vec<&ReportPledge> {
    let live = || pledges.iter().filter(|p| !refused(p));
    let superseded: HashSet<&str> = live()
        .filter_map(|p| p.envelope.supersedes.as_deref())
        .collect();
    let mut seen = HashSet::new();
    live()
        .filter(|p| p.server_status.as_deref() != Some("superseded"))
        .filter(|p| !superseded.contains(p.envelope.pledge_id.as_str()))
        .filter(|p| seen.insert(p.envelope.pledge_id.as_str()))
        .collect()
}

fn counts<T: Copy + PartialEq>(
    all: &[T],
    key: fn(T) -> &'static str,
    pledges: &[&ReportPledge],
    has: impl Fn(&ReportPledge, T) -> bool,
) -> Vec<Count> {
    all.iter()
        .map(|&v| Count {
            key: key(v).to_owned(),
            count: pledges.iter().filter(|p| has(p, v)).count() as u64,
        })
        .collect()
}

/// Totals over the pledges in force among `pledges`: each pledge id once;
/// pledges the platform rejected (outbox `rejected` or `conflict`, server
/// status `rejected`) left out; an amended pledge (server status
/// `superseded`, or named in `supersedes` by another pledge here) left out
/// in favour of its amendment. The Pledges sheet and the CSV still list
/// every pledge given, with its state.
pub fn summarize(pledges: &[ReportPledge]) -> EventSummary {
    let counted = in_force(pledges);

    let mut financial: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for f in counted
        .iter()
        .filter_map(|p| p.envelope.pledge.financial.as_ref())
    {
        let entry = financial.entry(f.currency.as_str()).or_default();
        entry.0 = entry.0.saturating_add(f.amount);
        entry.1 += 1;
    }
    let tagged = |tag: fn(&pledge_core::reference::Country) -> bool| {
        counted
            .iter()
            .filter(|p| target_countries(&p.envelope.pledge).any(tag))
            .count() as u64
    };

    EventSummary {
        pledges: counted.len() as u64,
        financial: financial
            .into_iter()
            .map(|(currency, (total, pledges))| CurrencyTotal {
                currency: currency.to_owned(),
                total,
                pledges,
            })
            .collect(),
        focus_areas: counts(FocusArea::ALL, FocusArea::as_str, &counted, |p, v| {
            p.envelope.pledge.focus_areas.contains(&v)
        }),
        support_types: counts(SupportType::ALL, SupportType::as_str, &counted, |p, v| {
            p.envelope.pledge.support_types.contains(&v)
        }),
        pledger_kinds: counts(PledgerKind::ALL, PledgerKind::as_str, &counted, |p, v| {
            pledger_kinds(&p.envelope.pledge).any(|k| k == v)
        }),
        targeting: Targeting {
            ldc: tagged(|c| c.ldc),
            lldc: tagged(|c| c.lldc),
            sids: tagged(|c| c.sids),
        },
    }
}
