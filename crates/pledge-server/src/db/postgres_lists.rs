//! The PostgreSQL side of the list commands.

use deadpool_postgres::Object;
use tokio_postgres::Row;

use super::lists::{device_list_sql, CONFLICT_LIST_SQL, EVENT_LIST_SQL, ROTATE_CODES_SQL_PG};
use super::postgres::pg_error;
use super::{key_unconfirmed_sql, ConflictRow, DbError, DeviceRow, EventCodes, EventRow};

pub async fn events(c: &Object) -> Result<Vec<EventRow>, DbError> {
    let rows = c.query(EVENT_LIST_SQL, &[]).await.map_err(pg_error)?;
    Ok(rows
        .iter()
        .map(|r| EventRow {
            event_id: r.get(0),
            name: r.get(1),
            created_at: r.get(2),
            codes_rotated_at: r.get(3),
            devices: r.get(4),
            pledges: r.get(5),
        })
        .collect())
}

pub async fn rotate_codes(
    c: &Object,
    event_id: &str,
    codes: &EventCodes,
    at: &str,
) -> Result<(), DbError> {
    let n = c
        .execute(
            ROTATE_CODES_SQL_PG,
            &[
                &event_id,
                &codes.delegate_code_hash,
                &codes.staff_code_hash,
                &at,
            ],
        )
        .await
        .map_err(pg_error)?;
    if n == 0 {
        return Err(DbError::NotFound);
    }
    Ok(())
}

fn device(r: &Row) -> DeviceRow {
    DeviceRow {
        device_id: r.get(0),
        event_id: r.get(1),
        role: r.get(2),
        name: r.get(3),
        app_version: r.get(4),
        public_key: r.get(5),
        created_at: r.get(6),
        enrolled_at: r.get(7),
        revoked_at: r.get(8),
        vouched_by: r.get(9),
        key_unconfirmed: r.get(10),
        pledges: r.get(11),
    }
}

pub async fn device_list(c: &Object, event_id: Option<&str>) -> Result<Vec<DeviceRow>, DbError> {
    let sql = concat!(
        device_list_sql!(),
        " WHERE $1::text IS NULL OR d.event_id = $1 ORDER BY d.created_at, d.device_id"
    );
    let rows = c.query(sql, &[&event_id]).await.map_err(pg_error)?;
    Ok(rows.iter().map(device).collect())
}

pub async fn conflicts(c: &Object) -> Result<Vec<ConflictRow>, DbError> {
    let rows = c.query(CONFLICT_LIST_SQL, &[]).await.map_err(pg_error)?;
    Ok(rows
        .iter()
        .map(|r| ConflictRow {
            id: r.get(0),
            pledge_id: r.get(1),
            device_id: r.get(2),
            content_hash: r.get(3),
            received_at: r.get(4),
            received_from: r.get(5),
            bundle_id: r.get(6),
        })
        .collect())
}
