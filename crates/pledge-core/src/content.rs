//! The pledge content as it is signed: the `pledge` member of the envelope
//! (DESIGN.md §2, §3). Every value of these types has passed validation;
//! build them with [`crate::validate`], never by hand from user input.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! wire_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $wire:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in the order DESIGN.md lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as it appears on the wire.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $wire),+ }
            }
        }
    };
}

wire_enum!(
    /// What kind of organisation a pledger is.
    PledgerKind {
        Government = "government",
        PrivateSector = "private_sector",
        CivilSociety = "civil_society",
        Academia = "academia",
        InternationalOrganization = "international_organization",
        Other = "other",
    }
);

wire_enum!(
    /// The four P2C focus areas.
    FocusArea {
        Access = "access",
        Adoption = "adoption",
        ValueCreation = "value_creation",
        Investment = "investment",
    }
);

wire_enum!(
    /// The kinds of support a pledge offers.
    SupportType {
        Financial = "financial",
        Policy = "policy",
        Advocacy = "advocacy",
        Programmatic = "programmatic",
    }
);

wire_enum!(
    /// How far a pledge reaches.
    Scope {
        Global = "global",
        Regional = "regional",
        National = "national",
    }
);

wire_enum!(
    /// Groups a pledge is meant to benefit.
    Beneficiary {
        WomenAndGirls = "women_and_girls",
        Youth = "youth",
        OlderPersons = "older_persons",
        PersonsWithDisabilities = "persons_with_disabilities",
        RuralCommunities = "rural_communities",
        IndigenousPeoples = "indigenous_peoples",
        RefugeesAndMigrants = "refugees_and_migrants",
        Smes = "smes",
        GeneralPublic = "general_public",
    }
);

wire_enum!(
    /// What a numeric target counts.
    Metric {
        PeopleConnected = "people_connected",
        PeopleTrained = "people_trained",
        PeopleReached = "people_reached",
        SchoolsConnected = "schools_connected",
        HealthFacilitiesConnected = "health_facilities_connected",
        PopulationCoverage = "population_coverage",
        JobsCreated = "jobs_created",
        StartupsSupported = "startups_supported",
        Other = "other",
    }
);

/// A validated pledge: exactly the JSON shape of DESIGN.md §2. Optional
/// members are omitted, never `null`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Pledge {
    pub title: String,
    pub description: String,
    pub language: String,
    pub pledgers: Vec<Pledger>,
    pub focus_areas: Vec<FocusArea>,
    pub support_types: Vec<SupportType>,
    pub geography: Geography,
    pub beneficiaries: Vec<Beneficiary>,
    pub targets: Vec<Target>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub financial: Option<Financial>,
    pub period: Period,
    pub sdgs: Vec<u8>,
    pub contact: Contact,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Pledger {
    pub name: String,
    pub kind: PledgerKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub country: Option<String>,
    pub lead: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Geography {
    pub scope: Scope,
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Target {
    pub metric: Metric,
    #[ts(type = "number")]
    pub value: u64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub unit: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Financial {
    #[ts(type = "number")]
    pub amount: u64,
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[ts(type = "string")]
    pub start: NaiveDate,
    #[ts(type = "string")]
    pub end: NaiveDate,
}

/// Personal data: never logged (see the `Debug` impl).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    pub name: String,
    pub email: String,
}

impl std::fmt::Debug for Contact {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Contact { <redacted> }")
    }
}
