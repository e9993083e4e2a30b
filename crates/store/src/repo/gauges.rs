//! What operators watch (`/metrics`): queues and their oldest items, read at scrape time.

use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::StoreError;
use crate::entities::{jobs, letters, outbox};

/// E-mails waiting to be sent (neither sent nor given up), and when the oldest was queued.
pub async fn outbox_waiting(conn: &impl ConnectionTrait) -> Result<(u64, Option<DateTime<Utc>>), StoreError> {
    let waiting =
        || outbox::Entity::find().filter(outbox::Column::SentAt.is_null()).filter(outbox::Column::GaveUpAt.is_null());
    let count = waiting().count(conn).await?;
    let oldest = waiting().order_by_asc(outbox::Column::CreatedAt).limit(1).one(conn).await?.map(|m| m.created_at);
    Ok((count, oldest))
}

/// Letters in a review status (`in_review_donor_side`, …): how many, and since when the longest-waiting one.
pub async fn letters_waiting(
    conn: &impl ConnectionTrait,
    status: &str,
) -> Result<(u64, Option<DateTime<Utc>>), StoreError> {
    let waiting = || letters::Entity::find().filter(letters::Column::Status.eq(status));
    let count = waiting().count(conn).await?;
    let oldest = waiting().order_by_asc(letters::Column::UpdatedAt).limit(1).one(conn).await?.map(|m| m.updated_at);
    Ok((count, oldest))
}

/// The scheduled job that has been due the longest: when it was due.
pub async fn oldest_due_job(
    conn: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, StoreError> {
    Ok(jobs::Entity::find()
        .filter(jobs::Column::NextRunAt.lte(now))
        .order_by_asc(jobs::Column::NextRunAt)
        .limit(1)
        .one(conn)
        .await?
        .map(|m| m.next_run_at))
}
