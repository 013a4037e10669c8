//! A data directory on a file system that fills up (a 3 MiB tmpfs): every
//! write that fails says `disk_full` with what to do, leaves no temporary
//! file behind, loses nothing that was saved before, and works again as soon
//! as there is room, without reopening the store.

mod support;

use pledge_store::{
    check_file, take_snapshot, write_whole_file, BundleSelection, DraftQuery, EventSettings, Store,
    StoreError, KEY_FILE,
};
use pledge_test_kit::SmallDisk;
use support::{example, signatory};

fn store_on(disk: &SmallDisk) -> Store {
    let mut store = Store::open(&disk.path().join("s.sqlite3")).unwrap();
    store
        .set_event(&EventSettings {
            event_id: "kigali-2022".into(),
            event_name: "P2C Roundtable".into(),
        })
        .unwrap();
    store
}

fn assert_disk_full(e: &StoreError) {
    assert_eq!(e.code(), "disk_full", "{e}");
    let text = e.to_string();
    assert!(text.contains("disk is full"), "{text}");
    assert!(text.contains("Free some space"), "{text}");
    assert!(text.contains("move the data directory"), "{text}");
}

/// The names in `dir`, sorted.
fn files(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_first_key_on_a_full_disk_is_disk_full_and_leaves_no_temporary_file() {
    let Some(disk) = SmallDisk::mount("3m") else {
        return;
    };
    let mut store = store_on(&disk);
    disk.fill();

    let e = store.identity().unwrap_err();
    assert_disk_full(&e);
    assert!(
        !e.to_string().contains("Restore the file"),
        "nothing needs restoring: {e}"
    );
    let left: Vec<_> = files(disk.path())
        .into_iter()
        .filter(|n| n.starts_with("device-key"))
        .collect();
    assert!(left.is_empty(), "left behind: {left:?}");

    disk.free();
    let id = store.identity().unwrap();
    assert!(disk.path().join(KEY_FILE).exists());
    assert_eq!(store.identity().unwrap().device_id, id.device_id);
}

#[test]
fn a_full_disk_stops_saves_and_seals_as_disk_full_and_keeps_what_was_saved() {
    let Some(disk) = SmallDisk::mount("3m") else {
        return;
    };
    let mut store = store_on(&disk);
    let id = store.identity().unwrap();
    let imported = store
        .import_drafts(
            &(0..20)
                .map(|i| example(&format!("Imported pledge {i}"), "RWA", "access"))
                .collect::<Vec<_>>(),
        )
        .unwrap();
    let to_seal = store.draft(&imported[0]).unwrap();
    disk.fill();

    // Drafts until the store runs out of room; each one that returned is kept.
    let mut saved = Vec::new();
    let failure = loop {
        match store.create_draft(&example(
            &format!("Typed pledge {}", saved.len()),
            "MWI",
            "adoption",
        )) {
            Ok(d) => saved.push(d.id),
            Err(e) => break e,
        }
        assert!(saved.len() < 5000, "the disk never filled up");
    };
    assert_disk_full(&failure);
    let autosave = store
        .save_draft(
            &to_seal.id,
            &example("Changed on a full disk", "RWA", "access"),
            to_seal.revision,
        )
        .unwrap_err();
    assert_disk_full(&autosave);
    let seal = store
        .seal_draft(&id, &to_seal.id, to_seal.revision, signatory())
        .unwrap_err();
    assert_disk_full(&seal);

    // The store is whole and holds everything that was reported saved.
    check_file(store.path()).unwrap();
    let listed = store
        .list_drafts(&DraftQuery {
            limit: 1000,
            ..DraftQuery::default()
        })
        .unwrap()
        .items;
    for id in imported.iter().chain(&saved) {
        assert!(listed.iter().any(|d| &d.id == id), "draft {id} was lost");
    }
    assert_eq!(
        store.draft(&to_seal.id).unwrap().content.title,
        to_seal.content.title
    );
    assert!(store.list_pledges(0, None).unwrap().items.is_empty());

    // Room again: the next save and the next seal succeed on the same store.
    disk.free();
    let again = store
        .save_draft(
            &to_seal.id,
            &example("Changed once there was room", "RWA", "access"),
            to_seal.revision,
        )
        .unwrap();
    let pledge = store
        .seal_draft(&id, &to_seal.id, again.revision, signatory())
        .unwrap();
    assert_eq!(pledge.envelope.device_seq, 1);
    assert_eq!(pledge.envelope.pledge.title, "Changed once there was room");
    check_file(store.path()).unwrap();
}

#[test]
fn a_bundle_or_a_backup_on_a_full_disk_is_disk_full_and_leaves_nothing_half_written() {
    let Some(disk) = SmallDisk::mount("3m") else {
        return;
    };
    let mut store = store_on(&disk);
    let id = store.identity().unwrap();
    let d = store
        .create_draft(&example("Connect rural schools", "RWA", "access"))
        .unwrap();
    store
        .seal_draft(&id, &d.id, d.revision, signatory())
        .unwrap();
    let bundle = store
        .build_bundle(&id, &BundleSelection::Unacknowledged)
        .unwrap();
    let bytes = serde_json::to_vec(&bundle).unwrap();
    let before = files(disk.path());
    disk.fill();
    let before_filled = files(disk.path());

    let e = write_whole_file(&disk.path().join("day1.p2cbundle"), &bytes).unwrap_err();
    assert_disk_full(&e);
    assert!(e.to_string().contains("day1.p2cbundle"), "{e}");
    assert_eq!(files(disk.path()), before_filled);

    let backups = disk.path().join("backups");
    std::fs::create_dir_all(&backups).unwrap();
    let e = take_snapshot(store.path(), &backups, chrono::Utc::now(), 10).unwrap_err();
    assert_eq!(e.code(), "disk_full", "{e}");
    assert!(e.to_string().contains("Free some space"), "{e}");
    assert_eq!(
        files(&backups),
        Vec::<String>::new(),
        "a partial snapshot was left"
    );

    disk.free();
    write_whole_file(&disk.path().join("day1.p2cbundle"), &bytes).unwrap();
    take_snapshot(store.path(), &backups, chrono::Utc::now(), 10).unwrap();
    assert!(files(disk.path()).len() > before.len());
}

#[test]
fn opening_the_store_on_a_full_disk_is_disk_full_not_damage() {
    let Some(disk) = SmallDisk::mount("3m") else {
        return;
    };
    let path = {
        let mut store = store_on(&disk);
        store
            .create_draft(&example("Kept", "RWA", "access"))
            .unwrap();
        store.path().to_path_buf()
    };
    disk.fill();
    let e = Store::open(&path).err().expect("no room to open");
    assert_disk_full(&e);

    disk.free();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.list_drafts(&DraftQuery::default()).unwrap().total, 1);
}
