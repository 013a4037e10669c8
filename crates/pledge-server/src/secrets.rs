//! Enrolment codes and device tokens: random, high-entropy, and stored only
//! as SHA-256 hashes. Never logged.

use pledge_core::signing::{sha256, to_hex};

/// Symbols of an enrolment code: no 0/O, 1/I/L or U, easy to read aloud.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTVWXYZ23456789";
/// 25 symbols of 30: about 122 bits.
const CODE_LENGTH: usize = 25;

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).expect("the operating system's random source failed");
    bytes
}

/// A new enrolment code, grouped by five: `K7QX2-…`.
pub fn new_enrollment_code() -> String {
    let mut symbols = Vec::with_capacity(CODE_LENGTH);
    let limit = (256 / CODE_ALPHABET.len() * CODE_ALPHABET.len()) as u8;
    while symbols.len() < CODE_LENGTH {
        for b in random_bytes::<32>() {
            // Rejection sampling keeps every symbol equally likely.
            if b < limit && symbols.len() < CODE_LENGTH {
                symbols.push(CODE_ALPHABET[usize::from(b) % CODE_ALPHABET.len()]);
            }
        }
    }
    symbols
        .chunks(5)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// What is hashed of a typed code: case, spaces and hyphens do not matter.
pub fn enrollment_code_hash(code: &str) -> String {
    let normal: String = code
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_uppercase())
        .collect();
    to_hex(&sha256(normal.as_bytes()))
}

/// A new bearer token for a device: 256 random bits.
pub fn new_device_token() -> String {
    format!("pdt1_{}", to_hex(&random_bytes::<32>()))
}

pub fn token_hash(token: &str) -> String {
    to_hex(&sha256(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_long_grouped_and_distinct() {
        let a = new_enrollment_code();
        assert_eq!(a.len(), 29);
        assert!(a.split('-').all(|g| g.len() == 5));
        assert_ne!(a, new_enrollment_code());
    }

    #[test]
    fn typed_codes_match_whatever_their_case_and_grouping() {
        let code = new_enrollment_code();
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(enrollment_code_hash(&code), enrollment_code_hash(&typed));
    }
}
