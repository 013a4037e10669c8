//! End-to-end, in the real window: with "Hold submissions for review" off a
//! batch is only a grouping (no Submit, no talk of releasing held pledges);
//! a batch that still holds pledges says how many Submit releases; and the
//! End of event tab lists what is only on this laptop, exports a bundle of
//! it and saves the reconciliation with every id. Screenshots in English,
//! Arabic and Chinese at 1366×768.

mod support;

use std::path::Path;

use fantoccini::Client;
use pledge_core::{DraftContent, Signatory, SignatureMethod};
use pledge_store::{EventSettings, StaffSettings, Store, DATABASE_FILE};
use support::form::{staff_tab, unlock_staff};
use support::*;

fn content(title: &str) -> DraftContent {
    serde_json::from_value(serde_json::json!({
        "title": title,
        "description": "Fibre and solar-powered connectivity for rural secondary schools.",
        "language": "en",
        "pledgers": [{"name": "Example Telecom Group", "kind": "private_sector", "country": "GBR", "lead": true}],
        "focus_areas": ["access"], "support_types": ["programmatic"],
        "geography": {"scope": "national", "countries": ["RWA"]},
        "period": {"start": "2022-07-01", "end": "2025-12-31"},
        "contact": {"name": "A. Delegate", "email": "delegate@example.org"}
    }))
    .unwrap()
}

struct Seeded {
    grouped: [String; 2],
    held: String,
    draft: String,
}

/// A laptop's data directory as an event day leaves it: one pledge held in
/// a batch from when holding was on; holding now off, two pledges sent
/// straight to the outbox and grouped in a batch; one draft never signed.
fn seed(dir: &Path) -> Seeded {
    let mut store = Store::open(&dir.join(DATABASE_FILE)).unwrap();
    store
        .set_event(&EventSettings {
            event_id: "kigali-2022".into(),
            event_name: "P2C Roundtable, Kigali".into(),
        })
        .unwrap();
    let id = store.identity().unwrap();
    let hold = |store: &mut Store, on: bool| {
        store
            .set_staff_settings(&StaffSettings {
                hold_submissions: on,
                idle_timeout_secs: 900,
            })
            .unwrap();
    };
    let sign = |store: &mut Store, title: &str| {
        let d = store.create_draft(&content(title)).unwrap();
        let signatories = vec![Signatory {
            pledger: 0,
            name: "Ama Mensah".into(),
            title: "Chief Executive".into(),
            signed_at: "2022-06-08T10:15:00Z".into(),
            method: SignatureMethod::Drawn,
            drawing: "M10 10 L20 20".into(),
        }];
        store
            .seal_draft(&id, &d.id, d.revision, signatories)
            .unwrap()
            .pledge_id
    };
    hold(&mut store, true);
    let held = sign(&mut store, "Train teachers in Malawi");
    store
        .create_batch("Day 1 — held for review", std::slice::from_ref(&held))
        .unwrap();
    hold(&mut store, false);
    let grouped = [
        sign(&mut store, "Connect schools in Rwanda"),
        sign(&mut store, "Fund startups in Fiji"),
    ];
    store.create_batch("Day 2 — afternoon", &grouped).unwrap();
    let draft = store
        .create_draft(&content("Half-typed pledge"))
        .unwrap()
        .id;
    Seeded {
        grouped,
        held,
        draft,
    }
}

async fn count(c: &Client, css: &str) -> String {
    find(c, css)
        .await
        .attr("data-count")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

async fn wait_count(c: &Client, css: &str, want: &str) {
    eventually(&format!("{css} to count {want}"), || async {
        (count(c, css).await == want).then_some(())
    })
    .await;
}

async fn body_text(c: &Client) -> String {
    text(c, "main").await
}

/// Turns "Hold submissions for review" on or off, as Settings does.
async fn set_holding(c: &Client, on: bool) {
    let saved: serde_json::Value = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke('staff_settings_set',
                 { settings: { hold_submissions: arguments[0], idle_timeout_secs: 900 } })
               .then((s) => done(s), (e) => done(e));",
            vec![on.into()],
        )
        .await
        .unwrap();
    assert_eq!(saved["hold_submissions"], on, "{saved}");
}

/// Opens the batch named `name` from the Batches tab.
async fn open_batch(c: &Client, name: &str) {
    click(c, "#tab-batches").await;
    let rows = eventually("the batch list", || async {
        let rows = c
            .find_all(fantoccini::Locator::Css(".batch-row"))
            .await
            .ok()?;
        (rows.len() == 2).then_some(rows)
    })
    .await;
    for row in rows {
        if inner_text(&row).await.contains(name) {
            row.click().await.unwrap();
            find(c, "#batch-heading").await;
            return;
        }
    }
    panic!("no batch named {name}");
}

#[tokio::test(flavor = "multi_thread")]
async fn batches_without_holding_have_no_submit_and_the_end_of_event_takes_everything_off() {
    let data = tempfile::tempdir().unwrap();
    let usb = tempfile::tempdir().unwrap();
    let s = seed(data.path());
    let driver = Driver::start_on_screen(data.path(), 1366, 768);
    let c = driver.launch().await;
    unlock_staff(&c).await;

    // holding off: the grouping batch offers no Submit and speaks of no release
    staff_tab(&c, "#tab-batches").await;
    let intro = text(&c, "#batches-intro").await;
    assert!(!intro.contains("release"), "{intro}");
    let list = text(&c, ".batch-list").await;
    assert_eq!(
        list.matches("Not submitted").count(),
        1,
        "only the batch that still holds a pledge waits for submission: {list}"
    );
    open_batch(&c, "Day 2").await;
    for id in &s.grouped {
        find(&c, &format!("#batch-item-{id}")).await;
    }
    assert!(c
        .find(fantoccini::Locator::Css("#batch-submit"))
        .await
        .is_err());
    find(&c, "#batch-grouping").await;
    let page = body_text(&c).await;
    assert!(!page.to_lowercase().contains("release"), "{page}");
    assert!(!page.contains("Submit"), "{page}");
    driver.shot("batch-grouping-en");
    click(&c, "#batch-back").await;

    // a batch still holding a pledge says how many Submit releases
    open_batch(&c, "Day 1").await;
    find(&c, "#batch-submit").await;
    let hint = text(&c, "#batch-submit-hint").await;
    assert!(hint.contains("releases the 1 held pledge"), "{hint}");
    click(&c, "#batch-back").await;

    // holding on: every open batch offers Submit, saying what it releases
    set_holding(&c, true).await;
    click(&c, "#tab-review").await;
    open_batch(&c, "Day 2").await;
    find(&c, "#batch-submit").await;
    let hint = text(&c, "#batch-submit-hint").await;
    assert!(
        hint.contains("None of the pledges in this batch is held"),
        "{hint}"
    );
    click(&c, "#batch-back").await;
    assert_eq!(
        text(&c, ".batch-list")
            .await
            .matches("Not submitted")
            .count(),
        2
    );
    set_holding(&c, false).await;

    // the end of the event: what is only here, counted once
    click(&c, "#tab-closing").await;
    wait_count(&c, "#closing-held", "1").await;
    wait_count(&c, "#closing-unsent", "2").await;
    wait_count(&c, "#closing-refused", "0").await;
    wait_count(&c, "#closing-drafts", "1").await;
    wait_count(&c, "#closing-only-here", "3").await;
    assert!(text(&c, "#closing-headline")
        .await
        .contains("still only on this laptop"));
    driver.shot("end-of-event-before-en");
    let axe = axe_serious(&c, "end of event").await;
    assert!(axe.is_empty(), "serious or critical violations: {axe:?}");

    // export a bundle of everything not yet acknowledged
    let bundle = usb.path().join("end-of-event.p2cbundle");
    clear_and_type(&c, "#closing-export-path", &bundle.display().to_string()).await;
    click(&c, "#closing-export").await;
    eventually("the bundle", || async {
        text(&c, "#closing-export-result")
            .await
            .contains("3 pledges")
            .then_some(())
    })
    .await;
    assert!(bundle.exists());
    wait_count(&c, "#closing-only-here", "0").await;

    // save the reconciliation: every id is in it
    let file = usb.path().join("reconciliation.csv");
    clear_and_type(&c, "#closing-save-path", &file.display().to_string()).await;
    click(&c, "#closing-save").await;
    eventually("the reconciliation file", || async {
        text(&c, "#closing-save-result")
            .await
            .contains("4 rows")
            .then_some(())
    })
    .await;
    let csv = std::fs::read_to_string(&file).unwrap();
    for id in s.grouped.iter().chain([&s.held, &s.draft]) {
        assert!(csv.contains(id.as_str()), "{id} in {csv}");
    }
    // a path that cannot be written is said plainly
    clear_and_type(
        &c,
        "#closing-save-path",
        &usb.path()
            .join("no-such-folder/r.csv")
            .display()
            .to_string(),
    )
    .await;
    click(&c, "#closing-save").await;
    eventually("the error", || async {
        let t = text(&c, "#closing-save-result").await;
        (!t.trim().is_empty() && !t.contains("rows")).then_some(())
    })
    .await;
    clear_and_type(&c, "#closing-save-path", &file.display().to_string()).await;
    click(&c, "#closing-save").await;
    eventually("saved again", || async {
        text(&c, "#closing-save-result")
            .await
            .contains("4 rows")
            .then_some(())
    })
    .await;
    driver.shot("end-of-event-en");

    // the draft is deleted: nothing is left only on this laptop
    let _: serde_json::Value = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             window.__TAURI_INTERNALS__.invoke('draft_delete', { id: arguments[0] })
               .then(() => done(null), (e) => done(e));",
            vec![s.draft.clone().into()],
        )
        .await
        .unwrap();
    click(&c, "#tab-batches").await;
    click(&c, "#tab-closing").await;
    wait_count(&c, "#closing-drafts", "0").await;
    eventually("the all-clear", || async {
        text(&c, "#closing-headline")
            .await
            .contains("Nothing is left only on this laptop")
            .then_some(())
    })
    .await;
    driver.shot("end-of-event-clear-en");

    for lang in ["ar", "zh"] {
        set_ui_language(&c, lang).await;
        wait_count(&c, "#closing-held", "1").await;
        driver.shot(&format!("end-of-event-{lang}"));
        let axe = axe_serious(&c, &format!("{lang} end of event")).await;
        assert!(axe.is_empty(), "serious or critical violations: {axe:?}");
        open_batch(&c, "Day 2").await;
        find(&c, "#batch-grouping").await;
        driver.shot(&format!("batch-grouping-{lang}"));
        click(&c, "#batch-back").await;
        click(&c, "#tab-closing").await;
    }
    set_ui_language(&c, "en").await;
}
