//! A participant's data-protection requests answered by a coordinator of their own side: the export of
//! everything held about them, and the erasure of their identity (`services::erasure`).

use axum::Json;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::openapi::{ReadProblems, WriteProblems};
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::data_export::DataExport;
use crate::services::erasure::Erasure;
use crate::state::AppState;

/// The body of an erasure.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(super) struct EraseBody {
    /// Why (kept in the audit trail; must not name the person).
    reason: String,
}

/// `POST /api/v1/pairings/{id}/participants/{participant}/erasure` `{"reason"}` → `200` with the counts.
#[utoipa::path(
    post,
    path = "/api/v1/pairings/{id}/participants/{participant}/erasure",
    operation_id = "erasure_erase",
    tag = "data protection",
    params(("id" = String, Path, description = "The pairing."), ("participant" = String, Path, description = "The participant (`participant_id` of the pairing).")),
    request_body = EraseBody,
    responses(
        (status = OK, description = "Erased: what was done, in counts.", body = Erasure),
        WriteProblems,
    )
)]
pub(super) async fn erase(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, participant)): Path<(String, String)>,
    Json(body): Json<EraseBody>,
) -> Result<Json<Erasure>, AppError> {
    Ok(Json(crate::services::erasure::erase_participant(&state, &user, &id, &participant, &body.reason).await?))
}

/// `GET /api/v1/pairings/{id}/participants/{participant}/export`: the participant's data export.
#[utoipa::path(
    get,
    path = "/api/v1/pairings/{id}/participants/{participant}/export",
    operation_id = "erasure_export",
    tag = "data protection",
    params(("id" = String, Path, description = "The pairing."), ("participant" = String, Path, description = "The participant (`participant_id` of the pairing).")),
    responses(
        (status = OK, description = "Everything held about the participant, as a file to keep.", body = DataExport),
        ReadProblems,
    )
)]
pub(super) async fn export(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, participant)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let data = crate::services::data_export::of_participant(&state, &user, &id, &participant).await?;
    Ok(([(header::CONTENT_DISPOSITION, "attachment; filename=\"twinbridge-participant-data.json\"")], Json(data))
        .into_response())
}
