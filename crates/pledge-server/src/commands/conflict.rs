//! `pledge-server conflict list`: newcomers that reused a stored pledge id
//! with other bytes (the first stays; these are kept for the secretariat).

use clap::Subcommand;

use super::output::{or_blank, print, Format, Listed};
use crate::cli::{open, Storage};
use crate::db::{ConflictRow, Init};

#[derive(Debug, Subcommand)]
pub enum ConflictCommand {
    /// Every audited conflict, oldest first.
    List {
        #[command(flatten)]
        storage: Storage,
        #[arg(long, value_enum, default_value = "table")]
        format: Format,
    },
}

impl Listed for ConflictRow {
    const HEADER: &'static [&'static str] = &[
        "id",
        "pledge_id",
        "device",
        "content_hash",
        "received_at",
        "received_from",
        "bundle_id",
    ];
    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.pledge_id.clone(),
            self.device_id.clone(),
            self.content_hash.clone(),
            self.received_at.clone(),
            self.received_from.clone(),
            or_blank(&self.bundle_id),
        ]
    }
}

pub async fn run(command: ConflictCommand) -> Result<(), String> {
    match command {
        ConflictCommand::List { storage, format } => {
            let db = open(&storage, Init::Refuse).await?;
            print(&db.conflicts().await.map_err(|e| e.to_string())?, format)
        }
    }
}
