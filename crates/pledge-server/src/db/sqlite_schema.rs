//! The SQLite schema. Migrations are never edited once shipped: add one.

use rusqlite_migration::{Migrations, M};

pub const SUPPORTED_VERSION: i64 = 5;

pub fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1), M::up(V2), M::up(V3), M::up(V4), M::up(V5)])
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

/// A pledge id is unique per signing device, not globally: another device
/// reusing an id is kept beside the first holder (`pledge_id_collision`,
/// DESIGN.md §4). SQLite cannot drop a UNIQUE constraint, so `pledges` and
/// `status_changes` (whose foreign key named that constraint) are rebuilt
/// with the same rows, `server_seq` and `seq` values, indexes and triggers.
/// DROP TABLE fires no triggers, so the never-deleted rule does not stop it.
const V2: &str = r#"
CREATE TABLE pledges_v2 (
    server_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    pledge_id TEXT NOT NULL,
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
        CHECK (status IN ('received', 'verified', 'published', 'rejected', 'superseded')),
    UNIQUE (pledge_id, device_id)
) STRICT;
INSERT INTO pledges_v2 SELECT server_seq, pledge_id, event_id, device_id, device_seq, supersedes,
    signed, signature, content_hash, signed_at, received_at, received_from, bundle_id, clock_skew,
    status FROM pledges ORDER BY server_seq;

CREATE TABLE status_changes_v2 (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    pledge_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    at TEXT NOT NULL,
    FOREIGN KEY (pledge_id, device_id) REFERENCES pledges_v2(pledge_id, device_id)
) STRICT;
INSERT INTO status_changes_v2 SELECT seq, pledge_id, event_id, device_id, status, reason, at
    FROM status_changes ORDER BY seq;

DROP TABLE status_changes;
DROP TABLE pledges;
ALTER TABLE pledges_v2 RENAME TO pledges;
ALTER TABLE status_changes_v2 RENAME TO status_changes;

CREATE INDEX pledges_by_device ON pledges(device_id, device_seq);
CREATE INDEX pledges_by_event ON pledges(event_id, server_seq);
CREATE TRIGGER pledges_immutable BEFORE UPDATE OF server_seq, pledge_id, event_id,
    device_id, device_seq, supersedes, signed, signature, content_hash, signed_at,
    received_at, received_from, bundle_id, clock_skew ON pledges
BEGIN SELECT RAISE(ABORT, 'a stored pledge is immutable'); END;
CREATE TRIGGER pledges_never_deleted BEFORE DELETE ON pledges
BEGIN SELECT RAISE(ABORT, 'a stored pledge is never deleted'); END;
CREATE INDEX status_changes_by_event ON status_changes(event_id, seq);
CREATE INDEX status_changes_by_device ON status_changes(device_id, seq);
"#;

/// A device first learned from a bundle (vouched for by a staff device) is
/// *key unconfirmed* until a person compares its fingerprint with that
/// laptop's Settings (`device confirm-key`) or it enrols with a proof of
/// its key; its pledges cannot be published before then.
const V3: &str = "ALTER TABLE devices ADD COLUMN key_confirmed_at TEXT;";

/// The secretariat's decisions (`pledge_core::decision`): who, when, from
/// what, to what and why, beside the feed event each one made. Append-only.
/// And when an event's enrolment codes were last rotated.
const V4: &str = r#"
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pledge_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL CHECK (to_status IN ('verified', 'published', 'rejected')),
    reason TEXT,
    reopen INTEGER NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    feed_seq INTEGER NOT NULL REFERENCES status_changes(seq),
    FOREIGN KEY (pledge_id, device_id) REFERENCES pledges(pledge_id, device_id)
) STRICT;
CREATE INDEX decisions_by_pledge ON decisions(pledge_id, id);
CREATE TRIGGER decisions_never_changed BEFORE UPDATE ON decisions
BEGIN SELECT RAISE(ABORT, 'a recorded decision is never changed'); END;
CREATE TRIGGER decisions_never_deleted BEFORE DELETE ON decisions
BEGIN SELECT RAISE(ABORT, 'a recorded decision is never deleted'); END;
-- When `event rotate-codes` last replaced the enrolment codes.
ALTER TABLE events ADD COLUMN codes_rotated_at TEXT;
"#;

/// Laptops imaged from one master sign as one device (DESIGN.md §4): the
/// hashed machine fingerprint a device enrolled from, and when the platform
/// first saw the device id used by two machines (`device_seq_reused`).
const V5: &str = r#"
ALTER TABLE devices ADD COLUMN machine_hash TEXT;
ALTER TABLE devices ADD COLUMN reused_at TEXT;
"#;

#[cfg(test)]
mod tests {
    use rusqlite::Connection;
    use rusqlite_migration::{Migrations, M};

    use super::V1;
    use crate::db::sqlite::SqliteDb;

    const A: &str = "0190a1b2-0000-7000-8000-00000000000a";
    const B: &str = "0190a1b2-0000-7000-8000-00000000000b";
    const P: &str = "0190a1b2-0000-7000-8000-0000000000f1";

    fn insert_pledge(c: &Connection, pledge_id: &str, device: &str) -> rusqlite::Result<usize> {
        c.execute(
            "INSERT INTO pledges (pledge_id, event_id, device_id, device_seq, signed, signature, \
             content_hash, signed_at, received_at, received_from, clock_skew) \
             VALUES (?1, 'kigali-2022', ?2, 1, x'7b7d', x'00', 'h', 't', 't', ?2, 0)",
            [pledge_id, device],
        )
    }

    #[test]
    fn version_2_keeps_every_row_and_lets_another_device_hold_an_id() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.sqlite3");
        {
            // A database as version 1 left it, with a pledge and its change.
            let mut c = Connection::open(&path).unwrap();
            c.pragma_update(None, "foreign_keys", "ON").unwrap();
            Migrations::new(vec![M::up(V1)]).to_latest(&mut c).unwrap();
            c.execute_batch(&format!(
                "INSERT INTO events VALUES ('kigali-2022', 'K', 'd', 's', 't');
                 INSERT INTO devices (device_id, event_id, public_key, created_at) VALUES ('{A}', 'kigali-2022', 'ka', 't');
                 INSERT INTO devices (device_id, event_id, public_key, created_at) VALUES ('{B}', 'kigali-2022', 'kb', 't');"
            ))
            .unwrap();
            insert_pledge(&c, P, A).unwrap();
            assert!(
                insert_pledge(&c, P, B).is_err(),
                "version 1: one holder per id"
            );
            c.execute(
                "INSERT INTO status_changes (pledge_id, event_id, device_id, status, at) \
                 VALUES (?1, 'kigali-2022', ?2, 'received', 't')",
                [P, A],
            )
            .unwrap();
        }
        drop(SqliteDb::open(&path).unwrap());

        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "foreign_keys", "ON").unwrap();
        let version: i64 = c
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, super::SUPPORTED_VERSION);
        let kept: (i64, String) = c
            .query_row("SELECT server_seq, device_id FROM pledges", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(kept, (1, A.to_string()));
        let changes: i64 = c
            .query_row("SELECT count(*) FROM status_changes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(changes, 1);
        // Another device may now hold the id; the same device still may not.
        insert_pledge(&c, P, B).unwrap();
        assert!(insert_pledge(&c, P, A).is_err());
        let seq: i64 = c
            .query_row("SELECT max(server_seq) FROM pledges", [], |r| r.get(0))
            .unwrap();
        assert_eq!(seq, 2, "server_seq continues after the copied rows");
        // The rules of version 1 survive the rebuild.
        assert!(c.execute("DELETE FROM pledges", []).is_err());
        assert!(c
            .execute("UPDATE pledges SET signed = x'00' WHERE server_seq = 1", [])
            .is_err());
        assert!(c
            .execute(
                "INSERT INTO status_changes (pledge_id, event_id, device_id, status, at) \
                 VALUES (?1, 'kigali-2022', 'no-such-device', 'received', 't')",
                [P],
            )
            .is_err());
        let fk: Vec<String> = c
            .prepare("PRAGMA foreign_key_check")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(fk.is_empty(), "{fk:?}");
    }
}
