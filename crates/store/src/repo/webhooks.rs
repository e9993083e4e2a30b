//! Webhook subscriptions and their deliveries. A delivery is written in the same transaction as the change
//! it announces and sent by a worker that claims it with a lease, as the e-mail outbox does, so that it
//! goes out once even with several instances (a crash between sending and recording can repeat it; the
//! delivery id in its header lets the receiver drop the duplicate).

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::webhook::{WebhookEvent, WebhookEvents};
use twinbridge_domain::{AccountId, OrganisationId};
use uuid::Uuid;

use crate::StoreError;
use crate::entities::{webhook_deliveries as deliveries, webhooks};

/// A subscription, without its secret.
#[derive(Debug, Clone)]
pub struct Webhook {
    /// Its id.
    pub id: Uuid,
    /// The organisation whose events it receives.
    pub organisation: OrganisationId,
    /// Where deliveries are posted.
    pub url: String,
    /// What it receives.
    pub events: WebhookEvents,
    /// When it was made.
    pub created_at: DateTime<Utc>,
}

fn secret_place(id: &Uuid) -> FieldPlace<'_> {
    FieldPlace { table: "webhooks", column: "secret", row: id.as_bytes() }
}

fn to_domain(m: webhooks::Model) -> Result<Webhook, StoreError> {
    let events =
        WebhookEvents::parse(m.events.split_whitespace()).map_err(|e| StoreError::corrupt("webhooks", m.id, e))?;
    Ok(Webhook {
        id: m.id,
        organisation: OrganisationId::from_uuid(m.organisation_id),
        url: m.url,
        events,
        created_at: m.created_at,
    })
}

/// Stores a subscription with its signing secret, encrypted and bound to its row.
pub async fn insert(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    webhook: &Webhook,
    secret: &str,
    created_by: AccountId,
) -> Result<(), StoreError> {
    let row = webhooks::ActiveModel {
        id: Set(webhook.id),
        organisation_id: Set(webhook.organisation.as_uuid()),
        url: Set(webhook.url.clone()),
        events: Set(webhook.events.to_text()),
        secret: Set(keys.encrypt(secret_place(&webhook.id), secret.as_bytes())),
        created_by: Set(created_by.as_uuid()),
        created_at: Set(webhook.created_at),
    };
    webhooks::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// The subscriptions of an organisation, oldest first.
pub async fn of_organisation(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<Webhook>, StoreError> {
    webhooks::Entity::find()
        .filter(webhooks::Column::OrganisationId.eq(organisation.as_uuid()))
        .order_by_asc(webhooks::Column::CreatedAt)
        .order_by_asc(webhooks::Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// The subscriptions of an organisation that receive `event`.
pub async fn subscribed(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    event: WebhookEvent,
) -> Result<Vec<Webhook>, StoreError> {
    Ok(of_organisation(conn, organisation).await?.into_iter().filter(|w| w.events.contains(event)).collect())
}

/// A subscription with its secret (to sign a delivery).
pub async fn with_secret(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: Uuid,
) -> Result<Option<(Webhook, String)>, StoreError> {
    let Some(m) = webhooks::Entity::find_by_id(id).one(conn).await? else { return Ok(None) };
    let secret = keys.decrypt(secret_place(&m.id), &m.secret)?;
    let secret = String::from_utf8(secret).map_err(|_| StoreError::corrupt("webhooks", m.id, "secret not UTF-8"))?;
    Ok(Some((to_domain(m)?, secret)))
}

/// Deletes a subscription of an organisation with the deliveries not yet made; `false` when there was none
/// (never, or deleted already by a simultaneous request).
pub async fn delete(conn: &impl ConnectionTrait, organisation: OrganisationId, id: Uuid) -> Result<bool, StoreError> {
    let deleted = webhooks::Entity::delete_many()
        .filter(webhooks::Column::Id.eq(id))
        .filter(webhooks::Column::OrganisationId.eq(organisation.as_uuid()))
        .exec(conn)
        .await?;
    if deleted.rows_affected != 1 {
        return Ok(false);
    }
    deliveries::Entity::delete_many().filter(deliveries::Column::WebhookId.eq(id)).exec(conn).await?;
    Ok(true)
}

/// A delivery to make.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// Its id (also the payload's `id` and the `Twinbridge-Delivery` header).
    pub id: Uuid,
    /// The subscription it is for.
    pub webhook: Uuid,
    /// Its event.
    pub event: String,
    /// The JSON body, exactly as it is sent and signed.
    pub payload: String,
    /// How many attempts failed so far.
    pub attempts: u32,
}

/// Queues a delivery, due at once.
pub async fn enqueue(conn: &impl ConnectionTrait, delivery: &Delivery, now: DateTime<Utc>) -> Result<(), StoreError> {
    let row = deliveries::ActiveModel {
        id: Set(delivery.id),
        webhook_id: Set(delivery.webhook),
        event: Set(delivery.event.clone()),
        payload: Set(delivery.payload.clone()),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        delivered_at: Set(None),
        gave_up_at: Set(None),
        last_error: Set(None),
        last_attempt_at: Set(None),
    };
    deliveries::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

fn pending() -> Condition {
    Condition::all().add(deliveries::Column::DeliveredAt.is_null()).add(deliveries::Column::GaveUpAt.is_null())
}

/// Claims the oldest due delivery until `lease_until` (nobody else takes it meanwhile) and returns it.
pub async fn claim_due(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
) -> Result<Option<Delivery>, StoreError> {
    let unclaimed = || {
        Condition::any().add(deliveries::Column::ClaimedUntil.is_null()).add(deliveries::Column::ClaimedUntil.lt(now))
    };
    let Some(m) = deliveries::Entity::find()
        .filter(pending())
        .filter(deliveries::Column::NextAttemptAt.lte(now))
        .filter(unclaimed())
        .order_by_asc(deliveries::Column::NextAttemptAt)
        .limit(1)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    // The conditions are repeated so that of two simultaneous claims only one changes the row.
    let claimed = deliveries::Entity::update_many()
        .col_expr(deliveries::Column::ClaimedUntil, Expr::value(lease_until))
        .filter(deliveries::Column::Id.eq(m.id))
        .filter(pending())
        .filter(unclaimed())
        .exec(conn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(None);
    }
    Ok(Some(Delivery {
        id: m.id,
        webhook: m.webhook_id,
        event: m.event,
        payload: m.payload,
        attempts: u32::try_from(m.attempts).unwrap_or(0),
    }))
}

/// Marks a delivery made.
pub async fn mark_delivered(conn: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
    deliveries::Entity::update_many()
        .col_expr(deliveries::Column::DeliveredAt, Expr::value(now))
        .col_expr(deliveries::Column::LastAttemptAt, Expr::value(now))
        .col_expr(deliveries::Column::LastError, Expr::value(Option::<String>::None))
        .col_expr(deliveries::Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(deliveries::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a failed attempt and when to try again, or (`next_attempt_at` `None`) that it was given up.
pub async fn mark_failed(
    conn: &impl ConnectionTrait,
    id: Uuid,
    attempts: u32,
    next_attempt_at: Option<DateTime<Utc>>,
    error: &str,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let (next, gave_up) = match next_attempt_at {
        Some(next) => (next, None),
        None => (now + TimeDelta::days(36_500), Some(now)),
    };
    deliveries::Entity::update_many()
        .col_expr(deliveries::Column::Attempts, Expr::value(i32::try_from(attempts).unwrap_or(i32::MAX)))
        .col_expr(deliveries::Column::NextAttemptAt, Expr::value(next))
        .col_expr(deliveries::Column::GaveUpAt, Expr::value(gave_up))
        .col_expr(deliveries::Column::LastAttemptAt, Expr::value(now))
        .col_expr(deliveries::Column::LastError, Expr::value(error.chars().take(500).collect::<String>()))
        .col_expr(deliveries::Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(deliveries::Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Drops a delivery whose subscription is gone.
pub async fn drop_delivery(conn: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    deliveries::Entity::delete_by_id(id).exec(conn).await?;
    Ok(())
}

/// Deliveries neither made nor given up.
pub async fn pending_count(conn: &impl ConnectionTrait) -> Result<u64, StoreError> {
    Ok(deliveries::Entity::find().filter(pending()).count(conn).await?)
}

/// Where a subscription's latest delivery stands.
#[derive(Debug, Clone)]
pub struct LastDelivery {
    /// Its event.
    pub event: String,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// Failed attempts so far.
    pub attempts: u32,
    /// When it was made.
    pub delivered_at: Option<DateTime<Utc>>,
    /// When it was given up.
    pub gave_up_at: Option<DateTime<Utc>>,
    /// Why the last attempt failed (never the receiver's answer body).
    pub last_error: Option<String>,
}

/// The latest delivery of a subscription, if it had any.
pub async fn last_delivery(conn: &impl ConnectionTrait, webhook: Uuid) -> Result<Option<LastDelivery>, StoreError> {
    Ok(deliveries::Entity::find()
        .filter(deliveries::Column::WebhookId.eq(webhook))
        .order_by_desc(deliveries::Column::CreatedAt)
        .order_by_desc(deliveries::Column::Id)
        .one(conn)
        .await?
        .map(|m| LastDelivery {
            event: m.event,
            created_at: m.created_at,
            attempts: u32::try_from(m.attempts).unwrap_or(0),
            delivered_at: m.delivered_at,
            gave_up_at: m.gave_up_at,
            last_error: m.last_error,
        }))
}
