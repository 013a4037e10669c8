//! End-of-event reconciliation: the store's per-device picture, plus what
//! the platform says it is missing of this device's sequence numbers. An
//! unreachable platform is reported in the answer, not as a failure: the
//! local half is what staff need most when offline.

use std::sync::Mutex;

use pledge_store::{Identity, Reconciliation, ServerCheck, Store};

use crate::engine::{enrolled_platform, with_store};
use crate::SyncError;

pub async fn reconcile(
    store: &Mutex<Store>,
    identity: &Identity,
) -> Result<Reconciliation, SyncError> {
    let mut local = with_store(store, |s| s.reconcile_local())?;
    match server_missing(store).await {
        Ok(missing) => {
            local.server = ServerCheck {
                checked: true,
                error: None,
            };
            if let Some(own) = local
                .devices
                .iter_mut()
                .find(|d| d.device_id == identity.device_id)
            {
                own.server_missing = Some(missing);
            }
        }
        Err(e) => {
            local.server = ServerCheck {
                checked: false,
                error: Some(e.report()),
            }
        }
    }
    Ok(local)
}

/// The platform's `missing_seqs` for this device.
async fn server_missing(store: &Mutex<Store>) -> Result<Vec<u64>, SyncError> {
    let platform = enrolled_platform(store)?;
    platform.health().await?;
    Ok(platform.reconcile().await?.missing_seqs)
}
