//! Every error code a person can be shown, in one list: the store's, the
//! sync engine's, the desktop shell's and the receipt writer's. The `pledge`
//! command prints these names, the window receives them over IPC and says
//! each in the reader's language (one sentence per code in every catalogue,
//! typed to be complete), and `ui/src/generated/types.ts` is generated from
//! this enum, so a code added here cannot be forgotten there.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use strum::{EnumIter, IntoEnumIterator, IntoStaticStr};
use ts_rs::TS;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, EnumIter, IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ErrorCode {
    // The database and the data directory.
    /// Written by a newer version of Pledge Desk.
    NewerDatabase,
    /// Damaged, or not a Pledge Desk database.
    CorruptDatabase,
    /// The data directory cannot be used.
    DataDir,
    MigrationFailed,
    DatabaseError,
    StoredDataInvalid,
    /// The disk holding the data directory (or the chosen file) is full.
    DiskFull,
    // Drafts and pledges.
    /// A list was asked from a position it does not have.
    InvalidCursor,
    DraftNotFound,
    PledgeNotFound,
    StaleRevision,
    DraftTooLarge,
    /// A signed draft cannot change; amend the pledge.
    DraftSealed,
    NotSignable,
    InvalidSignatories,
    /// Signing needs the event first (Settings).
    NoEvent,
    InvalidEventId,
    /// The device key is missing while pledges were signed with it.
    KeyMissing,
    KeyUnreadable,
    /// This laptop took a new device identity (an imaged copy): sign again.
    IdentityRenewed,
    /// No font on this computer has the letters of a typed signature.
    NoFont,
    /// A typed signature is empty.
    EmptySignature,
    /// A typed signature is too long to draw.
    SignatureTooLarge,
    // Staff mode.
    StaffOnly,
    StaffLocked,
    WrongPin,
    PinLockedOut,
    PinNotSet,
    InvalidPin,
    // Batches, exports and bundles.
    InvalidBatchName,
    BatchNotFound,
    AlreadyBatched,
    BatchSubmitted,
    NothingToExport,
    /// No file path was given.
    NoPath,
    FileUnreadable,
    FileUnwritable,
    BundleTooLarge,
    BundleInvalid,
    BundleTampered,
    BundleWrongEvent,
    BundleUnknownDevice,
    /// A spreadsheet export could not be built.
    ExportFailed,
    /// The receipt PDF could not be made.
    ReceiptFailed,
    // Backups.
    BackupFailed,
    BackupNotFound,
    BackupDamaged,
    // The platform.
    InvalidAddress,
    Offline,
    NotPlatform,
    /// The platform's TLS certificate is not trusted by this computer.
    CertificateUntrusted,
    NotEnrolled,
    /// The platform refused; its own code and words are in the params.
    Refused,
    /// The platform answered 5xx (its database is down, say): it retries.
    PlatformTrouble,
    BadAnswer,
    /// This laptop, not the platform, stopped the sync; not retried alone.
    LocalFailure,
    // Anything else: a bug, with its detail for the diagnostics.
    Internal,
}

impl ErrorCode {
    /// The code as printed and sent: `draft_not_found`.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub fn all() -> impl Iterator<Item = ErrorCode> {
        ErrorCode::iter()
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether an I/O error means there is no room left to write (`disk_full`):
/// the file system's full disk or quota, whichever layer saw it.
pub fn io_is_disk_full(e: &std::io::Error) -> bool {
    if matches!(
        e.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    ) {
        return true;
    }
    // ENOSPC and EDQUOT on Linux; ENOSPC is 28 on every Unix and Windows'
    // ERROR_DISK_FULL (112) / ERROR_HANDLE_DISK_FULL (39) map to StorageFull.
    matches!(e.raw_os_error(), Some(28) | Some(122))
}

/// So that a test or a caller can compare with the printed name.
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// A failure as it reaches a person: the code the sentence is chosen by,
/// the values the sentence names, and the English sentence for logs and
/// the diagnostics file (never shown in place of the catalogue's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ErrorReport {
    pub code: ErrorCode,
    pub params: BTreeMap<String, String>,
    pub message: String,
}

impl ErrorReport {
    pub fn new(
        code: ErrorCode,
        params: Vec<(&'static str, String)>,
        message: impl Into<String>,
    ) -> Self {
        ErrorReport {
            code,
            params: params.into_iter().map(|(k, v)| (k.to_owned(), v)).collect(),
            message: message.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_name_is_the_serialised_name() {
        for code in ErrorCode::all() {
            assert_eq!(
                serde_json::to_value(code).unwrap(),
                serde_json::Value::String(code.as_str().to_owned())
            );
        }
        assert_eq!(ErrorCode::DraftNotFound.as_str(), "draft_not_found");
    }
}
