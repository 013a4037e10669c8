//! Errors as they cross IPC: `{code, params, message, fields?}`, never a bare
//! string. The code is one of `pledge_core::ErrorCode` (the one list the
//! window's catalogues are typed against); the window says it in the
//! reader's language with `params`; `message` is the English sentence for
//! logs and diagnostics.

use std::collections::BTreeMap;

use pledge_core::{ErrorCode, ErrorReport, Problem};
use pledge_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct AppError {
    pub code: ErrorCode,
    /// The values the window's sentence names (a path, a count, …).
    pub params: BTreeMap<String, String>,
    /// The English sentence, for logs and diagnostics.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub fields: Option<Vec<Problem>>,
}

impl AppError {
    /// A failure whose sentence names nothing.
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        AppError::with(code, vec![], message)
    }

    pub fn with(
        code: ErrorCode,
        params: Vec<(&'static str, String)>,
        message: impl Into<String>,
    ) -> Self {
        AppError::from(ErrorReport::new(code, params, message))
    }
}

impl From<ErrorReport> for AppError {
    fn from(r: ErrorReport) -> Self {
        AppError {
            code: r.code,
            params: r.params,
            message: r.message,
            fields: None,
        }
    }
}

impl From<pledge_report::TypedSignatureError> for AppError {
    fn from(e: pledge_report::TypedSignatureError) -> Self {
        use pledge_report::TypedSignatureError as E;
        let code = match e {
            E::Empty => ErrorCode::EmptySignature,
            E::NoFont => ErrorCode::NoFont,
            E::TooLarge => ErrorCode::SignatureTooLarge,
        };
        AppError::new(code, e.to_string())
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        let fields = match &e {
            StoreError::NotSignable(problems) => Some(problems.clone()),
            _ => None,
        };
        AppError {
            fields,
            ..AppError::with(e.code(), e.params(), e.to_string())
        }
    }
}

impl From<pledge_sync::SyncError> for AppError {
    fn from(e: pledge_sync::SyncError) -> Self {
        match e {
            pledge_sync::SyncError::Store(store) => store.into(),
            other => other.report().into(),
        }
    }
}
