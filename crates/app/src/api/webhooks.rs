//! Webhook subscriptions of registry systems (`services::webhooks`): administrators only.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::webhooks::{self, WebhookLine};
use crate::state::AppState;

use super::openapi::{CreatedWebhook, ReadProblems, WriteProblems};

/// Where to post (`https://`, or `http://` to a loopback address) and which events: `letter.waiting`,
/// `release.signed_off`, `question.asked`.
#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct NewWebhook {
    url: String,
    #[serde(default)]
    events: Vec<String>,
}

/// `POST /api/v1/webhooks` `{"url", "events"}` → `201 {"id", "secret"}`; the secret is shown this once.
#[utoipa::path(
    post,
    path = "/api/v1/webhooks",
    operation_id = "webhooks_create",
    tag = "webhooks",
    request_body = NewWebhook,
    responses(
        (status = CREATED, description = "The subscription, with its signing secret shown this once.",
            body = CreatedWebhook),
        WriteProblems,
    )
)]
pub(super) async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(new): Json<NewWebhook>,
) -> Result<Response, AppError> {
    let (line, secret) = webhooks::create(&state, &user, &new.url, &new.events).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": line.id, "secret": secret, "url": line.url, "events": line.events })))
        .into_response())
}

/// `GET /api/v1/webhooks`: the organisation's subscriptions, without their secrets, each with its latest
/// delivery.
#[utoipa::path(
    get,
    path = "/api/v1/webhooks",
    operation_id = "webhooks_list",
    tag = "webhooks",
    responses(
        (status = OK, description = "The organisation's subscriptions, without their secrets.",
            body = Vec<WebhookLine>),
        ReadProblems,
    )
)]
pub(super) async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<Json<Vec<WebhookLine>>, AppError> {
    Ok(Json(webhooks::list(&state, &user).await?))
}

/// `DELETE /api/v1/webhooks/{id}`: no more deliveries, and those not yet made are dropped.
#[utoipa::path(
    delete,
    path = "/api/v1/webhooks/{id}",
    operation_id = "webhooks_delete",
    tag = "webhooks",
    params(("id" = String, Path, description = "The subscription's id.")),
    responses((status = NO_CONTENT, description = "Deleted, with its pending deliveries."), WriteProblems)
)]
pub(super) async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    webhooks::delete(&state, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
