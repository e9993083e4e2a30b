//! Readers' requests for a translation of a delivered letter. One row per letter: asking again while a
//! request is open changes nothing, and a request the reader's side fulfilled can be opened again (the
//! translation was in another language than the reader reads). Both are decided by the statement
//! itself, so simultaneous requests open one request and tell the reader's side once.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TryInsertResult};
use twinbridge_domain::{AccountId, LetterId};

use crate::StoreError;
use crate::entities::translation_requests::{ActiveModel, Column, Entity, Model};

/// A reader's request for a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationRequest {
    /// The letter.
    pub letter: LetterId,
    /// The language asked for (ISO 639-1).
    pub language: String,
    /// The reader's account.
    pub requested_by: AccountId,
    /// When it was (last) asked for.
    pub created_at: DateTime<Utc>,
    /// When a translation was attached after it; `None` while it is open.
    pub fulfilled_at: Option<DateTime<Utc>>,
}

impl From<Model> for TranslationRequest {
    fn from(m: Model) -> Self {
        Self {
            letter: LetterId::from_uuid(m.letter_id),
            language: m.language,
            requested_by: AccountId::from_uuid(m.requested_by),
            created_at: m.created_at,
            fulfilled_at: m.fulfilled_at,
        }
    }
}

/// Opens a request for a translation of `letter` into `language`: `true` when this call opened it,
/// `false` when one was already open (that one stands, in its language).
pub async fn open(
    conn: &impl ConnectionTrait,
    letter: LetterId,
    language: &str,
    by: AccountId,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let row = ActiveModel {
        letter_id: Set(letter.as_uuid()),
        language: Set(language.to_owned()),
        requested_by: Set(by.as_uuid()),
        created_at: Set(now),
        fulfilled_at: Set(None),
    };
    if matches!(
        Entity::insert(row).on_conflict_do_nothing().exec_without_returning(conn).await?,
        TryInsertResult::Inserted(1)
    ) {
        return Ok(true);
    }
    // A request exists: opened again only if it was fulfilled.
    let reopened = Entity::update_many()
        .col_expr(Column::Language, Expr::value(language))
        .col_expr(Column::RequestedBy, Expr::value(by.as_uuid()))
        .col_expr(Column::CreatedAt, Expr::value(now))
        .col_expr(Column::FulfilledAt, Expr::value(Option::<DateTime<Utc>>::None))
        .filter(Column::LetterId.eq(letter.as_uuid()))
        .filter(Column::FulfilledAt.is_not_null())
        .exec(conn)
        .await?;
    Ok(reopened.rows_affected == 1)
}

/// Marks the open request of `letter` fulfilled: `true` when there was one.
pub async fn fulfil(conn: &impl ConnectionTrait, letter: LetterId, now: DateTime<Utc>) -> Result<bool, StoreError> {
    let done = Entity::update_many()
        .col_expr(Column::FulfilledAt, Expr::value(now))
        .filter(Column::LetterId.eq(letter.as_uuid()))
        .filter(Column::FulfilledAt.is_null())
        .exec(conn)
        .await?;
    Ok(done.rows_affected == 1)
}

/// The request of `letter`, open or fulfilled.
pub async fn of_letter(
    conn: &impl ConnectionTrait,
    letter: LetterId,
) -> Result<Option<TranslationRequest>, StoreError> {
    Ok(Entity::find_by_id(letter.as_uuid()).one(conn).await?.map(Into::into))
}

/// The open requests among `letters`.
pub async fn open_of_letters(
    conn: &impl ConnectionTrait,
    letters: &[LetterId],
) -> Result<Vec<TranslationRequest>, StoreError> {
    let mut out = Vec::new();
    // Bounded batches keep the statement's parameter count well below SQLite's limit.
    for chunk in letters.chunks(500) {
        let rows = Entity::find()
            .filter(Column::LetterId.is_in(chunk.iter().map(|l| l.as_uuid())))
            .filter(Column::FulfilledAt.is_null())
            .all(conn)
            .await?;
        out.extend(rows.into_iter().map(Into::into));
    }
    Ok(out)
}
