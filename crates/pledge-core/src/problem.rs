//! One thing wrong with a draft, addressed by its path in the JSON of §2.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Stable, machine-readable reasons. The UI keys its translated messages on
/// these; `message` is the English sentence for logs and other clients.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    Required,
    TooShort,
    TooLong,
    TooMany,
    ControlCharacters,
    InvalidLanguage,
    InvalidCountry,
    CountryNotAllowed,
    InvalidCurrency,
    InvalidDate,
    EndBeforeStart,
    NoLead,
    MultipleLeads,
    Duplicate,
    OutOfRange,
    /// A number typed with decimals, a sign, an exponent or letters.
    NotWholeNumber,
    UnitRequired,
    InvalidEmail,
    /// Envelope rules (DESIGN.md §3).
    UnsupportedVersion,
    InvalidId,
    InvalidTimestamp,
    MissingSignatory,
    InvalidDrawing,
    NotNormalised,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Problem {
    /// Where, e.g. `pledgers[1].country`.
    pub path: String,
    pub code: ProblemCode,
    /// A sentence a delegate understands (English).
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, code: ProblemCode, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            code,
            message: message.into(),
        }
    }
}
