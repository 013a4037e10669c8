//! The envelope a device signs (DESIGN.md §3): the pledge with who signed
//! it, where and in which order. Its RFC 8785 form is what the signature
//! covers, byte for byte.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::content::Pledge;

pub const ENVELOPE_VERSION: u8 = 1;
pub const ENVELOPE_KIND: &str = "p2c.pledge";
/// Largest SVG path data of one drawn (or typed) signature.
pub const MAX_DRAWING_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SignatureMethod {
    /// Drawn with pointer, touch or pen.
    Drawn,
    /// The keyboard alternative: the typed name rendered as path data.
    Typed,
}

impl SignatureMethod {
    /// The wire name (`drawn`, `typed`).
    pub fn as_str(self) -> &'static str {
        match self {
            SignatureMethod::Drawn => "drawn",
            SignatureMethod::Typed => "typed",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    /// Index of the signatory's organisation in `pledge.pledgers`.
    pub pledger: u32,
    pub name: String,
    pub title: String,
    /// RFC 3339 UTC, seconds, `Z`.
    pub signed_at: String,
    pub method: SignatureMethod,
    /// SVG path data (`d` attribute), at most 64 KiB.
    pub drawing: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Envelope {
    pub v: u8,
    pub kind: String,
    pub pledge_id: String,
    /// The pledge this one amends; `null` when none.
    pub supersedes: Option<String>,
    pub event_id: String,
    pub device_id: String,
    #[ts(type = "number")]
    pub device_seq: u64,
    pub signed_at: String,
    pub pledge: Pledge,
    pub signatories: Vec<Signatory>,
}
