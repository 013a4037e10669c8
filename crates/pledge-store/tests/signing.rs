//! Device identity, sealing and immutability against real SQLite files.

use pledge_core::signing::{verify, PublicKey};
use pledge_core::{DraftContent, Signatory, SignatureMethod};
use pledge_store::{EventSettings, OutboxState, Store, StoreError, KEY_FILE};

fn example() -> DraftContent {
    serde_json::from_str(
        r#"{"title":"Connect 500 rural schools in Rwanda and Malawi",
        "description":"Fibre and solar-powered connectivity for rural secondary schools.",
        "language":"en",
        "pledgers":[{"name":"Example Telecom Group","kind":"private_sector","country":"GBR","lead":true},
                    {"name":"Ministry of ICT","kind":"government","country":"RWA","lead":false}],
        "focus_areas":["access"], "support_types":["programmatic"],
        "geography":{"scope":"national","countries":["RWA","MWI"]},
        "period":{"start":"2022-07-01","end":"2025-12-31"},
        "contact":{"name":"A. Delegate","email":"delegate@example.org"}}"#,
    )
    .unwrap()
}

fn signatories(n: u32) -> Vec<Signatory> {
    (0..n)
        .map(|i| Signatory {
            pledger: i,
            name: format!("Signatory {i}"),
            title: "Director".into(),
            signed_at: "2022-06-08T10:15:00Z".into(),
            method: SignatureMethod::Drawn,
            drawing: "M10 10 L20 20".into(),
        })
        .collect()
}

fn ready_store(dir: &std::path::Path) -> Store {
    let mut store = Store::open(&dir.join("s.sqlite3")).unwrap();
    store
        .set_event(&EventSettings {
            event_id: "kigali-2022".into(),
            event_name: "P2C Roundtable, Kigali".into(),
        })
        .unwrap();
    store
}

#[test]
fn the_identity_is_made_once_and_kept_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let first = {
        let mut store = ready_store(dir.path());
        store.identity().unwrap()
    };
    let mut store = ready_store(dir.path());
    let again = store.identity().unwrap();
    assert_eq!(first.device_id, again.device_id);
    assert_eq!(first.public_key, again.public_key);
    assert_eq!(first.fingerprint().len(), 19);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join(KEY_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let debug = format!("{again:?}");
    let file = std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap();
    let secret = serde_json::from_str::<serde_json::Value>(&file).unwrap()["secret_key"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(!debug.contains(&secret), "the secret is never printed");
}

#[test]
fn a_missing_or_damaged_key_is_refused_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready_store(dir.path());
    store.identity().unwrap();
    let key = dir.path().join(KEY_FILE);
    let saved = std::fs::read(&key).unwrap();

    std::fs::remove_file(&key).unwrap();
    let err = store.identity().unwrap_err();
    assert!(matches!(err, StoreError::KeyMissing { .. }), "{err}");
    assert!(err.to_string().contains("Restore the file from a backup"));
    assert!(!key.exists(), "no silent new identity");

    std::fs::write(&key, b"{ not json").unwrap();
    assert_eq!(store.identity().unwrap_err().code(), "key_unreadable");

    // a key file of another device
    let other = tempfile::tempdir().unwrap();
    ready_store(other.path()).identity().unwrap();
    std::fs::copy(other.path().join(KEY_FILE), &key).unwrap();
    assert_eq!(store.identity().unwrap_err().code(), "key_unreadable");

    std::fs::write(&key, saved).unwrap();
    store.identity().unwrap();
}

#[test]
fn sealing_signs_verifiably_assigns_gap_free_seqs_and_freezes_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready_store(dir.path());
    let id = store.identity().unwrap();
    let mut seqs = Vec::new();
    for _ in 0..3 {
        let d = store.create_draft(&example()).unwrap();
        let p = store
            .seal_draft(&id, &d.id, d.revision, signatories(2))
            .unwrap();
        assert_eq!(p.state, OutboxState::Queued);
        assert_eq!(p.envelope.event_id, "kigali-2022");
        assert_eq!(p.envelope.device_id, id.device_id);
        seqs.push(p.envelope.device_seq);

        let bytes = store.signed_bytes(&p.pledge_id).unwrap();
        let key = PublicKey::from_base64(&bytes.public_key).unwrap();
        let envelope = verify(&bytes.signed, &bytes.signature, &key).expect("verifies");
        assert_eq!(envelope, p.envelope);
        assert_eq!(p.fingerprint.replace(' ', ""), p.content_hash[..16]);

        let err = store
            .save_draft(&d.id, &DraftContent::default(), d.revision)
            .unwrap_err();
        assert_eq!(err.code(), "draft_sealed");
        let err = store
            .seal_draft(&id, &d.id, d.revision, signatories(2))
            .unwrap_err();
        assert_eq!(err.code(), "draft_sealed", "sealed once only");
        assert_eq!(
            store.draft(&d.id).unwrap().sealed_as.as_deref(),
            Some(p.pledge_id.as_str())
        );
    }
    assert_eq!(seqs, [1, 2, 3]);
    assert_eq!(store.list_pledges(0, None).unwrap().items.len(), 3);
}

#[test]
fn the_database_refuses_to_change_a_signed_pledge() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let (pledge_id, draft_id) = {
        let mut store = ready_store(dir.path());
        let id = store.identity().unwrap();
        let d = store.create_draft(&example()).unwrap();
        let p = store.seal_draft(&id, &d.id, 1, signatories(2)).unwrap();
        (p.pledge_id, d.id)
    };
    // straight SQL, as a buggy or malicious program would
    let conn = rusqlite::Connection::open(&path).unwrap();
    for sql in [
        "UPDATE pledges SET title = 'changed' WHERE pledge_id = ?1",
        "UPDATE pledges SET signed = x'00' WHERE pledge_id = ?1",
        "DELETE FROM pledges WHERE pledge_id = ?1",
    ] {
        let err = conn.execute(sql, [&pledge_id]).unwrap_err();
        assert!(err.to_string().contains("signed pledge"), "{sql}: {err}");
    }
    let err = conn
        .execute(
            "UPDATE drafts SET content = '{}' WHERE id = ?1",
            [&draft_id],
        )
        .unwrap_err();
    assert!(err.to_string().contains("amend"), "{err}");
}

#[test]
fn a_draft_that_cannot_be_signed_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready_store(dir.path());
    let id = store.identity().unwrap();

    let mut bad = example();
    bad.period.end = "2020-01-01".into();
    let d = store.create_draft(&bad).unwrap();
    match store.seal_draft(&id, &d.id, 1, signatories(2)).unwrap_err() {
        StoreError::NotSignable(problems) => {
            assert!(problems.iter().any(|p| p.path == "period.end"))
        }
        other => panic!("{other}"),
    }

    let d = store.create_draft(&example()).unwrap();
    let err = store.seal_draft(&id, &d.id, 1, signatories(1)).unwrap_err();
    assert_eq!(
        err.code(),
        "invalid_signatories",
        "one pledger has not signed: {err}"
    );
    // A one-letter name is not a signatory's name (issue 12).
    let mut initial = signatories(2);
    initial[0].name = " A ".into();
    let err = store.seal_draft(&id, &d.id, 1, initial).unwrap_err();
    assert_eq!(err.code(), "invalid_signatories", "{err}");
    assert!(err.to_string().contains("full name"), "{err}");
    let mut empty = signatories(2);
    empty[1].drawing = String::new();
    assert_eq!(
        store.seal_draft(&id, &d.id, 1, empty).unwrap_err().code(),
        "invalid_signatories"
    );
    let mut nameless = signatories(2);
    nameless[0].name = " ".into();
    assert_eq!(
        store
            .seal_draft(&id, &d.id, 1, nameless)
            .unwrap_err()
            .code(),
        "invalid_signatories"
    );

    // changed in another window meanwhile
    store.save_draft(&d.id, &example(), 1).unwrap();
    assert_eq!(
        store
            .seal_draft(&id, &d.id, 1, signatories(2))
            .unwrap_err()
            .code(),
        "stale_revision"
    );

    assert_eq!(
        store.next_device_seq().unwrap(),
        1,
        "no sequence number used"
    );
    assert!(store.list_pledges(0, None).unwrap().items.is_empty());
    assert!(store.draft(&d.id).unwrap().sealed_as.is_none());
}

#[test]
fn signing_needs_an_event() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
    let id = store.identity().unwrap();
    let d = store.create_draft(&example()).unwrap();
    assert_eq!(
        store
            .seal_draft(&id, &d.id, 1, signatories(2))
            .unwrap_err()
            .code(),
        "no_event"
    );
    let bad = EventSettings {
        event_id: "Kigali 2022".into(),
        event_name: String::new(),
    };
    assert_eq!(
        store.set_event(&bad).unwrap_err().code(),
        "invalid_event_id"
    );
}

#[test]
fn amending_makes_a_new_draft_and_keeps_the_pledge() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready_store(dir.path());
    let id = store.identity().unwrap();
    let d = store.create_draft(&example()).unwrap();
    let p = store.seal_draft(&id, &d.id, 1, signatories(2)).unwrap();
    let amendment = store.amend(&p.pledge_id).unwrap();
    assert_eq!(amendment.supersedes.as_deref(), Some(p.pledge_id.as_str()));
    assert_eq!(amendment.content.title, example().title);
    let mut changed = amendment.content.clone();
    changed.title = "Connect 600 rural schools in Rwanda and Malawi".into();
    store
        .save_draft(&amendment.id, &changed, amendment.revision)
        .unwrap();
    let p2 = store
        .seal_draft(&id, &amendment.id, amendment.revision + 1, signatories(2))
        .unwrap();
    assert_eq!(
        p2.envelope.supersedes.as_deref(),
        Some(p.pledge_id.as_str())
    );
    assert_eq!(
        store.pledge(&p.pledge_id).unwrap(),
        p,
        "the original stays as it was"
    );
}

#[test]
fn signed_pledges_come_in_pages_that_say_how_many_there_are_in_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = ready_store(dir.path());
    let id = store.identity().unwrap();
    for _ in 0..7 {
        let d = store.create_draft(&example()).unwrap();
        store
            .seal_draft(&id, &d.id, d.revision, signatories(2))
            .unwrap();
    }
    let mut seqs = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let page = store.list_pledges(3, cursor.as_deref()).unwrap();
        assert_eq!(page.total, 7);
        assert!(page.items.len() <= 3);
        seqs.extend(page.items.iter().map(|p| p.device_seq));
        cursor = page.next_cursor;
        if cursor.is_none() {
            break;
        }
    }
    assert_eq!(seqs, [7, 6, 5, 4, 3, 2, 1], "newest first, each once");
}
