//! `pledge-server device list|revoke|confirm-key`.

use clap::Subcommand;
use pledge_core::signing::PublicKey;
use serde::Serialize;

use super::output::{or_blank, print, Format, Listed};
use crate::admin;
use crate::cli::{open, print_json, Storage};
use crate::db::{DeviceRow, Init};

#[derive(Debug, Subcommand)]
pub enum DeviceCommand {
    /// Every device the platform knows (enrolled, or vouched for by a
    /// staff device's bundle), with its key fingerprint and pledge count.
    List {
        #[command(flatten)]
        storage: Storage,
        #[arg(long = "event", value_name = "EVENT_ID")]
        event_id: Option<String>,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
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

/// One line of `device list`.
#[derive(Debug, Serialize)]
pub struct DeviceLine {
    pub device_id: String,
    pub event_id: String,
    /// `delegate`, `staff`, or `vouched` (only known from a bundle).
    pub role: String,
    pub name: Option<String>,
    pub app_version: Option<String>,
    pub key_fingerprint: String,
    pub key_unconfirmed: bool,
    pub vouched_by: Option<String>,
    pub created_at: String,
    pub enrolled_at: Option<String>,
    pub revoked_at: Option<String>,
    pub pledges: i64,
}

impl DeviceLine {
    fn of(row: DeviceRow) -> DeviceLine {
        let key_fingerprint = PublicKey::from_base64(&row.public_key)
            .map(|k| k.fingerprint())
            .unwrap_or_else(|_| "(unusable key)".into());
        DeviceLine {
            device_id: row.device_id,
            event_id: row.event_id,
            role: row.role.unwrap_or_else(|| "vouched".into()),
            name: row.name,
            app_version: row.app_version,
            key_fingerprint,
            key_unconfirmed: row.key_unconfirmed,
            vouched_by: row.vouched_by,
            created_at: row.created_at,
            enrolled_at: row.enrolled_at,
            revoked_at: row.revoked_at,
            pledges: row.pledges,
        }
    }
}

impl Listed for DeviceLine {
    const HEADER: &'static [&'static str] = &[
        "device_id",
        "event",
        "role",
        "name",
        "key",
        "key_confirmed",
        "pledges",
        "revoked_at",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.device_id.clone(),
            self.event_id.clone(),
            self.role.clone(),
            or_blank(&self.name),
            self.key_fingerprint.clone(),
            if self.key_unconfirmed { "no" } else { "yes" }.into(),
            self.pledges.to_string(),
            or_blank(&self.revoked_at),
        ]
    }
}

pub async fn run(command: DeviceCommand) -> Result<(), String> {
    match command {
        DeviceCommand::List {
            storage,
            event_id,
            format,
        } => {
            let db = open(&storage, Init::Refuse).await?;
            let rows = db.device_list(event_id).await.map_err(|e| e.to_string())?;
            let lines: Vec<_> = rows.into_iter().map(DeviceLine::of).collect();
            print(&lines, format)
        }
        DeviceCommand::ConfirmKey {
            storage,
            device_id,
            fingerprint,
        } => {
            let db = open(&storage, Init::Refuse).await?;
            let confirmed = admin::confirm_key(&*db, &device_id, &fingerprint).await?;
            print_json(&serde_json::json!({
                "device_id": device_id,
                "key_fingerprint": confirmed,
                "key_confirmed": true,
            }))
        }
        DeviceCommand::Revoke { storage, device_id } => {
            let db = open(&storage, Init::Refuse).await?;
            admin::revoke_device(&*db, &device_id).await?;
            print_json(&serde_json::json!({ "device_id": device_id, "revoked": true }))
        }
    }
}
