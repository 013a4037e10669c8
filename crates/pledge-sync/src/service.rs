//! The background sync loop: tries at once when something is queued, on
//! "Sync now", when a network interface comes up, every 30 s while anything
//! is pending; after a transient failure it waits an exponential backoff
//! with full jitter (1 s → 5 min), or what the server's `Retry-After` says.
//! With nothing to send it still asks the platform's health every 30 s, so
//! the status bar never says "online" about a platform that went away, and
//! makes a whole pass (status changes, reconciliation) every 5 minutes.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use backon::{BackoffBuilder, ExponentialBuilder};
use pledge_core::ErrorReport;
use pledge_store::{Identity, Store};
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, watch};
use ts_rs::TS;

use crate::engine::{sync_once, with_store, Progress, SyncReport};
use crate::SyncError;

/// While anything is pending, try at least this often.
pub const PENDING_INTERVAL: Duration = Duration::from_secs(30);
/// With nothing pending, ask the platform's health this often.
pub const HEALTH_INTERVAL: Duration = Duration::from_secs(30);
/// With nothing pending, still look for status changes this often.
pub const IDLE_INTERVAL: Duration = Duration::from_secs(300);
pub const BACKOFF_MIN: Duration = Duration::from_secs(1);
pub const BACKOFF_MAX: Duration = Duration::from_secs(300);

/// How often the loop looks at the platform (shorter in tests).
#[derive(Debug, Clone, Copy)]
pub struct Timings {
    pub health: Duration,
    pub full_pass: Duration,
}

impl Default for Timings {
    fn default() -> Self {
        Timings {
            health: HEALTH_INTERVAL,
            full_pass: IDLE_INTERVAL,
        }
    }
}

/// What the status bar shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SyncStatus {
    /// `None` until the first attempt.
    pub online: Option<bool>,
    pub running: bool,
    #[ts(type = "number")]
    pub pending: u64,
    /// Signed, held back for staff review: not sent, only on this laptop.
    #[ts(type = "number")]
    pub held: u64,
    pub progress: Option<Progress>,
    pub last_success_at: Option<String>,
    /// Why the last attempt failed; cleared by a success.
    pub last_error: Option<ErrorReport>,
    /// Sequence numbers the platform lacks although it acknowledged them: an alarm.
    #[ts(type = "Array<number>")]
    pub missing_on_server: Vec<u64>,
    /// Of those (and of pledges a staff laptop forwarded), how many the
    /// last pass queued and sent again: the platform had lost them.
    #[ts(type = "number")]
    pub requeued: u64,
    /// When the next automatic attempt is due (RFC 3339), if one is scheduled.
    pub next_attempt_at: Option<String>,
}

/// A handle on the running loop.
#[derive(Clone)]
pub struct SyncService {
    trigger: mpsc::Sender<()>,
    status: watch::Receiver<SyncStatus>,
}

impl SyncService {
    /// Asks for a pass now (Sync now; something was signed).
    pub fn sync_now(&self) {
        let _ = self.trigger.try_send(());
    }

    pub fn status(&self) -> SyncStatus {
        self.status.borrow().clone()
    }

    pub fn subscribe(&self) -> watch::Receiver<SyncStatus> {
        self.status.clone()
    }
}

fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Full jitter: a uniform wait between zero and the exponential step.
fn full_jitter(step: Duration) -> Duration {
    step.mul_f64(fastrand::f64())
        .max(Duration::from_millis(100))
}

fn fresh_backoff() -> impl Iterator<Item = Duration> {
    ExponentialBuilder::default()
        .with_min_delay(BACKOFF_MIN)
        .with_max_delay(BACKOFF_MAX)
        .with_factor(2.0)
        .without_max_times()
        .build()
}

/// Starts the loop on the current tokio runtime.
pub fn start(store: Arc<Mutex<Store>>, identity: Arc<Identity>) -> SyncService {
    start_with(store, identity, Timings::default())
}

/// How long to wait after a failed attempt: the backoff step (or the
/// server's `Retry-After`) when it may pass, else the pending interval.
fn after_failure(e: &SyncError, backoff: &mut impl Iterator<Item = Duration>) -> Duration {
    if !e.is_transient() {
        return PENDING_INTERVAL;
    }
    let step = backoff.next().unwrap_or(BACKOFF_MAX);
    e.retry_after()
        .unwrap_or_else(|| full_jitter(step))
        .min(BACKOFF_MAX)
}

/// What the status bar shows after a failed attempt.
fn failed(s: &mut SyncStatus, e: &SyncError) {
    s.online = Some(matches!(
        e,
        SyncError::Refused { .. } | SyncError::Trouble { .. }
    ));
    s.last_error = Some(e.report());
}

/// (pending, held) as the outbox counts them now.
fn outbox_now(store: &Mutex<Store>) -> Option<(u64, u64)> {
    with_store(store, |s| s.outbox_counts())
        .ok()
        .map(|c| (c.pending(), c.signed))
}

pub fn start_with(
    store: Arc<Mutex<Store>>,
    identity: Arc<Identity>,
    timings: Timings,
) -> SyncService {
    let (trigger, mut wake) = mpsc::channel(8);
    let (status_tx, status) = watch::channel(SyncStatus::default());
    let status_tx = Arc::new(status_tx);
    tokio::spawn(async move {
        let mut interfaces = crate::network::up_interfaces();
        let mut backoff = fresh_backoff();
        let mut wait = Duration::ZERO;
        // When the last whole pass succeeded; a failure asks for a whole pass next.
        let mut last_full: Option<std::time::Instant> = None;
        loop {
            let mut woken = wait.is_zero();
            if !wait.is_zero() {
                let due = chrono::Utc::now() + chrono::Duration::from_std(wait).unwrap_or_default();
                status_tx.send_modify(|s| {
                    s.next_attempt_at = Some(due.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                });
                tokio::select! {
                    _ = tokio::time::sleep(wait) => {}
                    got = wake.recv() => { if got.is_none() { return } woken = true }
                    _ = crate::network::came_up(&mut interfaces) => woken = true,
                }
            }
            let (pending, held) = outbox_now(&store).unwrap_or((0, 0));
            let full_due = last_full.is_none_or(|t| t.elapsed() >= timings.full_pass);
            if !woken && pending == 0 && !full_due {
                // Nothing to send: only see whether the platform is still there.
                let probe = crate::engine::probe(&store).await;
                wait = match &probe {
                    Ok(()) => {
                        backoff = fresh_backoff();
                        timings.health
                    }
                    Err(e) => {
                        last_full = None;
                        after_failure(e, &mut backoff)
                    }
                };
                status_tx.send_modify(|s| {
                    s.held = held;
                    s.next_attempt_at = None;
                    match &probe {
                        Ok(()) => s.online = Some(true),
                        Err(e) => failed(s, e),
                    }
                });
                continue;
            }
            status_tx.send_modify(|s| {
                s.running = true;
                s.pending = pending;
                s.held = held;
                s.next_attempt_at = None;
            });
            let progress_tx = status_tx.clone();
            let on_progress = move |p: Progress| progress_tx.send_modify(|s| s.progress = Some(p));
            let result: Result<SyncReport, SyncError> =
                sync_once(&store, &identity, &on_progress).await;
            let (pending, held) = outbox_now(&store).unwrap_or((pending, held));
            wait = match &result {
                Ok(_) => {
                    backoff = fresh_backoff();
                    last_full = Some(std::time::Instant::now());
                    if pending > 0 {
                        Duration::ZERO
                    } else {
                        timings.health
                    }
                }
                Err(e) => {
                    last_full = None;
                    after_failure(e, &mut backoff)
                }
            };
            status_tx.send_modify(|s| {
                s.running = false;
                s.progress = None;
                s.pending = pending;
                s.held = held;
                match &result {
                    Ok(report) => {
                        s.online = Some(true);
                        s.last_success_at = Some(now());
                        s.last_error = None;
                        s.missing_on_server = report.missing_on_server.clone();
                        s.requeued = report.requeued;
                    }
                    Err(e) => failed(s, e),
                }
            });
            if result.is_ok() && pending > 0 && wait.is_zero() {
                // something was signed during the pass: go again, but not in a tight loop
                wait = Duration::from_millis(200);
            }
        }
    });
    SyncService { trigger, status }
}
