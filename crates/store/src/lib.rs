#![doc = include_str!("../README.md")]

mod connect;
pub mod entities;
mod migrations;
pub mod repo;
mod tx;

use sea_orm::{DatabaseConnection, DbBackend};
use sea_orm_migration::MigratorTrait;

pub use connect::{ConnectSettings, DatabaseUrl};
pub use sea_orm::{ConnectionTrait, DatabaseTransaction, DbErr};
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
    /// A row (or literal) that no longer parses into its domain type.
    pub fn corrupt(table: &'static str, id: impl ToString, why: impl ToString) -> Self {
        Self::Corrupt { table, id: id.to_string(), why: why.to_string() }
    }
}

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
    db: DatabaseConnection,
    backend: Backend,
}

impl Store {
    /// Opens the database (creating a SQLite file and its folders if needed). Does not migrate.
    pub async fn connect(url: &DatabaseUrl, settings: &ConnectSettings) -> Result<Self, StoreError> {
        let db = connect::open(url, settings).await?;
        let backend = match db.get_database_backend() {
            DbBackend::Postgres => Backend::Postgres,
            _ => Backend::Sqlite,
        };
        Ok(Self { db, backend })
    }

    /// Applies pending migrations.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        migrations::Migrator::up(&self.db, None).await?;
        Ok(())
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

    /// The connection for reads outside a write transaction.
    pub const fn read(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Closes the pool (on shutdown, so SQLite checkpoints its WAL).
    pub async fn close(self) -> Result<(), StoreError> {
        self.db.close().await?;
        Ok(())
    }
}
