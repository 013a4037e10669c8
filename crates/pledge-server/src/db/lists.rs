//! What the secretariat's list commands read: events, devices, conflicts
//! (pledges come from [`super::Db::export_pledges`]). No contact details.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EventRow {
    pub event_id: String,
    pub name: String,
    pub created_at: String,
    pub codes_rotated_at: Option<String>,
    pub devices: i64,
    pub pledges: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRow {
    pub device_id: String,
    pub event_id: String,
    /// `None`: only vouched for by a staff device's bundle.
    pub role: Option<String>,
    pub name: Option<String>,
    pub app_version: Option<String>,
    /// Standard base64 of the 32 raw bytes.
    pub public_key: String,
    pub created_at: String,
    pub enrolled_at: Option<String>,
    pub revoked_at: Option<String>,
    pub vouched_by: Option<String>,
    pub key_unconfirmed: bool,
    pub pledges: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ConflictRow {
    pub id: i64,
    pub pledge_id: String,
    pub device_id: String,
    pub content_hash: String,
    pub received_at: String,
    pub received_from: String,
    pub bundle_id: Option<String>,
}

/// The device columns, in [`DeviceRow`]'s order, over `devices d`.
macro_rules! device_list_sql {
    () => {
        concat!(
            "SELECT d.device_id, d.event_id, d.role, d.name, d.app_version, d.public_key, \
             d.created_at, d.enrolled_at, d.revoked_at, d.vouched_by, ",
            key_unconfirmed_sql!(),
            ", (SELECT count(*) FROM pledges p WHERE p.device_id = d.device_id) FROM devices d"
        )
    };
}
pub(crate) use device_list_sql;

pub const EVENT_LIST_SQL: &str = "SELECT e.event_id, e.name, e.created_at, e.codes_rotated_at, \
     (SELECT count(*) FROM devices d WHERE d.event_id = e.event_id), \
     (SELECT count(*) FROM pledges p WHERE p.event_id = e.event_id) \
     FROM events e ORDER BY e.created_at, e.event_id";

pub const CONFLICT_LIST_SQL: &str = "SELECT id, pledge_id, device_id, content_hash, received_at, \
     received_from, bundle_id FROM pledge_conflicts ORDER BY id";

pub const ROTATE_CODES_SQL_SQLITE: &str = "UPDATE events SET delegate_code_hash = ?2, \
     staff_code_hash = ?3, codes_rotated_at = ?4 WHERE event_id = ?1";
pub const ROTATE_CODES_SQL_PG: &str = "UPDATE events SET delegate_code_hash = $2, \
     staff_code_hash = $3, codes_rotated_at = $4 WHERE event_id = $1";
