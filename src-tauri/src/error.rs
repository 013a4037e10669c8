//! Errors as they cross IPC: `{code, message, fields?}`, never a bare string.

use pledge_core::Problem;
use pledge_store::StoreError;
use serde::Serialize;
use ts_rs::TS;

/// Stable codes the UI can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The database cannot be opened (damaged, newer version, no data directory).
    StoreUnavailable,
    NotFound,
    StaleRevision,
    TooLarge,
    /// A signed draft or pledge cannot change; amend it.
    Sealed,
    /// Signing needs settings first (the event).
    NeedsSetup,
    /// The device key is missing or unusable; the message says how to recover.
    KeyUnavailable,
    /// The platform could not be reached or refused; the message says why.
    Sync,
    /// A backup or restore failed; the message says why (disk full, damaged snapshot).
    Backup,
    Invalid,
    Internal,
    /// Delegate mode: this needs staff mode (the PIN).
    StaffOnly,
    /// Staff mode locked itself after inactivity.
    StaffLocked,
    WrongPin,
    PinLockedOut,
    PinNotSet,
    InvalidPin,
    InvalidBatchName,
    AlreadyBatched,
    BatchSubmitted,
    NothingToExport,
    FileUnwritable,
    FileUnreadable,
    BundleInvalid,
    BundleTampered,
    BundleWrongEvent,
    BundleUnknownDevice,
    BundleTooLarge,
    /// No font on this computer has the letters of a typed signature.
    NoFont,
    /// The disk is full: nothing was written; free space or move the data directory.
    DiskFull,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct AppError {
    pub code: ErrorCode,
    /// A sentence for the person at the screen, saying what to do.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub fields: Option<Vec<Problem>>,
}

impl AppError {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        AppError {
            code,
            message: message.into(),
            fields: None,
        }
    }
}

impl From<pledge_report::TypedSignatureError> for AppError {
    fn from(e: pledge_report::TypedSignatureError) -> Self {
        use pledge_report::TypedSignatureError as E;
        let code = match e {
            E::Empty => ErrorCode::Invalid,
            E::NoFont => ErrorCode::NoFont,
            E::TooLarge => ErrorCode::TooLarge,
        };
        AppError::new(code, e.to_string())
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        let code = match &e {
            StoreError::NewerDatabase { .. }
            | StoreError::Corrupt { .. }
            | StoreError::DataDir(_) => ErrorCode::StoreUnavailable,
            StoreError::DraftNotFound(_)
            | StoreError::PledgeNotFound(_)
            | StoreError::BatchNotFound(_) => ErrorCode::NotFound,
            StoreError::StaffOnly => ErrorCode::StaffOnly,
            StoreError::StaffLocked { .. } => ErrorCode::StaffLocked,
            StoreError::WrongPin { .. } => ErrorCode::WrongPin,
            StoreError::PinLockedOut { .. } => ErrorCode::PinLockedOut,
            StoreError::PinNotSet => ErrorCode::PinNotSet,
            StoreError::InvalidPin => ErrorCode::InvalidPin,
            StoreError::InvalidBatchName => ErrorCode::InvalidBatchName,
            StoreError::AlreadyBatched { .. } => ErrorCode::AlreadyBatched,
            StoreError::BatchSubmitted(_) => ErrorCode::BatchSubmitted,
            StoreError::NothingToExport(_) => ErrorCode::NothingToExport,
            StoreError::FileUnwritable { .. } => ErrorCode::FileUnwritable,
            StoreError::FileUnreadable { .. } => ErrorCode::FileUnreadable,
            StoreError::BundleInvalid(_) => ErrorCode::BundleInvalid,
            StoreError::BundleTampered(_) => ErrorCode::BundleTampered,
            StoreError::BundleWrongEvent { .. } => ErrorCode::BundleWrongEvent,
            StoreError::BundleUnknownDevice(_) => ErrorCode::BundleUnknownDevice,
            StoreError::BundleTooLarge { .. } => ErrorCode::BundleTooLarge,
            StoreError::StaleRevision { .. } => ErrorCode::StaleRevision,
            StoreError::DraftTooLarge { .. } => ErrorCode::TooLarge,
            StoreError::DraftSealed(_) => ErrorCode::Sealed,
            StoreError::NotSignable(_)
            | StoreError::Signatories(_)
            | StoreError::InvalidEventId
            | StoreError::InvalidCursor(_) => ErrorCode::Invalid,
            StoreError::NoEvent => ErrorCode::NeedsSetup,
            StoreError::KeyMissing { .. } | StoreError::KeyUnreadable { .. } => {
                ErrorCode::KeyUnavailable
            }
            StoreError::DiskFull { .. } => ErrorCode::DiskFull,
            StoreError::Migration(_) | StoreError::Sqlite(_) | StoreError::Json(_) => {
                ErrorCode::Internal
            }
        };
        let fields = match &e {
            StoreError::NotSignable(problems) => Some(problems.clone()),
            _ => None,
        };
        AppError {
            code,
            message: e.to_string(),
            fields,
        }
    }
}
