//! An Xvfb server on a free display, for the app's window.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Stopped (SIGTERM) on drop.
pub struct VirtualDisplay {
    child: Child,
    /// `:N`, for `DISPLAY`.
    pub display: String,
}

impl VirtualDisplay {
    pub fn start() -> VirtualDisplay {
        VirtualDisplay::start_sized(1280, 900)
    }

    /// A display of `width` × `height` pixels (screenshots of the whole
    /// screen are then that size, e.g. a 1366×768 laptop).
    pub fn start_sized(width: u32, height: u32) -> VirtualDisplay {
        let screen = format!("{width}x{height}x24");
        // -displayfd: Xvfb picks a free display and writes its number to fd 1.
        let mut child = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                &screen,
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb (apt package xvfb) is needed");
        let mut out = child.stdout.take().expect("Xvfb's stdout");
        let mut buf = Vec::new();
        let mut byte = [0u8; 1];
        while out.read(&mut byte).map(|n| n == 1).unwrap_or(false) && byte[0] != b'\n' {
            buf.push(byte[0]);
        }
        let n = String::from_utf8_lossy(&buf).trim().to_owned();
        assert!(!n.is_empty(), "Xvfb did not report a display");
        VirtualDisplay {
            child,
            display: format!(":{n}"),
        }
    }
}

impl Drop for VirtualDisplay {
    fn drop(&mut self) {
        crate::terminate(&mut self.child, Duration::from_secs(10));
    }
}
