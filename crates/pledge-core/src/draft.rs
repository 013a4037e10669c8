//! A draft: whatever the delegate has typed so far. Every member may be
//! missing or wrong; [`crate::validate`] turns a complete, correct draft into
//! a [`crate::Pledge`] or lists every problem at once.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::{Beneficiary, FocusArea, Metric, PledgerKind, Scope, SupportType};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftContent {
    pub title: String,
    pub description: String,
    pub language: String,
    pub pledgers: Vec<DraftPledger>,
    pub focus_areas: Vec<FocusArea>,
    pub support_types: Vec<SupportType>,
    pub geography: DraftGeography,
    pub beneficiaries: Vec<Beneficiary>,
    pub targets: Vec<DraftTarget>,
    pub financial: DraftFinancial,
    pub period: DraftPeriod,
    pub sdgs: Vec<u8>,
    pub contact: DraftContact,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftPledger {
    pub name: String,
    pub kind: Option<PledgerKind>,
    /// ISO 3166-1 alpha-3, or empty.
    pub country: String,
    pub lead: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftGeography {
    pub scope: Option<Scope>,
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftTarget {
    pub metric: Option<Metric>,
    #[ts(type = "number | null")]
    pub value: Option<u64>,
    pub unit: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftFinancial {
    #[ts(type = "number | null")]
    pub amount: Option<u64>,
    /// ISO 4217, or empty.
    pub currency: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftPeriod {
    /// `YYYY-MM-DD`, or whatever was typed so far.
    pub start: String,
    pub end: String,
}

/// Personal data: never logged (see the `Debug` impl).
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftContact {
    pub name: String,
    pub email: String,
}

impl std::fmt::Debug for DraftContact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DraftContact { <redacted> }")
    }
}

impl DraftContent {
    /// A new draft as the form starts it: one lead pledger, English text.
    pub fn new_blank() -> Self {
        DraftContent {
            language: "en".into(),
            pledgers: vec![DraftPledger {
                lead: true,
                ..DraftPledger::default()
            }],
            ..DraftContent::default()
        }
    }
}
