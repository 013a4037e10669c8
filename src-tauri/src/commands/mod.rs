//! The commands the window may call (each allowed in
//! src-tauri/capabilities/default.json). Each is a few lines: parse, call the
//! library, map the error.

mod drafts;
#[cfg(test)]
pub use drafts::{OpenedDraft, SaveOutcome};
mod reference;

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        reference::reference_data,
        drafts::draft_new,
        drafts::draft_open,
        drafts::draft_save,
        drafts::draft_list,
        drafts::draft_delete,
        drafts::draft_restore,
    ]
}
