//! Potential donors' registrations. The registrant's details are sealed as one field; a blind index of
//! the address (per organisation, unique) recognises an earlier registration without decrypting anything.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde::{Deserialize, Serialize};
use twinbridge_crypto::{FieldPlace, KeyRing};
use twinbridge_domain::registration::RegistrationStatus;
use twinbridge_domain::{Email, OrganisationId, RegistrationId};

use crate::StoreError;
use crate::entities::donor_registrations::{ActiveModel, Column, Entity, Model};

const TABLE: &str = "donor_registrations";

/// What a registrant told, as validated by the service. `Debug` shows nothing of it.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registrant {
    /// Their name, as typed.
    pub name: String,
    /// Their e-mail address.
    pub email: String,
    /// Their phone number.
    pub phone: Option<String>,
    /// Their date of birth.
    pub date_of_birth: NaiveDate,
    /// Their sex, as they gave it.
    pub sex: Option<String>,
    /// Their region.
    pub region: Option<String>,
    /// Their answers to the registry's health questions.
    pub health_answers: Option<serde_json::Value>,
}

impl std::fmt::Debug for Registrant {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Registrant { .. }")
    }
}

/// A registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registration {
    /// Random id.
    pub id: RegistrationId,
    /// The registry it is for.
    pub organisation: OrganisationId,
    /// Where it stands.
    pub status: RegistrationStatus,
    /// What the registrant told.
    pub registrant: Registrant,
    /// Received.
    pub created_at: DateTime<Utc>,
    /// Last changed.
    pub updated_at: DateTime<Utc>,
}

/// The blind index of an address, for one organisation's registrations.
pub fn email_index(keys: &KeyRing, email: &Email) -> Vec<u8> {
    keys.blind_index("registration-email", &email.normalised()).to_vec()
}

fn place(id: &uuid::Uuid) -> FieldPlace<'_> {
    FieldPlace { table: TABLE, column: "identity", row: id.as_bytes() }
}

fn to_domain(keys: &KeyRing, m: Model) -> Result<Registration, StoreError> {
    let plain = keys.decrypt(place(&m.id), &m.identity)?;
    let registrant = serde_json::from_slice(&plain).map_err(|e| StoreError::corrupt(TABLE, m.id, e))?;
    Ok(Registration {
        id: RegistrationId::from_uuid(m.id),
        organisation: OrganisationId::from_uuid(m.organisation_id),
        status: m.status.parse().map_err(|e| StoreError::corrupt(TABLE, m.id, e))?,
        registrant,
        created_at: m.created_at,
        updated_at: m.updated_at,
    })
}

/// Stores a new registration; an address already registered with the organisation gives
/// [`StoreError::Duplicate`].
pub async fn insert(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    registration: &Registration,
    token_hash: &[u8],
) -> Result<(), StoreError> {
    let id = registration.id.as_uuid();
    let email = Email::parse(&registration.registrant.email).map_err(|e| StoreError::corrupt(TABLE, id, e))?;
    let identity = serde_json::to_vec(&registration.registrant).map_err(|e| StoreError::corrupt(TABLE, id, e))?;
    let row = ActiveModel {
        id: Set(id),
        organisation_id: Set(registration.organisation.as_uuid()),
        status: Set(registration.status.as_str().to_owned()),
        email_index: Set(email_index(keys, &email)),
        identity: Set(keys.encrypt(place(&id), &identity)),
        token_hash: Set(token_hash.to_vec()),
        created_at: Set(registration.created_at),
        updated_at: Set(registration.updated_at),
    };
    Entity::insert(row).exec_without_returning(conn).await.map_err(super::duplicate_as("registration"))?;
    Ok(())
}

/// The organisation's registration of `email`, if there is one.
pub async fn find_by_email(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    organisation: OrganisationId,
    email: &Email,
) -> Result<Option<RegistrationId>, StoreError> {
    Ok(Entity::find()
        .filter(Column::OrganisationId.eq(organisation.as_uuid()))
        .filter(Column::EmailIndex.eq(email_index(keys, email)))
        .one(conn)
        .await?
        .map(|m| RegistrationId::from_uuid(m.id)))
}

/// Gives the registration a new link (the old one stops working).
pub async fn set_token(
    conn: &impl ConnectionTrait,
    id: RegistrationId,
    token_hash: &[u8],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    Entity::update_many()
        .col_expr(Column::TokenHash, Expr::value(token_hash.to_vec()))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id.as_uuid()))
        .exec(conn)
        .await?;
    Ok(())
}

/// The registration whose link has this hash.
pub async fn by_token(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    token_hash: &[u8],
) -> Result<Option<Registration>, StoreError> {
    Entity::find()
        .filter(Column::TokenHash.eq(token_hash.to_vec()))
        .one(conn)
        .await?
        .map(|m| to_domain(keys, m))
        .transpose()
}

/// One registration.
pub async fn get(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: RegistrationId,
) -> Result<Option<Registration>, StoreError> {
    Entity::find_by_id(id.as_uuid()).one(conn).await?.map(|m| to_domain(keys, m)).transpose()
}

/// An organisation's registrations, oldest first, of one status or all.
pub async fn of_organisation(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    organisation: OrganisationId,
    status: Option<RegistrationStatus>,
) -> Result<Vec<Registration>, StoreError> {
    let mut query = Entity::find().filter(Column::OrganisationId.eq(organisation.as_uuid()));
    if let Some(status) = status {
        query = query.filter(Column::Status.eq(status.as_str()));
    }
    query
        .order_by_asc(Column::CreatedAt)
        .order_by_asc(Column::Id)
        .all(conn)
        .await?
        .into_iter()
        .map(|m| to_domain(keys, m))
        .collect()
}

/// Moves a registration on, but only from `from`; whether this call moved it.
pub async fn set_status(
    conn: &impl ConnectionTrait,
    id: RegistrationId,
    from: RegistrationStatus,
    to: RegistrationStatus,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let updated = Entity::update_many()
        .col_expr(Column::Status, Expr::value(to.as_str()))
        .col_expr(Column::UpdatedAt, Expr::value(now))
        .filter(Column::Id.eq(id.as_uuid()))
        .filter(Column::Status.eq(from.as_str()))
        .exec(conn)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Erases a registration: the row goes, with the only copy of the registrant's details.
pub async fn delete(conn: &impl ConnectionTrait, id: RegistrationId) -> Result<bool, StoreError> {
    Ok(Entity::delete_by_id(id.as_uuid()).exec(conn).await?.rows_affected == 1)
}
