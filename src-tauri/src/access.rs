//! Who may see what on a shared laptop (DESIGN.md §1): in delegate mode a
//! window sees only the drafts and pledges of the current sitting; staff
//! mode, opened with the PIN, sees everything until it is locked or times
//! out. Enforced here, for every command — not only by hiding screens.

use std::collections::HashSet;
use std::sync::Mutex;

use pledge_store::{StaffSession, Store};

use crate::{AppError, AppState, ErrorCode};

/// The mode and the sitting, kept in memory: every start is delegate mode
/// with an empty sitting.
#[derive(Default)]
pub struct Access {
    staff: Mutex<StaffSession>,
    /// Draft and pledge ids started or signed in this sitting.
    sitting: Mutex<HashSet<String>>,
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

    pub fn join_sitting(&self, id: &str) -> Result<(), AppError> {
        self.sitting
            .lock()
            .map_err(|_| poisoned())?
            .insert(id.to_owned());
        Ok(())
    }

    pub fn end_sitting(&self) -> Result<(), AppError> {
        self.sitting.lock().map_err(|_| poisoned())?.clear();
        Ok(())
    }

    /// A draft or pledge of this sitting, or staff mode.
    pub fn require_sitting(&self, store: &Store, id: &str) -> Result<(), AppError> {
        if self.sitting.lock().map_err(|_| poisoned())?.contains(id) {
            return Ok(());
        }
        self.require_staff(store)
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
