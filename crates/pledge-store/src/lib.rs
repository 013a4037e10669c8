//! The desktop's local store (DESIGN.md §6): one SQLite file in the data
//! directory, opened in WAL mode with `synchronous=FULL`, migrated atomically,
//! refusing files it does not understand rather than touching them.

mod backup;
mod batches;
mod bundle_export;
mod bundle_import;
mod carried;
mod disk;
mod drafts;
mod error;
mod identity;
mod key_file;
mod lists;
mod machine;
mod migrations;
mod open;
mod outbox;
mod paths;
mod pledges;
mod reconcile;
mod reconcile_file;
mod report;
mod review;
mod search;
mod settings;
mod staff;

pub use backup::{
    apply_pending_restore, backups_dir, check_file, list_snapshots, newest_good_snapshot,
    restore_pending, stage_restore, take_snapshot, BackupError, ChangeMarker, Snapshot,
    BACKUPS_DIR, KEEP_SNAPSHOTS, PENDING_RESTORE_FILE,
};
pub use batches::{BatchDetail, BatchSummary};
pub use bundle_export::{write_whole_file, BundleExported, BundleSelection};
pub use bundle_import::{
    parse_bundle, read_bundle, verify_bundle, BundleImported, BundleVerified, ImportOutcome,
    ImportedItem, VerifiedItem, MAX_BUNDLE_BYTES,
};
pub use carried::{self_consistent, BundlePreview, CarriedDevice};
pub use disk::{io_is_disk_full, sqlite_is_disk_full};
pub use drafts::{DraftQuery, DraftRecord, DraftSummary, SavedDraft, MAX_DRAFT_BYTES};
pub use error::StoreError;
pub use identity::{retired_key_file, Identity, RenewalReason, RetiredIdentity, KEY_FILE};
pub use lists::{Page, DEFAULT_PAGE, MAX_PAGE};
pub use machine::{machine_hash_of, MACHINE_ID_ENV};
pub use open::{Clock, ConnectionSettings, Store};
pub use outbox::{OutboxCounts, OutgoingPledge};
pub use paths::{data_dir, database_path, DATABASE_FILE, DATA_DIR_ENV};
pub use pledges::{OutboxState, PledgeRecord, PledgeSummary, SignedBytes};
pub use reconcile::{DeviceReconciliation, Reconciliation, ServerCheck};
pub use reconcile_file::RECONCILIATION_COLUMNS;
pub use review::{ReviewFilter, ReviewItem};
pub use settings::{
    EventSettings, DEFAULT_DELEGATE_IDLE_SECS, DELEGATE_IDLE_RANGE, SYNC_TOKEN_SETTINGS,
};
pub use staff::{StaffSession, StaffSettings, StaffStatus, MAX_PIN, MIN_PIN, TRIES_BEFORE_LOCKOUT};

/// RFC 3339 UTC with seconds and `Z` (DESIGN.md §2).
pub(crate) fn timestamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}
