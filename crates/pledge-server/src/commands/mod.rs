//! The secretariat's subcommands of `pledge-server` beyond `serve` and
//! `export` (DESIGN.md §7): events, decisions on pledges, devices,
//! conflicts. Each module parses its arguments and calls `admin` or the
//! storage trait; `output` prints JSON or a table.

pub mod conflict;
pub mod device;
pub mod event;
pub mod output;
pub mod pledge;
