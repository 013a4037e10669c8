//! `GET /v1/openapi.json`, generated from the handlers' annotations. The
//! wire types live in pledge-core (no utoipa there), so their schemas are
//! described by the mirror types below; a test keeps both in step.
#![allow(dead_code)] // mirror types exist for their schemas only

use axum::Json;
use utoipa::openapi::schema::AdditionalProperties;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::{RefOr, Schema};
use utoipa::{Modify, OpenApi, ToSchema};

#[derive(ToSchema)]
#[schema(as = Health)]
pub struct HealthDoc {
    /// Always `p2c-pledge-platform`.
    service: String,
    version: String,
}

#[derive(ToSchema)]
#[schema(as = Role, rename_all = "snake_case")]
pub enum RoleDoc {
    Delegate,
    Staff,
}

#[derive(ToSchema)]
#[schema(as = EnrollRequest)]
pub struct EnrollRequestDoc {
    #[schema(pattern = r"^[a-z0-9-]{3,64}$")]
    event_id: String,
    enrollment_code: String,
    /// Lower-case UUIDv7.
    #[schema(pattern = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    device_id: String,
    /// Standard base64 of the 32 raw Ed25519 bytes (canonical padding).
    #[schema(pattern = r"^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$")]
    public_key: String,
    /// Plain text, no control characters.
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = r"^[^\u0000-\u001F\u007F-\u009F]+$"
    )]
    name: String,
    #[schema(
        min_length = 1,
        max_length = 64,
        pattern = r"^[^\u0000-\u001F\u007F-\u009F]+$"
    )]
    app_version: String,
    /// Optional: lower-case hex SHA-256 of the machine's fingerprint (never
    /// the raw id), covered by the proof. The same device id enrolling from
    /// another machine in the event is refused 409 `device_seq_reused` and
    /// the device flagged: the laptop makes a new identity and enrols again.
    #[schema(pattern = r"^[0-9a-f]{64}$")]
    machine: Option<String>,
    /// Proof of possession of the key: standard base64 of
    /// Ed25519(device key, `p2c-enroll-v1\0` ‖ RFC 8785 of this object
    /// without `proof`). Required: without it the answer is 401
    /// `enrollment_proof_invalid`.
    proof: String,
}

#[derive(ToSchema)]
#[schema(as = EnrollResponse)]
pub struct EnrollResponseDoc {
    device_id: String,
    role: RoleDoc,
    /// Send as `Authorization: Bearer <device_token>`.
    device_token: String,
}

#[derive(ToSchema)]
#[schema(as = SignedItem)]
pub struct SignedItemDoc {
    /// Standard base64 of the RFC 8785 envelope bytes.
    signed: String,
    /// Standard base64 of the 64-byte Ed25519 signature.
    signature: String,
}

#[derive(ToSchema)]
#[schema(as = BatchRequest)]
pub struct BatchRequestDoc {
    /// At most 100.
    items: Vec<SignedItemDoc>,
}

#[derive(ToSchema)]
#[schema(as = Outcome, rename_all = "snake_case")]
pub enum OutcomeDoc {
    Created,
    Duplicate,
    Conflict,
    Rejected,
}

#[derive(ToSchema)]
#[schema(as = ItemResult)]
pub struct ItemResultDoc {
    /// `null` only when the item could not be read at all.
    pledge_id: Option<String>,
    outcome: OutcomeDoc,
    /// Why it was rejected (stable code); on a `created` or `duplicate`
    /// pledge, `device_seq_reused`: another pledge holds this device id and
    /// `device_seq` (two laptops sign as one device). The pledge is kept and
    /// stays valid; the laptop makes a new device identity and enrols again.
    code: Option<String>,
    message: Option<String>,
    server_seq: Option<i64>,
    received_at: String,
    /// Facts for the secretariat; `pledge_id_collision`: another device's
    /// pledge holds this id too (both are kept; this one is `created`);
    /// `device_seq_reused`: another pledge holds this device id and
    /// `device_seq` (both are kept and flagged).
    flags: Option<Vec<String>>,
}

#[derive(ToSchema)]
#[schema(as = BatchResponse)]
pub struct BatchResponseDoc {
    results: Vec<ItemResultDoc>,
}

#[derive(ToSchema)]
#[schema(as = PledgeStatus, rename_all = "snake_case")]
pub enum PledgeStatusDoc {
    Received,
    Verified,
    Published,
    Rejected,
    Superseded,
}

#[derive(ToSchema)]
#[schema(as = StatusChange)]
pub struct StatusChangeDoc {
    seq: i64,
    pledge_id: String,
    status: PledgeStatusDoc,
    reason: Option<String>,
    at: String,
}

#[derive(ToSchema)]
#[schema(as = StatusFeed)]
pub struct StatusFeedDoc {
    events: Vec<StatusChangeDoc>,
    /// Opaque: pass back as `cursor`.
    next_cursor: String,
}

#[derive(ToSchema)]
#[schema(as = Reconcile)]
pub struct ReconcileDoc {
    max_contiguous_seq: u64,
    count: u64,
    missing_seqs: Vec<u64>,
}

#[derive(ToSchema)]
#[schema(as = StoredPledge)]
pub struct StoredPledgeDoc {
    pledge_id: String,
    signed: String,
    signature: String,
    public_key: String,
    status: PledgeStatusDoc,
    server_seq: i64,
    received_at: String,
}

/// RFC 9457 problem details with a stable `code`.
#[derive(ToSchema)]
#[schema(as = ProblemDetails)]
pub struct ProblemDoc {
    #[schema(rename = "type")]
    type_: String,
    title: String,
    status: u16,
    code: String,
    detail: Option<String>,
}

#[derive(ToSchema)]
#[schema(as = BundleExporter)]
pub struct BundleExporterDoc {
    #[schema(pattern = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    device_id: String,
    /// Standard base64 of the 32 raw Ed25519 bytes (canonical padding).
    #[schema(pattern = r"^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$")]
    public_key: String,
    role: RoleDoc,
}

#[derive(ToSchema)]
#[schema(as = BundleDevice)]
pub struct BundleDeviceDoc {
    #[schema(pattern = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    device_id: String,
    /// Standard base64 of the 32 raw Ed25519 bytes (canonical padding).
    #[schema(pattern = r"^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$")]
    public_key: String,
}

/// A `*.p2cbundle` file (DESIGN.md §5).
#[derive(ToSchema)]
#[schema(as = Bundle)]
pub struct BundleDoc {
    /// Always `p2c-bundle`.
    #[schema(pattern = "^p2c-bundle$")]
    format: String,
    /// Always 1.
    #[schema(minimum = 1, maximum = 1)]
    v: u8,
    #[schema(pattern = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    bundle_id: String,
    #[schema(pattern = r"^[a-z0-9-]{3,64}$")]
    event_id: String,
    created_at: String,
    exporter: BundleExporterDoc,
    devices: Vec<BundleDeviceDoc>,
    items: Vec<SignedItemDoc>,
    manifest_signature: String,
}

struct DeviceTokenScheme;

/// The request bodies, whose wire types refuse unknown members
/// (`deny_unknown_fields` in pledge-core): the document says so.
pub const CLOSED_SCHEMAS: [&str; 6] = [
    "EnrollRequest",
    "BatchRequest",
    "SignedItem",
    "Bundle",
    "BundleExporter",
    "BundleDevice",
];

impl Modify for DeviceTokenScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "device_token",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        for name in CLOSED_SCHEMAS {
            if let Some(RefOr::T(Schema::Object(object))) = components.schemas.get_mut(name) {
                object.additional_properties =
                    Some(Box::new(AdditionalProperties::FreeForm(false)));
            }
        }
    }
}

#[derive(OpenApi)]
#[openapi(
    info(title = "P2C pledge platform — sync protocol v1", description = "DESIGN.md §4 and §5."),
    paths(
        crate::routes::health::health,
        crate::routes::health::ready,
        openapi_json,
        crate::routes::devices::enroll,
        crate::routes::devices::reconcile,
        crate::routes::devices::reconcile_forwarded,
        crate::routes::pledges::push_batch,
        crate::routes::pledges::get_pledge,
        crate::routes::status::status_changes,
        crate::routes::bundles::upload_bundle,
    ),
    components(schemas(ProblemDoc)),
    modifiers(&DeviceTokenScheme)
)]
pub struct ApiDoc;

#[utoipa::path(get, path = "/v1/openapi.json", tag = "platform",
    responses((status = 200, description = "This document", content_type = "application/json")))]
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}

#[cfg(test)]
#[path = "openapi_drift.rs"]
mod drift;
