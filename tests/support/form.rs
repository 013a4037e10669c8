//! Filling the pledge form as a delegate would.

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
