//! Schema history. A migration is never edited once shipped: add a new one.
//! All pending migrations run in one transaction (rusqlite_migration).

use rusqlite_migration::{Migrations, M};

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(V1_DRAFTS),
        M::up(V2_SIGNING),
        M::up(V3_STAFF),
        M::up(V4_MACHINE),
    ])
}

/// The number of migrations this binary knows: the highest schema version
/// it can open.
pub(crate) const SUPPORTED_VERSION: usize = 4;

const V1_DRAFTS: &str = r#"
CREATE TABLE drafts (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    content     TEXT NOT NULL CHECK (json_valid(content)),
    revision    INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    supersedes  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    deleted_at  TEXT
) STRICT;
CREATE INDEX drafts_by_update ON drafts (deleted_at, updated_at DESC);

-- Search over title, pledger names and countries (codes and names); rowid = drafts.seq.
CREATE VIRTUAL TABLE draft_search USING fts5 (
    title, pledgers, countries,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
"#;

/// Device identity, sealed pledges (immutable, enforced here), the outbox.
const V2_SIGNING: &str = r#"
CREATE TABLE device (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    device_id   TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    -- the next device_seq; assigned in the sealing transaction, so no gaps
    next_seq    INTEGER NOT NULL DEFAULT 1 CHECK (next_seq >= 1)
) STRICT;

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
) STRICT;

ALTER TABLE drafts ADD COLUMN sealed_as TEXT;

CREATE TRIGGER drafts_sealed_are_frozen
BEFORE UPDATE OF content, revision ON drafts WHEN OLD.sealed_as IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'this draft was signed and can no longer change; amend the pledge instead');
END;

CREATE TABLE pledges (
    seq           INTEGER PRIMARY KEY,
    pledge_id     TEXT NOT NULL UNIQUE,
    draft_id      TEXT REFERENCES drafts (id),
    device_id     TEXT NOT NULL,
    device_seq    INTEGER NOT NULL,
    event_id      TEXT NOT NULL,
    supersedes    TEXT,
    signed        BLOB NOT NULL,
    signature     BLOB NOT NULL CHECK (length(signature) = 64),
    public_key    TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    signed_at     TEXT NOT NULL,
    title         TEXT NOT NULL,
    stored_at     TEXT NOT NULL,
    UNIQUE (device_id, device_seq)
) STRICT;

CREATE TRIGGER pledges_are_immutable BEFORE UPDATE ON pledges
BEGIN
    SELECT RAISE(ABORT, 'a signed pledge is immutable; amend it instead');
END;

CREATE TRIGGER pledges_are_kept BEFORE DELETE ON pledges
BEGIN
    SELECT RAISE(ABORT, 'signed pledges are never deleted');
END;

-- Delivery state of each pledge (transactional outbox, DESIGN.md §4).
CREATE TABLE outbox (
    pledge_id      TEXT PRIMARY KEY REFERENCES pledges (pledge_id),
    state          TEXT NOT NULL CHECK (state IN
                     ('signed', 'queued', 'sending', 'acknowledged', 'rejected', 'conflict')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    server_seq     INTEGER,
    received_at    TEXT,
    code           TEXT,
    message        TEXT,
    server_status  TEXT,
    status_reason  TEXT,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_by_state ON outbox (state);
"#;

/// Event staff: batches, pledges carried in from other laptops by bundle,
/// and which bundles went out and came in.
const V3_STAFF: &str = r#"
-- the bundle a pledge signed on another laptop arrived in; NULL for our own
ALTER TABLE pledges ADD COLUMN imported_from TEXT;

CREATE TABLE batches (
    seq           INTEGER PRIMARY KEY,
    batch_id      TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    created_at    TEXT NOT NULL,
    submitted_at  TEXT
) STRICT;

-- the primary key makes "a pledge belongs to at most one batch" a fact of the schema
CREATE TABLE batch_members (
    pledge_id  TEXT PRIMARY KEY REFERENCES pledges (pledge_id),
    batch_id   TEXT NOT NULL REFERENCES batches (batch_id),
    added_at   TEXT NOT NULL
) STRICT;
CREATE INDEX batch_members_by_batch ON batch_members (batch_id);

CREATE TABLE bundles_exported (
    bundle_id   TEXT PRIMARY KEY,
    created_at  TEXT NOT NULL,
    items       INTEGER NOT NULL,
    bytes       INTEGER NOT NULL
) STRICT;

CREATE TABLE bundle_export_items (
    bundle_id  TEXT NOT NULL REFERENCES bundles_exported (bundle_id),
    pledge_id  TEXT NOT NULL REFERENCES pledges (pledge_id),
    PRIMARY KEY (pledge_id, bundle_id)
) STRICT;

CREATE TABLE bundles_imported (
    bundle_id           TEXT PRIMARY KEY,
    exporter_device_id  TEXT NOT NULL,
    event_id            TEXT NOT NULL,
    created_at          TEXT NOT NULL,
    imported_at         TEXT NOT NULL,
    items               INTEGER NOT NULL,
    created             INTEGER NOT NULL
) STRICT;

-- a bundle carried other bytes under a pledge id this laptop holds: the
-- first stays, the newcomer is kept here for staff to look at
CREATE TABLE import_conflicts (
    pledge_id   TEXT NOT NULL,
    bundle_id   TEXT NOT NULL,
    signed      BLOB NOT NULL,
    signature   BLOB NOT NULL,
    public_key  TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (pledge_id, bundle_id)
) STRICT;
"#;

/// The identity is bound to the machine it was made on (issue 25): a hash
/// of the machine's id, never the id. An identity retired because the data
/// directory moved to another machine or the platform saw another laptop
/// sign as it keeps its key file (under `key_file`) and the token it was
/// enrolled with; the pledges it signed stay as they are.
const V4_MACHINE: &str = r#"
ALTER TABLE device ADD COLUMN machine_hash TEXT;

CREATE TABLE retired_devices (
    device_id      TEXT PRIMARY KEY,
    public_key     TEXT NOT NULL,
    key_file       TEXT NOT NULL,
    reason         TEXT NOT NULL CHECK (reason IN ('other_machine', 'device_seq_reused')),
    token          TEXT,
    retired_at     TEXT NOT NULL,
    new_device_id  TEXT NOT NULL
) STRICT;
"#;
