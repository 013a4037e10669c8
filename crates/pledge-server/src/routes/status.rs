//! `GET /v1/status-changes?cursor=&limit=`: the status feed.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::Json;
use pledge_core::wire::{Role, StatusFeed};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::app::AppState;
use crate::auth::Caller;
use crate::db::FeedScope;
use crate::limits::{DEFAULT_FEED_LIMIT, MAX_FEED_LIMIT};
use crate::openapi::{ProblemDoc, StatusFeedDoc};
use crate::problem::ApiError;

const CURSOR_PREFIX: &str = "sc1.";

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FeedQuery {
    /// `next_cursor` of the previous page; empty or absent for the start.
    #[param(pattern = r"^(sc1\.(0|[1-9][0-9]{0,17}))?$")]
    pub cursor: Option<String>,
    /// At most this many changes (1–1000, default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

/// The cursor is opaque to clients; it encodes the last change seen.
pub fn cursor_of(seq: i64) -> String {
    format!("{CURSOR_PREFIX}{seq}")
}

pub fn parse_cursor(cursor: Option<&str>) -> Result<i64, ApiError> {
    let invalid = || {
        ApiError::bad_request(
            "invalid_cursor",
            "The cursor is not one this platform gave out.",
        )
    };
    match cursor {
        None | Some("") => Ok(0),
        Some(c) => {
            let seq: i64 = c
                .strip_prefix(CURSOR_PREFIX)
                .and_then(|n| n.parse().ok())
                .ok_or_else(invalid)?;
            if seq < 0 || cursor_of(seq) != c {
                return Err(invalid());
            }
            Ok(seq)
        }
    }
}

#[utoipa::path(get, path = "/v1/status-changes", tag = "status", security(("device_token" = [])),
    params(FeedQuery),
    responses(
        (status = 200, description = "Status changes after the cursor, oldest first", body = StatusFeedDoc),
        (status = 400, description = "Invalid cursor or limit", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = ProblemDoc, content_type = "application/problem+json"),
    ))]
pub async fn status_changes(
    State(app): State<AppState>,
    caller: Caller,
    query: Result<Query<FeedQuery>, QueryRejection>,
) -> Result<Json<StatusFeed>, ApiError> {
    let Query(query) = query.map_err(|_| {
        ApiError::bad_request(
            "invalid_query",
            "cursor is a string and limit a number 1–1000.",
        )
    })?;
    let after = parse_cursor(query.cursor.as_deref())?;
    let limit = query.limit.unwrap_or(DEFAULT_FEED_LIMIT);
    if !(1..=MAX_FEED_LIMIT).contains(&limit) {
        return Err(ApiError::bad_request(
            "invalid_query",
            format!("limit is a number from 1 to {MAX_FEED_LIMIT}."),
        ));
    }
    let scope = FeedScope {
        event_id: caller.event_id.clone(),
        device_id: (caller.role == Role::Delegate).then(|| caller.device_id.clone()),
    };
    let events = app.db.status_changes(scope, after, limit).await?;
    let next_cursor = cursor_of(events.last().map_or(after, |e| e.seq));
    Ok(Json(StatusFeed {
        events,
        next_cursor,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_strangers_are_refused() {
        assert_eq!(parse_cursor(None).unwrap(), 0);
        assert_eq!(parse_cursor(Some(&cursor_of(42))).unwrap(), 42);
        for bad in [
            "42",
            "sc1.",
            "sc1.-1",
            "sc1.042",
            "sc1.+4",
            "sc1.99999999999999999999",
        ] {
            assert!(parse_cursor(Some(bad)).is_err(), "{bad}");
        }
    }
}
