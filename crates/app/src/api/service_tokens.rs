//! Service tokens for registry systems (`services::service_tokens`): administrators only.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::service_tokens::{self, TokenLine};
use crate::state::AppState;

use super::openapi::{CreatedServiceToken, ReadProblems, WriteProblems};

/// A name for the token and its scopes (`cases:read`, `letters:read`, …).
#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct NewToken {
    name: String,
    #[serde(default)]
    scopes: Vec<String>,
}

/// `POST /api/v1/service-tokens` `{"name", "scopes"}` → `201 {"id", "token"}`; the token is shown this once.
#[utoipa::path(
    post,
    path = "/api/v1/service-tokens",
    operation_id = "service_tokens_create",
    tag = "service-tokens",
    request_body = NewToken,
    responses(
        (status = CREATED, description = "The token, shown this once.", body = CreatedServiceToken),
        WriteProblems,
    )
)]
pub(super) async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(new): Json<NewToken>,
) -> Result<Response, AppError> {
    let (line, secret) = service_tokens::create(&state, &user, &new.name, &new.scopes).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": line.id, "token": secret, "name": line.name, "scopes": line.scopes })))
        .into_response())
}

/// `GET /api/v1/service-tokens`: the organisation's tokens, without their secrets.
#[utoipa::path(
    get,
    path = "/api/v1/service-tokens",
    operation_id = "service_tokens_list",
    tag = "service-tokens",
    responses(
        (status = OK, description = "The organisation's tokens, without their secrets.", body = Vec<TokenLine>),
        ReadProblems,
    )
)]
pub(super) async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<Json<Vec<TokenLine>>, AppError> {
    Ok(Json(service_tokens::list(&state, &user).await?))
}

/// `DELETE /api/v1/service-tokens/{id}`: revokes it at once.
#[utoipa::path(
    delete,
    path = "/api/v1/service-tokens/{id}",
    operation_id = "service_tokens_revoke",
    tag = "service-tokens",
    params(("id" = String, Path, description = "The token's id.")),
    responses((status = NO_CONTENT, description = "Revoked at once."), WriteProblems)
)]
pub(super) async fn revoke(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    service_tokens::revoke(&state, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
