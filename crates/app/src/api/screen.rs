//! `POST /api/v1/screen` (see `services::screen`).

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::error::Problem;
use crate::services::screen::{self, ScreenError};
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
) -> Response {
    match screen::screen(&state, &user, request.text, request.language, request.pairing_id.as_deref()).await {
        Ok(screened) => Json(json!({ "findings": screened.findings, "redacted": screened.redacted })).into_response(),
        Err(e @ ScreenError::TooLong) => {
            Problem::new(StatusCode::PAYLOAD_TOO_LARGE, "text-too-long", e.to_string()).into_response()
        }
        Err(ScreenError::NotFound) => Problem::not_found().into_response(),
        Err(e) => Problem::internal(&e).into_response(),
    }
}
