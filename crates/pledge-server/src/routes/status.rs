//! `GET /v1/status-changes?cursor=&limit=`: the status feed.

use axum::extract::rejection::QueryRejection;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::Json;
use pledge_core::signing::{sha256, to_hex};
use pledge_core::wire::{Role, StatusChange, StatusFeed};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::app::AppState;
use crate::auth::Caller;
use crate::db::FeedScope;
use crate::limits::{DEFAULT_FEED_LIMIT, MAX_FEED_LIMIT};
use crate::openapi::{ProblemDoc, StatusFeedDoc};
use crate::problem::ApiError;

/// The cursor of the start, and the legacy form `sc1.<seq>`.
const LEGACY_PREFIX: &str = "sc1.";
/// `sc2.<seq>.<tag>`: the last change seen and a tag of its content, so a
/// cursor from another history (a restored backup) is recognised.
const CURSOR_PREFIX: &str = "sc2.";

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct FeedQuery {
    /// `next_cursor` of the previous page; empty or absent for the start.
    /// A cursor this platform's feed does not hold (ahead of it, or from
    /// before a restore) is answered 409 `cursor_ahead`: start again empty.
    #[param(pattern = r"^(sc1\.(0|[1-9][0-9]{0,17})|sc2\.[1-9][0-9]{0,17}\.[0-9a-f]{16})?$")]
    pub cursor: Option<String>,
    /// At most this many changes (1–1000, default 100).
    #[param(minimum = 1, maximum = 1000)]
    pub limit: Option<u32>,
}

/// Where a cursor points: after `seq`, which carried `tag` (`None`: the
/// start, or a legacy cursor without one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    pub seq: i64,
    pub tag: Option<String>,
}

/// Sixteen hex digits of SHA-256 over what the change says.
pub fn tag_of(change: &StatusChange) -> String {
    let text = format!(
        "{}\0{}\0{}\0{}\0{}",
        change.seq,
        change.pledge_id,
        change.status.as_str(),
        change.reason.as_deref().unwrap_or(""),
        change.at
    );
    to_hex(&sha256(text.as_bytes()))[..16].to_string()
}

/// The cursor after `change`; opaque to clients.
pub fn cursor_after(change: &StatusChange) -> String {
    format!("{CURSOR_PREFIX}{}.{}", change.seq, tag_of(change))
}

/// The cursor of the start of the feed.
pub fn start_cursor() -> String {
    format!("{LEGACY_PREFIX}0")
}

fn seq_of(digits: &str) -> Option<i64> {
    let seq: i64 = digits.parse().ok()?;
    (seq >= 0 && seq.to_string() == digits).then_some(seq)
}

pub fn parse_cursor(cursor: Option<&str>) -> Result<Position, ApiError> {
    let invalid = || {
        ApiError::bad_request(
            "invalid_cursor",
            "The cursor is not one this platform gave out.",
        )
    };
    let Some(c) = cursor.filter(|c| !c.is_empty()) else {
        return Ok(Position { seq: 0, tag: None });
    };
    if let Some(digits) = c.strip_prefix(LEGACY_PREFIX) {
        let seq = seq_of(digits).ok_or_else(invalid)?;
        return Ok(Position { seq, tag: None });
    }
    let (digits, tag) = c
        .strip_prefix(CURSOR_PREFIX)
        .and_then(|rest| rest.split_once('.'))
        .ok_or_else(invalid)?;
    let seq = seq_of(digits).filter(|s| *s > 0).ok_or_else(invalid)?;
    let hex = |t: &str| t.len() == 16 && t.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    if !hex(tag) {
        return Err(invalid());
    }
    Ok(Position {
        seq,
        tag: Some(tag.to_string()),
    })
}

/// 409 `cursor_ahead`: the feed holds no such position. The client starts
/// again from the empty cursor (applying a status twice changes nothing).
pub fn cursor_ahead() -> ApiError {
    ApiError::new(
        StatusCode::CONFLICT,
        "cursor_ahead",
        "This cursor is not part of the platform's status feed (ahead of it, or from before a restore from backup): start again with an empty cursor.",
    )
}

/// Whether the feed holds the position: the start always; otherwise the
/// change under its seq, with the same tag when the cursor carries one.
async fn check_position(app: &AppState, at: &Position) -> Result<(), ApiError> {
    if at.seq == 0 {
        return Ok(());
    }
    match app.db.status_change_at(at.seq).await? {
        Some(change) if at.tag.as_deref().is_none_or(|t| t == tag_of(&change)) => Ok(()),
        _ => Err(cursor_ahead()),
    }
}

#[utoipa::path(get, path = "/v1/status-changes", tag = "status", security(("device_token" = [])),
    params(FeedQuery),
    responses(
        (status = 200, description = "Status changes after the cursor, oldest first", body = StatusFeedDoc),
        (status = 400, description = "Invalid cursor or limit", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "No or unknown token", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 409, description = "`cursor_ahead`: the feed holds no such position (ahead of it, or from before a restore from backup); start again with an empty cursor", body = ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "`database_unavailable` or `database_busy`: the database cannot serve now; nothing was stored (Retry-After)", body = ProblemDoc, content_type = "application/problem+json"),
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
    check_position(&app, &after).await?;
    let events = app.db.status_changes(scope, after.seq, limit).await?;
    let next_cursor = match (events.last(), query.cursor) {
        (Some(last), _) => cursor_after(last),
        (None, Some(given)) if !given.is_empty() => given,
        (None, _) => start_cursor(),
    };
    Ok(Json(StatusFeed {
        events,
        next_cursor,
    }))
}

#[cfg(test)]
mod tests {
    use pledge_core::wire::PledgeStatus;

    use super::*;

    #[test]
    fn cursors_round_trip_and_strangers_are_refused() {
        assert_eq!(parse_cursor(None).unwrap().seq, 0);
        assert_eq!(parse_cursor(Some(&start_cursor())).unwrap().seq, 0);
        assert_eq!(parse_cursor(Some("sc1.42")).unwrap().seq, 42);
        let change = StatusChange {
            seq: 42,
            pledge_id: "p".into(),
            status: PledgeStatus::Verified,
            reason: None,
            at: "2022-06-08T10:00:00Z".into(),
        };
        let at = parse_cursor(Some(&cursor_after(&change))).unwrap();
        assert_eq!(at.seq, 42);
        assert_eq!(at.tag.as_deref(), Some(tag_of(&change).as_str()));
        let other = StatusChange {
            pledge_id: "q".into(),
            ..change.clone()
        };
        assert_ne!(
            tag_of(&change),
            tag_of(&other),
            "another change under the same seq"
        );
        for bad in [
            "42",
            "sc1.",
            "sc1.-1",
            "sc1.042",
            "sc1.+4",
            "sc1.99999999999999999999",
            "sc2.42",
            "sc2.0.0123456789abcdef",
            "sc2.42.0123456789ABCDEF",
            "sc2.42.0123",
        ] {
            assert!(parse_cursor(Some(bad)).is_err(), "{bad}");
        }
    }
}
