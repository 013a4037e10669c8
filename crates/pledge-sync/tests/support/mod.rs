//! A real `pledge-server` process and real device stores for sync tests.

#![allow(dead_code)]

pub mod proxy;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use pledge_core::{DraftContent, Signatory, SignatureMethod};
use pledge_store::{EventSettings, Identity, Store};

#[allow(unused_imports)] // each test binary uses part of the harness
pub use pledge_test_kit::{server_bin, Server, NO_RATE_LIMIT};

/// The `pledge` command (`cargo build -p pledge-cli`).
pub fn cli_bin() -> PathBuf {
    pledge_test_kit::sibling_bin("pledge", "pledge-cli")
}

pub fn example() -> DraftContent {
    serde_json::from_str(
        r#"{"title":"Connect 500 rural schools in Rwanda and Malawi",
        "description":"Fibre and solar-powered connectivity.","language":"en",
        "pledgers":[{"name":"Example Telecom Group","kind":"private_sector","country":"GBR","lead":true}],
        "focus_areas":["access"],"support_types":["programmatic"],
        "geography":{"scope":"national","countries":["RWA","MWI"]},
        "period":{"start":"2022-07-01","end":"2025-12-31"},
        "contact":{"name":"A. Delegate","email":"delegate@example.org"}}"#,
    )
    .unwrap()
}

/// A device: its own data directory, store and identity, serving `event`.
pub struct Device {
    pub dir: tempfile::TempDir,
    pub store: Arc<Mutex<Store>>,
    pub identity: Arc<Identity>,
}

impl Device {
    pub fn new(event: &str) -> Device {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join(pledge_store::DATABASE_FILE)).unwrap();
        store
            .set_event(&EventSettings {
                event_id: event.into(),
                event_name: "Test".into(),
            })
            .unwrap();
        let identity = Arc::new(store.identity().unwrap());
        Device {
            dir,
            store: Arc::new(Mutex::new(store)),
            identity,
        }
    }

    /// A copy of the device whose store lives in `src` (closed): same
    /// identity, same pledges, its own directory.
    pub fn open_copy(src: &Path) -> Device {
        let dir = tempfile::tempdir().unwrap();
        for entry in std::fs::read_dir(src).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
        }
        let mut store = Store::open(&dir.path().join(pledge_store::DATABASE_FILE)).unwrap();
        let identity = Arc::new(store.identity().unwrap());
        Device {
            dir,
            store: Arc::new(Mutex::new(store)),
            identity,
        }
    }

    /// Signs `n` pledges as the store's current identity; returns their ids.
    pub fn sign(&self, n: usize) -> Vec<String> {
        let mut store = self.store.lock().unwrap();
        let identity = store.identity().unwrap();
        let drafts = vec![example(); n];
        let ids = store.import_drafts(&drafts).unwrap();
        ids.iter()
            .map(|id| {
                let sig = Signatory {
                    pledger: 0,
                    name: "Ama Mensah".into(),
                    title: "Director".into(),
                    signed_at: "2022-06-08T10:15:00Z".into(),
                    method: SignatureMethod::Drawn,
                    drawing: "M1 1 L5 5".into(),
                };
                store
                    .seal_draft(&identity, id, 1, vec![sig])
                    .unwrap()
                    .pledge_id
            })
            .collect()
    }

    pub async fn enroll(&self, url: &str, code: &str) {
        pledge_sync::enroll(&self.store, &self.identity, url, code, "test laptop")
            .await
            .expect("enrolment");
    }

    /// The device id the store signs as now.
    pub fn device_id(&self) -> String {
        self.store.lock().unwrap().device_id().unwrap().unwrap()
    }

    pub fn counts(&self) -> pledge_store::OutboxCounts {
        self.store.lock().unwrap().outbox_counts().unwrap()
    }
}
