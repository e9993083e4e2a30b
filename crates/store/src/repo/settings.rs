//! Installation settings (key/value), e.g. the demo marker.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ConnectionTrait, EntityTrait, Set};

use crate::StoreError;
use crate::entities::instance_settings::{ActiveModel, Column, Entity};

/// The value stored under `key`.
pub async fn get(conn: &impl ConnectionTrait, key: &str) -> Result<Option<String>, StoreError> {
    Ok(Entity::find_by_id(key.to_owned()).one(conn).await?.map(|m| m.value))
}

/// Stores `value` under `key`, replacing any earlier value.
pub async fn put(conn: &impl ConnectionTrait, key: &str, value: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
    let row = ActiveModel { key: Set(key.to_owned()), value: Set(value.to_owned()), updated_at: Set(now) };
    Entity::insert(row)
        .on_conflict(OnConflict::column(Column::Key).update_columns([Column::Value, Column::UpdatedAt]).to_owned())
        .exec(conn)
        .await?;
    Ok(())
}
