use std::path::PathBuf;

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
    #[error("The data directory could not be used: {0}")]
    DataDir(String),
    #[error("The database could not be updated to this version: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    #[error("The database reported an error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("The stored draft could not be read: {0}")]
    Json(#[from] serde_json::Error),
}

impl StoreError {
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NewerDatabase { .. } => "newer_database",
            StoreError::Corrupt { .. } => "corrupt_database",
            StoreError::DraftNotFound(_) => "draft_not_found",
            StoreError::StaleRevision { .. } => "stale_revision",
            StoreError::DraftTooLarge { .. } => "draft_too_large",
            StoreError::DataDir(_) => "data_dir",
            StoreError::DraftSealed(_) => "draft_sealed",
            StoreError::PledgeNotFound(_) => "pledge_not_found",
            StoreError::NotSignable(_) => "not_signable",
            StoreError::Signatories(_) => "invalid_signatories",
            StoreError::NoEvent => "no_event",
            StoreError::InvalidEventId => "invalid_event_id",
            StoreError::KeyMissing { .. } => "key_missing",
            StoreError::KeyUnreadable { .. } => "key_unreadable",
            StoreError::Migration(_) => "migration_failed",
            StoreError::Sqlite(_) => "database_error",
            StoreError::Json(_) => "stored_data_invalid",
        }
    }
}
