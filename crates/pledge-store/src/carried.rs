//! The devices a bundle carries pledges of, as staff compare them with each
//! laptop's Settings screen before importing or uploading (DESIGN.md §4):
//! a bundle's keys are only as trustworthy as the person who checks them.

use pledge_core::signing::PublicKey;
use pledge_core::wire::Bundle;
use rusqlite::OptionalExtension;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{BundleVerified, Store, StoreError};

/// One device whose pledges (or manifest) a bundle carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CarriedDevice {
    pub device_id: String,
    /// What this laptop knows the device as (`this laptop`), if anything.
    pub name: Option<String>,
    /// The device is this laptop.
    pub this_laptop: bool,
    /// The key's fingerprint as the device's Settings show it.
    pub key_fingerprint: String,
    /// How many of the bundle's pledges it signed.
    #[ts(type = "number")]
    pub pledges: u64,
    /// The device that exported (and signed) the bundle.
    pub exporter: bool,
}

/// What a check of a bundle or a pledge file proves: the bytes agree with
/// the keys the file itself carries — not whose keys those are.
pub fn self_consistent(signer: &PublicKey) -> String {
    format!(
        "self-consistent; signer key fingerprint {}",
        signer.fingerprint()
    )
}

/// What staff see of a bundle before importing or uploading it: what was
/// checked, and each device it carries, to compare with that laptop.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct BundlePreview {
    pub bundle_id: String,
    pub event_id: String,
    pub exporter_device_id: String,
    #[ts(type = "number")]
    pub items: u64,
    /// `self-consistent; signer key fingerprint …` (the exporter's key).
    pub checked: String,
    pub devices: Vec<CarriedDevice>,
}

impl Store {
    /// Checks a bundle whole (nothing is written) and lists its devices.
    pub fn preview_bundle(&self, bundle: &Bundle) -> Result<BundlePreview, StoreError> {
        let verified = crate::verify_bundle(bundle)?;
        let exporter = PublicKey::from_base64(&bundle.exporter.public_key)
            .map_err(|e| StoreError::BundleInvalid(format!("the exporter's key: {e}")))?;
        Ok(BundlePreview {
            bundle_id: bundle.bundle_id.clone(),
            event_id: bundle.event_id.clone(),
            exporter_device_id: bundle.exporter.device_id.clone(),
            items: verified.items,
            checked: self_consistent(&exporter),
            devices: self.carried_devices(bundle, &verified)?,
        })
    }

    /// Each device of a verified bundle, in the bundle's order, with how
    /// many of its items it signed.
    pub fn carried_devices(
        &self,
        bundle: &Bundle,
        verified: &BundleVerified,
    ) -> Result<Vec<CarriedDevice>, StoreError> {
        let this_laptop: Option<String> = self
            .conn
            .query_row("SELECT device_id FROM device WHERE id = 1", [], |r| {
                r.get(0)
            })
            .optional()?;
        let devices = bundle
            .devices
            .iter()
            .map(|d| CarriedDevice {
                device_id: d.device_id.clone(),
                name: (this_laptop.as_deref() == Some(d.device_id.as_str()))
                    .then(|| "this laptop".to_owned()),
                this_laptop: this_laptop.as_deref() == Some(d.device_id.as_str()),
                key_fingerprint: PublicKey::from_base64(&d.public_key)
                    .map(|k| k.fingerprint())
                    .unwrap_or_default(),
                pledges: verified.signers.get(&d.device_id).map_or(0, |s| s.1),
                exporter: d.device_id == bundle.exporter.device_id,
            })
            .collect();
        Ok(devices)
    }
}
