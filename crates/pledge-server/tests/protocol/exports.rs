//! `pledge-server export`: the laptops' exporter (pledge-report), so a
//! pledge's text can never become a formula in the secretariat's sheet.

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx};

use crate::env::{Backend, Env, EVENT};

const TITLE: &str = "=HYPERLINK(\"http://evil.example\",\"Open the report\")";

pub async fn a_formula_like_title_is_exported_as_text(backend: Backend) {
    let env = Env::start(backend).await;
    let d = env.delegate().await;
    let mut envelope = d.device.envelope(EVENT, 1);
    envelope.pledge.title = TITLE.into();
    let reply = env.api.push(&d.token, &[d.device.seal(&envelope)]).await;
    assert_eq!(reply.results()[0]["outcome"], "created", "{reply:?}");

    // CSV: the cell gets the formula guard's leading quote.
    let out = env.admin(&["export", "--format", "csv"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[column("title")], format!("'{TITLE}"));
    assert_eq!(&row[column("pledge_id")], envelope.pledge_id);
    assert_eq!(&row[column("server_status")], "received");
    assert_eq!(&row[column("contact_email")], "", "no contact unless asked");

    // XLSX: a string cell, never evaluated, the text exactly as signed.
    let out = env.admin(&["export", "--format", "xlsx"]);
    assert!(out.status.success());
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(out.stdout)).unwrap();
    let sheet = book.worksheet_range("Pledges").unwrap();
    let title = pledge_report::COLUMNS
        .iter()
        .position(|c| *c == "title")
        .unwrap();
    assert_eq!(sheet.get((1, title)), Some(&Data::String(TITLE.into())));
    assert!(
        book.worksheet_formula("Pledges").unwrap().is_empty(),
        "no formula anywhere"
    );

    // Contact details only on request; an unknown format is refused.
    let out = env.admin(&["export", "--with-contacts"]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("delegate@example.org"));
    let out = env.admin(&["export", "--format", "pdf"]);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
}
