//! The lists of drafts and of signed pledges, a page at a time. Every page
//! says how many there are in all and where the next page starts, so no
//! list is ever cut off without a word. Pages are keyed on the list's order
//! (not on offsets), so a draft saved meanwhile is neither skipped nor shown
//! twice among the others.

use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::drafts::summary;
use crate::pledges::parse_status;
use crate::search::fts_query;
use crate::{DraftQuery, DraftSummary, OutboxState, PledgeSummary, Store, StoreError};

/// The page size when none is asked for, and the largest one answered.
pub const DEFAULT_PAGE: u32 = 200;
pub const MAX_PAGE: u32 = 1000;

/// One page of a list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Page<T: TS> {
    pub items: Vec<T>,
    /// How many match in all, on every page.
    #[ts(type = "number")]
    pub total: u64,
    /// Pass it as `cursor` for the next page; none on the last page.
    pub next_cursor: Option<String>,
}

fn page_size(limit: u32) -> usize {
    (if limit == 0 {
        DEFAULT_PAGE
    } else {
        limit.min(MAX_PAGE)
    }) as usize
}

/// Keeps `size` rows of the `size + 1` read; the cursor of the last one kept
/// when there were more.
fn cut<T>(mut rows: Vec<(T, String)>, size: usize) -> (Vec<T>, Option<String>) {
    let more = rows.len() > size;
    rows.truncate(size);
    let next = if more {
        rows.last().map(|(_, c)| c.clone())
    } else {
        None
    };
    (rows.into_iter().map(|(t, _)| t).collect(), next)
}

fn bad_cursor(cursor: &str) -> StoreError {
    StoreError::InvalidCursor(cursor.chars().take(80).collect())
}

/// A drafts cursor: the `updated_at` and row number of the last row shown.
fn draft_cursor(cursor: Option<&str>) -> Result<(Option<String>, i64), StoreError> {
    let Some(c) = cursor.filter(|c| !c.is_empty()) else {
        return Ok((None, 0));
    };
    let (at, seq) = c.rsplit_once('~').ok_or_else(|| bad_cursor(c))?;
    let seq = seq.parse::<i64>().map_err(|_| bad_cursor(c))?;
    Ok((Some(at.to_owned()), seq))
}

impl Store {
    /// Drafts, newest change first; with `text`, only those whose title,
    /// pledgers or countries match every word typed (as prefixes).
    pub fn list_drafts(&self, query: &DraftQuery) -> Result<Page<DraftSummary>, StoreError> {
        let size = page_size(query.limit);
        let (after_at, after_seq) = draft_cursor(query.cursor.as_deref())?;
        let map = |r: &rusqlite::Row| -> rusqlite::Result<(DraftSummary, String)> {
            let updated_at: String = r.get(2)?;
            let cursor = format!("{updated_at}~{}", r.get::<_, i64>(5)?);
            Ok((
                summary(
                    r.get(0)?,
                    &r.get::<_, String>(1)?,
                    updated_at,
                    r.get(3)?,
                    r.get(4)?,
                ),
                cursor,
            ))
        };
        let fetch = (size + 1) as i64;
        let (rows, total) = match fts_query(&query.text) {
            Some(fts) => {
                let mut stmt = self.conn.prepare_cached(
                    "SELECT d.id, d.content, d.updated_at, d.deleted_at, d.sealed_as, d.seq
                     FROM draft_search s JOIN drafts d ON d.seq = s.rowid
                     WHERE draft_search MATCH ?1 AND (d.deleted_at IS NOT NULL) = ?2
                       AND (?3 IS NULL OR (d.updated_at, d.seq) < (?3, ?4))
                     ORDER BY d.updated_at DESC, d.seq DESC LIMIT ?5",
                )?;
                let rows = stmt
                    .query_map(params![fts, query.deleted, after_at, after_seq, fetch], map)?
                    .collect::<Result<Vec<_>, _>>()?;
                let total: i64 = self.conn.query_row(
                    "SELECT COUNT(*) FROM draft_search s JOIN drafts d ON d.seq = s.rowid
                     WHERE draft_search MATCH ?1 AND (d.deleted_at IS NOT NULL) = ?2",
                    params![fts, query.deleted],
                    |r| r.get(0),
                )?;
                (rows, total)
            }
            None => {
                let mut stmt = self.conn.prepare_cached(
                    "SELECT id, content, updated_at, deleted_at, sealed_as, seq FROM drafts
                     WHERE (deleted_at IS NOT NULL) = ?1
                       AND (?2 IS NULL OR (updated_at, seq) < (?2, ?3))
                     ORDER BY updated_at DESC, seq DESC LIMIT ?4",
                )?;
                let rows = stmt
                    .query_map(params![query.deleted, after_at, after_seq, fetch], map)?
                    .collect::<Result<Vec<_>, _>>()?;
                let total: i64 = self.conn.query_row(
                    "SELECT COUNT(*) FROM drafts WHERE (deleted_at IS NOT NULL) = ?1",
                    [query.deleted],
                    |r| r.get(0),
                )?;
                (rows, total)
            }
        };
        let (items, next_cursor) = cut(rows, size);
        Ok(Page {
            items,
            total: total as u64,
            next_cursor,
        })
    }

    /// Signed pledges, newest first, `limit` at a time (0: a page of 200)
    /// from `cursor` (the previous page's `next_cursor`).
    pub fn list_pledges(
        &self,
        limit: u32,
        cursor: Option<&str>,
    ) -> Result<Page<PledgeSummary>, StoreError> {
        let size = page_size(limit);
        let before = match cursor.filter(|c| !c.is_empty()) {
            None => i64::MAX,
            Some(c) => c.parse::<i64>().map_err(|_| bad_cursor(c))?,
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT p.pledge_id, p.title, p.device_seq, p.signed_at, p.content_hash, o.state,
                    o.server_status, p.seq
             FROM pledges p JOIN outbox o USING (pledge_id) WHERE p.seq < ?1
             ORDER BY p.seq DESC LIMIT ?2",
        )?;
        let rows = stmt
            .query_map(params![before, (size + 1) as i64], |r| {
                let hash: String = r.get(4)?;
                let summary = PledgeSummary {
                    pledge_id: r.get(0)?,
                    title: r.get(1)?,
                    device_seq: r.get(2)?,
                    signed_at: r.get(3)?,
                    fingerprint: grouped(&hash),
                    state: OutboxState::parse(&r.get::<_, String>(5)?)
                        .unwrap_or(OutboxState::Queued),
                    server_status: parse_status(r.get(6)?),
                };
                Ok((summary, r.get::<_, i64>(7)?.to_string()))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        let total: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM pledges", [], |r| r.get(0))?;
        let (items, next_cursor) = cut(rows, size);
        Ok(Page {
            items,
            total: total as u64,
            next_cursor,
        })
    }
}

/// The first 16 hex digits of a content hash, grouped by 4.
fn grouped(hash: &str) -> String {
    hash.get(..16)
        .map(|h| {
            h.as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}
