use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use pledge_store::{Identity, Store, StoreError};
use pledge_sync::SyncService;

use crate::backups::Backups;
use crate::logging::LogState;
use crate::{AppError, ErrorCode};

/// What the commands share. The store may have failed to open (a damaged or
/// newer database): the window still starts and shows why.
pub struct AppState {
    store: Result<Arc<Mutex<Store>>, AppError>,
    /// The store was refused as damaged (not newer): a snapshot may help.
    store_damaged: bool,
    data_dir: Result<PathBuf, String>,
    backups: Option<Backups>,
    pub log: LogState,
    /// Loaded on first need, so a key problem blocks signing, not drafting.
    identity: Mutex<Option<Arc<Identity>>>,
    /// The background sync loop, once started.
    sync: OnceLock<SyncService>,
    /// Delegate or staff mode, and the current sitting.
    pub access: crate::access::Access,
}

impl AppState {
    /// Applies a restore staged at the last run, then opens the store.
    pub fn open_default(log: LogState) -> Self {
        let data_dir = pledge_store::data_dir().map_err(|e| e.to_string());
        let restored = data_dir.as_ref().ok().and_then(|d| restore_at_start(d));
        let opened = pledge_store::database_path()
            .and_then(|path| Store::open(&path))
            .and_then(|mut store| {
                // whatever was in flight when the app last stopped is queued again
                store.reset_sending()?;
                Ok(store)
            });
        match &opened {
            Ok(s) => tracing::info!(
                schema_version = s.schema_version().unwrap_or(-1),
                "store opened"
            ),
            Err(e) => tracing::error!(code = e.code().as_str(), error = %e, "store refused"),
        }
        let store_damaged = matches!(opened, Err(StoreError::Corrupt { .. }));
        let backups = data_dir
            .as_ref()
            .ok()
            .map(|d| Backups::new(d.clone(), restored));
        AppState {
            store: opened
                .map(|s| Arc::new(Mutex::new(s)))
                .map_err(AppError::from),
            store_damaged,
            data_dir,
            backups,
            log,
            identity: Mutex::new(None),
            sync: OnceLock::new(),
            access: Default::default(),
        }
    }

    pub fn data_dir(&self) -> Result<&PathBuf, AppError> {
        self.data_dir
            .as_ref()
            .map_err(|e| AppError::with(ErrorCode::DataDir, vec![("detail", e.clone())], e.clone()))
    }

    pub fn store_damaged(&self) -> bool {
        self.store_damaged
    }

    pub fn backups(&self) -> Option<&Backups> {
        self.backups.as_ref()
    }

    pub fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        let store = self.store.as_ref().map_err(Clone::clone)?;
        store.lock().map_err(|_| poisoned())
    }

    pub fn shared_store(&self) -> Result<Arc<Mutex<Store>>, AppError> {
        self.store.clone()
    }

    /// The device identity, made on first run; loaded again when the store
    /// renewed it (another laptop signs as this device, DESIGN.md §4).
    pub fn identity(&self) -> Result<Arc<Identity>, AppError> {
        let mut cached = self.identity.lock().map_err(|_| poisoned())?;
        let mut store = self.store()?;
        if let Some(id) = cached.as_ref() {
            if store.device_id()?.as_deref() == Some(id.device_id.as_str()) {
                return Ok(id.clone());
            }
        }
        let retired_before = store.retired_identities()?.len();
        let id = Arc::new(store.identity()?);
        let retired = store.retired_identities()?;
        if retired.len() > retired_before {
            if let Some(old) = retired.first() {
                tracing::warn!(old_device_id = %old.device_id, new_device_id = %id.device_id,
                    reason = old.reason.as_str(),
                    "this laptop took a new device identity; the old key and the pledges it signed are kept");
            }
        }
        *cached = Some(id.clone());
        Ok(id)
    }

    /// The identity if something loaded it already (never makes one).
    pub fn identity_if_loaded(&self) -> Option<Arc<Identity>> {
        self.identity.lock().ok().and_then(|i| i.clone())
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

/// A restore chosen at the last run replaces the database now, before it
/// is opened; the old file is set aside, never deleted.
fn restore_at_start(data_dir: &std::path::Path) -> Option<String> {
    if !pledge_store::restore_pending(data_dir) {
        return None;
    }
    match pledge_store::apply_pending_restore(data_dir, chrono::Utc::now()) {
        Ok(aside) => {
            let aside = aside.map(|p| p.display().to_string());
            tracing::info!(set_aside = ?aside, "a snapshot was restored at start-up");
            Some(match aside {
                Some(p) => format!("restored; the previous database was set aside as {p}"),
                None => "restored (there was no previous database)".into(),
            })
        }
        Err(e) => {
            tracing::error!(error = %e, "the staged restore could not be applied");
            Some(format!("the restore could not be applied: {e}"))
        }
    }
}

fn poisoned() -> AppError {
    AppError::new(
        ErrorCode::Internal,
        "The store is unavailable after an earlier failure; restart Pledge Desk.",
    )
}
