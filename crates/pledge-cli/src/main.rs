//! `pledge`: the headless client over the same store as the desktop app
//! (DESIGN.md §7). Data directory: `PLEDGE_DESK_DATA_DIR`, else the
//! platform's app-data directory. Output is JSON for scripts; errors go to
//! stderr with exit code 1 (2 for usage errors).

mod drafts;
mod signing;
mod staff;
mod sync;

use clap::{Parser, Subcommand};
use pledge_store::{Store, StoreError};

#[derive(Parser)]
#[command(
    name = "pledge",
    version,
    about = "Pledge Desk without a window: drafts, signing, verification"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Import drafts from a JSON file: one draft object (DESIGN.md §2 shape) or an array of them.
    Import { file: std::path::PathBuf },
    /// List drafts (or signed pledges with --signed), newest first, as
    /// {total, items, next_cursor}: every item, or --limit of them from --cursor.
    List {
        #[arg(long)]
        signed: bool,
        /// Search drafts by title, pledger or country.
        #[arg(long, default_value = "")]
        search: String,
        /// At most this many items (1 to 1000); without it, every item.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=1000))]
        limit: Option<u32>,
        /// Start after the page that answered this `next_cursor`.
        #[arg(long)]
        cursor: Option<String>,
    },
    /// Show a draft or a signed pledge as JSON.
    Show { id: String },
    /// Sign drafts non-interactively. One --signatory per pledger, in pledger order.
    Sign(signing::SignArgs),
    /// Print a signed pledge as {signed, signature, public_key} (standard base64).
    Export { pledge_id: String },
    /// Write a signed pledge's receipt as PDF: the whole pledge, every
    /// signature, the fingerprint and the QR code (labels are the DESIGN §2 names).
    Receipt {
        pledge_id: String,
        #[arg(long)]
        out: std::path::PathBuf,
    },
    /// Verify a file holding {signed, signature, public_key}.
    Verify { file: std::path::PathBuf },
    /// Amend a signed pledge: a new draft superseding it.
    Amend { pledge_id: String },
    /// The event this device serves.
    Event {
        #[command(subcommand)]
        action: drafts::EventAction,
    },
    /// This device's id and public-key fingerprint (made on first use).
    Identity,
    /// Enrol this device with the platform for the event set with `pledge event set`.
    /// The enrolment code is read from PLEDGE_ENROLLMENT_CODE, else from stdin — never from the command line.
    Enroll(sync::EnrollArgs),
    /// Deliver queued pledges and fetch status changes (one pass, or --retry-for).
    Sync(sync::SyncArgs),
    /// Outbox counts, server, enrolment.
    Status,
    /// USB bundles (DESIGN.md §5): export, import, verify, upload.
    Bundle {
        #[command(subcommand)]
        action: staff::BundleAction,
    },
    /// Batches of signed pledges, submitted as one unit.
    Batch {
        #[command(subcommand)]
        action: staff::BatchAction,
    },
    /// Exports for the secretariat: CSV, XLSX, and the event summary.
    Report {
        #[command(subcommand)]
        action: staff::ReportAction,
    },
    /// End of event: per device, what was signed, delivered, rejected, and what is only here.
    Reconcile,
}

/// What went wrong, for stderr.
pub enum Failure {
    Store(StoreError),
    Input(String),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Failure::Store(e)
    }
}

pub fn open_store() -> Result<Store, Failure> {
    let path = pledge_store::database_path()?;
    Ok(Store::open(&path)?)
}

pub fn print_json(value: &impl serde::Serialize) {
    match serde_json::to_string_pretty(value) {
        Ok(s) => println!("{s}"),
        Err(e) => eprintln!("pledge: could not print the result: {e}"),
    }
}

fn main() {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Import { file } => drafts::import(&file),
        Command::List {
            signed,
            search,
            limit,
            cursor,
        } => drafts::list(signed, &search, limit, cursor),
        Command::Show { id } => drafts::show(&id),
        Command::Sign(args) => signing::sign(args),
        Command::Export { pledge_id } => signing::export(&pledge_id),
        Command::Receipt { pledge_id, out } => signing::receipt(&pledge_id, &out),
        Command::Verify { file } => signing::verify_file(&file),
        Command::Amend { pledge_id } => drafts::amend(&pledge_id),
        Command::Event { action } => drafts::event(action),
        Command::Identity => signing::identity(),
        Command::Enroll(args) => sync::enroll_device(args),
        Command::Sync(args) => sync::sync(args),
        Command::Status => sync::status(),
        Command::Bundle { action } => staff::bundle(action),
        Command::Batch { action } => staff::batch(action),
        Command::Report { action } => staff::report(action),
        Command::Reconcile => staff::reconcile(),
    };
    if let Err(failure) = result {
        match failure {
            Failure::Store(e) => {
                eprintln!("pledge: {e} [{}]", e.code());
                // What to complete, one line each, as the window shows it at the field.
                if let StoreError::NotSignable(problems) = &e {
                    for p in problems {
                        let code = serde_json::to_value(p.code).unwrap_or_default();
                        eprintln!(
                            "  {}: {} [{}]",
                            p.path,
                            p.message,
                            code.as_str().unwrap_or("")
                        );
                    }
                }
            }
            Failure::Input(msg) => eprintln!("pledge: {msg}"),
        }
        std::process::exit(1);
    }
}
