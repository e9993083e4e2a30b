//! Stored hashes of bearer secrets: single-use e-mail links, API tokens and recovery codes.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use twinbridge_domain::AccountId;

use crate::StoreError;
use crate::entities::{api_tokens, one_time_tokens, recovery_codes};

/// Stores a single-use token for `purpose` (e.g. `sign-in`, `invitation`) and deletes the account's
/// earlier unused tokens of that purpose: only the newest link works, so an older e-mail found later (in a
/// forwarded message, a shared mailbox, an old backup) signs nobody in.
pub async fn insert_one_time(
    conn: &impl ConnectionTrait,
    hash: Vec<u8>,
    account: AccountId,
    purpose: &str,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    one_time_tokens::Entity::delete_many()
        .filter(one_time_tokens::Column::AccountId.eq(account.as_uuid()))
        .filter(one_time_tokens::Column::Purpose.eq(purpose))
        .filter(one_time_tokens::Column::ConsumedAt.is_null())
        .exec(conn)
        .await?;
    let row = one_time_tokens::ActiveModel {
        token_hash: Set(hash),
        account_id: Set(account.as_uuid()),
        purpose: Set(purpose.to_owned()),
        expires_at: Set(expires_at),
        consumed_at: Set(None),
        created_at: Set(now),
    };
    one_time_tokens::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// The account of a usable (unexpired, unconsumed) token, without consuming it.
pub async fn peek_one_time(
    conn: &impl ConnectionTrait,
    hash: &[u8],
    purpose: &str,
    now: DateTime<Utc>,
) -> Result<Option<AccountId>, StoreError> {
    Ok(one_time_tokens::Entity::find_by_id(hash.to_vec())
        .filter(one_time_tokens::Column::Purpose.eq(purpose))
        .filter(one_time_tokens::Column::ConsumedAt.is_null())
        .filter(one_time_tokens::Column::ExpiresAt.gt(now))
        .one(conn)
        .await?
        .map(|m| AccountId::from_uuid(m.account_id)))
}

/// Consumes a usable token and returns its account; `None` if unknown, expired or already used. The
/// conditional update makes the second of two concurrent uses fail.
pub async fn consume_one_time(
    conn: &impl ConnectionTrait,
    hash: &[u8],
    purpose: &str,
    now: DateTime<Utc>,
) -> Result<Option<AccountId>, StoreError> {
    let Some(account) = peek_one_time(conn, hash, purpose, now).await? else { return Ok(None) };
    let result = one_time_tokens::Entity::update_many()
        .col_expr(one_time_tokens::Column::ConsumedAt, Expr::value(now))
        .filter(one_time_tokens::Column::TokenHash.eq(hash.to_vec()))
        .filter(one_time_tokens::Column::ConsumedAt.is_null())
        .exec(conn)
        .await?;
    Ok((result.rows_affected == 1).then_some(account))
}

/// Stores an API token.
pub async fn insert_api_token(
    conn: &impl ConnectionTrait,
    hash: Vec<u8>,
    account: AccountId,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    let row = api_tokens::ActiveModel {
        token_hash: Set(hash),
        account_id: Set(account.as_uuid()),
        expires_at: Set(expires_at),
        created_at: Set(now),
    };
    api_tokens::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}

/// Deletes one API token (sign-out of an API client).
pub async fn delete_api_token(conn: &impl ConnectionTrait, hash: &[u8]) -> Result<(), StoreError> {
    api_tokens::Entity::delete_by_id(hash.to_vec()).exec(conn).await?;
    Ok(())
}

/// Deletes every API token of an account.
pub async fn delete_api_tokens_of(conn: &impl ConnectionTrait, account: AccountId) -> Result<(), StoreError> {
    api_tokens::Entity::delete_many().filter(api_tokens::Column::AccountId.eq(account.as_uuid())).exec(conn).await?;
    Ok(())
}

/// Replaces the recovery codes of an account.
pub async fn replace_recovery_codes(
    conn: &impl ConnectionTrait,
    account: AccountId,
    hashes: Vec<Vec<u8>>,
) -> Result<(), StoreError> {
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::AccountId.eq(account.as_uuid()))
        .exec(conn)
        .await?;
    for hash in hashes {
        let row = recovery_codes::ActiveModel {
            code_hash: Set(hash),
            account_id: Set(account.as_uuid()),
            used_at: Set(None),
        };
        recovery_codes::Entity::insert(row).exec_without_returning(conn).await?;
    }
    Ok(())
}

/// Uses a recovery code of `account` once; `false` if unknown or used.
pub async fn use_recovery_code(
    conn: &impl ConnectionTrait,
    account: AccountId,
    hash: &[u8],
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let result = recovery_codes::Entity::update_many()
        .col_expr(recovery_codes::Column::UsedAt, Expr::value(now))
        .filter(recovery_codes::Column::CodeHash.eq(hash.to_vec()))
        .filter(recovery_codes::Column::AccountId.eq(account.as_uuid()))
        .filter(recovery_codes::Column::UsedAt.is_null())
        .exec(conn)
        .await?;
    Ok(result.rows_affected == 1)
}
