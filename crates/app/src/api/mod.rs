//! The HTTP surface that is not a page: health check, the JSON API under `/api/v1` (growing feature by
//! feature), and the middleware every response passes through.

use axum::extract::{MatchedPath, State};
use axum::http::{HeaderName, Request, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use serde_json::json;
use tower::ServiceBuilder;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::sensitive_headers::SetSensitiveRequestHeadersLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use utoipa_axum::router::{OpenApiRouter, UtoipaMethodRouterExt};
use utoipa_axum::routes;

use crate::state::AppState;

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

mod cases;
pub(crate) mod consent_forms;
mod erasure;
mod health_updates;
mod idempotency;
mod letters;
mod meetings;
mod openapi;
mod paging;
mod pairings;
mod questions;
mod registrations;
mod release;

pub(crate) use registrations::export as registrations_export;
mod screen;

mod service_tokens;
mod session;
pub(crate) mod statistics;
mod webhooks;

/// The routes of this module (sign-in routes separately, for the rate limit).
pub fn routes(state: &AppState) -> Router<AppState> {
    let (router, _) = documented_routes().split_for_parts();
    router
        .layer(axum::middleware::from_fn_with_state(state.clone(), idempotency::idempotent))
        .layer(axum::middleware::from_fn(problem_for_plain_refusals))
}

/// The routes of [`routes`] with their entries in the OpenAPI document (see `openapi`).
fn documented_routes() -> OpenApiRouter<AppState> {
    let upload_limit = || axum::extract::DefaultBodyLimit::max(crate::services::attachments::MAX_UPLOAD_REQUEST_BYTES);
    OpenApiRouter::with_openapi(<openapi::Base as utoipa::OpenApi>::openapi())
        .routes(routes!(healthz))
        .routes(routes!(openapi::serve))
        .routes(routes!(session::delete))
        .routes(routes!(session::me))
        .routes(routes!(session::waiting))
        .routes(routes!(session::export))
        .routes(routes!(erasure::export))
        .routes(routes!(erasure::erase))
        .routes(routes!(statistics::show))
        .routes(routes!(questions::list, questions::ask))
        .routes(routes!(questions::thread))
        .routes(routes!(questions::answer))
        .routes(routes!(questions::follow_up))
        .routes(routes!(questions::close))
        .routes(routes!(registrations::list))
        .routes(routes!(registrations::export))
        .routes(routes!(registrations::set_status))
        .routes(routes!(registrations::erase))
        .routes(routes!(session::organisations))
        .routes(routes!(service_tokens::list, service_tokens::create))
        .routes(routes!(service_tokens::revoke))
        .routes(routes!(webhooks::list, webhooks::create))
        .routes(routes!(webhooks::delete))
        .routes(routes!(letters::set_organisation_review))
        .routes(routes!(pairings::list, cases::create))
        .routes(routes!(pairings::detail))
        .routes(routes!(cases::patient))
        .routes(routes!(cases::donation))
        .routes(routes!(cases::transplant))
        .routes(routes!(cases::close))
        .routes(routes!(cases::status))
        .routes(routes!(pairings::policy))
        .routes(routes!(screen::screen))
        .routes(routes!(letters::list, letters::write))
        .routes(routes!(letters::get, letters::revise))
        .routes(routes!(letters::withdraw))
        .routes(routes!(letters::export))
        .routes(routes!(letters::sent))
        .routes(routes!(letters::translate))
        .routes(routes!(letters::request_translation))
        .routes(routes!(letters::review))
        .routes(routes!(letters::attach).layer(upload_limit()))
        .routes(routes!(letters::picture, letters::remove_picture))
        .routes(routes!(letters::queue))
        .routes(routes!(letters::consent, letters::set_consent))
        .routes(routes!(consent_forms::record).layer(upload_limit()))
        .routes(routes!(release::request))
        .routes(routes!(release::overview))
        .routes(routes!(release::sign_off))
        .routes(routes!(release::counterpart))
        .routes(routes!(meetings::list, meetings::propose))
        .routes(routes!(meetings::arrange))
        .routes(routes!(meetings::accept))
        .routes(routes!(meetings::decline))
        .routes(routes!(meetings::cancel))
        .routes(routes!(health_updates::list, health_updates::record))
}

/// The OpenAPI document of every route of this module (`GET /api/v1/openapi.json`).
fn document() -> utoipa::openapi::OpenApi {
    let mut document = openapi::with_idempotency_key(documented_routes().into_openapi());
    document.merge(documented_sign_in_routes().into_openapi());
    document.merge(documented_public_form_routes().into_openapi());
    document
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
    let (router, _) = documented_sign_in_routes().split_for_parts();
    router.layer(axum::middleware::from_fn(problem_for_plain_refusals))
}

fn documented_sign_in_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::default().routes(routes!(session::create))
}

/// What anyone may send without signing in (a registration, a visitor's question), kept apart for a
/// stricter rate limit than the sign-in's.
pub fn public_form_routes() -> Router<AppState> {
    let (router, _) = documented_public_form_routes().split_for_parts();
    router.layer(axum::middleware::from_fn(problem_for_plain_refusals))
}

fn documented_public_form_routes() -> OpenApiRouter<AppState> {
    OpenApiRouter::default().routes(routes!(registrations::create))
}

/// `GET /healthz`: 200 when the database answers, 503 otherwise.
#[utoipa::path(
    get,
    path = "/healthz",
    operation_id = "healthz",
    tag = "meta",
    security(()),
    responses(
        (status = OK, description = "The service and its database answer.", body = Object,
            example = json!({"status": "ok", "database": "sqlite", "version": "0.1.0"})),
        (status = SERVICE_UNAVAILABLE, description = "The database does not answer.", body = Object,
            example = json!({"status": "unavailable", "database": "sqlite"})),
    )
)]
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
