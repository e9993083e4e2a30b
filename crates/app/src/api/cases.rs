//! The cases API: pairings, the patient side, donations, the transplant and the patient's status.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::cases::{self, DonationInput, NewPairing, PatientInput};
use crate::state::AppState;

use super::openapi::{CreatedPairing, Id, WriteProblems};

/// `POST /api/v1/pairings`.
#[utoipa::path(
    post,
    path = "/api/v1/pairings",
    operation_id = "cases_create",
    tag = "pairings",
    request_body = NewPairing,
    responses(
        (status = CREATED, description = "The pairing; the donor is invited by e-mail.", body = CreatedPairing),
        WriteProblems,
    )
)]
pub(super) async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(new): Json<NewPairing>,
) -> Result<Response, AppError> {
    let pairing = cases::create(&state, &user, new).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": pairing.id.to_string(), "reference": pairing.reference.as_str() })))
        .into_response())
}

/// `POST /api/v1/pairings/{id}/patient`.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/patient",
    operation_id = "cases_patient",
    tag = "pairings",
    params(("id" = String, Path, description = "The pairing's id.")),
    request_body = PatientInput,
    responses(
        (status = OK, description = "The patient side is recorded; the patient (or proxy) is invited.", body = Id),
        WriteProblems,
    )
)]
pub(super) async fn patient(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(input): Json<PatientInput>,
) -> Result<Response, AppError> {
    cases::attach_patient(&state, &user, &id, input).await?;
    Ok(Json(json!({ "id": id })).into_response())
}

/// `POST /api/v1/pairings/{id}/donations`.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/donations",
    operation_id = "cases_donation",
    tag = "pairings",
    params(("id" = String, Path, description = "The pairing's id.")),
    request_body = DonationInput,
    responses((status = CREATED, description = "The donation.", body = Id), WriteProblems)
)]
pub(super) async fn donation(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(input): Json<DonationInput>,
) -> Result<Response, AppError> {
    let donation = cases::add_donation(&state, &user, &id, input).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": donation.id.to_string() }))).into_response())
}

/// The transplant day.
#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct TransplantInput {
    date: NaiveDate,
}

/// `PUT /api/v1/pairings/{id}/transplant`.
#[utoipa::path(
    put,
    path = "/api/v1/pairings/{id}/transplant",
    operation_id = "cases_transplant",
    tag = "pairings",
    params(("id" = String, Path, description = "The pairing's id.")),
    request_body = TransplantInput,
    responses((status = OK, description = "The transplant day as recorded.", body = TransplantInput), WriteProblems)
)]
pub(super) async fn transplant(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(input): Json<TransplantInput>,
) -> Result<Response, AppError> {
    cases::set_transplant(&state, &user, &id, input.date).await?;
    Ok(Json(json!({ "date": input.date })).into_response())
}

/// The patient's status (`well`, `in_treatment`, `relapsed`, `deceased` or `unknown`) and since when.
#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct StatusInput {
    status: String,
    on: NaiveDate,
}

/// `POST /api/v1/pairings/{id}/patient-status`.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/patient-status",
    operation_id = "cases_status",
    tag = "pairings",
    params(("id" = String, Path, description = "The pairing's id.")),
    request_body = StatusInput,
    responses((status = CREATED, description = "The status as recorded.", body = StatusInput), WriteProblems)
)]
pub(super) async fn status(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(input): Json<StatusInput>,
) -> Result<Response, AppError> {
    cases::add_status(&state, &user, &id, &input.status, input.on).await?;
    Ok((StatusCode::CREATED, Json(json!({ "status": input.status, "on": input.on }))).into_response())
}

/// `POST /api/v1/pairings/{id}/close`: a coordinator of either side closes the case.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/close",
    operation_id = "cases_close",
    tag = "pairings",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses(
        (status = NO_CONTENT, description = "Closed: nothing more is passed on; the retention periods start."),
        WriteProblems
    )
)]
pub(super) async fn close(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<axum::http::StatusCode, AppError> {
    cases::close(&state, &user, &id).await?;
    Ok(axum::http::StatusCode::NO_CONTENT)
}
