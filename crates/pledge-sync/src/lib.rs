//! The sync engine (DESIGN.md §4): delivers every signed pledge to the
//! platform exactly once, when connectivity allows, and brings back what
//! the platform did with it.

mod client;
mod engine;
mod enrolment;
mod error;
mod lost;
mod network;
mod reconcile;
mod service;
mod upload;

pub use client::{check_address, Platform};
pub use engine::{
    load_config, set_server, sync_once, Progress, SyncConfig, SyncReport, CURSOR_AHEAD,
};
pub use enrolment::enroll;
pub use error::SyncError;
pub use reconcile::reconcile;
pub use service::{
    start, start_with, SyncService, SyncStatus, Timings, BACKOFF_MAX, BACKOFF_MIN, HEALTH_INTERVAL,
    PENDING_INTERVAL,
};
pub use upload::{upload_bundle_file, BundleUploaded, UploadOutcome, UploadedItem};
