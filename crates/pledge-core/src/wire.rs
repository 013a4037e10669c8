//! Wire types of sync protocol v1 and the bundle file (DESIGN.md §4, §5),
//! shared by the sync engine, the server and the `pledge` command.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The service name `/v1/health` must answer with: anything else (a captive
/// portal) is not the platform.
pub const SERVICE_NAME: &str = "p2c-pledge-platform";
pub const MAX_BATCH_ITEMS: usize = 100;
pub const MAX_BATCH_BYTES: usize = 4 * 1024 * 1024;
/// The largest bundle the platform takes (decoded body) and a laptop reads.
pub const MAX_BUNDLE_BYTES: usize = 64 * 1024 * 1024;
pub const BUNDLE_FORMAT: &str = "p2c-bundle";
/// Domain separation of bundle manifests: `p2c-bundle-v1` and a zero byte.
pub const BUNDLE_PREFIX: &[u8] = b"p2c-bundle-v1\0";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Health {
    pub service: String,
    pub version: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Delegate,
    Staff,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EnrollRequest {
    pub event_id: String,
    pub enrollment_code: String,
    pub device_id: String,
    /// Standard base64 of the 32 raw bytes.
    pub public_key: String,
    pub name: String,
    pub app_version: String,
    /// Lower-case hex SHA-256 of the machine's fingerprint (never the raw
    /// id): two machines enrolling one device id are told apart by it.
    /// Covered by the proof when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub machine: Option<String>,
    /// Standard base64 of Ed25519(device key, `p2c-enroll-v1\0` ‖ RFC 8785
    /// of this object without `proof`): see [`crate::enrolment`]. Optional
    /// here only so that a missing proof is answered 401, not 400.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub proof: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EnrollResponse {
    pub device_id: String,
    pub role: Role,
    pub device_token: String,
}

/// A pledge in transport: the exact signed bytes and the signature, both
/// standard base64. `signed` is never re-serialised.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SignedItem {
    pub signed: String,
    pub signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BatchRequest {
    pub items: Vec<SignedItem>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Duplicate,
    Conflict,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ItemResult {
    /// `null` only when the item could not be read at all.
    pub pledge_id: Option<String>,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub code: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub message: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub server_seq: Option<i64>,
    pub received_at: String,
    /// Facts for the secretariat, e.g. [`PLEDGE_ID_COLLISION`]; absent when none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub flags: Option<Vec<String>>,
}

/// The flag of a pledge whose id another device's pledge holds too: both
/// are kept, neither displaces the other (DESIGN.md §4).
pub const PLEDGE_ID_COLLISION: &str = "pledge_id_collision";

/// The flag (and per-item result code) of a pledge whose device id and
/// `device_seq` another pledge holds too: two laptops sign as one device
/// (an imaged disk). Both are kept; the pusher makes a new device identity
/// and enrols again (DESIGN.md §4). Also the code of an enrolment refused
/// because the device id is enrolled from another machine.
pub const DEVICE_SEQ_REUSED: &str = "device_seq_reused";

/// The flag of a pledge whose device's key the platform learned from a
/// bundle and no person has confirmed yet: it cannot be published.
pub const KEY_UNCONFIRMED: &str = "key_unconfirmed";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BatchResponse {
    pub results: Vec<ItemResult>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PledgeStatus {
    Received,
    Verified,
    Published,
    Rejected,
    Superseded,
}

impl PledgeStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            PledgeStatus::Received => "received",
            PledgeStatus::Verified => "verified",
            PledgeStatus::Published => "published",
            PledgeStatus::Rejected => "rejected",
            PledgeStatus::Superseded => "superseded",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusChange {
    #[ts(type = "number")]
    pub seq: i64,
    pub pledge_id: String,
    pub status: PledgeStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reason: Option<String>,
    pub at: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StatusFeed {
    pub events: Vec<StatusChange>,
    /// Pass back as `cursor` to continue; unchanged when nothing is new.
    pub next_cursor: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reconcile {
    #[ts(type = "number")]
    pub max_contiguous_seq: u64,
    #[ts(type = "number")]
    pub count: u64,
    #[ts(type = "Array<number>")]
    pub missing_seqs: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StoredPledge {
    pub pledge_id: String,
    pub signed: String,
    pub signature: String,
    pub public_key: String,
    pub status: PledgeStatus,
    #[ts(type = "number")]
    pub server_seq: i64,
    pub received_at: String,
}

/// RFC 9457 problem details, with the stable `code` of DESIGN.md §4.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProblemDetails {
    #[serde(rename = "type")]
    pub type_: String,
    pub title: String,
    pub status: u16,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub detail: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BundleExporter {
    pub device_id: String,
    pub public_key: String,
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BundleDevice {
    pub device_id: String,
    pub public_key: String,
}

/// A `*.p2cbundle` file (DESIGN.md §5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Bundle {
    pub format: String,
    pub v: u8,
    pub bundle_id: String,
    pub event_id: String,
    pub created_at: String,
    pub exporter: BundleExporter,
    pub devices: Vec<BundleDevice>,
    pub items: Vec<SignedItem>,
    pub manifest_signature: String,
}

/// What `manifest_signature` covers: the bundle without the signature and
/// with `items` replaced by the hex SHA-256 of each item's decoded `signed`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BundleManifest {
    pub format: String,
    pub v: u8,
    pub bundle_id: String,
    pub event_id: String,
    pub created_at: String,
    pub exporter: BundleExporter,
    pub devices: Vec<BundleDevice>,
    pub item_hashes: Vec<String>,
}
