//! Exports of signed pledges for the P2C secretariat and event organisers
//! (DESIGN.md §1, §2): a flat CSV, an XLSX workbook (sheets `Pledges` and
//! `Summary`) and an [`EventSummary`] the UI can show.
//!
//! # Personal data
//!
//! Every row carries the pledge's `contact_name` and `contact_email`: the
//! exports are made for the secretariat, who need to reach the pledgers
//! (yearly progress reports). Treat an export file like the database it came
//! from. Nothing in this crate logs or prints pledge content, and the
//! errors it returns name the file, never a pledge.
//!
//! # Formula injection
//!
//! Pledge text is typed by delegates. A cell that starts with `=`, `+`, `-`,
//! `@`, a tab or a carriage return would be read as a formula by Excel or
//! LibreOffice when a CSV is opened, so in the CSV such a cell gets a single
//! quote (`'`) in front of it (OWASP's advice; the text is otherwise kept
//! as signed). In the XLSX every text is written as a string cell, which a
//! spreadsheet never evaluates, so the text is kept exactly.
//!
//! # CSV dialect
//!
//! RFC 4180: comma separated, fields quoted when needed, `CRLF` after every
//! record, a header row of the snake_case names in [`COLUMNS`], UTF-8. An
//! export file ([`export_bytes`], [`export_for_file`]) starts with the UTF-8
//! byte order mark ([`UTF8_BOM`]): event staff open it in Excel on Windows
//! by double-click, which without it garbles Arabic and Chinese (scripts
//! read it with `encoding="utf-8-sig"`). [`write_csv`] itself writes no BOM,
//! for a caller that streams CSV somewhere else.
//!
//! Lists inside a cell (pledgers, countries, SDGs, …) are joined with `"; "`.

pub mod receipt;
mod row;
mod summary;
mod xlsx;

use std::io;
use std::path::{Path, PathBuf};

use pledge_core::ErrorCode;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub use receipt::content::{Labels, LABEL_KEYS};
pub use receipt::fonts::Fonts;
pub use receipt::pdf::{receipt_pdf, ReceiptPdf};
pub use receipt::typed::{typed_signature, TypedSignatureError};
pub use receipt::write_receipt_pdf;
pub use row::COLUMNS;
pub use summary::{summarize, Count, CurrencyTotal, EventSummary, Targeting};

/// One signed pledge with what its holder (laptop or platform) knows.
pub use pledge_core::held::ReportPledge;

/// The two export formats, on the laptops and on the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Csv,
    Xlsx,
}

/// What an export wrote: where, how many pledge rows, how many bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ExportWritten {
    pub path: String,
    #[ts(type = "number")]
    pub rows: u64,
    #[ts(type = "number")]
    pub bytes: u64,
}

/// The export of `pledges` in `format` for the file at `path`, and what it
/// holds: the caller writes the bytes whole or not at all.
pub fn export_for_file(
    pledges: &[ReportPledge],
    format: ExportFormat,
    path: &Path,
) -> Result<(Vec<u8>, ExportWritten), ReportError> {
    let bytes = export_bytes(pledges, format)?;
    let written = ExportWritten {
        path: path.display().to_string(),
        rows: pledges.len() as u64,
        bytes: bytes.len() as u64,
    };
    Ok((bytes, written))
}

/// The whole export in `format`, in memory (the caller writes it whole or
/// not at all): [`write_csv`] or [`xlsx_bytes`].
pub fn export_bytes(
    pledges: &[ReportPledge],
    format: ExportFormat,
) -> Result<Vec<u8>, ReportError> {
    match format {
        ExportFormat::Csv => {
            let mut bytes = UTF8_BOM.to_vec();
            write_csv(pledges, &mut bytes)?;
            Ok(bytes)
        }
        ExportFormat::Xlsx => xlsx_bytes(pledges),
    }
}

/// The UTF-8 byte order mark that starts every CSV export file, so Excel
/// opens it by double-click with Arabic, Chinese and accented names intact.
pub const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Why an export could not be written. The messages are meant for event
/// staff: they say which file and what to check, never pledge content.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// Writing failed: the folder is missing, the drive is full or
    /// read-only, the file is open elsewhere… `path` is `None` for
    /// [`write_csv`], which writes to whatever it was given.
    #[error("Could not write {}: {}", target(.path.as_deref()), reason(.source))]
    Io {
        path: Option<PathBuf>,
        #[source]
        source: io::Error,
    },
    /// The CSV writer refused a record (not expected with this crate's
    /// fixed columns; kept rather than panicking).
    #[error("Could not write the CSV export: {0}")]
    Csv(#[source] csv::Error),
    /// The workbook could not be built, e.g. more pledges than a sheet has
    /// rows.
    #[error("Could not write {}: {source}", .path.display())]
    Xlsx {
        path: PathBuf,
        #[source]
        source: rust_xlsxwriter::XlsxError,
    },
    /// The receipt PDF could not be made.
    #[error("Could not make the receipt PDF: {0}")]
    Pdf(String),
}

impl ReportError {
    /// The stable code the window and the `pledge` command key on.
    pub fn code(&self) -> ErrorCode {
        match self {
            ReportError::Io { source, .. } if pledge_core::error_code::io_is_disk_full(source) => {
                ErrorCode::DiskFull
            }
            ReportError::Io { .. } => ErrorCode::FileUnwritable,
            ReportError::Csv(_) | ReportError::Xlsx { .. } => ErrorCode::ExportFailed,
            ReportError::Pdf(_) => ErrorCode::ReceiptFailed,
        }
    }

    /// What the window's sentence for this code names.
    pub fn params(&self) -> Vec<(&'static str, String)> {
        match self {
            ReportError::Io { path, source } => vec![
                ("path", target(path.as_deref())),
                ("detail", reason(source)),
            ],
            ReportError::Csv(e) => vec![("detail", e.to_string())],
            ReportError::Xlsx { path, source } => vec![
                ("path", path.display().to_string()),
                ("detail", source.to_string()),
            ],
            ReportError::Pdf(detail) => vec![("detail", detail.clone())],
        }
    }
}

impl From<csv::Error> for ReportError {
    fn from(e: csv::Error) -> Self {
        if !e.is_io_error() {
            return ReportError::Csv(e);
        }
        let source = match e.into_kind() {
            csv::ErrorKind::Io(source) => source,
            // `is_io_error` said Io; should that ever change, keep the text.
            other => io::Error::other(format!("{other:?}")),
        };
        ReportError::Io { path: None, source }
    }
}

fn target(path: Option<&Path>) -> String {
    match path {
        Some(p) => p.display().to_string(),
        None => "the CSV export".to_owned(),
    }
}

/// The I/O error in words a staff member can act on, with the system's own
/// text after it for whoever supports them.
fn reason(e: &io::Error) -> String {
    let hint = match e.kind() {
        io::ErrorKind::NotFound => "the folder does not exist (is the USB drive still plugged in?)",
        io::ErrorKind::PermissionDenied => {
            "permission denied (is the file open in another program, or the drive read-only?)"
        }
        io::ErrorKind::ReadOnlyFilesystem => "the drive is read-only",
        io::ErrorKind::StorageFull => "the drive is full",
        io::ErrorKind::IsADirectory => "that is a folder, not a file name",
        _ => return e.to_string(),
    };
    format!("{hint} — {e}")
}

/// Writes one CSV row per pledge, after a header row of [`COLUMNS`], and
/// returns the number of pledge rows. See the crate docs for the dialect,
/// the formula guard and the personal data every row carries.
pub fn write_csv<W: io::Write>(pledges: &[ReportPledge], out: W) -> Result<usize, ReportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(COLUMNS)?;
    for p in pledges {
        let cells = row::flatten(p);
        w.write_record(cells.iter().map(|c| c.csv_text().into_owned()))?;
    }
    w.flush()
        .map_err(|source| ReportError::Io { path: None, source })?;
    Ok(pledges.len())
}

/// Writes a plain table as CSV in the same dialect as [`write_csv`] (CRLF,
/// the formula guard on every cell): `header`, then `rows`. Returns the
/// number of rows.
pub fn write_table_csv<W: io::Write>(
    header: &[&str],
    rows: &[Vec<String>],
    out: W,
) -> Result<usize, ReportError> {
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(header)?;
    for r in rows {
        w.write_record(r.iter().map(|c| guard_formula(c).into_owned()))?;
    }
    w.flush()
        .map_err(|source| ReportError::Io { path: None, source })?;
    Ok(rows.len())
}

/// Writes an XLSX workbook to `path` (replacing it): sheet `Pledges` with
/// one row per pledge (the columns of [`COLUMNS`], a bold frozen header
/// with an autofilter, amounts and sequence numbers as numbers) and sheet
/// `Summary` with the tables of [`summarize`]. Returns the number of pledge
/// rows. Every row carries the contact's name and email (crate docs).
pub fn write_xlsx(pledges: &[ReportPledge], path: &Path) -> Result<usize, ReportError> {
    let bytes = xlsx_bytes(pledges).map_err(|e| match e {
        ReportError::Xlsx { source, .. } => ReportError::Xlsx {
            path: path.to_owned(),
            source,
        },
        other => other,
    })?;
    let io_err = |source| ReportError::Io {
        path: Some(path.to_owned()),
        source,
    };
    // Staff export to USB drives that get pulled out: make sure the bytes
    // are on the drive before saying it worked.
    let mut file = std::fs::File::create(path).map_err(io_err)?;
    let written = io::Write::write_all(&mut file, &bytes).and_then(|()| file.sync_all());
    if let Err(source) = written {
        // part of a workbook opens as a damaged file: none is left behind
        drop(file);
        let _ = std::fs::remove_file(path);
        return Err(io_err(source));
    }
    Ok(pledges.len())
}

/// The same workbook as [`write_xlsx`], in memory, for callers that write
/// files their own way (whole or not at all).
pub fn xlsx_bytes(pledges: &[ReportPledge]) -> Result<Vec<u8>, ReportError> {
    xlsx::workbook(pledges).map_err(|source| ReportError::Xlsx {
        path: PathBuf::new(),
        source,
    })
}

/// Neutralises a text cell for CSV (see the crate docs): a cell a
/// spreadsheet would read as a formula gets a leading `'`.
pub(crate) fn guard_formula(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_guard_prefixes_only_dangerous_starts() {
        for bad in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(guard_formula(bad), format!("'{bad}"));
        }
        for ok in ["", "Ministry", "1-2", "a=b", " =x", "'quoted", "€5"] {
            assert_eq!(guard_formula(ok), ok);
        }
    }

    #[test]
    fn io_messages_name_the_target_and_a_hint() {
        let e = ReportError::Io {
            path: Some(PathBuf::from("/media/usb/export.xlsx")),
            source: io::Error::from(io::ErrorKind::NotFound),
        };
        let msg = e.to_string();
        assert!(
            msg.starts_with("Could not write /media/usb/export.xlsx: the folder does not exist")
        );
        assert_eq!(e.code(), "file_unwritable");
        let e = ReportError::Io {
            path: None,
            source: io::Error::other("pipe closed"),
        };
        assert_eq!(e.to_string(), "Could not write the CSV export: pipe closed");
    }
}
