//! End of the event: what is still only on this laptop, counted once in
//! the reconciliation and written to a file staff keep.

mod support;

use pledge_store::{BundleSelection, StaffSettings, RECONCILIATION_COLUMNS};
use support::{example, laptop};

#[test]
fn the_reconciliation_counts_held_pledges_and_unsigned_drafts_and_lists_their_ids() {
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

    // The table staff keep (the shell writes it as CSV with pledge-report).
    let rows = a.store.reconciliation_rows().unwrap();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.len() == RECONCILIATION_COLUMNS.len()));
    assert_eq!(
        rows[0][..3],
        ["pledge", p1.as_str(), "Connect schools in Rwanda"]
    );
    assert_eq!(rows[0][5..], ["signed", "", "no", "yes"]);
    assert_eq!(rows[1][1], p2);
    assert!(
        rows[1][2].starts_with("=HYPERLINK"),
        "kept as typed: {:?}",
        rows[1]
    );
    assert_eq!(
        rows[2][..3],
        ["draft", draft.id.as_str(), "Half-typed pledge"]
    );
    assert!(!rows.iter().any(|r| r[1] == deleted.id));

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
    let rows = a.store.reconciliation_rows().unwrap();
    assert_eq!(rows[0][5..], ["signed", "", "yes", "no"]);
}
