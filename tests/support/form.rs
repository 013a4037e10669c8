//! Filling the pledge form as a delegate would.

use std::time::Duration;

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::Client;

use super::*;

pub const TITLE: &str = "Connect 500 rural <b>schools</b> in Rwanda & Malawi";

/// A complete joint pledge (DESIGN.md §2 example), typed into the form.
pub async fn fill_joint_pledge(c: &Client) {
    type_into(c, "#title", TITLE).await;
    type_into(c, "#description", "Fibre and solar-powered connectivity.").await;
    type_into(c, "#pledger-0-name", "Example Telecom Group").await;
    select(c, "#pledger-0-kind", "private_sector").await;
    pick_country(c, "#pledger-0-country", "United Kingdom", "GBR").await;

    click(c, "#add-pledger").await;
    type_into(c, "#pledger-1-name", "Ministry of ICT").await;
    select(c, "#pledger-1-kind", "government").await;
    pick_country(c, "#pledger-1-country", "Rwanda", "RWA").await;

    click(c, "#focus-access").await;
    click(c, "#focus-adoption").await;
    click(c, "#support-financial").await;
    click(c, "#support-programmatic").await;
    click(c, "#beneficiary-youth").await;
    click(c, "#sdg-4").await;
    click(c, "#sdg-9").await;
    click(c, "#scope-national").await;
    pick_country(c, "#geo-countries", "Rwanda", "RWA").await;
    pick_country(c, "#geo-countries", "Malawi", "MWI").await;

    click(c, "#add-target").await;
    select(c, "#target-0-metric", "schools_connected").await;
    type_into(c, "#target-0-value", "500").await;
    type_into(c, "#financial-amount", "190000000").await;
    select(c, "#financial-currency", "USD").await;
    type_into(c, "#period-start", "2022-07-01").await;
    type_into(c, "#period-end", "2025-12-31").await;
    type_into(c, "#contact-name", "A. Delegate").await;
    type_into(c, "#contact-email", "delegate@example.org").await;
}

/// Draws a short stroke on the signature pad with the pointer.
pub async fn draw_signature(c: &Client, wiggle: f64) {
    let pad = find(c, "#signature-pad").await;
    let stroke = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: pad,
            duration: None,
            x: -150.0,
            y: 10.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(80)),
            x: 40.0,
            y: -30.0 - wiggle,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(80)),
            x: 50.0,
            y: 45.0,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(80)),
            x: 60.0,
            y: -25.0 + wiggle,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(80)),
            x: 70.0,
            y: 20.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    c.perform_actions(stroke)
        .await
        .expect("pointer actions on the pad");
}

pub async fn sign_as(c: &Client, name: &str, title: &str, wiggle: f64) {
    find(c, "#signatory-name").await;
    clear_and_type(c, "#signatory-name", name).await;
    clear_and_type(c, "#signatory-title", title).await;
    draw_signature(c, wiggle).await;
    eventually("the sign button to enable", || async {
        let e = c.find(Locator::Css("#signature-next")).await.ok()?;
        (e.prop("disabled").await.ok().flatten().as_deref() != Some("true")).then_some(())
    })
    .await;
}

/// Sets the event this laptop serves, in Settings.
pub async fn set_event(c: &Client, id: &str, name: &str) {
    staff_tab(c, "#tab-settings").await;
    clear_and_type(c, "#event-id", id).await;
    clear_and_type(c, "#event-name", name).await;
    click(c, "#event-save").await;
    eventually("the event to be saved", || async {
        text(c, "#event-status")
            .await
            .contains("Saved")
            .then_some(())
    })
    .await;
}

/// Fills, reviews and signs the joint pledge (two signatories); waits for the receipt.
pub async fn sign_joint_pledge(c: &Client) {
    click(c, "#tab-pledge").await;
    fill_joint_pledge(c).await;
    wait_saved(c).await;
    click(c, "#review-sign").await;
    find(c, "#review").await;
    click(c, "#start-signing").await;
    sign_as(c, "Ama Mensah", "Chief Executive", 0.0).await;
    click(c, "#signature-next").await;
    sign_as(c, "Jean-Pierre Habimana", "Minister of ICT", 12.0).await;
    click(c, "#signature-next").await;
    find(c, "#receipt-fingerprint").await;
}

/// Opens staff mode (setting the PIN on a fresh data directory) unless it
/// is open already.
pub async fn unlock_staff(c: &Client) {
    if c.find(Locator::Css("#staff-lock")).await.is_ok() {
        return;
    }
    click(c, "#staff-open").await;
    type_into(c, "#staff-pin", STAFF_PIN).await;
    if c.find(Locator::Css("#staff-pin-confirm")).await.is_ok() {
        type_into(c, "#staff-pin-confirm", STAFF_PIN).await;
    }
    click(c, "#staff-pin-submit").await;
    find(c, "#staff-lock").await;
}

/// Opens a tab that only staff mode shows (`#tab-settings`, `#tab-drafts`, …).
pub async fn staff_tab(c: &Client, tab: &str) {
    unlock_staff(c).await;
    click(c, tab).await;
}
