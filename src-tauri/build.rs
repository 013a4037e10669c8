// Generates the app's ACL from the command list below: the UI may call these
// commands and nothing else (capabilities in src-tauri/capabilities/).
const COMMANDS: &[&str] = &[
    "reference_data",
    "draft_new",
    "draft_open",
    "draft_save",
    "draft_list",
    "draft_delete",
    "draft_restore",
    "draft_review",
    "device_settings",
    "event_set",
    "pledge_seal",
    "pledge_receipt",
    "pledge_list",
    "pledge_amend",
    "typed_signature",
    "receipt_pdf",
    "sync_settings",
    "sync_now",
    "sync_enroll",
    "staff_status",
    "staff_set_pin",
    "staff_unlock",
    "staff_lock",
    "staff_activity",
    "staff_settings",
    "staff_settings_set",
    "sitting_end",
    "sitting_idle_timeout",
    "sitting_idle_timeout_set",
    "review_queue",
    "batch_create",
    "batch_list",
    "batch_detail",
    "batch_add",
    "batch_remove",
    "batch_submit",
    "bundle_export",
    "bundle_preview",
    "bundle_import",
    "bundle_upload",
    "default_export_dir",
    "export_pledges",
    "event_summary",
    "reconcile",
    "reconciliation_save",
    "support_overview",
    "diagnostics",
    "backup_now",
    "backup_restore",
    "backup_offer",
    "app_restart",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=ui/dist");
    let attributes = tauri_build::Attributes::new()
        .config_path("tauri.conf.json")
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {e:#}");
    }
}
