//! The SQLite side of the list commands.

use rusqlite::{params, Connection, Row};

use super::lists::{device_list_sql, CONFLICT_LIST_SQL, EVENT_LIST_SQL, ROTATE_CODES_SQL_SQLITE};
use super::{key_unconfirmed_sql, ConflictRow, DbError, DeviceRow, EventCodes, EventRow};

pub fn events(c: &Connection) -> Result<Vec<EventRow>, DbError> {
    let mut stmt = c.prepare(EVENT_LIST_SQL)?;
    let rows = stmt.query_map([], |r| {
        Ok(EventRow {
            event_id: r.get(0)?,
            name: r.get(1)?,
            created_at: r.get(2)?,
            codes_rotated_at: r.get(3)?,
            devices: r.get(4)?,
            pledges: r.get(5)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn rotate_codes(
    c: &Connection,
    event_id: &str,
    codes: &EventCodes,
    at: &str,
) -> Result<(), DbError> {
    let n = c.execute(
        ROTATE_CODES_SQL_SQLITE,
        params![
            event_id,
            codes.delegate_code_hash,
            codes.staff_code_hash,
            at
        ],
    )?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

fn device(r: &Row) -> rusqlite::Result<DeviceRow> {
    Ok(DeviceRow {
        device_id: r.get(0)?,
        event_id: r.get(1)?,
        role: r.get(2)?,
        name: r.get(3)?,
        app_version: r.get(4)?,
        public_key: r.get(5)?,
        created_at: r.get(6)?,
        enrolled_at: r.get(7)?,
        revoked_at: r.get(8)?,
        vouched_by: r.get(9)?,
        key_unconfirmed: r.get(10)?,
        pledges: r.get(11)?,
    })
}

pub fn device_list(c: &Connection, event_id: Option<&str>) -> Result<Vec<DeviceRow>, DbError> {
    let sql = concat!(
        device_list_sql!(),
        " WHERE ?1 IS NULL OR d.event_id = ?1 ORDER BY d.created_at, d.device_id"
    );
    let mut stmt = c.prepare(sql)?;
    let rows = stmt.query_map([event_id], device)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn conflicts(c: &Connection) -> Result<Vec<ConflictRow>, DbError> {
    let mut stmt = c.prepare(CONFLICT_LIST_SQL)?;
    let rows = stmt.query_map([], |r| {
        Ok(ConflictRow {
            id: r.get(0)?,
            pledge_id: r.get(1)?,
            device_id: r.get(2)?,
            content_hash: r.get(3)?,
            received_at: r.get(4)?,
            received_from: r.get(5)?,
            bundle_id: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}
