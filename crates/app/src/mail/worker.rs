//! The outbox worker: claims due messages, sends them, and retries failures with exponential back-off.
//! Woken right after a commit that queued mail, and every few seconds regardless.

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use tokio::sync::Notify;
use twinbridge_store::StoreError;
use twinbridge_store::repo::outbox;

use super::{Mailer, build};
use crate::state::AppState;

/// How long a claimed message is reserved for one sender.
const LEASE: TimeDelta = TimeDelta::minutes(2);
/// After this many failures a message is given up (and stays in the table for staff to see).
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
            let next = if attempts >= MAX_ATTEMPTS { now + TimeDelta::days(3650) } else { now + delay };
            tracing::warn!(message = %id, attempts, error = %e, "e-mail not sent; will retry");
            let error = e.to_string();
            state
                .store
                .write_tx(|tx| {
                    let error = &error;
                    async move { outbox::mark_failed(&*tx, id, attempts, next, error).await }
                })
                .await?;
        }
    }
    Ok(true)
}
