//! Why the platform could not connect to PostgreSQL, said so an operator
//! knows what to change: which setting (the flag and the environment
//! variable), and what is wrong with it. The URL is never echoed (it may
//! hold a password).

use deadpool_postgres::PoolError;
use tokio_postgres::error::SqlState;

use super::postgres::pg_error;
use super::DbError;

/// Where the connection settings come from.
pub const SETTING: &str = "--database-url (or PLEDGE_SERVER_DATABASE_URL)";

/// The first connection's failure, explained.
pub fn connect_error(e: PoolError) -> DbError {
    let why = match &e {
        PoolError::Backend(pg) => explain(pg),
        PoolError::Timeout(_) => Some(format!(
            "PostgreSQL did not answer within 5 seconds at the host and port of {SETTING}: \
             is the host right, and does a firewall let the connection through?"
        )),
        _ => None,
    };
    match (why, e) {
        (Some(why), _) => DbError::Other(format!("cannot connect to PostgreSQL: {why}")),
        (None, PoolError::Backend(pg)) => pg_error(pg),
        (None, other) => DbError::Other(format!("cannot connect to PostgreSQL: {other}")),
    }
}

fn explain(e: &tokio_postgres::Error) -> Option<String> {
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        return Some(if *code == SqlState::INVALID_CATALOG_NAME {
            format!(
                "the database named in {SETTING} does not exist ({}): create it (createdb NAME) \
                 or correct the name",
                db.message()
            )
        } else if *code == SqlState::INVALID_PASSWORD {
            format!("PostgreSQL refused the password of the user in {SETTING}")
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION
            && db.message().contains("no encryption")
        {
            format!(
                "PostgreSQL takes this connection only over TLS: add ?sslmode=require (or \
                 sslmode=verify-full&sslrootcert=FILE) to {SETTING}"
            )
        } else if *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            format!(
                "PostgreSQL refused this user, database or client address ({}): see its \
                 pg_hba.conf, or the user in {SETTING}",
                db.message()
            )
        } else {
            return None;
        });
    }
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        if let Some(io) = cause.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => {
                    return Some(format!(
                        "nothing accepts connections at the host and port of {SETTING}: is \
                         PostgreSQL running and listening there (listen_addresses, port)?"
                    ))
                }
                std::io::ErrorKind::NotFound => {
                    return Some(format!("the host in {SETTING} cannot be resolved: {io}"))
                }
                _ => {}
            }
        }
        let text = cause.to_string();
        if text.contains("server does not support TLS") {
            return Some(format!(
                "the sslmode in {SETTING} requires TLS, but this PostgreSQL does not offer it \
                 (ssl=off): enable ssl on the server, or use sslmode=disable on a trusted network"
            ));
        }
        if text.to_lowercase().contains("certificate") {
            return Some(format!(
                "PostgreSQL's TLS certificate was not accepted ({text}): with \
                 sslmode=verify-full, give the CA that signed it as sslrootcert=FILE in {SETTING}"
            ));
        }
        source = cause.source();
    }
    None
}
