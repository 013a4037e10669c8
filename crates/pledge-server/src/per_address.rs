//! Limits per client address, for the calls that carry no device token:
//! enrolment (it checks an event code, so guessing must be slow) and any
//! other call without an `Authorization` header. `/v1/health` is never
//! limited: laptops decide "online" from it. Calls with a token have the
//! per-device rate instead (`auth.rs`; tokens are 256-bit, not guessable),
//! so a venue whose laptops share one address is not held back.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::limits::RateLimiter;
use crate::problem::ApiError;

/// A token bucket's shape: sustained requests per second and the burst.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rate {
    pub per_second: f64,
    pub burst: f64,
}

/// The per-address rules, as `pledge-server serve` configures them.
#[derive(Debug, Clone)]
pub struct AddressRules {
    pub enrolment: Rate,
    pub anonymous: Rate,
    /// Reverse proxies whose `X-Forwarded-For` names the real client.
    pub trusted_proxies: Vec<IpAddr>,
}

impl Default for AddressRules {
    fn default() -> Self {
        AddressRules {
            // A venue enrols its laptops through one address: 60 at once.
            enrolment: Rate {
                per_second: 1.0,
                burst: 60.0,
            },
            anonymous: Rate {
                per_second: 5.0,
                burst: 120.0,
            },
            trusted_proxies: Vec::new(),
        }
    }
}

pub struct AddressLimits {
    rules: AddressRules,
    enrolment: RateLimiter,
    anonymous: RateLimiter,
}

impl AddressLimits {
    pub fn new(rules: AddressRules) -> AddressLimits {
        AddressLimits {
            enrolment: RateLimiter::new(rules.enrolment.per_second, rules.enrolment.burst),
            anonymous: RateLimiter::new(rules.anonymous.per_second, rules.anonymous.burst),
            rules,
        }
    }

    /// The client's address: the peer, or, behind a trusted proxy, the
    /// last address in `X-Forwarded-For` that is not a trusted proxy.
    fn client(&self, request: &Request) -> Option<IpAddr> {
        let peer = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()?
            .0
            .ip();
        if !self.rules.trusted_proxies.contains(&peer) {
            return Some(peer);
        }
        let forwarded = request
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|a| a.trim().parse::<IpAddr>().ok())
            .collect::<Vec<_>>();
        Some(
            forwarded
                .into_iter()
                .rev()
                .find(|a| !self.rules.trusted_proxies.contains(a))
                .unwrap_or(peer),
        )
    }
}

fn limited(wait: std::time::Duration) -> Response {
    ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "rate_limited",
        "Too many requests from this address without a device token; wait and try again.",
    )
    .retry_after(wait.as_secs_f64().ceil() as u64)
    .into_response()
}

pub async fn limit_per_address(
    State(limits): State<Arc<AddressLimits>>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let Some(client) = limits.client(&request) else {
        return next.run(request).await; // in-process calls (tests)
    };
    if path == "/v1/health" || path == "/v1/ready" {
        return next.run(request).await;
    }
    let key = client.to_string();
    if path == "/v1/devices" {
        if let Err(wait) = limits.enrolment.check(&key) {
            return limited(wait);
        }
        return next.run(request).await;
    }
    if !request.headers().contains_key(header::AUTHORIZATION) {
        if let Err(wait) = limits.anonymous.check(&key) {
            return limited(wait);
        }
    }
    next.run(request).await
}
