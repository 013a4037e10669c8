//! Errors as RFC 9457 `application/problem+json` with the stable `code` of
//! DESIGN.md §4. Detail texts never carry tokens, codes, keys or contact
//! details.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use pledge_core::wire::ProblemDetails;

use crate::db::DbError;

pub const PROBLEM_JSON: &str = "application/problem+json";

/// The `Retry-After` (seconds) of a 503 `database_unavailable`.
pub const DATABASE_RETRY_AFTER: u64 = 5;

/// An error answer. `code` is stable; `detail` is an English sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: &'static str,
    pub detail: Option<String>,
    /// Seconds, sent as `Retry-After` (429, 503).
    pub retry_after: Option<u64>,
    /// The database failed this request (counted in the metrics).
    pub from_database: bool,
}

/// Marks an answer the database failed, with its problem code, for the
/// metrics layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatabaseFailure(pub &'static str);

impl ApiError {
    pub fn new(status: StatusCode, code: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError {
            status,
            code,
            detail: Some(detail.into()),
            retry_after: None,
            from_database: false,
        }
    }

    pub fn bad_request(code: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, code, detail)
    }

    pub fn unauthorized(detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNAUTHORIZED, "unauthorized", detail)
    }

    pub fn forbidden(code: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::FORBIDDEN, code, detail)
    }

    pub fn not_found(code: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, code, detail)
    }

    pub fn too_large(code: &'static str, detail: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, code, detail)
    }

    /// 503 `database_unavailable`: the database cannot be reached; nothing
    /// was stored by this request. Clients retry after `Retry-After`.
    pub fn database_unavailable() -> ApiError {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "database_unavailable",
            "The platform's database cannot be reached; nothing was stored by this request. Try again later.",
        )
        .retry_after(DATABASE_RETRY_AFTER)
    }

    pub fn retry_after(mut self, seconds: u64) -> ApiError {
        self.retry_after = Some(seconds.max(1));
        self
    }

    pub fn body(&self) -> ProblemDetails {
        ProblemDetails {
            type_: "about:blank".into(),
            title: self.status.canonical_reason().unwrap_or("Error").into(),
            status: self.status.as_u16(),
            code: self.code.into(),
            detail: self.detail.clone(),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = serde_json::to_vec(&self.body()).unwrap_or_default();
        let mut response = (self.status, body).into_response();
        if self.from_database {
            response.extensions_mut().insert(DatabaseFailure(self.code));
        }
        let headers = response.headers_mut();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(PROBLEM_JSON));
        if let Some(seconds) = self.retry_after {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        // A bearer token helps only where one is asked for (not at enrolment).
        if self.status == StatusCode::UNAUTHORIZED && self.code == "unauthorized" {
            headers.insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> ApiError {
        let failed = match e {
            DbError::NotFound => {
                return ApiError::not_found("not_found", "Nothing is stored under this id.")
            }
            DbError::Busy => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "database_busy",
                "The platform's database is busy; try again shortly.",
            )
            .retry_after(2),
            DbError::Unavailable(cause) => {
                tracing::error!(error = %cause, "database unavailable");
                ApiError::database_unavailable()
            }
            other => {
                tracing::error!(error = %other, "database error");
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "internal_error",
                    "The platform could not complete the request; nothing was stored by it.",
                )
            }
        };
        ApiError {
            from_database: true,
            ..failed
        }
    }
}

/// 404 for paths the platform does not serve.
pub async fn no_such_path() -> ApiError {
    ApiError::not_found("no_such_path", "The platform serves no such path.")
}

/// 405 for a known path called with another method.
pub async fn wrong_method() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "This path does not accept that method.",
    )
}
