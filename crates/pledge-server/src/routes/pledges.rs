//! `POST /v1/pledges:batch` and `GET /v1/pledges/{id}`.

use axum::extract::rejection::PathRejection;
use axum::extract::{Path, State};
use axum::Json;
use pledge_core::signing::b64_encode;
use pledge_core::wire::{BatchRequest, BatchResponse, StoredPledge, MAX_BATCH_ITEMS};

use crate::app::AppState;
use crate::auth::Caller;
use crate::extract::JsonBody;
use crate::ingest::{ingest, CarriedKeys};
use crate::openapi::{BatchRequestDoc, BatchResponseDoc, ProblemDoc, StoredPledgeDoc};
use crate::problem::ApiError;

#[utoipa::path(post, path = "/v1/pledges:batch", tag = "pledges", security(("device_token" = [])),
    request_body = BatchRequestDoc,
    responses(
        (status = 200, description = "One result per item, in item order", body = BatchResponseDoc),
        (status = 400, description = "Not a batch", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Revoked device", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 413, description = "Over 4 MiB or over 100 items: halve the batch", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as `Content-Type: application/json`", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 429, description = "Too many requests (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "`database_unavailable` or `database_busy`: the database cannot serve now; nothing was stored (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
    ))]
pub async fn push_batch(
    State(app): State<AppState>,
    caller: Caller,
    JsonBody(batch): JsonBody<BatchRequest>,
) -> Result<Json<BatchResponse>, ApiError> {
    if batch.items.len() > MAX_BATCH_ITEMS {
        return Err(ApiError::too_large(
            "too_many_items",
            format!("A batch holds at most {MAX_BATCH_ITEMS} items; send fewer at once."),
        ));
    }
    let results = ingest(
        &*app.db,
        &caller,
        batch.items,
        &CarriedKeys::new(),
        None,
        app.now(),
    )
    .await?;
    app.metrics.count_outcomes(&results);
    Ok(Json(BatchResponse { results }))
}

#[utoipa::path(get, path = "/v1/pledges/{pledge_id}", tag = "pledges", security(("device_token" = [])),
    params(("pledge_id" = String, Path, description = "The pledge's UUID")),
    responses(
        (status = 200, description = "The stored pledge, byte for byte as signed", body = StoredPledgeDoc),
        (status = 401, description = "No or unknown token", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "Not stored, or not visible to this device", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "`database_unavailable` or `database_busy`: the database cannot serve now; nothing was stored (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
    ))]
pub async fn get_pledge(
    State(app): State<AppState>,
    caller: Caller,
    pledge_id: Result<Path<String>, PathRejection>,
) -> Result<Json<StoredPledge>, ApiError> {
    let not_found = || {
        ApiError::not_found(
            "pledge_not_found",
            "No pledge with this id is visible to this device.",
        )
    };
    let Path(pledge_id) = pledge_id.map_err(|_| not_found())?;
    if pledge_id.len() > 64 {
        return Err(not_found());
    }
    // Several devices may hold the id (pledge_id_collision): a device reads
    // its own pledge first, else the oldest it may see.
    let mut rows = app.db.pledges_by_id(&pledge_id).await?;
    rows.sort_by_key(|r| r.device_id != caller.device_id);
    let row = rows
        .into_iter()
        .find(|r| caller.can_see(&r.event_id, &r.device_id))
        .ok_or_else(not_found)?;
    Ok(Json(StoredPledge {
        pledge_id: row.pledge_id,
        signed: b64_encode(&row.signed),
        signature: b64_encode(&row.signature),
        public_key: row.public_key,
        status: row.status,
        server_seq: row.server_seq,
        received_at: row.received_at,
    }))
}
