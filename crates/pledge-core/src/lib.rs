//! The P2C pledge domain (DESIGN.md §2): the content a delegate drafts and
//! signs, its validation, and the reference data it is checked against.
//!
//! Nothing here does I/O; the store, the sync engine, the server and the
//! desktop shell all build on these types.

pub mod bundle;
pub mod content;
pub mod decision;
pub mod draft;
pub mod enrolment;
pub mod envelope;
pub mod error_code;
pub mod example;
pub mod held;
pub mod problem;
pub mod receipt;
pub mod reference;
mod rules;
pub mod signing;
mod validate;
pub mod wire;

pub use content::*;
pub use draft::*;
pub use envelope::*;
pub use error_code::{ErrorCode, ErrorReport};
pub use problem::{Problem, ProblemCode};
pub use rules::{check_envelope, is_event_id, is_timestamp, is_uuid, validate_pledge};
pub use validate::{validate, Limits, LIMITS};
