//! The service: shared state and the router with its layers.

use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::middleware::from_fn_with_state;
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::Router;
use chrono::{DateTime, Utc};
use pledge_core::wire::MAX_BATCH_BYTES;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::{DefaultMakeSpan, DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::db::Db;
use crate::limits::{enforce_timeout, Limits, RateLimiter, BUNDLE_BODY_BYTES};
use crate::metrics::{track, Metrics};
use crate::per_address::{limit_per_address, AddressLimits};
use crate::problem::{no_such_path, wrong_method, ApiError};
use crate::{openapi, routes};

/// Where the service gets the time from; tests may pass a fixed one.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// RFC 3339 UTC with seconds and `Z`, as every time on the wire.
pub fn timestamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

#[derive(Clone)]
pub struct AppState {
    pub db: Arc<dyn Db>,
    pub limits: Arc<Limits>,
    pub rate: Arc<RateLimiter>,
    pub per_address: Arc<AddressLimits>,
    pub clock: Clock,
    pub metrics: Arc<Metrics>,
}

impl AppState {
    pub fn new(db: Arc<dyn Db>, limits: Limits) -> AppState {
        AppState {
            rate: Arc::new(RateLimiter::new(limits.rate_per_second, limits.rate_burst)),
            per_address: Arc::new(AddressLimits::new(limits.per_address.clone())),
            limits: Arc::new(limits),
            db,
            clock: Arc::new(Utc::now),
            metrics: Arc::new(Metrics::new()),
        }
    }

    pub fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }
}

/// Every route of sync protocol v1 (DESIGN.md §4).
pub fn router(state: AppState) -> Router {
    let calls = Router::new()
        .route("/v1/health", get(routes::health::health))
        .route("/v1/ready", get(routes::health::ready))
        .route("/v1/openapi.json", get(openapi::openapi_json))
        .route("/v1/devices", post(routes::devices::enroll))
        .route("/v1/devices/me/reconcile", get(routes::devices::reconcile))
        .route(
            "/v1/devices/{device_id}/reconcile",
            get(routes::devices::reconcile_forwarded),
        )
        .route("/v1/pledges:batch", post(routes::pledges::push_batch))
        .route("/v1/pledges/{pledge_id}", get(routes::pledges::get_pledge))
        .route("/v1/status-changes", get(routes::status::status_changes))
        .layer(DefaultBodyLimit::max(MAX_BATCH_BYTES));
    let bundles = Router::new()
        .route("/v1/bundles", post(routes::bundles::upload_bundle))
        .layer(DefaultBodyLimit::max(BUNDLE_BODY_BYTES));
    calls
        .merge(bundles)
        .fallback(no_such_path)
        .method_not_allowed_fallback(wrong_method)
        .layer(from_fn_with_state(state.limits.clone(), enforce_timeout))
        .layer(from_fn_with_state(
            state.per_address.clone(),
            limit_per_address,
        ))
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(DefaultMakeSpan::new().level(Level::INFO))
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(CatchPanicLayer::custom(|_panic| {
            tracing::error!("a request handler panicked");
            ApiError::new(
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                "internal_error",
                "The platform could not complete the request.",
            )
            .into_response()
        }))
        .layer(from_fn_with_state(state.metrics.clone(), track))
        .with_state(state)
}
