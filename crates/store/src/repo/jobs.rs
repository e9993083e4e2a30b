//! The scheduled jobs' rows. A job is claimed with a lease by a conditional update, so that of several
//! instances sharing one database only one runs it; the lease also frees a job whose runner died.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::StoreError;
use crate::entities::jobs::{ActiveModel, Column, Entity};

/// A job's row as operators see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobRow {
    /// Its name.
    pub name: String,
    /// When it is due next.
    pub next_run_at: DateTime<Utc>,
    /// When it last ran to the end.
    pub last_run_at: Option<DateTime<Utc>>,
    /// Why its last run failed, if it did.
    pub last_error: Option<String>,
}

/// Adds the job, due `now`, unless it exists.
pub async fn ensure(conn: &impl ConnectionTrait, name: &str, now: DateTime<Utc>) -> Result<(), StoreError> {
    let row = ActiveModel {
        name: Set(name.to_owned()),
        next_run_at: Set(now),
        claimed_until: Set(None),
        last_run_at: Set(None),
        last_error: Set(None),
    };
    Entity::insert(row).on_conflict_do_nothing().exec_without_returning(conn).await?;
    Ok(())
}

/// Claims the job until `lease_until` if nobody holds it and (unless `even_if_not_due`) it is due.
/// `true` when this caller holds it now.
pub async fn claim(
    conn: &impl ConnectionTrait,
    name: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    even_if_not_due: bool,
) -> Result<bool, StoreError> {
    let mut update = Entity::update_many()
        .col_expr(Column::ClaimedUntil, Expr::value(lease_until))
        .filter(Column::Name.eq(name))
        .filter(Condition::any().add(Column::ClaimedUntil.is_null()).add(Column::ClaimedUntil.lt(now)));
    if !even_if_not_due {
        update = update.filter(Column::NextRunAt.lte(now));
    }
    Ok(update.exec(conn).await?.rows_affected == 1)
}

/// Ends a run: releases the claim, records the outcome and when the job is due next.
pub async fn finish(
    conn: &impl ConnectionTrait,
    name: &str,
    now: DateTime<Utc>,
    next_run_at: DateTime<Utc>,
    error: Option<&str>,
) -> Result<(), StoreError> {
    let mut update = Entity::update_many()
        .col_expr(Column::ClaimedUntil, Expr::value(Option::<DateTime<Utc>>::None))
        .col_expr(Column::NextRunAt, Expr::value(next_run_at))
        .col_expr(Column::LastError, Expr::value(error.map(|e| e.chars().take(500).collect::<String>())));
    if error.is_none() {
        update = update.col_expr(Column::LastRunAt, Expr::value(now));
    }
    update.filter(Column::Name.eq(name)).exec(conn).await?;
    Ok(())
}

/// Every job's row.
pub async fn list(conn: &impl ConnectionTrait) -> Result<Vec<JobRow>, StoreError> {
    Ok(Entity::find()
        .all(conn)
        .await?
        .into_iter()
        .map(|m| JobRow {
            name: m.name,
            next_run_at: m.next_run_at,
            last_run_at: m.last_run_at,
            last_error: m.last_error,
        })
        .collect())
}
