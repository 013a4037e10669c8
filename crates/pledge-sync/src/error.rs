use std::time::Duration;

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
    /// Shown with its code where it is printed (`code()`), never twice.
    #[error("The platform refused: {message}")]
    Refused {
        status: u16,
        code: String,
        message: String,
        retry_after: Option<Duration>,
    },
    #[error("The platform gave an answer that cannot be read ({0}). Pledges stay queued; it will be tried again.")]
    BadAnswer(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SyncError {
    /// Worth trying again later without anyone changing anything.
    pub fn is_transient(&self) -> bool {
        match self {
            // A certificate can be fixed on the platform's side meanwhile.
            SyncError::Offline(_) | SyncError::Certificate(_) | SyncError::BadAnswer(_) => true,
            SyncError::Refused { status, .. } => *status >= 500 || *status == 408 || *status == 429,
            _ => false,
        }
    }

    /// What the server asked us to wait, if anything.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            SyncError::Refused { retry_after, .. } => *retry_after,
            _ => None,
        }
    }

    pub fn code(&self) -> &str {
        match self {
            SyncError::InvalidAddress(_) => "invalid_address",
            SyncError::Offline(_) => "offline",
            SyncError::Certificate(_) => "certificate_untrusted",
            SyncError::NotPlatform => "not_platform",
            SyncError::NotEnrolled => "not_enrolled",
            SyncError::Refused { code, .. } => code,
            SyncError::BadAnswer(_) => "bad_answer",
            SyncError::Store(e) => e.code(),
        }
    }
}
