//! End-to-end: the interface in the six UN languages, Arabic right to left,
//! switching mid-draft without losing a keystroke; an axe-core audit of
//! each main screen; the whole signing flow from the keyboard alone.

mod support;

use fantoccini::key::Key;
use fantoccini::Client;
use support::form::{fill_joint_pledge, set_event, sign_as, staff_tab, TITLE};
use support::*;

const LANGUAGES: [&str; 6] = ["en", "fr", "es", "ar", "zh", "ru"];

async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("{script}: {e}"))
}

/// Chooses the interface language in the header, as a person would.
async fn set_ui_language(c: &Client, lang: &str) {
    select(c, "#ui-language", lang).await;
    eventually("the interface language to change", || async {
        (js(c, "return document.documentElement.lang").await == lang).then_some(())
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn switching_language_mid_draft_keeps_the_text_and_arabic_mirrors_the_window() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.launch().await;
    set_event(&c, "kigali-2022", "P2C Roundtable, Kigali").await;
    click(&c, "#tab-pledge").await;
    fill_joint_pledge(&c).await;
    wait_saved(&c).await;

    set_ui_language(&c, "ar").await;
    assert_eq!(js(&c, "return document.documentElement.dir").await, "rtl");
    assert_eq!(value(&c, "#title").await, TITLE, "the text typed stays");
    assert_eq!(value(&c, "#pledger-1-name").await, "Ministry of ICT");
    // mirrored: the brand sits at the right-hand end of the header
    let brand_right = js(
        &c,
        "const b = document.querySelector('.brand').getBoundingClientRect(); return b.left > window.innerWidth / 2;",
    )
    .await;
    assert_eq!(brand_right, true, "the header is laid out right to left");
    js(&c, "document.querySelector('.app-main').scrollTop = 0").await;
    driver.shot("ar-form");

    // sign and see the receipt, in Arabic
    click(&c, "#review-sign").await;
    find(&c, "#review").await;
    driver.shot("ar-review");
    click(&c, "#start-signing").await;
    sign_as(&c, "Ama Mensah", "Chief Executive", 0.0).await;
    driver.shot("ar-signature-pad");
    click(&c, "#signature-next").await;
    sign_as(&c, "Jean-Pierre Habimana", "Minister of ICT", 12.0).await;
    click(&c, "#signature-next").await;
    let fp = text(&c, "#receipt-fingerprint").await;
    assert_eq!(fp.trim().len(), 19, "{fp}");
    driver.shot("ar-receipt");

    // Chinese, then back to English: the receipt stays, the direction follows
    set_ui_language(&c, "zh").await;
    assert_eq!(js(&c, "return document.documentElement.dir").await, "ltr");
    assert_eq!(text(&c, "#receipt-fingerprint").await, fp);
    driver.shot("zh-receipt");
    set_ui_language(&c, "en").await;
    assert!(text(&c, "#receipt").await.contains("Pledge signed"));
    c.close().await.unwrap();
}

/// The text of the window's main area, for comparing languages.
async fn main_text(c: &Client) -> String {
    js(c, "return document.querySelector('.app-main').innerText")
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Shows the current screen in each of the six languages and keeps a
/// screenshot of each (target/e2e-shots/lang-<lang>-<nn>-<screen>.png, the
/// whole 1366×768 screen). Each language's text differs from the others',
/// and no sentence shows a value the catalogue could not phrase.
async fn each_language(c: &Client, driver: &Driver, n: usize, screen: &str, ready: &str) {
    let mut texts = Vec::new();
    for lang in LANGUAGES {
        set_ui_language(c, lang).await;
        find(c, ready).await;
        js(c, "document.querySelector('.app-main').scrollTop = 0").await;
        driver.shot(&format!("lang-{lang}-{n:02}-{screen}"));
        let text = main_text(c).await;
        for wrong in ["[object Object]", "undefined", "NaN"] {
            assert!(
                !text.contains(wrong),
                "{lang} {screen} shows {wrong}:\n{text}"
            );
        }
        // one digit system: Arabic is written with 0–9, like every number Intl formats for it
        let whole = js(c, "return document.body.innerText").await;
        let whole = whole.as_str().unwrap_or_default();
        assert!(
            !whole
                .chars()
                .any(|ch| ('\u{660}'..='\u{669}').contains(&ch)),
            "{lang} {screen} shows Arabic-Indic digits:\n{whole}"
        );
        texts.push(text);
    }
    let mut distinct = texts.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        LANGUAGES.len(),
        "{screen}: every language has its own text"
    );
    set_ui_language(c, "en").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn every_main_screen_in_every_language_is_kept_as_a_screenshot() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start_on_screen(data.path(), 1366, 768);
    let c = driver.launch().await;
    find(&c, "#title").await;
    if let Err(e) = c.set_window_rect(0, 0, 1366, 768).await {
        eprintln!("the window could not be sized to the screen: {e}");
    }

    // the form, with messages to show, keeps what was typed in every language
    type_into(&c, "#title", "Wifi").await; // too short: a message to show
    type_into(&c, "#period-start", "2025-01-01").await;
    type_into(&c, "#period-end", "2024-01-01").await;
    wait_saved(&c).await;
    each_language(&c, &driver, 1, "form-problems", "#title").await;
    for lang in LANGUAGES {
        set_ui_language(&c, lang).await;
        assert_eq!(value(&c, "#title").await, "Wifi");
    }
    set_ui_language(&c, "en").await;

    set_event(&c, "kigali-2022", "P2C Roundtable, Kigali").await;
    each_language(&c, &driver, 2, "settings", "#event-id").await;
    new_pledge(&c).await;
    find(&c, "#title").await;
    fill_joint_pledge(&c).await;
    wait_saved(&c).await;
    each_language(&c, &driver, 3, "form", "#title").await;

    click(&c, "#review-sign").await;
    each_language(&c, &driver, 4, "review", "#review").await;
    click(&c, "#start-signing").await;
    each_language(&c, &driver, 5, "signing", "#signature-pad").await;
    sign_as(&c, "Ama Mensah", "Chief Executive", 0.0).await;
    click(&c, "#signature-next").await;
    sign_as(&c, "Jean-Pierre Habimana", "Minister of ICT", 12.0).await;
    click(&c, "#signature-next").await;
    each_language(&c, &driver, 6, "receipt", "#receipt-fingerprint").await;
    click(&c, "#receipt-close").await;

    staff_tab(&c, "#tab-drafts").await;
    each_language(&c, &driver, 7, "drafts", "[data-draft-id]").await;
    click(&c, "#tab-review").await;
    each_language(&c, &driver, 8, "staff-review", "[id^=review-row-]").await;
    click(&c, "#review-select-all").await;
    type_into(&c, "#batch-new-name", "Day 1 — morning session").await;
    click(&c, "#batch-create").await;
    click(&c, "#tab-batches").await;
    each_language(&c, &driver, 9, "batches", ".batch-row").await;
    for (n, tab, ready) in [
        (10, "summary", "#summary-count"),
        (11, "reconcile", "#reconcile-only-here"),
        (12, "transfer", "#bundle-export-path"),
    ] {
        click(&c, &format!("#tab-{tab}")).await;
        each_language(&c, &driver, n, tab, ready).await;
    }

    // the PIN dialog, as a delegate sees it
    click(&c, "#staff-lock").await;
    for lang in LANGUAGES {
        set_ui_language(&c, lang).await;
        click(&c, "#staff-open").await;
        find(&c, "#staff-pin").await;
        driver.shot(&format!("lang-{lang}-13-staff-pin"));
        click(&c, "#staff-pin-cancel").await;
    }
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_serious_or_critical_violations_on_the_main_screens() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.launch().await;
    let mut all = Vec::new();
    for lang in ["en", "ar"] {
        set_ui_language(&c, lang).await;
        staff_tab(&c, "#tab-settings").await;
        all.extend(axe_serious(&c, &format!("{lang} settings")).await);
        if lang == "en" {
            set_event(&c, "kigali-2022", "P2C Roundtable, Kigali").await;
        }
        new_pledge(&c).await;
        find(&c, "#title").await;
        all.extend(axe_serious(&c, &format!("{lang} empty form")).await);
        type_into(&c, "#title", "Wifi").await;
        type_into(&c, "#period-start", "2025-01-01").await;
        type_into(&c, "#period-end", "2024-01-01").await;
        wait_saved(&c).await;
        all.extend(axe_serious(&c, &format!("{lang} form with errors")).await);
        new_pledge(&c).await;
        find(&c, "#title").await;
        fill_joint_pledge(&c).await;
        wait_saved(&c).await;
        click(&c, "#review-sign").await;
        find(&c, "#review").await;
        all.extend(axe_serious(&c, &format!("{lang} review")).await);
        click(&c, "#start-signing").await;
        find(&c, "#signature-pad").await;
        all.extend(axe_serious(&c, &format!("{lang} signing")).await);
        sign_as(&c, "Ama Mensah", "Chief Executive", 0.0).await;
        click(&c, "#signature-next").await;
        sign_as(&c, "Jean-Pierre Habimana", "Minister", 5.0).await;
        click(&c, "#signature-next").await;
        find(&c, "#receipt-fingerprint").await;
        all.extend(axe_serious(&c, &format!("{lang} receipt")).await);
        click(&c, "#receipt-close").await;
        staff_tab(&c, "#tab-drafts").await;
        find(&c, "[data-draft-id]").await;
        all.extend(axe_serious(&c, &format!("{lang} drafts")).await);
        for (tab, ready) in [
            ("review", "[id^=review-row-]"),
            ("batches", "#panel-batches"),
            ("summary", "#summary-count"),
            ("reconcile", "#reconcile-only-here"),
            ("transfer", "#bundle-export-path"),
        ] {
            click(&c, &format!("#tab-{tab}")).await;
            find(&c, ready).await;
            all.extend(axe_serious(&c, &format!("{lang} staff {tab}")).await);
        }
        // the PIN dialog, as a delegate sees it
        click(&c, "#staff-lock").await;
        click(&c, "#staff-open").await;
        find(&c, "#staff-pin").await;
        all.extend(axe_serious(&c, &format!("{lang} staff PIN")).await);
        click(&c, "#staff-pin-cancel").await;
    }
    assert!(
        all.is_empty(),
        "serious or critical violations:\n{}",
        all.join("\n")
    );
    c.close().await.unwrap();
}

/// Presses Tab (at most 300 times) until the element with `id` has focus.
async fn tab_to(c: &Client, id: &str) {
    for _ in 0..300 {
        let active = c.active_element().await.expect("a focused element");
        if active.attr("id").await.ok().flatten().as_deref() == Some(id) {
            return;
        }
        active.send_keys(&Key::Tab.to_string()).await.expect("Tab");
    }
    panic!("#{id} cannot be reached with Tab");
}

/// Presses Tab until an element whose id starts with `prefix` has focus.
async fn tab_to_prefix(c: &Client, prefix: &str) {
    for _ in 0..300 {
        let active = c.active_element().await.expect("a focused element");
        let id = active.attr("id").await.ok().flatten().unwrap_or_default();
        if id.starts_with(prefix) {
            return;
        }
        active.send_keys(&Key::Tab.to_string()).await.expect("Tab");
    }
    panic!("no #{prefix}… can be reached with Tab");
}

async fn keys(c: &Client, s: &str) {
    let active = c.active_element().await.expect("a focused element");
    active.send_keys(s).await.expect("typing");
}

/// Presses a key on the focused element until `done` says so (at most 40 times).
async fn press_until(c: &Client, key: Key, css: &str, wanted: &str) {
    for _ in 0..40 {
        if value(c, css).await == wanted {
            return;
        }
        keys(c, &key.to_string()).await;
    }
    panic!("{css} never became {wanted} with the keyboard");
}

#[tokio::test(flavor = "multi_thread")]
async fn the_whole_signing_flow_works_from_the_keyboard_alone() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.launch_first_run().await;
    let enter = Key::Enter.to_string();
    let space = " ";

    // the first run, as staff set up a new laptop: the event and the PIN
    find(&c, "#first-run").await;
    tab_to(&c, "first-run-event-id").await;
    keys(&c, "kigali-2022").await;
    tab_to(&c, "first-run-event-name").await;
    keys(&c, "P2C Roundtable").await;
    tab_to(&c, "first-run-pin").await;
    keys(&c, STAFF_PIN).await;
    tab_to(&c, "first-run-confirm").await;
    keys(&c, STAFF_PIN).await;
    keys(&c, &enter).await;
    find(&c, "#tab-pledge").await;

    // staff mode, from the keyboard: the PIN dialog
    tab_to(&c, "staff-open").await;
    keys(&c, &enter).await;
    find(&c, "#staff-pin").await;
    tab_to(&c, "staff-pin").await;
    keys(&c, STAFF_PIN).await;
    keys(&c, &enter).await;
    find(&c, "#staff-lock").await;

    // the form, one pledger (staff mode opened on the Pledge tab)
    tab_to(&c, "title").await;
    keys(&c, "Train 10,000 teachers in digital skills").await;
    tab_to(&c, "pledger-0-name").await;
    keys(&c, "Ministry of Education").await;
    tab_to(&c, "pledger-0-kind").await;
    press_until(&c, Key::Down, "#pledger-0-kind", "government").await;
    tab_to(&c, "pledger-0-country").await;
    keys(&c, "Rwanda").await;
    keys(&c, &enter).await;
    tab_to(&c, "focus-adoption").await;
    keys(&c, space).await;
    tab_to(&c, "support-programmatic").await;
    keys(&c, space).await;
    // a radio group is one Tab stop; arrows move within it
    tab_to_prefix(&c, "scope-").await;
    for _ in 0..4 {
        if checked(&c, "#scope-national").await {
            break;
        }
        keys(&c, &Key::Down.to_string()).await;
    }
    assert!(
        checked(&c, "#scope-national").await,
        "the scope chosen with arrow keys"
    );
    tab_to(&c, "geo-countries").await;
    keys(&c, "Rwanda").await;
    keys(&c, &enter).await;
    tab_to(&c, "period-start").await;
    keys(&c, "2026-01-01").await;
    tab_to(&c, "period-end").await;
    keys(&c, "2027-12-31").await;
    tab_to(&c, "contact-name").await;
    keys(&c, "A. Delegate").await;
    tab_to(&c, "contact-email").await;
    keys(&c, "delegate@example.org").await;
    wait_saved(&c).await;
    let summary = text(&c, "#problem-summary").await;
    assert!(summary.contains("Ready to sign"), "{summary}");

    // review and sign with the typed signature
    tab_to(&c, "review-sign").await;
    keys(&c, &enter).await;
    find(&c, "#review").await;
    tab_to(&c, "start-signing").await;
    keys(&c, &enter).await;
    tab_to(&c, "signatory-name").await;
    keys(&c, "Claudine Uwera").await;
    tab_to(&c, "signatory-title").await;
    keys(&c, "Permanent Secretary").await;
    tab_to(&c, "signature-typed-toggle").await;
    keys(&c, space).await;
    tab_to(&c, "signature-next").await;
    keys(&c, &enter).await;
    let fp = text(&c, "#receipt-fingerprint").await;
    assert_eq!(fp.trim().len(), 19);
    // focus is visible wherever it lands
    let outline = js(
        &c,
        "const s = getComputedStyle(document.activeElement); return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 || s.boxShadow !== 'none';",
    )
    .await;
    assert_eq!(outline, true, "the focused control shows a focus ring");
    c.close().await.unwrap();
    drop(driver);

    let store = pledge_store::Store::open(&data.path().join(pledge_store::DATABASE_FILE)).unwrap();
    let pledges = store.list_pledges(0, None).unwrap().items;
    assert_eq!(pledges.len(), 1);
    let record = store.pledge(&pledges[0].pledge_id).unwrap();
    assert_eq!(
        record.envelope.signatories[0].method,
        pledge_core::SignatureMethod::Typed
    );
}
