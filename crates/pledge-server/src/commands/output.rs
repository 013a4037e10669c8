//! What the list commands print: JSON (one array, for scripts) or a table
//! for a person at a terminal. Neither ever holds contact details: the
//! lists carry ids, statuses, times and titles only.

use clap::ValueEnum;
use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

/// A row of a list: its JSON form and its table cells.
pub trait Listed: Serialize {
    const HEADER: &'static [&'static str];
    fn cells(&self) -> Vec<String>;
}

/// An optional cell: empty when absent.
pub fn or_blank(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

/// The text of a list in `format`.
pub fn render<T: Listed>(rows: &[T], format: Format) -> Result<String, String> {
    match format {
        Format::Json => serde_json::to_string(rows).map_err(|e| e.to_string()),
        Format::Table => {
            let mut table = Table::new();
            table
                .load_style(UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Disabled)
                .set_header(T::HEADER.to_vec());
            for row in rows {
                // A title may hold anything a delegate typed: control
                // characters would drive the terminal, so they are shown
                // as spaces.
                table.add_row(
                    row.cells()
                        .into_iter()
                        .map(|c| c.replace(char::is_control, " ")),
                );
            }
            Ok(format!("{table}\n{} row(s)", rows.len()))
        }
    }
}

pub fn print<T: Listed>(rows: &[T], format: Format) -> Result<(), String> {
    println!("{}", render(rows, format)?);
    Ok(())
}
