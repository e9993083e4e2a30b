//! `POST /api/v1/screen`: screens a text, seeded only with identifiers the caller already knows — a
//! participant's own, or for staff their own side's participants in a pairing they work on — so that the
//! screen can never be used to test guesses about the other party.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;
use twinbridge_domain::access::{PersonOwner, identity_access};
use twinbridge_domain::{Person, PersonId};
use twinbridge_screening::{Known, Screener, redact};
use twinbridge_store::{StoreError, repo};

use super::pairings::visible_pairing;
use crate::auth::CurrentUser;
use crate::error::Problem;
use crate::startup::AppState;

/// Longest text screened in one call (a long letter is a few thousand characters).
const MAX_CHARS: usize = 100_000;

#[derive(Deserialize)]
pub(super) struct ScreenRequest {
    text: String,
    language: Option<String>,
    pairing_id: Option<String>,
}

/// What the screen may know of a person: their names, places, contacts and dates.
pub(crate) fn known_of(person: &Person, known: &mut Known) {
    known.names.push(person.legal_name.as_str().to_owned());
    if let Some(first) = &person.preferred_first_name {
        known.names.push(first.as_str().to_owned());
    }
    if let Some(town) = &person.town {
        known.places.push(town.as_str().to_owned());
    }
    if let Some(address) = &person.postal_address {
        known.places.push(address.as_str().to_owned());
    }
    known.other.push(person.email.as_str().to_owned());
    if let Some(phone) = &person.phone {
        known.other.push(phone.as_str().to_owned());
    }
    if let Some(born) = person.date_of_birth {
        known.other.push(born.date().to_string());
    }
    known.organisations.extend(person.other_identifiers.iter().map(|i| i.as_str().to_owned()));
}

async fn seed(state: &AppState, user: &CurrentUser, pairing_id: Option<&str>) -> Result<Option<Known>, StoreError> {
    let mut known = Known::default();
    let mut people: Vec<PersonId> = user.account.person.into_iter().collect();
    if let Some(id) = pairing_id {
        let Some((pairing, relation)) = visible_pairing(state, user, id).await? else { return Ok(None) };
        if user.is_staff() {
            let participants = repo::pairings::participants(state.store.read(), pairing.id).await?;
            people = participants
                .iter()
                .filter(|p| p.role.is_donor_side() == relation.is_donor_side())
                .map(|p| p.person)
                .collect();
        }
    }
    let actor = user.actor();
    for id in &people {
        let Some(organisation) = repo::persons::organisation_of(state.store.read(), *id).await? else { continue };
        let Some(access) = identity_access(&actor, PersonOwner { person: *id, organisation }) else { continue };
        if let Some((person, organisation)) = repo::persons::read(state.store.read(), &state.keys, &access).await? {
            known_of(&person, &mut known);
            // Reading identities to seed the screen is an identity read like any other.
            let mut event = crate::audit::event(
                "identity_read",
                Some(&user.account),
                Some(organisation),
                Some(format!("person:{id}")),
            );
            event.details = serde_json::json!({ "purpose": "screening" });
            crate::audit::record(state, event).await?;
        }
    }
    Ok(Some(known))
}

pub(super) async fn screen(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(request): Json<ScreenRequest>,
) -> Response {
    if request.text.chars().count() > MAX_CHARS {
        return Problem::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "text-too-long",
            format!("Screen at most {MAX_CHARS} characters at a time."),
        )
        .into_response();
    }
    let known = match seed(&state, &user, request.pairing_id.as_deref()).await {
        Ok(Some(known)) => known,
        Ok(None) => return Problem::not_found().into_response(),
        Err(e) => return Problem::internal(&e).into_response(),
    };
    let text = request.text;
    let language = request.language;
    let screened = tokio::task::spawn_blocking(move || {
        let findings = Screener::shared().screen(&text, language.as_deref(), &known);
        let redacted = redact(&text, &findings, language.as_deref().unwrap_or("en"));
        (findings, redacted)
    })
    .await;
    match screened {
        Ok((findings, redacted)) => Json(json!({ "findings": findings, "redacted": redacted })).into_response(),
        Err(e) => Problem::internal(&e).into_response(),
    }
}
