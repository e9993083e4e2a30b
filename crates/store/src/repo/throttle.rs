//! Consecutive failed sign-ins per e-mail address and the resulting lock.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use crate::StoreError;
use crate::entities::sign_in_throttle::{ActiveModel, Column, Entity};

/// Failures so far and the lock, for an e-mail blind index.
pub async fn get(conn: &impl ConnectionTrait, email_index: &[u8]) -> Result<(u32, Option<DateTime<Utc>>), StoreError> {
    Ok(Entity::find_by_id(email_index.to_vec())
        .one(conn)
        .await?
        .map_or((0, None), |m| (u32::try_from(m.failures).unwrap_or(0), m.locked_until)))
}

/// Stores the failure count and lock.
pub async fn put(
    conn: &impl ConnectionTrait,
    email_index: &[u8],
    failures: u32,
    locked_until: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = ActiveModel {
        email_index: Set(email_index.to_vec()),
        failures: Set(i32::try_from(failures).unwrap_or(i32::MAX)),
        locked_until: Set(locked_until),
        updated_at: Set(now),
    };
    Entity::insert(row)
        .on_conflict(
            OnConflict::column(Column::EmailIndex)
                .update_columns([Column::Failures, Column::LockedUntil, Column::UpdatedAt])
                .to_owned(),
        )
        .exec(conn)
        .await?;
    Ok(())
}
