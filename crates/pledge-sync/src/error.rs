use std::time::Duration;

use pledge_core::{ErrorCode, ErrorReport};
use pledge_store::StoreError;

/// Why a sync did not complete. Messages say what to do; `is_transient`
/// decides whether the engine retries on its own.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("The server address {0:?} is not valid: use https://…, or http:// only for this computer (localhost).")]
    InvalidAddress(String),
    #[error("The platform cannot be reached ({0}). Pledges stay queued and go out when it can be reached.")]
    Offline(String),
    #[error("The platform's certificate is not trusted by this computer ({0}). If the platform uses a private certificate authority, add that authority's certificate to this computer's trust store (Debian/Ubuntu: copy it to /usr/local/share/ca-certificates/NAME.crt, run `sudo update-ca-certificates`, then restart Pledge Desk); otherwise ask the platform's operator to fix its certificate. Pledges stay queued.")]
    Certificate(String),
    #[error("The address answers, but not as the P2C pledge platform (a captive portal or another service?). Check the server address, or sign in to the network first.")]
    NotPlatform,
    #[error("This laptop is not enrolled with the platform yet: enter the server address and the event's enrolment code in Settings.")]
    NotEnrolled,
    #[error("The platform refused: {message}")]
    Refused {
        status: u16,
        code: String,
        message: String,
        retry_after: Option<Duration>,
    },
    /// The platform answered but cannot serve right now (5xx, say its
    /// database is down): nothing is lost, the engine tries again.
    #[error(
        "The platform is having trouble ({message}) [{code}]. Pledges stay queued; it will retry."
    )]
    Trouble {
        status: u16,
        code: String,
        message: String,
        retry_after: Option<Duration>,
    },
    #[error("The platform gave an answer that cannot be read ({0}). Pledges stay queued; it will be tried again.")]
    BadAnswer(String),
    /// Something on this laptop, not the platform, stopped the sync (a lock
    /// left unusable by an earlier failure, a bundle that could not be
    /// sealed). Not retried on its own: nothing would change.
    #[error("This laptop could not prepare the sync ({0}). Pledges stay queued. Restart Pledge Desk; if it happens again, copy the diagnostics for the support staff.")]
    Local(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SyncError {
    /// Worth trying again later without anyone changing anything.
    pub fn is_transient(&self) -> bool {
        match self {
            // A certificate can be fixed on the platform's side meanwhile.
            SyncError::Offline(_)
            | SyncError::Certificate(_)
            | SyncError::BadAnswer(_)
            | SyncError::Trouble { .. } => true,
            SyncError::Refused { status, .. } => *status >= 500 || *status == 408 || *status == 429,
            _ => false,
        }
    }

    /// What the server asked us to wait, if anything.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            SyncError::Refused { retry_after, .. } | SyncError::Trouble { retry_after, .. } => {
                *retry_after
            }
            _ => None,
        }
    }

    /// The stable code the window and the `pledge` command key on. A
    /// platform's refusal is `refused`; its own code is `platform_code()`.
    pub fn code(&self) -> ErrorCode {
        match self {
            SyncError::InvalidAddress(_) => ErrorCode::InvalidAddress,
            SyncError::Offline(_) => ErrorCode::Offline,
            SyncError::Certificate(_) => ErrorCode::CertificateUntrusted,
            SyncError::NotPlatform => ErrorCode::NotPlatform,
            SyncError::NotEnrolled => ErrorCode::NotEnrolled,
            SyncError::Refused { .. } => ErrorCode::Refused,
            SyncError::Trouble { .. } => ErrorCode::PlatformTrouble,
            SyncError::BadAnswer(_) => ErrorCode::BadAnswer,
            SyncError::Local(_) => ErrorCode::LocalFailure,
            SyncError::Store(e) => e.code(),
        }
    }

    /// The platform's own code of a refusal (`revoked_device`, …).
    pub fn platform_code(&self) -> Option<&str> {
        match self {
            SyncError::Refused { code, .. } | SyncError::Trouble { code, .. } => Some(code),
            _ => None,
        }
    }

    /// What the window's sentence for this code names.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        match self {
            SyncError::InvalidAddress(address) => vec![("address", address.clone())],
            SyncError::Offline(detail)
            | SyncError::BadAnswer(detail)
            | SyncError::Local(detail)
            | SyncError::Certificate(detail) => {
                vec![("detail", detail.clone())]
            }
            SyncError::Refused {
                status,
                code,
                message,
                ..
            }
            | SyncError::Trouble {
                status,
                code,
                message,
                ..
            } => vec![
                ("status", status.to_string()),
                ("platform_code", code.clone()),
                ("detail", message.clone()),
            ],
            SyncError::NotPlatform | SyncError::NotEnrolled => vec![],
            SyncError::Store(e) => e.params(),
        }
    }

    /// The failure as the window reports it.
    pub fn report(&self) -> ErrorReport {
        ErrorReport::new(self.code(), self.params(), self.to_string())
    }

    /// The code as the `pledge` command prints it: `refused: revoked_device`.
    pub fn printed_code(&self) -> String {
        match self.platform_code() {
            Some(platform) => format!("{}: {platform}", self.code()),
            None => self.code().to_string(),
        }
    }
}
