//! The protocol suite (DESIGN.md §4, §5, §7): every scenario runs against
//! the real `pledge-server` binary, once on SQLite and once on a real
//! PostgreSQL that this harness starts (and stops) for the whole run.
//! `PLEDGE_SKIP_POSTGRES=1` marks the PostgreSQL runs ignored; otherwise a
//! missing PostgreSQL fails them with a message saying what to install.

#[path = "../support/mod.rs"]
mod support;

mod bad_input;
mod batch;
mod bundles;
mod collisions;
mod decisions;
mod enrolment;
mod env;
mod exports;
mod feed;
mod flood;
mod keys;
mod lists;
mod metrics;
mod operating;
mod platform;
mod recovery;
mod reuse;

use std::future::Future;
use std::pin::Pin;

use env::Backend;
use libtest_mimic::{Arguments, Trial};

type Scenario = fn(Backend) -> Pin<Box<dyn Future<Output = ()>>>;

macro_rules! scenarios {
    ($($module:ident :: $name:ident),* $(,)?) => {
        vec![$((
            concat!(stringify!($module), "::", stringify!($name)),
            (|backend| Box::pin($module::$name(backend))) as Scenario,
        )),*]
    };
}

fn main() {
    let args = Arguments::from_args();
    let all = scenarios![
        platform::health_names_the_platform,
        platform::openapi_lists_every_path,
        platform::sigterm_drains_and_exits_zero,
        platform::rate_limit_answers_429_with_retry_after,
        platform::unknown_paths_and_methods_are_problems,
        platform::admin_commands_export_and_refuse_unknown_ids,
        platform::newer_schema_is_refused,
        platform::slow_request_times_out_with_408,
        platform::logs_hold_no_secrets,
        flood::idle_flood_leaves_the_platform_serving,
        flood::keep_alive_outlives_the_header_timeout_then_closes,
        flood::slow_body_flood_gets_408_and_the_platform_serves,
        flood::per_address_limits_answer_429_but_never_health,
        exports::a_formula_like_title_is_exported_as_text,
        enrolment::roles_follow_the_code_and_reenrolment_gives_a_new_token,
        enrolment::wrong_code_is_403_and_unknown_event_404,
        enrolment::same_device_other_key_is_409,
        enrolment::malformed_enrolments_are_400,
        enrolment::takeover_without_the_key_is_refused,
        batch::created_then_duplicate_with_the_first_answer,
        batch::conflict_keeps_the_first,
        batch::tampered_pledge_is_rejected_bad_signature,
        batch::non_canonical_and_invalid_content_are_rejected,
        batch::unreadable_items_are_rejected_with_codes,
        batch::unknown_device_is_rejected,
        batch::revoked_device_is_refused,
        batch::wrong_event_is_rejected,
        batch::delegate_forwarding_is_rejected_staff_forwarding_created,
        batch::amendment_supersedes_the_old_pledge,
        collisions::a_squatted_id_displaces_nobody,
        reuse::a_reused_device_seq_keeps_both_and_flags_both,
        reuse::one_device_id_enrolled_from_two_machines_is_refused_and_flagged,
        bad_input::missing_or_unknown_token_is_401,
        bad_input::malformed_bodies_are_4xx_problems_and_store_nothing,
        bad_input::oversize_body_and_too_many_items_are_413,
        feed::status_feed_pages_with_a_cursor,
        feed::reconcile_reports_a_deliberate_gap,
        feed::get_pledge_follows_feed_visibility,
        bundles::bundle_upload_creates_then_duplicates,
        bundles::bundle_with_a_tampered_item_rejects_that_item,
        bundles::bundle_with_a_bad_manifest_signature_is_refused,
        bundles::bundle_rules_staff_event_and_keys,
        keys::a_key_from_a_bundle_is_confirmed_before_publishing,
        decisions::decisions_follow_the_state_machine_and_are_audited,
        lists::the_cli_lists_what_the_platform_holds,
        lists::rotated_codes_replace_the_old_ones,
        operating::storage_without_a_platform_is_refused_unless_init,
        operating::the_data_directory_is_owner_only,
        operating::an_unreadable_log_filter_stops_the_start,
        operating::logs_are_json_when_asked_and_postgres_notices_stay_out,
        operating::plain_http_beyond_loopback_is_warned,
        metrics::metrics_are_scraped_on_their_own_address,
        recovery::a_cursor_the_feed_does_not_hold_is_409_cursor_ahead,
        recovery::staff_reconcile_what_they_forwarded,
        recovery::a_database_outage_is_503_database_unavailable,
    ];
    let mut trials = Vec::new();
    for backend in [Backend::Sqlite, Backend::Postgres] {
        for (name, scenario) in &all {
            let scenario = *scenario;
            let trial = Trial::test(format!("{}::{name}", backend.name()), move || {
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(2)
                    .enable_all()
                    .build()
                    .map_err(|e| e.to_string())?;
                runtime.block_on(scenario(backend));
                Ok(())
            });
            let skip = backend == Backend::Postgres && support::postgres::skipped();
            trials.push(trial.with_ignored_flag(skip));
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    env::stop_postgres();
    conclusion.exit();
}
