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

/// One page of `limit` items, or every item (page after page) without one;
/// always with how many there are in all.
pub fn list(
    signed: bool,
    search: &str,
    limit: Option<u32>,
    cursor: Option<String>,
) -> Result<(), Failure> {
    let store = open_store()?;
    let page = |cursor: Option<String>| -> Result<serde_json::Value, StoreError> {
        let size = limit.unwrap_or(pledge_store::MAX_PAGE);
        Ok(if signed {
            serde_json::to_value(store.list_pledges(size, cursor.as_deref())?)?
        } else {
            serde_json::to_value(store.list_drafts(&DraftQuery {
                text: search.into(),
                limit: size,
                cursor,
                ..DraftQuery::default()
            })?)?
        })
    };
    let mut answer = page(cursor)?;
    if limit.is_none() {
        while let Some(next) = answer["next_cursor"].as_str().map(str::to_owned) {
            let more = page(Some(next))?;
            let items = more["items"].as_array().cloned().unwrap_or_default();
            if let Some(all) = answer["items"].as_array_mut() {
                all.extend(items);
            }
            answer["next_cursor"] = more["next_cursor"].clone();
        }
    }
    print_json(&answer);
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
