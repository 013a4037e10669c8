use std::sync::{Arc, Mutex, MutexGuard};

use pledge_store::{Identity, Store};

use crate::{AppError, ErrorCode};

/// What the commands share. The store may have failed to open (a damaged or
/// newer database): the window still starts and shows why.
pub struct AppState {
    store: Result<Mutex<Store>, AppError>,
    /// Loaded on first need, so a key problem blocks signing, not drafting.
    identity: Mutex<Option<Arc<Identity>>>,
}

impl AppState {
    pub fn open_default() -> Self {
        let store = pledge_store::database_path()
            .and_then(|path| Store::open(&path))
            .map(Mutex::new)
            .map_err(AppError::from);
        AppState {
            store,
            identity: Mutex::new(None),
        }
    }

    pub fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        store.lock().map_err(|_| poisoned())
    }

    /// The device identity, made on first run.
    pub fn identity(&self) -> Result<Arc<Identity>, AppError> {
        let mut cached = self.identity.lock().map_err(|_| poisoned())?;
        if let Some(id) = cached.as_ref() {
            return Ok(id.clone());
        }
        let id = Arc::new(self.store()?.identity()?);
        *cached = Some(id.clone());
        Ok(id)
    }
}

fn poisoned() -> AppError {
    AppError::new(
        ErrorCode::Internal,
        "The store is unavailable after an earlier failure; restart Pledge Desk.",
    )
}
