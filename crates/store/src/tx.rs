//! Write transactions with the same guarantee on both backends.
//!
//! SQLite: `BEGIN IMMEDIATE` takes the write lock at the start, so the busy timeout applies and a
//! transaction that reads and then writes cannot fail half-way with `SQLITE_BUSY`.
//!
//! PostgreSQL: `SERIALIZABLE`, so a read-then-write that raced another one fails with a serialization error
//! instead of silently losing an update; such failures (and deadlocks) are retried here, running the work
//! again from the start on fresh data. The work must therefore be repeatable: it only touches the
//! database through the transaction (messages go through the outbox table, never straight out).

use std::future::Future;
use std::ops::Deref;
use std::sync::Arc;
use std::time::Duration;

use rand::RngExt;
use sea_orm::{DbErr, RuntimeErr};

use crate::{Backend, Store, StoreError, Tx};

/// How often a conflicting transaction is run again before giving up.
const MAX_ATTEMPTS: u32 = 30;

/// The handle a write transaction's work gets: dereferences to the transaction, for repositories.
#[derive(Debug)]
pub struct WriteTx(Arc<Tx>);

impl Deref for WriteTx {
    type Target = Tx;

    fn deref(&self) -> &Tx {
        &self.0
    }
}

/// An error type usable in [`Store::write_tx`]: it can carry a [`StoreError`], and tells whether it is one
/// (so that conflicts can be retried).
pub trait TxError: From<StoreError> {
    /// The storage error inside, if this is one.
    fn store_error(&self) -> Option<&StoreError>;
}

impl TxError for StoreError {
    fn store_error(&self) -> Option<&StoreError> {
        Some(self)
    }
}

/// Whether `err` is a transient conflict that running the transaction again can resolve.
fn is_conflict(err: &DbErr) -> bool {
    let (DbErr::Exec(RuntimeErr::SqlxError(e))
    | DbErr::Query(RuntimeErr::SqlxError(e))
    | DbErr::Conn(RuntimeErr::SqlxError(e))) = err
    else {
        return false;
    };
    let sea_orm::sqlx::Error::Database(db) = e.as_ref() else {
        return false;
    };
    // PostgreSQL: serialization_failure, deadlock_detected. SQLite: BUSY, BUSY_SNAPSHOT, LOCKED.
    matches!(db.code().as_deref(), Some("40001" | "40P01" | "5" | "517" | "6"))
}

fn is_retryable<E: TxError>(err: &E) -> bool {
    matches!(err.store_error(), Some(StoreError::Db(db)) if is_conflict(db))
}

impl Store {
    /// Runs `work` in a write transaction and commits it; rolls back when `work` fails.
    ///
    /// `work` may run more than once (see the module docs). Pass it references to what it needs:
    /// `store.write_tx(|tx| async move { repo::organisations::insert(&*tx, &org, now).await })`.
    pub async fn write_tx<T, E, F, Fut>(&self, mut work: F) -> Result<T, E>
    where
        F: FnMut(WriteTx) -> Fut,
        Fut: Future<Output = Result<T, E>>,
        E: TxError,
    {
        let mut attempt = 1;
        loop {
            let outcome = self.attempt(&mut work).await;
            match outcome {
                Err(err) if attempt < MAX_ATTEMPTS && is_retryable(&err) => {
                    tracing::debug!(attempt, "write transaction conflicted; running it again");
                    tokio::time::sleep(backoff(attempt)).await;
                    attempt += 1;
                }
                other => return other,
            }
        }
    }

    async fn attempt<T, E, F, Fut>(&self, work: &mut F) -> Result<T, E>
    where
        F: FnMut(WriteTx) -> Fut,
        Fut: Future<Output = Result<T, E>>,
        E: TxError,
    {
        // SQLite has one writer at a time. Waiting in SQLite's busy handler means sleeping in growing steps
        // (up to 100 ms) and retrying, so under load the lock sat idle between writers and the unlucky ones
        // waited hundreds of milliseconds. This process's writers therefore take turns on an in-process queue
        // first and begin only when it is their turn; the busy timeout still covers other processes (CLI
        // commands, a second instance). Should the queue take longer than that timeout, the writer goes on to
        // wait for SQLite's lock as before rather than fail.
        let _turn = match self.backend {
            Backend::Sqlite => tokio::time::timeout(self.writer_patience, self.writers.lock()).await.ok(),
            Backend::Postgres => None,
        };
        let txn = self.read().begin().await.map_err(StoreError::from)?;
        let shared = Arc::new(txn);
        let result = work(WriteTx(Arc::clone(&shared))).await;
        let txn = Arc::try_unwrap(shared).map_err(|_| StoreError::TransactionLeaked)?;
        match result {
            Ok(value) => {
                txn.commit().await.map_err(StoreError::from)?;
                Ok(value)
            }
            Err(err) => {
                // A failed rollback leaves nothing behind either: the connection discards the transaction.
                let _ = txn.rollback().await;
                Err(err)
            }
        }
    }
}

/// Exponential back-off with full jitter, from 1 ms up to about 100 ms.
fn backoff(attempt: u32) -> Duration {
    let ceiling_ms = 2u64.saturating_pow(attempt.min(7)).min(100);
    Duration::from_millis(rand::rng().random_range(1..=ceiling_ms))
}
