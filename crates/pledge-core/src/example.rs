//! The example pledge of DESIGN.md §2, exactly as written there: the shape
//! every part of the project (and outside verifiers) can start from, and the
//! fixture the tests share.

use crate::{DraftContent, Pledge};

/// The `pledge` member of DESIGN.md §2's example, as JSON text.
pub const DESIGN_EXAMPLE: &str = r#"{"title":"Connect 500 rural schools in Rwanda and Malawi",
 "description":"Fibre and solar-powered connectivity for rural secondary schools.",
 "language":"en",
 "pledgers":[{"name":"Example Telecom Group","kind":"private_sector","country":"GBR","lead":true},
             {"name":"Ministry of ICT","kind":"government","country":"RWA","lead":false}],
 "focus_areas":["access","adoption"], "support_types":["financial","programmatic"],
 "geography":{"scope":"national","countries":["RWA","MWI"]},
 "beneficiaries":["youth","rural_communities"],
 "targets":[{"metric":"schools_connected","value":500}],
 "financial":{"amount":190000000,"currency":"USD"},
 "period":{"start":"2022-07-01","end":"2025-12-31"},
 "sdgs":[4,9],
 "contact":{"name":"A. Delegate","email":"delegate@example.org"}}"#;

/// The example as a draft (what the form or `pledge import` would hold).
pub fn design_example_draft() -> DraftContent {
    serde_json::from_str(DESIGN_EXAMPLE).unwrap_or_default()
}

/// The example as signed content.
pub fn design_example_pledge() -> Option<Pledge> {
    serde_json::from_str(DESIGN_EXAMPLE).ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_example_is_a_valid_pledge_in_both_forms() {
        let pledge = super::design_example_pledge().expect("strict form");
        assert_eq!(crate::validate(&super::design_example_draft()), Ok(pledge));
    }
}
