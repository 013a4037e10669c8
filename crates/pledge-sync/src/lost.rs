//! What the platform lost: after a restore from backup it may no longer
//! hold pledges it acknowledged. The laptop keeps every signed pledge, so
//! it asks the platform what it holds of each device whose pledges it
//! delivered (its own; on a staff laptop also those it forwarded) and puts
//! whatever is lacking back in the queue.

use std::sync::Mutex;

use pledge_core::wire::Reconcile;
use pledge_store::{Identity, Store};

use crate::engine::with_store;
use crate::{Platform, SyncError};

/// One device's pledges the platform lacked, and how many went back to
/// the queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Lost {
    pub device_id: String,
    pub missing: Vec<u64>,
    pub requeued: u64,
}

/// The sequence numbers of `ours` the platform does not hold: it holds
/// 1..=highest except `missing_seqs`, where highest = count + gaps.
pub(crate) fn lacking(server: &Reconcile, ours: &[u64]) -> Vec<u64> {
    let highest = server.count + server.missing_seqs.len() as u64;
    ours.iter()
        .copied()
        .filter(|seq| *seq > highest || server.missing_seqs.contains(seq))
        .collect()
}

/// Asks the platform about each device with acknowledged pledges here and
/// re-queues what it lacks. A device the platform will not tell this
/// laptop about (a delegate laptop holding another's pledges) is skipped.
pub(crate) async fn requeue_lost(
    store: &Mutex<Store>,
    platform: &Platform,
    identity: &Identity,
) -> Result<Vec<Lost>, SyncError> {
    let mut devices = with_store(store, |s| s.acknowledged_devices())?;
    // the own device first, and always (its answer says "nothing missing")
    devices.retain(|d| *d != identity.device_id);
    devices.insert(0, identity.device_id.clone());
    let mut found = Vec::new();
    for device_id in devices {
        let server = if device_id == identity.device_id {
            platform.reconcile().await?
        } else {
            match platform.reconcile_forwarded(&device_id).await {
                Ok(server) => server,
                Err(SyncError::Refused { status: 403, .. }) => continue,
                Err(e) => return Err(e),
            }
        };
        let ours = with_store(store, |s| s.acknowledged_device_seqs(&device_id))?;
        let missing = lacking(&server, &ours);
        let requeued = if missing.is_empty() {
            0
        } else {
            with_store(store, |s| s.requeue_lost(&device_id, &missing))?
        };
        found.push(Lost {
            device_id,
            missing,
            requeued,
        });
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use pledge_core::wire::Reconcile;

    use super::lacking;

    #[test]
    fn lacking_is_above_the_highest_held_or_in_a_gap() {
        let server = Reconcile {
            max_contiguous_seq: 2,
            count: 3,
            missing_seqs: vec![3],
        };
        assert_eq!(lacking(&server, &[1, 2, 3, 4, 5, 6]), vec![3, 5, 6]);
        let empty = Reconcile {
            max_contiguous_seq: 0,
            count: 0,
            missing_seqs: vec![],
        };
        assert_eq!(lacking(&empty, &[1, 2]), vec![1, 2]);
    }
}
