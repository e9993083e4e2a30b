//! Repositories: functions that map rows to domain types and back. Each takes any connection (a pool for
//! reads, a [`crate::WriteTx`] for writes), so several of them compose into one transaction.

pub mod accounts;
pub mod audit;
pub mod consent_forms;
pub mod consents;
pub mod donations;
pub mod gauges;
pub mod idempotency;
pub mod jobs;
pub mod letters;
pub mod meetings;
pub mod notices;
pub mod organisation_policies;
pub mod organisations;
pub mod outbox;
pub mod pairings;
pub mod patient_statuses;
pub mod persons;
pub mod questions;
pub mod registrations;
pub mod release_requests;
pub mod rotation;
pub mod service_tokens;
pub mod sessions;
pub mod settings;
pub mod statistics;
pub mod throttle;
pub mod tokens;
pub mod translation_requests;
pub mod webhooks;

use sea_orm::{
    ConnectionTrait, DbErr, EntityTrait, IdenStatic, QuerySelect, QueryTrait, Select, SqlErr, TryGetableMany,
};

use crate::StoreError;

/// Maps a unique-constraint violation to [`StoreError::Duplicate`]; other errors pass through.
pub(crate) fn duplicate_as(what: &'static str) -> impl FnOnce(DbErr) -> StoreError {
    move |err| {
        if is_unique_violation(&err) { StoreError::Duplicate(what) } else { StoreError::Db(err) }
    }
}

/// Whether `err` is a unique constraint's refusal, whichever driver reported it.
fn is_unique_violation(err: &DbErr) -> bool {
    if matches!(err.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) {
        return true;
    }
    let (DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e)) | DbErr::Query(sea_orm::RuntimeErr::SqlxError(e))) = err else {
        return false;
    };
    matches!(e.as_ref(), sea_orm::sqlx::Error::Database(db) if db.is_unique_violation())
}

/// The values of `columns` in each row `query` finds, as tuples (or single values), each read by its
/// column's name.
///
/// This stands in for SeaORM's `into_tuple`, which reads by position: the SQLite pool hands rows to SeaORM
/// as maps from column name to value (`crate::sqlite`), in which positions are alphabetical. Clippy refuses
/// `into_tuple` (`clippy.toml`).
pub(crate) async fn columns_of<T, E>(
    conn: &impl ConnectionTrait,
    query: Select<E>,
    columns: &[E::Column],
) -> Result<Vec<T>, StoreError>
where
    T: TryGetableMany,
    E: EntityTrait,
{
    let query = columns.iter().fold(query.select_only(), |query, column| query.column(*column));
    let names: Vec<String> = columns.iter().map(|column| column.as_str().to_owned()).collect();
    let rows = conn.query_all(&query.into_query()).await?;
    rows.iter().map(|row| T::try_get_many(row, "", &names).map_err(|e| StoreError::Db(e.into()))).collect()
}
