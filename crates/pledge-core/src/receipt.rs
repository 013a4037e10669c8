//! What a receipt shows beyond the pledge: a QR code of the pledge id and
//! the full content hash, as SVG path data (no markup to inject).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A QR code as one SVG path: draw it in a `0 0 size size` view box.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct QrPath {
    pub size: u32,
    /// Path data of the dark modules (quiet zone included in `size`).
    pub path: String,
    /// The text encoded.
    pub text: String,
}

/// The text a receipt's QR code carries: `p2c-pledge:<pledge id>:sha256:<hex>`.
pub fn receipt_text(pledge_id: &str, content_hash_hex: &str) -> String {
    format!("p2c-pledge:{pledge_id}:sha256:{content_hash_hex}")
}

/// Encodes `text` (medium error correction) with a 4-module quiet zone.
pub fn qr_path(text: &str) -> Option<QrPath> {
    let code = qrcode::QrCode::with_error_correction_level(text, qrcode::EcLevel::M).ok()?;
    let width = code.width();
    let quiet = 4;
    let mut path = String::new();
    for (i, color) in code.to_colors().iter().enumerate() {
        if *color == qrcode::Color::Dark {
            let (x, y) = (i % width + quiet, i / width + quiet);
            path.push_str(&format!("M{x} {y}h1v1h-1z"));
        }
    }
    Some(QrPath {
        size: (width + 2 * quiet) as u32,
        path,
        text: text.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_code_carries_id_and_hash() {
        let text = receipt_text("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", &"ab".repeat(32));
        let qr = qr_path(&text).unwrap();
        assert!(qr.size >= 21 + 8);
        assert!(qr.path.starts_with('M') && qr.path.len() > 1000);
        assert!(qr.path.bytes().all(|b| b"Mhvz0123456789 -".contains(&b)));
    }
}
