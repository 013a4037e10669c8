//! One sync pass (DESIGN.md §4 client rules): check the platform is there,
//! push queued pledges in batches (halving on 413), pull status changes with
//! their cursor, and reconcile this device's sequence numbers.

use std::sync::Mutex;

use pledge_core::bundle::BundleBuilder;
use pledge_core::signing::b64_encode;
use std::collections::{HashMap, HashSet};

use pledge_core::wire::{
    Bundle, ItemResult, Outcome, Role, SignedItem, DEVICE_SEQ_REUSED, MAX_BATCH_BYTES,
    MAX_BATCH_ITEMS,
};
use pledge_store::{Identity, OutgoingPledge, Store, StoreError, SYNC_TOKEN_SETTINGS};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lost::requeue_lost;
use crate::{Platform, SyncError};

pub(crate) const SERVER_URL: &str = "sync.server_url";
const DEVICE_TOKEN: &str = SYNC_TOKEN_SETTINGS[0];
const ROLE: &str = SYNC_TOKEN_SETTINGS[1];
const STATUS_PAGE: u32 = 500;
/// The platform's answer to a feed cursor it does not hold (DESIGN.md §4).
pub const CURSOR_AHEAD: &str = "cursor_ahead";

/// Progress of a push, for the progress bar.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Progress {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
}

/// What one pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncReport {
    #[ts(type = "number")]
    pub requests: u64,
    #[ts(type = "number")]
    pub acknowledged: u64,
    #[ts(type = "number")]
    pub rejected: u64,
    #[ts(type = "number")]
    pub conflicts: u64,
    #[ts(type = "number")]
    pub status_changes: u64,
    /// Sequence numbers this device signed that the platform says it lacks.
    #[ts(type = "Array<number>")]
    pub missing_on_server: Vec<u64>,
    /// Pledges the platform had acknowledged but no longer held (restored
    /// from a backup), this laptop's own and those it forwarded: queued
    /// again and sent in the same pass.
    #[ts(type = "number")]
    pub requeued: u64,
    /// The platform's status feed did not hold this laptop's cursor
    /// (restored from a backup): it was read again from the beginning.
    pub feed_restarted: bool,
    /// Another laptop signs as this device (`device_seq_reused`): this
    /// laptop took the new device identity named here (and enrolled it
    /// when it kept its enrolment code).
    pub renewed_identity: Option<String>,
}

/// Where and as whom this device syncs (kept in the store's settings).
#[derive(Clone, PartialEq, Eq)]
pub struct SyncConfig {
    pub server_url: String,
    pub token: Option<String>,
    pub role: Option<Role>,
}

impl std::fmt::Debug for SyncConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncConfig")
            .field("server_url", &self.server_url)
            .field("enrolled", &self.token.is_some())
            .field("role", &self.role)
            .finish()
    }
}

pub(crate) fn with_store<T>(
    store: &Mutex<Store>,
    f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
) -> Result<T, SyncError> {
    let mut guard = store.lock().map_err(|_| {
        SyncError::Local("the local store is unavailable after an earlier failure".into())
    })?;
    Ok(f(&mut guard)?)
}

pub fn load_config(store: &Store) -> Result<Option<SyncConfig>, StoreError> {
    let Some(server_url) = store.setting(SERVER_URL)? else {
        return Ok(None);
    };
    let role = match store.setting(ROLE)?.as_deref() {
        Some("staff") => Some(Role::Staff),
        Some("delegate") => Some(Role::Delegate),
        _ => None,
    };
    Ok(Some(SyncConfig {
        server_url,
        token: store.setting(DEVICE_TOKEN)?,
        role,
    }))
}

/// Points the device at a platform without enrolling (tests, changing address).
pub fn set_server(store: &mut Store, server_url: &str) -> Result<(), SyncError> {
    let url = crate::client::check_address(server_url)?;
    store.set_setting(SERVER_URL, url.as_str())?;
    Ok(())
}

/// The platform this device is enrolled with, as this device.
pub(crate) fn enrolled_platform(store: &Mutex<Store>) -> Result<Platform, SyncError> {
    let config = with_store(store, |s| load_config(s))?.ok_or(SyncError::NotEnrolled)?;
    let token = config.token.ok_or(SyncError::NotEnrolled)?;
    Platform::new(&config.server_url, Some(token))
}

/// One full pass. Pledges marked `sending` go back to `queued` if the call
/// fails before an answer; nothing is marked sent without the server's word.
/// Whether the enrolled platform answers its health check (nothing else).
pub(crate) async fn probe(store: &Mutex<Store>) -> Result<(), SyncError> {
    enrolled_platform(store)?.health().await.map(|_| ())
}

pub async fn sync_once(
    store: &Mutex<Store>,
    identity: &Identity,
    on_progress: &(dyn Fn(Progress) + Send + Sync),
) -> Result<SyncReport, SyncError> {
    // the caller's identity may predate a renewal: sign and push as the current one
    let current = with_store(store, |s| s.device_id())?;
    let reloaded;
    let identity = if current.as_deref().is_some_and(|c| c != identity.device_id) {
        reloaded = with_store(store, |s| s.identity())?;
        &reloaded
    } else {
        identity
    };
    let platform = match enrolled_platform(store) {
        // a renewed identity enrols with the code the laptop enrolled with
        Err(SyncError::NotEnrolled) => {
            let config = with_store(store, |s| load_config(s))?.ok_or(SyncError::NotEnrolled)?;
            let platform = Platform::new(&config.server_url, None)?;
            platform.health().await?;
            crate::enrolment::reenroll(store, &platform, identity).await?;
            enrolled_platform(store)?
        }
        other => other?,
    };
    platform.health().await?;
    let mut report = SyncReport::default();
    let mut reused = push(store, &platform, identity, on_progress, &mut report).await?;
    pull(store, &platform, &mut report).await?;

    // reconcile: does the platform still hold every pledge it acknowledged?
    // What it lost (a restore from backup) goes out again in this pass.
    let lost = requeue_lost(store, &platform, identity).await?;
    report.requests += lost.len() as u64;
    for l in &lost {
        if l.device_id == identity.device_id {
            report.missing_on_server.clone_from(&l.missing);
        }
        report.requeued += l.requeued;
    }
    if report.requeued > 0 {
        reused |= push(store, &platform, identity, on_progress, &mut report).await?;
    }

    // another laptop signs as this device: everything signed so far went
    // out as that device; from now on this laptop is a device of its own
    if reused {
        let renewed = crate::enrolment::renew_and_reenroll(store, &platform);
        report.renewed_identity = Some(match renewed.await {
            Ok(identity) => identity.device_id,
            Err(SyncError::NotEnrolled) => {
                with_store(store, |s| s.device_id())?.unwrap_or_default()
            }
            Err(e) => return Err(e),
        });
    }
    Ok(report)
}

/// Pushes every queued pledge, in batches (halving on 413).
async fn push(
    store: &Mutex<Store>,
    platform: &Platform,
    identity: &Identity,
    on_progress: &(dyn Fn(Progress) + Send + Sync),
    report: &mut SyncReport,
) -> Result<bool, SyncError> {
    // another laptop signs as this device (`device_seq_reused`)
    let mut reused = false;
    let total = with_store(store, |s| s.outbox_counts())?.pending();
    let mut done = 0;
    let mut limit = MAX_BATCH_ITEMS;
    on_progress(Progress { done, total });
    loop {
        let batch = with_store(store, |s| {
            s.take_outgoing(limit, MAX_BATCH_BYTES - 64 * 1024)
        })?;
        if batch.is_empty() {
            return Ok(reused);
        }
        let ids: Vec<String> = batch.iter().map(|p| p.pledge_id.clone()).collect();
        let own: HashSet<&str> = batch
            .iter()
            .filter(|p| p.device_id == identity.device_id)
            .map(|p| p.pledge_id.as_str())
            .collect();
        let retired = with_store(store, |s| retired_tokens(s, &batch, identity))?;
        report.requests += 1;
        let (answered, failure) = deliver(platform, identity, &retired, &batch).await;
        if !answered.is_empty() {
            reused |= answered.iter().any(|(id, r)| {
                own.contains(id.as_str()) && r.code.as_deref() == Some(DEVICE_SEQ_REUSED)
            });
            let (sent, results): (Vec<String>, Vec<ItemResult>) = answered.into_iter().unzip();
            for r in &results {
                match r.outcome {
                    Outcome::Created | Outcome::Duplicate => report.acknowledged += 1,
                    Outcome::Rejected => report.rejected += 1,
                    Outcome::Conflict => report.conflicts += 1,
                }
            }
            with_store(store, |s| s.settle(&sent, &results))?;
            done += sent.len() as u64;
            on_progress(Progress {
                done,
                total: total.max(done),
            });
        }
        if let Some(e) = failure {
            // what got no answer goes back to the queue (settled ones are
            // no longer `sending`, so requeue leaves them alone)
            with_store(store, |s| s.requeue(&ids))?;
            match e {
                SyncError::Refused { status: 413, .. } if limit > 1 => limit /= 2,
                e => return Err(e),
            }
        }
    }
}

/// Pulls status changes, each page with its cursor in one transaction. A
/// cursor the platform's feed does not hold (`cursor_ahead`: it was
/// restored from a backup) starts the feed again from the beginning, once.
async fn pull(
    store: &Mutex<Store>,
    platform: &Platform,
    report: &mut SyncReport,
) -> Result<(), SyncError> {
    let mut started_over = false;
    loop {
        let cursor = with_store(store, |s| s.status_cursor())?;
        report.requests += 1;
        let feed = match platform.status_changes(&cursor, STATUS_PAGE).await {
            Err(SyncError::Refused { code, .. }) if code == CURSOR_AHEAD && !started_over => {
                started_over = true;
                report.feed_restarted = true;
                with_store(store, |s| s.reset_status_cursor())?;
                continue;
            }
            answer => answer?,
        };
        let n = feed.events.len();
        let unchanged = feed.next_cursor == cursor;
        with_store(store, |s| s.apply_status_changes(&feed))?;
        report.status_changes += n as u64;
        if n < STATUS_PAGE as usize || unchanged {
            return Ok(());
        }
    }
}

/// The tokens of this laptop's retired identities whose pledges are in
/// `batch`: they go out as the device that signed them.
fn retired_tokens(
    store: &Store,
    batch: &[OutgoingPledge],
    identity: &Identity,
) -> Result<HashMap<String, String>, StoreError> {
    let mut tokens = HashMap::new();
    for p in batch.iter().filter(|p| p.device_id != identity.device_id) {
        if !tokens.contains_key(&p.device_id) {
            if let Some(token) = store.retired_token(&p.device_id)? {
                tokens.insert(p.device_id.clone(), token);
            }
        }
    }
    Ok(tokens)
}

/// Sends one batch: this laptop's own pledges as a push, pledges signed on
/// other laptops (carried in by bundle) as a bundle sealed by this device,
/// so the platform learns their devices' keys (store and forward, §4).
/// Returns the answers it got, by pledge id, and the failure that stopped
/// it: a refused forward (say, this device is not staff) never holds back
/// this laptop's own pledges.
async fn deliver(
    platform: &Platform,
    identity: &Identity,
    retired: &HashMap<String, String>,
    batch: &[OutgoingPledge],
) -> (Vec<(String, ItemResult)>, Option<SyncError>) {
    let item = |p: &OutgoingPledge| SignedItem {
        signed: b64_encode(&p.signed),
        signature: b64_encode(&p.signature),
    };
    let mut answered = Vec::with_capacity(batch.len());
    // this laptop's own pledges, then those of its retired identities (each
    // with its own token), then pledges signed elsewhere
    let mut pushes: Vec<(Option<&str>, Vec<&OutgoingPledge>)> = Vec::new();
    let mut foreign = Vec::new();
    for p in batch {
        let token = if p.device_id == identity.device_id {
            None
        } else if let Some(t) = retired.get(&p.device_id) {
            Some(t.as_str())
        } else {
            foreign.push(p);
            continue;
        };
        match pushes.iter_mut().find(|(t, _)| *t == token) {
            Some((_, group)) => group.push(p),
            None => pushes.push((token, vec![p])),
        }
    }
    pushes.sort_by_key(|(t, _)| t.is_some());
    for (token, group) in pushes {
        let answer = match token {
            None => platform.push(group.iter().map(|p| item(p)).collect()).await,
            Some(t) => match Platform::new(platform.address(), Some(t.to_owned())) {
                Ok(retired) => retired.push(group.iter().map(|p| item(p)).collect()).await,
                Err(e) => Err(e),
            },
        };
        if let Err(e) = answer.and_then(|a| place(&mut answered, &group, a.results)) {
            return (answered, Some(e));
        }
    }
    if !foreign.is_empty() {
        let answer = match forwarding_bundle(identity, foreign.iter().copied()) {
            Ok(bundle) => platform.upload_bundle(&bundle).await,
            Err(e) => Err(e),
        };
        if let Err(e) = answer.and_then(|a| place(&mut answered, &foreign, a.results)) {
            return (answered, Some(e));
        }
    }
    (answered, None)
}

fn place(
    answered: &mut Vec<(String, ItemResult)>,
    sent: &[&OutgoingPledge],
    answers: Vec<ItemResult>,
) -> Result<(), SyncError> {
    if answers.len() != sent.len() {
        return Err(SyncError::BadAnswer(format!(
            "{} results for {} pledges",
            answers.len(),
            sent.len()
        )));
    }
    answered.extend(sent.iter().map(|p| p.pledge_id.clone()).zip(answers));
    Ok(())
}

/// A bundle of pledges signed elsewhere, sealed by this device.
fn forwarding_bundle<'a>(
    identity: &Identity,
    pledges: impl Iterator<Item = &'a OutgoingPledge>,
) -> Result<Bundle, SyncError> {
    let mut builder = BundleBuilder::new(&identity.device_id, identity.key(), Role::Staff);
    let mut event_id = String::new();
    for p in pledges {
        if event_id.is_empty() {
            event_id.clone_from(&p.event_id);
        }
        builder.add(&p.signed, &p.signature, &p.device_id, &p.public_key);
    }
    builder
        .seal(
            identity.key(),
            uuid::Uuid::now_v7().to_string(),
            event_id,
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        )
        .map_err(|e| SyncError::Local(format!("the forwarding bundle could not be sealed: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lock left poisoned by a panic elsewhere is this laptop's failure:
    /// reported as `local_failure`, and not retried as if the platform
    /// had answered badly.
    #[test]
    fn a_poisoned_store_is_a_local_failure_not_retried() {
        let dir = tempfile::tempdir().unwrap();
        let store = Mutex::new(Store::open(&dir.path().join("store.sqlite3")).unwrap());
        let _ = std::thread::scope(|s| {
            s.spawn(|| {
                let _guard = store.lock().unwrap();
                panic!("a failure while the store is held");
            })
            .join()
        });
        let e = with_store(&store, |s| s.outbox_counts()).unwrap_err();
        assert!(matches!(e, SyncError::Local(_)), "{e:?}");
        assert_eq!(e.code(), pledge_core::ErrorCode::LocalFailure);
        assert!(!e.is_transient());
    }
}
