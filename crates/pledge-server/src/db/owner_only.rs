//! The SQLite data directory and its files are owner-only (0700, 0600):
//! they hold delegates' contact details.

use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::Path;

use super::DbError;

/// The data directory (created if missing) with mode 0700.
pub(super) fn owner_only_dir(dir: &Path) -> Result<(), DbError> {
    let failed =
        |e: std::io::Error| DbError::Other(format!("cannot prepare {}: {e}", dir.display()));
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(failed)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(failed)
}

/// The file (created empty if missing, which SQLite then fills) with mode 0600.
pub(super) fn owner_only_file(file: &Path) -> Result<(), DbError> {
    let failed =
        |e: std::io::Error| DbError::Other(format!("cannot prepare {}: {e}", file.display()));
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .mode(0o600)
        .open(file)
        .map_err(failed)?;
    std::fs::set_permissions(file, std::fs::Permissions::from_mode(0o600)).map_err(failed)
}
