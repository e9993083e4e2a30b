//! `Idempotency-Key` on the API's POST routes: a client that retries after a lost response (a timeout, a
//! dropped connection) sends the same key, and gets the first answer again instead of a second letter.
//! Simultaneous requests with one key run once: the others get `409` until the answer is stored. An answer
//! of ours that failed (5xx) is forgotten, so that the retry runs. The same key with another request is a
//! client error (`422`). The bookkeeping is `services::idempotency`.

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::CurrentUser;
use crate::error::Problem;
use crate::services::idempotency::{self, KeyId, Step, StoredResponse};
use crate::state::AppState;

const IDEMPOTENCY_KEY: HeaderName = HeaderName::from_static("idempotency-key");
/// Set on an answer given again for a repeated key.
const REPLAYED: HeaderName = HeaderName::from_static("idempotent-replayed");

/// The largest answer kept (the API's answers to POSTs are short JSON documents).
const MAX_RESPONSE_BYTES: usize = 1024 * 1024;

/// The middleware (see the module docs).
pub(super) async fn idempotent(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if request.method() != Method::POST || !request.headers().contains_key(&IDEMPOTENCY_KEY) {
        return next.run(request).await;
    }
    let key =
        request.headers().get(&IDEMPOTENCY_KEY).and_then(|v| v.to_str().ok()).filter(|k| idempotency::valid_key(k));
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
    let Ok(body) = axum::body::to_bytes(body, crate::services::attachments::MAX_UPLOAD_REQUEST_BYTES).await else {
        return Problem::new(StatusCode::PAYLOAD_TOO_LARGE, "too-large", "The request body is too large.")
            .into_response();
    };
    let key = KeyId::new(user.account.id, &key);
    let target = parts.uri.path_and_query().map_or(parts.uri.path(), |p| p.as_str());
    let request = [target.as_bytes(), b"\0", &body].concat();
    match idempotency::begin(&state, &key, &request).await {
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
            remember(&state, &key, response).await
        }
    }
}

/// Stores the answer for the key and hands it on; an answer of ours that failed is forgotten instead.
async fn remember(state: &AppState, key: &KeyId, response: Response) -> Response {
    if response.status().is_server_error() {
        if let Err(e) = idempotency::forget(state, key).await {
            tracing::warn!(error = %e, "forgetting a failed request's idempotency key failed");
        }
        return response;
    }
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, MAX_RESPONSE_BYTES).await {
        Ok(body) => body,
        Err(e) => {
            let _ = idempotency::forget(state, key).await;
            return Problem::internal(&*e.into_inner()).into_response();
        }
    };
    let stored = StoredResponse {
        status: parts.status.as_u16(),
        content_type: parts.headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned),
        body: body.to_vec(),
    };
    if let Err(e) = idempotency::complete(state, key, &stored).await {
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
