//! The server's log: stderr (stdout carries the contract lines), as text
//! or JSON lines (`--log-format`), filtered by `PLEDGE_SERVER_LOG`. A filter
//! that cannot be read stops the start with a message, never silence.

use clap::ValueEnum;
use tracing_subscriber::EnvFilter;

pub const LOG_VARIABLE: &str = "PLEDGE_SERVER_LOG";

/// PostgreSQL's notices ("relation already exists, skipping", …) come
/// through tokio-postgres at INFO: they are kept to DEBUG unless the filter
/// names tokio_postgres itself.
const QUIET_POSTGRES: &str = "tokio_postgres=warn";

const LEVELS: [&str; 6] = ["trace", "debug", "info", "warn", "error", "off"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

/// The filter `PLEDGE_SERVER_LOG` (or the default) asks for, or why it
/// cannot be used. A bare word that is no level would mean "everything of
/// a target of that name" and hide the rest (`degub`): it is refused too.
pub fn filter(value: Option<&str>, default: &str) -> Result<EnvFilter, String> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return EnvFilter::try_new(format!("{default},{QUIET_POSTGRES}"))
            .map_err(|e| e.to_string());
    };
    let explain = |why: String| {
        format!(
            "{LOG_VARIABLE}={value:?} is not a log filter: {why}; write a level \
             (trace, debug, info, warn, error, off) or TARGET=LEVEL pairs separated by commas, \
             e.g. info,pledge_server=debug"
        )
    };
    for directive in value.split(',').map(str::trim) {
        let bare = !directive.contains('=') && !directive.contains('[');
        if bare && !LEVELS.contains(&directive.to_ascii_lowercase().as_str()) {
            return Err(explain(format!("{directive:?} is no level")));
        }
    }
    let full = if value.contains("tokio_postgres") {
        value.to_string()
    } else {
        format!("{value},{QUIET_POSTGRES}")
    };
    EnvFilter::builder()
        .parse(full)
        .map_err(|e| explain(e.to_string()))
}

/// Installs the subscriber: `info` for `serve`; for the commands, warnings
/// and the platform's own `info` lines (a decision recorded, codes rotated).
pub fn init(serving: bool, format: LogFormat) -> Result<(), String> {
    let value = match std::env::var(LOG_VARIABLE) {
        Ok(value) => Some(value),
        Err(std::env::VarError::NotPresent) => None,
        Err(std::env::VarError::NotUnicode(_)) => {
            return Err(format!("{LOG_VARIABLE} is not UTF-8"));
        }
    };
    let filter = filter(
        value.as_deref(),
        if serving {
            "info"
        } else {
            "warn,pledge_server=info"
        },
    )?;
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .try_init(),
        LogFormat::Json => builder.json().with_ansi(false).try_init(),
    }
    .map_err(|e| format!("cannot start the log: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_pairs_are_filters_typos_are_not() {
        for good in [
            "debug",
            "INFO",
            "info,pledge_server=debug",
            "tower_http=warn",
            "off",
        ] {
            assert!(filter(Some(good), "info").is_ok(), "{good}");
        }
        for bad in [
            "degub",
            "verbose",
            "info,hyper=loud",
            "pledge_server=[",
            "=info",
        ] {
            let e = filter(Some(bad), "info").err().unwrap_or_default();
            assert!(e.contains(LOG_VARIABLE), "{bad}: {e:?}");
        }
        assert!(filter(None, "info").is_ok());
        assert!(filter(Some("  "), "warn").is_ok(), "blank is the default");
    }

    #[test]
    fn postgres_notices_stay_below_info_unless_asked_for() {
        let quiet = filter(Some("info"), "info").unwrap().to_string();
        assert!(quiet.contains("tokio_postgres=warn"), "{quiet}");
        let asked = filter(Some("tokio_postgres=info"), "info")
            .unwrap()
            .to_string();
        assert!(!asked.contains("tokio_postgres=warn"), "{asked}");
    }
}
