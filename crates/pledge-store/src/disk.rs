//! Recognising a full disk, whichever layer noticed it: the file system
//! (`ENOSPC`, a full quota) or SQLite (`SQLITE_FULL`). A full disk is
//! reported as `disk_full` with what to do, never as damage.

use std::io::Write;
use std::path::Path;

pub use pledge_core::error_code::io_is_disk_full;

/// Whether a SQLite error means the database or its journal could not grow.
pub fn sqlite_is_disk_full(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DiskFull
    )
}

/// Whether a SQLite error is an I/O failure that a full disk explains: an
/// I/O error (SQLite says "disk I/O error" when it cannot grow its
/// shared-memory file) while the folder of `path` has no room left.
pub(crate) fn sqlite_failed_for_space(e: &rusqlite::Error, path: &Path) -> bool {
    if sqlite_is_disk_full(e) {
        return true;
    }
    let io_error = matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::SystemIoFailure
    );
    io_error && path.parent().is_some_and(dir_is_full)
}

/// Whether `dir` has no room left: a small probe file cannot be written.
pub(crate) fn dir_is_full(dir: &Path) -> bool {
    let probe = dir.join(format!(".space-probe-{}", std::process::id()));
    let written = (|| {
        let mut f = std::fs::File::create(&probe)?;
        f.write_all(&[0u8; 16 * 1024])?;
        f.sync_all()
    })();
    remove_temp(&probe);
    matches!(written, Err(e) if io_is_disk_full(&e))
}

/// Removes a temporary file left by a failed write; a missing one is fine.
pub(crate) fn remove_temp(path: &Path) {
    let _ = std::fs::remove_file(path);
}
