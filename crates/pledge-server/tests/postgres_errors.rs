//! When the platform cannot use PostgreSQL, it says what is wrong and
//! which setting to change (`--database-url`, `PLEDGE_SERVER_DATABASE_URL`),
//! never the URL itself (it may hold a password). TLS required: see
//! `postgres_tls.rs`.

#[path = "support/mod.rs"]
mod support;

use support::postgres::{skipped, TempPostgres};
use support::server::BIN;

/// `pledge-server event create` over `url`: its error message.
fn event_create_fails(url: &str) -> String {
    let out = std::process::Command::new(BIN)
        .args(["event", "create", "--id", "kigali-2022", "--name", "K"])
        .args(["--database-url", url])
        .env_remove("PLEDGE_SERVER_DATABASE_URL")
        .output()
        .expect("pledge-server runs");
    assert!(!out.status.success(), "{url} should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn connection_failures_name_what_is_wrong_and_the_setting() {
    if skipped() {
        eprintln!("skipped: PLEDGE_SKIP_POSTGRES=1");
        return;
    }
    let setting = "--database-url (or PLEDGE_SERVER_DATABASE_URL)";
    let pg = TempPostgres::start().expect("PostgreSQL starts");

    let e = event_create_fails(&pg.url("no_such_database"));
    assert!(
        e.contains("does not exist") && e.contains("createdb"),
        "{e}"
    );
    assert!(e.contains(setting), "{e}");

    // Nothing listens on this port.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let e = event_create_fails(&format!("postgres://postgres:secret@127.0.0.1:{port}/db"));
    assert!(e.contains("nothing accepts connections"), "{e}");
    assert!(e.contains(setting), "{e}");
    assert!(!e.contains("secret"), "the password is never echoed: {e}");

    // TLS required by the URL, not offered by this server.
    let e = event_create_fails(&format!("{}?sslmode=require", pg.url("postgres")));
    assert!(
        e.contains("does not offer it") && e.contains(setting),
        "{e}"
    );
}
