//! Meetings after release (`services::meetings`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::meetings::{self, ArrangementsInput, Step};
use crate::state::AppState;

#[derive(Debug, Default, Deserialize)]
pub(super) struct Proposal {
    #[serde(default)]
    note: String,
}

/// `POST /api/v1/pairings/{id}/meetings`.
pub(super) async fn propose(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    body: Option<Json<Proposal>>,
) -> Result<Response, AppError> {
    let note = body.map(|Json(p)| p.note).unwrap_or_default();
    let meeting = meetings::propose(&state, &user, &id, &note).await?;
    Ok((StatusCode::CREATED, Json(meeting)).into_response())
}

/// `GET /api/v1/pairings/{id}/meetings`.
pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    Ok(Json(meetings::list(&state, &user, &id).await?).into_response())
}

async fn step(state: AppState, user: CurrentUser, id: String, step: Step) -> Result<Response, AppError> {
    Ok(Json(meetings::step(&state, &user, &id, step).await?).into_response())
}

/// `POST /api/v1/meetings/{id}/accept`.
pub(super) async fn accept(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    step(state, user, id, Step::Accept).await
}

/// `POST /api/v1/meetings/{id}/decline`.
pub(super) async fn decline(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    step(state, user, id, Step::Decline).await
}

/// `POST /api/v1/meetings/{id}/cancel`.
pub(super) async fn cancel(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    step(state, user, id, Step::Cancel).await
}

/// `PUT /api/v1/meetings/{id}` (coordinators).
pub(super) async fn arrange(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(input): Json<ArrangementsInput>,
) -> Result<Response, AppError> {
    Ok(Json(meetings::arrange(&state, &user, &id, input).await?).into_response())
}
