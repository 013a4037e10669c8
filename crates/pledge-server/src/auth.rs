//! Who is calling: the device behind `Authorization: Bearer <device_token>`.
//! Tokens are looked up by their SHA-256 hash; the per-device rate limit is
//! applied here too.

use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use axum::http::StatusCode;
use pledge_core::wire::Role;

use crate::app::AppState;
use crate::problem::ApiError;
use crate::secrets::token_hash;

/// An enrolled device making a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub device_id: String,
    pub event_id: String,
    pub role: Role,
}

impl Caller {
    /// The feed's and `GET /v1/pledges/{id}`'s rule: staff see their
    /// event's pledges, a delegate device only those it signed.
    pub fn can_see(&self, event_id: &str, signer_device_id: &str) -> bool {
        event_id == self.event_id
            && (self.role == Role::Staff || signer_device_id == self.device_id)
    }
}

fn bearer_token(parts: &Parts) -> Option<&str> {
    let value = parts.headers.get(AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty() && token.len() <= 256)
        .then_some(token)
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Caller, ApiError> {
        let token = bearer_token(parts).ok_or_else(|| {
            ApiError::unauthorized(
                "Send Authorization: Bearer <device_token>; enrol the device first.",
            )
        })?;
        let device = state
            .db
            .device_by_token(&token_hash(token))
            .await?
            .ok_or_else(|| {
                ApiError::unauthorized("The device token is not known; enrol the device again.")
            })?;
        if device.revoked {
            return Err(ApiError::forbidden(
                "revoked_device",
                "This device was revoked by the secretariat.",
            ));
        }
        let role = device
            .role
            .ok_or_else(|| ApiError::unauthorized("The device is not enrolled."))?;
        if let Err(wait) = state.rate.check(&device.device_id) {
            return Err(ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "rate_limited",
                "This device sends requests faster than the platform accepts; wait and try again.",
            )
            .retry_after(wait.as_secs_f64().ceil() as u64));
        }
        Ok(Caller {
            device_id: device.device_id,
            event_id: device.event_id,
            role,
        })
    }
}
