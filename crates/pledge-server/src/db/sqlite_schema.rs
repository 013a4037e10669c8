//! The SQLite schema. Migrations are never edited once shipped: add one.

use rusqlite_migration::{Migrations, M};

pub const SUPPORTED_VERSION: i64 = 1;

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1)])
}

const V1: &str = r#"
CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    delegate_code_hash TEXT NOT NULL,
    staff_code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

-- role NULL: a device only vouched for by a staff device's bundle.
CREATE TABLE devices (
    device_id TEXT PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(event_id),
    public_key TEXT NOT NULL,
    role TEXT CHECK (role IN ('delegate', 'staff')),
    name TEXT,
    app_version TEXT,
    token_hash TEXT UNIQUE,
    vouched_by TEXT,
    created_at TEXT NOT NULL,
    enrolled_at TEXT,
    revoked_at TEXT
) STRICT;

CREATE TABLE pledges (
    server_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    pledge_id TEXT NOT NULL UNIQUE,
    event_id TEXT NOT NULL REFERENCES events(event_id),
    device_id TEXT NOT NULL REFERENCES devices(device_id),
    device_seq INTEGER NOT NULL,
    supersedes TEXT,
    signed BLOB NOT NULL,
    signature BLOB NOT NULL,
    content_hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_from TEXT NOT NULL,
    bundle_id TEXT,
    clock_skew INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'verified', 'published', 'rejected', 'superseded'))
) STRICT;
CREATE INDEX pledges_by_device ON pledges(device_id, device_seq);
CREATE INDEX pledges_by_event ON pledges(event_id, server_seq);

-- Only the status of a stored pledge ever changes; nothing is deleted.
CREATE TRIGGER pledges_immutable BEFORE UPDATE OF server_seq, pledge_id, event_id,
    device_id, device_seq, supersedes, signed, signature, content_hash, signed_at,
    received_at, received_from, bundle_id, clock_skew ON pledges
BEGIN SELECT RAISE(ABORT, 'a stored pledge is immutable'); END;
CREATE TRIGGER pledges_never_deleted BEFORE DELETE ON pledges
BEGIN SELECT RAISE(ABORT, 'a stored pledge is never deleted'); END;

-- Newcomers that reused a stored pledge id with other bytes.
CREATE TABLE pledge_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pledge_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    signed BLOB NOT NULL,
    signature BLOB NOT NULL,
    content_hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_from TEXT NOT NULL,
    bundle_id TEXT,
    UNIQUE (pledge_id, content_hash)
) STRICT;

CREATE TABLE status_changes (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    pledge_id TEXT NOT NULL REFERENCES pledges(pledge_id),
    event_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    at TEXT NOT NULL
) STRICT;
CREATE INDEX status_changes_by_event ON status_changes(event_id, seq);
CREATE INDEX status_changes_by_device ON status_changes(device_id, seq);
"#;
