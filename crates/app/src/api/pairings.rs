//! `GET /api/v1/pairings` and `GET /api/v1/pairings/{id}/policy`.

use axum::Json;
use axum::extract::{Path, State};
use twinbridge_domain::rules::Explanation;

use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::pairings::{self, PairingLine};
use crate::services::policy;
use crate::state::AppState;

/// Pairings the caller takes part in or works on.
pub(super) async fn list(State(state): State<AppState>, user: CurrentUser) -> Result<Json<Vec<PairingLine>>, AppError> {
    Ok(Json(pairings::list(&state, &user).await?))
}

/// The effective contact policy of a pairing today (the shape of `policy explain --format json`).
pub(super) async fn policy(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Json<Explanation>, AppError> {
    Ok(Json(policy::for_caller(&state, &user, &id).await?.explanation))
}
