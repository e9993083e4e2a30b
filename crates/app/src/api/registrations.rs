//! Potential-donor registrations: the public `POST` and the registry staff's list, export and steps
//! (`services::registrations`).

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::registrations::{self, NewRegistration, RegistrationLine};
use crate::state::AppState;

use super::openapi::{PublicProblems, ReadProblems, WriteProblems};

/// `POST /api/v1/donor-registrations` (anyone): `201` whether or not the address was registered before.
#[utoipa::path(
    post,
    path = "/api/v1/donor-registrations",
    operation_id = "registrations_create",
    tag = "registrations",
    security(()),
    request_body = NewRegistration,
    responses(
        (status = CREATED, description = "Received (also when the address was registered before).",
            body = Object, example = json!({"status": "received"})),
        PublicProblems,
    )
)]
pub(super) async fn create(
    State(state): State<AppState>,
    Json(new): Json<NewRegistration>,
) -> Result<Response, AppError> {
    registrations::register(&state, new).await?;
    Ok((StatusCode::CREATED, Json(json!({ "status": "received" }))).into_response())
}

#[derive(Deserialize)]
pub(super) struct Filter {
    status: Option<String>,
}

/// `GET /api/v1/donor-registrations?status=`: the caller's registry's registrations.
#[utoipa::path(
    get,
    path = "/api/v1/donor-registrations",
    operation_id = "registrations_list",
    tag = "registrations",
    params(("status" = Option<String>, Query, description = "Only registrations with this status.")),
    responses(
        (status = OK, description = "The caller's registry's registrations.", body = Vec<RegistrationLine>),
        ReadProblems,
    )
)]
pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(filter): Query<Filter>,
) -> Result<Json<Vec<RegistrationLine>>, AppError> {
    Ok(Json(registrations::list(&state, &user, filter.status.as_deref()).await?))
}

/// `GET /api/v1/donor-registrations/export.csv`.
#[utoipa::path(
    get,
    path = "/api/v1/donor-registrations/export.csv",
    operation_id = "registrations_export",
    tag = "registrations",
    responses(
        (status = OK, description = "The registrations as CSV with a header row.",
            body = String, content_type = "text/csv"),
        ReadProblems,
    )
)]
pub(crate) async fn export(State(state): State<AppState>, user: CurrentUser) -> Result<Response, AppError> {
    let csv = registrations::export_csv(&state, &user).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"registrations.csv\""),
            (header::CACHE_CONTROL, "private, no-store"),
        ],
        csv,
    )
        .into_response())
}

/// The next step: `kit_sent`, `typed` or `withdrawn`.
#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct NewStatus {
    #[serde(default)]
    status: String,
}

/// `POST /api/v1/donor-registrations/{id}/status` `{"status": "kit_sent" | "typed" | "withdrawn"}`.
#[utoipa::path(
    post,
    path = "/api/v1/donor-registrations/{id}/status",
    operation_id = "registrations_set_status",
    tag = "registrations",
    params(("id" = String, Path, description = "The registration's id.")),
    request_body = NewStatus,
    responses((status = OK, description = "The registration after the step.", body = RegistrationLine), WriteProblems)
)]
pub(super) async fn set_status(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<NewStatus>,
) -> Result<Json<RegistrationLine>, AppError> {
    Ok(Json(registrations::set_status(&state, &user, &id, &body.status).await?))
}

/// `DELETE /api/v1/donor-registrations/{id}`: erases it.
#[utoipa::path(
    delete,
    path = "/api/v1/donor-registrations/{id}",
    operation_id = "registrations_erase",
    tag = "registrations",
    params(("id" = String, Path, description = "The registration's id.")),
    responses((status = NO_CONTENT, description = "Erased."), WriteProblems)
)]
pub(super) async fn erase(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    registrations::erase(&state, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
