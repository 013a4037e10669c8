//! The real processes the workspace's tests and benchmarks drive, in one
//! place: the `pledge-server` binary (serving and its admin commands) and
//! an Xvfb display, and a small file system to fill up. Used by the sync engine's tests, the app's end-to-end
//! tests and the footprint benchmark.

mod server;
mod small_disk;
mod xvfb;

pub use server::{server_bin, sibling_bin, Server, NO_RATE_LIMIT};
pub use small_disk::SmallDisk;
pub use xvfb::VirtualDisplay;

use std::process::{Child, Command};
use std::time::{Duration, Instant};

/// Stops a child with SIGTERM (so it can drain, and tauri-driver can stop
/// its WebKitWebDriver), then kills it if it is still there after `grace`.
pub fn terminate(child: &mut Child, grace: Duration) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + grace;
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}
