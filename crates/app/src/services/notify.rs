//! The e-mails that tell people something waits for them. They carry a link and, for staff, counts or a
//! pairing's reference, never an identity, a letter's text or what happened in detail: the reader signs
//! in to see it. They are built before or inside a write transaction and queued inside it (the outbox),
//! so a step that is rolled back tells nobody. Each person's choices (`MailChoices`) are honoured here,
//! in the one place every notice passes through.

use serde_json::{Value, json};
use twinbridge_domain::notice::MailKind;
use twinbridge_domain::rules::Side;
use twinbridge_domain::{OrganisationId, Pairing, Participant, StaffRole};
use twinbridge_store::repo::accounts::Account;
use twinbridge_store::repo::{self, outbox::OutgoingMessage};
use twinbridge_store::{ConnectionTrait, StoreError};

use crate::state::AppState;

/// The address of `path` on this instance.
pub fn link(state: &AppState, path: &str) -> String {
    format!("{}{path}", state.config.public_url.as_str().trim_end_matches('/'))
}

/// The pairing's page.
pub fn pairing_link(state: &AppState, pairing: &Pairing) -> String {
    link(state, &format!("/pairings/{}", pairing.id))
}

/// A message of `kind` to `account`, or `None` when the account is disabled or turned the kind off.
pub fn to_account(kind: MailKind, account: &Account, payload: Value) -> Option<OutgoingMessage> {
    if account.disabled || !account.mail.wants(kind) {
        return None;
    }
    Some(OutgoingMessage {
        id: uuid::Uuid::new_v4(),
        kind: kind.as_str().into(),
        recipient: account.notification_email.clone().unwrap_or_else(|| account.email.clone()),
        language: account.language.clone().unwrap_or_else(|| "en".into()),
        payload,
        attempts: 0,
        person: account.person,
    })
}

/// The enabled coordinators of an organisation.
pub async fn coordinators_of(
    state: &AppState,
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<Account>, StoreError> {
    Ok(repo::accounts::staff_of(conn, &state.keys, organisation)
        .await?
        .into_iter()
        .filter(|(account, roles)| !account.disabled && roles.contains(&StaffRole::Coordinator))
        .map(|(account, _)| account)
        .collect())
}

/// The organisation of `side` in a pairing (none for a patient side not yet chosen).
pub const fn organisation_of(pairing: &Pairing, side: Side) -> Option<OrganisationId> {
    match side {
        Side::Donor => Some(pairing.donor_organisation),
        Side::Patient => pairing.patient_organisation,
    }
}

/// A message to each coordinator of `side`'s organisation: something in the pairing waits for them.
pub async fn coordinators(
    state: &AppState,
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    side: Side,
) -> Result<Vec<OutgoingMessage>, StoreError> {
    let Some(organisation) = organisation_of(pairing, side) else { return Ok(Vec::new()) };
    let payload = json!({ "link": pairing_link(state, pairing), "reference": pairing.reference.as_str() });
    Ok(coordinators_of(state, conn, organisation)
        .await?
        .iter()
        .filter_map(|account| to_account(MailKind::CaseWaiting, account, payload.clone()))
        .collect())
}

/// A message of `kind` to each of `people` who has an account, linking to the pairing's page.
pub async fn people(
    state: &AppState,
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    people: &[&Participant],
    kind: MailKind,
) -> Result<Vec<OutgoingMessage>, StoreError> {
    let mut messages = Vec::new();
    for participant in people {
        let Some(account) = repo::accounts::find_by_person(conn, &state.keys, participant.person).await? else {
            continue;
        };
        messages.extend(to_account(kind, &account, json!({ "link": pairing_link(state, pairing) })));
    }
    Ok(messages)
}

/// A message to each of `people`: there is news in their pairing.
pub async fn participants(
    state: &AppState,
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    people: &[&Participant],
) -> Result<Vec<OutgoingMessage>, StoreError> {
    self::people(state, conn, pairing, people, MailKind::PairingNews).await
}

/// The participants of `side` in a pairing.
pub fn of_side(participants: &[Participant], side: Side) -> Vec<&Participant> {
    participants.iter().filter(|p| p.role.is_donor_side() == (side == Side::Donor)).collect()
}
