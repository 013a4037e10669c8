//! The platform's HTTP API (DESIGN.md §4) as typed calls.

use std::time::Duration;

use pledge_core::wire::*;
use reqwest::{header, StatusCode};
use serde::de::DeserializeOwned;
use url::{Host, Url};

use crate::SyncError;

/// A connection to one platform, optionally with this device's token.
#[derive(Clone)]
pub struct Platform {
    http: reqwest::Client,
    base: Url,
    token: Option<String>,
}

impl std::fmt::Debug for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // the token is a secret: never printed
        f.debug_struct("Platform")
            .field("base", &self.base.as_str())
            .finish()
    }
}

/// HTTPS, or plain HTTP to this computer only.
pub fn check_address(address: &str) -> Result<Url, SyncError> {
    let invalid = || SyncError::InvalidAddress(address.to_owned());
    let mut url = Url::parse(address.trim()).map_err(|_| invalid())?;
    // Decided on the parsed host, never on its text: `127.evil.example` is a
    // name anyone can point anywhere.
    let loopback = match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        Some(Host::Domain(name)) => name == "localhost",
        None => false,
    };
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        _ => return Err(invalid()),
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

fn retry_after(headers: &header::HeaderMap) -> Option<Duration> {
    let value = headers.get(header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

impl Platform {
    pub fn new(address: &str, token: Option<String>) -> Result<Platform, SyncError> {
        let base = check_address(address)?;
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(60))
            .user_agent(concat!("pledge-desk/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| SyncError::Offline(e.to_string()))?;
        Ok(Platform { http, base, token })
    }

    pub fn address(&self) -> &str {
        self.base.as_str()
    }

    fn url(&self, path: &str) -> Url {
        // paths are constants of this module: joining cannot fail
        self.base.join(path).unwrap_or_else(|_| self.base.clone())
    }

    fn authed(&self, req: reqwest::RequestBuilder) -> Result<reqwest::RequestBuilder, SyncError> {
        let token = self.token.as_deref().ok_or(SyncError::NotEnrolled)?;
        Ok(req.bearer_auth(token))
    }

    async fn answer<T: DeserializeOwned>(
        res: Result<reqwest::Response, reqwest::Error>,
    ) -> Result<T, SyncError> {
        let res = res.map_err(|e| transport_error(&e))?;
        let status = res.status();
        let wait = retry_after(res.headers());
        let body = res.bytes().await.map_err(|e| transport_error(&e))?;
        if status.is_success() {
            return serde_json::from_slice(&body).map_err(|e| SyncError::BadAnswer(e.to_string()));
        }
        let problem: Option<ProblemDetails> = serde_json::from_slice(&body).ok();
        let code = problem
            .as_ref()
            .map(|p| p.code.clone())
            .unwrap_or_else(|| format!("http_{}", status.as_u16()));
        let message = problem
            .and_then(|p| p.detail.or(Some(p.title)))
            .unwrap_or_else(|| status.canonical_reason().unwrap_or("error").to_owned());
        let status = status.as_u16();
        if status >= 500 {
            return Err(SyncError::Trouble {
                status,
                code,
                message,
                retry_after: wait,
            });
        }
        Err(SyncError::Refused {
            status,
            code,
            message,
            retry_after: wait,
        })
    }

    /// Online means the platform answered as itself.
    pub async fn health(&self) -> Result<Health, SyncError> {
        let res = self
            .http
            .get(self.url("v1/health"))
            .timeout(Duration::from_secs(10))
            .send()
            .await;
        let res = res.map_err(|e| transport_error(&e))?;
        if res.status() != StatusCode::OK {
            return Err(SyncError::NotPlatform);
        }
        // a cut-off answer is the network's doing; a whole answer that is not
        // the platform's health document means something else answered
        let body = res.bytes().await.map_err(|e| transport_error(&e))?;
        let health: Health = serde_json::from_slice(&body).map_err(|_| SyncError::NotPlatform)?;
        if health.service != SERVICE_NAME {
            return Err(SyncError::NotPlatform);
        }
        Ok(health)
    }

    pub async fn enroll(&self, request: &EnrollRequest) -> Result<EnrollResponse, SyncError> {
        Self::answer(
            self.http
                .post(self.url("v1/devices"))
                .json(request)
                .send()
                .await,
        )
        .await
    }

    pub async fn push(&self, items: Vec<SignedItem>) -> Result<BatchResponse, SyncError> {
        let req = self.authed(self.http.post(self.url("v1/pledges:batch")))?;
        Self::answer(req.json(&BatchRequest { items }).send().await).await
    }

    /// Uploads a bundle (DESIGN.md §5) — a staff device only.
    pub async fn upload_bundle(&self, bundle: &Bundle) -> Result<BatchResponse, SyncError> {
        let req = self.authed(self.http.post(self.url("v1/bundles")))?;
        Self::answer(req.json(bundle).send().await).await
    }

    pub async fn status_changes(&self, cursor: &str, limit: u32) -> Result<StatusFeed, SyncError> {
        let mut url = self.url("v1/status-changes");
        url.query_pairs_mut()
            .append_pair("cursor", cursor)
            .append_pair("limit", &limit.to_string());
        Self::answer(self.authed(self.http.get(url))?.send().await).await
    }

    /// What the platform holds of pledges signed by `device_id` (another
    /// laptop whose pledges this staff device forwarded).
    pub async fn reconcile_forwarded(&self, device_id: &str) -> Result<Reconcile, SyncError> {
        let mut url = self.url("v1/devices/");
        url.path_segments_mut()
            .map_err(|_| SyncError::InvalidAddress(self.base.to_string()))?
            .pop_if_empty()
            .push(device_id)
            .push("reconcile");
        Self::answer(self.authed(self.http.get(url))?.send().await).await
    }

    pub async fn reconcile(&self) -> Result<Reconcile, SyncError> {
        Self::answer(
            self.authed(self.http.get(self.url("v1/devices/me/reconcile")))?
                .send()
                .await,
        )
        .await
    }
}

/// reqwest errors mention the URL; keep messages short and free of tokens.
/// A failed exchange: an untrusted or invalid certificate is said as such
/// (someone must act), anything else is "cannot be reached".
fn transport_error(e: &reqwest::Error) -> SyncError {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(cause) = next {
        if let Some(tls @ rustls::Error::InvalidCertificate(_)) = cause.downcast_ref() {
            return SyncError::Certificate(tls.to_string());
        }
        // io::Error's source() skips the error it wraps: step into it.
        next = match cause
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => cause.source(),
        };
    }
    SyncError::Offline(without_url(e))
}

fn without_url(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else if e.is_body() || e.is_decode() {
        "the answer was cut off"
    } else {
        "network error"
    };
    kind.to_owned()
}

#[cfg(test)]
mod tests {
    use super::check_address;

    #[test]
    fn plain_http_only_to_this_computer() {
        assert!(check_address("https://pledges.example.org").is_ok());
        assert!(check_address("http://127.0.0.1:8787").is_ok());
        assert!(check_address("http://localhost:8787/").is_ok());
        assert!(check_address("http://127.8.9.10:8787").is_ok());
        assert!(check_address("http://[::1]:8787").is_ok());
        assert!(check_address("http://pledges.example.org").is_err());
        // Names that only look like loopback are refused.
        for address in [
            "http://127.evil.example",
            "http://127.0.0.1.evil.example/",
            "http://localhost.evil.example",
            "http://localhost.",
            "http://[::ffff:8.8.8.8]",
            "http://10.0.0.1",
            "http://[::2]",
        ] {
            assert!(check_address(address).is_err(), "{address}");
        }
        assert!(check_address("ftp://x").is_err());
        assert!(check_address("not a url").is_err());
        assert_eq!(
            check_address("https://x.org/p2c").unwrap().as_str(),
            "https://x.org/p2c/"
        );
    }
}
