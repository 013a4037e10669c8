//! `POST /v1/devices` (enrolment) and `GET /v1/devices/me/reconcile`.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use pledge_core::enrolment::{verify_enroll_proof, ProofError};
use pledge_core::is_event_id;
use pledge_core::wire::{EnrollRequest, EnrollResponse, Reconcile, Role, DEVICE_SEQ_REUSED};

use crate::app::{timestamp, AppState};
use crate::auth::Caller;
use crate::bundle::is_uuid;
use crate::db::{DeviceEnrollment, EnrollResult};
use crate::extract::JsonBody;
use crate::openapi::{EnrollRequestDoc, EnrollResponseDoc, ProblemDoc, ReconcileDoc};
use crate::problem::ApiError;
use crate::secrets::{enrollment_code_hash, new_device_token, token_hash};

/// Most gaps `missing_seqs` lists; the client resends from the lowest.
pub const MAX_MISSING_SEQS: usize = 1000;

fn is_label(s: &str, max: usize) -> bool {
    let n = s.chars().count();
    n > 0 && n <= max && !s.chars().any(char::is_control)
}

#[utoipa::path(post, path = "/v1/devices", tag = "devices", request_body = EnrollRequestDoc,
    responses(
        (status = 201, description = "Enrolled (again): a new token", body = EnrollResponseDoc),
        (status = 400, description = "Malformed request", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "`enrollment_proof_invalid`: no proof, or one not made by `public_key` over this request; nothing changes", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Wrong enrolment code, or a revoked device", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "No such event", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 409, description = "`device_key_mismatch`: the device id is enrolled with another key; `device_seq_reused`: the device id is enrolled in this event from another machine (an imaged laptop; the device is flagged, the first keeps its token): make a new device identity and enrol again", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 429, description = "Too many enrolments from this address (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 415, description = "The body is not sent as `Content-Type: application/json`", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "`database_unavailable` or `database_busy`: the database cannot serve now; nothing was stored (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
    ))]
pub async fn enroll(
    State(app): State<AppState>,
    JsonBody(req): JsonBody<EnrollRequest>,
) -> Result<(StatusCode, Json<EnrollResponse>), ApiError> {
    if !is_event_id(&req.event_id) {
        return Err(ApiError::bad_request(
            "invalid_event_id",
            "Event ids are 3–64 of a–z, 0–9 and hyphens.",
        ));
    }
    if !is_uuid(&req.device_id) {
        return Err(ApiError::bad_request(
            "invalid_device_id",
            "The device id must be a lower-case UUID.",
        ));
    }
    if req.machine.as_deref().is_some_and(|m| {
        m.len() != 64 || !m.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    }) {
        return Err(ApiError::bad_request(
            "invalid_body",
            "machine, when present, is the lower-case hex SHA-256 of the machine fingerprint.",
        ));
    }
    if !is_label(&req.name, 200) || !is_label(&req.app_version, 64) {
        return Err(ApiError::bad_request(
            "invalid_body",
            "name (≤ 200 characters) and app_version (≤ 64) are required plain text.",
        ));
    }
    // Possession of the key before anything else is looked at: an id and a
    // public key are not secrets (bundles and Settings show them).
    let key = verify_enroll_proof(&req).map_err(|e| match e {
        ProofError::BadPublicKey => ApiError::bad_request("bad_public_key", e.to_string()),
        ProofError::Missing | ProofError::Invalid => ApiError::new(
            StatusCode::UNAUTHORIZED,
            "enrollment_proof_invalid",
            format!("{e} Enrol from the device itself, with its own key."),
        ),
    })?;
    let codes = app.db.event_codes(&req.event_id).await?.ok_or_else(|| {
        ApiError::not_found("unknown_event", "The platform has no event with this id.")
    })?;
    let typed = enrollment_code_hash(&req.enrollment_code);
    let role = if typed == codes.staff_code_hash {
        Role::Staff
    } else if typed == codes.delegate_code_hash {
        Role::Delegate
    } else {
        return Err(ApiError::forbidden(
            "wrong_enrollment_code",
            "The enrolment code is not right for this event.",
        ));
    };
    let device_token = new_device_token();
    let enrollment = DeviceEnrollment {
        device_id: req.device_id.clone(),
        event_id: req.event_id.clone(),
        role,
        public_key: key.to_base64(),
        name: req.name,
        app_version: req.app_version,
        token_hash: token_hash(&device_token),
        now: timestamp(app.now()),
        machine_hash: req.machine.clone(),
    };
    match app.db.enroll_device(enrollment).await? {
        EnrollResult::Enrolled => {}
        EnrollResult::KeyMismatch => {
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                "device_key_mismatch",
                "This device id is enrolled with another public key.",
            ))
        }
        EnrollResult::OtherMachine => {
            tracing::warn!(device_id = %req.device_id, event_id = %req.event_id,
                "device id enrolled from another machine: refused and flagged (device_seq_reused)");
            return Err(ApiError::new(
                StatusCode::CONFLICT,
                DEVICE_SEQ_REUSED,
                "This device id is enrolled in the event from another machine (an imaged laptop). Make a new device identity and enrol again.",
            ));
        }
        EnrollResult::Revoked => {
            return Err(ApiError::forbidden(
                "revoked_device",
                "This device was revoked by the secretariat.",
            ))
        }
    }
    tracing::info!(device_id = %req.device_id, event_id = %req.event_id, ?role, "device enrolled");
    Ok((
        StatusCode::CREATED,
        Json(EnrollResponse {
            device_id: req.device_id,
            role,
            device_token,
        }),
    ))
}

/// What the platform holds of a device's `device_seq` values (ascending).
pub fn reconcile_of(seqs: &[i64]) -> Reconcile {
    let mut distinct: Vec<u64> = seqs.iter().filter(|s| **s > 0).map(|s| *s as u64).collect();
    distinct.dedup();
    let mut max_contiguous = 0;
    let mut missing = Vec::new();
    let mut expected = 1u64;
    for seq in &distinct {
        while expected < *seq && missing.len() < MAX_MISSING_SEQS {
            missing.push(expected);
            expected += 1;
        }
        if missing.is_empty() {
            max_contiguous = *seq;
        }
        expected = seq + 1;
    }
    Reconcile {
        max_contiguous_seq: max_contiguous,
        count: seqs.len() as u64,
        missing_seqs: missing,
    }
}

#[utoipa::path(get, path = "/v1/devices/me/reconcile", tag = "devices", security(("device_token" = [])),
    responses(
        (status = 200, description = "The calling device's pledges as stored", body = ReconcileDoc),
        (status = 401, description = "No or unknown token", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "`database_unavailable` or `database_busy`: the database cannot serve now; nothing was stored (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
    ))]
pub async fn reconcile(
    State(app): State<AppState>,
    caller: Caller,
) -> Result<Json<Reconcile>, ApiError> {
    let seqs = app.db.device_seqs(&caller.device_id).await?;
    Ok(Json(reconcile_of(&seqs)))
}

#[utoipa::path(get, path = "/v1/devices/{device_id}/reconcile", tag = "devices", security(("device_token" = [])),
    params(("device_id" = String, Path, description = "A device of the caller's event whose pledges the caller forwards (a lower-case UUID)",
        pattern = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")),
    responses(
        (status = 200, description = "What the platform holds of that device's pledges in the caller's event (nothing held: count 0); a staff laptop re-sends what it forwarded and the platform lacks", body = ReconcileDoc),
        (status = 400, description = "`invalid_device_id`", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "`staff_only`: a delegate device reconciles only itself (`/v1/devices/me/reconcile`)", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "`database_unavailable` or `database_busy`: the database cannot serve now; nothing was stored (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
    ))]
pub async fn reconcile_forwarded(
    State(app): State<AppState>,
    caller: Caller,
    Path(device_id): Path<String>,
) -> Result<Json<Reconcile>, ApiError> {
    if !is_uuid(&device_id) {
        return Err(ApiError::bad_request(
            "invalid_device_id",
            "The device id must be a lower-case UUID.",
        ));
    }
    if caller.role != Role::Staff && device_id != caller.device_id {
        return Err(ApiError::forbidden(
            "staff_only",
            "Only a staff device reconciles pledges it forwarded for other devices.",
        ));
    }
    let seqs = app
        .db
        .event_device_seqs(&caller.event_id, &device_id)
        .await?;
    Ok(Json(reconcile_of(&seqs)))
}

#[cfg(test)]
mod tests {
    use super::reconcile_of;

    #[test]
    fn gaps_are_listed_and_the_contiguous_prefix_ends_before_the_first() {
        let r = reconcile_of(&[1, 2, 3, 5, 7]);
        assert_eq!(
            (r.max_contiguous_seq, r.count, r.missing_seqs),
            (3, 5, vec![4, 6])
        );
        let r = reconcile_of(&[]);
        assert_eq!(
            (r.max_contiguous_seq, r.count, r.missing_seqs.len()),
            (0, 0, 0)
        );
        let r = reconcile_of(&[2]);
        assert_eq!((r.max_contiguous_seq, r.missing_seqs), (0, vec![1]));
        let r = reconcile_of(&[1, 2, 2, 3]);
        assert_eq!((r.max_contiguous_seq, r.count), (3, 4));
    }
}
