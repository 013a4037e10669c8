//! Devices that sign pledges and staff laptops that export bundles, built
//! only from pledge-core (the contract), never from server code.

use chrono::Utc;
use pledge_core::signing::{b64_encode, canonical, seal, sha256, to_hex, DeviceKey};
use pledge_core::wire::{
    Bundle, BundleDevice, BundleExporter, BundleManifest, Role, SignedItem, BUNDLE_PREFIX,
};
use pledge_core::{Envelope, Pledge, Signatory, SignatureMethod};
use serde_json::{json, Value};

/// The example pledge of DESIGN.md §2.
pub const EXAMPLE_PLEDGE: &str = pledge_core::example::DESIGN_EXAMPLE;

pub fn example_pledge() -> Pledge {
    serde_json::from_str(EXAMPLE_PLEDGE).expect("the DESIGN example is a pledge")
}

pub fn now() -> String {
    Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// An install: device id and Ed25519 key.
pub struct Device {
    pub id: String,
    pub key: DeviceKey,
}

impl Default for Device {
    fn default() -> Self {
        Device::new()
    }
}

impl Device {
    pub fn new() -> Device {
        Device {
            id: new_id(),
            key: DeviceKey::generate().expect("randomness"),
        }
    }

    pub fn public_key(&self) -> String {
        self.key.public_key().to_base64()
    }

    /// An enrolment request for this device, its `proof` made by `signer`
    /// straight from the formula of DESIGN.md §4 (not pledge-core's helper).
    pub fn enroll_request_signed_by(
        &self,
        signer: &DeviceKey,
        event_id: &str,
        code: &str,
    ) -> Value {
        let mut body = json!({"event_id": event_id, "enrollment_code": code, "device_id": self.id,
            "public_key": self.public_key(), "name": "Laptop 7", "app_version": "0.1.0"});
        let bytes = canonical(&body).unwrap();
        body["proof"] = json!(b64_encode(
            &signer.sign_prefixed(b"p2c-enroll-v1\0", &bytes)
        ));
        body
    }

    /// An enrolment request from the machine whose fingerprint hash is
    /// `machine`, the member covered by the proof (DESIGN.md §4).
    pub fn enroll_request_from(&self, event_id: &str, code: &str, machine: &str) -> Value {
        let mut body = json!({"event_id": event_id, "enrollment_code": code, "device_id": self.id,
            "public_key": self.public_key(), "name": "Laptop 7", "app_version": "0.1.0",
            "machine": machine});
        let bytes = canonical(&body).unwrap();
        body["proof"] = json!(b64_encode(
            &self.key.sign_prefixed(b"p2c-enroll-v1\0", &bytes)
        ));
        body
    }

    /// An enrolment request for this device with its own proof.
    pub fn enroll_request(&self, event_id: &str, code: &str) -> Value {
        self.enroll_request_signed_by(&self.key, event_id, code)
    }

    /// A valid envelope signed on this device, by both pledgers.
    pub fn envelope(&self, event_id: &str, device_seq: u64) -> Envelope {
        let signed_at = now();
        let signatory = |pledger: u32, name: &str| Signatory {
            pledger,
            name: name.into(),
            title: "Director".into(),
            signed_at: signed_at.clone(),
            method: SignatureMethod::Drawn,
            drawing: "M10 10 L20 20 C30 30 40 40 50 50".into(),
        };
        Envelope {
            v: 1,
            kind: "p2c.pledge".into(),
            pledge_id: new_id(),
            supersedes: None,
            event_id: event_id.into(),
            device_id: self.id.clone(),
            device_seq,
            signed_at: signed_at.clone(),
            pledge: example_pledge(),
            signatories: vec![signatory(0, "A. Signer"), signatory(1, "B. Signer")],
        }
    }

    pub fn seal(&self, envelope: &Envelope) -> SignedItem {
        let sealed = seal(envelope, &self.key).expect("a valid envelope seals");
        SignedItem {
            signed: sealed.signed_b64(),
            signature: sealed.signature_b64(),
        }
    }

    /// A new signed pledge: its id and the item that transports it.
    pub fn pledge(&self, event_id: &str, device_seq: u64) -> (String, SignedItem) {
        let envelope = self.envelope(event_id, device_seq);
        (envelope.pledge_id.clone(), self.seal(&envelope))
    }

    /// A bundle exported by this (staff) device, its manifest signed.
    pub fn bundle(&self, event_id: &str, devices: &[&Device], items: Vec<SignedItem>) -> Bundle {
        let mut bundle = Bundle {
            format: "p2c-bundle".into(),
            v: 1,
            bundle_id: new_id(),
            event_id: event_id.into(),
            created_at: now(),
            exporter: BundleExporter {
                device_id: self.id.clone(),
                public_key: self.public_key(),
                role: Role::Staff,
            },
            devices: devices
                .iter()
                .map(|d| BundleDevice {
                    device_id: d.id.clone(),
                    public_key: d.public_key(),
                })
                .collect(),
            items,
            manifest_signature: String::new(),
        };
        self.sign_bundle(&mut bundle);
        bundle
    }

    /// (Re)signs the manifest of `bundle` with this device's key.
    pub fn sign_bundle(&self, bundle: &mut Bundle) {
        let manifest = BundleManifest {
            format: bundle.format.clone(),
            v: bundle.v,
            bundle_id: bundle.bundle_id.clone(),
            event_id: bundle.event_id.clone(),
            created_at: bundle.created_at.clone(),
            exporter: bundle.exporter.clone(),
            devices: bundle.devices.clone(),
            item_hashes: bundle
                .items
                .iter()
                .map(|i| {
                    to_hex(&sha256(
                        &pledge_core::signing::b64_decode(&i.signed).unwrap(),
                    ))
                })
                .collect(),
        };
        let bytes = canonical(&manifest).unwrap();
        bundle.manifest_signature = b64_encode(&self.key.sign_prefixed(BUNDLE_PREFIX, &bytes));
    }
}

/// The item with one byte of its signed text changed (signature kept).
pub fn tampered(item: &SignedItem) -> SignedItem {
    let mut bytes = pledge_core::signing::b64_decode(&item.signed).unwrap();
    let at = bytes
        .windows(5)
        .position(|w| w == b"500 r")
        .expect("the title is there");
    bytes[at] = b'9';
    SignedItem {
        signed: b64_encode(&bytes),
        signature: item.signature.clone(),
    }
}
