//! Sealing a draft into a signed pledge (DESIGN.md §3) and reading signed
//! pledges back. The seal, the gap-free `device_seq` and the outbox row are
//! written in one transaction: a crash leaves a draft or a sealed pledge,
//! never half of one.

use pledge_core::signing::{fingerprint, seal, to_hex, SealError};
use pledge_core::wire::PledgeStatus;
use pledge_core::{validate, DraftContent, Envelope, Signatory, ENVELOPE_KIND, ENVELOPE_VERSION};
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::identity::Identity;
use crate::{DraftRecord, Store, StoreError};

/// Where a signed pledge is on its way to the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OutboxState {
    /// Signed and held (staff review) until submitted.
    Signed,
    Queued,
    Sending,
    Acknowledged,
    Rejected,
    Conflict,
}

impl OutboxState {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxState::Signed => "signed",
            OutboxState::Queued => "queued",
            OutboxState::Sending => "sending",
            OutboxState::Acknowledged => "acknowledged",
            OutboxState::Rejected => "rejected",
            OutboxState::Conflict => "conflict",
        }
    }

    pub fn parse(s: &str) -> Option<OutboxState> {
        [
            OutboxState::Signed,
            OutboxState::Queued,
            OutboxState::Sending,
            OutboxState::Acknowledged,
            OutboxState::Rejected,
            OutboxState::Conflict,
        ]
        .into_iter()
        .find(|o| o.as_str() == s)
    }
}

/// A signed pledge as the receipt and lists show it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PledgeRecord {
    pub pledge_id: String,
    pub draft_id: Option<String>,
    pub envelope: Envelope,
    /// Lower-case hex SHA-256 of the signed bytes.
    pub content_hash: String,
    /// First 16 hex digits of the hash, grouped by 4.
    pub fingerprint: String,
    pub public_key: String,
    pub state: OutboxState,
    pub server_status: Option<PledgeStatus>,
    /// The server's reason when rejected or in conflict.
    pub message: Option<String>,
}

/// One row of the list of signed pledges.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PledgeSummary {
    pub pledge_id: String,
    pub title: String,
    #[ts(type = "number")]
    pub device_seq: i64,
    pub signed_at: String,
    pub fingerprint: String,
    pub state: OutboxState,
    pub server_status: Option<PledgeStatus>,
}

/// The bytes and signature of a stored pledge, exactly as signed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignedBytes {
    pub pledge_id: String,
    pub signed: Vec<u8>,
    pub signature: Vec<u8>,
    pub public_key: String,
}

/// The columns of a draft that sealing reads.
struct DraftToSeal {
    content: String,
    revision: i64,
    supersedes: Option<String>,
    deleted: bool,
    sealed_as: Option<String>,
}

pub(crate) fn parse_status(s: Option<String>) -> Option<PledgeStatus> {
    s.and_then(|s| serde_json::from_value(serde_json::Value::String(s)).ok())
}

impl Store {
    /// Seals draft `draft_id` (which must still be at `revision`) with the
    /// signatories' signatures: validates, assigns the next `device_seq`,
    /// builds and signs the envelope, stores it with its outbox row, and
    /// freezes the draft — all in one transaction.
    pub fn seal_draft(
        &mut self,
        identity: &Identity,
        draft_id: &str,
        revision: i64,
        signatories: Vec<Signatory>,
    ) -> Result<PledgeRecord, StoreError> {
        let min = pledge_core::LIMITS.signatory_name_min;
        if signatories
            .iter()
            .any(|s| s.name.trim().chars().count() < min)
        {
            return Err(StoreError::Signatories(format!(
                "Each signatory writes their full name: at least {min} characters."
            )));
        }
        let event = self.event()?.ok_or(StoreError::NoEvent)?;
        let hold = self.setting("hold_submissions")?.as_deref() == Some("true");
        let now = self.now();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let row = tx
            .query_row(
                "SELECT content, revision, supersedes, deleted_at, sealed_as FROM drafts WHERE id = ?1",
                [draft_id],
                |r| {
                    Ok(DraftToSeal {
                        content: r.get(0)?,
                        revision: r.get(1)?,
                        supersedes: r.get(2)?,
                        deleted: r.get::<_, Option<String>>(3)?.is_some(),
                        sealed_as: r.get(4)?,
                    })
                },
            )
            .optional()?;
        let DraftToSeal {
            content,
            revision: current,
            supersedes,
            deleted,
            sealed_as,
        } = row.ok_or_else(|| StoreError::DraftNotFound(draft_id.to_owned()))?;
        if let Some(pledge_id) = sealed_as {
            return Err(StoreError::DraftSealed(pledge_id));
        }
        if deleted {
            return Err(StoreError::DraftNotFound(draft_id.to_owned()));
        }
        if current != revision {
            return Err(StoreError::StaleRevision {
                current,
                given: revision,
            });
        }
        let content: DraftContent = serde_json::from_str(&content)?;
        let pledge = validate(&content).map_err(StoreError::NotSignable)?;
        let (device_seq, device_id): (i64, String) = tx.query_row(
            "SELECT next_seq, device_id FROM device WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if device_id != identity.device_id {
            // the identity was renewed since the caller loaded it
            return Err(StoreError::IdentityRenewed);
        }
        let envelope = Envelope {
            v: ENVELOPE_VERSION,
            kind: ENVELOPE_KIND.into(),
            pledge_id: uuid::Uuid::now_v7().to_string(),
            supersedes,
            event_id: event.event_id,
            device_id: identity.device_id.clone(),
            device_seq: device_seq as u64,
            signed_at: now.clone(),
            pledge,
            signatories,
        };
        let sealed = seal(&envelope, identity.key()).map_err(|e| match e {
            SealError::Invalid(problems) => StoreError::Signatories(
                problems
                    .iter()
                    .map(|p| format!("{}: {}", p.path, p.message))
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
            SealError::Canonical(msg) => StoreError::Signatories(msg),
        })?;
        tx.execute("UPDATE device SET next_seq = next_seq + 1 WHERE id = 1", [])?;
        tx.execute(
            "INSERT INTO pledges (pledge_id, draft_id, device_id, device_seq, event_id, supersedes,
                signed, signature, public_key, content_hash, signed_at, title, stored_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?11)",
            params![
                envelope.pledge_id,
                draft_id,
                envelope.device_id,
                device_seq,
                envelope.event_id,
                envelope.supersedes,
                sealed.signed,
                sealed.signature.to_vec(),
                identity.public_key.to_base64(),
                to_hex(&sealed.content_hash),
                now,
                envelope.pledge.title,
            ],
        )?;
        let state = if hold {
            OutboxState::Signed
        } else {
            OutboxState::Queued
        };
        tx.execute(
            "INSERT INTO outbox (pledge_id, state, updated_at) VALUES (?1, ?2, ?3)",
            params![envelope.pledge_id, state.as_str(), now],
        )?;
        tx.execute(
            "UPDATE drafts SET sealed_as = ?2 WHERE id = ?1",
            params![draft_id, envelope.pledge_id],
        )?;
        tx.commit()?;
        self.pledge(&envelope.pledge_id)
    }

    pub fn pledge(&self, pledge_id: &str) -> Result<PledgeRecord, StoreError> {
        let row = self
            .conn
            .query_row(
                "SELECT p.pledge_id, p.draft_id, p.signed, p.content_hash, p.public_key,
                        o.state, o.server_status, o.message
                 FROM pledges p JOIN outbox o USING (pledge_id) WHERE p.pledge_id = ?1",
                [pledge_id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, Option<String>>(1)?,
                        r.get::<_, Vec<u8>>(2)?,
                        r.get::<_, String>(3)?,
                        r.get::<_, String>(4)?,
                        r.get::<_, String>(5)?,
                        r.get::<_, Option<String>>(6)?,
                        r.get::<_, Option<String>>(7)?,
                    ))
                },
            )
            .optional()?;
        let (pledge_id, draft_id, signed, content_hash, public_key, state, status, message) =
            row.ok_or_else(|| StoreError::PledgeNotFound(pledge_id.to_owned()))?;
        let envelope: Envelope = serde_json::from_slice(&signed)?;
        let hash: [u8; 32] = pledge_core::signing::sha256(&signed);
        Ok(PledgeRecord {
            pledge_id,
            draft_id,
            envelope,
            fingerprint: fingerprint(&hash),
            content_hash,
            public_key,
            state: OutboxState::parse(&state).unwrap_or(OutboxState::Queued),
            server_status: parse_status(status),
            message,
        })
    }

    /// The exact bytes of a stored pledge, for transport and verification.
    pub fn signed_bytes(&self, pledge_id: &str) -> Result<SignedBytes, StoreError> {
        self.conn
            .query_row(
                "SELECT pledge_id, signed, signature, public_key FROM pledges WHERE pledge_id = ?1",
                [pledge_id],
                |r| {
                    Ok(SignedBytes {
                        pledge_id: r.get(0)?,
                        signed: r.get(1)?,
                        signature: r.get(2)?,
                        public_key: r.get(3)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| StoreError::PledgeNotFound(pledge_id.to_owned()))
    }

    /// Starts an amendment: a new draft with the pledge's content and
    /// `supersedes` set. The signed pledge stays as it was.
    pub fn amend(&mut self, pledge_id: &str) -> Result<DraftRecord, StoreError> {
        let record = self.pledge(pledge_id)?;
        let content = DraftContent::from(&record.envelope.pledge);
        self.create_draft_superseding(&content, Some(pledge_id))
    }

    /// The next `device_seq` this device will assign (for diagnostics and tests).
    pub fn next_device_seq(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT next_seq FROM device WHERE id = 1", [], |r| r.get(0))
            .optional()?
            .unwrap_or(1))
    }
}
