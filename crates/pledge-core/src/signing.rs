//! The seal and its verification (DESIGN.md §3): RFC 8785 canonical bytes,
//! Ed25519 over a domain prefix, SHA-256 content hash. An independent
//! verifier needs only an Ed25519 library and an RFC 8785 canonicaliser.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use ed25519_dalek::{Signer, Verifier};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::envelope::*;
use crate::problem::Problem;
use crate::rules;

/// Domain separation: `p2c-pledge-v1` and one zero byte.
pub const PLEDGE_PREFIX: &[u8] = b"p2c-pledge-v1\0";

/// An install's Ed25519 signing key. Never printed: `Debug` is redacted and
/// there is no `Display`.
pub struct DeviceKey(ed25519_dalek::SigningKey);

impl std::fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DeviceKey(public {})", self.public_key().to_base64())
    }
}

impl DeviceKey {
    /// A new key from the operating system's randomness.
    pub fn generate() -> Result<DeviceKey, getrandom::Error> {
        let mut seed = zeroize::Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut())?;
        Ok(DeviceKey::from_seed(&seed))
    }

    pub fn from_seed(seed: &[u8; 32]) -> DeviceKey {
        DeviceKey(ed25519_dalek::SigningKey::from_bytes(seed))
    }

    /// The 32-byte secret seed, for the key file only.
    pub fn seed(&self) -> zeroize::Zeroizing<[u8; 32]> {
        zeroize::Zeroizing::new(self.0.to_bytes())
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.verifying_key().to_bytes())
    }

    /// Signs `message` with a domain prefix (`PLEDGE_PREFIX`, `BUNDLE_PREFIX`).
    pub fn sign_prefixed(&self, prefix: &[u8], message: &[u8]) -> [u8; 64] {
        let mut data = Vec::with_capacity(prefix.len() + message.len());
        data.extend_from_slice(prefix);
        data.extend_from_slice(message);
        self.0.sign(&data).to_bytes()
    }
}

/// A device's public key: 32 raw bytes, standard base64 on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey(pub [u8; 32]);

impl PublicKey {
    pub fn to_base64(&self) -> String {
        B64.encode(self.0)
    }

    pub fn from_base64(s: &str) -> Result<PublicKey, VerifyError> {
        let bytes = B64.decode(s).map_err(|_| VerifyError::BadPublicKey)?;
        let raw: [u8; 32] = bytes.try_into().map_err(|_| VerifyError::BadPublicKey)?;
        ed25519_dalek::VerifyingKey::from_bytes(&raw).map_err(|_| VerifyError::BadPublicKey)?;
        Ok(PublicKey(raw))
    }

    /// SHA-256 of the key, first 16 hex digits grouped by 4: what settings show.
    pub fn fingerprint(&self) -> String {
        fingerprint(&Sha256::digest(self.0).into())
    }

    /// Checks an Ed25519 signature over `prefix ‖ message`.
    pub fn verify_prefixed(
        &self,
        prefix: &[u8],
        message: &[u8],
        signature: &[u8],
    ) -> Result<(), VerifyError> {
        let key = ed25519_dalek::VerifyingKey::from_bytes(&self.0)
            .map_err(|_| VerifyError::BadPublicKey)?;
        let sig: [u8; 64] = signature
            .try_into()
            .map_err(|_| VerifyError::BadSignatureLength)?;
        let mut data = Vec::with_capacity(prefix.len() + message.len());
        data.extend_from_slice(prefix);
        data.extend_from_slice(message);
        key.verify(&data, &ed25519_dalek::Signature::from_bytes(&sig))
            .map_err(|_| VerifyError::BadSignature)
    }
}

/// The first 16 hex digits of a hash, grouped by 4: `3f2a 9c01 77be 0d4e`.
pub fn fingerprint(hash: &[u8; 32]) -> String {
    let hex: String = hash[..8].iter().map(|b| format!("{b:02x}")).collect();
    hex.as_bytes()
        .chunks(4)
        .map(|c| std::str::from_utf8(c).unwrap_or(""))
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    Sha256::digest(bytes).into()
}

pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// RFC 8785 (JCS) serialisation.
pub fn canonical<T: Serialize>(value: &T) -> Result<Vec<u8>, SealError> {
    serde_json_canonicalizer::to_vec(value).map_err(|e| SealError::Canonical(e.to_string()))
}

/// What sealing produces: the exact bytes, their signature and hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    pub signed: Vec<u8>,
    pub signature: [u8; 64],
    pub content_hash: [u8; 32],
}

impl Sealed {
    pub fn fingerprint(&self) -> String {
        fingerprint(&self.content_hash)
    }

    pub fn signed_b64(&self) -> String {
        B64.encode(&self.signed)
    }

    pub fn signature_b64(&self) -> String {
        B64.encode(self.signature)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SealError {
    #[error("The pledge cannot be signed: {}", .0.iter().map(|p| p.message.as_str()).collect::<Vec<_>>().join(" "))]
    Invalid(Vec<Problem>),
    #[error("The pledge could not be put in canonical form: {0}")]
    Canonical(String),
}

/// Checks the envelope against every rule, then signs its canonical form.
pub fn seal(envelope: &Envelope, key: &DeviceKey) -> Result<Sealed, SealError> {
    rules::check_envelope(envelope).map_err(SealError::Invalid)?;
    let signed = canonical(envelope)?;
    let signature = key.sign_prefixed(PLEDGE_PREFIX, &signed);
    Ok(Sealed {
        content_hash: sha256(&signed),
        signed,
        signature,
    })
}

/// Why a transported pledge is not accepted. `code()` is the stable
/// rejection code of the sync protocol (DESIGN.md §4).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("The item is not valid base64.")]
    BadBase64,
    #[error("The public key is not 32 bytes of a valid Ed25519 key.")]
    BadPublicKey,
    #[error("The signature is not 64 bytes.")]
    BadSignatureLength,
    #[error("The signature does not match the signed bytes and the device's key.")]
    BadSignature,
    #[error("The signed bytes are not an RFC 8785 canonical JSON text.")]
    NotCanonical,
    #[error("The signed bytes are not a pledge envelope: {0}")]
    MalformedEnvelope(String),
    #[error("The pledge breaks {} rule(s): {}", .0.len(), .0.iter().map(|p| format!("{} ({})", p.path, p.message)).collect::<Vec<_>>().join("; "))]
    InvalidContent(Vec<Problem>),
}

impl VerifyError {
    pub fn code(&self) -> &'static str {
        match self {
            VerifyError::BadBase64 => "bad_base64",
            VerifyError::BadPublicKey => "bad_public_key",
            VerifyError::BadSignatureLength | VerifyError::BadSignature => "bad_signature",
            VerifyError::NotCanonical => "not_canonical",
            VerifyError::MalformedEnvelope(_) => "malformed_envelope",
            VerifyError::InvalidContent(_) => "invalid_content",
        }
    }
}

/// Verifies a transported pledge: the signature over the exact bytes first,
/// then that the bytes are canonical, then the envelope and its content
/// against every rule. Returns the envelope.
pub fn verify(
    signed: &[u8],
    signature: &[u8],
    public_key: &PublicKey,
) -> Result<Envelope, VerifyError> {
    public_key.verify_prefixed(PLEDGE_PREFIX, signed, signature)?;
    let value: serde_json::Value = serde_json::from_slice(signed)
        .map_err(|e| VerifyError::MalformedEnvelope(e.to_string()))?;
    let again = serde_json_canonicalizer::to_vec(&value).map_err(|_| VerifyError::NotCanonical)?;
    if again != signed {
        return Err(VerifyError::NotCanonical);
    }
    let envelope: Envelope =
        serde_json::from_value(value).map_err(|e| VerifyError::MalformedEnvelope(e.to_string()))?;
    rules::check_envelope(&envelope).map_err(VerifyError::InvalidContent)?;
    Ok(envelope)
}

/// [`verify`] for base64 text as carried on the wire.
pub fn verify_b64(
    signed: &str,
    signature: &str,
    public_key: &PublicKey,
) -> Result<(Vec<u8>, Envelope), VerifyError> {
    let signed = B64.decode(signed).map_err(|_| VerifyError::BadBase64)?;
    let signature = B64.decode(signature).map_err(|_| VerifyError::BadBase64)?;
    let envelope = verify(&signed, &signature, public_key)?;
    Ok((signed, envelope))
}

pub fn b64_encode(bytes: &[u8]) -> String {
    B64.encode(bytes)
}

pub fn b64_decode(s: &str) -> Result<Vec<u8>, VerifyError> {
    B64.decode(s).map_err(|_| VerifyError::BadBase64)
}
