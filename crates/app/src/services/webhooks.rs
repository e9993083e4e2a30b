//! Webhooks for registry systems: an administrator subscribes a URL of their organisation's systems to
//! events; each event is queued, one delivery per matching subscription, in the transaction of the change
//! that causes it, and `crate::webhooks` posts it signed. Payloads carry ids only, never an identity or a
//! text: the receiver calls the API (with a service token) for the rest (docs/adr/0020-webhooks.md).

use std::net::IpAddr;

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::json;
use twinbridge_domain::access::Action;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::letter::LetterStatus;
use twinbridge_domain::release::ReleaseRequest;
use twinbridge_domain::rules::Side;
use twinbridge_domain::webhook::{WebhookEvent, WebhookEvents};
use twinbridge_domain::{OrganisationId, Pairing, PairingId, QuestionId};
use twinbridge_store::repo::letters::Letter;
use twinbridge_store::repo::webhooks::{Delivery, LastDelivery, Webhook};
use twinbridge_store::{ConnectionTrait, StoreError, repo};

use crate::auth::CurrentUser;
use crate::services::notify;
use crate::state::AppState;

/// Why a subscription was not created, listed or deleted.
#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    /// The caller administers no organisation, or the subscription is not theirs (the two look the same).
    #[error("not found")]
    NotFound,
    /// Bad input, naming the field.
    #[error("{field}: {why}")]
    Invalid {
        /// The field.
        field: &'static str,
        /// What is wrong.
        why: String,
    },
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Where a subscription's latest delivery stands.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DeliveryStatus {
    /// `pending` (not made yet, maybe retrying), `delivered` or `given_up`.
    pub status: &'static str,
    /// Its event.
    pub event: String,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// Failed attempts so far.
    pub attempts: u32,
    /// Why the last attempt failed (a status code or a connection error; never the receiver's answer).
    pub last_error: Option<String>,
}

impl From<LastDelivery> for DeliveryStatus {
    fn from(d: LastDelivery) -> Self {
        let status = if d.delivered_at.is_some() {
            "delivered"
        } else if d.gave_up_at.is_some() {
            "given_up"
        } else {
            "pending"
        };
        Self { status, event: d.event, created_at: d.created_at, attempts: d.attempts, last_error: d.last_error }
    }
}

/// A subscription as its administrator sees it (never the secret, which is shown once).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct WebhookLine {
    /// Its id.
    pub id: String,
    /// Where deliveries are posted.
    pub url: String,
    /// What it receives.
    pub events: Vec<&'static str>,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// Its latest delivery, if it had one.
    pub last_delivery: Option<DeliveryStatus>,
}

fn line(w: &Webhook, last: Option<LastDelivery>) -> WebhookLine {
    WebhookLine {
        id: w.id.to_string(),
        url: w.url.clone(),
        events: w.events.iter().map(WebhookEvent::as_str).collect(),
        created_at: w.created_at,
        last_delivery: last.map(DeliveryStatus::from),
    }
}

/// The organisation whose subscriptions the caller manages: the first they administer.
fn managed(user: &CurrentUser) -> Result<OrganisationId, WebhookError> {
    if user.service.is_some() {
        return Err(WebhookError::NotFound);
    }
    user.organisations_allowing(Action::ManageStaff).first().copied().ok_or(WebhookError::NotFound)
}

/// Checks a receiver's address: `https://`, or `http://` to a loopback address (for local development and
/// tests; nothing else may travel unencrypted). No user name or password in it: it is shown on the page.
pub fn check_url(text: &str) -> Result<url::Url, WebhookError> {
    let bad = |why: &str| WebhookError::Invalid { field: "url", why: why.to_owned() };
    let text = text.trim();
    if text.chars().count() > 2000 {
        return Err(bad("at most 2000 characters"));
    }
    let url = url::Url::parse(text).map_err(|_| bad("not an absolute URL"))?;
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("no user name or password in the URL; authenticate deliveries by their signature"));
    }
    let loopback = match url.host() {
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => return Err(bad("the URL names no host")),
    };
    match url.scheme() {
        "https" => Ok(url),
        "http" if loopback => Ok(url),
        _ => Err(bad("use https:// (http:// only to a loopback address such as 127.0.0.1)")),
    }
}

/// Subscribes a URL of the caller's organisation to `events`; returns it with its signing secret, which is
/// shown this once. Nothing is stored on bad input.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn create(
    state: &AppState,
    user: &CurrentUser,
    url: &str,
    events: &[String],
) -> Result<(WebhookLine, String), WebhookError> {
    let organisation = managed(user)?;
    let url = check_url(url)?;
    let events = WebhookEvents::parse(events.iter().map(String::as_str))
        .map_err(|e| WebhookError::Invalid { field: "events", why: e.to_string() })?;
    let now = state.clock.now();
    let webhook = Webhook { id: uuid::Uuid::new_v4(), organisation, url: url.to_string(), events, created_at: now };
    // A random secret; its hash is of no use here, since the secret is read back to sign.
    let (secret, _) = twinbridge_crypto::secrets::new_token();
    let mut event = crate::services::audit::event(
        AuditAction::WebhookCreated,
        Some(&user.account),
        Some(organisation),
        Some(format!("webhook:{}", webhook.id)),
    );
    event.details = json!({ "url": webhook.url, "events": webhook.events.to_text() });
    let keys = &state.keys;
    state
        .store
        .write_tx(|tx| {
            let (webhook, secret, event) = (&webhook, &secret, event.clone());
            async move {
                repo::webhooks::insert(&*tx, keys, webhook, secret, user.account.id).await?;
                repo::audit::append(&*tx, &state.keys, event, now).await
            }
        })
        .await?;
    Ok((line(&webhook, None), secret))
}

/// The subscriptions of the caller's organisation, oldest first, each with its latest delivery.
pub async fn list(state: &AppState, user: &CurrentUser) -> Result<Vec<WebhookLine>, WebhookError> {
    let organisation = managed(user)?;
    let conn = state.store.read();
    let mut lines = Vec::new();
    for webhook in repo::webhooks::of_organisation(conn, organisation).await? {
        let last = repo::webhooks::last_delivery(conn, webhook.id).await?;
        lines.push(line(&webhook, last));
    }
    Ok(lines)
}

/// Deletes a subscription of the caller's organisation with its pending deliveries. Simultaneous deletes
/// delete, and audit, once; a later one finds nothing.
#[tracing::instrument(level = "debug", skip_all, fields(id = %id))]
pub async fn delete(state: &AppState, user: &CurrentUser, id: &str) -> Result<(), WebhookError> {
    let organisation = managed(user)?;
    let id: uuid::Uuid = id.parse().map_err(|_| WebhookError::NotFound)?;
    let existing = repo::webhooks::of_organisation(state.store.read(), organisation).await?;
    if !existing.iter().any(|w| w.id == id) {
        return Err(WebhookError::NotFound);
    }
    let now = state.clock.now();
    let event = crate::services::audit::event(
        AuditAction::WebhookDeleted,
        Some(&user.account),
        Some(organisation),
        Some(format!("webhook:{id}")),
    );
    state
        .store
        .write_tx(|tx| {
            let event = event.clone();
            async move {
                // A simultaneous request may have deleted it a moment ago: then it is gone, as asked.
                if repo::webhooks::delete(&*tx, organisation, id).await? {
                    repo::audit::append(&*tx, &state.keys, event, now).await?;
                }
                Ok::<_, StoreError>(())
            }
        })
        .await?;
    Ok(())
}

/// Queues `event` for every subscription of `organisation` that wants it, inside the caller's transaction.
/// `data` holds ids only.
async fn enqueue(
    state: &AppState,
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    event: WebhookEvent,
    data: &serde_json::Value,
) -> Result<(), StoreError> {
    let now = state.clock.now();
    for webhook in repo::webhooks::subscribed(conn, organisation, event).await? {
        let id = uuid::Uuid::new_v4();
        let payload = json!({
            "id": id.to_string(),
            "type": event.as_str(),
            "occurred_at": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "organisation_id": organisation.to_string(),
            "data": data,
        });
        let delivery = Delivery {
            id,
            webhook: webhook.id,
            event: event.as_str().into(),
            payload: payload.to_string(),
            attempts: 0,
        };
        repo::webhooks::enqueue(conn, &delivery, now).await?;
    }
    Ok(())
}

/// Inside the transaction that stored `letter`: when it now waits for a side's review, that side's
/// organisation is told (`letter.waiting`).
pub(crate) async fn letter_waiting(
    state: &AppState,
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    letter: &Letter,
) -> Result<(), StoreError> {
    let LetterStatus::InReview(side) = letter.status else { return Ok(()) };
    let Some(organisation) = notify::organisation_of(pairing, side) else { return Ok(()) };
    let data = json!({ "pairing_id": pairing.id.to_string(), "letter_id": letter.id.to_string() });
    enqueue(state, conn, organisation, WebhookEvent::LetterWaiting, &data).await
}

/// Inside a sign-off's transaction: the organisations of both sides learn that `side` signed off, and
/// the request's status after it (`released` when this sign-off completed it).
pub(crate) async fn release_signed_off(
    state: &AppState,
    conn: &impl ConnectionTrait,
    pairing: &Pairing,
    request: &ReleaseRequest,
    side: Side,
) -> Result<(), StoreError> {
    let data = json!({
        "pairing_id": pairing.id.to_string(),
        "release_request_id": request.id.to_string(),
        "side": if side == Side::Donor { "donor" } else { "patient" },
        "status": request.status.as_str(),
    });
    let mut organisations = vec![pairing.donor_organisation];
    organisations.extend(pairing.patient_organisation.filter(|o| *o != pairing.donor_organisation));
    for organisation in organisations {
        enqueue(state, conn, organisation, WebhookEvent::ReleaseSignedOff, &data).await?;
    }
    Ok(())
}

/// Inside the transaction that put a question to `organisation` (a participant's, or a visitor's once
/// confirmed).
pub(crate) async fn question_asked(
    state: &AppState,
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    question: QuestionId,
    pairing: Option<PairingId>,
) -> Result<(), StoreError> {
    let data = json!({ "question_id": question.to_string(), "pairing_id": pairing.map(|p| p.to_string()) });
    enqueue(state, conn, organisation, WebhookEvent::QuestionAsked, &data).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn receivers_use_https_or_loopback_http() {
        assert!(check_url("https://crm.registry.example/hooks").is_ok());
        assert!(check_url("http://127.0.0.1:8099/hook").is_ok());
        assert!(check_url("http://[::1]/hook").is_ok());
        assert!(check_url("http://localhost:3000/").is_ok());
        assert!(check_url("http://crm.registry.example/hooks").is_err());
        assert!(check_url("ftp://127.0.0.1/").is_err());
        assert!(check_url("https://user:pw@crm.registry.example/").is_err());
        assert!(check_url("not a url").is_err());
    }
}
