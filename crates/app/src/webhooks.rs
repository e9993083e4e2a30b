//! The webhook worker: claims due deliveries (with a lease, as the e-mail outbox's worker claims messages,
//! so two instances never send the same one at once), posts them signed, and retries failures with
//! exponential back-off until they are given up (`domain::webhook::retry_after`).

use std::sync::Arc;
use std::time::Duration;

use chrono::TimeDelta;
use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use tokio::sync::Notify;
use twinbridge_domain::webhook::retry_after;
use twinbridge_store::StoreError;
use twinbridge_store::repo::webhooks;

use crate::state::AppState;

/// How long a claimed delivery is reserved for one sender: well over the request timeout.
const LEASE: TimeDelta = TimeDelta::minutes(1);
/// How long a receiver may take to answer.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Idle poll interval.
const POLL: Duration = Duration::from_secs(5);

/// The HTTP client for deliveries: a short timeout and no redirects (a receiver that moved must be
/// subscribed again at its new address; following one could post the payload anywhere).
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .connect_timeout(TIMEOUT)
        .redirect(reqwest::redirect::Policy::none())
        .user_agent(concat!("Twinbridge-Webhooks/", env!("CARGO_PKG_VERSION")))
        .build()
        .unwrap_or_else(|_| reqwest::Client::new())
}

/// `Twinbridge-Signature` of `body` sent at `timestamp` (unix seconds): `t=<timestamp>,v1=<hex HMAC-SHA256
/// of "<timestamp>.<body>" with the subscription's secret>`. The timestamp inside the signed text lets a
/// receiver refuse an old delivery replayed.
pub fn signature(secret: &str, timestamp: i64, body: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        unreachable!("HMAC accepts keys of any length");
    };
    mac.update(format!("{timestamp}.{body}").as_bytes());
    format!("t={timestamp},v1={}", hex::encode(mac.finalize().into_bytes()))
}

/// Runs until `stop` is notified.
pub async fn run(state: AppState, stop: Arc<Notify>) {
    let client = client();
    loop {
        match deliver_one(&state, &client).await {
            Ok(true) => continue,
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "webhooks: storage error"),
        }
        tokio::select! {
            () = tokio::time::sleep(POLL) => {}
            () = stop.notified() => return,
        }
    }
}

/// Makes the next due delivery; `Ok(false)` when there is none.
pub async fn deliver_one(state: &AppState, client: &reqwest::Client) -> Result<bool, StoreError> {
    let now = state.clock.now();
    let claimed = state.store.write_tx(|tx| async move { webhooks::claim_due(&*tx, now, now + LEASE).await }).await?;
    let Some(delivery) = claimed else { return Ok(false) };
    let id = delivery.id;
    let Some((webhook, secret)) = webhooks::with_secret(state.store.read(), &state.keys, delivery.webhook).await?
    else {
        // Its subscription was deleted after the claim: nobody wants it any more.
        state.store.write_tx(|tx| async move { webhooks::drop_delivery(&*tx, id).await }).await?;
        return Ok(true);
    };
    let sent_at = state.clock.now().timestamp();
    let response = client
        .post(&webhook.url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .header("Twinbridge-Event", &delivery.event)
        .header("Twinbridge-Delivery", id.to_string())
        .header("Twinbridge-Signature", signature(&secret, sent_at, &delivery.payload))
        .body(delivery.payload.clone())
        .send()
        .await;
    // The receiver's answer body is never read or kept: it could hold anything.
    let failure = match response {
        Ok(r) if r.status().is_success() => None,
        Ok(r) => Some(format!("answered {}", r.status().as_u16())),
        Err(e) if e.is_timeout() => Some("no answer within 10 s".to_owned()),
        Err(e) if e.is_connect() => Some("could not connect".to_owned()),
        Err(_) => Some("the request failed".to_owned()),
    };
    let now = state.clock.now();
    match failure {
        None => {
            tracing::info!(delivery = %id, event = %delivery.event, "webhook delivered");
            state.store.write_tx(|tx| async move { webhooks::mark_delivered(&*tx, id, now).await }).await?;
        }
        Some(error) => {
            let attempts = delivery.attempts.saturating_add(1);
            let next = retry_after(attempts).map(|delay| now + delay);
            if next.is_some() {
                tracing::warn!(delivery = %id, attempts, error = %error, "webhook not delivered; will retry");
            } else {
                tracing::warn!(delivery = %id, attempts, error = %error, "webhook not delivered; given up");
            }
            state
                .store
                .write_tx(|tx| {
                    let error = &error;
                    async move { webhooks::mark_failed(&*tx, id, attempts, next, error, now).await }
                })
                .await?;
        }
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_covers_the_timestamp_and_the_body() {
        let one = signature("secret", 1_700_000_000, "{}");
        assert!(one.starts_with("t=1700000000,v1=") && one.len() == "t=1700000000,v1=".len() + 64, "{one}");
        assert_ne!(one, signature("secret", 1_700_000_001, "{}"));
        assert_ne!(one, signature("secret", 1_700_000_000, "{ }"));
        assert_ne!(one, signature("other", 1_700_000_000, "{}"));
    }
}
