//! The `pledge-server` command (DESIGN.md §7).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use pledge_core::wire::PledgeStatus;
use pledge_report::ExportFormat;
use tracing_subscriber::EnvFilter;

use crate::admin;
use crate::backup::{self, DataLock};
use crate::connections::{ConnectionLimits, DEFAULT_MAX_CONNECTIONS};
use crate::db::postgres::PgDb;
use crate::db::sqlite::SqliteDb;
use crate::db::Db;
use crate::export;
use crate::limits::Limits;
use crate::per_address::{AddressRules, Rate};
use crate::serve::serve;

#[derive(Debug, Parser)]
#[command(
    name = "pledge-server",
    version,
    about = "The central P2C pledge platform (sync protocol v1)"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the sync protocol; the first stdout line is `listening on http://HOST:PORT`.
    Serve(ServeArgs),
    /// Events and their enrolment codes.
    #[command(subcommand)]
    Event(EventCommand),
    /// The secretariat's decisions on pledges.
    #[command(subcommand)]
    Pledge(PledgeCommand),
    /// Devices.
    #[command(subcommand)]
    Device(DeviceCommand),
    /// Copy the SQLite database to FILE with SQLite's online backup (safe
    /// while the server runs), then check the copy; prints a JSON summary.
    Backup(BackupArgs),
    /// Replace the SQLite database with a backup FILE after checking it;
    /// refuses while a server serves DIR; keeps the replaced database aside.
    Restore(RestoreArgs),
    /// Every stored pledge as CSV or XLSX on stdout: the laptops' columns
    /// and formula guard (pledge-report); contact details only when asked.
    Export(ExportArgs),
}

#[derive(Debug, Args)]
struct ExportArgs {
    #[command(flatten)]
    storage: Storage,
    #[arg(long, value_enum, default_value = "csv")]
    format: ExportFormatArg,
    /// Fill the contact_name and contact_email columns (personal data).
    #[arg(long)]
    with_contacts: bool,
}

#[derive(Debug, Args)]
struct BackupArgs {
    #[command(flatten)]
    storage: Storage,
    /// Where the backup goes (replaced if it exists).
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
}

#[derive(Debug, Args)]
struct RestoreArgs {
    #[command(flatten)]
    storage: Storage,
    /// A file made by `pledge-server backup`.
    #[arg(long, value_name = "FILE")]
    from: PathBuf,
}

/// The data directory of a SQLite-only command; PostgreSQL users are
/// pointed at `pg_dump`.
fn sqlite_dir(storage: &Storage) -> Result<&PathBuf, String> {
    match (&storage.data, &storage.database_url) {
        (Some(dir), None) => Ok(dir),
        (Some(_), Some(_)) => Err("give either --data or --database-url, not both".into()),
        (None, Some(_)) => Err(backup::USE_PG_DUMP.into()),
        (None, None) => Err("give --data DIR (the platform's SQLite data directory)".into()),
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormatArg {
    Csv,
    Xlsx,
}

/// Where the data lives: an SQLite file under DIR, or PostgreSQL.
#[derive(Debug, Args)]
struct Storage {
    /// Data directory of the embedded SQLite database.
    #[arg(long, value_name = "DIR")]
    data: Option<PathBuf>,
    /// PostgreSQL instead of SQLite: postgres://USER@HOST:PORT/DB.
    #[arg(
        long,
        value_name = "URL",
        env = "PLEDGE_SERVER_DATABASE_URL",
        hide_env_values = true
    )]
    database_url: Option<String>,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// Address to listen on; port 0 picks a free one.
    #[arg(long, default_value = "127.0.0.1:8787", value_name = "ADDR")]
    listen: String,
    #[command(flatten)]
    storage: Storage,
    /// Longest a request (body included) may take.
    #[arg(long, default_value_t = 30, value_name = "SECONDS")]
    request_timeout: u64,
    /// Sustained requests per second allowed per device.
    #[arg(long, default_value_t = 10.0)]
    rate_per_second: f64,
    /// Requests a device may send at once before the rate applies.
    #[arg(long, default_value_t = 60.0)]
    rate_burst: f64,
    /// A new connection must send its first request's headers within this.
    #[arg(long, default_value_t = 5.0, value_name = "SECONDS")]
    header_timeout: f64,
    /// A kept-alive connection with no request for this long is closed.
    #[arg(long, default_value_t = 60.0, value_name = "SECONDS")]
    idle_timeout: f64,
    /// Open connections at most (never more than the open-file limit less 128).
    #[arg(long, default_value_t = DEFAULT_MAX_CONNECTIONS)]
    max_connections: usize,
    /// Enrolments allowed per second from one address, sustained.
    #[arg(long, default_value_t = AddressRules::default().enrolment.per_second)]
    enrol_rate_per_address: f64,
    /// Enrolments one address may send at once (a venue enrols its laptops together).
    #[arg(long, default_value_t = AddressRules::default().enrolment.burst)]
    enrol_burst_per_address: f64,
    /// Calls without a device token allowed per second from one address (health excepted).
    #[arg(long, default_value_t = AddressRules::default().anonymous.per_second)]
    anonymous_rate_per_address: f64,
    /// Calls without a device token one address may send at once.
    #[arg(long, default_value_t = AddressRules::default().anonymous.burst)]
    anonymous_burst_per_address: f64,
    /// Serve Prometheus metrics (`GET /metrics`, text format) on this
    /// address too; off unless given. Keep it off the public network.
    #[arg(long, value_name = "ADDR")]
    metrics_listen: Option<String>,
    /// A reverse proxy whose X-Forwarded-For names the client (repeatable).
    #[arg(long, value_name = "IP")]
    trusted_proxy: Vec<std::net::IpAddr>,
}

impl ServeArgs {
    /// The limits these flags ask for, or what is wrong with them.
    fn limits(&self) -> Result<Limits, String> {
        let rate = |flags: [&str; 2], per_second: f64, burst: f64| {
            if per_second > 0.0 && per_second.is_finite() && burst >= 1.0 && burst.is_finite() {
                Ok(Rate { per_second, burst })
            } else {
                Err(format!(
                    "--{} must be above 0 and --{} at least 1",
                    flags[0], flags[1]
                ))
            }
        };
        let seconds = |name: &str, value: f64| {
            if value > 0.0 && value <= 86_400.0 {
                Ok(Duration::from_secs_f64(value))
            } else {
                Err(format!(
                    "--{name} must be above 0 and at most 86400 seconds"
                ))
            }
        };
        let device = rate(
            ["rate-per-second", "rate-burst"],
            self.rate_per_second,
            self.rate_burst,
        )?;
        if self.max_connections == 0 {
            return Err("--max-connections must be at least 1".into());
        }
        Ok(Limits {
            request_timeout: Duration::from_secs(self.request_timeout.max(1)),
            rate_per_second: device.per_second,
            rate_burst: device.burst,
            per_address: AddressRules {
                enrolment: rate(
                    ["enrol-rate-per-address", "enrol-burst-per-address"],
                    self.enrol_rate_per_address,
                    self.enrol_burst_per_address,
                )?,
                anonymous: rate(
                    ["anonymous-rate-per-address", "anonymous-burst-per-address"],
                    self.anonymous_rate_per_address,
                    self.anonymous_burst_per_address,
                )?,
                trusted_proxies: self.trusted_proxy.clone(),
            },
            connections: ConnectionLimits {
                header_timeout: seconds("header-timeout", self.header_timeout)?,
                idle_timeout: seconds("idle-timeout", self.idle_timeout)?,
                max_connections: self.max_connections,
                ..ConnectionLimits::default()
            },
            ..Limits::default()
        })
    }
}

#[derive(Debug, Subcommand)]
enum EventCommand {
    /// Create an event; prints {"event_id","delegate_code","staff_code"} once.
    Create {
        #[command(flatten)]
        storage: Storage,
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DecidedStatus {
    Verified,
    Published,
    Rejected,
}

#[derive(Debug, Subcommand)]
enum PledgeCommand {
    /// Record the secretariat's decision; it appears in the status feed.
    SetStatus {
        #[command(flatten)]
        storage: Storage,
        pledge_id: String,
        status: DecidedStatus,
        #[arg(long)]
        reason: Option<String>,
        /// The signing device, when pledges of several devices share the id
        /// (pledge_id_collision).
        #[arg(long = "device", value_name = "DEVICE_ID")]
        device_id: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
enum DeviceCommand {
    /// Revoke a device: its token stops working and its pledges are refused.
    Revoke {
        #[command(flatten)]
        storage: Storage,
        device_id: String,
    },
    /// Confirm a key that came in a bundle: FINGERPRINT as that laptop's
    /// Settings show it (e.g. "3f2a 9c01 77be 0d4e"); its pledges may then be published.
    ConfirmKey {
        #[command(flatten)]
        storage: Storage,
        device_id: String,
        fingerprint: String,
    },
}

async fn open(storage: &Storage) -> Result<Arc<dyn Db>, String> {
    match (&storage.data, &storage.database_url) {
        (Some(_), Some(_)) => Err("give either --data or --database-url, not both".into()),
        (None, None) => Err("give --data DIR (SQLite) or --database-url URL (PostgreSQL)".into()),
        (Some(dir), None) => {
            let dir = dir.clone();
            let db = tokio::task::spawn_blocking(move || SqliteDb::open_dir(&dir))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())?;
            Ok(Arc::new(db))
        }
        (None, Some(url)) => Ok(Arc::new(
            PgDb::connect(url).await.map_err(|e| e.to_string())?,
        )),
    }
}

fn print_json(value: &impl serde::Serialize) -> Result<(), String> {
    println!(
        "{}",
        serde_json::to_string(value).map_err(|e| e.to_string())?
    );
    Ok(())
}

async fn run_command(command: Command) -> Result<(), String> {
    match command {
        Command::Serve(args) => {
            let limits = args.limits()?;
            // Held while serving: `restore` refuses to swap the file under us.
            let _lock = match &args.storage.data {
                Some(dir) if args.storage.database_url.is_none() => Some(DataLock::acquire(dir)?),
                _ => None,
            };
            let db = open(&args.storage).await?;
            serve(&args.listen, args.metrics_listen.as_deref(), db, limits).await
        }
        Command::Backup(args) => {
            let dir = sqlite_dir(&args.storage)?.clone();
            let done = tokio::task::spawn_blocking(move || backup::backup(&dir, &args.out))
                .await
                .map_err(|e| e.to_string())??;
            print_json(&done)
        }
        Command::Restore(args) => {
            let dir = sqlite_dir(&args.storage)?.clone();
            let now = chrono::Utc::now();
            let done = tokio::task::spawn_blocking(move || backup::restore(&dir, &args.from, now))
                .await
                .map_err(|e| e.to_string())??;
            print_json(&done)
        }
        Command::Event(EventCommand::Create { storage, id, name }) => {
            let db = open(&storage).await?;
            print_json(&admin::create_event(&*db, &id, &name).await?)
        }
        Command::Pledge(PledgeCommand::SetStatus {
            storage,
            pledge_id,
            status,
            reason,
            device_id,
        }) => {
            let status = match status {
                DecidedStatus::Verified => PledgeStatus::Verified,
                DecidedStatus::Published => PledgeStatus::Published,
                DecidedStatus::Rejected => PledgeStatus::Rejected,
            };
            let db = open(&storage).await?;
            print_json(
                &admin::set_status(&*db, &pledge_id, device_id.as_deref(), status, reason).await?,
            )
        }
        Command::Device(DeviceCommand::ConfirmKey {
            storage,
            device_id,
            fingerprint,
        }) => {
            let db = open(&storage).await?;
            let confirmed = admin::confirm_key(&*db, &device_id, &fingerprint).await?;
            print_json(&serde_json::json!({
                "device_id": device_id,
                "key_fingerprint": confirmed,
                "key_confirmed": true,
            }))
        }
        Command::Device(DeviceCommand::Revoke { storage, device_id }) => {
            let db = open(&storage).await?;
            admin::revoke_device(&*db, &device_id).await?;
            print_json(&serde_json::json!({ "device_id": device_id, "revoked": true }))
        }
        Command::Export(args) => {
            let format = match args.format {
                ExportFormatArg::Csv => ExportFormat::Csv,
                ExportFormatArg::Xlsx => ExportFormat::Xlsx,
            };
            let db = open(&args.storage).await?;
            let out = std::io::stdout().lock();
            export::export(&*db, format, args.with_contacts, out)
                .await
                .map(|_| ())
        }
    }
}

/// Logs go to stderr (stdout carries the contract lines); the level comes
/// from `PLEDGE_SERVER_LOG` (e.g. `debug`), `info` by default.
fn init_logging(serving: bool) {
    let default = if serving { "info" } else { "warn" };
    let filter =
        EnvFilter::try_from_env("PLEDGE_SERVER_LOG").unwrap_or_else(|_| EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    init_logging(matches!(cli.command, Command::Serve(_)));
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run_command(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
