//! Staff mode on a shared laptop (DESIGN.md §1): the PIN that opens it
//! (stored as an Argon2id hash, never in clear), the lock-out after repeated
//! wrong PINs (kept in the database, so restarting the app does not reset
//! it), the staff settings, and the in-memory session that locks itself
//! after inactivity.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::settings::upsert_setting;
use crate::{timestamp, Store, StoreError};

pub const MIN_PIN: usize = 4;
pub const MAX_PIN: usize = 12;
/// Wrong PINs in a row before staff mode locks for a while.
pub const TRIES_BEFORE_LOCKOUT: u32 = 5;
/// The first lock-out; each further one doubles, up to an hour.
pub const FIRST_LOCKOUT_SECS: i64 = 5 * 60;
const MAX_LOCKOUT_SECS: i64 = 60 * 60;
pub const DEFAULT_IDLE_TIMEOUT_SECS: u32 = 5 * 60;
const MIN_IDLE_TIMEOUT_SECS: u32 = 60;
const MAX_IDLE_TIMEOUT_SECS: u32 = 8 * 60 * 60;

const PIN_HASH: &str = "staff.pin_hash";
const FAILED: &str = "staff.failed_attempts";
const LOCKED_UNTIL: &str = "staff.locked_until";
const IDLE_TIMEOUT: &str = "staff.idle_timeout_secs";
pub(crate) const HOLD_SUBMISSIONS: &str = "hold_submissions";

/// What the window needs to know to show the PIN dialog or staff mode.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StaffStatus {
    pub pin_set: bool,
    pub unlocked: bool,
    pub failed_attempts: u32,
    /// Wrong PINs in a row that lock staff mode for a while.
    pub tries_before_lockout: u32,
    /// RFC 3339; set while wrong PINs keep staff mode locked.
    pub locked_until: Option<String>,
    pub idle_timeout_secs: u32,
    /// A delegate's sitting ends after this long without activity; the
    /// window clears the form then (the draft stays for staff).
    pub delegate_idle_secs: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StaffSettings {
    /// Keep signed pledges on this laptop until staff submit them in a batch.
    pub hold_submissions: bool,
    pub idle_timeout_secs: u32,
}

fn valid_pin(pin: &str) -> Result<(), StoreError> {
    if (MIN_PIN..=MAX_PIN).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(StoreError::InvalidPin)
    }
}

fn hash_pin(pin: &str) -> Result<String, StoreError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| StoreError::DataDir(format!("the PIN could not be hashed: {e}")))
}

impl Store {
    /// Has a staff PIN been set (first use done)?
    pub fn pin_set(&self) -> Result<bool, StoreError> {
        Ok(self.pin_hash()?.is_some())
    }

    fn pin_hash(&self) -> Result<Option<String>, StoreError> {
        self.setting(PIN_HASH)
    }

    fn failed_attempts(&self) -> Result<u32, StoreError> {
        Ok(self
            .setting(FAILED)?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0))
    }

    fn locked_until(&self) -> Result<Option<DateTime<Utc>>, StoreError> {
        let now = (self.clock)();
        Ok(self
            .setting(LOCKED_UNTIL)?
            .and_then(|v| DateTime::parse_from_rfc3339(&v).ok())
            .map(|t| t.with_timezone(&Utc))
            .filter(|t| *t > now))
    }

    /// The PIN state as stored; `unlocked` is the caller's session's to say.
    pub fn staff_status(&self, unlocked: bool) -> Result<StaffStatus, StoreError> {
        Ok(StaffStatus {
            pin_set: self.pin_set()?,
            unlocked,
            failed_attempts: self.failed_attempts()?,
            tries_before_lockout: TRIES_BEFORE_LOCKOUT,
            locked_until: self.locked_until()?.map(timestamp),
            idle_timeout_secs: self.staff_settings()?.idle_timeout_secs,
            delegate_idle_secs: self.delegate_idle_secs()?,
        })
    }

    /// Checks a PIN, counting wrong ones: after `TRIES_BEFORE_LOCKOUT` in a
    /// row staff mode is locked for a while (longer each time), whatever
    /// PIN is typed meanwhile.
    pub fn check_staff_pin(&mut self, pin: &str) -> Result<(), StoreError> {
        if let Some(until) = self.locked_until()? {
            return Err(StoreError::PinLockedOut {
                until: timestamp(until),
            });
        }
        let stored = self.pin_hash()?.ok_or(StoreError::PinNotSet)?;
        let right = valid_pin(pin).is_ok()
            && PasswordHash::new(&stored)
                .map(|h| {
                    Argon2::default()
                        .verify_password(pin.as_bytes(), &h)
                        .is_ok()
                })
                .unwrap_or(false);
        if right {
            self.set_setting(FAILED, "0")?;
            return Ok(());
        }
        let failed = self.failed_attempts()? + 1;
        self.set_setting(FAILED, &failed.to_string())?;
        if failed % TRIES_BEFORE_LOCKOUT == 0 {
            let lockouts = failed / TRIES_BEFORE_LOCKOUT;
            let secs = (FIRST_LOCKOUT_SECS << (lockouts - 1).min(8)).min(MAX_LOCKOUT_SECS);
            let until = (self.clock)() + Duration::seconds(secs);
            self.set_setting(LOCKED_UNTIL, &timestamp(until))?;
            return Err(StoreError::PinLockedOut {
                until: timestamp(until),
            });
        }
        Err(StoreError::WrongPin {
            left: TRIES_BEFORE_LOCKOUT - failed % TRIES_BEFORE_LOCKOUT,
        })
    }

    /// Sets the staff PIN: on first use without `current`; to change it,
    /// `current` must be the PIN in force (wrong ones count as above).
    pub fn set_staff_pin(&mut self, pin: &str, current: Option<&str>) -> Result<(), StoreError> {
        valid_pin(pin)?;
        if self.pin_hash()?.is_some() {
            self.check_staff_pin(current.unwrap_or(""))?;
        }
        let hash = hash_pin(pin)?;
        self.set_setting(PIN_HASH, &hash)?;
        self.set_setting(FAILED, "0")
    }

    pub fn staff_settings(&self) -> Result<StaffSettings, StoreError> {
        Ok(StaffSettings {
            hold_submissions: self.setting(HOLD_SUBMISSIONS)?.as_deref() == Some("true"),
            idle_timeout_secs: self
                .setting(IDLE_TIMEOUT)?
                .and_then(|v| v.parse().ok())
                .unwrap_or(DEFAULT_IDLE_TIMEOUT_SECS),
        })
    }

    /// Saves the staff settings. Turning "hold submissions" off releases
    /// every held pledge that is not waiting in an unsubmitted batch.
    pub fn set_staff_settings(&mut self, s: &StaffSettings) -> Result<StaffSettings, StoreError> {
        let idle = s
            .idle_timeout_secs
            .clamp(MIN_IDLE_TIMEOUT_SECS, MAX_IDLE_TIMEOUT_SECS);
        let now = self.now();
        let tx = self.conn.transaction()?;
        for (key, value) in [
            (HOLD_SUBMISSIONS, s.hold_submissions.to_string()),
            (IDLE_TIMEOUT, idle.to_string()),
        ] {
            upsert_setting(&tx, key, &value)?;
        }
        if !s.hold_submissions {
            tx.execute(
                "UPDATE outbox SET state = 'queued', updated_at = ?1 WHERE state = 'signed'
                 AND pledge_id NOT IN (SELECT m.pledge_id FROM batch_members m
                     JOIN batches b USING (batch_id) WHERE b.submitted_at IS NULL)",
                [now],
            )?;
        }
        tx.commit()?;
        self.staff_settings()
    }
}

/// Whether staff mode is open in this window, and since when it was last
/// used. Kept in memory only: every start of the app is in delegate mode.
#[derive(Debug, Clone, Default)]
pub struct StaffSession {
    last_activity: Option<DateTime<Utc>>,
}

impl StaffSession {
    pub fn unlock(&mut self, now: DateTime<Utc>) {
        self.last_activity = Some(now);
    }

    pub fn lock(&mut self) {
        self.last_activity = None;
    }

    /// Is staff mode open (without counting this as activity)?
    pub fn is_open(&mut self, now: DateTime<Utc>, idle_timeout_secs: u32) -> bool {
        match self.last_activity {
            Some(t) if now - t <= Duration::seconds(idle_timeout_secs.into()) => true,
            _ => {
                self.last_activity = None;
                false
            }
        }
    }

    /// For a staff action: fails when staff mode is closed or timed out
    /// (then it locks), else counts as activity.
    pub fn require(
        &mut self,
        now: DateTime<Utc>,
        idle_timeout_secs: u32,
    ) -> Result<(), StoreError> {
        let was_open = self.last_activity.is_some();
        if self.is_open(now, idle_timeout_secs) {
            self.last_activity = Some(now);
            Ok(())
        } else if was_open {
            Err(StoreError::StaffLocked {
                minutes: u64::from(idle_timeout_secs).div_ceil(60),
            })
        } else {
            Err(StoreError::StaffOnly)
        }
    }
}
