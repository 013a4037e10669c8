//! The staff review queue: every signed pledge on this laptop (its own and
//! those carried in by bundle), with its delivery state and batch, filtered
//! the way staff ask ("held pledges on access from Rwanda").

use pledge_core::Envelope;
use rusqlite::types::Value;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{OutboxState, Store, StoreError};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewFilter {
    pub state: Option<OutboxState>,
    pub focus_area: Option<String>,
    pub pledger_kind: Option<String>,
    /// ISO 3166-1 alpha-3 of a target country or a pledger's country.
    pub country: Option<String>,
    /// Words in the title, a pledger's name, the pledge id, the contact's
    /// name or email, or a signatory's name.
    pub text: Option<String>,
    /// A batch id; `"none"` for pledges in no batch; unset for any.
    pub batch: Option<String>,
}

/// One row of the review queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewItem {
    pub pledge_id: String,
    pub device_id: String,
    #[ts(type = "number")]
    pub device_seq: u64,
    /// Signed on this laptop (else carried in by a bundle).
    pub own_device: bool,
    pub title: String,
    pub lead_pledger: String,
    pub pledgers: Vec<String>,
    pub pledger_kinds: Vec<String>,
    pub countries: Vec<String>,
    pub focus_areas: Vec<String>,
    pub support_types: Vec<String>,
    pub signed_at: String,
    pub state: OutboxState,
    pub server_status: Option<String>,
    pub code: Option<String>,
    pub message: Option<String>,
    pub batch_id: Option<String>,
    pub batch_name: Option<String>,
    /// The bundle it arrived in, when signed on another laptop.
    pub imported_from: Option<String>,
}

impl ReviewItem {
    fn matches(&self, envelope: &Envelope, f: &ReviewFilter) -> bool {
        let pledge = &envelope.pledge;
        if let Some(area) = &f.focus_area {
            if !self.focus_areas.contains(area) {
                return false;
            }
        }
        if let Some(kind) = &f.pledger_kind {
            if !self.pledger_kinds.contains(kind) {
                return false;
            }
        }
        if let Some(country) = &f.country {
            let pledger_country = pledge
                .pledgers
                .iter()
                .any(|p| p.country.as_deref() == Some(country.as_str()));
            if !self.countries.contains(country) && !pledger_country {
                return false;
            }
        }
        if let Some(text) = f.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            // Staff at the help desk are asked "I signed earlier; can I have
            // my receipt?": the contact and the signatories are searched too.
            // (The review queue is staff mode's only.)
            let signatories = envelope
                .signatories
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let haystack = format!(
                "{} {} {} {} {} {}",
                self.title,
                self.pledgers.join(" "),
                self.pledge_id,
                pledge.contact.name,
                pledge.contact.email,
                signatories
            )
            .to_lowercase();
            if !text
                .to_lowercase()
                .split_whitespace()
                .all(|word| haystack.contains(word))
            {
                return false;
            }
        }
        true
    }
}

impl Store {
    /// The queue, newest first, narrowed by `filter`.
    pub fn review_queue(&self, filter: &ReviewFilter) -> Result<Vec<ReviewItem>, StoreError> {
        let mut sql = String::from(
            "SELECT p.pledge_id, p.signed, p.imported_from, o.state, o.server_status, o.code,
                    o.message, m.batch_id, b.name
             FROM pledges p JOIN outbox o USING (pledge_id)
             LEFT JOIN batch_members m USING (pledge_id)
             LEFT JOIN batches b ON b.batch_id = m.batch_id WHERE 1 = 1",
        );
        let mut args: Vec<Value> = Vec::new();
        if let Some(state) = filter.state {
            sql.push_str(" AND o.state = ?");
            args.push(Value::Text(state.as_str().into()));
        }
        match filter.batch.as_deref() {
            None | Some("") => {}
            Some("none") => sql.push_str(" AND m.batch_id IS NULL"),
            Some(id) => {
                sql.push_str(" AND m.batch_id = ?");
                args.push(Value::Text(id.into()));
            }
        }
        sql.push_str(" ORDER BY p.seq DESC");
        self.review_rows(&sql, &args, filter)
    }

    pub(crate) fn review_rows(
        &self,
        sql: &str,
        args: &[Value],
        filter: &ReviewFilter,
    ) -> Result<Vec<ReviewItem>, StoreError> {
        let own = self.own_device_id()?;
        let mut stmt = self.conn.prepare_cached(sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(args))?;
        let mut out = Vec::new();
        while let Some(r) = rows.next()? {
            let signed: Vec<u8> = r.get(1)?;
            let envelope: Envelope = serde_json::from_slice(&signed)?;
            let state: String = r.get(3)?;
            let item = review_item(
                &envelope,
                own.as_deref(),
                ReviewRow {
                    imported_from: r.get(2)?,
                    state: OutboxState::parse(&state).unwrap_or(OutboxState::Queued),
                    server_status: r.get(4)?,
                    code: r.get(5)?,
                    message: r.get(6)?,
                    batch_id: r.get(7)?,
                    batch_name: r.get(8)?,
                },
            );
            if item.matches(&envelope, filter) {
                out.push(item);
            }
        }
        Ok(out)
    }

    /// This laptop's device id, once it has an identity.
    pub(crate) fn own_device_id(&self) -> Result<Option<String>, StoreError> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT device_id FROM device WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

struct ReviewRow {
    imported_from: Option<String>,
    state: OutboxState,
    server_status: Option<String>,
    code: Option<String>,
    message: Option<String>,
    batch_id: Option<String>,
    batch_name: Option<String>,
}

fn review_item(envelope: &Envelope, own: Option<&str>, row: ReviewRow) -> ReviewItem {
    let pledge = &envelope.pledge;
    let lead = pledge
        .pledgers
        .iter()
        .find(|p| p.lead)
        .or(pledge.pledgers.first());
    let mut kinds: Vec<String> = Vec::new();
    for kind in pledge.pledgers.iter().map(|p| p.kind.as_str().to_owned()) {
        if !kinds.contains(&kind) {
            kinds.push(kind);
        }
    }
    ReviewItem {
        pledge_id: envelope.pledge_id.clone(),
        device_id: envelope.device_id.clone(),
        device_seq: envelope.device_seq,
        own_device: own == Some(envelope.device_id.as_str()),
        title: pledge.title.clone(),
        lead_pledger: lead.map(|p| p.name.clone()).unwrap_or_default(),
        pledgers: pledge.pledgers.iter().map(|p| p.name.clone()).collect(),
        pledger_kinds: kinds,
        countries: pledge.geography.countries.clone(),
        focus_areas: pledge
            .focus_areas
            .iter()
            .map(|f| f.as_str().to_owned())
            .collect(),
        support_types: pledge
            .support_types
            .iter()
            .map(|t| t.as_str().to_owned())
            .collect(),
        signed_at: envelope.signed_at.clone(),
        state: row.state,
        server_status: row.server_status,
        code: row.code,
        message: row.message,
        batch_id: row.batch_id,
        batch_name: row.batch_name,
        imported_from: row.imported_from,
    }
}
