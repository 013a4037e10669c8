//! Bundle files (DESIGN.md §5): sealing a bundle with the exporter's key and
//! checking one before any of its items is used. Shared by the desktop
//! store (USB import/export) and the platform (upload), so both judge a
//! bundle the same way.

use std::collections::HashMap;

use crate::signing::{b64_decode, b64_encode, canonical, sha256, to_hex, DeviceKey, PublicKey};
use crate::wire::{
    Bundle, BundleDevice, BundleExporter, BundleManifest, Role, SignedItem, BUNDLE_FORMAT,
    BUNDLE_PREFIX,
};

/// The public keys a bundle carries, by device id (exporter included).
pub type CarriedKeys = HashMap<String, PublicKey>;

/// Why a bundle as a whole cannot be used. Item-level problems (a pledge
/// that does not match its signature, say) are judged per item by whoever
/// imports the bundle.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    #[error("Only bundle files of format p2c-bundle, version 1, are understood.")]
    Unsupported,
    #[error("{0}")]
    Malformed(String),
    #[error("The public key of {0} is not 32 bytes of base64.")]
    BadPublicKey(String),
    #[error("The manifest signature does not match the bundle and the exporter's key: the file was changed after it was exported.")]
    BadManifestSignature,
}

impl BundleError {
    /// The stable code the server answers with and the app keys on.
    pub fn code(&self) -> &'static str {
        match self {
            BundleError::Unsupported => "unsupported_bundle",
            BundleError::Malformed(_) => "malformed_bundle",
            BundleError::BadPublicKey(_) => "bad_public_key",
            BundleError::BadManifestSignature => "bad_manifest_signature",
        }
    }
}

pub use crate::rules::is_uuid;

/// The manifest the exporter signs: the bundle without its signature and
/// with each item replaced by the hex SHA-256 of its decoded `signed`.
fn manifest_of(bundle: &Bundle) -> Result<BundleManifest, BundleError> {
    let item_hashes = bundle
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            b64_decode(&item.signed)
                .map(|bytes| to_hex(&sha256(&bytes)))
                .map_err(|_| {
                    BundleError::Malformed(format!(
                        "Item {i} is not valid base64, so the manifest cannot be checked."
                    ))
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(BundleManifest {
        format: bundle.format.clone(),
        v: bundle.v,
        bundle_id: bundle.bundle_id.clone(),
        event_id: bundle.event_id.clone(),
        created_at: bundle.created_at.clone(),
        exporter: bundle.exporter.clone(),
        devices: bundle.devices.clone(),
        item_hashes,
    })
}

/// The RFC 8785 bytes of the manifest, which `manifest_signature` covers.
fn manifest_bytes(bundle: &Bundle) -> Result<Vec<u8>, BundleError> {
    canonical(&manifest_of(bundle)?)
        .map_err(|_| BundleError::Malformed("The manifest cannot be put in canonical form.".into()))
}

/// Signs `bundle`'s manifest with the exporter's key and sets
/// `manifest_signature`. The exporter in the bundle must be `key`'s device.
pub fn seal_bundle(mut bundle: Bundle, key: &DeviceKey) -> Result<Bundle, BundleError> {
    let manifest = manifest_bytes(&bundle)?;
    bundle.manifest_signature = b64_encode(&key.sign_prefixed(BUNDLE_PREFIX, &manifest));
    Ok(bundle)
}

/// Gathers signed pledges (with their devices' keys) into a bundle that
/// the exporter then seals: every device is listed once, the exporter
/// first (DESIGN.md §5).
pub struct BundleBuilder {
    exporter: BundleExporter,
    devices: Vec<BundleDevice>,
    items: Vec<SignedItem>,
}

impl BundleBuilder {
    /// A bundle exported by the device `device_id` whose key is `key`.
    pub fn new(device_id: &str, key: &DeviceKey, role: Role) -> BundleBuilder {
        let public_key = key.public_key().to_base64();
        BundleBuilder {
            devices: vec![BundleDevice {
                device_id: device_id.to_owned(),
                public_key: public_key.clone(),
            }],
            exporter: BundleExporter {
                device_id: device_id.to_owned(),
                public_key,
                role,
            },
            items: Vec::new(),
        }
    }

    /// Adds a pledge exactly as signed, by the device `device_id` with `public_key` (base64).
    pub fn add(&mut self, signed: &[u8], signature: &[u8], device_id: &str, public_key: &str) {
        if !self.devices.iter().any(|d| d.device_id == device_id) {
            self.devices.push(BundleDevice {
                device_id: device_id.to_owned(),
                public_key: public_key.to_owned(),
            });
        }
        self.items.push(SignedItem {
            signed: b64_encode(signed),
            signature: b64_encode(signature),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The bundle, its manifest signed with `key` (the exporter's).
    pub fn seal(
        self,
        key: &DeviceKey,
        bundle_id: String,
        event_id: String,
        created_at: String,
    ) -> Result<Bundle, BundleError> {
        seal_bundle(
            Bundle {
                format: BUNDLE_FORMAT.into(),
                v: 1,
                bundle_id,
                event_id,
                created_at,
                exporter: self.exporter,
                devices: self.devices,
                items: self.items,
                manifest_signature: String::new(),
            },
            key,
        )
    }
}

/// Checks everything about the bundle as a whole — format, ids, keys and
/// the exporter's manifest signature — and returns the keys it carries.
pub fn check_bundle(bundle: &Bundle) -> Result<CarriedKeys, BundleError> {
    if bundle.format != BUNDLE_FORMAT || bundle.v != 1 {
        return Err(BundleError::Unsupported);
    }
    if !is_uuid(&bundle.bundle_id) || !is_uuid(&bundle.exporter.device_id) {
        return Err(BundleError::Malformed(
            "The bundle id and the exporter's device id must be lower-case UUIDs.".into(),
        ));
    }
    let exporter_key = PublicKey::from_base64(&bundle.exporter.public_key)
        .map_err(|_| BundleError::BadPublicKey("the exporter".into()))?;
    let mut carried = CarriedKeys::new();
    carried.insert(bundle.exporter.device_id.clone(), exporter_key);
    for (i, device) in bundle.devices.iter().enumerate() {
        let key = PublicKey::from_base64(&device.public_key)
            .map_err(|_| BundleError::BadPublicKey(format!("devices[{i}]")))?;
        if carried
            .insert(device.device_id.clone(), key)
            .is_some_and(|other| other != key)
        {
            return Err(BundleError::Malformed(format!(
                "devices[{i}] names a device twice with different keys."
            )));
        }
    }
    let manifest = manifest_bytes(bundle)?;
    let signature = b64_decode(&bundle.manifest_signature)
        .map_err(|_| BundleError::Malformed("manifest_signature is not valid base64.".into()))?;
    exporter_key
        .verify_prefixed(BUNDLE_PREFIX, &manifest, &signature)
        .map_err(|_| BundleError::BadManifestSignature)?;
    Ok(carried)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{BundleDevice, BundleExporter, Role, SignedItem};

    fn bundle(key: &DeviceKey) -> Bundle {
        let device_id = "01890a5d-ac96-774b-bcce-b302099a8057".to_string();
        seal_bundle(
            Bundle {
                format: BUNDLE_FORMAT.into(),
                v: 1,
                bundle_id: "01890a5d-ac96-774b-bcce-b302099a8058".into(),
                event_id: "kigali-2022".into(),
                created_at: "2022-06-08T18:00:00Z".into(),
                exporter: BundleExporter {
                    device_id: device_id.clone(),
                    public_key: key.public_key().to_base64(),
                    role: Role::Staff,
                },
                devices: vec![BundleDevice {
                    device_id,
                    public_key: key.public_key().to_base64(),
                }],
                items: vec![SignedItem {
                    signed: b64_encode(b"{}"),
                    signature: b64_encode(&[0; 64]),
                }],
                manifest_signature: String::new(),
            },
            key,
        )
        .unwrap()
    }

    #[test]
    fn a_sealed_bundle_checks_and_any_change_is_caught() {
        let key = DeviceKey::from_seed(&[7; 32]);
        let good = bundle(&key);
        assert_eq!(check_bundle(&good).unwrap().len(), 1);

        let mut item_changed = good.clone();
        item_changed.items[0].signed = b64_encode(b"{ }");
        assert_eq!(
            check_bundle(&item_changed),
            Err(BundleError::BadManifestSignature)
        );
        let mut event_changed = good.clone();
        event_changed.event_id = "other-event".into();
        assert_eq!(
            check_bundle(&event_changed),
            Err(BundleError::BadManifestSignature)
        );
        let mut version = good;
        version.v = 2;
        assert_eq!(check_bundle(&version), Err(BundleError::Unsupported));
    }
}
