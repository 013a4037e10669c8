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
    #[error("The address answers, but not as the P2C pledge platform (a captive portal or another service?). Check the server address, or sign in to the network first.")]
    NotPlatform,
    #[error("This laptop is not enrolled with the platform yet: enter the server address and the event's enrolment code in Settings.")]
    NotEnrolled,
    #[error("The platform refused: {message} [{code}]")]
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
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SyncError {
    /// Worth trying again later without anyone changing anything.
    pub fn is_transient(&self) -> bool {
        match self {
            SyncError::Offline(_) | SyncError::BadAnswer(_) | SyncError::Trouble { .. } => true,
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

    pub fn code(&self) -> &str {
        match self {
            SyncError::InvalidAddress(_) => "invalid_address",
            SyncError::Offline(_) => "offline",
            SyncError::NotPlatform => "not_platform",
            SyncError::NotEnrolled => "not_enrolled",
            SyncError::Refused { code, .. } => code,
            // the window says it in the person's language; the platform's
            // own code stays in the message
            SyncError::Trouble { .. } => "platform_trouble",
            SyncError::BadAnswer(_) => "bad_answer",
            SyncError::Store(e) => e.code(),
        }
    }
}
