//! A person's right of access (GDPR art. 15, DPDP Act s. 11): everything held about them, as one JSON
//! document — their account, their identity, each of their pairings with their consent history and the
//! letters they wrote and received (as delivered), and the audit events about them. Nothing of the other
//! party's identity is in it: received letters are the approved text, as the person reads them.

use chrono::{DateTime, Utc};
use serde::Serialize;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::rules::ConsentLevel;
use twinbridge_store::repo::accounts::Account;
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::services::case_view::{ParticipantIdentity, identity_of};
use crate::services::identity::{self, Purpose};
use crate::services::letters::{LetterError, text_for_participant};
use crate::state::AppState;

/// Everything held about one person (the JSON of `GET /api/v1/me/export`).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DataExport {
    /// When it was made.
    pub exported_at: DateTime<Utc>,
    /// The account.
    pub account: AccountData,
    /// Their identity, every field as held in the vault (`null` for staff).
    pub identity: Option<ParticipantIdentity>,
    /// Each pairing they take part in.
    pub pairings: Vec<PairingData>,
    /// What their account did, and what was done to their account and identity.
    pub audit_events: Vec<EventData>,
}

/// The account's settings.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AccountData {
    /// participant, staff.
    pub kind: &'static str,
    /// Sign-in address.
    pub email: String,
    /// Chosen language.
    pub language: Option<String>,
    /// Whether writers may see that they read their letters.
    pub share_read_receipts: bool,
}

/// One pairing as the person takes part in it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct PairingData {
    /// Its reference.
    pub reference: String,
    /// donor, patient, proxy.
    pub role: &'static str,
    /// Every consent they gave, oldest first.
    pub consent_history: Vec<ConsentData>,
    /// The letters they wrote and received.
    pub letters: Vec<LetterData>,
}

/// One consent given.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ConsentData {
    /// The level.
    #[schema(value_type = String)]
    pub level: ConsentLevel,
    /// The details they would share.
    pub share: Vec<&'static str>,
    /// When.
    pub at: DateTime<Utc>,
}

/// One letter, as the person reads it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct LetterData {
    /// Its id.
    pub id: String,
    /// written or received.
    pub direction: &'static str,
    /// Where it is.
    pub status: &'static str,
    /// When it was written.
    pub written_at: DateTime<Utc>,
    /// When it was delivered.
    pub delivered_at: Option<DateTime<Utc>>,
    /// The text: as written, or as delivered.
    pub text: String,
}

/// One audit event about the person.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EventData {
    /// When.
    pub at: DateTime<Utc>,
    /// What.
    pub action: String,
    /// Whether they did it themselves.
    pub by_you: bool,
}

/// Everything held about the signed-in person; audited (`data_exported`).
#[tracing::instrument(level = "debug", skip_all)]
pub async fn of_caller(state: &AppState, user: &CurrentUser) -> Result<DataExport, LetterError> {
    export(state, user, &user.account).await
}

/// Everything held about a participant, for a coordinator of their own side who answers the person's
/// request on their behalf (the same document the person downloads); audited (`data_exported`, by the
/// coordinator, about the participant's account).
#[tracing::instrument(level = "debug", skip_all, fields(pairing = %pairing_id))]
pub async fn of_participant(
    state: &AppState,
    user: &CurrentUser,
    pairing_id: &str,
    participant_id: &str,
) -> Result<DataExport, LetterError> {
    use crate::services::erasure::{ErasureError, own_sides_participant};
    let participant = own_sides_participant(state, user, pairing_id, participant_id).await.map_err(|e| match e {
        ErasureError::Forbidden(why) => LetterError::Forbidden(why),
        ErasureError::Store(e) => LetterError::Store(e),
        _ => LetterError::NotFound,
    })?;
    let account = repo::accounts::find_by_person(state.store.read(), &state.keys, participant.person)
        .await?
        .ok_or(LetterError::NotFound)?;
    export(state, user, &account).await
}

/// The export of `account`'s data, made for `reader` (the account itself, or a coordinator); identities are
/// read with `reader`'s access.
async fn export(state: &AppState, reader: &CurrentUser, account: &Account) -> Result<DataExport, LetterError> {
    let now = state.clock.now();
    let user = reader;
    let participations = match account.person {
        Some(person) => repo::pairings::participations_of(state.store.read(), person).await?,
        None => Vec::new(),
    };
    let identity = match (account.person, participations.first()) {
        (Some(person), Some(first)) => {
            identity::read(state, Some(user), person, Purpose::DataExport).await?.map(|p| identity_of(first.role, &p))
        }
        _ => None,
    };
    let mut pairings = Vec::new();
    {
        for participation in participations {
            let Some(pairing) = repo::pairings::get(state.store.read(), participation.pairing).await? else { continue };
            let participants = repo::pairings::participants(state.store.read(), pairing.id).await?;
            let consent_history = repo::consents::history(state.store.read(), pairing.id)
                .await?
                .into_iter()
                .filter(|(participant, ..)| *participant == participation.id)
                .map(|(_, consent, at, _)| ConsentData {
                    level: consent.level(),
                    share: consent.share().iter().map(|s| s.as_str()).collect(),
                    at,
                })
                .collect();
            let mut letters = Vec::new();
            for letter in repo::letters::of_pairing(state.store.read(), &state.keys, pairing.id).await? {
                let Some(text) = text_for_participant(state, participation.person, &letter, &participants).await?
                else {
                    continue;
                };
                letters.push(LetterData {
                    id: letter.id.to_string(),
                    direction: if letter.writer == Some(participation.id) { "written" } else { "received" },
                    status: letter.status.as_str(),
                    written_at: letter.created_at,
                    delivered_at: letter.delivered_at,
                    text,
                });
            }
            pairings.push(PairingData {
                reference: pairing.reference.as_str().to_owned(),
                role: participation.role.kind_str(),
                consent_history,
                letters,
            });
        }
    }
    let mut subjects = vec![format!("account:{}", account.id)];
    if let Some(person) = account.person {
        subjects.push(format!("person:{person}"));
    }
    let audit_events = repo::audit::about(state.store.read(), account.id, &subjects)
        .await?
        .into_iter()
        .map(|e| EventData { at: e.at, by_you: e.actor == Some(account.id), action: e.action })
        .collect();
    record(state, reader, account).await?;
    Ok(DataExport {
        exported_at: now,
        account: AccountData {
            kind: account.kind.as_str(),
            email: account.email.as_str().to_owned(),
            language: account.language.clone(),
            share_read_receipts: account.share_read_receipts,
        },
        identity,
        pairings,
        audit_events,
    })
}

async fn record(state: &AppState, reader: &CurrentUser, account: &Account) -> Result<(), StoreError> {
    let organisation = crate::services::audit::home_organisation(state, account).await?;
    let event = crate::services::audit::event(
        AuditAction::DataExported,
        Some(&reader.account),
        organisation,
        Some(format!("account:{}", account.id)),
    );
    crate::services::audit::record(state, event).await
}
