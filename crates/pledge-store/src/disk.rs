//! Recognising a full disk, whichever layer noticed it: the file system
//! (`ENOSPC`, a full quota) or SQLite (`SQLITE_FULL`). A full disk is
//! reported as `disk_full` with what to do, never as damage.

/// Whether an I/O error means there is no room left to write.
pub fn io_is_disk_full(e: &std::io::Error) -> bool {
    if matches!(
        e.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    ) {
        return true;
    }
    // ENOSPC and EDQUOT on Linux; ENOSPC is 28 on every Unix and Windows'
    // ERROR_DISK_FULL (112) / ERROR_HANDLE_DISK_FULL (39) map to StorageFull.
    matches!(e.raw_os_error(), Some(28) | Some(122))
}

/// Whether a SQLite error means the database or its journal could not grow.
pub fn sqlite_is_disk_full(e: &rusqlite::Error) -> bool {
    matches!(
        e,
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::DiskFull
    )
}

/// Removes a temporary file left by a failed write; a missing one is fine.
pub(crate) fn remove_temp(path: &std::path::Path) {
    let _ = std::fs::remove_file(path);
}
