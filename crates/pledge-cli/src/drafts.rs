use std::path::Path;

use clap::Subcommand;
use pledge_core::DraftContent;
use pledge_store::{DraftQuery, EventSettings, StoreError};

use crate::{open_store, print_json, Failure};

#[derive(Subcommand)]
pub enum EventAction {
    /// Set the event (id: a slug such as kigali-2022).
    Set {
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
    },
    /// Show the event.
    Show,
}

pub fn import(file: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Failure::Input(format!("cannot read {}: {e}", file.display())))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| Failure::Input(format!("{} is not JSON: {e}", file.display())))?;
    let items = match value {
        serde_json::Value::Array(items) => items,
        one => vec![one],
    };
    let mut drafts = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let draft: DraftContent = serde_json::from_value(item).map_err(|e| {
            Failure::Input(format!(
                "draft {i} in {} does not fit a pledge draft: {e}",
                file.display()
            ))
        })?;
        drafts.push(draft);
    }
    let ids = open_store()?.import_drafts(&drafts)?;
    print_json(&serde_json::json!({ "imported": ids }));
    Ok(())
}

pub fn list(signed: bool, search: &str) -> Result<(), Failure> {
    let store = open_store()?;
    if signed {
        print_json(&store.list_pledges(0)?);
    } else {
        let query = DraftQuery {
            text: search.into(),
            ..DraftQuery::default()
        };
        print_json(&store.list_drafts(&query)?);
    }
    Ok(())
}

pub fn show(id: &str) -> Result<(), Failure> {
    let store = open_store()?;
    match store.pledge(id) {
        Ok(p) => {
            // The secretariat's reason (a rejection's) the status feed brought.
            let mut shown = serde_json::to_value(&p)
                .map_err(|e| Failure::Input(format!("could not print the pledge: {e}")))?;
            shown["status_reason"] = store.status_reason(id)?.into();
            print_json(&shown)
        }
        Err(StoreError::PledgeNotFound(_)) => print_json(&store.draft(id)?),
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

pub fn amend(pledge_id: &str) -> Result<(), Failure> {
    let draft = open_store()?.amend(pledge_id)?;
    print_json(&draft);
    Ok(())
}

pub fn event(action: EventAction) -> Result<(), Failure> {
    let mut store = open_store()?;
    match action {
        EventAction::Set { id, name } => {
            store.set_event(&EventSettings {
                event_id: id,
                event_name: name,
            })?;
            print_json(&store.event()?);
        }
        EventAction::Show => print_json(&store.event()?),
    }
    Ok(())
}
