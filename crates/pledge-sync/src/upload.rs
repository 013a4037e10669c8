//! Uploading a bundle file straight to the platform (DESIGN.md §5), for a
//! staff laptop that has a USB stick from a laptop that never got online.
//! The file is checked here first, so a tampered or truncated one is named
//! before anything is sent; then it goes up as it is.

use std::path::Path;
use std::sync::Mutex;

use pledge_core::wire::Outcome;
use pledge_store::{read_bundle, verify_bundle, Store};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::engine::enrolled_platform;
use crate::SyncError;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum UploadOutcome {
    Created,
    Duplicate,
    Conflict,
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct UploadedItem {
    pub pledge_id: Option<String>,
    pub outcome: UploadOutcome,
    pub code: Option<String>,
    pub message: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundleUploaded {
    #[ts(type = "number")]
    pub items: u64,
    #[ts(type = "number")]
    pub created: u64,
    #[ts(type = "number")]
    pub duplicate: u64,
    #[ts(type = "number")]
    pub conflict: u64,
    #[ts(type = "number")]
    pub rejected: u64,
    pub results: Vec<UploadedItem>,
}

/// Checks the bundle at `path` and uploads it with this laptop's enrolment.
pub async fn upload_bundle_file(
    store: &Mutex<Store>,
    path: &Path,
) -> Result<BundleUploaded, SyncError> {
    let bundle = read_bundle(path)?;
    verify_bundle(&bundle)?;
    let platform = enrolled_platform(store)?;
    let answer = platform.upload_bundle(&bundle).await?;
    let mut out = BundleUploaded {
        items: answer.results.len() as u64,
        ..Default::default()
    };
    for r in answer.results {
        let outcome = match r.outcome {
            Outcome::Created => {
                out.created += 1;
                UploadOutcome::Created
            }
            Outcome::Duplicate => {
                out.duplicate += 1;
                UploadOutcome::Duplicate
            }
            Outcome::Conflict => {
                out.conflict += 1;
                UploadOutcome::Conflict
            }
            Outcome::Rejected => {
                out.rejected += 1;
                UploadOutcome::Rejected
            }
        };
        out.results.push(UploadedItem {
            pledge_id: r.pledge_id,
            outcome,
            code: r.code,
            message: r.message,
        });
    }
    Ok(out)
}
