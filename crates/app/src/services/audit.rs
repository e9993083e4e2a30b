//! What the audit trail records, in one place: every sign-in and failed sign-in, identity read, consent
//! change, review decision, release and administrative action becomes an event (ids only) appended to the
//! hash chain in the same transaction as the action.

use twinbridge_domain::{AccountKind, OrganisationId};
use twinbridge_store::StoreError;
use twinbridge_store::repo::accounts::Account;
use twinbridge_store::repo::audit::NewEvent;
use twinbridge_store::repo::{accounts, persons};

use crate::state::AppState;

/// An event by `actor` about `subject`.
pub fn event(
    action: &'static str,
    actor: Option<&Account>,
    organisation: Option<OrganisationId>,
    subject: Option<String>,
) -> NewEvent {
    NewEvent { actor: actor.map(|a| a.id), action, organisation, subject, details: serde_json::Value::Null }
}

/// The organisation whose auditors see an account's events: a staff member's first organisation, a
/// participant's registry or centre.
pub async fn home_organisation(state: &AppState, account: &Account) -> Result<Option<OrganisationId>, StoreError> {
    match (account.kind, account.person) {
        (AccountKind::Participant, Some(person)) => persons::organisation_of(state.store.read(), person).await,
        _ => Ok(accounts::roles(state.store.read(), account.id).await?.first().map(|(org, _)| *org)),
    }
}

/// Appends one event in a transaction of its own (for reads, which have no transaction to join).
pub async fn record(state: &AppState, event: NewEvent) -> Result<(), StoreError> {
    let now = state.clock.now();
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move { twinbridge_store::repo::audit::append(&*tx, event, now).await }
        })
        .await
}
