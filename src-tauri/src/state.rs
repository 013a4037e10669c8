use std::sync::{Mutex, MutexGuard};

use pledge_store::Store;

use crate::{AppError, ErrorCode};

/// What the commands share. The store may have failed to open (a damaged or
/// newer database): the window still starts and shows why.
pub struct AppState {
    store: Result<Mutex<Store>, AppError>,
}

impl AppState {
    pub fn open_default() -> Self {
        let store = pledge_store::database_path()
            .and_then(|path| Store::open(&path))
            .map(Mutex::new)
            .map_err(AppError::from);
        AppState { store }
    }

    pub fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        store.lock().map_err(|_| {
            AppError::new(
                ErrorCode::Internal,
                "The store is unavailable after an earlier failure; restart Pledge Desk.",
            )
        })
    }
}
