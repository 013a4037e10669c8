//! End-of-event reconciliation: the store's per-device picture, plus what
//! the platform says it lacks of each device whose pledges this laptop
//! delivered (its own; a staff laptop's forwarded ones too). What it lacks
//! is queued again (it was restored from a backup). An unreachable
//! platform is reported in the answer, not as a failure: the local half is
//! what staff need most when offline.

use std::sync::Mutex;

use pledge_store::{Identity, Reconciliation, ServerCheck, Store};

use crate::engine::{enrolled_platform, with_store};
use crate::lost::{requeue_lost, Lost};
use crate::SyncError;

pub async fn reconcile(
    store: &Mutex<Store>,
    identity: &Identity,
) -> Result<Reconciliation, SyncError> {
    // the platform first, so the local counts show what was re-queued
    let lost = server_lost(store, identity).await;
    let mut local = with_store(store, |s| s.reconcile_local())?;
    match lost {
        Ok(lost) => {
            local.server = ServerCheck {
                checked: true,
                error: None,
            };
            for device in &mut local.devices {
                if let Some(l) = lost.iter().find(|l| l.device_id == device.device_id) {
                    device.server_missing = Some(l.missing.clone());
                    device.requeued = l.requeued;
                }
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

/// What the platform lacks, per device, once re-queued.
async fn server_lost(store: &Mutex<Store>, identity: &Identity) -> Result<Vec<Lost>, SyncError> {
    let platform = enrolled_platform(store)?;
    platform.health().await?;
    requeue_lost(store, &platform, identity).await
}
