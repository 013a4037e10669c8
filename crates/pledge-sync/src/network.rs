//! Network changes as a sync trigger: the set of interfaces that are up,
//! read every few seconds (on Linux from /sys/class/net). A new interface
//! coming up — Wi-Fi joining, a cable plugged in — wakes the sync loop.
//! (A netlink watcher was tried first; in sandboxes it can block its
//! thread, so plain polling it is: cheap, and never in the way.)

use std::collections::BTreeSet;
use std::time::Duration;

pub const POLL: Duration = Duration::from_secs(3);

/// Names of the non-loopback interfaces whose operational state is up.
pub fn up_interfaces() -> BTreeSet<String> {
    let mut up = BTreeSet::new();
    let Ok(dir) = std::fs::read_dir("/sys/class/net") else {
        return up;
    };
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "lo" {
            continue;
        }
        let state = std::fs::read_to_string(entry.path().join("operstate")).unwrap_or_default();
        if matches!(state.trim(), "up" | "unknown") {
            up.insert(name);
        }
    }
    up
}

/// Waits until an interface that was down (or absent) is up.
pub async fn came_up(known: &mut BTreeSet<String>) {
    loop {
        tokio::time::sleep(POLL).await;
        let now = up_interfaces();
        let new = now.difference(known).next().is_some();
        *known = now;
        if new {
            return;
        }
    }
}
