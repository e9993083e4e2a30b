//! Consent versions (append-only).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_domain::consent::{Consent, ConsentLevel, ShareField};
use twinbridge_domain::{AccountId, PairingId, ParticipantId};

use crate::StoreError;
use crate::entities::consents::{ActiveModel, Column, Entity, Model};

/// Records a new version of a participant's consent.
pub async fn record(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
    participant: ParticipantId,
    consent: &Consent,
    by: Option<AccountId>,
    now: DateTime<Utc>,
) -> Result<uuid::Uuid, StoreError> {
    let share: Vec<&str> = consent.share().iter().map(|f| f.as_str()).collect();
    let last = Entity::find()
        .filter(Column::ParticipantId.eq(participant.as_uuid()))
        .order_by_desc(Column::Version)
        .one(conn)
        .await?
        .map_or(0, |m| m.version);
    let id = uuid::Uuid::new_v4();
    let row = ActiveModel {
        version: Set(last + 1),
        id: Set(id),
        pairing_id: Set(pairing.as_uuid()),
        participant_id: Set(participant.as_uuid()),
        level: Set(consent.level().as_str().to_owned()),
        share: Set(serde_json::to_string(&share).unwrap_or_else(|_| "[]".into())),
        recorded_by: Set(by.map(|a| a.as_uuid())),
        created_at: Set(now),
    };
    Entity::insert(row).exec_without_returning(conn).await?;
    Ok(id)
}

/// The consent in force for each participant of a pairing (the highest version).
pub async fn current(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
) -> Result<BTreeMap<ParticipantId, Consent>, StoreError> {
    let mut out = BTreeMap::new();
    for m in
        Entity::find().filter(Column::PairingId.eq(pairing.as_uuid())).order_by_asc(Column::Version).all(conn).await?
    {
        out.insert(ParticipantId::from_uuid(m.participant_id), consent_of(&m)?);
    }
    Ok(out)
}

/// Every version of every consent of a pairing, oldest first, with its participant, when it was given and
/// its row id (which a signed form refers to).
pub async fn history(
    conn: &impl ConnectionTrait,
    pairing: PairingId,
) -> Result<Vec<(ParticipantId, Consent, DateTime<Utc>, uuid::Uuid)>, StoreError> {
    Entity::find()
        .filter(Column::PairingId.eq(pairing.as_uuid()))
        .order_by_asc(Column::CreatedAt)
        .order_by_asc(Column::Version)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| {
            let level: ConsentLevel = m.level.parse().map_err(|e| StoreError::corrupt("consents", m.id, e))?;
            let share: Vec<String> =
                serde_json::from_str(&m.share).map_err(|e| StoreError::corrupt("consents", m.id, e))?;
            let share = share
                .iter()
                .map(|s| s.parse::<ShareField>())
                .collect::<Result<Vec<_>, _>>()
                .map_err(|e| StoreError::corrupt("consents", m.id, e))?;
            Ok((ParticipantId::from_uuid(m.participant_id), Consent::new(level, share), m.created_at, m.id))
        })
        .collect()
}

/// The consent in force for each participant of several pairings (for lists: one query for a page).
pub async fn current_of_pairings(
    conn: &impl ConnectionTrait,
    pairings: &[PairingId],
) -> Result<BTreeMap<ParticipantId, Consent>, StoreError> {
    let mut out = BTreeMap::new();
    if pairings.is_empty() {
        return Ok(out);
    }
    for m in Entity::find()
        .filter(Column::PairingId.is_in(pairings.iter().map(|p| p.as_uuid())))
        .order_by_asc(Column::Version)
        .all(conn)
        .await?
    {
        out.insert(ParticipantId::from_uuid(m.participant_id), consent_of(&m)?);
    }
    Ok(out)
}

/// A stored consent row as the domain's value.
fn consent_of(m: &Model) -> Result<Consent, StoreError> {
    let level: ConsentLevel = m.level.parse().map_err(|e| StoreError::corrupt("consents", m.id, e))?;
    let share: Vec<String> = serde_json::from_str(&m.share).map_err(|e| StoreError::corrupt("consents", m.id, e))?;
    let share = share
        .iter()
        .map(|s| s.parse::<ShareField>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| StoreError::corrupt("consents", m.id, e))?;
    Ok(Consent::new(level, share))
}
