use pledge_core::reference::ReferenceData;

#[tauri::command]
pub fn reference_data() -> ReferenceData {
    pledge_core::reference::reference_data().clone()
}
