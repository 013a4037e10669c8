//! The receipt a delegate keeps: a PDF written by the app itself (no print
//! dialog), to the path the delegate chose (a folder, a USB stick).

use pledge_core::receipt::{qr_path, receipt_text};
use pledge_report::{Fonts, Labels, ReceiptPdf, ReportError};
use tauri::State;

use super::transfer::input_path;
use crate::{AppError, AppState, ErrorCode};

/// Writes the receipt of `pledge_id` as PDF to `path`, with `labels` in the
/// window's `language`; returns the file's size in bytes. In delegate mode
/// only the pledge of the current sitting (as for the on-screen receipt).
#[tauri::command(async)]
pub fn receipt_pdf(
    state: State<'_, AppState>,
    pledge_id: String,
    path: String,
    labels: Labels,
    language: String,
) -> Result<u64, AppError> {
    let path = input_path(&path)?;
    let record = state.sitting_store(&pledge_id)?.pledge(&pledge_id)?;
    let qr = qr_path(&receipt_text(&record.pledge_id, &record.content_hash));
    let receipt = ReceiptPdf {
        envelope: &record.envelope,
        fingerprint: &record.fingerprint,
        qr: qr.as_ref(),
        labels: &labels,
        language: &language,
    };
    pledge_report::write_receipt_pdf(Fonts::system(), &receipt, &path).map_err(|e| match e {
        ReportError::Io { ref source, .. } if pledge_store::io_is_disk_full(source) => {
            AppError::new(ErrorCode::DiskFull, e.to_string())
        }
        ReportError::Io { .. } => AppError::new(ErrorCode::FileUnwritable, e.to_string()),
        other => AppError::new(ErrorCode::Internal, other.to_string()),
    })
}
