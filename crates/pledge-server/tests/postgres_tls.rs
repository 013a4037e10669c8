//! PostgreSQL over TLS: against a PostgreSQL that takes TLS connections
//! only, with a certificate made here, every `sslmode` the platform
//! supports does what libpq's does — and an unsupported one is refused,
//! never quietly downgraded.

#[path = "support/mod.rs"]
mod support;

use support::postgres::{skipped, TempPostgres};
use support::server::BIN;

/// `pledge-server event create` over `url` (it connects and migrates).
fn event_create(url: &str, id: &str) -> Result<(), String> {
    let out = std::process::Command::new(BIN)
        .args([
            "event",
            "create",
            "--id",
            id,
            "--name",
            "TLS",
            "--database-url",
            url,
        ])
        .env_remove("PLEDGE_SERVER_DATABASE_URL")
        .output()
        .expect("pledge-server runs");
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn sslmode_in_the_url_is_honoured() {
    if skipped() {
        eprintln!("skipped: PLEDGE_SKIP_POSTGRES=1");
        return;
    }
    let (pg, ca) = TempPostgres::start_tls().expect("PostgreSQL with ssl=on starts");
    let url = pg.create_database("tls");

    // Plain TCP is rejected by this server: sslmode=disable cannot connect,
    // and the message says which setting to change.
    let e = event_create(&format!("{url}?sslmode=disable"), "tls-0").unwrap_err();
    assert!(
        e.contains("only over TLS") && e.contains("sslmode=require"),
        "{e}"
    );
    assert!(e.contains("PLEDGE_SERVER_DATABASE_URL"), "{e}");

    // require and the default (prefer) use TLS.
    event_create(&format!("{url}?sslmode=require"), "tls-1").unwrap();
    event_create(&url, "tls-2").unwrap();

    // verify-full checks the chain and the host name.
    let root = ca.display().to_string();
    event_create(
        &format!("{url}?sslmode=verify-full&sslrootcert={root}"),
        "tls-3",
    )
    .unwrap();
    let e = event_create(&format!("{url}?sslmode=verify-full"), "tls-4").unwrap_err();
    assert!(e.to_lowercase().contains("certificate"), "{e}");
    let other = pg.path().join("other-ca.pem");
    std::fs::copy(pg.path().join("server.crt"), &other).unwrap();
    let e = event_create(
        &format!("{url}?sslmode=verify-full&sslrootcert={}", other.display()),
        "tls-5",
    )
    .unwrap_err();
    assert!(e.to_lowercase().contains("certificate"), "{e}");

    // Modes the platform does not implement are refused, not downgraded.
    let e = event_create(&format!("{url}?sslmode=verify-ca"), "tls-6").unwrap_err();
    assert!(e.contains("not supported"), "{e}");
}
