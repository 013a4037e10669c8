//! The baseline: a Tauri 2 window with a static page and nothing else.

fn main() {
    let report = std::env::var_os("FOOTPRINT_REPORT").is_some();
    tauri::Builder::default()
        .on_page_load(move |_, payload| {
            if report && payload.event() == tauri::webview::PageLoadEvent::Finished {
                println!("page-loaded");
            }
        })
        .run(tauri::generate_context!())
        .expect("the bare window runs");
}
