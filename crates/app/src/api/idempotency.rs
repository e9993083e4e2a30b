//! `Idempotency-Key` on the API's POST routes: a client that retries after a lost response (a timeout, a
//! dropped connection) sends the same key, and gets the first answer again instead of a second letter.
//!
//! Keys are per caller (the signed-in account) and kept for [`KEEP`]. The first request marks its key as
//! started before it runs, in a write transaction, so that simultaneous requests with one key run once:
//! the others get `409` until the answer is stored. An answer of ours that failed (5xx) is forgotten, so
//! that the retry runs. The same key with another request is a client error (`422`).

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, TimeDelta, Utc};
use twinbridge_crypto::secrets::sha256;
use twinbridge_store::StoreError;
use twinbridge_store::repo::idempotency::{self, Record, StoredResponse};

use crate::auth::CurrentUser;
use crate::error::Problem;
use crate::state::AppState;

const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
/// Set on an answer given again for a repeated key.
const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// How long an answer is kept for its key.
const KEEP: TimeDelta = TimeDelta::hours(24);
/// A started request without an answer after this long died with its process; its key may run again.
const ABANDONED_AFTER: TimeDelta = TimeDelta::minutes(2);
/// The largest request body read here (a picture upload with its form).
const MAX_REQUEST_BYTES: usize = crate::services::attachments::MAX_UPLOAD_BYTES + 64 * 1024;
/// The largest answer kept (the API's answers to POSTs are short JSON documents).
const MAX_RESPONSE_BYTES: usize = 1024 * 1024;

/// What to do with a request whose key has `record`.
#[derive(Debug, PartialEq, Eq)]
enum Step {
    /// New, expired or abandoned: run it.
    Run,
    /// Answered before: give that answer again.
    Replay(StoredResponse),
    /// The first request with this key is still running.
    InProgress,
    /// The key was used for another request.
    OtherRequest,
}

fn decide(record: Option<Record>, request_hash: &[u8], now: DateTime<Utc>) -> Step {
    let Some(record) = record.filter(|r| now - r.started_at < KEEP) else { return Step::Run };
    if record.request_hash != request_hash {
        return Step::OtherRequest;
    }
    match record.response {
        Some(response) => Step::Replay(response),
        None if now - record.started_at >= ABANDONED_AFTER => Step::Run,
        None => Step::InProgress,
    }
}

/// A key is 1 to 255 visible ASCII characters (UUIDs are typical).
fn valid_key(key: &str) -> bool {
    (1..=255).contains(&key.len()) && key.bytes().all(|b| b.is_ascii_graphic())
}

/// The middleware (see the module docs).
pub(super) async fn idempotent(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST || !request.headers().contains_key(&IDEMPOTENCY_KEY) {
        return next.run(request).await;
    }
    let key = request.headers().get(&IDEMPOTENCY_KEY).and_then(|v| v.to_str().ok()).filter(|k| valid_key(k));
    let Some(key) = key.map(str::to_owned) else {
        return Problem::new(
            StatusCode::BAD_REQUEST,
            "bad-idempotency-key",
            "An Idempotency-Key has 1 to 255 visible ASCII characters, such as a UUID.",
        )
        .into_response();
    };
    let (mut parts, body) = request.into_parts();
    // Keys belong to a caller; a request nobody signed for is answered by the route itself.
    let user = match CurrentUser::from_request_parts(&mut parts, &state).await {
        Ok(user) => user,
        Err(rejection) => return rejection.into_response(),
    };
    let Ok(body) = axum::body::to_bytes(body, MAX_REQUEST_BYTES).await else {
        return Problem::new(StatusCode::PAYLOAD_TOO_LARGE, "too-large", "The request body is too large.")
            .into_response();
    };
    let id = sha256(&[b"idempotency-key\0".as_slice(), user.account.id.as_uuid().as_bytes(), key.as_bytes()].concat());
    let target = parts.uri.path_and_query().map_or(parts.uri.path(), |p| p.as_str());
    let request_hash = sha256(&[target.as_bytes(), b"\0", &body].concat());
    let now = state.clock.now();
    let keys = &state.keys;
    let step = state
        .store
        .write_tx(|tx| {
            let (id, request_hash) = (&id, &request_hash);
            async move {
                let step = decide(idempotency::get(&*tx, keys, id).await?, request_hash, now);
                if step == Step::Run {
                    idempotency::purge_before(&*tx, now - KEEP).await?;
                    idempotency::start(&*tx, id, request_hash, now).await?;
                }
                Ok::<_, StoreError>(step)
            }
        })
        .await;
    match step {
        Err(e) => Problem::internal(&e).into_response(),
        Ok(Step::Replay(stored)) => replay(stored),
        Ok(Step::InProgress) => Problem::new(
            StatusCode::CONFLICT,
            "idempotency-key-in-use",
            "A request with this Idempotency-Key is still being worked on; try again in a moment.",
        )
        .into_response(),
        Ok(Step::OtherRequest) => Problem::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "idempotency-key-reused",
            "This Idempotency-Key was used for another request; use a new key for a new request.",
        )
        .into_response(),
        Ok(Step::Run) => {
            let response = next.run(Request::from_parts(parts, Body::from(body))).await;
            remember(&state, &id, response).await
        }
    }
}

/// Stores the answer for the key and hands it on; an answer of ours that failed is forgotten instead.
async fn remember(state: &AppState, id: &[u8], response: Response) -> Response {
    let keys = &state.keys;
    if response.status().is_server_error() {
        if let Err(e) = state.store.write_tx(|tx| async move { idempotency::forget(&*tx, id).await }).await {
            tracing::warn!(error = %e, "forgetting a failed request's idempotency key failed");
        }
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, MAX_RESPONSE_BYTES).await {
        Ok(body) => body,
        Err(e) => {
            let _ = state.store.write_tx(|tx| async move { idempotency::forget(&*tx, id).await }).await;
            return Problem::internal(&*e.into_inner()).into_response();
        }
    };
    let stored = StoredResponse {
        status: parts.status.as_u16(),
        content_type: parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned),
        body: body.to_vec(),
    };
    let saved = state
        .store
        .write_tx(|tx| {
            let stored = &stored;
            async move { idempotency::complete(&*tx, keys, id, stored).await }
        })
        .await;
    if let Err(e) = saved {
        // The request itself succeeded; a retry within the abandonment time gets 409, later it runs again.
        tracing::warn!(error = %e, "storing the answer for an idempotency key failed");
    }
    Response::from_parts(parts, Body::from(body))
}

/// The stored answer, marked as given again.
fn replay(stored: StoredResponse) -> Response {
    let status = StatusCode::from_u16(stored.status).unwrap_or(StatusCode::OK);
    let mut response = (status, stored.body).into_response();
    let headers = response.headers_mut();
    if let Some(value) = stored.content_type.and_then(|c| HeaderValue::from_str(&c).ok()) {
        headers.insert(header::CONTENT_TYPE, value);
    }
    headers.insert(REPLAYED, HeaderValue::from_static("true"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(hash: &[u8], response: Option<StoredResponse>, started_at: DateTime<Utc>) -> Option<Record> {
        Some(Record { request_hash: hash.to_vec(), response, started_at })
    }

    #[test]
    fn a_key_runs_once_answers_again_and_expires() {
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let answer = StoredResponse { status: 201, content_type: None, body: b"{}".to_vec() };
        assert_eq!(decide(None, b"a", now), Step::Run);
        assert_eq!(decide(record(b"a", Some(answer.clone()), now), b"a", now), Step::Replay(answer.clone()));
        assert_eq!(decide(record(b"a", Some(answer.clone()), now), b"b", now), Step::OtherRequest);
        assert_eq!(decide(record(b"a", None, now), b"a", now), Step::InProgress);
        assert_eq!(decide(record(b"a", None, now - ABANDONED_AFTER), b"a", now), Step::Run, "abandoned");
        assert_eq!(decide(record(b"a", Some(answer), now - KEEP), b"b", now), Step::Run, "expired");
    }

    #[test]
    fn keys_are_short_visible_ascii() {
        assert!(valid_key("0b6f2a8e-3f7c-4d5e-9a1b-2c3d4e5f6a7b"));
        for bad in ["", "with space", "ü", &"x".repeat(256)] {
            assert!(!valid_key(bad), "{bad:?}");
        }
    }
}
