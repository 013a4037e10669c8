//! The real `pledge-server` binary for end-to-end tests (the workspace's
//! shared harness, `pledge-test-kit`).

use std::path::Path;

pub use pledge_test_kit::Server as Platform;

/// `event create`: (delegate code, staff code).
pub fn create_event(data: &Path, id: &str) -> (String, String) {
    Platform::create_event(data, id)
}

/// A secretariat command (`pledge-server <args> --data DIR`); its stdout.
pub fn admin(data: &Path, args: &[&str]) -> String {
    Platform::admin(data, args)
}
