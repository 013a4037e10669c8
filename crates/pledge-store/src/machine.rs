//! The machine a device identity belongs to (issue 25: laptops imaged from
//! one master must not share one identity). Only a hash of the machine's
//! id is ever stored or sent, never the id itself.
//!
//! The id is `/etc/machine-id` on Linux, `MachineGuid` on Windows,
//! `IOPlatformUUID` on macOS; where none can be read, a random install id
//! kept outside the data directory (in the user's config directory), so
//! that copying a data directory to another laptop does not copy it.

use std::path::PathBuf;
use std::sync::OnceLock;

use pledge_core::signing::{sha256, to_hex};

/// Test and IT hook: when set (non-empty), its value is taken as this
/// machine's id instead of the platform's. Meant for tests that run several
/// "laptops" on one machine, and for IT checking an image; read here only.
pub const MACHINE_ID_ENV: &str = "PLEDGE_DESK_MACHINE_ID";

/// The file of the fallback install id, in the user's config directory.
pub const INSTALL_ID_FILE: &str = "install-id";

/// Domain separation of machine fingerprint hashes.
const MACHINE_PREFIX: &[u8] = b"p2c-machine-v1\0";

/// Lower-case hex SHA-256 of a machine id (trimmed), as stored and sent.
pub fn machine_hash_of(raw: &str) -> String {
    let mut bytes = MACHINE_PREFIX.to_vec();
    bytes.extend_from_slice(raw.trim().as_bytes());
    to_hex(&sha256(&bytes))
}

/// This machine's fingerprint hash, or `None` when no id can be read or
/// kept (then the identity is not bound to a machine). Computed once per
/// process.
pub fn this_machine() -> Option<String> {
    static HASH: OnceLock<Option<String>> = OnceLock::new();
    HASH.get_or_init(|| {
        let raw = match std::env::var(MACHINE_ID_ENV) {
            Ok(v) if !v.trim().is_empty() => Some(v),
            _ => platform_id().or_else(install_id),
        };
        raw.map(|r| machine_hash_of(&r))
    })
    .clone()
}

fn usable(id: String) -> Option<String> {
    let id = id.trim().to_owned();
    (id.len() >= 8 && id.chars().any(|c| c != '0' && c != '-')).then_some(id)
}

#[cfg(target_os = "linux")]
fn platform_id() -> Option<String> {
    ["/etc/machine-id", "/var/lib/dbus/machine-id"]
        .iter()
        .find_map(|p| std::fs::read_to_string(p).ok().and_then(usable))
}

#[cfg(target_os = "macos")]
fn platform_id() -> Option<String> {
    let out = std::process::Command::new("/usr/sbin/ioreg")
        .args(["-rd1", "-c", "IOPlatformExpertDevice"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.contains("\"IOPlatformUUID\""))?;
    let value = line.split('=').nth(1)?.trim().trim_matches('"');
    usable(value.to_owned())
}

#[cfg(windows)]
fn platform_id() -> Option<String> {
    let out = std::process::Command::new("reg")
        .args([
            "query",
            r"HKLM\SOFTWARE\Microsoft\Cryptography",
            "/v",
            "MachineGuid",
        ])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    let line = text.lines().find(|l| l.contains("MachineGuid"))?;
    usable(line.split_whitespace().last()?.to_owned())
}

#[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
fn platform_id() -> Option<String> {
    None
}

fn install_id_path() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("org", "Partner2Connect", "Pledge Desk")?;
    Some(dirs.config_dir().join(INSTALL_ID_FILE))
}

/// The random install id, made on first use.
fn install_id() -> Option<String> {
    let path = install_id_path()?;
    if let Some(id) = std::fs::read_to_string(&path).ok().and_then(usable) {
        return Some(id);
    }
    std::fs::create_dir_all(path.parent()?).ok()?;
    let id = uuid::Uuid::now_v7().simple().to_string();
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, &id).ok()?;
    std::fs::rename(&tmp, &path).ok()?;
    // another process may have won the race: theirs stands
    std::fs::read_to_string(&path).ok().and_then(usable)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_hides_the_id_and_ignores_surrounding_space() {
        let h = machine_hash_of("4c4c4544-0042-3510-8053-b7c04f4e3132\n");
        assert_eq!(h, machine_hash_of("4c4c4544-0042-3510-8053-b7c04f4e3132"));
        assert_eq!(h.len(), 64);
        assert!(!h.contains("4c4c4544"));
        assert_ne!(h, machine_hash_of("another machine"));
    }

    #[test]
    fn blank_or_zero_ids_are_not_used() {
        assert_eq!(usable("  ".into()), None);
        assert_eq!(usable("00000000-0000-0000-0000-000000000000".into()), None);
        assert!(usable("d2b8c1f0a4e5".into()).is_some());
    }
}
