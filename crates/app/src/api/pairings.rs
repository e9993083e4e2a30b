//! `GET /api/v1/pairings` and `GET /api/v1/pairings/{id}/policy`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;
use twinbridge_domain::access::{Relation, relation_to};
use twinbridge_domain::{Pairing, PairingId};
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::error::Problem;
use crate::policy::{self, PolicyError};
use crate::startup::AppState;

fn side(relation: Relation) -> &'static str {
    if relation.is_donor_side() { "donor" } else { "patient" }
}

fn role(relation: Relation) -> &'static str {
    match relation {
        Relation::Participant(role) => role.kind_str(),
        Relation::DonorSideStaff | Relation::PatientSideStaff => "coordinator",
    }
}

/// The pairing and the caller's relation to it, or `None` (missing and hidden look the same).
pub(crate) async fn visible_pairing(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<Option<(Pairing, Relation)>, StoreError> {
    let Ok(id) = id.parse::<PairingId>() else { return Ok(None) };
    let Some(pairing) = repo::pairings::get(state.store.read(), id).await? else { return Ok(None) };
    let participants = repo::pairings::participants(state.store.read(), id).await?;
    Ok(relation_to(&user.actor(), &pairing, &participants).map(|r| (pairing, r)))
}

/// Pairings the caller takes part in or works on.
pub(super) async fn list(State(state): State<AppState>, user: CurrentUser) -> Response {
    let result = async {
        let conn = state.store.read();
        let actor = user.actor();
        let mut visible = Vec::new();
        for pairing in repo::pairings::list(conn).await? {
            let participants = repo::pairings::participants(conn, pairing.id).await?;
            if let Some(relation) = relation_to(&actor, &pairing, &participants) {
                visible.push(json!({
                    "id": pairing.id.to_string(),
                    "reference": pairing.reference.as_str(),
                    "side": side(relation),
                    "role": role(relation),
                }));
            }
        }
        Ok::<_, StoreError>(visible)
    }
    .await;
    match result {
        Ok(list) => Json(list).into_response(),
        Err(e) => Problem::internal(&e).into_response(),
    }
}

/// The effective contact policy of a pairing today (the shape of `policy explain --format json`).
pub(super) async fn policy(State(state): State<AppState>, user: CurrentUser, Path(id): Path<String>) -> Response {
    let (pairing, relation) = match visible_pairing(&state, &user, &id).await {
        Ok(Some(found)) => found,
        Ok(None) => return Problem::not_found().into_response(),
        Err(e) => return Problem::internal(&e).into_response(),
    };
    match policy::explain(state.store.read(), &pairing, state.clock.today()).await {
        Ok(explanation) if matches!(relation, Relation::Participant(_)) => {
            Json(policy::for_participant(explanation)).into_response()
        }
        Ok(explanation) => Json(explanation).into_response(),
        Err(PolicyError::Incomplete) => Problem::new(
            StatusCode::CONFLICT,
            "pairing-incomplete",
            "The patient side of this pairing is not recorded yet.",
        )
        .into_response(),
        Err(e) => Problem::internal(&e).into_response(),
    }
}
