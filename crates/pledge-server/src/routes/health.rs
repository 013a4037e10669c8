//! `GET /v1/health`: what tells a client it reached the platform (and not a
//! captive portal answering 200).

use axum::Json;
use pledge_core::wire::{Health, SERVICE_NAME};

#[utoipa::path(get, path = "/v1/health", tag = "platform",
    responses((status = 200, description = "The platform is up", body = crate::openapi::HealthDoc)))]
pub async fn health() -> Json<Health> {
    Json(Health {
        service: SERVICE_NAME.to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
    })
}
