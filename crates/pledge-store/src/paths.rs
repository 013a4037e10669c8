use std::path::PathBuf;

use crate::StoreError;

/// Overrides the data directory (tests, several instances on one machine).
pub const DATA_DIR_ENV: &str = "PLEDGE_DESK_DATA_DIR";
pub const DATABASE_FILE: &str = "pledge-desk.sqlite3";

/// `PLEDGE_DESK_DATA_DIR` when set, else the platform's app-data directory
/// (e.g. `~/.local/share/pledge-desk` on Linux). Created owner-only.
pub fn data_dir() -> Result<PathBuf, StoreError> {
    let dir = match std::env::var_os(DATA_DIR_ENV) {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => directories::ProjectDirs::from("org", "Partner2Connect", "Pledge Desk")
            .ok_or_else(|| StoreError::DataDir("no home directory to keep data in".into()))?
            .data_dir()
            .to_path_buf(),
    };
    std::fs::create_dir_all(&dir)
        .map_err(|e| StoreError::DataDir(format!("{}: {e}", dir.display())))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
    }
    Ok(dir)
}

pub fn database_path() -> Result<PathBuf, StoreError> {
    Ok(data_dir()?.join(DATABASE_FILE))
}
