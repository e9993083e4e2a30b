//! `POST /api/v1/screen` (see `services::screen`).

use axum::Json;
use axum::extract::State;
use serde::Deserialize;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::screen::{self, Screened};
use crate::state::AppState;

#[derive(Deserialize)]
pub(super) struct ScreenRequest {
    text: String,
    language: Option<String>,
    pairing_id: Option<String>,
}

pub(super) async fn screen(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(request): Json<ScreenRequest>,
) -> Result<Json<Screened>, AppError> {
    Ok(Json(screen::screen(&state, &user, request.text, request.language, request.pairing_id.as_deref()).await?))
}
