//! `pledge-server serve`: raise the open-file limit, bind, announce the
//! address on stdout's first line, serve until SIGTERM/SIGINT, then drain
//! in-flight requests.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use rlimit::Resource;
use tokio::net::TcpListener;
use tokio::signal::unix::{signal, SignalKind};

use crate::app::{router, AppState};
use crate::connections::{self, connection_cap};
use crate::db::Db;
use crate::limits::Limits;
use crate::metrics::serve_metrics;

/// How long in-flight requests may take to finish after SIGTERM.
const DRAIN_DEADLINE: Duration = Duration::from_secs(30);

/// Raises the soft open-file limit to the hard one, logs both, and returns
/// the limit now in force.
fn raise_open_file_limit() -> u64 {
    let Ok((soft, hard)) = Resource::NOFILE.get() else {
        tracing::warn!("cannot read the open-file limit; assuming 1024");
        return 1024;
    };
    let now = if soft < hard && Resource::NOFILE.set(hard, hard).is_ok() {
        hard
    } else {
        soft
    };
    tracing::info!(soft, hard, in_force = now, "open-file limit");
    now
}

/// Serves until SIGTERM/SIGINT; with `metrics_listen`, Prometheus metrics
/// on that address too (its own listener, announced on stdout's second line
/// as `metrics on http://HOST:PORT/metrics`).
pub async fn serve(
    listen: &str,
    metrics_listen: Option<&str>,
    db: Arc<dyn Db>,
    mut limits: Limits,
) -> Result<(), String> {
    let nofile = raise_open_file_limit();
    let wanted = limits.connections.max_connections;
    limits.connections.max_connections = connection_cap(wanted, nofile)?;
    if limits.connections.max_connections < wanted {
        tracing::warn!(
            wanted,
            allowed = limits.connections.max_connections,
            nofile,
            "the open-file limit caps the connections below --max-connections"
        );
    }
    // Handlers first, so that a signal right after the announcement counts.
    let mut terminate =
        signal(SignalKind::terminate()).map_err(|e| format!("cannot watch SIGTERM: {e}"))?;
    let mut interrupt =
        signal(SignalKind::interrupt()).map_err(|e| format!("cannot watch SIGINT: {e}"))?;
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    if !address.ip().is_loopback() {
        if limits.per_address.trusted_proxies.is_empty() {
            tracing::warn!(
                %address,
                "plain HTTP on a non-loopback address: device tokens and pledges with contact \
                 details would cross the network unencrypted, and laptops refuse plain HTTP to \
                 anything but loopback. Put a TLS-terminating reverse proxy in front (README: \
                 TLS), listen on 127.0.0.1, and name the proxy with --trusted-proxy"
            );
        } else {
            tracing::info!(%address, "plain HTTP behind the trusted reverse proxy, which must terminate TLS");
        }
    }
    let metrics_listener = match metrics_listen {
        Some(at) => Some(
            TcpListener::bind(at)
                .await
                .map_err(|e| format!("cannot listen on {at} for metrics: {e}"))?,
        ),
        None => None,
    };
    {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "listening on http://{address}").map_err(|e| e.to_string())?;
        if let Some(l) = &metrics_listener {
            let at = l.local_addr().map_err(|e| e.to_string())?;
            writeln!(stdout, "metrics on http://{at}/metrics").map_err(|e| e.to_string())?;
        }
        stdout.flush().map_err(|e| e.to_string())?;
    }
    let connection_limits = limits.connections.clone();
    tracing::info!(
        %address,
        max_connections = connection_limits.max_connections,
        header_timeout_s = connection_limits.header_timeout.as_secs_f64(),
        idle_timeout_s = connection_limits.idle_timeout.as_secs_f64(),
        "serving sync protocol v1"
    );

    let (stopping_tx, stopping) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        tokio::select! {
            _ = terminate.recv() => tracing::info!("SIGTERM: draining"),
            _ = interrupt.recv() => tracing::info!("SIGINT: draining"),
        }
        let _ = stopping_tx.send(true);
    });
    let state = AppState::new(db, limits);
    let metrics = state.metrics.clone();
    if let Some(l) = metrics_listener {
        tokio::spawn(serve_metrics(l, metrics.clone()));
    }
    let app = router(state);
    connections::run(
        listener,
        app,
        connection_limits,
        stopping,
        DRAIN_DEADLINE,
        metrics.open_connections.clone(),
    )
    .await;
    tracing::info!("stopped");
    Ok(())
}
