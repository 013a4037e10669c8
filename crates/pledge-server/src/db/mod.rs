//! Storage behind one small async trait, with an embedded SQLite backend
//! (the default) and a PostgreSQL backend. Both keep the same rules: every
//! write is one transaction committed durably before the caller answers,
//! a stored pledge is never changed or deleted (enforced by the schema),
//! and a conflicting newcomer goes to an audit table. A pledge is stored
//! under (`pledge_id`, `device_id`): another device reusing an id never
//! displaces the first holder (`pledge_id_collision`, derived, never stored).

mod lists;
mod owner_only;
mod pg_connect_error;
pub mod pg_tls;
pub mod postgres;
mod postgres_batch;
mod postgres_decide;
mod postgres_lists;
mod postgres_schema;
pub mod sqlite;
mod sqlite_batch;
mod sqlite_decide;
mod sqlite_lists;
mod sqlite_schema;

pub use lists::{ConflictRow, DeviceRow, EventRow};

use async_trait::async_trait;
use pledge_core::decision::{transition, DecisionError, Transition};
use pledge_core::wire::{PledgeStatus, Role, StatusChange};

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// Try again shortly (SQLite locked by another process, pool exhausted).
    #[error("the database is busy")]
    Busy,
    /// The database cannot be reached at all (PostgreSQL stopped, the
    /// connection lost, the SQLite file unreadable): nothing was done.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    #[error("not found")]
    NotFound,
    #[error("{0} already exists")]
    AlreadyExists(String),
    /// The pledge id is held by pledges of several devices: name one.
    #[error("{0}")]
    Ambiguous(String),
    /// Publishing a pledge whose device's key no person has confirmed.
    #[error("the key of device {0} came in a bundle and is not confirmed yet: compare its fingerprint with that laptop's Settings, then run `pledge-server device confirm-key {0} FINGERPRINT`")]
    KeyUnconfirmed(String),
    #[error("the database schema is version {found}, newer than this binary understands ({supported}); it was left untouched")]
    NewerSchema { found: i64, supported: i64 },
    /// The decision breaks the rules of `pledge_core::decision`.
    #[error(transparent)]
    Refused(#[from] DecisionError),
    /// No platform database where one was expected (`--init` makes one).
    #[error("{0}")]
    NotInitialised(String),
    #[error("database error: {0}")]
    Other(String),
}

/// Whether opening storage may create an empty platform (`event create`,
/// `--init`) or must find one (a mistyped `--data` starts nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Init {
    Create,
    Refuse,
}

/// A secretariat decision on one stored pledge (DESIGN.md §7), already
/// checked for form: `reason` normalised, `by` non-empty.
#[derive(Debug, Clone)]
pub struct Decision {
    pub pledge_id: String,
    /// Which pledge, when pledges of several devices share the id.
    pub device_id: Option<String>,
    pub to: PledgeStatus,
    pub reason: Option<String>,
    pub reopen: bool,
    /// Who decided: `--by` on the command line, later the console account.
    pub by: String,
    pub at: String,
}

/// What a decision did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decided {
    pub pledge_id: String,
    pub device_id: String,
    pub event_id: String,
    pub from: PledgeStatus,
    pub to: PledgeStatus,
    /// The feed event and the audit record's id; `None` for a no-op (the
    /// pledge already had that status).
    pub change: Option<(StatusChange, i64)>,
}

/// The rule of `pledge_core::decision` for a pledge that is `from`.
pub fn plan(from: PledgeStatus, d: &Decision) -> Result<Transition, DbError> {
    Ok(transition(from, d.to, d.reason.as_deref(), d.reopen)?)
}

/// A new event with the SHA-256 hashes of its two enrolment codes.
#[derive(Debug, Clone)]
pub struct NewEvent {
    pub event_id: String,
    pub name: String,
    pub delegate_code_hash: String,
    pub staff_code_hash: String,
    pub created_at: String,
}

#[derive(Debug, Clone)]
pub struct EventCodes {
    pub delegate_code_hash: String,
    pub staff_code_hash: String,
}

/// A device enrolling (or enrolling again) with a code already checked.
#[derive(Debug, Clone)]
pub struct DeviceEnrollment {
    pub device_id: String,
    pub event_id: String,
    pub role: Role,
    /// Standard base64 of the 32 raw bytes.
    pub public_key: String,
    pub name: String,
    pub app_version: String,
    pub token_hash: String,
    pub now: String,
    /// Hex SHA-256 of the machine fingerprint, when the device sent one.
    pub machine_hash: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnrollResult {
    /// New device, or the same device and key again (the new token replaces the old).
    Enrolled,
    /// The device id is known with another public key.
    KeyMismatch,
    Revoked,
    /// The device id is enrolled in this event from another machine (an
    /// imaged laptop): refused, the first keeps its token, and the device
    /// is flagged `device_seq_reused`.
    OtherMachine,
}

/// What an enrolment finds of a device already known.
pub(crate) struct KnownDevice {
    pub public_key: String,
    pub revoked: bool,
    pub event_id: String,
    pub machine_hash: Option<String>,
}

impl KnownDevice {
    /// The answer to enrolling `e` again (`Enrolled`: go ahead).
    pub fn check(&self, e: &DeviceEnrollment) -> EnrollResult {
        if self.public_key != e.public_key {
            EnrollResult::KeyMismatch
        } else if self.revoked {
            EnrollResult::Revoked
        } else if self.event_id == e.event_id
            && matches!((&self.machine_hash, &e.machine_hash), (Some(a), Some(b)) if a != b)
        {
            EnrollResult::OtherMachine
        } else {
            EnrollResult::Enrolled
        }
    }
}

/// A device as the server knows it: enrolled, or only vouched for by a
/// staff device that forwarded its pledges in a bundle (`role` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRecord {
    pub device_id: String,
    pub event_id: String,
    pub role: Option<Role>,
    pub public_key: String,
    pub revoked: bool,
}

/// A device the server first learns of through a bundle.
#[derive(Debug, Clone)]
pub struct VouchedDevice {
    pub public_key: String,
    /// The staff device that uploaded the bundle.
    pub vouched_by: String,
}

/// A verified pledge ready to be stored.
#[derive(Debug, Clone)]
pub struct NewPledge {
    pub pledge_id: String,
    pub event_id: String,
    pub device_id: String,
    pub device_seq: i64,
    pub supersedes: Option<String>,
    pub signed: Vec<u8>,
    pub signature: Vec<u8>,
    /// Lower-case hex SHA-256 of `signed`.
    pub content_hash: String,
    pub signed_at: String,
    pub clock_skew: bool,
    /// The device whose request carried it.
    pub received_from: String,
    pub bundle_id: Option<String>,
    /// Set when the signing device may be new to the server (bundles).
    pub vouch: Option<VouchedDevice>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreOutcome {
    /// `collision`: another device's pledge holds this id too.
    Created {
        server_seq: i64,
        received_at: String,
        collision: bool,
        seq_reused: bool,
    },
    /// The same bytes were stored before: the first answer again.
    Duplicate {
        server_seq: i64,
        received_at: String,
        collision: bool,
        seq_reused: bool,
    },
    /// Other bytes under the same id from the same device: the first stays,
    /// this one is audited.
    Conflict,
    /// The bundle's key for a device differs from the one stored meanwhile.
    DeviceKeyMismatch,
}

/// The SQL condition (over `devices d`) of a key no person has confirmed:
/// learned from a bundle, never enrolled with a proof, never confirmed.
macro_rules! key_unconfirmed_sql {
    () => {
        "(d.vouched_by IS NOT NULL AND d.enrolled_at IS NULL AND d.key_confirmed_at IS NULL)"
    };
}
pub(crate) use key_unconfirmed_sql;

/// The SQL condition (over `pledges p` and its `devices d`) of
/// `device_seq_reused`: another pledge holds the same device id and
/// `device_seq`, or the device id was used from two machines (`reused_at`,
/// set on either). The pledge's part is derived, never stored, like
/// `pledge_id_collision`.
macro_rules! seq_reused_sql {
    () => {
        "(d.reused_at IS NOT NULL OR EXISTS (SELECT 1 FROM pledges r WHERE r.device_id = p.device_id \
         AND r.device_seq = p.device_seq AND r.pledge_id <> p.pledge_id))"
    };
}
pub(crate) use seq_reused_sql;

/// Which of the pledges stored under one id a status change is for.
pub fn pick_owner(
    pledge_id: &str,
    owners: Vec<(String, String)>,
    device_id: Option<&str>,
) -> Result<(String, String), DbError> {
    let mut matching: Vec<_> = owners
        .into_iter()
        .filter(|(_, device)| device_id.is_none_or(|d| d == device))
        .collect();
    match matching.len() {
        0 => Err(DbError::NotFound),
        1 => Ok(matching.remove(0)),
        _ => Err(DbError::Ambiguous(format!(
            "pledges of {} devices share the id {pledge_id} (pledge_id_collision): name one with --device DEVICE_ID",
            matching.len()
        ))),
    }
}

/// Whose status changes a device sees: its event's (staff) or only the
/// pledges it signed itself (delegate).
#[derive(Debug, Clone)]
pub struct FeedScope {
    pub event_id: String,
    pub device_id: Option<String>,
}

/// A stored pledge with what the server recorded about its arrival.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PledgeRow {
    pub server_seq: i64,
    pub pledge_id: String,
    pub event_id: String,
    pub device_id: String,
    pub device_seq: i64,
    pub supersedes: Option<String>,
    pub signed: Vec<u8>,
    pub signature: Vec<u8>,
    pub public_key: String,
    pub content_hash: String,
    pub signed_at: String,
    pub received_at: String,
    pub received_from: String,
    pub bundle_id: Option<String>,
    pub vouched_by: Option<String>,
    pub clock_skew: bool,
    pub status: PledgeStatus,
    /// Another device's pledge holds the same id (`pledge_id_collision`).
    pub id_collision: bool,
    /// The device's key came in a bundle and no person confirmed it yet.
    pub key_unconfirmed: bool,
    /// Another pledge holds this device id and `device_seq`, or the device
    /// id was used from two machines (`device_seq_reused`).
    pub seq_reused: bool,
}

#[async_trait]
pub trait Db: Send + Sync {
    async fn create_event(&self, event: NewEvent) -> Result<(), DbError>;
    async fn event_codes(&self, event_id: &str) -> Result<Option<EventCodes>, DbError>;
    async fn enroll_device(&self, enrollment: DeviceEnrollment) -> Result<EnrollResult, DbError>;
    async fn device_by_token(&self, token_hash: &str) -> Result<Option<DeviceRecord>, DbError>;
    async fn devices(&self, device_ids: Vec<String>) -> Result<Vec<DeviceRecord>, DbError>;
    async fn revoke_device(&self, device_id: &str, now: &str) -> Result<(), DbError>;
    /// Marks the device's key confirmed by a person, if it is still
    /// `public_key` (checked by the caller against the typed fingerprint).
    async fn confirm_device_key(
        &self,
        device_id: &str,
        public_key: &str,
        now: &str,
    ) -> Result<(), DbError>;
    /// Stores a batch in one transaction; one outcome per pledge, in order.
    async fn store_pledges(
        &self,
        pledges: Vec<NewPledge>,
        received_at: &str,
    ) -> Result<Vec<StoreOutcome>, DbError>;
    async fn status_changes(
        &self,
        scope: FeedScope,
        after_seq: i64,
        limit: u32,
    ) -> Result<Vec<StatusChange>, DbError>;
    /// The `device_seq` of every pledge the device signed, ascending.
    async fn device_seqs(&self, device_id: &str) -> Result<Vec<i64>, DbError>;
    /// Every pledge stored under this id (one per device), oldest first.
    async fn pledges_by_id(&self, pledge_id: &str) -> Result<Vec<PledgeRow>, DbError>;
    /// Applies a decision under the rule of `pledge_core::decision`: the
    /// status, its feed event and its audit record in one transaction, or
    /// nothing (a no-op or a refusal). A pledge id that pledges of several
    /// devices share needs `device_id` ([`DbError::Ambiguous`]).
    async fn decide(&self, decision: Decision) -> Result<Decided, DbError>;
    /// Every stored pledge in `server_seq` order.
    async fn export_pledges(&self) -> Result<Vec<PledgeRow>, DbError>;
    /// Every event, oldest first, with its device and pledge counts.
    async fn events(&self) -> Result<Vec<EventRow>, DbError>;
    /// Replaces an event's two code hashes ([`DbError::NotFound`] if none).
    async fn rotate_codes(
        &self,
        event_id: &str,
        codes: EventCodes,
        at: &str,
    ) -> Result<(), DbError>;
    /// Every device (of one event when given), first known first.
    async fn device_list(&self, event_id: Option<String>) -> Result<Vec<DeviceRow>, DbError>;
    /// Every audited conflicting newcomer, oldest first.
    async fn conflicts(&self) -> Result<Vec<ConflictRow>, DbError>;
    /// The status change stored under `seq`, if any (cursor checks).
    async fn status_change_at(&self, seq: i64) -> Result<Option<StatusChange>, DbError>;
    /// The `device_seq` of every pledge `device_id` signed in `event_id`,
    /// ascending (a staff device reconciling what it forwarded).
    async fn event_device_seqs(&self, event_id: &str, device_id: &str)
        -> Result<Vec<i64>, DbError>;
    /// A cheap round trip to the database (`GET /v1/ready`).
    async fn ping(&self) -> Result<(), DbError>;
}

pub fn role_to_str(role: Role) -> &'static str {
    match role {
        Role::Delegate => "delegate",
        Role::Staff => "staff",
    }
}

pub fn role_from_str(s: &str) -> Option<Role> {
    match s {
        "delegate" => Some(Role::Delegate),
        "staff" => Some(Role::Staff),
        _ => None,
    }
}

pub fn status_from_str(s: &str) -> Result<PledgeStatus, DbError> {
    Ok(match s {
        "received" => PledgeStatus::Received,
        "verified" => PledgeStatus::Verified,
        "published" => PledgeStatus::Published,
        "rejected" => PledgeStatus::Rejected,
        "superseded" => PledgeStatus::Superseded,
        other => {
            return Err(DbError::Other(format!(
                "unknown status {other:?} in the database"
            )))
        }
    })
}
