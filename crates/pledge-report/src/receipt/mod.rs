//! The receipt a delegate keeps: a PDF of the whole signed pledge, and the
//! typed signatures drawn on it, both from real fonts.

pub mod content;
pub mod fonts;
pub mod layout;
pub mod pdf;
mod render;
pub mod typed;

use std::path::Path;

use crate::ReportError;

/// Writes the receipt PDF to `path`; returns its size in bytes.
pub fn write_receipt_pdf(
    fonts: &fonts::Fonts,
    receipt: &pdf::ReceiptPdf<'_>,
    path: &Path,
) -> Result<u64, ReportError> {
    let bytes = pdf::receipt_pdf(fonts, receipt).map_err(ReportError::Pdf)?;
    std::fs::write(path, &bytes).map_err(|source| {
        // a part of a PDF is no receipt: none is left behind (full drive, stick pulled)
        let _ = std::fs::remove_file(path);
        ReportError::Io {
            path: Some(path.to_owned()),
            source,
        }
    })?;
    Ok(bytes.len() as u64)
}
