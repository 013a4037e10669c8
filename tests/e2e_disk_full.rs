//! End-to-end, issue 24: the laptop's data directory on a small file system
//! that fills up while a delegate types. The window says "Not saved: the
//! disk is full" and never "Saved"; what was saved before stays saved; once
//! space is freed the form saves on its own and the pledge signs, without a
//! restart.

mod support;

use pledge_test_kit::SmallDisk;
use support::form::{fill_joint_pledge, sign_as};
use support::*;

/// The content of the draft saved last, as the store holds it.
fn stored_description(data: &std::path::Path) -> String {
    let conn = rusqlite::Connection::open(data.join("pledge-desk.sqlite3")).unwrap();
    let content: String = conn
        .query_row(
            "SELECT content FROM drafts ORDER BY updated_at DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let v: serde_json::Value = serde_json::from_str(&content).unwrap();
    v["description"].as_str().unwrap_or_default().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_full_disk_shows_not_saved_and_saves_once_space_is_freed() {
    let Some(disk) = SmallDisk::mount("8m") else {
        return;
    };
    // WebKit's own files stay off the small disk: only the app's data is on it.
    let xdg = tempfile::tempdir().unwrap();
    let dirs = ["xdg-data", "xdg-config", "xdg-cache"].map(|d| xdg.path().join(d));
    let env = [
        ("XDG_DATA_HOME", dirs[0].to_str().unwrap()),
        ("XDG_CONFIG_HOME", dirs[1].to_str().unwrap()),
        ("XDG_CACHE_HOME", dirs[2].to_str().unwrap()),
    ];
    let driver = Driver::start_with_env(disk.path(), &env);
    let c = driver.launch().await;
    fill_joint_pledge(&c).await;
    wait_saved(&c).await;
    let saved = stored_description(disk.path());
    assert!(!saved.is_empty());

    disk.fill();
    let typed = "Fibre and solar power for 500 rural schools, typed on a full disk.";
    clear_and_type(&c, "#description", typed).await;
    let status = eventually("the form to say the disk is full", || async {
        let t = text(&c, "#save-status").await;
        t.contains("disk is full").then_some(t)
    })
    .await;
    assert_eq!(status, "Not saved: the disk is full");
    driver.shot("disk-full-not-saved");
    let says_saved = c
        .execute(
            "return !!document.querySelector('.save-status.saved');",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        says_saved,
        serde_json::json!(false),
        "never \"Saved\" on a full disk"
    );
    assert_eq!(
        value(&c, "#description").await,
        typed,
        "the typing stays on screen"
    );
    assert_eq!(
        stored_description(disk.path()),
        saved,
        "what was saved is kept"
    );

    // Room again: the form saves on its own, then the pledge signs.
    disk.free();
    wait_saved(&c).await;
    assert_eq!(stored_description(disk.path()), typed);
    click(&c, "#review-sign").await;
    find(&c, "#review").await;
    click(&c, "#start-signing").await;
    sign_as(&c, "Ama Mensah", "Chief Executive", 0.0).await;
    click(&c, "#signature-next").await;
    sign_as(&c, "Jean-Pierre Habimana", "Minister of ICT", 12.0).await;
    click(&c, "#signature-next").await;
    find(&c, "#receipt-fingerprint").await;
    c.close().await.unwrap();
    drop(driver);

    let store = pledge_store::Store::open(&disk.path().join("pledge-desk.sqlite3")).unwrap();
    let pledges = store.list_pledges(0, None).unwrap();
    assert_eq!(pledges.total, 1);
    let record = store.pledge(&pledges.items[0].pledge_id).unwrap();
    assert_eq!(record.envelope.pledge.description, typed);
}
