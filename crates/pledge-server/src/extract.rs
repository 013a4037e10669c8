//! The JSON body extractor: any body that is not the expected JSON becomes
//! a problem answer with a stable code, never a 5xx or a panic.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{header, StatusCode};
use serde::de::DeserializeOwned;

use crate::problem::ApiError;

/// A JSON request body (`Content-Type: application/json`) read within the
/// route's body limit and parsed with serde_json's recursion limit.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

pub fn is_json_content_type(value: Option<&str>) -> bool {
    let Some(value) = value else { return false };
    let essence = value.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("application/json")
}

/// Parses `bytes` as `T`, naming what is wrong.
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ApiError::bad_request(
            "invalid_body",
            format!("The body does not have the expected shape: {e}."),
        ),
        _ => ApiError::bad_request(
            "malformed_json",
            format!("The body is not a JSON text: {e}."),
        ),
    })
}

impl<S, T> FromRequest<S> for JsonBody<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok());
        if !is_json_content_type(content_type) {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "Send the body as Content-Type: application/json.",
            ));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::too_large(
                    "body_too_large",
                    "The body is larger than this call accepts; send less at once.",
                )
            } else {
                ApiError::bad_request("unreadable_body", "The body could not be read.")
            }
        })?;
        Ok(JsonBody(parse_json(&bytes)?))
    }
}
