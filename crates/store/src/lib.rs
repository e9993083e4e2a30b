#![doc = include_str!("../README.md")]

mod connect;
mod db;
pub mod entities;
mod migrations;
pub mod repo;
mod sqlite;
mod tx;

use std::sync::Arc;

use sea_orm::DatabaseConnection;
use sea_orm_migration::MigratorTrait;

pub use connect::{ConnectSettings, DatabaseUrl};
pub use db::{Db, Tx};
pub use sea_orm::{ConnectionTrait, DbErr};
pub use tx::{TxError, WriteTx};

/// Errors of the storage layer. Messages never contain identity values.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL is not one we can use.
    #[error("{0}")]
    BadUrl(String),
    /// The database could not be reached or opened.
    #[error("cannot open the database: {0}")]
    Unreachable(String),
    /// A database operation failed.
    #[error(transparent)]
    Db(#[from] DbErr),
    /// A stored identity field could not be decrypted (wrong key file, or the row was tampered with).
    #[error(transparent)]
    Crypto(#[from] twinbridge_crypto::CryptoError),
    /// A stored value no longer parses into its domain type.
    #[error("stored {table} row {id} is invalid: {why}")]
    Corrupt {
        /// Table of the row.
        table: &'static str,
        /// Id of the row (never an identity value).
        id: String,
        /// What is wrong.
        why: String,
    },
    /// A unique value already exists (e.g. an e-mail address of another person).
    #[error("{0} already exists")]
    Duplicate(&'static str),
    /// A write transaction's handle escaped its closure; a programming error.
    #[error("a write transaction handle was kept after its work finished")]
    TransactionLeaked,
}

impl StoreError {
    /// Whether the database is away or overloaded (no connection within the acquire timeout, a connection
    /// lost, the server shutting down, a disk error) rather than the request being at fault: such a request
    /// may succeed when tried again shortly, so it is answered 503, never as a refusal.
    pub fn is_unavailable(&self) -> bool {
        match self {
            Self::Unreachable(_) => true,
            Self::Db(e) => db_unavailable(e),
            _ => false,
        }
    }

    /// A row (or literal) that no longer parses into its domain type.
    pub fn corrupt(table: &'static str, id: impl ToString, why: impl ToString) -> Self {
        Self::Corrupt { table, id: id.to_string(), why: why.to_string() }
    }
}

fn db_unavailable(err: &DbErr) -> bool {
    match err {
        DbErr::ConnectionAcquire(_) => true,
        DbErr::Conn(sea_orm::RuntimeErr::SqlxError(e))
        | DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e))
        | DbErr::Query(sea_orm::RuntimeErr::SqlxError(e)) => sqlx_unavailable(e),
        DbErr::Conn(_) => true,
        _ => false,
    }
}

fn sqlx_unavailable(err: &sea_orm::sqlx::Error) -> bool {
    use sea_orm::sqlx::Error;
    match err {
        Error::Io(_) | Error::Tls(_) | Error::PoolTimedOut | Error::PoolClosed | Error::WorkerCrashed => true,
        // PostgreSQL: connection exceptions (08…), shutting down or starting (57P01–57P03), out of resources
        // (53…). SQLite: still busy after the timeout and every retry (5, 517), disk I/O error (10), disk
        // full (13), cannot open (14).
        Error::Database(db) => db.code().is_some_and(|code| {
            code.starts_with("08")
                || code.starts_with("53")
                || matches!(code.as_ref(), "57P01" | "57P02" | "57P03" | "5" | "517" | "10" | "13" | "14")
        }),
        _ => false,
    }
}

/// Whether anything in `err`'s chain of causes says the database is unavailable (see
/// [`StoreError::is_unavailable`]). Services wrap storage errors transparently, so the chain holds the
/// driver's errors rather than the [`StoreError`] itself; both are recognised.
pub fn is_unavailable(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut current = Some(err);
    while let Some(e) = current {
        let found = e.downcast_ref::<StoreError>().is_some_and(StoreError::is_unavailable)
            || e.downcast_ref::<DbErr>().is_some_and(db_unavailable)
            || e.downcast_ref::<sea_orm::error::ConnAcquireErr>().is_some()
            || matches!(e.downcast_ref::<sea_orm::RuntimeErr>(), Some(sea_orm::RuntimeErr::SqlxError(e)) if sqlx_unavailable(e))
            || e.downcast_ref::<sea_orm::sqlx::Error>().is_some_and(sqlx_unavailable)
            || e.downcast_ref::<std::sync::Arc<sea_orm::sqlx::Error>>().is_some_and(|e| sqlx_unavailable(e));
        if found {
            return true;
        }
        current = e.source();
    }
    false
}

/// The key of the PostgreSQL advisory lock that migrations take ("twinbrdg" in ASCII).
const MIGRATION_LOCK: i64 = 0x7477_696e_6272_6467;

/// How long an instance waits for another one's migrations before it gives up (SQLite; PostgreSQL's advisory
/// lock waits without a limit).
const MIGRATION_PATIENCE: std::time::Duration = std::time::Duration::from_secs(120);

/// How often `reclaim_freed_space` tries to empty SQLite's write-ahead log, and the pause between tries
/// (a reader in the middle of a query holds the log for a moment).
const RECLAIM_ATTEMPTS: u32 = 20;
const RECLAIM_PAUSE: std::time::Duration = std::time::Duration::from_millis(50);

/// Which database engine is behind a [`Store`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

impl Backend {
    /// A short name for health checks and logs.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Sqlite => "sqlite",
            Self::Postgres => "postgres",
        }
    }
}

/// A connection pool. Cheap to clone: clones share the pool.
#[derive(Debug, Clone)]
pub struct Store {
    /// What requests use: on SQLite this crate's own pool (statements run on the calling thread).
    db: Db,
    /// SeaORM's own pool, for migrations (which need its connection types) and maintenance; on PostgreSQL
    /// the same pool as `db`.
    sea: DatabaseConnection,
    backend: Backend,
    /// SQLite: this process's writers queue here for their turn instead of in SQLite's busy handler,
    /// which polls with sleeps of up to 100 ms and does not serve waiters in order (see `tx.rs`).
    writers: Arc<tokio::sync::Mutex<()>>,
    /// How long a writer waits in that queue before it goes on to wait for SQLite's lock itself.
    writer_patience: std::time::Duration,
}

impl Store {
    /// Opens the database (creating a SQLite file and its folders if needed). Does not migrate.
    pub async fn connect(url: &DatabaseUrl, settings: &ConnectSettings) -> Result<Self, StoreError> {
        // Instances opening a new SQLite file together can find it locked while one of them sets it up
        // (its switch to write-ahead logging, its first migration), and SQLite refuses some of those
        // requests at once rather than after the busy timeout. They try again, as `migrate` does.
        let started = std::time::Instant::now();
        loop {
            let opened = Self::open(url, settings).await;
            match opened {
                Err(e)
                    if url.sqlite_path().is_some()
                        && e.to_string().contains("database is locked")
                        && started.elapsed() < MIGRATION_PATIENCE =>
                {
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                other => return other,
            }
        }
    }

    async fn open(url: &DatabaseUrl, settings: &ConnectSettings) -> Result<Self, StoreError> {
        let sea = connect::open(url, settings).await?;
        let (db, backend) = match url.sqlite_path() {
            Some(path) => (Db::Sqlite(sqlite::Pool::open(path, settings.busy_timeout)?), Backend::Sqlite),
            None => (Db::Postgres(sea.clone()), Backend::Postgres),
        };
        Ok(Self {
            db,
            sea,
            backend,
            writers: Arc::new(tokio::sync::Mutex::new(())),
            writer_patience: settings.busy_timeout,
        })
    }

    /// Applies pending migrations, all of them in one transaction that first takes the database's write
    /// lock (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: an advisory lock), so that instances starting together
    /// on one database take turns: the first migrates, the others then find nothing left to do. Without it
    /// two of them create the same tables and one fails. Ending the transaction releases the lock, and so
    /// does a lost connection.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        use sea_orm::{SqliteTransactionMode, TransactionOptions, TransactionTrait};
        let options = TransactionOptions {
            sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
            ..TransactionOptions::default()
        };
        // A first start's migrations can take longer than the busy timeout on a loaded machine; the other
        // instances wait for them (up to `MIGRATION_PATIENCE`) rather than fail.
        let started = std::time::Instant::now();
        let txn = loop {
            match self.sea.begin_with_options(options).await {
                Ok(txn) => break txn,
                Err(e)
                    if self.backend == Backend::Sqlite
                        && e.to_string().contains("database is locked")
                        && started.elapsed() < MIGRATION_PATIENCE =>
                {
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                Err(e) => return Err(e.into()),
            }
        };
        if self.backend == Backend::Postgres {
            txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")).await?;
        }
        migrations::Migrator::up(&txn, None).await?;
        txn.commit().await?;
        Ok(())
    }

    /// After an erasure: removes what the database still keeps of deleted rows outside its live pages.
    /// SQLite (which zeroes freed content itself, `secure_delete`) copies its write-ahead log back and
    /// empties it; PostgreSQL rewrites the small table of data keys, so no dead version of a destroyed key
    /// stays in it. It never holds up other work: SQLite's log can only be emptied while no reader is using
    /// it, so it tries again a few times within about a second (holding nothing in between) and then gives
    /// up (an error); the next call — the daily retention job makes one — does it. It runs on a connection
    /// of its own, which is closed afterwards rather than handed back to the pool with changed settings.
    pub async fn reclaim_freed_space(&self) -> Result<(), StoreError> {
        use sea_orm::sqlx::{Connection, Executor};
        let failed = |e: sea_orm::sqlx::Error| StoreError::Db(DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e.into())));
        match self.backend {
            Backend::Sqlite => {
                let mut conn = self.sea.get_sqlite_connection_pool().acquire().await.map_err(failed)?.detach();
                conn.execute("PRAGMA busy_timeout = 0").await.map_err(failed)?;
                let mut done = Err(StoreError::Db(DbErr::Custom(
                    "the write-ahead log is in use by readers; it is emptied at the next try".into(),
                )));
                for _ in 0..RECLAIM_ATTEMPTS {
                    // SQLite answers a checkpoint it could not finish with a row whose first value is 1 (busy),
                    // not with an error.
                    let checkpoint = sea_orm::sqlx::query_as::<_, (i64, i64, i64)>("PRAGMA wal_checkpoint(TRUNCATE)");
                    match checkpoint.fetch_one(&mut conn).await {
                        Ok((0, _, _)) => {
                            done = Ok(());
                            break;
                        }
                        Ok(_) => tokio::time::sleep(RECLAIM_PAUSE).await,
                        Err(e) => {
                            done = Err(failed(e));
                            break;
                        }
                    }
                }
                let _ = conn.close().await;
                done
            }
            Backend::Postgres => {
                let mut conn = self.sea.get_postgres_connection_pool().acquire().await.map_err(failed)?.detach();
                conn.execute("SET lock_timeout = '1s'").await.map_err(failed)?;
                let done = conn.execute("VACUUM FULL person_keys").await.map(|_| ()).map_err(failed);
                let _ = conn.close().await;
                done
            }
        }
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        self.db.ping().await?;
        Ok(())
    }

    /// The engine in use.
    pub const fn backend(&self) -> Backend {
        self.backend
    }

    /// Connections of the pool: (open, idle).
    pub fn pool_use(&self) -> (u32, usize) {
        match self.backend {
            Backend::Sqlite => match &self.db {
                Db::Sqlite(pool) => pool.use_counts(),
                Db::Postgres(_) => (0, 0),
            },
            Backend::Postgres => {
                let pool = self.sea.get_postgres_connection_pool();
                (pool.size(), pool.num_idle())
            }
        }
    }

    /// The connection for reads outside a write transaction.
    pub const fn read(&self) -> &Db {
        &self.db
    }

    /// Closes the pools (on shutdown, so SQLite checkpoints its WAL).
    pub async fn close(self) -> Result<(), StoreError> {
        if let Db::Sqlite(pool) = &self.db {
            pool.close();
        }
        self.sea.close().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The log is emptied only when no reader uses it: with a reader in the middle of a snapshot the call
    /// gives up (after its tries) instead of reporting success, and succeeds once the reader is done.
    #[tokio::test]
    async fn reclaiming_waits_for_no_reader_and_says_when_it_could_not() {
        let dir = std::env::temp_dir().join(format!("twinbridge-reclaim-{}", uuid::Uuid::new_v4()));
        let path = dir.join("t.db");
        let url = DatabaseUrl::parse(&format!("sqlite://{}", path.display())).expect("valid");
        let store = Store::connect(&url, &ConnectSettings::default()).await.expect("opens");
        store.read().execute_unprepared("CREATE TABLE t (v TEXT)").await.expect("creates");
        store.read().execute_unprepared("INSERT INTO t VALUES ('a')").await.expect("writes");
        let reader = rusqlite::Connection::open(&path).expect("opens");
        reader.execute_batch("BEGIN").expect("begins");
        let _: String = reader.query_row("SELECT v FROM t", [], |row| row.get(0)).expect("reads");
        store.read().execute_unprepared("INSERT INTO t VALUES ('b')").await.expect("writes");
        assert!(store.reclaim_freed_space().await.is_err(), "a reader still uses the log");
        reader.execute_batch("COMMIT").expect("ends");
        store.reclaim_freed_space().await.expect("no reader now");
        assert_eq!(std::fs::metadata(dir.join("t.db-wal")).map(|m| m.len()).unwrap_or(0), 0);
        drop(reader);
        store.close().await.expect("closes");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
