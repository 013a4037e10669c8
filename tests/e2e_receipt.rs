//! End-to-end (issue 12, items 2 and 3): two signatories use the keyboard
//! alternative with an Arabic and a Chinese name, whose typed signatures are
//! drawn from real font outlines (shaped, joined, right to left), never the
//! fallback zig-zag; the receipt shows them and every field of the pledge;
//! "Save the receipt as PDF" writes a PDF to the typed path, in English and
//! then in Arabic, holding the title, the fingerprint, every pledger and
//! signatory.

mod support;

use std::path::Path;
use std::process::Command;

use fantoccini::{Client, Locator};
use support::form::{fill_joint_pledge, set_event};
use support::*;

const ARABIC: &str = "محمد العلي";
const CHINESE: &str = "王小明";

/// Types `name` as the signatory and switches to the typed signature;
/// returns the preview's path data once it is drawn from fonts.
async fn type_signature(c: &Client, name: &str, title: &str) -> String {
    find(c, "#signatory-name").await;
    clear_and_type(c, "#signatory-name", name).await;
    clear_and_type(c, "#signatory-title", title).await;
    if !checked(c, "#signature-typed-toggle").await {
        click(c, "#signature-typed-toggle").await;
    }
    eventually("the typed signature from fonts", || async {
        let path = c
            .find(Locator::Css("#signature-typed-preview path"))
            .await
            .ok()?;
        let d = path.attr("d").await.ok().flatten()?;
        // glyph outlines: curves and closed contours, not the zig-zag (M/L only)
        (d.contains('Z') && (d.contains('Q') || d.contains('C'))).then_some(d)
    })
    .await
}

fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(path)
        .arg("-")
        .output();
    String::from_utf8(out.expect("pdftotext (poppler-utils) runs").stdout).unwrap()
}

/// Saves the receipt PDF to `path` from the receipt screen; returns its text.
async fn save_pdf(c: &Client, path: &Path, shot_name: &str, driver: &Driver) -> String {
    clear_and_type(c, "#receipt-pdf-path", path.to_str().unwrap()).await;
    click(c, "#receipt-save-pdf").await;
    eventually("the receipt PDF to be saved", || async {
        let status = text(c, "#receipt-pdf-status").await;
        (!status.trim().is_empty()).then_some(())
    })
    .await;
    assert!(c.find(Locator::Css("#receipt-pdf-error")).await.is_err());
    c.execute(
        "document.querySelector('#receipt-save-pdf').scrollIntoView({block: 'center'})",
        vec![],
    )
    .await
    .unwrap();
    driver.shot(shot_name);
    // The PDF's first page as people see it, beside the screenshots.
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/e2e-shots");
    let _ = Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"])
        .arg(path)
        .arg(shots.join(format!("{shot_name}-page1")))
        .status();
    assert!(path.metadata().expect("the PDF exists").len() > 1000);
    pdf_text(path)
}

#[tokio::test(flavor = "multi_thread")]
async fn typed_arabic_and_chinese_signatures_and_the_receipt_pdf() {
    let data = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.launch().await;
    set_event(&c, "kigali-2022", "P2C Roundtable, Kigali").await;
    // handed to delegates: delegate mode
    click(&c, "#staff-lock").await;
    find(&c, "#staff-open").await;

    click(&c, "#tab-pledge").await;
    fill_joint_pledge(&c).await;
    wait_saved(&c).await;
    click(&c, "#review-sign").await;
    find(&c, "#review").await;
    click(&c, "#start-signing").await;

    // Each name typed with the window in its own script's language.
    set_ui_language(&c, "ar").await;
    let arabic = type_signature(&c, ARABIC, "وزير").await;
    driver.shot("typed-signature-arabic");
    click(&c, "#signature-next").await;
    eventually("the second signatory", || async {
        value(&c, "#signatory-name").await.is_empty().then_some(())
    })
    .await;
    set_ui_language(&c, "zh").await;
    let chinese = type_signature(&c, CHINESE, "部长").await;
    driver.shot("typed-signature-chinese");
    assert_ne!(arabic, chinese);
    click(&c, "#signature-next").await;
    set_ui_language(&c, "en").await;

    let fingerprint = eventually("the receipt", || async {
        let t = inner_text(&c.find(Locator::Css("#receipt-fingerprint")).await.ok()?).await;
        (t.trim().len() == 19).then(|| t.trim().to_owned())
    })
    .await;
    // The receipt on screen holds the whole signed content too.
    let on_screen = support::text(&c, "#receipt").await;
    for needle in [
        "Fibre and solar-powered connectivity.",
        "Programmatic",
        "Youth",
        "Quality education",
        "delegate@example.org",
    ] {
        assert!(
            on_screen.contains(needle),
            "{needle:?} missing from the receipt:\n{on_screen}"
        );
    }
    for (i, script) in [(0, "arabic"), (1, "chinese")] {
        let filled = c
            .find(Locator::Css(&format!("[data-signatory=\"{i}\"] svg path")))
            .await
            .unwrap();
        assert_eq!(
            filled.attr("fill").await.unwrap().as_deref(),
            Some("currentColor")
        );
        c.execute(
            &format!("document.querySelector('[data-signatory=\"{i}\"]').scrollIntoView({{block: 'center'}})"),
            vec![],
        )
        .await
        .unwrap();
        driver.shot(&format!("receipt-typed-{script}"));
    }

    // The PDF, in English.
    let en = out.path().join("receipt-en.pdf");
    let text = save_pdf(&c, &en, "receipt-pdf-saved-en", &driver).await;
    for needle in [
        "Pledge signed",
        fingerprint.as_str(),
        "Connect 500 rural <b>schools</b> in Rwanda & Malawi",
        "Example Telecom Group",
        "Ministry of ICT",
        ARABIC,
        CHINESE,
        "Fibre and solar-powered connectivity.",
        "delegate@example.org",
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} missing from the PDF:\n{text}"
        );
    }

    // The same receipt with the window in Arabic: the labels follow (words
    // without the lam-alef and lam-yeh ligatures, which pdftotext spells
    // backwards).
    set_ui_language(&c, "ar").await;
    let ar = out.path().join("receipt-ar.pdf");
    let text = save_pdf(&c, &ar, "receipt-pdf-saved-ar", &driver).await;
    for needle in [
        "التوقيع",
        "التعهد",
        "البصمة",
        fingerprint.as_str(),
        "Ministry of ICT",
        ARABIC,
        CHINESE,
    ] {
        assert!(
            text.contains(needle),
            "{needle:?} missing from the Arabic PDF:\n{text}"
        );
    }

    // And in Chinese.
    set_ui_language(&c, "zh").await;
    let zh = out.path().join("receipt-zh.pdf");
    let text = save_pdf(&c, &zh, "receipt-pdf-saved-zh", &driver).await;
    for needle in ["承诺已签署", "指纹", fingerprint.as_str(), ARABIC, CHINESE] {
        assert!(
            text.contains(needle),
            "{needle:?} missing from the Chinese PDF:\n{text}"
        );
    }

    // A folder that does not exist: a clear message, nothing written.
    let nowhere = out.path().join("no-such-folder/receipt.pdf");
    clear_and_type(&c, "#receipt-pdf-path", nowhere.to_str().unwrap()).await;
    click(&c, "#receipt-save-pdf").await;
    find(&c, "#receipt-pdf-error").await;
    assert!(!nowhere.exists());

    // The next delegation cannot have this receipt written (delegate mode).
    let pledge_id = support::text(&c, "#receipt-pledge-id")
        .await
        .trim()
        .to_owned();
    click(&c, "#receipt-close").await;
    eventually("a blank form", || async {
        value(&c, "#title").await.is_empty().then_some(())
    })
    .await;
    let other = out.path().join("other.pdf");
    let refused = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke('receipt_pdf', arguments[0])
               .then(() => done(null), (e) => done(e));",
            vec![
                serde_json::json!({"pledgeId": pledge_id, "path": other.to_str().unwrap(),
                "labels": {}, "language": "en"}),
            ],
        )
        .await
        .unwrap();
    assert_eq!(refused["code"], "staff_only", "{refused}");
    assert!(!other.exists());
    c.close().await.unwrap();
}
