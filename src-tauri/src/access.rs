//! Who may see what on a shared laptop (DESIGN.md §1): in delegate mode a
//! window sees only the drafts and pledges of the current sitting; staff
//! mode, opened with the PIN, sees everything until it is locked or times
//! out. Enforced here, for every command — not only by hiding screens.
//! A sitting ends when the receipt is closed, when a new form starts, and
//! after the idle time staff set (10 min by default) without activity: the
//! next delegate at the laptop cannot open the previous one's work.

use std::collections::HashSet;
use std::sync::Mutex;

use chrono::{DateTime, Utc};

use pledge_store::{StaffSession, Store};

use crate::{AppError, AppState, ErrorCode};

/// The mode and the sitting, kept in memory: every start is delegate mode
/// with an empty sitting.
#[derive(Default)]
pub struct Access {
    staff: Mutex<StaffSession>,
    sitting: Mutex<Sitting>,
}

/// Draft and pledge ids started or signed in this sitting, and when the
/// sitting was last active.
#[derive(Default)]
struct Sitting {
    ids: HashSet<String>,
    last_active: Option<DateTime<Utc>>,
}

impl Sitting {
    /// Ends the sitting if it has been idle longer than `idle` seconds.
    fn expire(&mut self, now: DateTime<Utc>, idle: u32) {
        if self
            .last_active
            .is_some_and(|t| (now - t).num_seconds() > i64::from(idle))
        {
            self.ids.clear();
            self.last_active = None;
        }
    }
}

fn poisoned() -> AppError {
    AppError::new(
        ErrorCode::Internal,
        "Restart Pledge Desk: an earlier failure left the window's state unusable.",
    )
}

fn idle_timeout(store: &Store) -> Result<u32, AppError> {
    Ok(store.staff_settings()?.idle_timeout_secs)
}

impl Access {
    /// Is staff mode open now, given the idle timeout (not counting as activity)?
    pub fn staff_open(&self, idle: u32) -> Result<bool, AppError> {
        let mut s = self.staff.lock().map_err(|_| poisoned())?;
        Ok(s.is_open(chrono::Utc::now(), idle))
    }

    /// For a staff command: refuses in delegate mode or after the idle
    /// timeout; otherwise counts as activity.
    pub fn require_staff(&self, store: &Store) -> Result<(), AppError> {
        let idle = idle_timeout(store)?;
        let mut s = self.staff.lock().map_err(|_| poisoned())?;
        Ok(s.require(chrono::Utc::now(), idle)?)
    }

    pub fn unlock(&self) -> Result<(), AppError> {
        self.staff
            .lock()
            .map_err(|_| poisoned())?
            .unlock(chrono::Utc::now());
        Ok(())
    }

    pub fn lock(&self) -> Result<(), AppError> {
        self.staff.lock().map_err(|_| poisoned())?.lock();
        Ok(())
    }

    /// Adds a draft or pledge to the sitting (an idle sitting ends first).
    pub fn join_sitting(&self, store: &Store, id: &str) -> Result<(), AppError> {
        let idle = store.delegate_idle_secs()?;
        self.join_sitting_at(Utc::now(), idle, id)
    }

    fn join_sitting_at(&self, now: DateTime<Utc>, idle: u32, id: &str) -> Result<(), AppError> {
        let mut sitting = self.sitting.lock().map_err(|_| poisoned())?;
        sitting.expire(now, idle);
        sitting.ids.insert(id.to_owned());
        sitting.last_active = Some(now);
        Ok(())
    }

    /// A new form: a sitting of its own, with nothing of the one before.
    pub fn start_sitting(&self, id: &str) -> Result<(), AppError> {
        self.end_sitting()?;
        self.join_sitting_at(Utc::now(), u32::MAX, id)
    }

    pub fn end_sitting(&self) -> Result<(), AppError> {
        let mut sitting = self.sitting.lock().map_err(|_| poisoned())?;
        sitting.ids.clear();
        sitting.last_active = None;
        Ok(())
    }

    /// A draft or pledge of this sitting (not idle for longer than staff
    /// allow), or staff mode.
    pub fn require_sitting(&self, store: &Store, id: &str) -> Result<(), AppError> {
        let idle = store.delegate_idle_secs()?;
        if self.in_sitting_at(Utc::now(), idle, id)? {
            return Ok(());
        }
        self.require_staff(store)
    }

    /// Whether `id` is in the sitting at `now`; counts as activity.
    fn in_sitting_at(&self, now: DateTime<Utc>, idle: u32, id: &str) -> Result<bool, AppError> {
        let mut sitting = self.sitting.lock().map_err(|_| poisoned())?;
        sitting.expire(now, idle);
        if !sitting.ids.contains(id) {
            return Ok(false);
        }
        sitting.last_active = Some(now);
        Ok(true)
    }
}

impl AppState {
    /// For a staff command that does not need the store itself.
    pub fn require_staff(&self) -> Result<(), AppError> {
        let store = self.store()?;
        self.access.require_staff(&store)
    }

    /// The store, for a staff command (see `Access::require_staff`).
    pub fn staff_store(&self) -> Result<std::sync::MutexGuard<'_, Store>, AppError> {
        let store = self.store()?;
        self.access.require_staff(&store)?;
        Ok(store)
    }

    /// For support and backup actions: staff mode, except when the store
    /// could not be opened at all — then there is no PIN to check, and the
    /// window's only job is to offer a backup.
    pub fn require_staff_or_no_store(&self) -> Result<(), AppError> {
        match self.store() {
            Ok(store) => self.access.require_staff(&store),
            Err(_) => Ok(()),
        }
    }

    /// The store, for something of this sitting (or staff mode).
    pub fn sitting_store(&self, id: &str) -> Result<std::sync::MutexGuard<'_, Store>, AppError> {
        let store = self.store()?;
        self.access.require_sitting(&store, id)?;
        Ok(store)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{Duration, Utc};

    use super::Access;

    #[test]
    fn an_idle_sitting_ends_and_activity_keeps_it() {
        let access = Access::default();
        let t0 = Utc::now();
        let idle = 600;
        access.join_sitting_at(t0, idle, "draft-1").unwrap();
        // Activity within the idle time keeps the sitting going.
        let t1 = t0 + Duration::seconds(500);
        assert!(access.in_sitting_at(t1, idle, "draft-1").unwrap());
        let t2 = t1 + Duration::seconds(500);
        assert!(access.in_sitting_at(t2, idle, "draft-1").unwrap());
        assert!(!access.in_sitting_at(t2, idle, "someone-else").unwrap());
        // Idle longer than staff allow: the sitting is over, for good.
        let t3 = t2 + Duration::seconds(601);
        assert!(!access.in_sitting_at(t3, idle, "draft-1").unwrap());
        assert!(!access.in_sitting_at(t3, u32::MAX, "draft-1").unwrap());
        // The next delegate's draft starts a sitting without the old one.
        access.join_sitting_at(t3, idle, "draft-2").unwrap();
        assert!(access.in_sitting_at(t3, idle, "draft-2").unwrap());
        assert!(!access.in_sitting_at(t3, idle, "draft-1").unwrap());
    }

    #[test]
    fn a_new_form_ends_the_sitting_before() {
        let access = Access::default();
        let now = Utc::now();
        access.join_sitting_at(now, 600, "draft-1").unwrap();
        access.join_sitting_at(now, 600, "pledge-1").unwrap();
        access.start_sitting("draft-2").unwrap();
        let later = Utc::now();
        assert!(!access.in_sitting_at(later, 600, "draft-1").unwrap());
        assert!(!access.in_sitting_at(later, 600, "pledge-1").unwrap());
        assert!(access.in_sitting_at(later, 600, "draft-2").unwrap());
    }
}
