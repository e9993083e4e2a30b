//! The connection repositories are given: one type for both databases, so every repository function and
//! every SeaORM query is the same code on SQLite and PostgreSQL. Underneath, PostgreSQL is SeaORM's own sqlx
//! pool and SQLite this crate's pool that runs statements on the calling thread (`sqlite`, ADR 0023).

use sea_orm::{
    ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, ExecResult, IsolationLevel,
    QueryResult, Statement, TransactionOptions, TransactionTrait,
};

use crate::sqlite;

/// A pool of connections to the service's database, for reads and single statements.
#[derive(Debug, Clone)]
pub enum Db {
    /// SQLite, through [`sqlite::Pool`].
    Sqlite(sqlite::Pool),
    /// PostgreSQL, through SeaORM's pool.
    Postgres(DatabaseConnection),
}

/// An open write transaction (see `Store::write_tx`).
#[derive(Debug)]
pub enum Tx {
    /// SQLite: `BEGIN IMMEDIATE` on one of the pool's connections.
    Sqlite(sqlite::Transaction),
    /// PostgreSQL: a `SERIALIZABLE` transaction.
    Postgres(DatabaseTransaction),
}

impl Db {
    /// Begins a write transaction: SQLite takes the write lock now, PostgreSQL runs `SERIALIZABLE`.
    pub(crate) async fn begin(&self) -> Result<Tx, DbErr> {
        match self {
            Self::Sqlite(pool) => Ok(Tx::Sqlite(pool.begin().await?)),
            Self::Postgres(db) => {
                let options = TransactionOptions {
                    isolation_level: Some(IsolationLevel::Serializable),
                    ..TransactionOptions::default()
                };
                Ok(Tx::Postgres(db.begin_with_options(options).await?))
            }
        }
    }

    /// Whether the database answers.
    pub(crate) async fn ping(&self) -> Result<(), DbErr> {
        match self {
            Self::Sqlite(pool) => pool.execute_unprepared("SELECT 1").await.map(drop),
            Self::Postgres(db) => db.ping().await,
        }
    }
}

impl Tx {
    pub(crate) async fn commit(self) -> Result<(), DbErr> {
        match self {
            Self::Sqlite(tx) => tx.commit(),
            Self::Postgres(tx) => tx.commit().await,
        }
    }

    pub(crate) async fn rollback(self) -> Result<(), DbErr> {
        match self {
            Self::Sqlite(tx) => tx.rollback(),
            Self::Postgres(tx) => tx.rollback().await,
        }
    }
}

/// Forwards every method of `ConnectionTrait` to the backend's connection.
macro_rules! forward_connection {
    ($ty:ident) => {
        #[async_trait::async_trait]
        impl ConnectionTrait for $ty {
            fn get_database_backend(&self) -> DbBackend {
                match self {
                    Self::Sqlite(c) => c.get_database_backend(),
                    Self::Postgres(c) => c.get_database_backend(),
                }
            }

            async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
                match self {
                    Self::Sqlite(c) => c.execute_raw(stmt).await,
                    Self::Postgres(c) => c.execute_raw(stmt).await,
                }
            }

            async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
                match self {
                    Self::Sqlite(c) => c.execute_unprepared(sql).await,
                    Self::Postgres(c) => c.execute_unprepared(sql).await,
                }
            }

            async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
                match self {
                    Self::Sqlite(c) => c.query_one_raw(stmt).await,
                    Self::Postgres(c) => c.query_one_raw(stmt).await,
                }
            }

            async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
                match self {
                    Self::Sqlite(c) => c.query_all_raw(stmt).await,
                    Self::Postgres(c) => c.query_all_raw(stmt).await,
                }
            }

            fn support_returning(&self) -> bool {
                match self {
                    Self::Sqlite(c) => c.support_returning(),
                    Self::Postgres(c) => c.support_returning(),
                }
            }
        }
    };
}

forward_connection!(Db);
forward_connection!(Tx);
