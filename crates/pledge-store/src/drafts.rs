//! Drafts: created blank, autosaved as the delegate types, listed and
//! searched, soft-deleted and restored. Nothing here requires validity; a
//! draft keeps whatever was typed.

use pledge_core::DraftContent;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::search::reindex;
use crate::{Store, StoreError};

/// The largest draft (as JSON) the store accepts; far above what the limits
/// of DESIGN.md §2 allow, so only pasted junk hits it.
pub const MAX_DRAFT_BYTES: usize = 256 * 1024;

/// A draft as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DraftRecord {
    pub id: String,
    pub content: DraftContent,
    /// Increases with every save; a save names the revision it edited.
    #[ts(type = "number")]
    pub revision: i64,
    pub supersedes: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
    /// The pledge this draft was signed as; a signed draft no longer changes.
    pub sealed_as: Option<String>,
}

/// The answer to a save: what the form needs to say "Saved".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct SavedDraft {
    pub id: String,
    #[ts(type = "number")]
    pub revision: i64,
    pub updated_at: String,
}

/// One row of the drafts list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DraftSummary {
    pub id: String,
    pub title: String,
    /// Pledger names, the lead first.
    pub pledgers: Vec<String>,
    /// Target countries (alpha-3).
    pub countries: Vec<String>,
    pub updated_at: String,
    pub deleted_at: Option<String>,
    pub sealed_as: Option<String>,
}

/// What to list: `text` searches title, pledgers and countries.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default)]
pub struct DraftQuery {
    pub text: String,
    /// List the deleted drafts (to restore one) instead of the live ones.
    pub deleted: bool,
    /// How many to answer at most (0: a page of 200; at most 1000).
    #[ts(type = "number")]
    pub limit: u32,
    /// Where the page starts: the `next_cursor` of the previous page.
    #[ts(optional)]
    pub cursor: Option<String>,
}

fn to_json(content: &DraftContent) -> Result<String, StoreError> {
    let json = serde_json::to_string(content)?;
    if json.len() > MAX_DRAFT_BYTES {
        return Err(StoreError::DraftTooLarge {
            bytes: json.len(),
            max: MAX_DRAFT_BYTES,
        });
    }
    Ok(json)
}

pub(crate) fn summary(
    id: String,
    content: &str,
    updated_at: String,
    deleted_at: Option<String>,
    sealed_as: Option<String>,
) -> DraftSummary {
    let content: DraftContent = serde_json::from_str(content).unwrap_or_default();
    let mut pledgers: Vec<_> = content.pledgers.iter().collect();
    pledgers.sort_by_key(|p| !p.lead);
    DraftSummary {
        id,
        title: content.title.clone(),
        pledgers: pledgers.iter().map(|p| p.name.clone()).collect(),
        countries: content.geography.countries.clone(),
        updated_at,
        deleted_at,
        sealed_as,
    }
}

impl Store {
    /// Creates a draft and returns it; durable when this returns.
    pub fn create_draft(&mut self, content: &DraftContent) -> Result<DraftRecord, StoreError> {
        self.create_draft_superseding(content, None)
    }

    /// A new draft that amends (supersedes) an earlier pledge.
    pub fn create_draft_superseding(
        &mut self,
        content: &DraftContent,
        supersedes: Option<&str>,
    ) -> Result<DraftRecord, StoreError> {
        let json = to_json(content)?;
        let id = uuid::Uuid::now_v7().to_string();
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO drafts (id, content, supersedes, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![id, json, supersedes, now],
        )?;
        let seq = tx.last_insert_rowid();
        reindex(&tx, seq, content)?;
        tx.commit()?;
        self.draft(&id)
    }

    /// Adds many drafts in one transaction (imports, benchmarks): all or none.
    pub fn import_drafts<'a>(
        &mut self,
        contents: impl IntoIterator<Item = &'a DraftContent>,
    ) -> Result<Vec<String>, StoreError> {
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut ids = Vec::new();
        {
            let mut insert = tx.prepare_cached(
                "INSERT INTO drafts (id, content, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            )?;
            for content in contents {
                let id = uuid::Uuid::now_v7().to_string();
                insert.execute(params![id, to_json(content)?, now])?;
                reindex(&tx, tx.last_insert_rowid(), content)?;
                ids.push(id);
            }
        }
        tx.commit()?;
        Ok(ids)
    }

    /// Autosave: replaces the content of a draft that is still at
    /// `revision`. Durable (fsynced) when this returns.
    pub fn save_draft(
        &mut self,
        id: &str,
        content: &DraftContent,
        revision: i64,
    ) -> Result<SavedDraft, StoreError> {
        let json = to_json(content)?;
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let row: Option<(i64, i64, Option<String>)> = tx
            .query_row(
                "SELECT seq, revision, sealed_as FROM drafts WHERE id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let (seq, current, sealed) = row.ok_or_else(|| StoreError::DraftNotFound(id.to_owned()))?;
        if let Some(pledge_id) = sealed {
            return Err(StoreError::DraftSealed(pledge_id));
        }
        if current != revision {
            return Err(StoreError::StaleRevision {
                current,
                given: revision,
            });
        }
        tx.execute(
            "UPDATE drafts SET content = ?2, revision = revision + 1, updated_at = ?3 WHERE seq = ?1",
            params![seq, json, now],
        )?;
        reindex(&tx, seq, content)?;
        tx.commit()?;
        Ok(SavedDraft {
            id: id.to_owned(),
            revision: revision + 1,
            updated_at: now,
        })
    }

    pub fn draft(&self, id: &str) -> Result<DraftRecord, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT id, content, revision, supersedes, created_at, updated_at, deleted_at, sealed_as
                 FROM drafts WHERE id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                        r.get(6)?,
                        r.get(7)?,
                    ))
                },
            )
            .optional()?;
        let (id, content, revision, supersedes, created_at, updated_at, deleted_at, sealed_as) =
            row.ok_or_else(|| StoreError::DraftNotFound(id.to_owned()))?;
        Ok(DraftRecord {
            id,
            content: serde_json::from_str(&content)?,
            revision,
            supersedes,
            created_at,
            updated_at,
            deleted_at,
            sealed_as,
        })
    }

    /// Every draft that is neither signed nor deleted, oldest first (batch signing).
    pub fn unsigned_draft_ids(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM drafts WHERE sealed_as IS NULL AND deleted_at IS NULL ORDER BY seq",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// Moves a draft to the deleted list; [`Store::restore_draft`] brings it back.
    pub fn delete_draft(&mut self, id: &str) -> Result<(), StoreError> {
        let now = self.now();
        self.set_deleted(id, Some(now))
    }

    pub fn restore_draft(&mut self, id: &str) -> Result<(), StoreError> {
        self.set_deleted(id, None)
    }

    fn set_deleted(&mut self, id: &str, at: Option<String>) -> Result<(), StoreError> {
        let n = self.conn.execute(
            "UPDATE drafts SET deleted_at = ?2 WHERE id = ?1",
            params![id, at],
        )?;
        if n == 0 {
            return Err(StoreError::DraftNotFound(id.to_owned()));
        }
        Ok(())
    }
}
