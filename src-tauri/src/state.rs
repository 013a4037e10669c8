use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use pledge_store::{Identity, Store};
use pledge_sync::SyncService;

use crate::{AppError, ErrorCode};

/// What the commands share. The store may have failed to open (a damaged or
/// newer database): the window still starts and shows why.
pub struct AppState {
    store: Result<Arc<Mutex<Store>>, AppError>,
    /// Loaded on first need, so a key problem blocks signing, not drafting.
    identity: Mutex<Option<Arc<Identity>>>,
    /// The background sync loop, once started.
    sync: OnceLock<SyncService>,
    /// Delegate or staff mode, and the current sitting.
    pub access: crate::access::Access,
}

impl AppState {
    pub fn open_default() -> Self {
        let store = pledge_store::database_path()
            .and_then(|path| Store::open(&path))
            .and_then(|mut store| {
                // whatever was in flight when the app last stopped is queued again
                store.reset_sending()?;
                Ok(store)
            })
            .map(|s| Arc::new(Mutex::new(s)))
            .map_err(AppError::from);
        AppState {
            store,
            identity: Mutex::new(None),
            sync: OnceLock::new(),
            access: Default::default(),
        }
    }

    pub fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        store.lock().map_err(|_| poisoned())
    }

    pub fn shared_store(&self) -> Result<Arc<Mutex<Store>>, AppError> {
        self.store.clone()
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

    pub fn set_sync(&self, service: SyncService) {
        let _ = self.sync.set(service);
    }

    pub fn sync(&self) -> Option<&SyncService> {
        self.sync.get()
    }

    /// Something changed that the platform should hear about.
    pub fn nudge_sync(&self) {
        if let Some(s) = self.sync.get() {
            s.sync_now();
        }
    }
}

fn poisoned() -> AppError {
    AppError::new(
        ErrorCode::Internal,
        "The store is unavailable after an earlier failure; restart Pledge Desk.",
    )
}
