//! `GET /v1/health`: what tells a client it reached the platform (and not a
//! captive portal answering 200) — cheap, it never touches the database.
//! `GET /v1/ready`: whether the platform can serve, its database included
//! (for load balancers and monitoring).

use axum::extract::State;
use axum::Json;
use pledge_core::wire::{Health, SERVICE_NAME};
use serde::Serialize;
use utoipa::ToSchema;

use crate::app::AppState;
use crate::openapi::ProblemDoc;
use crate::problem::ApiError;

#[utoipa::path(get, path = "/v1/health", tag = "platform",
    responses((status = 200, description = "The platform is up (liveness; the database is not asked)", body = crate::openapi::HealthDoc)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        service: SERVICE_NAME.to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
    })
}

/// The answer of `GET /v1/ready` when the platform can serve.
#[derive(Debug, Serialize, ToSchema)]
pub struct Ready {
    /// Always `p2c-pledge-platform`.
    pub service: &'static str,
    /// Always `ok`.
    pub database: &'static str,
}

#[utoipa::path(get, path = "/v1/ready", tag = "platform",
    responses(
        (status = 200, description = "The platform and its database answer", body = Ready),
        (status = 503, description = "`database_unavailable`: the database does not answer (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
    ))]
pub async fn ready(State(app): State<AppState>) -> Result<Json<Ready>, ApiError> {
    app.db.ping().await.map_err(|e| match ApiError::from(e) {
        // Busy or broken alike: this platform cannot serve right now.
        failed if failed.status.is_server_error() => ApiError {
            from_database: true,
            ..ApiError::database_unavailable()
        },
        other => other,
    })?;
    Ok(Json(Ready {
        service: SERVICE_NAME,
        database: "ok",
    }))
}
