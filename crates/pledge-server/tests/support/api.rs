//! A small client of sync protocol v1 for tests (plain HTTP on loopback).

use pledge_core::wire::{Bundle, SignedItem};
use reqwest::header::HeaderMap;
use serde_json::{json, Value};

use super::fixtures::Device;

#[derive(Clone)]
pub struct Api {
    pub http: reqwest::Client,
    pub base: String,
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: HeaderMap,
    pub content_type: String,
    pub body: Value,
}

impl Reply {
    /// The problem `code` of an error answer (checks it is problem+json).
    pub fn code(&self) -> &str {
        assert_eq!(self.content_type, "application/problem+json", "{self:?}");
        self.body["code"].as_str().unwrap_or("")
    }

    pub fn results(&self) -> &Vec<Value> {
        assert_eq!(self.status, 200, "{self:?}");
        self.body["results"].as_array().expect("results")
    }
}

impl Api {
    pub fn new(base: &str) -> Api {
        Api {
            http: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(30))
                .build()
                .unwrap(),
            base: base.to_string(),
        }
    }

    pub async fn send(&self, request: reqwest::RequestBuilder) -> Result<Reply, reqwest::Error> {
        let response = request.send().await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let content_type = headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let bytes = response.bytes().await?;
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Ok(Reply {
            status,
            headers,
            content_type,
            body,
        })
    }

    fn with_token(
        request: reqwest::RequestBuilder,
        token: Option<&str>,
    ) -> reqwest::RequestBuilder {
        match token {
            Some(t) => request.bearer_auth(t),
            None => request,
        }
    }

    pub async fn get(&self, path: &str, token: Option<&str>) -> Reply {
        let request = Api::with_token(self.http.get(format!("{}{path}", self.base)), token);
        self.send(request).await.expect("GET answered")
    }

    pub async fn post_raw(
        &self,
        path: &str,
        token: Option<&str>,
        content_type: &str,
        body: Vec<u8>,
    ) -> Reply {
        let request = self
            .http
            .post(format!("{}{path}", self.base))
            .header("content-type", content_type)
            .body(body);
        self.send(Api::with_token(request, token))
            .await
            .expect("POST answered")
    }

    pub async fn post_json(&self, path: &str, token: Option<&str>, body: &Value) -> Reply {
        self.post_raw(
            path,
            token,
            "application/json",
            serde_json::to_vec(body).unwrap(),
        )
        .await
    }

    pub async fn enroll(&self, event_id: &str, code: &str, device: &Device) -> Reply {
        let body = device.enroll_request(event_id, code);
        self.post_json("/v1/devices", None, &body).await
    }

    pub async fn push(&self, token: &str, items: &[SignedItem]) -> Reply {
        self.post_json("/v1/pledges:batch", Some(token), &json!({ "items": items }))
            .await
    }

    pub async fn upload(&self, token: &str, bundle: &Bundle) -> Reply {
        self.post_json(
            "/v1/bundles",
            Some(token),
            &serde_json::to_value(bundle).unwrap(),
        )
        .await
    }

    pub async fn feed(&self, token: &str, cursor: &str, limit: u32) -> Reply {
        self.get(
            &format!("/v1/status-changes?cursor={cursor}&limit={limit}"),
            Some(token),
        )
        .await
    }
}
