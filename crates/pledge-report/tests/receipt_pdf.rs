//! The receipt PDF a delegate keeps (issue 12, item 3): written by the app
//! itself, holding the whole signed pledge, every signature, the
//! fingerprint and the QR code; read back with poppler's `pdftotext`.

mod support;

use std::process::Command;

use pledge_core::receipt::{qr_path, receipt_text};
use pledge_core::*;
use pledge_report::*;
use support::*;

const W: f32 = 560.0;
const H: f32 = 200.0;

fn signatory(pledger: u32, name: &str, typed: bool) -> Signatory {
    let drawing = if typed {
        typed_signature(Fonts::system(), name, W, H).expect("drawn from fonts")
    } else {
        "M30 150 L80 60 L120 150 L170 70 L220 140".to_owned()
    };
    Signatory {
        pledger,
        name: name.into(),
        title: "Director".into(),
        signed_at: "2022-06-08T10:15:00Z".into(),
        method: if typed {
            SignatureMethod::Typed
        } else {
            SignatureMethod::Drawn
        },
        drawing,
    }
}

fn envelope(pledge: Pledge, signatories: Vec<Signatory>) -> Envelope {
    let mut r = report(ID_A, 17, pledge, "signed", None, None);
    r.envelope.signatories = signatories;
    r.envelope
}

/// Writes the receipt and returns its text as pdftotext reads it.
fn pdf_text(envelope: &Envelope, labels: &Labels, language: &str, name: &str) -> (String, u64) {
    let hash = "3f2a9c0177be0d4e".to_owned() + &"0".repeat(48);
    let qr = qr_path(&receipt_text(&envelope.pledge_id, &hash));
    let receipt = ReceiptPdf {
        envelope,
        fingerprint: "3f2a 9c01 77be 0d4e",
        qr: qr.as_ref(),
        labels,
        language,
    };
    let dir = std::env::var_os("RECEIPT_PDF_KEEP").map_or_else(std::env::temp_dir, Into::into);
    let path = dir.join(format!("{name}-{}.pdf", std::process::id()));
    let started = std::time::Instant::now();
    let size = write_receipt_pdf(Fonts::system(), &receipt, &path).expect("written");
    eprintln!("{name}: {size} bytes in {:?}", started.elapsed());
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) runs");
    assert!(out.status.success());
    if std::env::var_os("RECEIPT_PDF_KEEP").is_none() {
        let _ = std::fs::remove_file(&path);
    }
    (String::from_utf8(out.stdout).expect("UTF-8"), size)
}

#[test]
fn an_english_receipt_holds_the_whole_pledge() {
    let pledge = example();
    let env = envelope(
        pledge.clone(),
        vec![
            signatory(0, "Amélie Ngozi", false),
            signatory(1, "Jean-Paul Habimana", true),
        ],
    );
    let labels: Labels = [
        ("receipt_title", "Pledge receipt"),
        ("fingerprint", "Fingerprint"),
        ("support.financial", "Financial"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let (text, size) = pdf_text(&env, &labels, "en", "receipt-en");
    assert!(size < 400_000, "{size} bytes");
    for needle in [
        "Pledge receipt",
        "3f2a 9c01 77be 0d4e",
        &pledge.title,
        "Financial",
        "Amélie Ngozi",
        "Jean-Paul Habimana",
        ID_A,
    ]
    .into_iter()
    .chain(pledge.pledgers.iter().map(|p| p.name.as_str()))
    {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
    // The description, support types, beneficiaries, SDGs, contact: all there.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let description = pledge
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(flat.contains(&description), "{flat}");
    for needle in [
        "programmatic",
        "rural_communities",
        "youth",
        "delegate@example.org",
        "190 000 000 USD",
        "2022-07-01",
        "RWA",
    ] {
        assert!(
            flat.replace('\u{202F}', " ").contains(needle),
            "{needle:?} missing from:\n{flat}"
        );
    }
}

#[test]
fn an_arabic_and_chinese_receipt_holds_its_pledgers() {
    let mut pledge = example();
    pledge.title = "ربط المدارس الريفية في رواندا".into();
    pledge.description = "连接农村学校。".repeat(40);
    pledge.pledgers[0].name = "وزارة التعليم".into();
    pledge.pledgers[1].name = "中国电信集团".into();
    let env = envelope(
        pledge.clone(),
        vec![
            signatory(0, "محمد العلي", true),
            signatory(1, "王小明", true),
        ],
    );
    let labels: Labels = [("receipt_title", "إيصال التعهد"), ("fingerprint", "البصمة")]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let (text, _) = pdf_text(&env, &labels, "ar", "receipt-ar");
    for needle in ["3f2a 9c01 77be 0d4e", "中国电信集团", "王小明", ID_A] {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
    // Right-to-left text comes out of pdftotext in reading order (names
    // without the lam-alef ligature, which pdftotext spells backwards).
    for needle in ["إيصال التعهد", "وزارة التعليم", &pledge.title, "محمد العلي"]
    {
        assert!(text.contains(needle), "{needle:?} missing from:\n{text}");
    }
}
