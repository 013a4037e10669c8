//! The XLSX export read back with calamine (and its XML where calamine
//! does not look) and checked against the signed envelopes.

mod support;

use std::io::Read;
use std::path::Path;

use calamine::{open_workbook, Data, Reader, Xlsx};
use pledge_report::*;
use support::*;

fn sheet(path: &Path, name: &str) -> calamine::Range<Data> {
    let mut book: Xlsx<_> = open_workbook(path).expect("calamine opens it");
    book.worksheet_range(name).expect("sheet present")
}

fn cell(range: &calamine::Range<Data>, row: usize, name: &str) -> Data {
    let c = HEADER.iter().position(|h| *h == name).unwrap();
    range.get((row, c)).cloned().unwrap_or(Data::Empty)
}

#[test]
fn xlsx_reads_back_with_numbers_as_numbers_and_text_as_signed() {
    let pledges = fixture();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kigali-2022.xlsx");
    assert_eq!(write_xlsx(&pledges, &path).unwrap(), pledges.len());

    let book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["Pledges", "Summary"]);

    let range = sheet(&path, "Pledges");
    assert_eq!(range.height(), 1 + pledges.len());
    assert_eq!(range.width(), HEADER.len());
    let header: Vec<Data> = HEADER.iter().map(|h| Data::String((*h).into())).collect();
    assert_eq!(range.rows().next().unwrap(), header.as_slice());

    assert_eq!(
        cell(&range, 1, "financial_amount"),
        Data::Float(190_000_000.0)
    );
    assert_eq!(cell(&range, 1, "device_seq"), Data::Float(1.0));
    assert_eq!(cell(&range, 1, "pledge_id"), Data::String(ID_A.into()));
    assert_eq!(cell(&range, 1, "sdgs"), Data::String("4; 9".into()));
    assert_eq!(
        cell(&range, 1, "contact_email"),
        Data::String("delegate@example.org".into())
    );
    // B: a string cell, kept exactly (no quote: XLSX strings never evaluate).
    assert_eq!(cell(&range, 2, "title"), Data::String(TITLE_B.into()));
    assert_eq!(
        cell(&range, 2, "description"),
        Data::String(pledges[1].envelope.pledge.description.clone())
    );
    assert_eq!(cell(&range, 2, "financial_amount"), Data::Empty);
    assert_eq!(
        cell(&range, 3, "contact_name"),
        Data::String("-Dash Contact".into())
    );
    assert_eq!(
        cell(&range, 3, "financial_amount"),
        Data::Float(2_500_000.0)
    );
    assert_eq!(
        cell(&range, 6, "financial_amount"),
        Data::Float(5_000_000.0)
    );

    // Every text column agrees with the CSV (less the CSV's formula guard).
    let (_, records) = csv_of(&pledges);
    for (i, record) in records.iter().enumerate().skip(1) {
        for (c, csv_value) in record.iter().enumerate() {
            let xlsx_value = match range.get((i, c)).cloned().unwrap_or(Data::Empty) {
                Data::String(s) => s,
                Data::Float(f) => format!("{f}"),
                Data::Empty => String::new(),
                other => panic!("unexpected cell {other:?}"),
            };
            let unguarded = match csv_value.strip_prefix('\'') {
                Some(rest) if xlsx_value == rest => rest,
                _ => csv_value,
            };
            assert_eq!(xlsx_value, unguarded, "row {i} column {}", HEADER[c]);
        }
    }

    let summary = sheet(&path, "Summary");
    let rows: Vec<&[Data]> = summary.rows().collect();
    let find = |key: &str| {
        rows.iter()
            .find(|r| r.first() == Some(&Data::String(key.into())))
            .unwrap_or_else(|| panic!("no {key} row"))
            .to_vec()
    };
    assert_eq!(find("pledges")[1], Data::Float(4.0));
    assert_eq!(find("rows in Pledges sheet")[1], Data::Float(6.0));
    assert_eq!(
        find("USD")[1..3],
        [Data::Float(200_000_000.0), Data::Float(1.0)]
    );
    assert_eq!(find("RWF")[1], Data::Float(5_000_000.0));
    assert_eq!(find("access")[1], Data::Float(2.0));
    assert_eq!(find("other")[1], Data::Float(0.0));
    assert_eq!(find("sids")[1], Data::Float(1.0));
}

/// The parts calamine does not show: the bold frozen header row and the
/// autofilter, read from the sheet's XML.
#[test]
fn xlsx_header_is_frozen_filtered_and_bold() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("out.xlsx");
    write_xlsx(&fixture(), &path).unwrap();
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(
        xml.contains(
            r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        ),
        "{xml}"
    );
    assert!(xml.contains(r#"<autoFilter ref="A1:AM7"/>"#), "{xml}");
    assert!(xml.contains("<cols>"), "column widths set");
    let mut styles = String::new();
    zip.by_name("xl/styles.xml")
        .unwrap()
        .read_to_string(&mut styles)
        .unwrap();
    assert!(styles.contains("<b/>"), "a bold font exists");
}

#[test]
fn xlsx_to_an_unwritable_path_names_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("no-such-folder").join("export.xlsx");
    let err = write_xlsx(&fixture(), &path).unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.starts_with(&format!("Could not write {}: ", path.display())),
        "{msg}"
    );
    assert!(msg.contains("the folder does not exist"), "{msg}");
    assert_eq!(err.code(), "file_unwritable");
    assert!(!path.exists());

    // A folder where the file should go.
    let err = write_xlsx(&fixture(), dir.path()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("Could not write {}: ", dir.path().display())),
        "{err}"
    );
}

#[test]
fn xlsx_of_no_pledges_has_the_header_and_a_zero_summary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.xlsx");
    assert_eq!(write_xlsx(&[], &path).unwrap(), 0);
    let range = sheet(&path, "Pledges");
    assert_eq!(range.height(), 1);
    assert_eq!(range.width(), HEADER.len());
    let summary = sheet(&path, "Summary");
    assert_eq!(summary.get((0, 1)), Some(&Data::Float(0.0)));
}
