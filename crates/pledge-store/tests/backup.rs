//! Local backups against real SQLite files: rotation, the integrity check,
//! restore, a damaged main database, and the disk or folder failing.

use std::path::Path;

use chrono::{DateTime, Duration, TimeZone, Utc};
use pledge_core::DraftContent;
use pledge_store::{
    apply_pending_restore, backups_dir, list_snapshots, newest_good_snapshot, stage_restore,
    take_snapshot, BackupError, DraftQuery, Store, DATABASE_FILE,
};

fn at(minutes: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_654_675_200, 0).unwrap() + Duration::minutes(minutes)
}

fn titles(store: &Store) -> Vec<String> {
    let query = DraftQuery {
        limit: 10_000,
        ..DraftQuery::default()
    };
    let mut t: Vec<_> = store
        .list_drafts(&query)
        .unwrap()
        .items
        .into_iter()
        .map(|d| d.title)
        .collect();
    t.sort();
    t
}

fn add_draft(store: &mut Store, title: &str) {
    let mut d = DraftContent::new_blank();
    d.title = title.into();
    d.description = "words ".repeat(300);
    store.create_draft(&d).unwrap();
}

/// Overwrites pages in the middle of a database file with garbage.
fn damage(path: &Path) {
    let mut bytes = std::fs::read(path).unwrap();
    let mid = bytes.len() / 2;
    for b in &mut bytes[mid..mid + 3 * 4096] {
        *b = 0xA5;
    }
    std::fs::write(path, &bytes).unwrap();
}

fn store_in(dir: &Path) -> Store {
    Store::open(&dir.join(DATABASE_FILE)).unwrap()
}

#[test]
fn a_snapshot_is_a_checked_copy_of_what_was_committed() {
    let data = tempfile::tempdir().unwrap();
    let mut store = store_in(data.path());
    add_draft(&mut store, "Before the snapshot");
    let snap = take_snapshot(store.path(), &backups_dir(data.path()), at(0), 10).unwrap();
    add_draft(&mut store, "After the snapshot");

    assert_eq!(snap.taken_at, "2022-06-08T08:00:00Z");
    assert!(snap.bytes > 4096, "{snap:?}");
    // self-contained: no WAL file left beside the snapshot
    let names: Vec<_> = std::fs::read_dir(backups_dir(data.path()))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, std::slice::from_ref(&snap.file_name));
    let copy = Store::open(&backups_dir(data.path()).join(&snap.file_name)).unwrap();
    assert_eq!(titles(&copy), ["Before the snapshot"]);
}

#[test]
fn only_the_newest_snapshots_are_kept() {
    let data = tempfile::tempdir().unwrap();
    let mut store = store_in(data.path());
    let dir = backups_dir(data.path());
    for i in 0..13 {
        add_draft(&mut store, &format!("Draft {i:02}"));
        take_snapshot(store.path(), &dir, at(i * 5), 10).unwrap();
    }
    let list = list_snapshots(&dir).unwrap();
    assert_eq!(list.len(), 10);
    assert_eq!(list[0].taken_at, "2022-06-08T09:00:00Z", "newest first");
    assert_eq!(
        list[9].taken_at, "2022-06-08T08:15:00Z",
        "the three oldest went"
    );
    let newest = Store::open(&dir.join(&list[0].file_name)).unwrap();
    assert_eq!(titles(&newest).len(), 13);
}

#[test]
fn the_change_marker_moves_with_every_commit_and_only_then() {
    let data = tempfile::tempdir().unwrap();
    let mut store = store_in(data.path());
    let first = store.change_marker();
    assert_eq!(store.change_marker(), first, "reading changes nothing");
    add_draft(&mut store, "A change");
    assert_ne!(store.change_marker(), first);
    // a commit from another connection (the `pledge` command) counts too
    let mut other = Store::open(store.path()).unwrap();
    let before = store.change_marker();
    add_draft(&mut other, "From elsewhere");
    assert_ne!(store.change_marker(), before);
}

#[test]
fn a_damaged_database_is_restored_from_the_newest_good_snapshot() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join(DATABASE_FILE);
    let dir = backups_dir(data.path());
    {
        let mut store = store_in(data.path());
        for i in 0..200 {
            add_draft(&mut store, &format!("Kept draft {i:03}"));
        }
        take_snapshot(&db, &dir, at(0), 10).unwrap();
        add_draft(&mut store, "Kept draft 200");
        take_snapshot(&db, &dir, at(5), 10).unwrap();
        add_draft(&mut store, "Typed after the last snapshot");
    }
    // the newest snapshot is unreadable garbage; the main file gets damaged
    let newest = dir.join(format!("pledge-desk-{}.sqlite3", "20220608T081000000Z"));
    std::fs::write(&newest, b"not a database at all, just junk").unwrap();
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode=DELETE;")
            .unwrap();
    }
    damage(&db);
    let damaged_bytes = std::fs::read(&db).unwrap();
    let err = Store::open(&db).err().expect("refused");
    assert_eq!(err.code(), "corrupt_database");

    // the offer skips the junk and names the newest good one
    let offer = newest_good_snapshot(&dir)
        .unwrap()
        .expect("a good snapshot");
    assert_eq!(offer.taken_at, "2022-06-08T08:05:00Z");
    let junk = stage_restore(data.path(), "pledge-desk-20220608T081000000Z.sqlite3");
    assert!(matches!(junk, Err(BackupError::Damaged { .. })), "{junk:?}");

    stage_restore(data.path(), &offer.file_name).unwrap();
    let aside = apply_pending_restore(data.path(), at(20))
        .unwrap()
        .expect("the damaged file was set aside");
    assert_eq!(
        aside.file_name().unwrap().to_string_lossy(),
        "pledge-desk.sqlite3.before-restore-20220608T082000000Z"
    );
    assert_eq!(
        std::fs::read(&aside).unwrap(),
        damaged_bytes,
        "kept as it was"
    );

    let store = Store::open(&db).unwrap();
    let t = titles(&store);
    assert_eq!(t.len(), 201, "everything up to the last good snapshot");
    assert!(t.contains(&"Kept draft 200".to_owned()));
    assert!(!t.contains(&"Typed after the last snapshot".to_owned()));
    // applied once: the next start changes nothing
    drop(store);
    assert_eq!(apply_pending_restore(data.path(), at(30)).unwrap(), None);
}

#[test]
fn restoring_keeps_the_current_database_with_its_wal() {
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join(DATABASE_FILE);
    let mut store = store_in(data.path());
    add_draft(&mut store, "In the snapshot");
    let snap = take_snapshot(&db, &backups_dir(data.path()), at(0), 10).unwrap();
    add_draft(&mut store, "Only in the WAL");
    stage_restore(data.path(), &snap.file_name).unwrap();
    // the app stops without a checkpoint (a crash): the WAL holds the last draft
    std::mem::forget(store);
    let aside = apply_pending_restore(data.path(), at(1)).unwrap().unwrap();
    let old = Store::open(&aside).unwrap();
    assert_eq!(titles(&old), ["In the snapshot", "Only in the WAL"]);
    assert_eq!(titles(&store_in(data.path())), ["In the snapshot"]);
}

#[test]
fn a_full_disk_fails_the_backup_and_leaves_no_partial_file() {
    let data = tempfile::tempdir().unwrap();
    let mut store = store_in(data.path());
    for i in 0..100 {
        add_draft(&mut store, &format!("Draft {i}"));
    }
    // a 64 KiB tmpfs as the backups folder (needs root, as CI runs)
    let dir = data.path().join("backups");
    std::fs::create_dir(&dir).unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=64k", "tmpfs"])
        .arg(&dir)
        .status()
        .expect("mount");
    assert!(
        mounted.success(),
        "this test mounts a tiny tmpfs (run as root)"
    );
    let result = take_snapshot(store.path(), &dir, at(0), 10);
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().collect();
    let _ = std::process::Command::new("umount").arg(&dir).status();
    let err = result.expect_err("no space for the copy");
    assert!(err.to_string().to_lowercase().contains("full"), "{err}");
    assert!(left.is_empty(), "partial file left: {left:?}");
    // the store itself goes on working
    add_draft(&mut store, "Still saving");
}

#[test]
fn a_backups_path_that_is_not_a_folder_fails_clearly() {
    let data = tempfile::tempdir().unwrap();
    let store = store_in(data.path());
    let dir = backups_dir(data.path());
    std::fs::write(&dir, b"a file where the folder should be").unwrap();
    let err = take_snapshot(store.path(), &dir, at(0), 10).unwrap_err();
    assert!(
        err.to_string().contains("backups folder could not be made"),
        "{err}"
    );
    assert!(list_snapshots(&dir).is_err());
}

#[test]
fn unknown_or_foreign_names_cannot_be_restored() {
    let data = tempfile::tempdir().unwrap();
    let store = store_in(data.path());
    take_snapshot(store.path(), &backups_dir(data.path()), at(0), 10).unwrap();
    for name in ["../pledge-desk.sqlite3", "pledge-desk-x.sqlite3", ""] {
        let err = stage_restore(data.path(), name).unwrap_err();
        assert!(matches!(err, BackupError::NotFound(_)), "{name}: {err}");
    }
    assert!(!pledge_store::restore_pending(data.path()));
}
