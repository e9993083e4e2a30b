//! Identity release and what a participant may know of the other party (`services::release`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use twinbridge_domain::release::SignOff;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::release::{self, Counterpart, ReleaseOverview};
use crate::state::AppState;

use super::openapi::{IdAndStatus, ReadProblems, WriteProblems};

/// `POST /api/v1/pairings/{id}/release-requests`.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/release-requests",
    operation_id = "release_request",
    tag = "release",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses((status = CREATED, description = "The release request.", body = IdAndStatus), WriteProblems)
)]
pub(super) async fn request(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let request = release::request(&state, &user, &id).await?;
    Ok((StatusCode::CREATED, Json(json!({ "id": request.id.to_string(), "status": request.status.as_str() })))
        .into_response())
}

/// `GET /api/v1/pairings/{id}/release`: where the release stands.
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}/release",
    operation_id = "release_overview",
    tag = "release",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses((status = OK, description = "Where the release stands.", body = ReleaseOverview), ReadProblems)
)]
pub(super) async fn overview(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    Ok(Json(release::overview(&state, &user, &id).await?).into_response())
}

/// The body of a sign-off; every flag optional.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct SignOffBody {
    #[serde(default)]
    counselling_recorded: bool,
    #[serde(default)]
    patient_well_confirmed: bool,
    #[serde(default)]
    no_further_donation_expected: bool,
    #[serde(default)]
    confidentiality_agreement: bool,
}

/// `POST /api/v1/release-requests/{id}/sign-off`.
#[utoipa::path(
    post,
    path = "/api/v1/release-requests/{id}/sign-off",
    operation_id = "release_sign_off",
    tag = "release",
    params(("id" = String, Path, description = "The release request's id.")),
    request_body = Option<SignOffBody>,
    responses((status = OK, description = "The release request after the sign-off.", body = IdAndStatus), WriteProblems)
)]
pub(super) async fn sign_off(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    body: Option<Json<SignOffBody>>,
) -> Result<Response, AppError> {
    let body = body.map(|Json(b)| b).unwrap_or_default();
    let sign_off = SignOff {
        counselling_recorded: body.counselling_recorded,
        patient_well_confirmed: body.patient_well_confirmed,
        no_further_donation_expected: body.no_further_donation_expected,
        confidentiality_agreement: body.confidentiality_agreement,
    };
    let request = release::sign_off(&state, &user, &id, sign_off).await?;
    Ok(Json(json!({ "id": request.id.to_string(), "status": request.status.as_str() })).into_response())
}

/// `GET /api/v1/pairings/{id}/counterpart`.
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}/counterpart",
    operation_id = "release_counterpart",
    tag = "release",
    params(("id" = String, Path, description = "The pairing's id.")),
    responses(
        (status = OK, description = "What the caller may know of the other party now.", body = Counterpart),
        ReadProblems,
    )
)]
pub(super) async fn counterpart(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    Ok(Json(release::counterpart(&state, &user, &id).await?).into_response())
}
