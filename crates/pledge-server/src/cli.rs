//! The `pledge-server` command (DESIGN.md §7).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Parser, Subcommand, ValueEnum};
use pledge_report::ExportFormat;

use crate::backup::{self, DataLock};
use crate::commands::{
    self, conflict::ConflictCommand, device::DeviceCommand, event::EventCommand,
    pledge::PledgeCommand,
};
use crate::connections::{ConnectionLimits, DEFAULT_MAX_CONNECTIONS};
use crate::db::postgres::PgDb;
use crate::db::sqlite::SqliteDb;
use crate::db::{Db, Init};
use crate::export;
use crate::limits::Limits;
use crate::logging::{self, LogFormat};
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
    /// Log lines on stderr as text or as JSON objects (one per line).
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "text",
        env = "PLEDGE_SERVER_LOG_FORMAT"
    )]
    log_format: LogFormat,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the sync protocol; the first stdout line is `listening on http://HOST:PORT`.
    Serve(ServeArgs),
    /// Events and their enrolment codes.
    #[command(subcommand)]
    Event(EventCommand),
    /// The secretariat's decisions on pledges, and the pledges held.
    #[command(subcommand)]
    Pledge(PledgeCommand),
    /// Devices.
    #[command(subcommand)]
    Device(DeviceCommand),
    /// Conflicting newcomers kept for the secretariat.
    #[command(subcommand)]
    Conflict(ConflictCommand),
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
    /// Export from an empty platform when there is none there yet.
    #[arg(long)]
    init: bool,
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
pub struct Storage {
    /// Data directory of the embedded SQLite database (owner-only: it holds
    /// contact details).
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
    /// Start an empty platform when --data/--database-url holds none
    /// (without it a mistyped --data is refused).
    #[arg(long)]
    init: bool,
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

/// Opens the storage the flags name; `init` says whether an empty platform
/// may be created there.
pub(crate) async fn open(storage: &Storage, init: Init) -> Result<Arc<dyn Db>, String> {
    match (&storage.data, &storage.database_url) {
        (Some(_), Some(_)) => Err("give either --data or --database-url, not both".into()),
        (None, None) => Err("give --data DIR (SQLite) or --database-url URL (PostgreSQL)".into()),
        (Some(dir), None) => {
            let dir = dir.clone();
            let db = tokio::task::spawn_blocking(move || SqliteDb::open_dir_with(&dir, init))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| e.to_string())?;
            Ok(Arc::new(db))
        }
        (None, Some(url)) => Ok(Arc::new(
            PgDb::connect_with(url, init)
                .await
                .map_err(|e| e.to_string())?,
        )),
    }
}

/// `--init` given: an empty platform may be created.
fn init_if(given: bool) -> Init {
    if given {
        Init::Create
    } else {
        Init::Refuse
    }
}

pub(crate) fn print_json(value: &impl serde::Serialize) -> Result<(), String> {
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
            // The platform first (a mistyped --data creates nothing), then
            // held while serving: `restore` refuses to swap the file under us.
            let db = open(&args.storage, init_if(args.init)).await?;
            let _lock = match &args.storage.data {
                Some(dir) if args.storage.database_url.is_none() => Some(DataLock::acquire(dir)?),
                _ => None,
            };
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
        Command::Event(command) => commands::event::run(command).await,
        Command::Pledge(command) => commands::pledge::run(command).await,
        Command::Device(command) => commands::device::run(command).await,
        Command::Conflict(command) => commands::conflict::run(command).await,
        Command::Export(args) => {
            let format = match args.format {
                ExportFormatArg::Csv => ExportFormat::Csv,
                ExportFormatArg::Xlsx => ExportFormat::Xlsx,
            };
            let db = open(&args.storage, init_if(args.init)).await?;
            let out = std::io::stdout().lock();
            export::export(&*db, format, args.with_contacts, out)
                .await
                .map(|_| ())
        }
    }
}

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    if let Err(message) = logging::init(matches!(cli.command, Command::Serve(_)), cli.log_format) {
        eprintln!("error: {message}");
        return ExitCode::FAILURE;
    }
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
