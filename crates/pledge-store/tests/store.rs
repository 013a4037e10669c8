//! The store against real SQLite files in a temporary directory.

use std::path::Path;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{TimeZone, Utc};
use pledge_core::{DraftContent, DraftPledger, PledgerKind};
use pledge_store::{DraftQuery, Store, StoreError, MAX_DRAFT_BYTES};

/// A clock that advances one second per reading, so orderings are certain.
fn ticking_clock() -> pledge_store::Clock {
    let t = Arc::new(AtomicI64::new(1_654_675_200)); // 2022-06-08
    Arc::new(move || {
        Utc.timestamp_opt(t.fetch_add(1, Ordering::SeqCst), 0)
            .unwrap()
    })
}

fn open(path: &Path) -> Store {
    Store::open_with_clock(path, ticking_clock()).expect("open")
}

fn draft(title: &str, pledgers: &[(&str, &str)], countries: &[&str]) -> DraftContent {
    let mut d = DraftContent::new_blank();
    d.title = title.into();
    d.pledgers = pledgers
        .iter()
        .enumerate()
        .map(|(i, (name, country))| DraftPledger {
            name: (*name).into(),
            kind: Some(PledgerKind::Government),
            country: (*country).into(),
            lead: i == 0,
        })
        .collect();
    d.geography.countries = countries.iter().map(|c| (*c).into()).collect();
    d
}

fn search(store: &Store, text: &str) -> Vec<String> {
    let q = DraftQuery {
        text: text.into(),
        ..DraftQuery::default()
    };
    let mut titles: Vec<_> = store
        .list_drafts(&q)
        .unwrap()
        .items
        .into_iter()
        .map(|s| s.title)
        .collect();
    titles.sort();
    titles
}

#[test]
fn a_new_database_is_migrated_and_durable() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(&dir.path().join("a.sqlite3"));
    assert_eq!(store.schema_version().unwrap(), 4);
    let s = store.connection_settings().unwrap();
    assert_eq!(s.journal_mode, "wal");
    assert_eq!(s.synchronous, 2, "synchronous=FULL");
    assert!(s.foreign_keys);
    assert!(s.busy_timeout_ms >= 1000);
}

#[test]
fn drafts_survive_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.sqlite3");
    let id = {
        let mut store = open(&path);
        let rec = store.create_draft(&DraftContent::new_blank()).unwrap();
        let content = draft("Schools online", &[("Ministry of ICT", "RWA")], &["RWA"]);
        let saved = store.save_draft(&rec.id, &content, rec.revision).unwrap();
        assert_eq!(saved.revision, 2);
        rec.id
    };
    let store = open(&path);
    let rec = store.draft(&id).unwrap();
    assert_eq!(rec.revision, 2);
    assert_eq!(
        rec.content,
        draft("Schools online", &[("Ministry of ICT", "RWA")], &["RWA"])
    );
    assert_eq!(search(&store, "schools"), vec!["Schools online"]);
}

#[test]
fn a_stale_save_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("a.sqlite3"));
    let rec = store.create_draft(&draft("First words", &[], &[])).unwrap();
    store
        .save_draft(&rec.id, &draft("Second words", &[], &[]), 1)
        .unwrap();
    let err = store
        .save_draft(&rec.id, &draft("Lost words", &[], &[]), 1)
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::StaleRevision {
                current: 2,
                given: 1
            }
        ),
        "{err}"
    );
    assert_eq!(store.draft(&rec.id).unwrap().content.title, "Second words");
    let err = store
        .save_draft("no-such-id", &DraftContent::default(), 1)
        .unwrap_err();
    assert_eq!(err.code(), "draft_not_found");
}

#[test]
fn an_oversized_draft_is_refused_and_the_last_save_kept() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("a.sqlite3"));
    let rec = store.create_draft(&draft("Kept title", &[], &[])).unwrap();
    let mut huge = draft("Kept title", &[], &[]);
    huge.description = "x".repeat(1024 * 1024);
    let err = store.save_draft(&rec.id, &huge, 1).unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::DraftTooLarge {
                max: MAX_DRAFT_BYTES,
                ..
            }
        ),
        "{err}"
    );
    assert!(err.to_string().contains("Shorten"));
    let kept = store.draft(&rec.id).unwrap();
    assert_eq!((kept.revision, kept.content.description.len()), (1, 0));
}

#[test]
fn control_characters_and_markup_are_stored_verbatim() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("a.sqlite3"));
    let mut d = draft(
        "<script>alert('x')</script>\u{0}\u{7}",
        &[("\"; DROP TABLE drafts; --", "")],
        &[],
    );
    d.description = "line\r\nnext \u{202E}rtl".into();
    let rec = store.create_draft(&d).unwrap();
    assert_eq!(store.draft(&rec.id).unwrap().content, d);
    assert_eq!(search(&store, "DROP TABLE").len(), 1);
}

#[test]
fn search_finds_title_pledger_and_country_by_code_or_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("a.sqlite3"));
    store
        .create_draft(&draft(
            "Connect rural schools",
            &[("Example Telecom Group", "GBR")],
            &["RWA", "MWI"],
        ))
        .unwrap();
    store
        .create_draft(&draft(
            "Digital skills for youth",
            &[("Université de Dakar", "SEN")],
            &["SEN"],
        ))
        .unwrap();
    store
        .create_draft(&draft(
            "Island resilience",
            &[("Pacific Cable Co", "")],
            &["FJI"],
        ))
        .unwrap();

    assert_eq!(search(&store, "rural"), vec!["Connect rural schools"]);
    assert_eq!(
        search(&store, "conn sch"),
        vec!["Connect rural schools"],
        "prefixes, all words"
    );
    assert_eq!(search(&store, "telecom"), vec!["Connect rural schools"]);
    assert_eq!(
        search(&store, "Malawi"),
        vec!["Connect rural schools"],
        "country name"
    );
    assert_eq!(
        search(&store, "MWI"),
        vec!["Connect rural schools"],
        "country code"
    );
    assert_eq!(
        search(&store, "united kingdom"),
        vec!["Connect rural schools"],
        "pledger country"
    );
    assert_eq!(
        search(&store, "universite"),
        vec!["Digital skills for youth"],
        "diacritics"
    );
    assert_eq!(search(&store, "Fiji"), vec!["Island resilience"]);
    assert!(search(&store, "nothing-like-this").is_empty());
    assert_eq!(search(&store, "").len(), 3, "empty text lists everything");
    assert_eq!(
        search(&store, "\"(*NEAR").len(),
        0,
        "operators are plain words"
    );
}

#[test]
fn the_list_is_newest_first_and_search_follows_edits() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("a.sqlite3"));
    let a = store
        .create_draft(&draft("Alpha pledge", &[], &[]))
        .unwrap();
    store.create_draft(&draft("Beta pledge", &[], &[])).unwrap();
    store
        .save_draft(&a.id, &draft("Gamma pledge", &[], &[]), 1)
        .unwrap();
    let list = store.list_drafts(&DraftQuery::default()).unwrap().items;
    let titles: Vec<_> = list.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Gamma pledge", "Beta pledge"]);
    assert!(
        search(&store, "alpha").is_empty(),
        "the old title is no longer indexed"
    );
}

#[test]
fn soft_delete_hides_and_restore_brings_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("a.sqlite3"));
    let rec = store
        .create_draft(&draft("Deleted then restored", &[], &[]))
        .unwrap();
    store.delete_draft(&rec.id).unwrap();
    assert!(search(&store, "restored").is_empty());
    let deleted = store
        .list_drafts(&DraftQuery {
            text: "restored".into(),
            deleted: true,
            limit: 0,
            cursor: None,
        })
        .unwrap()
        .items;
    assert_eq!(deleted.len(), 1);
    assert!(deleted[0].deleted_at.is_some());
    assert!(
        store.draft(&rec.id).unwrap().deleted_at.is_some(),
        "still there to restore"
    );
    store.restore_draft(&rec.id).unwrap();
    assert_eq!(search(&store, "restored"), vec!["Deleted then restored"]);
    assert_eq!(
        store.delete_draft("missing").unwrap_err().code(),
        "draft_not_found"
    );
}

#[test]
fn a_database_from_a_newer_version_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("newer.sqlite3");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(
        matches!(err, StoreError::NewerDatabase { found: 99, .. }),
        "{err}"
    );
    assert!(err.to_string().contains("newer version"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "file untouched");
    assert!(
        !dir.path().join("newer.sqlite3-wal").exists(),
        "no WAL created"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("garbage.sqlite3");
    let junk: Vec<u8> = (0..8192u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::write(&path, &junk).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code(), "corrupt_database", "{err}");
    assert!(err.to_string().contains("left as it is"));
    assert_eq!(std::fs::read(&path).unwrap(), junk);
}

#[test]
fn a_damaged_database_is_detected_at_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("damaged.sqlite3");
    {
        let mut store = open(&path);
        for i in 0..300 {
            let mut d = draft(
                &format!("Pledge number {i}"),
                &[("Ministry", "RWA")],
                &["RWA"],
            );
            d.description = "words ".repeat(200);
            store.create_draft(&d).unwrap();
        }
        // fold the WAL into the main file, as a clean shutdown does
        drop(store);
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;")
            .unwrap();
    }
    // overwrite a few pages in the middle of the file
    let mut bytes = std::fs::read(&path).unwrap();
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 3 * 4096] {
        *b = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code(), "corrupt_database", "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "left as it is");
}

#[test]
fn the_data_directory_comes_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    // SAFETY: this is the only test in this binary that touches the environment.
    unsafe { std::env::set_var(pledge_store::DATA_DIR_ENV, dir.path().join("nested")) };
    let path = pledge_store::database_path().unwrap();
    assert_eq!(
        path,
        dir.path().join("nested").join(pledge_store::DATABASE_FILE)
    );
    assert!(dir.path().join("nested").is_dir());
}

#[test]
fn long_lists_come_in_pages_that_say_how_many_there_are_in_all() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open(&dir.path().join("a.sqlite3"));
    let drafts: Vec<_> = (0..450)
        .map(|i| draft(&format!("Pledge number {i}"), &[], &["RWA"]))
        .collect();
    let ids = store.import_drafts(&drafts).unwrap();

    let first = store.list_drafts(&DraftQuery::default()).unwrap();
    assert_eq!(first.total, 450, "the total, not the page size");
    assert_eq!(first.items.len(), 200);
    let mut seen: Vec<String> = first.items.iter().map(|d| d.id.clone()).collect();
    let mut cursor = first.next_cursor.clone();
    while let Some(c) = cursor {
        let page = store
            .list_drafts(&DraftQuery {
                cursor: Some(c),
                ..DraftQuery::default()
            })
            .unwrap();
        assert_eq!(page.total, 450);
        seen.extend(page.items.iter().map(|d| d.id.clone()));
        cursor = page.next_cursor;
    }
    assert_eq!(seen.len(), 450, "every draft, once");
    let mut unique = seen.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 450);
    let mut all = ids.clone();
    all.sort();
    assert_eq!(unique, all);

    // A search says how many match in all too, and the last page says it is the last.
    let found = store
        .list_drafts(&DraftQuery {
            text: "RWA".into(),
            limit: 1000,
            ..DraftQuery::default()
        })
        .unwrap();
    assert_eq!((found.total, found.items.len()), (450, 450));
    assert_eq!(found.next_cursor, None);

    let e = store
        .list_drafts(&DraftQuery {
            cursor: Some("not a cursor".into()),
            ..DraftQuery::default()
        })
        .unwrap_err();
    assert_eq!(e.code(), "invalid_cursor");
    assert_eq!(
        store.list_pledges(0, Some("x")).unwrap_err().code(),
        "invalid_cursor"
    );
}
