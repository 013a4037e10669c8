//! Prometheus metrics on their own listen address (`serve --metrics-listen
//! ADDR`, off by default): requests by route and status, latencies by
//! route, pledges by outcome, database errors by code, open connections.
//! Labels are bounded: routes are the router's templates (`unmatched` for
//! anything else), never a raw path, an id or a token.

use std::sync::Arc;
use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use pledge_core::wire::{ItemResult, Outcome};
use prometheus_client::encoding::{prometheus_text, EncodeLabelSet};
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use tokio::net::TcpListener;

use crate::problem::DatabaseFailure;

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    route: String,
    status: u16,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OutcomeLabels {
    outcome: &'static str,
}

#[derive(Debug, Clone, Hash, PartialEq, Eq, EncodeLabelSet)]
struct CodeLabels {
    code: &'static str,
}

pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    pledges: Family<OutcomeLabels, Counter>,
    database_errors: Family<CodeLabels, Counter>,
    /// Open client connections (the connection layer keeps it).
    pub open_connections: Gauge,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("pledge_server");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "Requests answered, by route template and HTTP status",
            requests.clone(),
        );
        // 1 ms to ~16 s
        let latency = Family::<RouteLabels, Histogram>::new_with_constructor(
            (|| Histogram::new(exponential_buckets(0.001, 2.0, 15))) as fn() -> Histogram,
        );
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route template",
            latency.clone(),
        );
        let pledges = Family::<OutcomeLabels, Counter>::default();
        registry.register(
            "pledges",
            "Pushed or uploaded pledges, by outcome",
            pledges.clone(),
        );
        let database_errors = Family::<CodeLabels, Counter>::default();
        registry.register(
            "database_errors",
            "Requests the database failed, by problem code",
            database_errors.clone(),
        );
        let open_connections = Gauge::default();
        registry.register(
            "open_connections",
            "Client connections open now",
            open_connections.clone(),
        );
        Metrics {
            registry,
            requests,
            latency,
            pledges,
            database_errors,
            open_connections,
        }
    }

    /// Counts each item's outcome of a batch or bundle.
    pub fn count_outcomes(&self, results: &[ItemResult]) {
        for r in results {
            let outcome = match r.outcome {
                Outcome::Created => "created",
                Outcome::Duplicate => "duplicate",
                Outcome::Conflict => "conflict",
                Outcome::Rejected => "rejected",
            };
            self.pledges.get_or_create(&OutcomeLabels { outcome }).inc();
        }
    }

    /// The Prometheus text exposition of every metric.
    pub fn render(&self) -> String {
        let mut text = String::new();
        // writing to a String cannot fail
        let _ = prometheus_text::encode(&mut text, &self.registry);
        text
    }
}

/// Middleware: counts and times every answer by route template.
pub async fn track(State(metrics): State<Arc<Metrics>>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let started = Instant::now();
    let response = next.run(request).await;
    let labels = RouteLabels { route };
    metrics
        .latency
        .get_or_create(&labels)
        .observe(started.elapsed().as_secs_f64());
    metrics
        .requests
        .get_or_create(&RequestLabels {
            route: labels.route,
            status: response.status().as_u16(),
        })
        .inc();
    if let Some(DatabaseFailure(code)) = response.extensions().get::<DatabaseFailure>() {
        metrics
            .database_errors
            .get_or_create(&CodeLabels { code })
            .inc();
    }
    response
}

async fn scrape(State(metrics): State<Arc<Metrics>>) -> Response {
    let mut response = (StatusCode::OK, metrics.render()).into_response();
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(prometheus_text::CONTENT_TYPE),
    );
    response
}

/// Serves `GET /metrics` on its own listener until the process ends;
/// announces the address on stdout as `metrics on http://HOST:PORT`.
pub async fn serve_metrics(listener: TcpListener, metrics: Arc<Metrics>) {
    let app = Router::new()
        .route("/metrics", get(scrape))
        .with_state(metrics);
    if let Err(e) = axum::serve(listener, app).await {
        tracing::error!(error = %e, "the metrics listener stopped");
    }
}
