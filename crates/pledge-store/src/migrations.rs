//! Schema history. A migration is never edited once shipped: add a new one.
//! All pending migrations run in one transaction (rusqlite_migration).

use rusqlite_migration::{Migrations, M};

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(V1_DRAFTS)])
}

/// The number of migrations this binary knows: the highest schema version
/// it can open.
pub(crate) const SUPPORTED_VERSION: usize = 1;

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
