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
    #[ts(type = "number | string | null")]
    pub value: Option<DraftWhole>,
    pub unit: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftFinancial {
    #[ts(type = "number | string | null")]
    pub amount: Option<DraftWhole>,
    /// ISO 4217, or empty.
    pub currency: String,
}

/// A whole number in a draft (an amount, a target value): the number, or,
/// when what was typed is not a whole number of units ("2500000.75",
/// "-5000", "1e6", letters), that text exactly as typed. The text is kept
/// so nothing typed is lost or silently changed, and the validator reports
/// it (`not_whole_number`), so it can never be signed.
///
/// On the wire a JSON integer or a JSON string. A JSON number that is not a
/// non-negative integer (`1.5`, `-5000`, `1e6`) is refused when a draft is
/// read (`pledge import`), with a message saying so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum DraftWhole {
    Number(u64),
    Typed(String),
}

impl From<u64> for DraftWhole {
    fn from(n: u64) -> Self {
        DraftWhole::Number(n)
    }
}

impl<'de> Deserialize<'de> for DraftWhole {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Whole;
        impl serde::de::Visitor<'_> for Whole {
            type Value = DraftWhole;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a whole number of units (digits only) or the text typed")
            }
            fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<DraftWhole, E> {
                Ok(DraftWhole::Number(n))
            }
            fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<DraftWhole, E> {
                u64::try_from(n).map(DraftWhole::Number).map_err(|_| {
                    E::custom(format!(
                        "{n} is negative; amounts and target values are whole numbers of units, 0 or more"
                    ))
                })
            }
            fn visit_f64<E: serde::de::Error>(self, n: f64) -> Result<DraftWhole, E> {
                Err(E::custom(format!(
                    "{n} is not a whole number of units; write the number in digits, without a decimal point, sign or exponent"
                )))
            }
            fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<DraftWhole, E> {
                Ok(DraftWhole::Typed(s.to_owned()))
            }
        }
        d.deserialize_any(Whole)
    }
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
