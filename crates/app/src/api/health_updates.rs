//! Health updates from the patient side to the donor (`services::health_updates`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::health_updates::{self, NewHealthUpdate};
use crate::services::letters::LetterView;
use crate::state::AppState;

use super::openapi::{IdAndStatus, ReadProblems, WriteProblems};

/// `POST /api/v1/pairings/{id}/health-updates`.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/health-updates",
    operation_id = "health_updates_record",
    tag = "health-updates",
    params(("id" = String, Path, description = "The pairing's id.")),
    request_body = NewHealthUpdate,
    responses((status = CREATED, description = "The health update, sent to review.", body = IdAndStatus), WriteProblems)
)]
pub(super) async fn record(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(new): Json<NewHealthUpdate>,
) -> Result<Response, AppError> {
    let update = health_updates::record(&state, &user, &id, new).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": update.id.to_string(), "status": update.status.public_name() })))
        .into_response())
}

/// `GET /api/v1/pairings/{id}/health-updates`.
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}/health-updates",
    operation_id = "health_updates_list",
    tag = "health-updates",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses(
        (status = OK, description = "The health updates the caller may read.", body = Vec<LetterView>),
        ReadProblems,
    )
)]
pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    Ok(Json(health_updates::list(&state, &user, &id).await?).into_response())
}
