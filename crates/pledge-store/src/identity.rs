//! The device identity (DESIGN.md §3): a UUIDv7 and an Ed25519 key made on
//! first run, bound to the machine it was made on. The secret stays in an
//! owner-only key file beside the database; it is never logged or exported.
//! A database that has signed with a key whose file is gone is refused,
//! never given a new identity.
//!
//! A data directory copied onto another machine (a laptop imaged from a
//! master that had started Pledge Desk) takes a new identity at start; so
//! does a laptop the platform told that another laptop signs as it
//! (`device_seq_reused`). The old identity is retired, not forgotten: its
//! key file is kept under another name and the pledges it signed stay as
//! they are (they carry their public key, so they still verify).

use std::path::{Path, PathBuf};

use pledge_core::signing::{DeviceKey, PublicKey};
use rusqlite::{params, OptionalExtension, TransactionBehavior};

use crate::key_file::{read_key_file, write_key_file};
use crate::settings::SYNC_TOKEN_SETTINGS;
use crate::{Store, StoreError};

pub const KEY_FILE: &str = "device-key.json";

/// This install's identity. `Debug` shows only public parts.
#[derive(Debug)]
pub struct Identity {
    pub device_id: String,
    pub public_key: PublicKey,
    pub(crate) key: DeviceKey,
}

impl Identity {
    pub fn key(&self) -> &DeviceKey {
        &self.key
    }

    pub fn fingerprint(&self) -> String {
        self.public_key.fingerprint()
    }

    fn generate(path: &Path) -> Result<Identity, StoreError> {
        let key = DeviceKey::generate().map_err(|e| StoreError::KeyUnreadable {
            path: path.to_path_buf(),
            detail: format!("no randomness to make a key: {e}"),
        })?;
        Ok(Identity {
            device_id: uuid::Uuid::now_v7().to_string(),
            public_key: key.public_key(),
            key,
        })
    }
}

/// Why an identity was retired (stored as these words).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum RenewalReason {
    /// The data directory was made on another machine (an imaged laptop).
    OtherMachine,
    /// The platform saw another laptop sign as this device.
    DeviceSeqReused,
}

impl RenewalReason {
    pub fn as_str(self) -> &'static str {
        match self {
            RenewalReason::OtherMachine => "other_machine",
            RenewalReason::DeviceSeqReused => "device_seq_reused",
        }
    }

    fn parse(s: &str) -> RenewalReason {
        match s {
            "device_seq_reused" => RenewalReason::DeviceSeqReused,
            _ => RenewalReason::OtherMachine,
        }
    }
}

struct DeviceRow {
    device_id: String,
    public_key: String,
    machine_hash: Option<String>,
}

/// The key file an identity is kept in once retired.
pub fn retired_key_file(device_id: &str) -> String {
    format!("device-key-{device_id}.json")
}

impl Store {
    /// Where the key file of this store lives.
    pub fn key_path(&self) -> PathBuf {
        self.data_dir().join(KEY_FILE)
    }

    fn data_dir(&self) -> PathBuf {
        self.path()
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .to_path_buf()
    }

    fn device_row(&self) -> Result<Option<DeviceRow>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT device_id, public_key, machine_hash FROM device WHERE id = 1",
                [],
                |r| {
                    Ok(DeviceRow {
                        device_id: r.get(0)?,
                        public_key: r.get(1)?,
                        machine_hash: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// The current device id, without loading the key (`None`: no identity yet).
    pub fn device_id(&self) -> Result<Option<String>, StoreError> {
        Ok(self.device_row()?.map(|r| r.device_id))
    }

    /// The device identity, made on first run, and made anew when the data
    /// directory was made on another machine. Refuses (with a way forward)
    /// when the database has an identity whose key file is gone or does not
    /// match.
    pub fn identity(&mut self) -> Result<Identity, StoreError> {
        let path = self.key_path();
        let machine = self.machine_hash();
        let row = self.device_row()?;
        let from_file = read_key_file(&path)?;
        match (row, from_file) {
            (Some(row), Some(identity)) => {
                let matches = identity.device_id == row.device_id
                    && identity.public_key.to_base64() == row.public_key;
                if !matches {
                    // A renewal interrupted after the new key file was written:
                    // the old one is archived, so finish it with the new key.
                    let archived =
                        read_key_file(&self.data_dir().join(retired_key_file(&row.device_id)))
                            .ok()
                            .flatten()
                            .is_some_and(|a| a.public_key.to_base64() == row.public_key);
                    if archived {
                        let reason = self.pending_reason()?;
                        return self.renew_with(reason, Some(identity));
                    }
                    return Err(StoreError::KeyUnreadable {
                        path,
                        detail: "it belongs to another device than this database".into(),
                    });
                }
                match (row.machine_hash, machine) {
                    (Some(stored), Some(here)) if stored != here => {
                        self.renew_identity(RenewalReason::OtherMachine)
                    }
                    (None, Some(here)) => {
                        // made before identities were bound to machines
                        self.conn
                            .execute("UPDATE device SET machine_hash = ?1 WHERE id = 1", [here])?;
                        Ok(identity)
                    }
                    _ => Ok(identity),
                }
            }
            (Some(_), None) => Err(StoreError::KeyMissing { path }),
            (None, found) => {
                // First run, or a crash between writing the key file and the row.
                let identity = match found {
                    Some(identity) => identity,
                    None => {
                        let identity = Identity::generate(&path)?;
                        write_key_file(&path, &identity)?;
                        identity
                    }
                };
                let now = self.now();
                self.conn.execute(
                    "INSERT INTO device (id, device_id, public_key, created_at, machine_hash)
                     VALUES (1, ?1, ?2, ?3, ?4)",
                    params![
                        identity.device_id,
                        identity.public_key.to_base64(),
                        now,
                        machine
                    ],
                )?;
                Ok(identity)
            }
        }
    }

    /// Retires this device's identity and makes a new one, bound to this
    /// machine: the old key file is kept as `device-key-<old id>.json`, the
    /// pledges it signed stay untouched, the new device starts at
    /// `device_seq` 1 and is not enrolled (the old token is kept with the
    /// retired identity, to deliver what the old one signed).
    pub fn renew_identity(&mut self, reason: RenewalReason) -> Result<Identity, StoreError> {
        self.renew_with(reason, None)
    }

    /// Why the last renewal was asked for; a renewal interrupted before its
    /// row was written counts as a move to another machine.
    fn pending_reason(&self) -> Result<RenewalReason, StoreError> {
        Ok(RenewalReason::parse(
            self.setting(RENEWAL_SETTING)?
                .as_deref()
                .unwrap_or_default(),
        ))
    }

    fn renew_with(
        &mut self,
        reason: RenewalReason,
        made: Option<Identity>,
    ) -> Result<Identity, StoreError> {
        let path = self.key_path();
        let row = self
            .device_row()?
            .ok_or(StoreError::KeyMissing { path: path.clone() })?;
        let archive = self.data_dir().join(retired_key_file(&row.device_id));
        if made.is_none() {
            // the current key file holds the identity being retired
            let old = read_key_file(&path)?.ok_or(StoreError::KeyMissing { path: path.clone() })?;
            if old.device_id != row.device_id {
                return Err(StoreError::KeyUnreadable {
                    path,
                    detail: "it belongs to another device than this database".into(),
                });
            }
            write_key_file(&archive, &old)?;
        }
        let new = match made {
            Some(identity) => identity,
            None => Identity::generate(&path)?,
        };
        self.set_setting(RENEWAL_SETTING, reason.as_str())?;
        let now = self.now();
        let machine = self.machine_hash();
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let token: Option<String> = tx
            .query_row(
                "SELECT value FROM settings WHERE key = ?1",
                [SYNC_TOKEN_SETTINGS[0]],
                |r| r.get(0),
            )
            .optional()?;
        tx.execute(
            "INSERT OR IGNORE INTO retired_devices
                 (device_id, public_key, key_file, reason, token, retired_at, new_device_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                row.device_id,
                row.public_key,
                retired_key_file(&row.device_id),
                reason.as_str(),
                token,
                now,
                new.device_id
            ],
        )?;
        tx.execute(
            "UPDATE device SET device_id = ?1, public_key = ?2, created_at = ?3, next_seq = 1,
                 machine_hash = ?4 WHERE id = 1",
            params![new.device_id, new.public_key.to_base64(), now, machine],
        )?;
        for key in SYNC_TOKEN_SETTINGS {
            tx.execute("DELETE FROM settings WHERE key = ?1", [key])?;
        }
        // the new secret is on disk before the database names it
        write_key_file(&path, &new)?;
        tx.commit()?;
        Ok(new)
    }

    /// Identities this laptop used before its current one, newest first.
    pub fn retired_identities(&self) -> Result<Vec<RetiredIdentity>, StoreError> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT device_id, public_key, reason, retired_at, new_device_id FROM retired_devices
             ORDER BY retired_at DESC, rowid DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            let key: String = r.get(1)?;
            Ok(RetiredIdentity {
                device_id: r.get(0)?,
                key_fingerprint: PublicKey::from_base64(&key)
                    .map(|k| k.fingerprint())
                    .unwrap_or_default(),
                reason: RenewalReason::parse(&r.get::<_, String>(2)?),
                retired_at: r.get(3)?,
                new_device_id: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<Vec<_>, _>>()?)
    }

    /// The device token a retired identity was enrolled with, to deliver
    /// the pledges it signed (never logged).
    pub fn retired_token(&self, device_id: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row(
                "SELECT token FROM retired_devices WHERE device_id = ?1",
                [device_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }
}

/// The setting naming why the identity was last renewed.
const RENEWAL_SETTING: &str = "identity.renewal_reason";

/// An identity this laptop no longer signs with (Settings shows it).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
pub struct RetiredIdentity {
    pub device_id: String,
    pub key_fingerprint: String,
    pub reason: RenewalReason,
    pub retired_at: String,
    /// The identity that took its place.
    pub new_device_id: String,
}
