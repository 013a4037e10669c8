//! End of the event: what is still only on this laptop, counted once in
//! the reconciliation and written to a file staff keep.

mod support;

use pledge_store::{BundleSelection, StaffSettings, StoreError, RECONCILIATION_COLUMNS};
use support::{example, laptop};

#[test]
fn the_reconciliation_counts_held_pledges_and_unsigned_drafts_and_is_saved_with_their_ids() {
    let mut a = laptop("kigali-2022");
    a.store
        .set_staff_settings(&StaffSettings {
            hold_submissions: true,
            idle_timeout_secs: 300,
        })
        .unwrap();
    let p1 = a.sign("Connect schools in Rwanda", "RWA", "access");
    let p2 = a.sign("=HYPERLINK(\"x\") 连接学校", "MWI", "adoption");
    let draft = a
        .store
        .create_draft(&example("Half-typed pledge", "FJI", "access"))
        .unwrap();
    let deleted = a
        .store
        .create_draft(&example("Thrown away", "FJI", "access"))
        .unwrap();
    a.store.delete_draft(&deleted.id).unwrap();

    let rec = a.store.reconcile_local().unwrap();
    assert_eq!(rec.totals.signed, 2, "both held");
    assert_eq!(rec.totals.queued + rec.totals.acknowledged, 0);
    assert_eq!(
        rec.unsigned_drafts, 1,
        "deleted and signed drafts do not count"
    );
    assert_eq!(rec.only_here, 2);

    let path = a.file("reconciliation.csv");
    let written = a.store.save_reconciliation(&path).unwrap();
    assert_eq!(written.rows, 3);
    let bytes = std::fs::read(&path).unwrap();
    assert_eq!(written.bytes, bytes.len() as u64);
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "a BOM for spreadsheets");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], RECONCILIATION_COLUMNS.join(","));
    assert!(lines[1].starts_with(&format!("pledge,{p1},Connect schools in Rwanda,")));
    assert!(lines[1].ends_with(",signed,,no,yes"), "{}", lines[1]);
    assert!(
        lines[2].contains(&p2) && lines[2].contains("\"'=HYPERLINK"),
        "formula guarded: {}",
        lines[2]
    );
    assert!(lines[3].starts_with(&format!("draft,{},Half-typed pledge,", draft.id)));
    assert!(!text.contains(&deleted.id));

    a.store
        .export_bundle(
            &a.id,
            &BundleSelection::Unacknowledged,
            &a.file("all.p2cbundle"),
        )
        .unwrap();
    assert_eq!(
        a.store.reconcile_local().unwrap().only_here,
        0,
        "on the stick now"
    );
    a.store.save_reconciliation(&path).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.lines().nth(1).unwrap().ends_with(",signed,,yes,no"));

    let err = a
        .store
        .save_reconciliation(&a.file("no-such-folder/r.csv"))
        .unwrap_err();
    assert!(matches!(err, StoreError::FileUnwritable { .. }), "{err:?}");
}
