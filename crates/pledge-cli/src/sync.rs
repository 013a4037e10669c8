//! `pledge enroll`, `pledge sync`, `pledge status`: the sync engine headless.

use std::io::{BufRead, IsTerminal};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use backon::{BackoffBuilder, ExponentialBuilder};
use clap::Args;
use pledge_sync::{enroll, load_config, sync_once, SyncError, BACKOFF_MAX, BACKOFF_MIN};

use crate::{open_store, print_json, Failure};

/// Where the enrolment code comes from when stdin is not used: never argv,
/// which every user of the machine can read (`ps`, /proc).
pub const CODE_ENV: &str = "PLEDGE_ENROLLMENT_CODE";

// The event's enrolment code (delegate or staff) is not an argument: see
// `enrollment_code`.
#[derive(Args)]
pub struct EnrollArgs {
    /// The platform's address, e.g. https://pledges.example.org (http only for localhost).
    #[arg(long)]
    server: String,
    /// A name for this laptop, shown to the secretariat.
    #[arg(long, default_value = "pledge command")]
    name: String,
}

#[derive(Args)]
pub struct SyncArgs {
    /// Keep trying transient failures (backoff with full jitter, 1 s → 5 min)
    /// until nothing is pending, for at most this many seconds.
    #[arg(long, value_name = "SECONDS")]
    retry_for: Option<u64>,
}

impl From<SyncError> for Failure {
    fn from(e: SyncError) -> Self {
        Failure::Input(format!("{e} [{}]", e.printed_code()))
    }
}

pub fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| Failure::Input(format!("cannot start: {e}")))
}

/// The enrolment code from `PLEDGE_ENROLLMENT_CODE`, else stdin's first line.
fn enrollment_code() -> Result<String, Failure> {
    if let Some(code) = std::env::var_os(CODE_ENV) {
        let code = code
            .into_string()
            .map_err(|_| Failure::Input(format!("{CODE_ENV} is not text [no_enrollment_code]")))?;
        if !code.trim().is_empty() {
            return Ok(code.trim().to_owned());
        }
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!("Enrolment code: ");
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .map_err(|e| Failure::Input(format!("cannot read the enrolment code: {e}")))?;
    let code = line.trim();
    if code.is_empty() {
        return Err(Failure::Input(format!(
            "no enrolment code: give it on stdin or in {CODE_ENV} (never as an argument) [no_enrollment_code]"
        )));
    }
    Ok(code.to_owned())
}

pub fn enroll_device(args: EnrollArgs) -> Result<(), Failure> {
    let code = enrollment_code()?;
    let mut store = open_store()?;
    let identity = store.identity()?;
    let store = Mutex::new(store);
    let answer = runtime()?.block_on(enroll(&store, &identity, &args.server, &code, &args.name))?;
    print_json(&serde_json::json!({ "device_id": answer.device_id, "role": answer.role }));
    Ok(())
}

pub fn sync(args: SyncArgs) -> Result<(), Failure> {
    let mut store = open_store()?;
    let identity = store.identity()?;
    store.reset_sending()?;
    let store = Mutex::new(store);
    let deadline = args
        .retry_for
        .map(|s| Instant::now() + Duration::from_secs(s));
    let mut backoff = ExponentialBuilder::default()
        .with_min_delay(BACKOFF_MIN)
        .with_max_delay(BACKOFF_MAX)
        .without_max_times()
        .build();
    let rt = runtime()?;
    loop {
        let result = rt.block_on(sync_once(&store, &identity, &|_| {}));
        match result {
            Ok(report) => {
                let pending = store
                    .lock()
                    .map_err(|_| Failure::Input("store unavailable".into()))?
                    .outbox_counts()?
                    .pending();
                if pending == 0 || deadline.is_none() {
                    print_json(&report);
                    return Ok(());
                }
            }
            Err(e) if e.is_transient() && deadline.is_some_and(|d| Instant::now() < d) => {
                let step = backoff.next().unwrap_or(BACKOFF_MAX);
                let wait = e
                    .retry_after()
                    .unwrap_or_else(|| step.mul_f64(fastrand::f64()));
                eprintln!("pledge: {e}; trying again in {:.1} s", wait.as_secs_f64());
                std::thread::sleep(wait);
            }
            Err(e) => return Err(e.into()),
        }
    }
}

pub fn status() -> Result<(), Failure> {
    let store = open_store()?;
    let config = load_config(&store)?;
    print_json(&serde_json::json!({
        "server": config.as_ref().map(|c| c.server_url.clone()),
        "enrolled": config.as_ref().is_some_and(|c| c.token.is_some()),
        "role": config.and_then(|c| c.role),
        "event": store.event()?,
        "outbox": store.outbox_counts()?,
        "status_cursor": store.status_cursor()?,
    }));
    Ok(())
}
