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

/// `POST /api/v1/donor-registrations` (anyone): `201` whether or not the address was registered before.
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
pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(filter): Query<Filter>,
) -> Result<Json<Vec<RegistrationLine>>, AppError> {
    Ok(Json(registrations::list(&state, &user, filter.status.as_deref()).await?))
}

/// `GET /api/v1/donor-registrations/export.csv`.
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

#[derive(Deserialize)]
pub(super) struct NewStatus {
    #[serde(default)]
    status: String,
}

/// `POST /api/v1/donor-registrations/{id}/status` `{"status": "kit_sent" | "typed" | "withdrawn"}`.
pub(super) async fn set_status(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    Json(body): Json<NewStatus>,
) -> Result<Json<RegistrationLine>, AppError> {
    Ok(Json(registrations::set_status(&state, &user, &id, &body.status).await?))
}

/// `DELETE /api/v1/donor-registrations/{id}`: erases it.
pub(super) async fn erase(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<StatusCode, AppError> {
    registrations::erase(&state, &user, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
