//! `POST /v1/bundles`: a staff device uploads a bundle file (DESIGN.md §5).

use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use pledge_core::signing::PublicKey;
use pledge_core::wire::{BatchResponse, Bundle, Role};

use crate::app::AppState;
use crate::auth::Caller;
use crate::bundle::check_bundle;
use crate::extract::JsonBody;
use crate::ingest::ingest;
use crate::openapi::{BatchResponseDoc, BundleDoc, ProblemDoc};
use crate::problem::ApiError;

#[utoipa::path(post, path = "/v1/bundles", tag = "pledges", security(("device_token" = [])),
    request_body(content = BundleDoc, content_type = "application/json"),
    responses(
        (status = 200, description = "One result per item, exactly as for a batch", body = BatchResponseDoc),
        (status = 400, description = "Not a valid bundle, or its manifest signature does not match", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Not a staff device, another event, or a revoked exporter", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 409, description = "The exporter is known with another key", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 413, description = "Over 64 MiB", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as `Content-Type: application/json`", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "`database_unavailable` or `database_busy`: the database cannot serve now; nothing was stored (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
    ))]
pub async fn upload_bundle(
    State(app): State<AppState>,
    caller: Caller,
    JsonBody(bundle): JsonBody<Bundle>,
) -> Result<Json<BatchResponse>, ApiError> {
    if caller.role != Role::Staff {
        return Err(ApiError::forbidden(
            "staff_only",
            "Only a staff device uploads bundles.",
        ));
    }
    let carried = check_bundle(&bundle)?;
    if bundle.event_id != caller.event_id {
        return Err(ApiError::forbidden(
            "wrong_event",
            "The bundle belongs to another event than this device.",
        ));
    }
    let exporter = &bundle.exporter;
    if let Some(known) = app
        .db
        .devices(vec![exporter.device_id.clone()])
        .await?
        .into_iter()
        .next()
    {
        if known.revoked {
            return Err(ApiError::forbidden(
                "revoked_device",
                "The bundle's exporter was revoked.",
            ));
        }
        if PublicKey::from_base64(&known.public_key).ok()
            != carried.get(&exporter.device_id).copied()
        {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "device_key_mismatch",
                "The platform knows the exporter's device with another public key.",
            ));
        }
    }
    tracing::info!(device_id = %caller.device_id, bundle_id = %bundle.bundle_id, items = bundle.items.len(), "bundle upload");
    let results = ingest(
        &*app.db,
        &caller,
        bundle.items,
        &carried,
        Some(&bundle.bundle_id),
        app.now(),
    )
    .await?;
    app.metrics.count_outcomes(&results);
    Ok(Json(BatchResponse { results }))
}
