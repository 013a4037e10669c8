//! The enrolment proof (DESIGN.md §4): a device shows it holds the private
//! half of the `public_key` it enrols with. `proof` = standard base64 of
//! Ed25519(device key, `"p2c-enroll-v1\0"` ‖ RFC 8785 of the request object
//! without `proof`). Made here and checked here, for every client and the
//! platform alike.

use serde::Serialize;

use crate::signing::{b64_decode, b64_encode, canonical, DeviceKey, PublicKey, VerifyError};
use crate::wire::EnrollRequest;

/// Domain separation of enrolment proofs: `p2c-enroll-v1` and one zero byte.
pub const ENROLL_PREFIX: &[u8] = b"p2c-enroll-v1\0";

/// What the proof covers: the request object without `proof`.
#[derive(Serialize)]
struct Claims<'a> {
    event_id: &'a str,
    enrollment_code: &'a str,
    device_id: &'a str,
    public_key: &'a str,
    name: &'a str,
    app_version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    machine: Option<&'a str>,
}

/// The bytes the proof signs (after the prefix): RFC 8785 of the request
/// without `proof`. Strings only, so canonical form cannot fail.
fn claims_bytes(request: &EnrollRequest) -> Vec<u8> {
    canonical(&Claims {
        event_id: &request.event_id,
        enrollment_code: &request.enrollment_code,
        device_id: &request.device_id,
        public_key: &request.public_key,
        name: &request.name,
        app_version: &request.app_version,
        machine: request.machine.as_deref(),
    })
    .unwrap_or_default()
}

/// What a device enrols as (every member of the request but the key and
/// the proof).
#[derive(Debug, Clone, Copy)]
pub struct Enrolment<'a> {
    pub event_id: &'a str,
    pub enrollment_code: &'a str,
    pub device_id: &'a str,
    pub name: &'a str,
    pub app_version: &'a str,
    /// The hashed machine fingerprint, when the device knows it.
    pub machine: Option<&'a str>,
}

/// The enrolment request of a device (everything but `proof` as given),
/// with `public_key` set from `key` and the proof made by `key`.
pub fn signed_enroll_request(
    key: &DeviceKey,
    event_id: &str,
    enrollment_code: &str,
    device_id: &str,
    name: &str,
    app_version: &str,
) -> EnrollRequest {
    signed_enrolment(
        key,
        &Enrolment {
            event_id,
            enrollment_code,
            device_id,
            name,
            app_version,
            machine: None,
        },
    )
}

/// As [`signed_enroll_request`], with the machine fingerprint hash (covered
/// by the proof) when given.
pub fn signed_enrolment(key: &DeviceKey, e: &Enrolment) -> EnrollRequest {
    let Enrolment {
        event_id,
        enrollment_code,
        device_id,
        name,
        app_version,
        machine,
    } = *e;
    let mut request = EnrollRequest {
        event_id: event_id.to_owned(),
        enrollment_code: enrollment_code.to_owned(),
        device_id: device_id.to_owned(),
        public_key: key.public_key().to_base64(),
        name: name.to_owned(),
        app_version: app_version.to_owned(),
        machine: machine.map(str::to_owned),
        proof: None,
    };
    let signature = key.sign_prefixed(ENROLL_PREFIX, &claims_bytes(&request));
    request.proof = Some(b64_encode(&signature));
    request
}

/// Why an enrolment proof is not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProofError {
    #[error("The request carries no proof that the device holds its key.")]
    Missing,
    #[error("The public key is not 32 bytes of an Ed25519 key in base64.")]
    BadPublicKey,
    #[error("The proof was not made by the request's public key over this request.")]
    Invalid,
}

/// Checks `proof` against the request's own `public_key`; returns that key.
pub fn verify_enroll_proof(request: &EnrollRequest) -> Result<PublicKey, ProofError> {
    let raw = b64_decode(&request.public_key)
        .ok()
        .filter(|bytes| bytes.len() == 32)
        .ok_or(ProofError::BadPublicKey)?;
    let proof = request.proof.as_deref().ok_or(ProofError::Missing)?;
    // 32 bytes that are not a point on the curve are well formed, but no
    // private key can have made a proof for them.
    let key = PublicKey::from_base64(&b64_encode(&raw)).map_err(|_| ProofError::Invalid)?;
    let signature = b64_decode(proof).map_err(|_| ProofError::Invalid)?;
    key.verify_prefixed(ENROLL_PREFIX, &claims_bytes(request), &signature)
        .map_err(|e| match e {
            VerifyError::BadPublicKey => ProofError::BadPublicKey,
            _ => ProofError::Invalid,
        })?;
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(key: &DeviceKey) -> EnrollRequest {
        signed_enroll_request(
            key,
            "kigali-2022",
            "K7QX2-AAAAA",
            "0190a1b2-0000-7000-8000-000000000001",
            "Laptop «7» 🌍",
            "0.1.0",
        )
    }

    #[test]
    fn a_proof_by_the_key_verifies() {
        let key = DeviceKey::from_seed(&[7; 32]);
        let r = request(&key);
        assert_eq!(verify_enroll_proof(&r), Ok(key.public_key()));
    }

    #[test]
    fn the_proof_covers_the_contract_bytes() {
        // An independent construction from DESIGN.md §4: the JSON object
        // without `proof`, canonicalised by another RFC 8785 implementation.
        let key = DeviceKey::from_seed(&[9; 32]);
        let r = request(&key);
        let mut object = serde_json::to_value(&r).unwrap();
        object.as_object_mut().unwrap().remove("proof");
        let bytes = serde_json_canonicalizer::to_vec(&object).unwrap();
        let proof = b64_decode(r.proof.as_deref().unwrap()).unwrap();
        key.public_key()
            .verify_prefixed(b"p2c-enroll-v1\0", &bytes, &proof)
            .unwrap();
    }

    #[test]
    fn missing_foreign_or_stale_proofs_are_refused() {
        let victim = DeviceKey::from_seed(&[1; 32]);
        let attacker = DeviceKey::from_seed(&[2; 32]);
        let mut r = request(&victim);
        r.proof = None;
        assert_eq!(verify_enroll_proof(&r), Err(ProofError::Missing));

        // Signed by another key, claiming the victim's public key.
        let mut forged = request(&attacker);
        forged.public_key = victim.public_key().to_base64();
        assert_eq!(verify_enroll_proof(&forged), Err(ProofError::Invalid));

        // A genuine proof does not carry over to another request.
        let mut replayed = request(&victim);
        replayed.enrollment_code = "STAFF-CODE".into();
        assert_eq!(verify_enroll_proof(&replayed), Err(ProofError::Invalid));

        // The machine hash is covered too.
        let mut moved = signed_enrolment(
            &victim,
            &Enrolment {
                event_id: "kigali-2022",
                enrollment_code: "K7QX2-AAAAA",
                device_id: "0190a1b2-0000-7000-8000-000000000001",
                name: "Laptop",
                app_version: "0.1.0",
                machine: Some("aa"),
            },
        );
        assert!(verify_enroll_proof(&moved).is_ok());
        moved.machine = Some("bb".into());
        assert_eq!(verify_enroll_proof(&moved), Err(ProofError::Invalid));
        moved.machine = None;
        assert_eq!(verify_enroll_proof(&moved), Err(ProofError::Invalid));

        let mut garbage = request(&victim);
        garbage.proof = Some("not base64!".into());
        assert_eq!(verify_enroll_proof(&garbage), Err(ProofError::Invalid));

        // Well-formed 32 bytes that are no Ed25519 key: no proof can match.
        let mut off_curve = request(&victim);
        off_curve.public_key = (0..=255u8)
            .map(|b| b64_encode(&[b; 32]))
            .find(|k| PublicKey::from_base64(k).is_err())
            .expect("some repeated byte is not a curve point");
        assert_eq!(verify_enroll_proof(&off_curve), Err(ProofError::Invalid));
    }
}
