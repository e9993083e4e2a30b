//! The e-mail outbox: messages are written in the same transaction as the change that causes them and sent
//! by a worker. A message is claimed with a lease before sending and marked sent after, so it goes out once
//! even when several instances run or one restarts (a crash between sending and marking can repeat it; the
//! Message-ID derived from the outbox id lets mail systems drop that duplicate).
//!
//! The recipient and the payload are sealed with the key ring, bound to the row: a payload may hold a link
//! that signs someone in, and a copy of the database without the key file must not be enough to use it.
//! Once a message is sent (or given up) its payload is cleared; the row stays as a record without content.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::{Email, PersonId};
use uuid::Uuid;

use crate::StoreError;
use crate::entities::outbox::{ActiveModel, Column, Entity};

/// A message to send.
#[derive(Debug, Clone)]
pub struct OutgoingMessage {
    /// Random id (also the basis of the Message-ID).
    pub id: Uuid,
    /// Which template (e.g. `sign-in-link`).
    pub kind: String,
    /// The recipient.
    pub recipient: Email,
    /// The language to write it in.
    pub language: String,
    /// Template parameters as JSON; never identity values.
    pub payload: serde_json::Value,
    /// How many sending attempts failed so far.
    pub attempts: u32,
    /// The participant it is for, if it is for one (so that their coordinator learns when their
    /// address fails; staff and sign-in messages name none).
    pub person: Option<PersonId>,
}

fn place(id: &Uuid) -> FieldPlace<'_> {
    FieldPlace { table: "outbox", column: "recipient", row: id.as_bytes() }
}

fn payload_place(id: &Uuid) -> FieldPlace<'_> {
    FieldPlace { table: "outbox", column: "payload", row: id.as_bytes() }
}

/// How a sealed payload starts (the column is text: the ciphertext follows in hex). A payload without it
/// is either empty (cleared after sending) or plain JSON written before payloads were sealed.
const SEALED: &str = "sealed:";

/// The payload as stored: sealed with the key ring, bound to the row.
fn seal_payload(keys: &KeyRing, id: &Uuid, payload: &str) -> String {
    format!("{SEALED}{}", hex::encode(keys.encrypt(payload_place(id), payload.as_bytes())))
}

/// The payload of a stored row.
fn open_payload(keys: &KeyRing, id: Uuid, stored: &str) -> Result<serde_json::Value, StoreError> {
    let text = match stored.strip_prefix(SEALED) {
        Some(sealed) => {
            let bytes = hex::decode(sealed).map_err(|e| StoreError::corrupt("outbox", id, e))?;
            let plain = keys.decrypt(payload_place(&id), &bytes)?;
            String::from_utf8(plain).map_err(|_| StoreError::corrupt("outbox", id, "payload not UTF-8"))?
        }
        None if stored.is_empty() => return Ok(serde_json::Value::Object(serde_json::Map::new())),
        None => stored.to_owned(),
    };
    serde_json::from_str(&text).map_err(|e| StoreError::corrupt("outbox", id, e))
}

/// Queues a message.
pub async fn enqueue(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    message: &OutgoingMessage,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = ActiveModel {
        id: Set(message.id),
        kind: Set(message.kind.clone()),
        recipient: Set(keys.encrypt(place(&message.id), message.recipient.as_str().as_bytes())),
        language: Set(message.language.clone()),
        payload: Set(seal_payload(keys, &message.id, &message.payload.to_string())),
        created_at: Set(now),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
        person_id: Set(message.person.map(|p| p.as_uuid())),
        gave_up_at: Set(None),
    };
    Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// Claims the oldest due message for `lease` (nobody else takes it meanwhile) and returns it.
pub async fn claim_due(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
) -> Result<Option<OutgoingMessage>, StoreError> {
    let unclaimed = || Condition::any().add(Column::ClaimedUntil.is_null()).add(Column::ClaimedUntil.lt(now));
    let Some(m) = Entity::find()
        .filter(Column::SentAt.is_null())
        .filter(Column::NextAttemptAt.lte(now))
        .filter(unclaimed())
        .order_by_asc(Column::NextAttemptAt)
        .limit(1)
        .one(conn)
        .await?
    else {
        return Ok(None);
    };
    // The condition is repeated so that of two concurrent claims only one changes the row.
    let claimed = Entity::update_many()
        .col_expr(Column::ClaimedUntil, Expr::value(lease_until))
        .filter(Column::Id.eq(m.id))
        .filter(Column::SentAt.is_null())
        .filter(unclaimed())
        .exec(conn)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(None);
    }
    let recipient = keys.decrypt(place(&m.id), &m.recipient)?;
    let recipient =
        String::from_utf8(recipient).map_err(|_| StoreError::corrupt("outbox", m.id, "recipient not UTF-8"))?;
    Ok(Some(OutgoingMessage {
        id: m.id,
        kind: m.kind,
        recipient: Email::parse(&recipient).map_err(|e| StoreError::corrupt("outbox", m.id, e))?,
        language: m.language,
        payload: open_payload(keys, m.id, &m.payload)?,
        attempts: u32::try_from(m.attempts).unwrap_or(0),
        person: m.person_id.map(PersonId::from_uuid),
    }))
}

/// Marks a message sent and clears its payload: a link it carried is needed nowhere any more.
pub async fn mark_sent(conn: &impl ConnectionTrait, id: Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
    Entity::update_many()
        .col_expr(Column::SentAt, Expr::value(now))
        .col_expr(Column::Payload, Expr::value(""))
        .col_expr(Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Records a failed attempt and when to try again, or (`next_attempt_at` `None`) that sending was given
/// up at `now`: the address was refused for good, or every attempt failed.
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
        // Never due again; kept for staff to see.
        None => (now + chrono::TimeDelta::days(36_500), Some(now)),
    };
    let mut update = Entity::update_many();
    if gave_up.is_some() {
        // Never sent: its content is not needed any more.
        update = update.col_expr(Column::Payload, Expr::value(""));
    }
    update
        .col_expr(Column::GaveUpAt, Expr::value(gave_up))
        .col_expr(Column::Attempts, Expr::value(i32::try_from(attempts).unwrap_or(i32::MAX)))
        .col_expr(Column::NextAttemptAt, Expr::value(next))
        .col_expr(Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(Column::LastError, Expr::value(error.chars().take(500).collect::<String>()))
        .filter(Column::Id.eq(id))
        .exec(conn)
        .await?;
    Ok(())
}

/// Deletes a message (one that turned out to have nothing to send). Returns whether it existed.
pub async fn delete(conn: &impl ConnectionTrait, id: Uuid) -> Result<bool, StoreError> {
    Ok(Entity::delete_by_id(id).exec(conn).await?.rows_affected == 1)
}

fn plain_payloads() -> sea_orm::Select<Entity> {
    Entity::find().filter(Column::Payload.ne("")).filter(Column::Payload.not_like(format!("{SEALED}%")))
}

/// How many rows still hold a payload in plain text (written before payloads were sealed).
pub async fn plain_payload_count(conn: &impl ConnectionTrait) -> Result<u64, StoreError> {
    Ok(plain_payloads().count(conn).await?)
}

/// Rows written before payloads were sealed: a sent or given-up one loses its payload, a waiting one has
/// it sealed. Returns how many changed (none once every row is sealed or cleared).
pub async fn seal_plain_payloads(conn: &impl ConnectionTrait, keys: &KeyRing) -> Result<usize, StoreError> {
    let plain = plain_payloads().all(conn).await?;
    for m in &plain {
        let done = m.sent_at.is_some() || m.gave_up_at.is_some();
        let payload = if done { String::new() } else { seal_payload(keys, &m.id, &m.payload) };
        Entity::update_many()
            .col_expr(Column::Payload, Expr::value(payload))
            .filter(Column::Id.eq(m.id))
            .exec(conn)
            .await?;
    }
    Ok(plain.len())
}

/// A stored payload sealed again with the newest key of `keys` (key rotation); empty stays empty.
pub fn reseal_payload(keys: &KeyRing, id: Uuid, stored: &str) -> Result<String, StoreError> {
    if !stored.starts_with(SEALED) {
        return Ok(stored.to_owned());
    }
    let payload = open_payload(keys, id, stored)?;
    Ok(seal_payload(keys, &id, &payload.to_string()))
}

/// Messages not yet sent.
pub async fn unsent_count(conn: &impl ConnectionTrait) -> Result<u64, StoreError> {
    Ok(Entity::find().filter(Column::SentAt.is_null()).count(conn).await?)
}

/// When sending to each of `persons` was last given up, for those it was (no content, no address).
pub async fn given_up_for(
    conn: &impl ConnectionTrait,
    persons: &[PersonId],
) -> Result<Vec<(PersonId, DateTime<Utc>)>, StoreError> {
    if persons.is_empty() {
        return Ok(Vec::new());
    }
    let rows = Entity::find()
        .filter(Column::PersonId.is_in(persons.iter().map(|p| p.as_uuid())))
        .filter(Column::GaveUpAt.is_not_null())
        .order_by_desc(Column::GaveUpAt)
        .all(conn)
        .await?;
    let mut out: Vec<(PersonId, DateTime<Utc>)> = Vec::new();
    for m in rows {
        let (Some(person), Some(at)) = (m.person_id.map(PersonId::from_uuid), m.gave_up_at) else { continue };
        if !out.iter().any(|(p, _)| *p == person) {
            out.push((person, at));
        }
    }
    Ok(out)
}

/// Deletes every message to `person`, sent or not (erasure: they hold the address). Returns how many.
pub async fn forget_person(conn: &impl ConnectionTrait, person: PersonId) -> Result<u64, StoreError> {
    Ok(Entity::delete_many().filter(Column::PersonId.eq(person.as_uuid())).exec(conn).await?.rows_affected)
}
