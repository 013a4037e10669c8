//! Helpers shared by the integration tests and the ingest benchmark:
//! signed-pledge fixtures, the real `pledge-server` binary as a process, a
//! throw-away PostgreSQL, and a small HTTP client.
#![allow(dead_code)]

pub mod api;
pub mod fixtures;
pub mod postgres;
pub mod server;
