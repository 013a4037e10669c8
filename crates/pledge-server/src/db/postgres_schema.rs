//! The PostgreSQL schema, one entry per version. Never edit a shipped one.

pub const MIGRATIONS: &[&str] = &[V1, V2, V3, V4, V5];

const V1: &str = r#"
CREATE TABLE events (
    event_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    delegate_code_hash TEXT NOT NULL,
    staff_code_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);

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
);

CREATE TABLE pledges (
    server_seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pledge_id TEXT NOT NULL UNIQUE,
    event_id TEXT NOT NULL REFERENCES events(event_id),
    device_id TEXT NOT NULL REFERENCES devices(device_id),
    device_seq BIGINT NOT NULL,
    supersedes TEXT,
    signed BYTEA NOT NULL,
    signature BYTEA NOT NULL,
    content_hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_from TEXT NOT NULL,
    bundle_id TEXT,
    clock_skew BOOLEAN NOT NULL,
    status TEXT NOT NULL DEFAULT 'received'
        CHECK (status IN ('received', 'verified', 'published', 'rejected', 'superseded'))
);
CREATE INDEX pledges_by_device ON pledges(device_id, device_seq);
CREATE INDEX pledges_by_event ON pledges(event_id, server_seq);

-- Only the status of a stored pledge ever changes; nothing is deleted.
CREATE FUNCTION pledges_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a stored pledge is never deleted';
    END IF;
    IF (NEW.server_seq, NEW.pledge_id, NEW.event_id, NEW.device_id, NEW.device_seq,
        NEW.supersedes, NEW.signed, NEW.signature, NEW.content_hash, NEW.signed_at,
        NEW.received_at, NEW.received_from, NEW.bundle_id, NEW.clock_skew)
       IS DISTINCT FROM
       (OLD.server_seq, OLD.pledge_id, OLD.event_id, OLD.device_id, OLD.device_seq,
        OLD.supersedes, OLD.signed, OLD.signature, OLD.content_hash, OLD.signed_at,
        OLD.received_at, OLD.received_from, OLD.bundle_id, OLD.clock_skew) THEN
        RAISE EXCEPTION 'a stored pledge is immutable';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER pledges_immutable BEFORE UPDATE OR DELETE ON pledges
    FOR EACH ROW EXECUTE FUNCTION pledges_guard();

-- Newcomers that reused a stored pledge id with other bytes.
CREATE TABLE pledge_conflicts (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pledge_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    signed BYTEA NOT NULL,
    signature BYTEA NOT NULL,
    content_hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_from TEXT NOT NULL,
    bundle_id TEXT,
    UNIQUE (pledge_id, content_hash)
);

CREATE TABLE status_changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pledge_id TEXT NOT NULL REFERENCES pledges(pledge_id),
    event_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    status TEXT NOT NULL,
    reason TEXT,
    at TEXT NOT NULL
);
CREATE INDEX status_changes_by_event ON status_changes(event_id, seq);
CREATE INDEX status_changes_by_device ON status_changes(device_id, seq);
"#;

/// A pledge id is unique per signing device, not globally: another device
/// reusing an id is kept beside the first holder (`pledge_id_collision`,
/// DESIGN.md §4). Status changes point at (pledge_id, device_id).
const V2: &str = r#"
ALTER TABLE status_changes DROP CONSTRAINT status_changes_pledge_id_fkey;
ALTER TABLE pledges DROP CONSTRAINT pledges_pledge_id_key;
ALTER TABLE pledges ADD CONSTRAINT pledges_pledge_id_device_id_key UNIQUE (pledge_id, device_id);
ALTER TABLE status_changes ADD CONSTRAINT status_changes_pledge_fkey
    FOREIGN KEY (pledge_id, device_id) REFERENCES pledges(pledge_id, device_id);
"#;

/// A device first learned from a bundle is *key unconfirmed* until a person
/// confirms its fingerprint (`device confirm-key`) or it enrols with a proof
/// of its key; its pledges cannot be published before then.
const V3: &str = "ALTER TABLE devices ADD COLUMN key_confirmed_at TEXT;";

/// The secretariat's decisions (`pledge_core::decision`): who, when, from
/// what, to what and why, beside the feed event each one made. Append-only.
/// And when an event's enrolment codes were last rotated.
const V4: &str = r#"
CREATE TABLE decisions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    pledge_id TEXT NOT NULL,
    device_id TEXT NOT NULL,
    event_id TEXT NOT NULL,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL CHECK (to_status IN ('verified', 'published', 'rejected')),
    reason TEXT,
    reopen BOOLEAN NOT NULL,
    decided_by TEXT NOT NULL,
    decided_at TEXT NOT NULL,
    feed_seq BIGINT NOT NULL REFERENCES status_changes(seq),
    FOREIGN KEY (pledge_id, device_id) REFERENCES pledges(pledge_id, device_id)
);
CREATE INDEX decisions_by_pledge ON decisions(pledge_id, id);
CREATE FUNCTION decisions_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a recorded decision is never changed or deleted';
END
$$;
CREATE TRIGGER decisions_append_only BEFORE UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION decisions_guard();
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
