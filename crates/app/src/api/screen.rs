//! `POST /api/v1/screen` (see `services::screen`).

use axum::Json;
use axum::extract::State;
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::screen::{self, Screened};
use crate::state::AppState;

use super::openapi::ScreenProblems;

/// A text to screen, its language and the pairing whose identifiers to look for.
#[derive(Deserialize, utoipa::ToSchema)]
pub(super) struct ScreenRequest {
    text: String,
    language: Option<String>,
    pairing_id: Option<String>,
}

#[utoipa::path(
    post,
    path = "/api/v1/screen",
    operation_id = "screen_screen",
    tag = "screen",
    request_body = ScreenRequest,
    responses(
        (status = OK, description = "What the screen found, and the text with it removed.", body = Screened),
        ScreenProblems,
    )
)]
pub(super) async fn screen(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(request): Json<ScreenRequest>,
) -> Result<Json<Screened>, AppError> {
    Ok(Json(screen::screen(&state, &user, request.text, request.language, request.pairing_id.as_deref()).await?))
}
