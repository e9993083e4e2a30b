//! The session store for `tower-sessions`, on both backends. Rows are keyed by the SHA-256 of the session
//! id (the cookie value), so a database dump holds no usable session. The account id is copied out of the
//! session data into its own column, which is what makes "sign out everywhere" one `DELETE`.
//!
//! Expiry here is the session library's own (browser-session cookies, two weeks at most on the server);
//! the service enforces its idle and absolute time-outs itself, with the application clock.

use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use tower_sessions::cookie::time::OffsetDateTime;
use tower_sessions::session::{Id, Record};
use tower_sessions::session_store::{Error, Result};
use twinbridge_domain::AccountId;

use crate::entities::sessions::{ActiveModel, Column, Entity};
use crate::{Db, StoreError};

/// The key in the session data holding the signed-in account's id.
pub const ACCOUNT_KEY: &str = "account";

/// `tower_sessions::SessionStore` over the `sessions` table.
#[derive(Debug, Clone)]
pub struct DbSessionStore {
    db: Db,
}

impl DbSessionStore {
    /// A store on this connection pool.
    pub const fn new(db: Db) -> Self {
        Self { db }
    }
}

fn id_hash(id: &Id) -> Vec<u8> {
    twinbridge_crypto::secrets::hash_token(&id.to_string())
}

fn backend(err: impl std::fmt::Display) -> Error {
    Error::Backend(err.to_string())
}

fn expires(record: &Record) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(record.expiry_date.unix_timestamp(), 0).unwrap_or_default()
}

fn row(record: &Record) -> Result<ActiveModel> {
    let account = record.data.get(ACCOUNT_KEY).and_then(|v| v.as_str()).and_then(|s| s.parse::<uuid::Uuid>().ok());
    Ok(ActiveModel {
        id_hash: Set(id_hash(&record.id)),
        account_id: Set(account),
        data: Set(serde_json::to_string(&record.data).map_err(|e| Error::Encode(e.to_string()))?),
        expires_at: Set(expires(record)),
    })
}

#[async_trait::async_trait]
impl tower_sessions::SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> Result<()> {
        // A 128-bit random id practically never collides; if it does, draw again.
        loop {
            match Entity::insert(row(record)?)
                .exec_without_returning(&self.db)
                .await
                .map_err(super::duplicate_as("session"))
            {
                Ok(_) => return Ok(()),
                Err(StoreError::Duplicate(_)) => record.id = Id::default(),
                Err(e) => return Err(backend(e)),
            }
        }
    }

    async fn save(&self, record: &Record) -> Result<()> {
        Entity::insert(row(record)?)
            .on_conflict(
                OnConflict::column(Column::IdHash)
                    .update_columns([Column::AccountId, Column::Data, Column::ExpiresAt])
                    .to_owned(),
            )
            .exec(&self.db)
            .await
            .map_err(backend)?;
        Ok(())
    }

    async fn load(&self, id: &Id) -> Result<Option<Record>> {
        let now = chrono::DateTime::from_timestamp(OffsetDateTime::now_utc().unix_timestamp(), 0).unwrap_or_default();
        let Some(m) =
            Entity::find_by_id(id_hash(id)).filter(Column::ExpiresAt.gt(now)).one(&self.db).await.map_err(backend)?
        else {
            return Ok(None);
        };
        let data = serde_json::from_str(&m.data).map_err(|e| Error::Decode(e.to_string()))?;
        let expiry_date =
            OffsetDateTime::from_unix_timestamp(m.expires_at.timestamp()).map_err(|e| Error::Decode(e.to_string()))?;
        Ok(Some(Record { id: *id, data, expiry_date }))
    }

    async fn delete(&self, id: &Id) -> Result<()> {
        Entity::delete_by_id(id_hash(id)).exec(&self.db).await.map_err(backend)?;
        Ok(())
    }
}

/// Ends every session of an account ("sign out everywhere", password change, disabling).
pub async fn delete_all_of(conn: &impl ConnectionTrait, account: AccountId) -> std::result::Result<(), StoreError> {
    Entity::delete_many().filter(Column::AccountId.eq(account.as_uuid())).exec(conn).await?;
    Ok(())
}

/// How many sessions an account has (for tests and the account page).
pub async fn count_of(conn: &impl ConnectionTrait, account: AccountId) -> std::result::Result<u64, StoreError> {
    use sea_orm::PaginatorTrait;
    Ok(Entity::find().filter(Column::AccountId.eq(account.as_uuid())).count(conn).await?)
}
