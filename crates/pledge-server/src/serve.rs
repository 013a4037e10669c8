//! `pledge-server serve`: bind, announce the address on stdout's first
//! line, serve until SIGTERM/SIGINT, then drain in-flight requests.

use std::io::Write;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;
use tokio::signal::unix::{signal, SignalKind};

use crate::app::{router, AppState};
use crate::db::Db;
use crate::limits::Limits;

/// How long in-flight requests may take to finish after SIGTERM.
const DRAIN_DEADLINE: Duration = Duration::from_secs(30);

pub async fn serve(listen: &str, db: Arc<dyn Db>, limits: Limits) -> Result<(), String> {
    // Handlers first, so that a signal right after the announcement counts.
    let mut terminate =
        signal(SignalKind::terminate()).map_err(|e| format!("cannot watch SIGTERM: {e}"))?;
    let mut interrupt =
        signal(SignalKind::interrupt()).map_err(|e| format!("cannot watch SIGINT: {e}"))?;
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    let address = listener.local_addr().map_err(|e| e.to_string())?;
    {
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "listening on http://{address}").map_err(|e| e.to_string())?;
        stdout.flush().map_err(|e| e.to_string())?;
    }
    tracing::info!(%address, "serving sync protocol v1");

    let (stopping_tx, mut stopping) = tokio::sync::watch::channel(false);
    let shutdown = async move {
        tokio::select! {
            _ = terminate.recv() => tracing::info!("SIGTERM: draining"),
            _ = interrupt.recv() => tracing::info!("SIGINT: draining"),
        }
        let _ = stopping_tx.send(true);
    };
    let app = router(AppState::new(db, limits));
    let server = axum::serve(listener, app).with_graceful_shutdown(shutdown);
    let deadline = async move {
        while !*stopping.borrow() {
            if stopping.changed().await.is_err() {
                std::future::pending::<()>().await;
            }
        }
        tokio::time::sleep(DRAIN_DEADLINE).await;
    };
    tokio::select! {
        result = server => result.map_err(|e| format!("server failed: {e}"))?,
        _ = deadline => tracing::warn!("drain deadline passed; closing the remaining connections"),
    }
    tracing::info!("stopped");
    Ok(())
}
