//! From transported items to per-item outcomes (DESIGN.md §4): decode,
//! check who may send what, verify with the same pledge-core code the
//! desktop uses, then store the batch in one durable transaction.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, NaiveDateTime, Utc};
use pledge_core::signing::{b64_decode, sha256, to_hex, verify, PublicKey, VerifyError};
use pledge_core::wire::{
    ItemResult, Outcome, Role, SignedItem, DEVICE_SEQ_REUSED, PLEDGE_ID_COLLISION,
};
use serde::Deserialize;

use crate::app::timestamp;
use crate::auth::Caller;
use crate::db::{Db, DbError, DeviceRecord, NewPledge, StoreOutcome, VouchedDevice};

/// Public keys a bundle carries, by device id (the exporter's included).
pub use pledge_core::bundle::CarriedKeys;

/// `signed_at` this far ahead of the server's clock is flagged.
const SKEW_AHEAD_SECONDS: i64 = 5 * 60;
/// `signed_at` this far behind is flagged (bundles may legitimately be days old).
const SKEW_BEHIND_SECONDS: i64 = 30 * 24 * 3600;

/// What an item says about itself before anything is verified.
#[derive(Deserialize)]
struct Header {
    pledge_id: String,
    event_id: String,
    device_id: String,
}

struct Decoded {
    signed: Vec<u8>,
    signature: Vec<u8>,
    header: Header,
}

struct Authorized {
    decoded: Decoded,
    key: PublicKey,
    vouch: Option<VouchedDevice>,
}

struct Rejection {
    pledge_id: Option<String>,
    code: &'static str,
    message: String,
}

impl Rejection {
    fn new(pledge_id: Option<&str>, code: &'static str, message: impl Into<String>) -> Rejection {
        Rejection {
            pledge_id: pledge_id.map(str::to_string),
            code,
            message: message.into(),
        }
    }

    fn verify(pledge_id: &str, e: VerifyError) -> Rejection {
        Rejection::new(Some(pledge_id), e.code(), e.to_string())
    }

    fn into_result(self, received_at: &str) -> ItemResult {
        ItemResult {
            pledge_id: self.pledge_id,
            outcome: Outcome::Rejected,
            code: Some(self.code.to_string()),
            message: Some(self.message),
            server_seq: None,
            received_at: received_at.to_string(),
            flags: None,
        }
    }
}

fn decode(item: &SignedItem) -> Result<Decoded, Rejection> {
    let signed =
        b64_decode(&item.signed).map_err(|e| Rejection::new(None, e.code(), e.to_string()))?;
    let signature =
        b64_decode(&item.signature).map_err(|e| Rejection::new(None, e.code(), e.to_string()))?;
    let header: Header = serde_json::from_slice(&signed).map_err(|_| {
        Rejection::new(
            None,
            "malformed_envelope",
            "The signed bytes are not a pledge envelope.",
        )
    })?;
    if header.pledge_id.len() > 64 || header.device_id.len() > 64 || header.event_id.len() > 64 {
        return Err(Rejection::new(
            None,
            "malformed_envelope",
            "The envelope's ids are too long.",
        ));
    }
    if signature.len() != 64 {
        let e = VerifyError::BadSignatureLength;
        return Err(Rejection::verify(&header.pledge_id, e));
    }
    Ok(Decoded {
        signed,
        signature,
        header,
    })
}

/// Who may send this pledge, and with which key it is checked.
fn authorize(
    caller: &Caller,
    decoded: Decoded,
    known: &HashMap<String, DeviceRecord>,
    carried: &CarriedKeys,
) -> Result<Authorized, Rejection> {
    let h = &decoded.header;
    let reject = |code, message: &str| Rejection::new(Some(&h.pledge_id), code, message);
    if h.event_id != caller.event_id {
        return Err(reject(
            "wrong_event",
            "The pledge belongs to another event than this device.",
        ));
    }
    if caller.role == Role::Delegate && h.device_id != caller.device_id {
        return Err(reject(
            "not_own_pledge",
            "A delegate device sends only the pledges it signed itself.",
        ));
    }
    let carried_key = carried.get(&h.device_id);
    let (key, vouch) = match known.get(&h.device_id) {
        Some(device) if device.revoked => {
            return Err(reject("revoked_device", "The signing device was revoked."))
        }
        Some(device) if device.event_id != caller.event_id => {
            return Err(reject(
                "wrong_event",
                "The signing device belongs to another event.",
            ))
        }
        Some(device) => {
            let key = PublicKey::from_base64(&device.public_key).map_err(|_| {
                reject(
                    "bad_public_key",
                    "The signing device's stored key is unusable.",
                )
            })?;
            if carried_key.is_some_and(|c| *c != key) {
                return Err(reject(
                    "device_key_mismatch",
                    "The bundle carries another public key for a device the platform knows.",
                ));
            }
            (key, None)
        }
        None => match carried_key {
            Some(key) => (
                *key,
                Some(VouchedDevice {
                    public_key: key.to_base64(),
                    vouched_by: caller.device_id.clone(),
                }),
            ),
            None => {
                return Err(reject(
                    "unknown_device",
                    "The signing device is not known to the platform.",
                ))
            }
        },
    };
    Ok(Authorized {
        decoded,
        key,
        vouch,
    })
}

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%SZ")
        .ok()
        .map(|t| t.and_utc())
}

/// Signature, canonical form, envelope and content rules (pledge-core).
fn verify_item(
    a: Authorized,
    caller: &Caller,
    bundle_id: Option<&str>,
    now: DateTime<Utc>,
) -> Result<NewPledge, Rejection> {
    let Decoded {
        signed,
        signature,
        header,
    } = a.decoded;
    let envelope =
        verify(&signed, &signature, &a.key).map_err(|e| Rejection::verify(&header.pledge_id, e))?;
    let skew = parse_time(&envelope.signed_at).map_or(0, |t| (t - now).num_seconds());
    let clock_skew = !(-SKEW_BEHIND_SECONDS..=SKEW_AHEAD_SECONDS).contains(&skew);
    if clock_skew {
        tracing::warn!(pledge_id = %envelope.pledge_id, skew_seconds = skew, "signed_at far from received_at (flagged)");
    }
    Ok(NewPledge {
        content_hash: to_hex(&sha256(&signed)),
        pledge_id: envelope.pledge_id,
        event_id: envelope.event_id,
        device_id: envelope.device_id,
        device_seq: envelope.device_seq as i64,
        supersedes: envelope.supersedes,
        signed,
        signature,
        signed_at: envelope.signed_at,
        clock_skew,
        received_from: caller.device_id.clone(),
        bundle_id: bundle_id.map(str::to_string),
        vouch: a.vouch,
    })
}

fn stored_result(pledge_id: String, outcome: StoreOutcome, received_at: &str) -> ItemResult {
    let result = |outcome, server_seq, at: &str| ItemResult {
        pledge_id: Some(pledge_id.clone()),
        outcome,
        code: None,
        message: None,
        server_seq,
        received_at: at.to_string(),
        flags: None,
    };
    let flagged = |collision: bool, seq_reused: bool, r: ItemResult| {
        let flags: Vec<String> = [
            (collision, PLEDGE_ID_COLLISION),
            (seq_reused, DEVICE_SEQ_REUSED),
        ]
        .iter()
        .filter(|(set, _)| *set)
        .map(|(_, flag)| flag.to_string())
        .collect();
        // The pledge is kept; the code tells the laptop to make a new identity.
        let (code, message) = if seq_reused {
            (Some(DEVICE_SEQ_REUSED.to_string()), Some("Another laptop signs as this device (the same device id and sequence number): both pledges are kept. Make a new device identity and enrol again.".to_string()))
        } else {
            (r.code.clone(), r.message.clone())
        };
        ItemResult {
            flags: (!flags.is_empty()).then_some(flags),
            code,
            message,
            ..r
        }
    };
    match outcome {
        StoreOutcome::Created { server_seq, received_at, collision, seq_reused } => {
            flagged(collision, seq_reused, result(Outcome::Created, Some(server_seq), &received_at))
        }
        StoreOutcome::Duplicate { server_seq, received_at, collision, seq_reused } => {
            flagged(collision, seq_reused, result(Outcome::Duplicate, Some(server_seq), &received_at))
        }
        StoreOutcome::Conflict => ItemResult {
            code: Some("conflict".into()),
            message: Some("Another pledge is stored under this id; it was kept and this one was recorded for audit.".into()),
            ..result(Outcome::Conflict, None, received_at)
        },
        StoreOutcome::DeviceKeyMismatch => Rejection::new(
            Some(&pledge_id),
            "device_key_mismatch",
            "The bundle carries another public key for a device the platform knows.",
        )
        .into_result(received_at),
    }
}

/// Checks and stores `items` sent by `caller` (a batch, or a bundle's items
/// with the keys it carries). One result per item, in item order; the
/// answer exists only once the batch transaction committed.
pub async fn ingest(
    db: &dyn Db,
    caller: &Caller,
    items: Vec<SignedItem>,
    carried: &CarriedKeys,
    bundle_id: Option<&str>,
    now: DateTime<Utc>,
) -> Result<Vec<ItemResult>, DbError> {
    let received_at = timestamp(now);
    let decoded: Vec<_> = items.iter().map(decode).collect();
    let device_ids: BTreeSet<String> = decoded
        .iter()
        .filter_map(|d| d.as_ref().ok().map(|d| d.header.device_id.clone()))
        .collect();
    let known: HashMap<String, DeviceRecord> = if device_ids.is_empty() {
        HashMap::new()
    } else {
        let found = db.devices(device_ids.into_iter().collect()).await?;
        found
            .into_iter()
            .map(|d| (d.device_id.clone(), d))
            .collect()
    };
    let authorized: Vec<_> = decoded
        .into_iter()
        .map(|d| d.and_then(|d| authorize(caller, d, &known, carried)))
        .collect();
    // Ed25519 and canonical checks are CPU work: off the async threads.
    let (task_caller, task_bundle) = (caller.clone(), bundle_id.map(str::to_string));
    let verified: Vec<Result<NewPledge, Rejection>> = tokio::task::spawn_blocking(move || {
        authorized
            .into_iter()
            .map(|a| a.and_then(|a| verify_item(a, &task_caller, task_bundle.as_deref(), now)))
            .collect()
    })
    .await
    .map_err(|e| DbError::Other(format!("verification task failed: {e}")))?;

    let to_store: Vec<NewPledge> = verified
        .iter()
        .filter_map(|v| v.as_ref().ok().cloned())
        .collect();
    let stored = if to_store.is_empty() {
        Vec::new()
    } else {
        db.store_pledges(to_store, &received_at).await?
    };
    if stored.len() != verified.iter().filter(|v| v.is_ok()).count() {
        return Err(DbError::Other(
            "the store answered for a different number of pledges".into(),
        ));
    }
    let mut stored = stored.into_iter();
    let results: Vec<ItemResult> = verified
        .into_iter()
        .map(|v| match (v, &mut stored) {
            (Ok(p), outcomes) => match outcomes.next() {
                Some(outcome) => stored_result(p.pledge_id, outcome, &received_at),
                None => Rejection::new(Some(&p.pledge_id), "internal_error", "Not stored.")
                    .into_result(&received_at),
            },
            (Err(rejection), _) => rejection.into_result(&received_at),
        })
        .collect();
    log_batch(caller, &results);
    Ok(results)
}

fn log_batch(caller: &Caller, results: &[ItemResult]) {
    let count = |o: Outcome| results.iter().filter(|r| r.outcome == o).count();
    tracing::info!(
        device_id = %caller.device_id,
        items = results.len(),
        created = count(Outcome::Created),
        duplicate = count(Outcome::Duplicate),
        conflict = count(Outcome::Conflict),
        rejected = count(Outcome::Rejected),
        "batch stored"
    );
    for r in results.iter().filter(|r| r.outcome == Outcome::Rejected) {
        tracing::debug!(
            pledge_id = r.pledge_id.as_deref().unwrap_or("-"),
            code = r.code.as_deref().unwrap_or("-"),
            "item rejected"
        );
    }
}
