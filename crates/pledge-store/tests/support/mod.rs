//! Laptops for the store's staff and bundle tests: each its own data
//! directory, store and identity, serving an event.

#![allow(dead_code)]

use std::path::PathBuf;

use pledge_core::{DraftContent, Signatory, SignatureMethod};
use pledge_store::{EventSettings, Identity, Store};

pub fn example(title: &str, country: &str, area: &str) -> DraftContent {
    serde_json::from_value(serde_json::json!({
        "title": title,
        "description": "Fibre and solar-powered connectivity for rural secondary schools.",
        "language": "en",
        "pledgers": [{"name": "Example Telecom Group", "kind": "private_sector", "country": "GBR", "lead": true}],
        "focus_areas": [area], "support_types": ["programmatic"],
        "geography": {"scope": "national", "countries": [country]},
        "period": {"start": "2022-07-01", "end": "2025-12-31"},
        "contact": {"name": "A. Delegate", "email": "delegate@example.org"}
    }))
    .unwrap()
}

pub fn signatory() -> Vec<Signatory> {
    vec![Signatory {
        pledger: 0,
        name: "Signatory".into(),
        title: "Director".into(),
        signed_at: "2022-06-08T10:15:00Z".into(),
        method: SignatureMethod::Drawn,
        drawing: "M10 10 L20 20".into(),
    }]
}

/// A laptop: its own data directory, store and identity.
pub struct Laptop {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
    pub store: Store,
    pub id: Identity,
}

pub fn laptop(event: &str) -> Laptop {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let mut store = Store::open(&path.join("s.sqlite3")).unwrap();
    store
        .set_event(&EventSettings {
            event_id: event.into(),
            event_name: "P2C Roundtable".into(),
        })
        .unwrap();
    let id = store.identity().unwrap();
    Laptop {
        _dir: dir,
        path,
        store,
        id,
    }
}

impl Laptop {
    pub fn sign(&mut self, title: &str, country: &str, area: &str) -> String {
        let d = self
            .store
            .create_draft(&example(title, country, area))
            .unwrap();
        self.store
            .seal_draft(&self.id, &d.id, d.revision, signatory())
            .unwrap()
            .pledge_id
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }
}
