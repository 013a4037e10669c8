//! The central P2C pledge platform: sync protocol v1 (DESIGN.md §4), the
//! bundle upload (§5) and the secretariat's commands (§7), over an
//! embedded SQLite database or PostgreSQL.

pub mod admin;
pub mod app;
pub mod auth;
pub mod backup;
pub mod bundle;
pub mod cli;
pub mod commands;
pub mod connections;
pub mod db;
pub mod export;
pub mod extract;
pub mod ingest;
pub mod limits;
pub mod logging;
pub mod metrics;
pub mod openapi;
pub mod per_address;
pub mod problem;
pub mod routes;
pub mod secrets;
pub mod serve;
