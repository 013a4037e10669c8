//! The device identity (DESIGN.md §3): a UUIDv7 and an Ed25519 key made on
//! first run. The secret stays in an owner-only key file beside the
//! database; it is never logged or exported. A database that has signed
//! with a key whose file is gone is refused, never given a new identity.

use std::io::Write;
use std::path::{Path, PathBuf};

use pledge_core::signing::{b64_decode, b64_encode, DeviceKey, PublicKey};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

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
}

#[derive(Serialize, Deserialize)]
struct KeyFile {
    device_id: String,
    public_key: String,
    /// The 32-byte Ed25519 seed, standard base64.
    secret_key: String,
}

fn read_key_file(path: &Path) -> Result<Option<Identity>, StoreError> {
    let unreadable = |detail: String| StoreError::KeyUnreadable {
        path: path.to_path_buf(),
        detail,
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(unreadable(e.kind().to_string())),
    };
    let file: KeyFile =
        serde_json::from_str(&text).map_err(|_| unreadable("not a Pledge Desk key file".into()))?;
    let seed =
        b64_decode(&file.secret_key).map_err(|_| unreadable("the secret is not base64".into()))?;
    let seed: [u8; 32] = seed
        .try_into()
        .map_err(|_| unreadable("the secret is not 32 bytes".into()))?;
    let key = DeviceKey::from_seed(&seed);
    if key.public_key().to_base64() != file.public_key {
        return Err(unreadable(
            "the secret does not match the public key".into(),
        ));
    }
    Ok(Some(Identity {
        device_id: file.device_id,
        public_key: key.public_key(),
        key,
    }))
}

/// Writes the key file owner-only, atomically (temp file, fsync, rename).
/// On failure the temp file is removed; a full disk is reported as such.
fn write_key_file(path: &Path, identity: &Identity) -> Result<(), StoreError> {
    let file = KeyFile {
        device_id: identity.device_id.clone(),
        public_key: identity.public_key.to_base64(),
        secret_key: b64_encode(identity.key.seed().as_ref()),
    };
    let json = serde_json::to_vec_pretty(&file)?;
    let tmp = path.with_extension("json.tmp");
    let written = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut f = options.open(&tmp)?;
        f.write_all(&json)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        crate::disk::remove_temp(&tmp);
        if crate::disk::io_is_disk_full(&e) {
            return Err(StoreError::disk_full(format!(
                "the device key file {}",
                path.display()
            )));
        }
        return Err(StoreError::KeyUnreadable {
            path: path.to_path_buf(),
            detail: format!("could not write it: {}", e.kind()),
        });
    }
    if let Some(dir) = path.parent() {
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

impl Store {
    /// Where the key file of this store lives.
    pub fn key_path(&self) -> PathBuf {
        self.path()
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join(KEY_FILE)
    }

    /// The device identity, made on first run. Refuses (with a way
    /// forward) when the database has an identity whose key file is gone or
    /// does not match.
    pub fn identity(&mut self) -> Result<Identity, StoreError> {
        let path = self.key_path();
        let row: Option<(String, String)> = self
            .conn
            .query_row(
                "SELECT device_id, public_key FROM device WHERE id = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let from_file = read_key_file(&path)?;
        match (row, from_file) {
            (Some((device_id, public_key)), Some(identity)) => {
                if identity.device_id != device_id || identity.public_key.to_base64() != public_key
                {
                    return Err(StoreError::KeyUnreadable {
                        path,
                        detail: "it belongs to another device than this database".into(),
                    });
                }
                Ok(identity)
            }
            (Some(_), None) => Err(StoreError::KeyMissing { path }),
            (None, found) => {
                // First run, or a crash between writing the key file and the row.
                let identity = match found {
                    Some(identity) => identity,
                    None => {
                        let key = DeviceKey::generate().map_err(|e| StoreError::KeyUnreadable {
                            path: path.clone(),
                            detail: format!("no randomness to make a key: {e}"),
                        })?;
                        let identity = Identity {
                            device_id: uuid::Uuid::now_v7().to_string(),
                            public_key: key.public_key(),
                            key,
                        };
                        write_key_file(&path, &identity)?;
                        identity
                    }
                };
                let now = self.now();
                self.conn.execute(
                    "INSERT INTO device (id, device_id, public_key, created_at) VALUES (1, ?1, ?2, ?3)",
                    params![identity.device_id, identity.public_key.to_base64(), now],
                )?;
                Ok(identity)
            }
        }
    }
}
