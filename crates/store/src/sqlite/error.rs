//! SQLite's errors in the shape SeaORM and the rest of the store already read (a database error with
//! SQLite's extended result code), so that conflicts, duplicates and an unavailable database are recognised
//! the same whichever driver ran the statement.

use std::borrow::Cow;
use std::sync::Arc;

use sea_orm::sqlx::error::{DatabaseError, ErrorKind};
use sea_orm::{DbErr, RuntimeErr};

/// An error SQLite returned, with its extended result code (e.g. 2067 for a unique constraint, 5 for busy).
#[derive(Debug, thiserror::Error)]
#[error("{message}")]
pub(crate) struct SqliteFailure {
    code: i32,
    message: String,
}

impl SqliteFailure {
    /// The pool was closed: answered like a database that cannot be opened (so, "unavailable").
    pub(super) fn closed() -> Self {
        Self { code: rusqlite::ffi::SQLITE_CANTOPEN, message: "the database connection pool is closed".to_owned() }
    }

    /// Whether SQLite answered "busy": the lock was held elsewhere and nothing was done.
    pub(super) const fn is_busy(&self) -> bool {
        self.code & 0xff == rusqlite::ffi::SQLITE_BUSY
    }
}

impl From<rusqlite::Error> for SqliteFailure {
    fn from(err: rusqlite::Error) -> Self {
        match err {
            rusqlite::Error::SqliteFailure(e, message) => {
                Self { code: e.extended_code, message: message.unwrap_or_else(|| e.to_string()) }
            }
            other => Self { code: rusqlite::ffi::SQLITE_ERROR, message: other.to_string() },
        }
    }
}

impl From<String> for SqliteFailure {
    fn from(message: String) -> Self {
        Self { code: rusqlite::ffi::SQLITE_MISMATCH, message }
    }
}

impl DatabaseError for SqliteFailure {
    fn message(&self) -> &str {
        &self.message
    }

    fn code(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Owned(self.code.to_string()))
    }

    fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
        self
    }

    fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
        self
    }

    fn kind(&self) -> ErrorKind {
        match self.code {
            rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE | rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY => {
                ErrorKind::UniqueViolation
            }
            rusqlite::ffi::SQLITE_CONSTRAINT_FOREIGNKEY => ErrorKind::ForeignKeyViolation,
            rusqlite::ffi::SQLITE_CONSTRAINT_NOTNULL => ErrorKind::NotNullViolation,
            rusqlite::ffi::SQLITE_CONSTRAINT_CHECK => ErrorKind::CheckViolation,
            _ => ErrorKind::Other,
        }
    }
}

/// Which kind of SeaORM error a failure becomes.
#[derive(Debug, Clone, Copy)]
pub(super) enum Stage {
    Connect,
    Execute,
    Query,
}

impl Stage {
    pub(super) fn error(self, failure: SqliteFailure) -> DbErr {
        let runtime = RuntimeErr::SqlxError(Arc::new(sea_orm::sqlx::Error::Database(Box::new(failure))));
        match self {
            Self::Connect => DbErr::Conn(runtime),
            Self::Execute => DbErr::Exec(runtime),
            Self::Query => DbErr::Query(runtime),
        }
    }
}
