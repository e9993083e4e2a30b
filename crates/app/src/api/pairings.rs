//! `GET /api/v1/pairings` and `GET /api/v1/pairings/{id}/policy`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::auth::CurrentUser;
use crate::error::Problem;
use crate::services::pairings;
use crate::services::policy::{self, PolicyError};
use crate::state::AppState;

/// Pairings the caller takes part in or works on.
pub(super) async fn list(State(state): State<AppState>, user: CurrentUser) -> Response {
    match pairings::list(&state, &user).await {
        Ok(list) => Json(list).into_response(),
        Err(e) => Problem::internal(&e).into_response(),
    }
}

/// The effective contact policy of a pairing today (the shape of `policy explain --format json`).
pub(super) async fn policy(State(state): State<AppState>, user: CurrentUser, Path(id): Path<String>) -> Response {
    match policy::for_caller(&state, &user, &id).await {
        Ok(view) => Json(view.explanation).into_response(),
        Err(PolicyError::NotFound) => Problem::not_found().into_response(),
        Err(PolicyError::Incomplete) => Problem::new(
            StatusCode::CONFLICT,
            "pairing-incomplete",
            "The patient side of this pairing is not recorded yet.",
        )
        .into_response(),
        Err(e) => Problem::internal(&e).into_response(),
    }
}
