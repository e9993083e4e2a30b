//! A person's right of access (GDPR art. 15, DPDP Act s. 11): everything held about them, as one JSON
//! document — their account, their identity, each of their pairings with their consent history and the
//! letters they wrote and received (as delivered), and the audit events about them. Nothing of the other
//! party's identity is in it: received letters are the approved text, as the person reads them.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use twinbridge_domain::audit::AuditAction;
use twinbridge_store::{StoreError, repo};

use crate::auth::CurrentUser;
use crate::services::identity::{self, Purpose};
use crate::services::letters::{LetterError, text_for_participant};
use crate::state::AppState;

/// Everything held about the signed-in participant; audited (`data_exported`).
#[tracing::instrument(skip_all)]
pub async fn of_caller(state: &AppState, user: &CurrentUser) -> Result<Value, LetterError> {
    let now = state.clock.now();
    let account = &user.account;
    let identity = match account.person {
        Some(person) => identity::read(state, Some(user), person, Purpose::DataExport).await?.map(|p| {
            json!({
                "legal_name": p.legal_name.as_str(),
                "preferred_first_name": p.preferred_first_name.as_ref().map(|n| n.as_str()),
                "email": p.email.as_str(),
                "phone": p.phone.as_ref().map(|x| x.as_str()),
                "postal_address": p.postal_address.as_ref().map(|x| x.as_str()),
                "town": p.town.as_ref().map(|x| x.as_str()),
                "country": p.country.as_str(),
                "date_of_birth": p.date_of_birth.map(|d| d.date().to_string()),
                "language": p.language.as_str(),
                "sex": p.sex.map(|s| s.as_str()),
            })
        }),
        None => None,
    };
    let mut pairings = Vec::new();
    if let Some(person) = account.person {
        for participation in repo::pairings::participations_of(state.store.read(), person).await? {
            let Some(pairing) = repo::pairings::get(state.store.read(), participation.pairing).await? else { continue };
            let participants = repo::pairings::participants(state.store.read(), pairing.id).await?;
            let consents: Vec<Value> = repo::consents::history(state.store.read(), pairing.id)
                .await?
                .into_iter()
                .filter(|(participant, ..)| *participant == participation.id)
                .map(|(_, consent, at, _)| {
                    json!({
                        "level": consent.level(),
                        "share": consent.share().iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                        "at": at,
                    })
                })
                .collect();
            let mut letters = Vec::new();
            for letter in repo::letters::of_pairing(state.store.read(), &state.keys, pairing.id).await? {
                let Some(text) = text_for_participant(state, user, &letter, &participants).await? else { continue };
                let written = letter.writer == Some(participation.id);
                letters.push(json!({
                    "id": letter.id.to_string(),
                    "direction": if written { "written" } else { "received" },
                    "status": letter.status.as_str(),
                    "written_at": letter.created_at,
                    "delivered_at": letter.delivered_at,
                    "text": text,
                }));
            }
            pairings.push(json!({
                "reference": pairing.reference.as_str(),
                "role": participation.role.kind_str(),
                "consent_history": consents,
                "letters": letters,
            }));
        }
    }
    let mut subjects = vec![format!("account:{}", account.id)];
    if let Some(person) = account.person {
        subjects.push(format!("person:{person}"));
    }
    let events: Vec<Value> = repo::audit::about(state.store.read(), account.id, &subjects)
        .await?
        .into_iter()
        .map(|e| json!({ "at": e.at, "action": e.action, "by_you": e.actor == Some(account.id), "details": serde_json::from_str::<Value>(&e.details).unwrap_or(Value::Null) }))
        .collect();
    record(state, user, now).await?;
    Ok(json!({
        "exported_at": now,
        "account": {
            "kind": account.kind.as_str(),
            "email": account.email.as_str(),
            "language": account.language,
            "share_read_receipts": account.share_read_receipts,
        },
        "identity": identity,
        "pairings": pairings,
        "audit_events": events,
    }))
}

async fn record(state: &AppState, user: &CurrentUser, _now: DateTime<Utc>) -> Result<(), StoreError> {
    let organisation = crate::services::audit::home_organisation(state, &user.account).await?;
    let event = crate::services::audit::event(
        AuditAction::DataExported,
        Some(&user.account),
        organisation,
        Some(format!("account:{}", user.account.id)),
    );
    crate::services::audit::record(state, event).await
}
