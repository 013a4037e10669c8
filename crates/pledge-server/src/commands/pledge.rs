//! `pledge-server pledge set-status|list`: the secretariat's decisions
//! (the rule of `pledge_core::decision`) and what the platform holds.

use clap::{Args, Subcommand, ValueEnum};
use pledge_core::wire::PledgeStatus;
use pledge_core::Envelope;
use serde::Serialize;

use super::output::{print, Format, Listed};
use crate::admin::{self, DecisionRequest};
use crate::cli::{open, print_json, Storage};
use crate::db::{Db, Init, PledgeRow};

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DecidedStatus {
    Verified,
    Published,
    Rejected,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AnyStatus {
    Received,
    Verified,
    Published,
    Rejected,
    Superseded,
}

impl AnyStatus {
    fn wire(self) -> PledgeStatus {
        match self {
            AnyStatus::Received => PledgeStatus::Received,
            AnyStatus::Verified => PledgeStatus::Verified,
            AnyStatus::Published => PledgeStatus::Published,
            AnyStatus::Rejected => PledgeStatus::Rejected,
            AnyStatus::Superseded => PledgeStatus::Superseded,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum PledgeCommand {
    /// Record a decision: received → verified → published, or rejected
    /// (with a reason) from received or verified. Going back on a decision
    /// needs --reopen and a reason. The same status again changes nothing.
    /// Each change reaches the status feed and the audit table.
    SetStatus(SetStatusArgs),
    /// The stored pledges: id, event, device, status, received_at, title
    /// (no contact details).
    List {
        #[command(flatten)]
        storage: Storage,
        #[arg(long, value_enum)]
        status: Option<AnyStatus>,
        #[arg(long = "event", value_name = "EVENT_ID")]
        event_id: Option<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
}

#[derive(Debug, Args)]
pub struct SetStatusArgs {
    #[command(flatten)]
    storage: Storage,
    pledge_id: String,
    status: DecidedStatus,
    /// Why: required to reject and to reopen; the laptops show it.
    #[arg(long)]
    reason: Option<String>,
    /// Go back on a decision (rejected → verified/published, or away from
    /// published).
    #[arg(long)]
    reopen: bool,
    /// Who decides (recorded in the audit table, never logged). Without
    /// it, the login name that runs the command (DESIGN.md §7 keeps
    /// `set-status` callable without `--by`).
    #[arg(long, value_name = "NAME", env = "PLEDGE_SERVER_OPERATOR")]
    by: Option<String>,
    /// The signing device, when pledges of several devices share the id
    /// (pledge_id_collision).
    #[arg(long = "device", value_name = "DEVICE_ID")]
    device_id: Option<String>,
}

/// One line of `pledge list`.
#[derive(Debug, Serialize)]
pub struct PledgeLine {
    pub pledge_id: String,
    pub event_id: String,
    pub device_id: String,
    pub status: PledgeStatus,
    pub received_at: String,
    pub title: String,
}

impl Listed for PledgeLine {
    const HEADER: &'static [&'static str] = &[
        "pledge_id",
        "event",
        "device",
        "status",
        "received_at",
        "title",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.pledge_id.clone(),
            self.event_id.clone(),
            self.device_id.clone(),
            self.status.as_str().into(),
            self.received_at.clone(),
            self.title.clone(),
        ]
    }
}

fn line(row: &PledgeRow) -> Result<PledgeLine, String> {
    let envelope: Envelope = serde_json::from_slice(&row.signed)
        .map_err(|e| format!("stored pledge {} is unreadable: {e}", row.pledge_id))?;
    Ok(PledgeLine {
        pledge_id: row.pledge_id.clone(),
        event_id: row.event_id.clone(),
        device_id: row.device_id.clone(),
        status: row.status,
        received_at: row.received_at.clone(),
        title: envelope.pledge.title,
    })
}

/// The stored pledges, oldest first, with the filters given.
pub async fn list(
    db: &dyn Db,
    status: Option<PledgeStatus>,
    event_id: Option<&str>,
) -> Result<Vec<PledgeLine>, String> {
    db.export_pledges()
        .await
        .map_err(|e| e.to_string())?
        .iter()
        .filter(|r| status.is_none_or(|s| r.status == s))
        .filter(|r| event_id.is_none_or(|e| r.event_id == e))
        .map(line)
        .collect()
}

pub async fn run(command: PledgeCommand) -> Result<(), String> {
    match command {
        PledgeCommand::SetStatus(args) => {
            let to = match args.status {
                DecidedStatus::Verified => PledgeStatus::Verified,
                DecidedStatus::Published => PledgeStatus::Published,
                DecidedStatus::Rejected => PledgeStatus::Rejected,
            };
            let db = open(&args.storage, Init::Refuse).await?;
            let request = DecisionRequest {
                pledge_id: args.pledge_id,
                device_id: args.device_id,
                to,
                reason: args.reason,
                reopen: args.reopen,
                by: args.by.unwrap_or_else(login_name),
            };
            print_json(&admin::decide(&*db, request).await?)
        }
        PledgeCommand::List {
            storage,
            status,
            event_id,
            format,
        } => {
            let db = open(&storage, Init::Refuse).await?;
            let rows = list(&*db, status.map(AnyStatus::wire), event_id.as_deref()).await?;
            print(&rows, format)
        }
    }
}

/// Who runs this command, as the system names them: the decision is still
/// attributed when `--by` is not given.
fn login_name() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.trim().is_empty()))
        .map(|name| format!("login:{name}"))
        .unwrap_or_else(|| "login:unknown".to_owned())
}
