//! Handlers of sync protocol v1, one module per area.

pub mod bundles;
pub mod devices;
pub mod health;
pub mod pledges;
pub mod status;
