//! Which pairings a caller sees, and how they stand to each.

use serde::Serialize;
use std::collections::HashMap;
use twinbridge_domain::access::{Relation, relation_to};

use twinbridge_domain::{OrganisationId, Pairing, PairingId, Participant};
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::state::AppState;

/// A pairing the caller sees, how they stand to it, and its participants (read once per request and
/// handed on, instead of read again by every step).
#[derive(Debug, Clone)]
pub struct VisiblePairing {
    /// The pairing.
    pub pairing: Pairing,
    /// The caller's relation to it.
    pub relation: Relation,
    /// Its participants.
    pub participants: Vec<Participant>,
}

/// A participant as a coordinator of their own side finds them.
#[derive(Debug, Clone)]
pub enum OwnSidesParticipant {
    /// The pairing and the participant.
    Found(Box<Pairing>, Participant),
    /// The caller takes part in the pairing themselves: only coordinators act for participants.
    NotStaff,
    /// No such pairing or participant for the caller (also: a participant of the other side).
    Missing,
}

/// The participant `participant_id` of a pairing, when the caller coordinates that participant's side:
/// the one rule for every act a coordinator does for their own participant (a signed form, an invitation,
/// a new address, an export, an erasure).
pub async fn own_sides_participant(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    participant_id: &str,
) -> Result<OwnSidesParticipant, StoreError> {
    let Some(visible) = visible(state, user, pairing_id).await? else { return Ok(OwnSidesParticipant::Missing) };
    if matches!(visible.relation, Relation::Participant(_)) {
        return Ok(OwnSidesParticipant::NotStaff);
    }
    let own_side = visible.relation.is_donor_side();
    Ok(visible
        .participants
        .into_iter()
        .find(|p| p.id.to_string() == participant_id && p.role.is_donor_side() == own_side)
        .map_or(OwnSidesParticipant::Missing, |p| OwnSidesParticipant::Found(Box::new(visible.pairing), p)))
}

/// The pairing as the caller sees it, or `None` (missing and hidden look the same).
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn visible(state: &AppState, user: &CurrentUser, id: &str) -> Result<Option<VisiblePairing>, StoreError> {
    let Ok(id) = id.parse::<PairingId>() else { return Ok(None) };
    let Some((pairing, participants)) = repo::pairings::with_participants(state.store.read(), id).await? else {
        return Ok(None);
    };
    Ok(relation_to(&user.actor(), &pairing, &participants).map(|relation| VisiblePairing {
        pairing,
        relation,
        participants,
    }))
}

/// The pairing and the caller's relation to it, or `None` (missing and hidden look the same).
pub async fn visible_pairing(
    state: &AppState,
    user: &CurrentUser,
    id: &str,
) -> Result<Option<(Pairing, Relation)>, StoreError> {
    Ok(visible(state, user, id).await?.map(|v| (v.pairing, v.relation)))
}

/// A line of the caller's pairing list.
#[derive(Debug, Clone, Serialize)]
pub struct PairingLine {
    /// The pairing's id.
    pub id: String,
    /// Its reference.
    pub reference: String,
    /// The caller's side: `donor` or `patient`.
    pub side: &'static str,
    /// The caller's role: `donor`, `patient`, `proxy` or `coordinator`.
    pub role: &'static str,
    /// The caller's relation to the pairing.
    #[serde(skip)]
    pub relation: Relation,
}

fn side(relation: Relation) -> &'static str {
    if relation.is_donor_side() { "donor" } else { "patient" }
}

fn role(relation: Relation) -> &'static str {
    match relation {
        Relation::Participant(role) => role.kind_str(),
        Relation::DonorSideStaff | Relation::PatientSideStaff => "coordinator",
    }
}

/// The pairings the caller takes part in or works on.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn list(state: &AppState, user: &CurrentUser) -> Result<Vec<PairingLine>, StoreError> {
    let conn = state.store.read();
    let actor = user.actor();
    // Only coordinators stand to pairings as staff (`access::relation_to`).
    let organisations: Vec<OrganisationId> = user.coordinated_organisations();
    let candidates = repo::pairings::involving(conn, user.account.person, &organisations).await?;
    let ids: Vec<PairingId> = candidates.iter().map(|p| p.id).collect();
    let mut participants_of: HashMap<PairingId, Vec<Participant>> = HashMap::new();
    for p in repo::pairings::participants_of_pairings(conn, &ids).await? {
        participants_of.entry(p.pairing).or_default().push(p);
    }
    let mut visible = Vec::new();
    for pairing in candidates {
        let participants = participants_of.get(&pairing.id).map_or(&[][..], Vec::as_slice);
        if let Some(relation) = relation_to(&actor, &pairing, participants) {
            visible.push(PairingLine {
                id: pairing.id.to_string(),
                reference: pairing.reference.as_str().to_owned(),
                side: side(relation),
                role: role(relation),
                relation,
            });
        }
    }
    Ok(visible)
}
