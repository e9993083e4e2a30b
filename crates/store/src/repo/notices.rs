//! Marks of notices sent. A notice that must go out once (a digest item, a date's reminder) is marked
//! in the transaction that queues its e-mail; the insert does nothing when the mark exists, so two runs
//! racing queue it once.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set, TryInsertResult};

use crate::StoreError;
use crate::entities::notices_sent::{ActiveModel, Column, Entity};

/// Marks `key` as sent; `true` when this call marked it, `false` when it was marked before.
pub async fn mark(conn: &impl ConnectionTrait, key: &str, now: DateTime<Utc>) -> Result<bool, StoreError> {
    let row = ActiveModel { key: Set(key.to_owned()), sent_at: Set(now) };
    let inserted = Entity::insert(row).on_conflict_do_nothing().exec_without_returning(conn).await?;
    Ok(matches!(inserted, TryInsertResult::Inserted(1)))
}

/// Which of `keys` are marked.
pub async fn marked(conn: &impl ConnectionTrait, keys: &[String]) -> Result<Vec<String>, StoreError> {
    if keys.is_empty() {
        return Ok(Vec::new());
    }
    let mut found = Vec::new();
    // Bounded batches keep the statement's parameter count well below SQLite's limit.
    for chunk in keys.chunks(500) {
        let rows = Entity::find().filter(Column::Key.is_in(chunk.iter().cloned())).all(conn).await?;
        found.extend(rows.into_iter().map(|m| m.key));
    }
    Ok(found)
}
