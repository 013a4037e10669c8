//! Checks of a bundle file (DESIGN.md §5) before its items are ingested:
//! format, keys, and the manifest signature of the exporter.

use pledge_core::signing::{b64_decode, canonical, sha256, to_hex, PublicKey};
use pledge_core::wire::{Bundle, BundleManifest, BUNDLE_FORMAT, BUNDLE_PREFIX};

use crate::ingest::CarriedKeys;
use crate::problem::ApiError;

fn malformed(detail: impl Into<String>) -> ApiError {
    ApiError::bad_request("malformed_bundle", detail)
}

/// A UUID in its lower-case hyphenated form, as device and bundle ids are.
pub fn is_uuid(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok_and(|u| u.hyphenated().to_string() == s)
}

/// The manifest the exporter signed: the bundle without its signature and
/// with each item replaced by the hex SHA-256 of its decoded `signed`.
pub fn manifest_of(bundle: &Bundle) -> Result<BundleManifest, ApiError> {
    let item_hashes = bundle
        .items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            b64_decode(&item.signed)
                .map(|bytes| to_hex(&sha256(&bytes)))
                .map_err(|_| {
                    malformed(format!(
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

/// Checks everything about the bundle as a whole and returns the public
/// keys it carries (exporter included).
pub fn check_bundle(bundle: &Bundle) -> Result<CarriedKeys, ApiError> {
    if bundle.format != BUNDLE_FORMAT || bundle.v != 1 {
        return Err(ApiError::bad_request(
            "unsupported_bundle",
            "Only bundle files of format p2c-bundle, version 1, are understood.",
        ));
    }
    if !is_uuid(&bundle.bundle_id) || !is_uuid(&bundle.exporter.device_id) {
        return Err(malformed(
            "The bundle id and the exporter's device id must be lower-case UUIDs.",
        ));
    }
    let bad_key = |whose: &str| {
        ApiError::bad_request(
            "bad_public_key",
            format!("The public key of {whose} is not 32 bytes of base64."),
        )
    };
    let exporter_key =
        PublicKey::from_base64(&bundle.exporter.public_key).map_err(|_| bad_key("the exporter"))?;
    let mut carried = CarriedKeys::new();
    carried.insert(bundle.exporter.device_id.clone(), exporter_key);
    for (i, device) in bundle.devices.iter().enumerate() {
        let key = PublicKey::from_base64(&device.public_key)
            .map_err(|_| bad_key(&format!("devices[{i}]")))?;
        if carried
            .insert(device.device_id.clone(), key)
            .is_some_and(|other| other != key)
        {
            return Err(malformed(format!(
                "devices[{i}] names a device twice with different keys."
            )));
        }
    }
    let manifest = canonical(&manifest_of(bundle)?)
        .map_err(|_| malformed("The manifest cannot be put in canonical form."))?;
    let signature = b64_decode(&bundle.manifest_signature)
        .map_err(|_| malformed("manifest_signature is not valid base64."))?;
    exporter_key
        .verify_prefixed(BUNDLE_PREFIX, &manifest, &signature)
        .map_err(|_| {
            ApiError::bad_request(
                "bad_manifest_signature",
                "The manifest signature does not match the bundle and the exporter's key.",
            )
        })?;
    Ok(carried)
}
