//! Small per-install settings (the event this laptop serves, …).

use rusqlite::{params, Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Store, StoreError};

/// The event this device serves; every pledge signed here carries its id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EventSettings {
    /// A slug `[a-z0-9-]{3,64}`, e.g. `kigali-2022`.
    pub event_id: String,
    pub event_name: String,
}

/// The settings holding this device's enrolment (its token, then its
/// role): they belong to one identity and go with it when it is retired.
pub const SYNC_TOKEN_SETTINGS: [&str; 2] = ["sync.device_token", "sync.role"];

impl Store {
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        upsert_setting(&self.conn, key, value)?;
        Ok(())
    }

    pub fn event(&self) -> Result<Option<EventSettings>, StoreError> {
        match (self.setting("event_id")?, self.setting("event_name")?) {
            (Some(event_id), name) => Ok(Some(EventSettings {
                event_id,
                event_name: name.unwrap_or_default(),
            })),
            _ => Ok(None),
        }
    }

    /// Sets the event; refuses an id that is not a slug.
    pub fn set_event(&mut self, event: &EventSettings) -> Result<(), StoreError> {
        if !pledge_core::is_event_id(&event.event_id) {
            return Err(StoreError::InvalidEventId);
        }
        let tx = self.conn.transaction()?;
        for (k, v) in [
            ("event_id", &event.event_id),
            ("event_name", &event.event_name),
        ] {
            upsert_setting(&tx, k, v.trim())?;
        }
        tx.commit()?;
        Ok(())
    }
}

/// Sets one setting, inside whatever transaction `conn` is in.
pub(crate) fn upsert_setting(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )
}

const DELEGATE_IDLE: &str = "delegate.idle_timeout_secs";
/// A delegate's sitting ends after this long without activity (10 min).
pub const DEFAULT_DELEGATE_IDLE_SECS: u32 = 600;
/// The shortest and longest idle times staff may set (1 min to 2 h).
pub const DELEGATE_IDLE_RANGE: std::ops::RangeInclusive<u32> = 60..=7200;

impl Store {
    /// How long a delegate's sitting lasts without activity.
    pub fn delegate_idle_secs(&self) -> Result<u32, StoreError> {
        Ok(self
            .setting(DELEGATE_IDLE)?
            .and_then(|v| v.parse().ok())
            .filter(|v| DELEGATE_IDLE_RANGE.contains(v))
            .unwrap_or(DEFAULT_DELEGATE_IDLE_SECS))
    }

    /// Sets it (staff), kept within [`DELEGATE_IDLE_RANGE`]; the value saved.
    pub fn set_delegate_idle_secs(&mut self, secs: u32) -> Result<u32, StoreError> {
        let secs = secs.clamp(*DELEGATE_IDLE_RANGE.start(), *DELEGATE_IDLE_RANGE.end());
        self.set_setting(DELEGATE_IDLE, &secs.to_string())?;
        Ok(secs)
    }
}
