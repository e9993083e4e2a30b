//! The HTTP surface that is not a page: health check, the JSON API under `/api/v1` (growing feature by
//! feature), and the middleware every response passes through.

use axum::extract::{MatchedPath, State};
use axum::http::{HeaderName, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use serde_json::json;
use tower::ServiceBuilder;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};

use crate::state::AppState;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

mod cases;
pub(crate) mod consent_forms;
mod health_updates;
mod idempotency;
mod letters;
mod meetings;
mod pairings;
mod questions;
mod registrations;
mod release;

pub(crate) use registrations::export as registrations_export;
mod screen;

mod service_tokens;
mod session;
pub(crate) mod statistics;

/// The routes of this module (sign-in routes separately, for the rate limit).
pub fn routes(state: &AppState) -> Router<AppState> {
    Router::new()
        .route("/healthz", get(healthz))
        .route("/api/v1/session", axum::routing::delete(session::delete))
        .route("/api/v1/me", get(session::me))
        .route("/api/v1/me/waiting", get(session::waiting))
        .route("/api/v1/me/export", get(session::export))
        .route("/api/v1/questions", get(questions::list).post(questions::ask))
        .route("/api/v1/questions/{id}", get(questions::thread))
        .route("/api/v1/questions/{id}/answers", axum::routing::post(questions::answer))
        .route("/api/v1/questions/{id}/follow-ups", axum::routing::post(questions::follow_up))
        .route("/api/v1/questions/{id}/close", axum::routing::post(questions::close))
        .route("/api/v1/donor-registrations", get(registrations::list))
        .route("/api/v1/donor-registrations/export.csv", get(registrations::export))
        .route("/api/v1/donor-registrations/{id}/status", axum::routing::post(registrations::set_status))
        .route("/api/v1/donor-registrations/{id}", axum::routing::delete(registrations::erase))
        .route("/api/v1/organisations", get(session::organisations))
        .route("/api/v1/statistics", get(statistics::show))
        .route("/api/v1/service-tokens", get(service_tokens::list).post(service_tokens::create))
        .route("/api/v1/service-tokens/{id}", axum::routing::delete(service_tokens::revoke))
        .route("/api/v1/organisations/{id}/letter-review", axum::routing::put(letters::set_organisation_review))
        .route("/api/v1/pairings", get(pairings::list).post(cases::create))
        .route("/api/v1/pairings/{id}", get(pairings::detail))
        .route("/api/v1/pairings/{id}/patient", axum::routing::post(cases::patient))
        .route("/api/v1/pairings/{id}/donations", axum::routing::post(cases::donation))
        .route("/api/v1/pairings/{id}/transplant", axum::routing::put(cases::transplant))
        .route("/api/v1/pairings/{id}/patient-status", axum::routing::post(cases::status))
        .route("/api/v1/pairings/{id}/policy", get(pairings::policy))
        .route("/api/v1/screen", axum::routing::post(screen::screen))
        .route("/api/v1/pairings/{id}/letters", get(letters::list).post(letters::write))
        .route("/api/v1/letters/{id}", get(letters::get).put(letters::revise))
        .route("/api/v1/letters/{id}/withdraw", axum::routing::post(letters::withdraw))
        .route("/api/v1/letters/{id}/export", get(letters::export))
        .route("/api/v1/letters/{id}/sent", axum::routing::post(letters::sent))
        .route("/api/v1/letters/{id}/translation", axum::routing::post(letters::translate))
        .route("/api/v1/letters/{id}/reviews", axum::routing::post(letters::review))
        .route(
            "/api/v1/letters/{id}/attachments",
            axum::routing::post(letters::attach)
                .layer(axum::extract::DefaultBodyLimit::max(crate::services::attachments::MAX_UPLOAD_REQUEST_BYTES)),
        )
        .route("/api/v1/letters/{id}/attachments/{attachment}", get(letters::picture).delete(letters::remove_picture))
        .route("/api/v1/review-queue", get(letters::queue))
        .route("/api/v1/pairings/{id}/consent", get(letters::consent).put(letters::set_consent))
        .route(
            "/api/v1/pairings/{id}/participants/{participant}/consent",
            axum::routing::post(consent_forms::record)
                .layer(axum::extract::DefaultBodyLimit::max(crate::services::attachments::MAX_UPLOAD_REQUEST_BYTES)),
        )
        .route("/api/v1/pairings/{id}/release-requests", axum::routing::post(release::request))
        .route("/api/v1/pairings/{id}/release", get(release::overview))
        .route("/api/v1/release-requests/{id}/sign-off", axum::routing::post(release::sign_off))
        .route("/api/v1/pairings/{id}/counterpart", get(release::counterpart))
        .route("/api/v1/pairings/{id}/meetings", get(meetings::list).post(meetings::propose))
        .route("/api/v1/meetings/{id}", axum::routing::put(meetings::arrange))
        .route("/api/v1/meetings/{id}/accept", axum::routing::post(meetings::accept))
        .route("/api/v1/meetings/{id}/decline", axum::routing::post(meetings::decline))
        .route("/api/v1/meetings/{id}/cancel", axum::routing::post(meetings::cancel))
        .route("/api/v1/pairings/{id}/health-updates", get(health_updates::list).post(health_updates::record))
        .layer(axum::middleware::from_fn_with_state(state.clone(), idempotency::idempotent))
        .layer(axum::middleware::from_fn(problem_for_plain_refusals))
}

/// The framework's own refusals (a body that is not JSON, a missing field, a body over the limit) come as
/// plain text, and a method a route does not have (`405`) with no body at all; every error of the API is a
/// problem document, so they are wrapped in one with the same status and message.
async fn problem_for_plain_refusals(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    let method = request.method().clone();
    let response = next.run(request).await;
    let content_type = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let plain = content_type.is_none_or(|v| v.starts_with("text/plain"));
    if !(plain && response.status().is_client_error()) {
        return response;
    }
    let (parts, body) = response.into_parts();
    let detail = axum::body::to_bytes(body, 16 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default();
    let (kind, detail) = match parts.status {
        StatusCode::METHOD_NOT_ALLOWED => (
            "method-not-allowed",
            format!("This address does not take {method}; the Allow header lists what it takes."),
        ),
        status if detail.trim().is_empty() => {
            ("bad-request", status.canonical_reason().unwrap_or("Bad request").to_owned())
        }
        _ => ("bad-request", detail),
    };
    // The framework's headers (such as `Allow`) stay; the body and its type are the problem document's.
    let mut problem = crate::error::Problem::new(parts.status, kind, detail).into_response();
    for (name, value) in &parts.headers {
        if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
            problem.headers_mut().insert(name, value.clone());
        }
    }
    problem
}

/// `POST /api/v1/session`, which the per-address rate limit guards.
pub fn sign_in_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/session", axum::routing::post(session::create))
        .layer(axum::middleware::from_fn(problem_for_plain_refusals))
}

/// What anyone may send without signing in (a registration, a visitor's question), kept apart for a
/// stricter rate limit than the sign-in's.
pub fn public_form_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/donor-registrations", axum::routing::post(registrations::create))
        .layer(axum::middleware::from_fn(problem_for_plain_refusals))
}

/// `GET /healthz`: 200 when the database answers, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    let database = state.store.backend().as_str();
    match state.store.ping().await {
        Ok(()) => {
            Json(json!({"status": "ok", "database": database, "version": env!("CARGO_PKG_VERSION")})).into_response()
        }
        Err(e) => {
            tracing::warn!(error = %e, "health check: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, Json(json!({"status": "unavailable", "database": database})))
                .into_response()
        }
    }
}

/// Request ids, logging by route pattern (never the raw URI, which could carry a query string), and
/// cookies/credentials marked sensitive so no layer prints them.
pub fn with_middleware(router: Router) -> Router {
    router.layer(
        ServiceBuilder::new()
            .layer(SetSensitiveRequestHeadersLayer::new([header::AUTHORIZATION, header::COOKIE]))
            .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
            .layer(
                TraceLayer::new_for_http()
                    .make_span_with(|request: &Request<_>| {
                        let route =
                            request.extensions().get::<MatchedPath>().map_or("(unmatched)", MatchedPath::as_str);
                        let id = request.headers().get(&REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
                        tracing::info_span!("request", method = %request.method(), route, request_id = id)
                    })
                    .on_response(DefaultOnResponse::new().level(tracing::Level::INFO)),
            )
            .layer(PropagateRequestIdLayer::new(REQUEST_ID)),
    )
}
