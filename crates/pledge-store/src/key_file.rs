//! The owner-only key file of a device identity (DESIGN.md §3): the
//! secret never leaves it and is never logged.

use std::io::Write;
use std::path::Path;

use pledge_core::signing::{b64_decode, b64_encode, DeviceKey};
use serde::{Deserialize, Serialize};

use crate::{Identity, StoreError};

#[derive(Serialize, Deserialize)]
struct KeyFile {
    device_id: String,
    public_key: String,
    /// The 32-byte Ed25519 seed, standard base64.
    secret_key: String,
}

pub(crate) fn read_key_file(path: &Path) -> Result<Option<Identity>, StoreError> {
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
pub(crate) fn write_key_file(path: &Path, identity: &Identity) -> Result<(), StoreError> {
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
