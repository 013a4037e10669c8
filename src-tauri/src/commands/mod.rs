//! The commands the window may call (each allowed in
//! src-tauri/capabilities/default.json). Each is a few lines: parse, call the
//! library, map the error.

mod drafts;
mod receipt;
mod reference;
mod review;
mod signing;
mod staff;
mod support;
mod sync;
mod transfer;
#[cfg(test)]
pub use drafts::{OpenedDraft, SaveOutcome};
#[cfg(test)]
pub use signing::{DeviceSettings, Receipt, Review};
#[cfg(test)]
pub use support::SupportOverview;
#[cfg(test)]
pub use sync::SyncSettings;

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        reference::reference_data,
        drafts::draft_new,
        drafts::draft_open,
        drafts::draft_save,
        drafts::draft_list,
        drafts::draft_delete,
        drafts::draft_restore,
        signing::draft_review,
        signing::device_settings,
        signing::event_set,
        signing::pledge_seal,
        signing::pledge_receipt,
        signing::pledge_list,
        signing::typed_signature,
        receipt::receipt_pdf,
        signing::pledge_amend,
        sync::sync_settings,
        sync::sync_now,
        sync::sync_enroll,
        staff::staff_status,
        staff::staff_set_pin,
        staff::staff_unlock,
        staff::staff_lock,
        staff::staff_activity,
        staff::staff_settings,
        staff::staff_settings_set,
        staff::sitting_idle_timeout,
        staff::sitting_idle_timeout_set,
        staff::sitting_end,
        review::review_queue,
        review::batch_create,
        review::batch_list,
        review::batch_detail,
        review::batch_add,
        review::batch_remove,
        review::batch_submit,
        transfer::bundle_export,
        transfer::bundle_preview,
        transfer::bundle_import,
        transfer::bundle_upload,
        transfer::default_export_dir,
        transfer::export_pledges,
        transfer::event_summary,
        transfer::reconcile,
        transfer::reconciliation_save,
        support::support_overview,
        support::diagnostics,
        support::backup_now,
        support::backup_restore,
        support::backup_offer,
        support::app_restart,
    ]
}
