use std::path::PathBuf;

use pledge_core::ErrorCode;

/// What can go wrong in the store. Each message says what happened and what
/// to do; `code()` is the stable identifier the UI and other tools key on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "The database {path} was written by a newer version of Pledge Desk (schema version {found}; \
         this version understands up to {supported}). It was left untouched: install the newer \
         version of Pledge Desk to open it."
    )]
    NewerDatabase {
        path: PathBuf,
        found: i64,
        supported: usize,
    },
    #[error(
        "The database {path} is damaged or is not a Pledge Desk database ({detail}). It was left as \
         it is: restore a backup, or move the file aside to start with an empty one."
    )]
    Corrupt { path: PathBuf, detail: String },
    #[error("There is no draft {0}.")]
    DraftNotFound(String),
    #[error(
        "This draft was changed elsewhere (now at revision {current}, this copy is at {given}). \
         Reopen it to continue from the latest version."
    )]
    StaleRevision { current: i64, given: i64 },
    #[error(
        "The draft is too large to save ({bytes} bytes; at most {max}). Shorten the longest text."
    )]
    DraftTooLarge { bytes: usize, max: usize },
    #[error("This draft was signed as pledge {0} and can no longer change. Amend the pledge to make changes.")]
    DraftSealed(String),
    #[error(
        "\"{0}\" is not a position in this list: ask again without a cursor to start at the top."
    )]
    InvalidCursor(String),
    #[error("There is no signed pledge {0}.")]
    PledgeNotFound(String),
    #[error("The draft cannot be signed yet: {} thing(s) to complete.", .0.len())]
    NotSignable(Vec<pledge_core::Problem>),
    #[error("{0}")]
    Signatories(String),
    #[error("An event id is 3 to 64 lower-case letters, digits and hyphens, e.g. kigali-2022.")]
    InvalidEventId,
    #[error("Choose the event this laptop serves (Settings) before signing.")]
    NoEvent,
    #[error(
        "The device key {path} is missing, but pledges were signed on this laptop with it. Restore the \
         file from a backup of the data directory; Pledge Desk will not make a new identity on its own, \
         as that would orphan the pledges signed so far."
    )]
    KeyMissing { path: PathBuf },
    #[error("The device key {path} cannot be used ({detail}). Restore the file from a backup of the data directory.")]
    KeyUnreadable { path: PathBuf, detail: String },
    #[error("This laptop took a new device identity meanwhile; sign again.")]
    IdentityRenewed,
    #[error("A staff PIN is {min} to {max} digits.", min = crate::staff::MIN_PIN, max = crate::staff::MAX_PIN)]
    InvalidPin,
    #[error("No staff PIN is set yet: set one to open staff mode.")]
    PinNotSet,
    #[error("That PIN is not right. {left} more tr{} before staff mode locks for a while.", if *.left == 1 { "y" } else { "ies" })]
    WrongPin { left: u32 },
    #[error("Too many wrong PINs: staff mode is locked until {until}. Ask the event's staff lead if you forgot the PIN.")]
    PinLockedOut { until: String },
    #[error("This needs staff mode: open it with the staff PIN.")]
    StaffOnly,
    #[error(
        "Staff mode locked itself after {minutes} minute(s) without activity: enter the PIN again."
    )]
    StaffLocked { minutes: u64 },
    #[error("A batch name is 1 to 120 characters, e.g. \"Day 1 — morning session\".")]
    InvalidBatchName,
    #[error("There is no batch {0}.")]
    BatchNotFound(String),
    #[error("Pledge {pledge} is already in batch \"{batch}\"; a pledge belongs to one batch at most. Remove it there first.")]
    AlreadyBatched { pledge: String, batch: String },
    #[error("Batch \"{0}\" was submitted and can no longer change.")]
    BatchSubmitted(String),
    #[error("There is nothing to export: {0}")]
    NothingToExport(String),
    #[error("{path} could not be read ({detail}).")]
    FileUnreadable { path: PathBuf, detail: String },
    #[error("{path} could not be written ({detail}). Choose another folder or check the USB stick is plugged in and not full.")]
    FileUnwritable { path: PathBuf, detail: String },
    #[error("The bundle file is {bytes} bytes; bundles are at most {max} bytes. Export smaller batches.")]
    BundleTooLarge { bytes: u64, max: u64 },
    #[error("This is not a usable bundle file: {0} Nothing was imported.")]
    BundleInvalid(String),
    #[error("The bundle was changed after it was signed: {0} Nothing was imported; ask for a fresh export.")]
    BundleTampered(String),
    #[error(
        "The bundle is for event {bundle}, but this laptop serves {ours}. Nothing was imported."
    )]
    BundleWrongEvent { bundle: String, ours: String },
    #[error("{0} Nothing was imported.")]
    BundleUnknownDevice(String),
    #[error("The data directory could not be used: {0}")]
    DataDir(String),
    #[error(
        "The disk is full: {what} could not be written. Nothing saved before was lost. Free some \
         space on this disk, or move the data directory to a disk with room (set \
         PLEDGE_DESK_DATA_DIR), then try again."
    )]
    DiskFull { what: String },
    #[error("The database could not be updated to this version: {0}")]
    Migration(rusqlite_migration::Error),
    #[error("The database reported an error: {0}")]
    Sqlite(rusqlite::Error),
    #[error("The stored draft could not be read: {0}")]
    Json(#[from] serde_json::Error),
}

impl StoreError {
    /// The stable code the window, the `pledge` command and other tools key on.
    pub fn code(&self) -> ErrorCode {
        use ErrorCode as C;
        match self {
            StoreError::NewerDatabase { .. } => C::NewerDatabase,
            StoreError::Corrupt { .. } => C::CorruptDatabase,
            StoreError::DraftNotFound(_) => C::DraftNotFound,
            StoreError::StaleRevision { .. } => C::StaleRevision,
            StoreError::DraftTooLarge { .. } => C::DraftTooLarge,
            StoreError::DataDir(_) => C::DataDir,
            StoreError::InvalidCursor(_) => C::InvalidCursor,
            StoreError::DiskFull { .. } => C::DiskFull,
            StoreError::InvalidPin => C::InvalidPin,
            StoreError::PinNotSet => C::PinNotSet,
            StoreError::WrongPin { .. } => C::WrongPin,
            StoreError::PinLockedOut { .. } => C::PinLockedOut,
            StoreError::StaffOnly => C::StaffOnly,
            StoreError::StaffLocked { .. } => C::StaffLocked,
            StoreError::InvalidBatchName => C::InvalidBatchName,
            StoreError::BatchNotFound(_) => C::BatchNotFound,
            StoreError::AlreadyBatched { .. } => C::AlreadyBatched,
            StoreError::BatchSubmitted(_) => C::BatchSubmitted,
            StoreError::NothingToExport(_) => C::NothingToExport,
            StoreError::FileUnreadable { .. } => C::FileUnreadable,
            StoreError::FileUnwritable { .. } => C::FileUnwritable,
            StoreError::BundleTooLarge { .. } => C::BundleTooLarge,
            StoreError::BundleInvalid(_) => C::BundleInvalid,
            StoreError::BundleTampered(_) => C::BundleTampered,
            StoreError::BundleWrongEvent { .. } => C::BundleWrongEvent,
            StoreError::BundleUnknownDevice(_) => C::BundleUnknownDevice,
            StoreError::DraftSealed(_) => C::DraftSealed,
            StoreError::PledgeNotFound(_) => C::PledgeNotFound,
            StoreError::NotSignable(_) => C::NotSignable,
            StoreError::Signatories(_) => C::InvalidSignatories,
            StoreError::NoEvent => C::NoEvent,
            StoreError::InvalidEventId => C::InvalidEventId,
            StoreError::KeyMissing { .. } => C::KeyMissing,
            StoreError::KeyUnreadable { .. } => C::KeyUnreadable,
            StoreError::IdentityRenewed => C::IdentityRenewed,
            StoreError::Migration(_) => C::MigrationFailed,
            StoreError::Sqlite(_) => C::DatabaseError,
            StoreError::Json(_) => C::StoredDataInvalid,
        }
    }

    /// What the window's sentence for this code names: the values, never a
    /// sentence (the window says it in the reader's language).
    pub fn params(&self) -> Vec<(&'static str, String)> {
        let path = |p: &PathBuf| ("path", p.display().to_string());
        match self {
            StoreError::NewerDatabase {
                path: p,
                found,
                supported,
            } => vec![
                path(p),
                ("found", found.to_string()),
                ("supported", supported.to_string()),
            ],
            StoreError::Corrupt { path: p, detail } => vec![path(p), ("detail", detail.clone())],
            StoreError::DraftNotFound(id)
            | StoreError::PledgeNotFound(id)
            | StoreError::BatchNotFound(id)
            | StoreError::DraftSealed(id) => vec![("id", id.clone())],
            StoreError::StaleRevision { current, given } => vec![
                ("current", current.to_string()),
                ("given", given.to_string()),
            ],
            StoreError::DraftTooLarge { bytes, max } => {
                vec![("bytes", bytes.to_string()), ("max", max.to_string())]
            }
            StoreError::BundleTooLarge { bytes, max } => {
                vec![("bytes", bytes.to_string()), ("max", max.to_string())]
            }
            StoreError::NotSignable(problems) => vec![("count", problems.len().to_string())],
            StoreError::KeyMissing { path: p } => vec![path(p)],
            StoreError::KeyUnreadable { path: p, detail }
            | StoreError::FileUnreadable { path: p, detail }
            | StoreError::FileUnwritable { path: p, detail } => {
                vec![path(p), ("detail", detail.clone())]
            }
            StoreError::InvalidPin => vec![
                ("min", crate::staff::MIN_PIN.to_string()),
                ("max", crate::staff::MAX_PIN.to_string()),
            ],
            StoreError::WrongPin { left } => vec![("left", left.to_string())],
            StoreError::PinLockedOut { until } => vec![("until", until.clone())],
            StoreError::StaffLocked { minutes } => vec![("minutes", minutes.to_string())],
            StoreError::AlreadyBatched { pledge, batch } => {
                vec![("pledge", pledge.clone()), ("batch", batch.clone())]
            }
            StoreError::BatchSubmitted(name) => vec![("batch", name.clone())],
            StoreError::BundleWrongEvent { bundle, ours } => {
                vec![("bundle", bundle.clone()), ("ours", ours.clone())]
            }
            StoreError::NothingToExport(detail)
            | StoreError::BundleInvalid(detail)
            | StoreError::BundleTampered(detail)
            | StoreError::BundleUnknownDevice(detail)
            | StoreError::Signatories(detail)
            | StoreError::DataDir(detail) => vec![("detail", detail.clone())],
            StoreError::Migration(e) => vec![("detail", e.to_string())],
            StoreError::Sqlite(e) => vec![("detail", e.to_string())],
            StoreError::Json(e) => vec![("detail", e.to_string())],
            StoreError::DiskFull { what } => vec![("detail", what.clone())],
            StoreError::InvalidCursor(cursor) => vec![("cursor", cursor.clone())],
            StoreError::InvalidEventId | StoreError::NoEvent | StoreError::PinNotSet => vec![],
            StoreError::StaffOnly | StoreError::InvalidBatchName | StoreError::IdentityRenewed => {
                vec![]
            }
        }
    }
}

impl StoreError {
    /// A full disk while writing `what` (e.g. "the bundle file /media/usb/day1.p2cbundle").
    pub fn disk_full(what: impl Into<String>) -> StoreError {
        StoreError::DiskFull { what: what.into() }
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        if crate::disk::sqlite_is_disk_full(&e) {
            return StoreError::disk_full("the database");
        }
        StoreError::Sqlite(e)
    }
}

impl From<rusqlite_migration::Error> for StoreError {
    fn from(e: rusqlite_migration::Error) -> Self {
        if let rusqlite_migration::Error::RusqliteError { err, .. } = &e {
            if crate::disk::sqlite_is_disk_full(err) {
                return StoreError::disk_full("the database");
            }
        }
        StoreError::Migration(e)
    }
}
