//! End-to-end: a joint pledge is reviewed and signed by two signatories
//! drawing with the pointer; the receipt shows the fingerprint; the pledge
//! is marked signed, can no longer be edited, and can be amended. The
//! stored seal verifies with the device's public key.

mod support;

use fantoccini::Locator;
use support::form::{fill_joint_pledge, sign_as, staff_tab, TITLE};
use support::*;

#[tokio::test(flavor = "multi_thread")]
async fn a_joint_pledge_is_signed_by_two_signatories_and_can_only_be_amended() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.launch().await;

    // the event this laptop serves
    staff_tab(&c, "#tab-settings").await;
    clear_and_type(&c, "#event-id", "kigali-2022").await;
    clear_and_type(&c, "#event-name", "P2C Roundtable, Kigali").await;
    click(&c, "#event-save").await;
    let device_fp = eventually("the device fingerprint", || async {
        let t = text(&c, "#device-fingerprint").await;
        (t.trim().len() == 19).then_some(t)
    })
    .await;
    driver.shot("settings");

    click(&c, "#tab-pledge").await;
    fill_joint_pledge(&c).await;
    wait_saved(&c).await;
    click(&c, "#review-sign").await;
    let review = text(&c, "#review").await;
    assert!(
        review.contains(TITLE),
        "the review shows what will be signed: {review}"
    );
    assert!(review.contains("Ministry of ICT"));
    driver.shot("review");

    click(&c, "#start-signing").await;
    // One letter is not a name: said at the field, and nothing can be signed.
    type_into(&c, "#signatory-name", "A").await;
    assert!(!text(&c, "#signatory-name-error").await.trim().is_empty());
    sign_as(&c, "Ama Mensah", "Chief Executive", 0.0).await;
    assert!(c.find(Locator::Css("#signatory-name-error")).await.is_err());
    driver.shot("signature-pad");
    click(&c, "#signature-next").await;
    sign_as(&c, "Jean-Pierre Habimana", "Minister of ICT", 12.0).await;
    click(&c, "#signature-next").await;

    let fingerprint = eventually("the receipt", || async {
        let t = inner_text(&c.find(Locator::Css("#receipt-fingerprint")).await.ok()?).await;
        let t = t.trim().to_owned();
        let ok = t.len() == 19
            && t.split(' ').count() == 4
            && t.split(' ')
                .all(|g| g.len() == 4 && g.chars().all(|ch| ch.is_ascii_hexdigit()));
        ok.then_some(t)
    })
    .await;
    let receipt = text(&c, "#receipt").await;
    assert!(
        receipt.contains("Ama Mensah") && receipt.contains("Jean-Pierre Habimana"),
        "{receipt}"
    );
    let signature_paths = c.find_all(Locator::Css("#receipt svg path")).await.unwrap();
    assert!(signature_paths.len() >= 3, "two signatures and the QR code");
    find(&c, "#receipt-qr").await;
    c.execute(
        "document.querySelector('#receipt').scrollIntoView()",
        vec![],
    )
    .await
    .unwrap();
    driver.shot("receipt");

    click(&c, "#receipt-close").await;
    eventually("a fresh form", || async {
        value(&c, "#title").await.is_empty().then_some(())
    })
    .await;

    // the signed draft is marked signed and can no longer be edited
    staff_tab(&c, "#tab-drafts").await;
    click(&c, "[data-badge=\"signed\"]").await;
    find(&c, "#sealed-banner").await;
    if let Ok(title) = c.find(Locator::Css("#title")).await {
        assert_eq!(
            title.prop("disabled").await.unwrap().as_deref(),
            Some("true"),
            "read-only"
        );
    }
    click(&c, "#amend").await;
    find(&c, "#amend-banner").await;
    eventually("the amendment to hold the pledge", || async {
        (value(&c, "#title").await == TITLE).then_some(())
    })
    .await;
    type_into(&c, "#title", " (phase 2)").await;
    wait_saved(&c).await;
    c.close().await.unwrap();
    drop(driver);

    // what was stored verifies, with the fingerprint the receipt showed
    let mut store =
        pledge_store::Store::open(&data.path().join(pledge_store::DATABASE_FILE)).unwrap();
    let identity = store.identity().unwrap();
    assert_eq!(identity.fingerprint(), device_fp.trim());
    let pledges = store.list_pledges(0, None).unwrap().items;
    assert_eq!(pledges.len(), 1);
    assert_eq!(pledges[0].fingerprint, fingerprint);
    let bytes = store.signed_bytes(&pledges[0].pledge_id).unwrap();
    let envelope =
        pledge_core::signing::verify(&bytes.signed, &bytes.signature, &identity.public_key)
            .unwrap();
    assert_eq!(envelope.signatories.len(), 2);
    assert!(envelope
        .signatories
        .iter()
        .all(|s| s.drawing.starts_with('M')));
    assert_eq!(envelope.event_id, "kigali-2022");
    let drafts = store
        .list_drafts(&pledge_store::DraftQuery::default())
        .unwrap()
        .items;
    let amendment = drafts
        .iter()
        .find(|d| d.sealed_as.is_none())
        .expect("the amendment draft");
    assert_eq!(amendment.title, format!("{TITLE} (phase 2)"));
    assert_eq!(
        store.draft(&amendment.id).unwrap().supersedes.as_deref(),
        Some(pledges[0].pledge_id.as_str())
    );
}
