//! What one client may ask of the platform: body sizes, items per batch,
//! request time, and a per-device request rate (token bucket, in memory);
//! with the per-address rules (`per_address.rs`) and the connection rules
//! (`connections.rs`) they make up [`Limits`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::connections::ConnectionLimits;
use crate::per_address::AddressRules;
use crate::problem::ApiError;

/// Bundles are files of a whole laptop's pledges: a larger body limit.
pub const BUNDLE_BODY_BYTES: usize = pledge_core::wire::MAX_BUNDLE_BYTES;
/// Most status changes one feed page returns.
pub const MAX_FEED_LIMIT: u32 = 1000;
pub const DEFAULT_FEED_LIMIT: u32 = 100;

#[derive(Debug, Clone)]
pub struct Limits {
    /// Whole request, body included.
    pub request_timeout: Duration,
    pub bundle_timeout: Duration,
    /// Sustained requests per second per device, and the burst allowed.
    pub rate_per_second: f64,
    pub rate_burst: f64,
    /// Calls without a device token, per client address.
    pub per_address: AddressRules,
    /// How connections are kept and dropped.
    pub connections: ConnectionLimits,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            request_timeout: Duration::from_secs(30),
            bundle_timeout: Duration::from_secs(120),
            rate_per_second: 10.0,
            rate_burst: 60.0,
            per_address: AddressRules::default(),
            connections: ConnectionLimits::default(),
        }
    }
}

struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// One token bucket per device.
pub struct RateLimiter {
    per_second: f64,
    burst: f64,
    buckets: Mutex<HashMap<String, Bucket>>,
}

impl RateLimiter {
    pub fn new(per_second: f64, burst: f64) -> RateLimiter {
        RateLimiter {
            per_second: per_second.max(0.001),
            burst: burst.max(1.0),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// Takes one token for `key`, or tells how long until one is there.
    pub fn check(&self, key: &str) -> Result<(), Duration> {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 100_000 {
            let idle = Duration::from_secs_f64(self.burst / self.per_second);
            buckets.retain(|_, b| now.duration_since(b.updated) < idle);
        }
        let bucket = buckets.entry(key.to_string()).or_insert(Bucket {
            tokens: self.burst,
            updated: now,
        });
        let refill = now.duration_since(bucket.updated).as_secs_f64() * self.per_second;
        bucket.tokens = (bucket.tokens + refill).min(self.burst);
        bucket.updated = now;
        if bucket.tokens >= 1.0 {
            bucket.tokens -= 1.0;
            Ok(())
        } else {
            Err(Duration::from_secs_f64(
                (1.0 - bucket.tokens) / self.per_second,
            ))
        }
    }
}

/// Answers 408 (problem+json) when a request, body included, takes longer
/// than its limit. Whatever was committed meanwhile stays; the client's
/// retry is then answered `duplicate`.
pub async fn enforce_timeout(
    State(limits): State<Arc<Limits>>,
    req: Request,
    next: Next,
) -> Response {
    let limit = if req.uri().path() == "/v1/bundles" {
        limits.bundle_timeout
    } else {
        limits.request_timeout
    };
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => ApiError::new(
            StatusCode::REQUEST_TIMEOUT,
            "request_timeout",
            "The request took longer than the platform allows; try again.",
        )
        .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bucket_allows_its_burst_then_asks_to_wait() {
        let limiter = RateLimiter::new(1.0, 3.0);
        for _ in 0..3 {
            assert!(limiter.check("a").is_ok());
        }
        let wait = limiter.check("a").unwrap_err();
        assert!(wait > Duration::from_millis(500) && wait <= Duration::from_secs(1));
        assert!(
            limiter.check("b").is_ok(),
            "another device has its own bucket"
        );
    }
}
