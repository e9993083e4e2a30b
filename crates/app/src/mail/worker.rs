//! The outbox worker: claims due messages, sends them, and retries failures with exponential back-off.
//! Woken right after a commit that queued mail, and every few seconds regardless.

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use tokio::sync::Notify;
use twinbridge_domain::audit::AuditAction;
use twinbridge_store::StoreError;
use twinbridge_store::repo::outbox;

use super::{Mailer, build};
use crate::auth::service;
use crate::state::AppState;

/// How long a claimed message is reserved for one sender.
const LEASE: TimeDelta = TimeDelta::minutes(2);
/// After this many failures a message is given up (and stays in the table; a participant's coordinator
/// sees that it failed).
const MAX_ATTEMPTS: u32 = 12;
/// Idle poll interval.
const POLL: Duration = Duration::from_secs(5);

/// Runs until `stop` is notified.
pub async fn run(state: AppState, mailer: Mailer, from: String, stop: Arc<Notify>) {
    loop {
        match send_one(&state, &mailer, &from).await {
            Ok(true) => continue,
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "outbox: storage error"),
        }
        tokio::select! {
            () = state.mail_wakeup.notified() => {}
            () = tokio::time::sleep(POLL) => {}
            () = stop.notified() => return,
        }
    }
}

/// Sends the next due message; `Ok(false)` when there is none.
pub async fn send_one(state: &AppState, mailer: &Mailer, from: &str) -> Result<bool, StoreError> {
    let now = state.clock.now();
    let keys = &state.keys;
    let claimed =
        state.store.write_tx(|tx| async move { outbox::claim_due(&*tx, keys, now, now + LEASE).await }).await?;
    let Some(message) = claimed else { return Ok(false) };
    // A request for a sign-in link is looked up here, not while the visitor waits (see
    // `auth::service::request_sign_in_link`); an address without an account gets nothing.
    let message = if message.kind == service::SIGN_IN_REQUEST {
        let id = message.id;
        match service::sign_in_link_message(state, &message).await? {
            Some(link) => link,
            None => {
                state.store.write_tx(|tx| async move { outbox::delete(&*tx, id).await }).await?;
                return Ok(true);
            }
        }
    } else {
        message
    };
    let result = match build(&message, from) {
        Ok(email) => mailer.send(email).await,
        Err(e) => Err(e),
    };
    let now = state.clock.now();
    let id = message.id;
    match result {
        Ok(()) => {
            tracing::info!(message = %id, kind = %message.kind, "e-mail sent");
            state.store.write_tx(|tx| async move { outbox::mark_sent(&*tx, id, now).await }).await?;
        }
        Err(e) => {
            let attempts = message.attempts.saturating_add(1);
            let delay = TimeDelta::minutes(1)
                .checked_mul(2i32.saturating_pow(attempts.min(10)))
                .unwrap_or(TimeDelta::hours(12));
            let next = (!e.permanent && attempts < MAX_ATTEMPTS).then_some(now + delay);
            if next.is_some() {
                tracing::warn!(message = %id, attempts, error = %e, "e-mail not sent; will retry");
            } else {
                tracing::warn!(message = %id, attempts, error = %e, "e-mail not sent; given up");
            }
            let error = e.to_string();
            // A participant's coordinator is to learn that their address fails: audited, with no content.
            let given_up = match (next, message.person) {
                (None, Some(person)) => {
                    let organisation =
                        twinbridge_store::repo::persons::organisation_of(state.store.read(), person).await?;
                    let mut event = crate::services::audit::event(
                        AuditAction::MailGivenUp,
                        None,
                        organisation,
                        Some(format!("person:{person}")),
                    );
                    event.details = serde_json::json!({ "kind": message.kind, "attempts": attempts });
                    Some(event)
                }
                _ => None,
            };
            state
                .store
                .write_tx(|tx| {
                    let (error, given_up) = (&error, given_up.clone());
                    async move {
                        outbox::mark_failed(&*tx, id, attempts, next, error, now).await?;
                        if let Some(event) = given_up {
                            twinbridge_store::repo::audit::append(&*tx, &state.keys, event, now).await?;
                        }
                        Ok::<_, StoreError>(())
                    }
                })
                .await?;
        }
    }
    Ok(true)
}
