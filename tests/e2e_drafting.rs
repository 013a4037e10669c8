//! End-to-end: a delegate fills a draft in the real window, the app is
//! closed and started again, the draft is found by search and every field is
//! intact; an invalid entry shows the validator's message beside the field.

mod support;

use support::*;

use support::form::{fill_joint_pledge as fill_draft, staff_tab, TITLE};

async fn assert_every_field(c: &fantoccini::Client) {
    assert_eq!(value(c, "#title").await, TITLE);
    assert_eq!(
        value(c, "#description").await,
        "Fibre and solar-powered connectivity."
    );
    assert_eq!(value(c, "#pledger-0-name").await, "Example Telecom Group");
    assert_eq!(value(c, "#pledger-0-kind").await, "private_sector");
    assert!(checked(c, "#pledger-0-lead").await);
    assert_eq!(value(c, "#pledger-1-name").await, "Ministry of ICT");
    assert_eq!(value(c, "#pledger-1-kind").await, "government");
    assert!(!checked(c, "#pledger-1-lead").await);
    let countries = text(c, "[data-pledger=\"1\"]").await;
    assert!(
        countries.contains("Rwanda"),
        "pledger 1 country: {countries}"
    );
    for id in [
        "#focus-access",
        "#focus-adoption",
        "#support-financial",
        "#support-programmatic",
        "#beneficiary-youth",
        "#scope-national",
    ] {
        assert!(checked(c, id).await, "{id} checked");
    }
    assert!(!checked(c, "#focus-investment").await);
    for sdg in ["#sdg-4", "#sdg-9"] {
        let e = find(c, sdg).await;
        let on = e.prop("checked").await.ok().flatten().as_deref() == Some("true")
            || e.attr("aria-pressed").await.ok().flatten().as_deref() == Some("true");
        assert!(on, "{sdg} on");
    }
    assert_eq!(value(c, "#target-0-metric").await, "schools_connected");
    assert_eq!(value(c, "#target-0-value").await, "500");
    assert_eq!(
        value(c, "#financial-amount").await,
        "190,000,000",
        "grouping separators"
    );
    assert_eq!(value(c, "#financial-currency").await, "USD");
    assert_eq!(value(c, "#period-start").await, "2022-07-01");
    assert_eq!(value(c, "#period-end").await, "2025-12-31");
    assert_eq!(value(c, "#contact-name").await, "A. Delegate");
    assert_eq!(value(c, "#contact-email").await, "delegate@example.org");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_draft_survives_a_restart_and_is_found_by_search() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());

    let c = driver.launch().await;
    find(&c, "#title").await;
    driver.shot("form-empty");
    fill_draft(&c).await;
    wait_saved(&c).await;
    let summary = text(&c, "#problem-summary").await;
    assert!(
        summary.contains("Ready to sign"),
        "a complete draft: {summary}"
    );
    driver.shot("form-filled");
    c.close().await.unwrap(); // quits the app

    let c = driver.launch().await;
    staff_tab(&c, "#tab-drafts").await;
    type_into(&c, "#drafts-search", "Malawi").await;
    let row = eventually("the draft in the search results", || async {
        let rows = c
            .find_all(fantoccini::Locator::Css("[data-draft-id]"))
            .await
            .ok()?;
        if rows.len() != 1 {
            return None;
        }
        let t = inner_text(&rows[0]).await;
        t.contains("<b>schools</b>").then_some(t)
    })
    .await;
    assert!(row.contains("Example Telecom Group"), "{row}");
    assert!(
        c.find_all(fantoccini::Locator::Css("[data-draft-id] b"))
            .await
            .unwrap()
            .is_empty(),
        "markup in a title is shown as text"
    );
    driver.shot("drafts-list");
    click(&c, "[data-draft-id]").await;
    find(&c, "#title").await;
    eventually("the draft to open", || async {
        (value(&c, "#title").await == TITLE).then_some(())
    })
    .await;
    assert_every_field(&c).await;
    c.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread")]
async fn an_end_date_before_the_start_shows_the_validator_message_beside_it() {
    let data = tempfile::tempdir().unwrap();
    let driver = Driver::start(data.path());
    let c = driver.launch().await;
    type_into(&c, "#title", "Train 10,000 teachers").await;
    type_into(&c, "#period-start", "2025-01-01").await;
    type_into(&c, "#period-end", "2024-12-31").await;
    wait_saved(&c).await;
    let msg = eventually("the end-date message", || async {
        let t = c
            .find(fantoccini::Locator::Css("[data-error-for=\"period.end\"]"))
            .await
            .ok()?;
        let t = inner_text(&t).await;
        t.contains("on or after the start date").then_some(t)
    })
    .await;
    assert!(!msg.is_empty());
    // the message sits with the end-date field, not elsewhere on the page
    let distance = c
        .execute(
            "const f = document.querySelector('#period-end').getBoundingClientRect();
             const m = [...document.querySelectorAll('[data-error-for=\"period.end\"]')]
               .find(e => e.innerText.trim()).getBoundingClientRect();
             return Math.abs(m.top - f.top);",
            vec![],
        )
        .await
        .unwrap()
        .as_f64()
        .unwrap();
    assert!(distance < 120.0, "message {distance}px from the field");
    c.execute(
        "document.querySelector('[data-error-for=\"period.end\"]').scrollIntoView({block: 'center'})",
        vec![],
    )
    .await
    .unwrap();
    driver.shot("form-invalid");

    clear_and_type(&c, "#period-end", "2025-06-30").await;
    wait_saved(&c).await;
    eventually("the message to go", || async {
        let n = c
            .find_all(fantoccini::Locator::Css("[data-error-for=\"period.end\"]"))
            .await
            .ok()?;
        let mut shown = false;
        for e in n {
            if !inner_text(&e).await.trim().is_empty() {
                shown = true;
            }
        }
        (!shown).then_some(())
    })
    .await;
    c.close().await.unwrap();
}
