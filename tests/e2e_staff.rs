//! End-to-end, in the real window: a laptop that never gets online takes
//! two pledges in delegate mode; staff open staff mode with the PIN, batch
//! them and export a bundle to a "USB stick"; a second laptop (its own data
//! directory) imports it, forwards it to the platform, and reconciliation
//! shows everything acknowledged.

mod support;

use std::time::Duration;

use fantoccini::{Client, Locator};
use pledge_test_kit::Server as Platform;
use support::form::{set_event, sign_joint_pledge, staff_tab, unlock_staff};
use support::*;

/// Calls a Tauri command from the page as the window would; the error
/// object when it is refused.
async fn invoke_error(c: &Client, command: &str, args: serde_json::Value) -> serde_json::Value {
    c.execute_async(
        "const done = arguments[arguments.length - 1];
         window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
           .then(() => done(null), (e) => done(e));",
        vec![command.into(), args],
    )
    .await
    .unwrap_or_else(|e| panic!("{command}: {e}"))
}

async fn attr(c: &Client, css: &str, name: &str) -> String {
    find(c, css)
        .await
        .attr(name)
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

/// Signs the joint pledge as a delegate and closes the receipt; returns
/// the pledge id.
async fn delegate_signs(c: &Client) -> String {
    sign_joint_pledge(c).await;
    let id = text(c, "#receipt-pledge-id").await.trim().to_owned();
    click(c, "#receipt-close").await;
    // the form starts afresh for the next delegation
    eventually("a blank form", || async {
        value(c, "#title").await.is_empty().then_some(())
    })
    .await;
    id
}

#[tokio::test(flavor = "multi_thread")]
async fn pledges_signed_offline_reach_the_platform_by_usb_bundle() {
    let server_data = tempfile::tempdir().unwrap();
    let (_, staff_code) = Platform::create_event(server_data.path(), "kigali-2022");
    let platform = Platform::start(server_data.path(), "127.0.0.1:0");
    let usb = tempfile::tempdir().unwrap();
    let bundle = usb.path().join("day1-morning.p2cbundle");

    // laptop A: set up by staff, then handed to delegates
    let data_a = tempfile::tempdir().unwrap();
    let driver_a = Driver::start(data_a.path());
    let a = driver_a.launch().await;
    set_event(&a, "kigali-2022", "P2C Roundtable, Kigali").await;
    click(&a, "#staff-lock").await;
    find(&a, "#staff-open").await;
    driver_a.shot("delegate-form");
    let first = delegate_signs(&a).await;
    let second = delegate_signs(&a).await;

    // delegate mode shows no list, and the commands refuse too
    assert!(a.find(Locator::Css("#tab-drafts")).await.is_err());
    assert!(a.find(Locator::Css("#tab-review")).await.is_err());
    let no_filter = serde_json::json!({"filter": {"state": null, "focus_area": null,
        "pledger_kind": null, "country": null, "text": null, "batch": null}});
    for (command, args) in [
        ("pledge_list", serde_json::json!({})),
        (
            "draft_list",
            serde_json::json!({"query": {"text": "", "deleted": false, "limit": 50}}),
        ),
        ("review_queue", no_filter),
        ("batch_list", serde_json::json!({})),
        ("reconcile", serde_json::json!({})),
        ("pledge_receipt", serde_json::json!({"pledgeId": first})),
        // a delegate cannot lengthen the sitting either
        (
            "sitting_idle_timeout_set",
            serde_json::json!({"seconds": 7200}),
        ),
        ("sitting_idle_timeout", serde_json::json!({})),
    ] {
        let refused = invoke_error(&a, command, args).await;
        assert_eq!(refused["code"], "staff_only", "{command}: {refused}");
    }

    // a wrong PIN is refused; the right one opens staff mode
    click(&a, "#staff-open").await;
    type_into(&a, "#staff-pin", "999999").await;
    click(&a, "#staff-pin-submit").await;
    let wrong = eventually("the wrong-PIN message", || async {
        let t = text(&a, "#staff-pin-error").await;
        (!t.trim().is_empty()).then_some(t)
    })
    .await;
    assert!(wrong.contains('4'), "tries left: {wrong}");
    driver_a.shot("staff-pin-wrong");
    click(&a, "#staff-pin-cancel").await;
    unlock_staff(&a).await;

    // staff set how long a delegate's sitting lasts without activity
    staff_tab(&a, "#tab-settings").await;
    clear_and_type(&a, "#staff-sitting-minutes", "15").await;
    click(&a, "#staff-settings-save").await;
    eventually("the settings saved", || async {
        attr(&a, "#staff-settings-status", "class")
            .await
            .contains("saved")
            .then_some(())
    })
    .await;
    assert_eq!(value(&a, "#staff-sitting-minutes").await, "15");

    // the review queue shows both; batch them
    staff_tab(&a, "#tab-review").await;
    for id in [&first, &second] {
        find(&a, &format!("#review-row-{id}")).await;
        click(&a, &format!("#review-select-{id}")).await;
    }
    driver_a.shot("staff-queue");
    type_into(&a, "#batch-new-name", "Day 1 — morning session").await;
    click(&a, "#batch-create").await;
    click(&a, "#tab-batches").await;
    let row = find(&a, ".batch-row").await;
    row.click().await.unwrap();
    find(&a, &format!("#batch-item-{first}")).await;
    find(&a, &format!("#batch-item-{second}")).await;
    clear_and_type(&a, "#batch-export-path", &bundle.display().to_string()).await;
    click(&a, "#batch-export").await;
    let exported = eventually("the export", || async {
        let t = text(&a, "#batch-export-result").await;
        (!t.trim().is_empty()).then_some(t)
    })
    .await;
    assert!(bundle.exists(), "bundle written: {exported}");
    driver_a.shot("staff-batch");
    click(&a, "#tab-summary").await;
    eventually("the summary", || async {
        (text(&a, "#summary-count").await.contains('2')).then_some(())
    })
    .await;
    driver_a.shot("staff-summary");

    // laptop B, a staff laptop that does get online
    let data_b = tempfile::tempdir().unwrap();
    let driver_b = Driver::start(data_b.path());
    let b = driver_b.launch().await;
    set_event(&b, "kigali-2022", "P2C Roundtable, Kigali").await;
    clear_and_type(&b, "#server-url", &platform.url).await;
    clear_and_type(&b, "#enroll-code", &staff_code).await;
    click(&b, "#enroll").await;
    eventually("enrolment", || async {
        text(&b, "#enroll-status")
            .await
            .contains("Connected")
            .then_some(())
    })
    .await;
    staff_tab(&b, "#tab-transfer").await;
    clear_and_type(&b, "#bundle-import-path", &bundle.display().to_string()).await;
    // First the check: laptop A is listed with its key fingerprint (as A's
    // Settings show it) and its two pledges; nothing is imported yet.
    click(&b, "#bundle-import").await;
    let file: serde_json::Value = serde_json::from_slice(&std::fs::read(&bundle).unwrap()).unwrap();
    let laptop_a = file["devices"][0]["device_id"].as_str().unwrap().to_owned();
    let fingerprint = pledge_core::signing::PublicKey::from_base64(
        file["devices"][0]["public_key"].as_str().unwrap(),
    )
    .unwrap()
    .fingerprint();
    let preview = eventually("the bundle's laptops", || async {
        let t = text(&b, "#bundle-import-preview").await;
        (!t.trim().is_empty()).then_some(t)
    })
    .await;
    assert!(
        preview.contains(&laptop_a) && preview.contains(&fingerprint),
        "{preview}"
    );
    assert!(text(&b, "#bundle-import-result").await.trim().is_empty());
    driver_b.shot("staff-bundle-preview");
    click(&b, "#bundle-import-confirm").await;
    let imported = eventually("the import", || async {
        let t = text(&b, "#bundle-import-result").await;
        (!t.trim().is_empty()).then_some(t)
    })
    .await;
    assert!(imported.contains('2'), "{imported}");
    driver_b.shot("staff-transfer");
    // again: nothing changes
    click(&b, "#bundle-import").await;
    click(&b, "#bundle-import-confirm").await;
    tokio::time::sleep(Duration::from_millis(500)).await;

    // the sync loop forwards them; reconciliation says all acknowledged
    staff_tab(&b, "#tab-reconcile").await;
    let row = eventually("both acknowledged on the platform", || async {
        click(&b, "#reconcile-refresh").await;
        tokio::time::sleep(Duration::from_millis(300)).await;
        let only_here = attr(&b, "#reconcile-only-here", "data-count").await;
        let rows = b
            .find_all(Locator::Css("[id^=reconcile-device-]"))
            .await
            .ok()?;
        let mut acknowledged = 0;
        let mut total = 0;
        for r in rows {
            acknowledged += r
                .attr("data-acknowledged")
                .await
                .ok()??
                .parse::<u32>()
                .ok()?;
            total += r.attr("data-total").await.ok()??.parse::<u32>().ok()?;
        }
        (only_here == "0" && total == 2 && acknowledged == 2).then_some(total)
    })
    .await;
    assert_eq!(row, 2);
    driver_b.shot("staff-reconcile");

    // Issue 12: the review table in three scripts. A status badge never
    // breaks inside its word, and "signed at" carries its day.
    staff_tab(&b, "#tab-review").await;
    eventually("the platform's status in the queue", || async {
        b.find(Locator::Css(".review-table [data-delivery='received']"))
            .await
            .ok()
            .map(|_| ())
    })
    .await;
    for lang in ["en", "ar", "zh"] {
        set_ui_language(&b, lang).await;
        let seen = b
            .execute(
                "const lines = [...document.querySelectorAll('.review-table .delivery-badge')].map(e => {
                   const r = document.createRange(); r.selectNodeContents(e);
                   return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; });
                 const times = [...document.querySelectorAll('.review-table time')].map(t => t.textContent);
                 return {lines, times};",
                vec![],
            )
            .await
            .unwrap();
        let lines: Vec<u64> = serde_json::from_value(seen["lines"].clone()).unwrap();
        assert!(
            !lines.is_empty() && lines.iter().all(|&n| n == 1),
            "{lang}: {seen}"
        );
        let times: Vec<String> = serde_json::from_value(seen["times"].clone()).unwrap();
        assert!(
            times
                .iter()
                .all(|t| t.chars().any(|c| !c.is_ascii_digit() && !" :".contains(c))),
            "{lang}: signed-at with its day: {times:?}"
        );
        driver_b.shot(&format!("staff-review-{lang}"));
    }
    // A country suggestion in Chinese keeps its name on one line.
    click(&b, "#tab-pledge").await;
    set_ui_language(&b, "zh").await;
    type_into(&b, "#pledger-0-country", "老挝").await;
    find(&b, "[data-option='LAO']").await;
    let width = b
        .execute(
            "const n = document.querySelector(\"[data-option='LAO'] .option-name\");
             return n.getBoundingClientRect().width / parseFloat(getComputedStyle(n).fontSize);",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(width >= 2.0, "老挝 squeezed to {width} em");
    driver_b.shot("country-suggestion-zh");
    set_ui_language(&b, "en").await;

    // the platform holds both, once each
    let stored = Platform::admin(server_data.path(), &["export"]);
    for id in [&first, &second] {
        assert_eq!(stored.matches(id.as_str()).count(), 1, "{id} stored once");
    }
    a.close().await.unwrap();
    b.close().await.unwrap();
    platform.stop();
}
