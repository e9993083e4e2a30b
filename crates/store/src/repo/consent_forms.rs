//! Signed consent forms. The file is encrypted bound to its row; lists never read it.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::{AccountId, PairingId, ParticipantId};

use crate::StoreError;
use crate::entities::consent_forms::{ActiveModel, Column, Entity};

const TABLE: &str = "consent_forms";

/// A stored form without its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormInfo {
    /// The form's id.
    pub id: uuid::Uuid,
    /// The consent version it supports.
    pub consent: uuid::Uuid,
    /// Whose consent.
    pub participant: ParticipantId,
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// The day it was signed.
    pub signed_on: NaiveDate,
    /// The coordinator who recorded it.
    pub recorded_by: AccountId,
}

/// A new form to store. `Debug` leaves the file out.
pub struct NewForm<'a> {
    /// The consent version it supports.
    pub consent: uuid::Uuid,
    /// The pairing.
    pub pairing: PairingId,
    /// Whose consent.
    pub participant: ParticipantId,
    /// Its type.
    pub content_type: &'a str,
    /// The cleaned file.
    pub data: &'a [u8],
    /// The day it was signed.
    pub signed_on: NaiveDate,
    /// The coordinator who recorded it.
    pub recorded_by: AccountId,
}

impl std::fmt::Debug for NewForm<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewForm").field("participant", &self.participant).finish_non_exhaustive()
    }
}

fn place(row: &uuid::Uuid) -> FieldPlace<'_> {
    FieldPlace { table: TABLE, column: "data", row: row.as_bytes() }
}

/// Stores a form; returns its id.
pub async fn insert(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    form: &NewForm<'_>,
    now: DateTime<Utc>,
) -> Result<uuid::Uuid, StoreError> {
    let id = uuid::Uuid::new_v4();
    let row = ActiveModel {
        id: Set(id),
        consent_id: Set(form.consent),
        pairing_id: Set(form.pairing.as_uuid()),
        participant_id: Set(form.participant.as_uuid()),
        content_type: Set(form.content_type.to_owned()),
        data: Set(keys.encrypt(place(&id), form.data)),
        signed_on: Set(form.signed_on),
        recorded_by: Set(form.recorded_by.as_uuid()),
        created_at: Set(now),
    };
    Entity::insert(row).exec_without_returning(conn).await?;
    Ok(id)
}

/// The forms of a pairing, oldest first, without their files.
pub async fn of_pairing(conn: &impl ConnectionTrait, pairing: PairingId) -> Result<Vec<FormInfo>, StoreError> {
    let rows: Vec<(uuid::Uuid, uuid::Uuid, uuid::Uuid, String, NaiveDate, uuid::Uuid)> = super::columns_of(
        conn,
        Entity::find().filter(Column::PairingId.eq(pairing.as_uuid())).order_by_asc(Column::CreatedAt),
        &[
            Column::Id,
            Column::ConsentId,
            Column::ParticipantId,
            Column::ContentType,
            Column::SignedOn,
            Column::RecordedBy,
        ],
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, consent, participant, content_type, signed_on, by)| FormInfo {
            id,
            consent,
            participant: ParticipantId::from_uuid(participant),
            content_type,
            signed_on,
            recorded_by: AccountId::from_uuid(by),
        })
        .collect())
}

/// One form of a pairing with its file decrypted.
pub async fn file(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    pairing: PairingId,
    id: uuid::Uuid,
) -> Result<Option<(ParticipantId, String, Vec<u8>)>, StoreError> {
    let Some(m) = Entity::find_by_id(id).filter(Column::PairingId.eq(pairing.as_uuid())).one(conn).await? else {
        return Ok(None);
    };
    let data = keys.decrypt(place(&m.id), &m.data)?;
    Ok(Some((ParticipantId::from_uuid(m.participant_id), m.content_type, data)))
}

/// Deletes the signed forms of `participant` (erasure: a form bears their name and signature). The consent
/// versions they recorded stay. Returns how many were deleted.
pub async fn delete_of_participant(conn: &impl ConnectionTrait, participant: ParticipantId) -> Result<u64, StoreError> {
    Ok(Entity::delete_many().filter(Column::ParticipantId.eq(participant.as_uuid())).exec(conn).await?.rows_affected)
}
