//! The "Copy diagnostics" text for support staff: versions, paths, sizes,
//! counts and the last errors. Never contact details, pledge text, tokens
//! or keys: only fields chosen here go in, and the result is scrubbed of
//! anything that looks like an email address and of the device token.

use std::fmt::Write;
use std::path::Path;

use crate::AppState;

/// Builds the diagnostics text from the app's state.
pub fn collect(state: &AppState) -> String {
    let mut out = String::new();
    let mut line = |k: &str, v: &dyn std::fmt::Display| {
        let _ = writeln!(out, "{k}: {v}");
    };
    line("Pledge Desk diagnostics", &"");
    line("generated_at", &crate::backups::now_rfc3339());
    line("app_version", &env!("CARGO_PKG_VERSION"));
    line("os", &os_description());
    let data_dir = state.data_dir();
    match &data_dir {
        Ok(d) => line("data_dir", &d.display()),
        Err(e) => line("data_dir", &format!("unavailable ({})", e.message)),
    }
    let mut secrets = Vec::new();
    match state.store() {
        Ok(store) => {
            let db = store.path().to_path_buf();
            line("database", &db.display());
            line("database_bytes", &file_size(&db));
            line("database_wal_bytes", &file_size(&wal(&db)));
            line("schema_version", &store.schema_version().unwrap_or(-1));
            match store.outbox_counts() {
                Ok(c) => line(
                    "outbox",
                    &format!(
                        "signed={} queued={} sending={} acknowledged={} rejected={} conflict={}",
                        c.signed, c.queued, c.sending, c.acknowledged, c.rejected, c.conflict
                    ),
                ),
                Err(e) => line("outbox", &format!("unreadable ({})", e.code())),
            }
            let event = store.event().ok().flatten();
            line(
                "event_id",
                &event
                    .map(|e| e.event_id)
                    .unwrap_or_else(|| "not set".into()),
            );
            match pledge_sync::load_config(&store) {
                Ok(Some(c)) => {
                    line("sync_server", &c.server_url);
                    line("sync_enrolled", &c.token.is_some());
                    line(
                        "sync_role",
                        &c.role.map(|r| format!("{r:?}")).unwrap_or_default(),
                    );
                    secrets.extend(c.token);
                }
                Ok(None) => line("sync_server", &"not set"),
                Err(e) => line("sync_server", &format!("unreadable ({})", e.code())),
            }
        }
        Err(e) => line("store", &format!("unavailable: {}", e.message)),
    }
    identity_lines(state, &mut line);
    let sync = state.sync().map(|s| s.status()).unwrap_or_default();
    line("sync_running", &state.sync().is_some());
    line("sync_online", &opt(sync.online));
    line("sync_pending", &sync.pending);
    line("sync_last_success_at", &opt(sync.last_success_at));
    let (error, code) = match &sync.last_error {
        Some(e) => (Some(e.message.clone()), Some(e.code)),
        None => (None, None),
    };
    line("sync_last_error", &opt(error));
    line("sync_last_error_code", &opt(code));
    line(
        "sync_missing_on_server",
        &format!("{:?}", sync.missing_on_server),
    );
    match state.backups() {
        Some(b) => {
            let status = b.status();
            line("backups_dir", &b.dir.display());
            match pledge_store::list_snapshots(&b.dir) {
                Ok(list) => {
                    line("backups_count", &list.len());
                    line(
                        "backups_newest",
                        &opt(list
                            .first()
                            .map(|s| format!("{} ({} bytes)", s.taken_at, s.bytes))),
                    );
                }
                Err(e) => line("backups_count", &format!("unreadable ({e})")),
            }
            line(
                "backups_last_error",
                &opt(status.last_error.map(|e| e.message)),
            );
            line("backups_restore_pending", &status.restore_pending);
            line("backups_restored_at_start", &opt(status.restored_at_start));
        }
        None => line("backups_dir", &"unavailable"),
    }
    line("log_dir", &opt(state.log.dir.as_ref().map(|d| d.display())));
    line(
        "log_state",
        &match state.log.current_error() {
            None => "writing".to_string(),
            Some(e) => format!("not writing: {}", e.message),
        },
    );
    scrub(&out, &secrets)
}

fn identity_lines(state: &AppState, line: &mut impl FnMut(&str, &dyn std::fmt::Display)) {
    // the identity is loaded at start-up by the sync loop; never made here
    match state.identity_if_loaded() {
        Some(id) => {
            line("device_id", &id.device_id);
            line("device_fingerprint", &id.fingerprint());
        }
        None => line("device_id", &"not loaded"),
    }
}

fn opt<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map(|v| v.to_string()).unwrap_or_else(|| "-".into())
}

fn wal(db: &Path) -> std::path::PathBuf {
    std::path::PathBuf::from(format!("{}-wal", db.display()))
}

fn file_size(p: &Path) -> String {
    std::fs::metadata(p)
        .map(|m| m.len().to_string())
        .unwrap_or_else(|_| "-".into())
}

fn os_description() -> String {
    let pretty = std::fs::read_to_string("/etc/os-release")
        .ok()
        .and_then(|t| {
            t.lines()
                .find_map(|l| l.strip_prefix("PRETTY_NAME="))
                .map(|v| v.trim_matches('"').to_owned())
        })
        .unwrap_or_default();
    format!(
        "{} {} {pretty}",
        std::env::consts::OS,
        std::env::consts::ARCH
    )
}

/// Removes the given secrets and anything shaped like an email address.
pub fn scrub(text: &str, secrets: &[String]) -> String {
    let mut out = text.to_owned();
    for s in secrets.iter().filter(|s| s.len() >= 4) {
        out = out.replace(s.as_str(), "[redacted]");
    }
    let is_part = |c: char| c.is_alphanumeric() || "._%+-@".contains(c);
    let mut result = String::with_capacity(out.len());
    let mut word = String::new();
    let flush = |word: &mut String, result: &mut String| {
        let looks_like_email = word
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
        result.push_str(if looks_like_email { "[email]" } else { word });
        word.clear();
    };
    for c in out.chars() {
        if is_part(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut result);
            result.push(c);
        }
    }
    flush(&mut word, &mut result);
    result
}

#[cfg(test)]
mod tests {
    use super::scrub;

    #[test]
    fn emails_and_secrets_are_scrubbed() {
        let text = "last_error: refused for delegate@example.org (token abcd-1234-secret)\n";
        let clean = scrub(text, &["abcd-1234-secret".into()]);
        assert_eq!(
            clean,
            "last_error: refused for [email] (token [redacted])\n"
        );
        assert_eq!(scrub("a@b and x.y", &[]), "a@b and x.y");
    }
}
