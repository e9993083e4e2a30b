//! The e-mails that tell people something waits for them in a pairing. They carry a link and the pairing's
//! reference (for staff) and never an identity, a letter's text or what happened in detail: the reader
//! signs in to see it. They are built before a write transaction and queued inside it (the outbox), so a
//! step that is rolled back tells nobody.

use serde_json::json;
use twinbridge_domain::rules::Side;
use twinbridge_domain::{Pairing, Participant, StaffRole};
use twinbridge_store::repo::{self, outbox::OutgoingMessage};
use twinbridge_store::{ConnectionTrait, StoreError};

use crate::mail::MailKind;
use crate::state::AppState;

fn link(state: &AppState, pairing: &Pairing) -> String {
    format!("{}/pairings/{}", state.config.public_url.as_str().trim_end_matches('/'), pairing.id)
}

/// A message to each coordinator of `side`'s organisation (enabled accounts only): something in the
/// pairing waits for them.
pub async fn coordinators(
    state: &AppState,
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    side: Side,
) -> Result<Vec<OutgoingMessage>, StoreError> {
    let organisation =
        if side == Side::Donor { Some(pairing.donor_organisation) } else { pairing.patient_organisation };
    let Some(organisation) = organisation else { return Ok(Vec::new()) };
    let staff = repo::accounts::staff_of(conn, &state.keys, organisation).await?;
    Ok(staff
        .into_iter()
        .filter(|(account, roles)| !account.disabled && roles.contains(&StaffRole::Coordinator))
        .map(|(account, _)| OutgoingMessage {
            id: uuid::Uuid::new_v4(),
            kind: MailKind::CaseWaiting.as_str().into(),
            recipient: account.notification_email.clone().unwrap_or(account.email),
            language: account.language.unwrap_or_else(|| "en".into()),
            payload: json!({ "link": link(state, pairing), "reference": pairing.reference.as_str() }),
            attempts: 0,
        })
        .collect())
}

/// A message to each of `people` (participants with an account): there is news in their pairing.
pub async fn participants(
    state: &AppState,
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    people: &[&Participant],
) -> Result<Vec<OutgoingMessage>, StoreError> {
    let mut messages = Vec::new();
    for participant in people {
        let Some(account) = repo::accounts::find_by_person(conn, &state.keys, participant.person).await? else {
            continue;
        };
        if account.disabled {
            continue;
        }
        messages.push(OutgoingMessage {
            id: uuid::Uuid::new_v4(),
            kind: MailKind::PairingNews.as_str().into(),
            recipient: account.notification_email.clone().unwrap_or(account.email),
            language: account.language.unwrap_or_else(|| "en".into()),
            payload: json!({ "link": link(state, pairing) }),
            attempts: 0,
        });
    }
    Ok(messages)
}

/// The participants of `side` in a pairing.
pub fn of_side(participants: &[Participant], side: Side) -> Vec<&Participant> {
    participants.iter().filter(|p| p.role.is_donor_side() == (side == Side::Donor)).collect()
}
