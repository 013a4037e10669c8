//! Checks of a bundle file (DESIGN.md §5) before its items are ingested:
//! the shared rules of `pledge_core::bundle`, answered as problem+json.

pub use pledge_core::bundle::is_uuid;
use pledge_core::bundle::BundleError;
use pledge_core::wire::Bundle;

use crate::ingest::CarriedKeys;
use crate::problem::ApiError;

/// Checks everything about the bundle as a whole and returns the public
/// keys it carries (exporter included).
pub fn check_bundle(bundle: &Bundle) -> Result<CarriedKeys, ApiError> {
    pledge_core::bundle::check_bundle(bundle)
        .map_err(|e: BundleError| ApiError::bad_request(e.code(), e.to_string()))
}
