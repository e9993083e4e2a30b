//! Meetings after release (`services::meetings`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::meetings::{self, ArrangementsInput, MeetingView, Step};
use crate::state::AppState;

use super::openapi::{ReadProblems, WriteProblems};

/// A meeting proposal, with an optional note; the body may be left out.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub(super) struct Proposal {
    #[serde(default)]
    note: String,
}

/// `POST /api/v1/pairings/{id}/meetings`.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/meetings",
    operation_id = "meetings_propose",
    tag = "meetings",
    params(("id" = String, Path, description = "The pairing's id.")),
    request_body = Option<Proposal>,
    responses((status = CREATED, description = "The proposed meeting.", body = MeetingView), WriteProblems)
)]
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
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}/meetings",
    operation_id = "meetings_list",
    tag = "meetings",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses((status = OK, description = "The meetings of the pairing.", body = Vec<MeetingView>), ReadProblems)
)]
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
#[utoipa::path(
    post,
    path = "/api/v1/meetings/{id}/accept",
    operation_id = "meetings_accept",
    tag = "meetings",
    params(("id" = String, Path, description = "The meeting's id.")),
    responses((status = OK, description = "The meeting, accepted.", body = MeetingView), WriteProblems)
)]
pub(super) async fn accept(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    step(state, user, id, Step::Accept).await
}

/// `POST /api/v1/meetings/{id}/decline`.
#[utoipa::path(
    post,
    path = "/api/v1/meetings/{id}/decline",
    operation_id = "meetings_decline",
    tag = "meetings",
    params(("id" = String, Path, description = "The meeting's id.")),
    responses((status = OK, description = "The meeting, declined.", body = MeetingView), WriteProblems)
)]
pub(super) async fn decline(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    step(state, user, id, Step::Decline).await
}

/// `POST /api/v1/meetings/{id}/cancel`.
#[utoipa::path(
    post,
    path = "/api/v1/meetings/{id}/cancel",
    operation_id = "meetings_cancel",
    tag = "meetings",
    params(("id" = String, Path, description = "The meeting's id.")),
    responses((status = OK, description = "The meeting, cancelled.", body = MeetingView), WriteProblems)
)]
pub(super) async fn cancel(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    step(state, user, id, Step::Cancel).await
}

/// `PUT /api/v1/meetings/{id}` (coordinators).
#[utoipa::path(
    put,
    path = "/api/v1/meetings/{id}",
    operation_id = "meetings_arrange",
    tag = "meetings",
    params(("id" = String, Path, description = "The meeting's id.")),
    request_body = ArrangementsInput,
    responses((status = OK, description = "The meeting with its arrangements.", body = MeetingView), WriteProblems)
)]
pub(super) async fn arrange(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(input): Json<ArrangementsInput>,
) -> Result<Response, AppError> {
    Ok(Json(meetings::arrange(&state, &user, &id, input).await?).into_response())
}
