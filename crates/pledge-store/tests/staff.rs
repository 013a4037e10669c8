//! Staff mode and batches against real SQLite files.

mod support;

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, Utc};
use pledge_store::{OutboxState, ReviewFilter, StaffSession, StaffSettings, Store, StoreError};
use support::{example, laptop, signatory};

fn clocked(path: &Path, now: Arc<Mutex<DateTime<Utc>>>) -> Store {
    Store::open_with_clock(path, Arc::new(move || *now.lock().unwrap())).unwrap()
}

#[test]
fn wrong_pins_lock_staff_mode_out_for_a_while_even_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.sqlite3");
    let now = Arc::new(Mutex::new(Utc::now()));
    let mut store = clocked(&db, now.clone());
    assert_eq!(
        store.check_staff_pin("1234").unwrap_err().code(),
        "pin_not_set"
    );
    assert_eq!(
        store.set_staff_pin("12a4", None).unwrap_err().code(),
        "invalid_pin"
    );
    assert_eq!(
        store.set_staff_pin("123", None).unwrap_err().code(),
        "invalid_pin"
    );
    store.set_staff_pin("246810", None).unwrap();
    assert!(store.staff_status(false).unwrap().pin_set);
    let stored = store.setting("staff.pin_hash").unwrap().unwrap();
    assert!(stored.starts_with("$argon2id$") && !stored.contains("246810"));
    store.check_staff_pin("246810").unwrap();

    for left in (1..=4).rev() {
        match store.check_staff_pin("000000").unwrap_err() {
            StoreError::WrongPin { left: l } => assert_eq!(l, left),
            e => panic!("{e}"),
        }
    }
    assert_eq!(
        store.check_staff_pin("000000").unwrap_err().code(),
        "pin_locked_out"
    );
    // the right PIN does not help while locked out, nor does a restart
    assert_eq!(
        store.check_staff_pin("246810").unwrap_err().code(),
        "pin_locked_out"
    );
    drop(store);
    let mut store = clocked(&db, now.clone());
    assert_eq!(
        store.check_staff_pin("246810").unwrap_err().code(),
        "pin_locked_out"
    );
    assert!(store.staff_status(false).unwrap().locked_until.is_some());

    *now.lock().unwrap() += Duration::minutes(6);
    store.check_staff_pin("246810").unwrap();
    assert_eq!(store.staff_status(false).unwrap().failed_attempts, 0);

    // changing the PIN needs the current one
    assert_eq!(
        store
            .set_staff_pin("13579", Some("9999"))
            .unwrap_err()
            .code(),
        "wrong_pin"
    );
    store.set_staff_pin("13579", Some("246810")).unwrap();
    store.check_staff_pin("13579").unwrap();
}

#[test]
fn a_second_lockout_lasts_longer() {
    let dir = tempfile::tempdir().unwrap();
    let now = Arc::new(Mutex::new(Utc::now()));
    let mut store = clocked(&dir.path().join("s.sqlite3"), now.clone());
    store.set_staff_pin("2468", None).unwrap();
    for _ in 0..5 {
        let _ = store.check_staff_pin("1111");
    }
    *now.lock().unwrap() += Duration::minutes(6);
    for _ in 0..5 {
        let _ = store.check_staff_pin("1111");
    }
    *now.lock().unwrap() += Duration::minutes(6);
    assert_eq!(
        store.check_staff_pin("2468").unwrap_err().code(),
        "pin_locked_out"
    );
    *now.lock().unwrap() += Duration::minutes(5);
    store.check_staff_pin("2468").unwrap();
}

#[test]
fn staff_mode_locks_itself_after_inactivity_and_activity_keeps_it_open() {
    let t0 = Utc::now();
    let mut session = StaffSession::default();
    assert_eq!(session.require(t0, 300).unwrap_err().code(), "staff_only");
    session.unlock(t0);
    session.require(t0 + Duration::seconds(200), 300).unwrap();
    // 200 + 250 > 300 from unlocking, but only 250 since the last activity
    session.require(t0 + Duration::seconds(450), 300).unwrap();
    assert!(session.is_open(t0 + Duration::seconds(700), 300));
    assert_eq!(
        session
            .require(t0 + Duration::seconds(751), 300)
            .unwrap_err()
            .code(),
        "staff_locked"
    );
    assert!(!session.is_open(t0 + Duration::seconds(752), 300));
    assert_eq!(
        session
            .require(t0 + Duration::seconds(753), 300)
            .unwrap_err()
            .code(),
        "staff_only"
    );
}

#[test]
fn the_review_queue_filters_and_batches_hold_then_submit_as_one_unit() {
    let mut a = laptop("kigali-2022");
    a.store
        .set_staff_settings(&StaffSettings {
            hold_submissions: true,
            idle_timeout_secs: 300,
        })
        .unwrap();
    let p1 = a.sign("Connect schools in Rwanda", "RWA", "access");
    let p2 = a.sign("Train teachers in Malawi", "MWI", "adoption");
    let p3 = a.sign("Fund startups in Fiji", "FJI", "investment");
    assert_eq!(
        a.store.outbox_counts().unwrap().signed,
        3,
        "held for review"
    );

    let all = a.store.review_queue(&ReviewFilter::default()).unwrap();
    assert_eq!(all.len(), 3);
    assert!(all
        .iter()
        .all(|i| i.own_device && i.state == OutboxState::Signed));
    fn by(store: &Store, f: ReviewFilter) -> Vec<String> {
        store
            .review_queue(&f)
            .unwrap()
            .into_iter()
            .map(|i| i.pledge_id)
            .collect()
    }
    assert_eq!(
        by(
            &a.store,
            ReviewFilter {
                country: Some("MWI".into()),
                ..Default::default()
            }
        ),
        vec![p2.clone()]
    );
    assert_eq!(
        by(
            &a.store,
            ReviewFilter {
                focus_area: Some("investment".into()),
                ..Default::default()
            }
        ),
        vec![p3.clone()]
    );
    assert_eq!(
        by(
            &a.store,
            ReviewFilter {
                text: Some("rwanda SCHOOLS".into()),
                ..Default::default()
            }
        ),
        vec![p1.clone()]
    );
    assert_eq!(
        by(
            &a.store,
            ReviewFilter {
                pledger_kind: Some("government".into()),
                ..Default::default()
            }
        ),
        Vec::<String>::new()
    );

    assert_eq!(
        a.store
            .create_batch("  ", std::slice::from_ref(&p1))
            .unwrap_err()
            .code(),
        "invalid_batch_name"
    );
    let batch = a
        .store
        .create_batch("Day 1 — morning session", &[p1.clone(), p2.clone()])
        .unwrap();
    let id = batch.batch.batch_id.clone();
    assert_eq!(batch.batch.total, 2);
    assert_eq!(batch.batch.counts.signed, 2);
    // a pledge belongs to one batch at most
    let other = a
        .store
        .create_batch("Day 1 — afternoon", &[p3.clone(), p2.clone()]);
    let err = other.unwrap_err();
    assert_eq!(err.code(), "already_batched");
    assert!(err.to_string().contains(&p2) && err.to_string().contains("Day 1 — morning session"));
    assert_eq!(
        a.store.list_batches().unwrap().len(),
        1,
        "the failed batch left nothing"
    );
    assert_eq!(
        by(
            &a.store,
            ReviewFilter {
                batch: Some("none".into()),
                ..Default::default()
            }
        ),
        vec![p3.clone()]
    );

    let submitted = a.store.submit_batch(&id).unwrap();
    assert!(submitted.batch.submitted_at.is_some());
    assert_eq!(submitted.batch.counts.queued, 2);
    let counts = a.store.outbox_counts().unwrap();
    assert_eq!((counts.signed, counts.queued), (1, 2), "p3 still held");
    assert_eq!(
        a.store
            .add_to_batch(&id, std::slice::from_ref(&p3))
            .unwrap_err()
            .code(),
        "batch_submitted"
    );
    assert_eq!(
        a.store.remove_from_batch(&id, &[p1]).unwrap_err().code(),
        "batch_submitted"
    );

    // turning hold off releases what is in no open batch
    a.store
        .set_staff_settings(&StaffSettings {
            hold_submissions: false,
            idle_timeout_secs: 300,
        })
        .unwrap();
    assert_eq!(a.store.outbox_counts().unwrap().queued, 3);
}

#[test]
fn staff_find_a_pledge_by_its_contact_or_a_signatory() {
    // At the help desk: found by the contact's name or email, or by a
    // signatory's name (issue 12).
    let mut a = laptop("kigali-2022");
    let d = a
        .store
        .create_draft(&{
            let mut d = example("Solar schools in Fiji", "FJI", "access");
            d.contact.name = "Mele Tupou".into();
            d.contact.email = "mele@example.to".into();
            d
        })
        .unwrap();
    let mut signer = signatory();
    signer[0].name = "Sione Havili".into();
    let p4 = a
        .store
        .seal_draft(&a.id, &d.id, d.revision, signer)
        .unwrap()
        .pledge_id;
    for words in ["tupou", "MELE@EXAMPLE", "havili sione"] {
        assert_eq!(
            a.store
                .review_queue(&ReviewFilter {
                    text: Some(words.into()),
                    ..Default::default()
                })
                .unwrap()
                .into_iter()
                .map(|i| i.pledge_id)
                .collect::<Vec<_>>(),
            vec![p4.clone()],
            "{words}"
        );
    }
}

#[test]
fn the_delegate_idle_time_defaults_to_ten_minutes_and_stays_in_range() {
    let mut a = laptop("kigali-2022");
    assert_eq!(a.store.delegate_idle_secs().unwrap(), 600);
    assert_eq!(a.store.set_delegate_idle_secs(900).unwrap(), 900);
    assert_eq!(a.store.delegate_idle_secs().unwrap(), 900);
    assert_eq!(
        a.store.set_delegate_idle_secs(5).unwrap(),
        60,
        "at least a minute"
    );
    assert_eq!(a.store.set_delegate_idle_secs(u32::MAX).unwrap(), 7200);
    assert_eq!(a.store.delegate_idle_secs().unwrap(), 7200);
}
