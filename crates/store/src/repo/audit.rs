//! The audit trail as a keyed hash chain (ADR 0007). Each event stores the hash of the previous one and its
//! own: an HMAC, with a key derived from the key ring, over its fields and that previous hash. Without the
//! key ring nobody can change an event and recompute the chain after it; `verify` walks the chain and names
//! the first event that was changed, removed or cannot be read, and [`head`] gives what a checkpoint keeps,
//! so that a truncation is found too. Events are appended in the same transaction as what they record.

use chrono::{DateTime, SubsecRound, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set};
use twinbridge_crypto::KeyRing;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::{AccountId, OrganisationId};
use uuid::Uuid;

use crate::StoreError;
use crate::entities::audit_events::{ActiveModel, Column, Entity, Model};

/// An event to record. `subject` and `details` hold ids and codes only, never identity values.
#[derive(Debug, Clone)]
pub struct NewEvent {
    /// Who did it (none for the system or an unknown caller).
    pub actor: Option<AccountId>,
    /// What happened.
    pub action: AuditAction,
    /// The organisation whose auditors see it.
    pub organisation: Option<OrganisationId>,
    /// What it happened to, e.g. `pairing:<id>`.
    pub subject: Option<String>,
    /// More ids, as JSON.
    pub details: serde_json::Value,
}

impl NewEvent {
    /// An event of `action` by nobody in particular (the system), about nothing named, without details.
    pub fn new(action: AuditAction) -> Self {
        Self { actor: None, action, organisation: None, subject: None, details: serde_json::Value::Null }
    }
}

/// A recorded event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Random id.
    pub id: Uuid,
    /// Position in the chain, from 1.
    pub seq: i64,
    /// When.
    pub at: DateTime<Utc>,
    /// Who.
    pub actor: Option<AccountId>,
    /// What.
    pub action: String,
    /// Whose auditors see it.
    pub organisation: Option<OrganisationId>,
    /// To what.
    pub subject: Option<String>,
    /// More ids.
    pub details: String,
}

const GENESIS: [u8; 32] = [0; 32];

/// What an event's hash covers: every field but its own hash, and the previous event's hash.
fn canonical(m: &Model) -> String {
    let opt = |u: Option<Uuid>| u.map(|u| u.to_string()).unwrap_or_default();
    format!(
        "{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{}",
        m.seq,
        m.id,
        m.at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        opt(m.actor),
        m.action,
        opt(m.organisation_id),
        m.subject.as_deref().unwrap_or_default(),
        m.details,
        hex_of(&m.prev_hash),
    )
}

/// The hash of an event written before the chain was keyed (plain SHA-256).
fn unkeyed_hash(m: &Model) -> Vec<u8> {
    twinbridge_crypto::secrets::sha256(canonical(m).as_bytes()).to_vec()
}

/// The keyed hash of an event with the key it names; `None` for an unkeyed event.
fn keyed_hash(keys: &KeyRing, m: &Model) -> Option<Result<Vec<u8>, twinbridge_crypto::CryptoError>> {
    let key_id = u32::try_from(m.key_id?).ok()?;
    Some(keys.audit_mac_with(key_id, canonical(m).as_bytes()).map(|h| h.to_vec()))
}

/// Seals `model` with the newest key: sets its key id and hash.
fn seal(keys: &KeyRing, model: &mut Model) {
    let (key_id, hash) = keys.audit_mac(canonical(model).as_bytes());
    model.key_id = Some(i32::try_from(key_id).unwrap_or(i32::MAX));
    model.hash = hash.to_vec();
}

fn hex_of(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Appends an event at the end of the chain, sealed with the newest key of `keys`. Call it inside the
/// write transaction of what it records.
pub async fn append(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    event: NewEvent,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    append_all(conn, keys, vec![(event, now)]).await
}

/// Appends `events` at the end of the chain in their order, each at its own time, sealed with the newest
/// key of `keys`: the head is read once and the events are written in one statement (a batch of events
/// recorded apart from any other write). Call it inside a write transaction.
pub async fn append_all(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    events: Vec<(NewEvent, DateTime<Utc>)>,
) -> Result<(), StoreError> {
    if events.is_empty() {
        return Ok(());
    }
    let last = Entity::find().order_by_desc(Column::Seq).limit(1).one(conn).await?;
    let (mut seq, mut prev) = last.map_or((1, GENESIS.to_vec()), |m| (m.seq + 1, m.hash));
    let mut rows = Vec::with_capacity(events.len());
    for (event, now) in events {
        // PostgreSQL keeps microseconds: hash exactly what is stored.
        let mut model = Model {
            id: Uuid::new_v4(),
            seq,
            at: now.trunc_subsecs(6),
            actor: event.actor.map(|a| a.as_uuid()),
            action: event.action.as_str().to_owned(),
            organisation_id: event.organisation.map(|o| o.as_uuid()),
            subject: event.subject,
            details: event.details.to_string(),
            prev_hash: prev,
            hash: Vec::new(),
            key_id: None,
        };
        seal(keys, &mut model);
        (seq, prev) = (seq + 1, model.hash.clone());
        rows.push(ActiveModel {
            id: Set(model.id),
            seq: Set(model.seq),
            at: Set(model.at),
            actor: Set(model.actor),
            action: Set(model.action),
            organisation_id: Set(model.organisation_id),
            subject: Set(model.subject),
            details: Set(model.details),
            prev_hash: Set(model.prev_hash),
            hash: Set(model.hash),
            key_id: Set(model.key_id),
        });
    }
    Entity::insert_many(rows).exec_without_returning(conn).await?;
    Ok(())
}

/// The outcome of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verification {
    /// Every event is as written, none missing.
    Intact {
        /// How many events.
        events: u64,
    },
    /// The first event that does not check out, and why.
    Broken {
        /// Its position.
        seq: i64,
        /// Its id (or the expected position, when missing).
        id: String,
        /// What is wrong.
        why: &'static str,
    },
}

/// Walks the whole chain in order, checking each event's keyed hash with `keys`. Rows are read one by one
/// after their position, so that a row whose fields no longer decode is named rather than failing the
/// whole check.
pub async fn verify(conn: &impl ConnectionTrait, keys: &KeyRing) -> Result<Verification, StoreError> {
    let positions: Vec<(i64, Uuid)> =
        super::columns_of(conn, Entity::find().order_by_asc(Column::Seq), &[Column::Seq, Column::Id]).await?;
    let mut prev = GENESIS.to_vec();
    for (expected_seq, (seq, id)) in (1i64..).zip(positions.iter().copied()) {
        if seq != expected_seq {
            return Ok(Verification::Broken {
                seq: expected_seq,
                id: format!("number {expected_seq}"),
                why: "is missing",
            });
        }
        let m = match Entity::find_by_id(id).one(conn).await {
            Ok(Some(m)) => m,
            Ok(None) => return Ok(Verification::Broken { seq, id: id.to_string(), why: "is missing" }),
            Err(_) => return Ok(Verification::Broken { seq, id: id.to_string(), why: "cannot be read" }),
        };
        if m.prev_hash != prev {
            return Ok(Verification::Broken { seq, id: id.to_string(), why: "does not follow the event before it" });
        }
        match keyed_hash(keys, &m) {
            None => {
                return Ok(Verification::Broken { seq, id: id.to_string(), why: "is not sealed with the key ring" });
            }
            Some(Err(_)) => {
                return Ok(Verification::Broken {
                    seq,
                    id: id.to_string(),
                    why: "names a key that is not in the key ring",
                });
            }
            Some(Ok(hash)) if hash != m.hash => {
                return Ok(Verification::Broken { seq, id: id.to_string(), why: "was changed" });
            }
            Some(Ok(_)) => {}
        }
        prev = m.hash;
    }
    Ok(Verification::Intact { events: positions.len() as u64 })
}

/// The last event's position and hash: what a checkpoint keeps (`None` for an empty trail).
pub async fn head(conn: &impl ConnectionTrait) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
    Ok(Entity::find().order_by_desc(Column::Seq).limit(1).one(conn).await?.map(|m| (m.seq, m.hash)))
}

/// The hash of the event at `seq`, if there is one.
pub async fn hash_at(conn: &impl ConnectionTrait, seq: i64) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(Entity::find().filter(Column::Seq.eq(seq)).one(conn).await?.map(|m| m.hash))
}

/// Whether the chain was written before it was keyed. Sealing is all or nothing and new events are always
/// keyed, so the first event tells (one look-up by position, at every start).
pub async fn has_unkeyed(conn: &impl ConnectionTrait) -> Result<bool, StoreError> {
    Ok(Entity::find().filter(Column::Seq.eq(1i64)).one(conn).await?.is_some_and(|m| m.key_id.is_none()))
}

/// Seals a chain written before it was keyed with the key ring, from its first event on — but only if the
/// unkeyed chain is intact, so that an earlier change is not made to look sealed. Returns whether it did.
pub async fn seal_unkeyed(conn: &impl ConnectionTrait, keys: &KeyRing) -> Result<bool, StoreError> {
    let events = Entity::find().order_by_asc(Column::Seq).all(conn).await?;
    let mut prev = GENESIS.to_vec();
    for (expected, m) in (1i64..).zip(&events) {
        let intact = m.seq == expected
            && m.prev_hash == prev
            && match keyed_hash(keys, m) {
                Some(hash) => hash.is_ok_and(|h| h == m.hash),
                None => unkeyed_hash(m) == m.hash,
            };
        if !intact {
            return Ok(false);
        }
        prev = m.hash.clone();
    }
    let mut prev = GENESIS.to_vec();
    for mut m in events {
        m.prev_hash = prev;
        seal(keys, &mut m);
        prev = m.hash.clone();
        let row = ActiveModel {
            id: Set(m.id),
            prev_hash: Set(m.prev_hash),
            hash: Set(m.hash),
            key_id: Set(m.key_id),
            ..Default::default()
        };
        sea_orm::ActiveModelTrait::update(row, conn).await?;
    }
    Ok(true)
}

fn to_event(m: Model) -> Event {
    Event {
        id: m.id,
        seq: m.seq,
        at: m.at,
        actor: m.actor.map(AccountId::from_uuid),
        action: m.action,
        organisation: m.organisation_id.map(OrganisationId::from_uuid),
        subject: m.subject,
        details: m.details,
    }
}

/// The newest events of the given organisations, newest first.
pub async fn of_organisations(
    conn: &impl ConnectionTrait,
    organisations: &[OrganisationId],
    limit: u64,
) -> Result<Vec<Event>, StoreError> {
    let ids: Vec<Uuid> = organisations.iter().map(|o| o.as_uuid()).collect();
    Ok(Entity::find()
        .filter(Column::OrganisationId.is_in(ids))
        .order_by_desc(Column::Seq)
        .limit(limit)
        .all(conn)
        .await?
        .into_iter()
        .map(to_event)
        .collect())
}

/// Every event with this action (tests, reports).
pub async fn with_action(conn: &impl ConnectionTrait, action: &str) -> Result<Vec<Event>, StoreError> {
    Ok(Entity::find()
        .filter(Column::Action.eq(action))
        .order_by_asc(Column::Seq)
        .all(conn)
        .await?
        .into_iter()
        .map(to_event)
        .collect())
}

/// The events a person's data export holds: what their account did, and what was done to their account or
/// identity (`subjects`, e.g. `person:…`, `account:…`), oldest first.
pub async fn about(
    conn: &impl ConnectionTrait,
    actor: AccountId,
    subjects: &[String],
) -> Result<Vec<Event>, StoreError> {
    Ok(Entity::find()
        .filter(
            sea_orm::Condition::any()
                .add(Column::Actor.eq(actor.as_uuid()))
                .add(Column::Subject.is_in(subjects.iter().cloned())),
        )
        .order_by_asc(Column::Seq)
        .all(conn)
        .await?
        .into_iter()
        .map(to_event)
        .collect())
}
