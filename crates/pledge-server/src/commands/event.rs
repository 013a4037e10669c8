//! `pledge-server event create|list|show|rotate-codes`.

use std::collections::BTreeMap;

use clap::Subcommand;
use serde::Serialize;

use super::output::{or_blank, print, Format, Listed};
use super::pledge;
use crate::admin;
use crate::cli::{open, print_json, Storage};
use crate::db::{EventRow, Init};

#[derive(Debug, Subcommand)]
pub enum EventCommand {
    /// Create an event (and the platform's database, if there is none yet);
    /// prints {"event_id","delegate_code","staff_code"} once.
    Create {
        #[command(flatten)]
        storage: Storage,
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
    },
    /// Every event with its device and pledge counts.
    List {
        #[command(flatten)]
        storage: Storage,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
    /// One event: its counts of devices by role and pledges by status (JSON).
    Show {
        #[command(flatten)]
        storage: Storage,
        event_id: String,
    },
    /// Replace both enrolment codes (a code was shared too widely): the old
    /// codes stop working for new enrolments, enrolled devices keep their
    /// tokens. Prints the new codes once, as `event create` does.
    RotateCodes {
        #[command(flatten)]
        storage: Storage,
        event_id: String,
    },
}

impl Listed for EventRow {
    const HEADER: &'static [&'static str] = &[
        "event_id",
        "name",
        "created_at",
        "codes_rotated_at",
        "devices",
        "pledges",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.event_id.clone(),
            self.name.clone(),
            self.created_at.clone(),
            or_blank(&self.codes_rotated_at),
            self.devices.to_string(),
            self.pledges.to_string(),
        ]
    }
}

#[derive(Debug, Serialize)]
struct EventDetail {
    #[serde(flatten)]
    event: EventRow,
    devices_by_role: BTreeMap<String, usize>,
    revoked_devices: usize,
    pledges_by_status: BTreeMap<&'static str, usize>,
}

pub async fn run(command: EventCommand) -> Result<(), String> {
    match command {
        EventCommand::Create { storage, id, name } => {
            let db = open(&storage, Init::Create).await?;
            print_json(&admin::create_event(&*db, &id, &name).await?)
        }
        EventCommand::List { storage, format } => {
            let db = open(&storage, Init::Refuse).await?;
            print(&db.events().await.map_err(|e| e.to_string())?, format)
        }
        EventCommand::Show { storage, event_id } => {
            let db = open(&storage, Init::Refuse).await?;
            let event = db
                .events()
                .await
                .map_err(|e| e.to_string())?
                .into_iter()
                .find(|e| e.event_id == event_id)
                .ok_or_else(|| format!("no event {event_id} is known"))?;
            let devices = db
                .device_list(Some(event_id.clone()))
                .await
                .map_err(|e| e.to_string())?;
            let mut devices_by_role = BTreeMap::new();
            for d in &devices {
                let role = d.role.clone().unwrap_or_else(|| "vouched".into());
                *devices_by_role.entry(role).or_default() += 1;
            }
            let mut pledges_by_status = BTreeMap::new();
            for p in pledge::list(&*db, None, Some(&event_id)).await? {
                *pledges_by_status.entry(p.status.as_str()).or_default() += 1;
            }
            print_json(&EventDetail {
                event,
                revoked_devices: devices.iter().filter(|d| d.revoked_at.is_some()).count(),
                devices_by_role,
                pledges_by_status,
            })
        }
        EventCommand::RotateCodes { storage, event_id } => {
            let db = open(&storage, Init::Refuse).await?;
            print_json(&admin::rotate_codes(&*db, &event_id).await?)
        }
    }
}
