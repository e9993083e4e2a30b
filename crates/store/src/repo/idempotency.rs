//! Answers to API requests sent with an `Idempotency-Key`. A row is written when such a request starts
//! (no answer yet: in progress) and completed with the answer, which is kept sealed: it may name what the
//! request created. Rows are found by an id the caller derives from who asked and the key.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use twinbridge_crypto::{FieldPlace, KeyRing};

use crate::StoreError;
use crate::entities::idempotency_keys::{ActiveModel, Column, Entity};

/// A stored answer.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredResponse {
    /// The HTTP status.
    pub status: u16,
    /// Its `Content-Type`, if it had one.
    pub content_type: Option<String>,
    /// The body.
    pub body: Vec<u8>,
}

impl std::fmt::Debug for StoredResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredResponse").field("status", &self.status).finish_non_exhaustive()
    }
}

/// What is stored for a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    /// A hash of the request the key was first used with.
    pub request_hash: Vec<u8>,
    /// The answer; `None` while the first request is still being worked on.
    pub response: Option<StoredResponse>,
    /// When the first request started.
    pub started_at: DateTime<Utc>,
}

fn place(id: &[u8]) -> FieldPlace<'_> {
    FieldPlace { table: "idempotency_keys", column: "response", row: id }
}

/// The record under `id`, if any.
pub async fn get(conn: &impl ConnectionTrait, keys: &KeyRing, id: &[u8]) -> Result<Option<Record>, StoreError> {
    let Some(row) = Entity::find_by_id(id.to_vec()).one(conn).await? else { return Ok(None) };
    let response = match (row.status, row.response) {
        (Some(status), Some(sealed)) => Some(StoredResponse {
            status: u16::try_from(status).map_err(|_| StoreError::corrupt("idempotency_keys", "(key)", "status"))?,
            content_type: row.content_type,
            body: keys.decrypt(place(id), &sealed)?,
        }),
        _ => None,
    };
    Ok(Some(Record { request_hash: row.request_hash, response, started_at: row.created_at }))
}

/// Marks a request under `id` as started (replacing an expired or abandoned record).
pub async fn start(
    conn: &impl ConnectionTrait,
    id: &[u8],
    request_hash: &[u8],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = ActiveModel {
        id: Set(id.to_vec()),
        request_hash: Set(request_hash.to_vec()),
        status: Set(None),
        content_type: Set(None),
        response: Set(None),
        created_at: Set(now),
    };
    Entity::insert(row)
        .on_conflict(
            OnConflict::column(Column::Id)
                .update_columns([
                    Column::RequestHash,
                    Column::Status,
                    Column::ContentType,
                    Column::Response,
                    Column::CreatedAt,
                ])
                .to_owned(),
        )
        .exec(conn)
        .await?;
    Ok(())
}

/// Stores the answer of the request under `id`.
pub async fn complete(
    conn: &impl ConnectionTrait,
    keys: &KeyRing,
    id: &[u8],
    response: &StoredResponse,
) -> Result<(), StoreError> {
    Entity::update_many()
        .col_expr(Column::Status, i32::from(response.status).into())
        .col_expr(Column::ContentType, response.content_type.clone().into())
        .col_expr(Column::Response, keys.encrypt(place(id), &response.body).into())
        .filter(Column::Id.eq(id.to_vec()))
        .exec(conn)
        .await?;
    Ok(())
}

/// Forgets the record under `id` (a request that failed on our side may be tried again).
pub async fn forget(conn: &impl ConnectionTrait, id: &[u8]) -> Result<(), StoreError> {
    Entity::delete_by_id(id.to_vec()).exec(conn).await?;
    Ok(())
}

/// Deletes the records of requests started before `cutoff`.
pub async fn purge_before(conn: &impl ConnectionTrait, cutoff: DateTime<Utc>) -> Result<u64, StoreError> {
    Ok(Entity::delete_many().filter(Column::CreatedAt.lt(cutoff)).exec(conn).await?.rows_affected)
}
