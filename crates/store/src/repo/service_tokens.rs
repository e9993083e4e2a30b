//! Service tokens of registry systems (only their hashes), each with its own service account.

use chrono::{DateTime, Utc};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use twinbridge_domain::service_token::Scopes;
use twinbridge_domain::{AccountId, OrganisationId};

use crate::StoreError;
use crate::entities::service_tokens;

/// A stored token, without its secret.
#[derive(Debug, Clone)]
pub struct ServiceToken {
    /// Its id.
    pub id: uuid::Uuid,
    /// The organisation it acts for.
    pub organisation: OrganisationId,
    /// Its service account.
    pub account: AccountId,
    /// The name its administrator gave it.
    pub name: String,
    /// What it may do.
    pub scopes: Scopes,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTime<Utc>>,
    /// When it was last used.
    pub last_used_at: Option<DateTime<Utc>>,
}

fn to_domain(m: service_tokens::Model) -> Result<ServiceToken, StoreError> {
    let scopes =
        Scopes::parse(m.scopes.split_whitespace()).map_err(|e| StoreError::corrupt("service_tokens", m.id, e))?;
    Ok(ServiceToken {
        id: m.id,
        organisation: OrganisationId::from_uuid(m.organisation_id),
        account: AccountId::from_uuid(m.account_id),
        name: m.name,
        scopes,
        created_at: m.created_at,
        revoked_at: m.revoked_at,
        last_used_at: m.last_used_at,
    })
}

/// Stores a new token; a name already used in the organisation gives [`StoreError::Duplicate`].
pub async fn insert(
    conn: &impl ConnectionTrait,
    token: &ServiceToken,
    hash: Vec<u8>,
    created_by: AccountId,
) -> Result<(), StoreError> {
    let row = service_tokens::ActiveModel {
        id: Set(token.id),
        organisation_id: Set(token.organisation.as_uuid()),
        account_id: Set(token.account.as_uuid()),
        name: Set(token.name.clone()),
        scopes: Set(token.scopes.to_text()),
        token_hash: Set(hash),
        created_by: Set(created_by.as_uuid()),
        created_at: Set(token.created_at),
        revoked_at: Set(None),
        last_used_at: Set(None),
    };
    service_tokens::Entity::insert(row)
        .exec_without_returning(conn)
        .await
        .map_err(super::duplicate_as("token name"))?;
    Ok(())
}

/// The live (not revoked) token with this hash.
pub async fn find_live(conn: &impl ConnectionTrait, hash: &[u8]) -> Result<Option<ServiceToken>, StoreError> {
    service_tokens::Entity::find()
        .filter(service_tokens::Column::TokenHash.eq(hash.to_vec()))
        .filter(service_tokens::Column::RevokedAt.is_null())
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// The tokens of an organisation, newest first.
pub async fn of_organisation(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
) -> Result<Vec<ServiceToken>, StoreError> {
    service_tokens::Entity::find()
        .filter(service_tokens::Column::OrganisationId.eq(organisation.as_uuid()))
        .order_by_desc(service_tokens::Column::CreatedAt)
        .all(conn)
        .await?
        .into_iter()
        .map(to_domain)
        .collect()
}

/// One token of an organisation.
pub async fn get(
    conn: &impl ConnectionTrait,
    organisation: OrganisationId,
    id: uuid::Uuid,
) -> Result<Option<ServiceToken>, StoreError> {
    service_tokens::Entity::find_by_id(id)
        .filter(service_tokens::Column::OrganisationId.eq(organisation.as_uuid()))
        .one(conn)
        .await?
        .map(to_domain)
        .transpose()
}

/// Revokes a live token; `false` when it was revoked already (by a simultaneous request, say).
pub async fn revoke(conn: &impl ConnectionTrait, id: uuid::Uuid, now: DateTime<Utc>) -> Result<bool, StoreError> {
    let done = service_tokens::Entity::update_many()
        .col_expr(service_tokens::Column::RevokedAt, sea_orm::sea_query::Expr::value(now))
        .filter(service_tokens::Column::Id.eq(id))
        .filter(service_tokens::Column::RevokedAt.is_null())
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Notes a use.
pub async fn touch(conn: &impl ConnectionTrait, id: uuid::Uuid, now: DateTime<Utc>) -> Result<(), StoreError> {
    let row = service_tokens::ActiveModel { id: Set(id), last_used_at: Set(Some(now)), ..Default::default() };
    row.update(conn).await?;
    Ok(())
}
