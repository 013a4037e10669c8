//! The XLSX workbook: sheet `Pledges` (the rows of [`crate::COLUMNS`]) and
//! sheet `Summary` (the tables of [`crate::summarize`]).

use rust_xlsxwriter::{ColNum, Format, RowNum, Workbook, Worksheet, XlsxError};

use crate::row::{self, Cell, COLUMNS};
use crate::summary::{self, Count};
use crate::ReportPledge;

/// The largest integer an XLSX number (an IEEE double) holds exactly.
/// Amounts (≤ 10^15) always fit; anything larger is written as text
/// rather than rounded.
const EXACT: u64 = 1 << 53;
const MIN_WIDTH: usize = 8;
const MAX_WIDTH: usize = 60;

fn col(i: usize) -> ColNum {
    // COLUMNS has a few dozen entries, far below Excel's 16,384.
    i as ColNum
}

fn row_num(i: usize) -> Result<RowNum, XlsxError> {
    RowNum::try_from(i).map_err(|_| XlsxError::RowColumnLimitError)
}

/// The workbook as the bytes of an `.xlsx` file.
pub(crate) fn workbook(pledges: &[ReportPledge]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let whole = Format::new().set_num_format("#,##0");

    let sheet = book.add_worksheet();
    sheet.set_name("Pledges")?;
    pledges_sheet(sheet, pledges, &bold, &whole)?;

    let sheet = book.add_worksheet();
    sheet.set_name("Summary")?;
    summary_sheet(sheet, pledges, &bold, &whole)?;

    book.save_to_buffer()
}

fn pledges_sheet(
    sheet: &mut Worksheet,
    pledges: &[ReportPledge],
    bold: &Format,
    whole: &Format,
) -> Result<(), XlsxError> {
    let amount = row::column("financial_amount");
    // Header width plus room for the autofilter button.
    let mut widths: Vec<usize> = COLUMNS.iter().map(|h| h.chars().count() + 3).collect();
    for (c, header) in COLUMNS.iter().enumerate() {
        sheet.write_string_with_format(0, col(c), *header, bold)?;
    }
    for (i, pledge) in pledges.iter().enumerate() {
        let r = row_num(i + 1)?;
        for (c, cell) in row::flatten(pledge).into_iter().enumerate() {
            let shown = match cell {
                // Always a string cell: never evaluated, so no formula
                // guard is needed and the text stays exactly as signed.
                Cell::Text(t) if t.is_empty() => 0,
                Cell::Text(t) => {
                    sheet.write_string(r, col(c), &t)?;
                    t.lines().map(|l| l.chars().count()).max().unwrap_or(0)
                }
                Cell::Int(n) if n > EXACT => {
                    let t = n.to_string();
                    sheet.write_string(r, col(c), &t)?;
                    t.len()
                }
                Cell::Int(n) if Some(c) == amount => {
                    sheet.write_number_with_format(r, col(c), n as f64, whole)?;
                    // digits plus thousands separators
                    let digits = n.to_string().len();
                    digits + digits.saturating_sub(1) / 3
                }
                Cell::Int(n) => {
                    sheet.write_number(r, col(c), n as f64)?;
                    n.to_string().len()
                }
                Cell::Blank => 0,
            };
            widths[c] = widths[c].max(shown + 1);
        }
    }
    for (c, w) in widths.into_iter().enumerate() {
        sheet.set_column_width(col(c), w.clamp(MIN_WIDTH, MAX_WIDTH) as f64)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, row_num(pledges.len())?, col(COLUMNS.len() - 1))?;
    Ok(())
}

/// Writes a titled two- or three-column table at `r`; returns the next free
/// row after a blank one.
fn counts_table(
    sheet: &mut Worksheet,
    r: RowNum,
    title: &str,
    counts: &[Count],
    bold: &Format,
) -> Result<RowNum, XlsxError> {
    sheet.write_string_with_format(r, 0, title, bold)?;
    sheet.write_string_with_format(r, 1, "pledges", bold)?;
    let mut r = r + 1;
    for c in counts {
        sheet.write_string(r, 0, &c.key)?;
        sheet.write_number(r, 1, c.count as f64)?;
        r += 1;
    }
    Ok(r + 1)
}

fn summary_sheet(
    sheet: &mut Worksheet,
    pledges: &[ReportPledge],
    bold: &Format,
    whole: &Format,
) -> Result<(), XlsxError> {
    let s = summary::summarize(pledges);
    sheet.set_column_width(0, 28)?;
    sheet.set_column_width(1, 20)?;
    sheet.set_column_width(2, 10)?;

    sheet.write_string_with_format(0, 0, "pledges", bold)?;
    sheet.write_number(0, 1, s.pledges as f64)?;
    sheet.write_string_with_format(1, 0, "rows in Pledges sheet", bold)?;
    sheet.write_number(1, 1, pledges.len() as f64)?;
    sheet.write_string(
        2,
        0,
        "Counted once per pledge in force: rejected and conflicting pledges, \
         and pledges amended by a later one, are listed in the Pledges sheet \
         but not counted here.",
    )?;

    let mut r: RowNum = 4;
    sheet.write_string_with_format(r, 0, "currency", bold)?;
    sheet.write_string_with_format(r, 1, "total", bold)?;
    sheet.write_string_with_format(r, 2, "pledges", bold)?;
    r += 1;
    for f in &s.financial {
        sheet.write_string(r, 0, &f.currency)?;
        if f.total > EXACT {
            sheet.write_string(r, 1, f.total.to_string())?;
        } else {
            sheet.write_number_with_format(r, 1, f.total as f64, whole)?;
        }
        sheet.write_number(r, 2, f.pledges as f64)?;
        r += 1;
    }
    r += 1;
    r = counts_table(sheet, r, "focus_area", &s.focus_areas, bold)?;
    r = counts_table(sheet, r, "support_type", &s.support_types, bold)?;
    r = counts_table(sheet, r, "pledger_kind", &s.pledger_kinds, bold)?;
    let t = &s.targeting;
    let targeting = [("ldc", t.ldc), ("lldc", t.lldc), ("sids", t.sids)].map(|(k, n)| Count {
        key: k.to_owned(),
        count: n,
    });
    counts_table(sheet, r, "targeting", &targeting, bold)?;
    Ok(())
}
