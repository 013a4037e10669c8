//! Every TCP connection the platform holds, and the rules that keep their
//! number bounded: a new connection must send its first request's headers
//! within `header_timeout`, a kept-alive one is closed after `idle_timeout`
//! without a request, and past `max_connections` the platform closes the
//! oldest connection that is doing nothing (one that never sent a request
//! first) or, when every connection is busy, answers the newcomer 503.
//! So a flood of idle sockets can never use up the file descriptors that
//! health checks, enrolments and pushes need.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use axum::Router;
use bytes::Bytes;
use http_body::{Frame, SizeHint};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use prometheus_client::metrics::gauge::Gauge;
use tokio::io::AsyncWriteExt;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, Notify, Semaphore};
use tokio::time::Instant;
use tower::ServiceExt;

/// How connections are kept and dropped (`pledge-server serve` flags).
#[derive(Debug, Clone)]
pub struct ConnectionLimits {
    /// A new connection must have sent its first request's headers by then.
    pub header_timeout: Duration,
    /// A kept-alive connection with no request for this long is closed.
    pub idle_timeout: Duration,
    /// Longest one request may hold its connection, response included
    /// (a client that never reads its answer).
    pub busy_timeout: Duration,
    /// Open connections at most; see [`connection_cap`].
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        ConnectionLimits {
            header_timeout: Duration::from_secs(5),
            idle_timeout: Duration::from_secs(60),
            busy_timeout: Duration::from_secs(300),
            max_connections: DEFAULT_MAX_CONNECTIONS,
        }
    }
}

pub const DEFAULT_MAX_CONNECTIONS: usize = 10_000;
/// File descriptors kept free of connections: the database (its pool, WAL
/// and journal files), the listener, logs and the runtime's own.
pub const RESERVED_DESCRIPTORS: u64 = 128;
/// A shed connection gets its 503 within this, or is simply closed.
const SHED_WRITE_TIMEOUT: Duration = Duration::from_secs(1);
/// Connections being answered 503 at once; past that they are just closed.
const SHED_AT_ONCE: usize = 32;
/// A busy connection asked to close gets this long to finish its answer.
const CLOSE_GRACE: Duration = Duration::from_secs(1);

/// The connection cap for a process whose open-file limit is `nofile`:
/// the `wanted` number, but never so many that a connection could take
/// the descriptor the database needs.
pub fn connection_cap(wanted: usize, nofile: u64) -> Result<usize, String> {
    let room = nofile.saturating_sub(RESERVED_DESCRIPTORS);
    if room < 16 {
        return Err(format!(
            "the open-file limit ({nofile}) leaves no room for connections; raise it (ulimit -n) above {}",
            RESERVED_DESCRIPTORS + 16
        ));
    }
    Ok(wanted
        .min(usize::try_from(room).unwrap_or(usize::MAX))
        .max(1))
}

/// What one connection is doing, as its watchdog and the cap see it.
struct Activity {
    /// Requests being answered (their response bodies not yet done).
    in_flight: usize,
    /// Requests started on this connection so far.
    started: u64,
    /// When `in_flight` last changed (or the connection was accepted).
    since: Instant,
}

struct Tracker {
    activity: Mutex<Activity>,
    evict: Notify,
    evicted: AtomicBool,
}

impl Tracker {
    fn new() -> Tracker {
        Tracker {
            activity: Mutex::new(Activity {
                in_flight: 0,
                started: 0,
                since: Instant::now(),
            }),
            evict: Notify::new(),
            evicted: AtomicBool::new(false),
        }
    }

    fn activity(&self) -> std::sync::MutexGuard<'_, Activity> {
        self.activity.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// When the connection is to be closed if nothing changes by then.
    fn deadline(&self, limits: &ConnectionLimits) -> Instant {
        let a = self.activity();
        let allowed = match (a.in_flight, a.started) {
            (0, 0) => limits.header_timeout,
            (0, _) => limits.idle_timeout,
            _ => limits.busy_timeout,
        };
        a.since + allowed
    }

    fn request_started(self: &Arc<Self>) -> InFlight {
        let mut a = self.activity();
        a.in_flight += 1;
        a.started += 1;
        a.since = Instant::now();
        InFlight(self.clone())
    }
}

/// Held from a request's start until its response body is done.
struct InFlight(Arc<Tracker>);

impl Drop for InFlight {
    fn drop(&mut self) {
        let mut a = self.0.activity();
        a.in_flight = a.in_flight.saturating_sub(1);
        a.since = Instant::now();
    }
}

/// A response body that keeps its request counted until it is done.
struct Tracked {
    inner: Body,
    _in_flight: InFlight,
}

impl http_body::Body for Tracked {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut self.inner).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

/// The open connections, for the cap and for draining at shutdown.
#[derive(Default)]
struct Registry {
    open: Mutex<HashMap<u64, Arc<Tracker>>>,
    next_id: AtomicU64,
    closed: Notify,
}

impl Registry {
    fn open(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Arc<Tracker>>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn len(&self) -> usize {
        self.open().len()
    }

    /// Admits a new connection, making room by closing the connection
    /// that has done nothing the longest when the cap is reached. `None`:
    /// every connection is busy, so the newcomer is to be shed.
    fn admit(&self, cap: usize) -> Option<(u64, Arc<Tracker>)> {
        let mut open = self.open();
        // Connections being closed still count until they are gone; the
        // scan happens only near the cap, never on an ordinary accept.
        let at_cap = open.len() >= cap && {
            let closing = open
                .values()
                .filter(|t| t.evicted.load(Ordering::Relaxed))
                .count();
            open.len() - closing >= cap
        };
        if at_cap && !Self::evict_one(&open) {
            return None;
        }
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let tracker = Arc::new(Tracker::new());
        open.insert(id, tracker.clone());
        Some((id, tracker))
    }

    /// Closes the connection that has done nothing the longest, never-used
    /// ones first. False when every connection is busy.
    fn evict_one(open: &HashMap<u64, Arc<Tracker>>) -> bool {
        let victim = open
            .values()
            .filter(|t| !t.evicted.load(Ordering::Relaxed))
            .filter_map(|t| {
                let a = t.activity();
                (a.in_flight == 0).then(|| ((a.started > 0, a.since), t.clone()))
            })
            .min_by_key(|(key, _)| *key)
            .map(|(_, t)| t);
        match victim {
            Some(victim) => {
                victim.evicted.store(true, Ordering::Relaxed);
                victim.evict.notify_one();
                true
            }
            None => false,
        }
    }

    fn remove(&self, id: u64) {
        self.open().remove(&id);
        self.closed.notify_waiters();
    }

    /// Asks every connection to finish its request and close.
    fn close_all(&self) {
        for tracker in self.open().values() {
            tracker.evicted.store(true, Ordering::Relaxed);
            tracker.evict.notify_one();
        }
    }
}

/// Accepts connections until `stopping` turns true, then closes idle
/// connections at once and lets busy ones finish (at most `drain`).
pub async fn run(
    listener: TcpListener,
    app: Router,
    limits: ConnectionLimits,
    mut stopping: watch::Receiver<bool>,
    drain: Duration,
    open_gauge: Gauge,
) {
    let registry = Arc::new(Registry::default());
    let shedding = Arc::new(Semaphore::new(SHED_AT_ONCE));
    let limits = Arc::new(limits);
    let mut out_of_descriptors_logged = false;
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            _ = wait_until_true(&mut stopping) => break,
        };
        let (stream, peer) = match accepted {
            Ok(pair) => pair,
            Err(e) => {
                // EMFILE/ENFILE: the backlog keeps the connection; free an
                // idle descriptor and try again shortly, never spin.
                if !out_of_descriptors_logged {
                    tracing::warn!(error = %e, open = registry.len(), "accept failed");
                    out_of_descriptors_logged = true;
                }
                Registry::evict_one(&registry.open());
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
        };
        out_of_descriptors_logged = false;
        let _ = stream.set_nodelay(true);
        match registry.admit(limits.max_connections) {
            Some((id, tracker)) => {
                let registry = registry.clone();
                let app = app.clone();
                let limits = limits.clone();
                let stopping = stopping.clone();
                let open_gauge = open_gauge.clone();
                open_gauge.inc();
                tokio::spawn(async move {
                    serve_one(stream, peer, app, tracker, &limits, stopping).await;
                    registry.remove(id);
                    open_gauge.dec();
                });
            }
            None => shed(stream, &shedding),
        }
    }
    drop(listener);
    registry.close_all();
    let drained = async {
        loop {
            let closed = registry.closed.notified();
            if registry.len() == 0 {
                return;
            }
            closed.await;
        }
    };
    if tokio::time::timeout(drain, drained).await.is_err() {
        tracing::warn!(
            open = registry.len(),
            "drain deadline passed; closing the remaining connections"
        );
    }
}

async fn wait_until_true(flag: &mut watch::Receiver<bool>) {
    while !*flag.borrow_and_update() {
        if flag.changed().await.is_err() {
            std::future::pending::<()>().await;
        }
    }
}

/// One connection: HTTP/1.1 with keep-alive, watched by its timeouts.
async fn serve_one(
    stream: TcpStream,
    peer: SocketAddr,
    app: Router,
    tracker: Arc<Tracker>,
    limits: &ConnectionLimits,
    mut stopping: watch::Receiver<bool>,
) {
    let counted = tracker.clone();
    let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
        request.extensions_mut().insert(ConnectInfo(peer));
        let in_flight = counted.request_started();
        let app = app.clone();
        async move {
            let response = app.oneshot(request.map(Body::new)).await?;
            Ok::<_, Infallible>(response.map(|inner| Tracked {
                inner,
                _in_flight: in_flight,
            }))
        }
    });
    let connection =
        hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
    tokio::pin!(connection);
    loop {
        let deadline = tracker.deadline(limits);
        tokio::select! {
            _ = connection.as_mut() => return,
            _ = tokio::time::sleep_until(deadline) => {
                if tracker.deadline(limits) > Instant::now() {
                    continue; // a request came or went meanwhile
                }
            }
            _ = tracker.evict.notified() => {}
            _ = wait_until_true(&mut stopping) => {}
        }
        break;
    }
    // Closing. A connection that never sent a request has nothing to
    // finish: drop it now. Otherwise let hyper end it cleanly (at once
    // when idle, after the answer when busy), within a grace period.
    if tracker.activity().started == 0 {
        return;
    }
    connection.as_mut().graceful_shutdown();
    let grace = if tracker.activity().in_flight > 0 {
        limits.busy_timeout.min(Duration::from_secs(30))
    } else {
        CLOSE_GRACE
    };
    let _ = tokio::time::timeout(grace, connection.as_mut()).await;
}

/// Answers a connection that found the platform full, then closes it.
fn shed(mut stream: TcpStream, shedding: &Arc<Semaphore>) {
    let Ok(permit) = shedding.clone().try_acquire_owned() else {
        return; // dropped: closed at once
    };
    tokio::spawn(async move {
        let body = r#"{"type":"about:blank","title":"Service Unavailable","status":503,"code":"too_many_connections","detail":"The platform has as many connections open as it allows; try again in a moment."}"#;
        let answer = format!(
            "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/problem+json\r\n\
             retry-after: 1\r\nconnection: close\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        );
        let _ = tokio::time::timeout(SHED_WRITE_TIMEOUT, stream.write_all(answer.as_bytes())).await;
        drop(permit);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_leaves_room_for_the_database() {
        assert_eq!(connection_cap(10_000, 1024).unwrap(), 896);
        assert_eq!(connection_cap(500, 1024).unwrap(), 500);
        assert!(connection_cap(10_000, 100).is_err());
    }

    #[tokio::test]
    async fn at_the_cap_the_oldest_never_used_connection_makes_room() {
        let registry = Registry::default();
        let (_, used) = registry.admit(2).unwrap();
        drop(used.request_started()); // served one request, now idle
        let (_, fresh) = registry.admit(2).unwrap();
        let (_, newcomer) = registry.admit(2).unwrap();
        assert!(
            fresh.evicted.load(Ordering::Relaxed),
            "never used: first out"
        );
        assert!(!used.evicted.load(Ordering::Relaxed));
        assert!(!newcomer.evicted.load(Ordering::Relaxed));
    }

    #[tokio::test]
    async fn when_every_connection_is_busy_the_newcomer_is_shed() {
        let registry = Registry::default();
        let (_, a) = registry.admit(1).unwrap();
        let _busy = a.request_started();
        assert!(registry.admit(1).is_none());
    }
}
