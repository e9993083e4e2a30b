//! The SQLite request path: SeaORM's statements run on the calling thread, on connections of a small pool
//! of our own (ADR 0023, fifth round).
//!
//! sqlx runs each SQLite connection on a thread of its own and hands every statement and every row across a
//! channel; on a 2-core machine that hand-off (two thread wake-ups per statement) cost far more than the
//! statements, which read pages from memory in microseconds. Here a statement runs where it is asked for.
//! It would only block the async runtime when SQLite has to wait for a lock held by another process (a CLI
//! command, a second instance): connections therefore never wait in SQLite's busy handler on the calling
//! thread — a statement that finds the database busy is run again on a blocking thread, which may wait up to
//! the busy timeout. Inside a write transaction (`BEGIN IMMEDIATE` holds the write lock) nothing waits.
//!
//! Repositories are unchanged: [`Pool`] and [`Transaction`] implement SeaORM's `ConnectionTrait`, so the same
//! SeaORM queries run on both databases; only the driver underneath differs. Migrations still run through
//! sqlx (they need SeaORM's own connection types).

mod error;
mod values;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use sea_orm::{
    ConnectionTrait, DbBackend, DbErr, ExecResult, MockDatabase, MockDatabaseTrait, MockExecResult, QueryResult,
    Statement,
};

use crate::connect::{SQLITE_PRAGMAS, STATEMENT_CACHE};
use error::{SqliteFailure, Stage};
pub(crate) use values::ColumnTypes;

/// Idle connections kept open; more are closed when they come back.
const MAX_IDLE: usize = 16;

/// A pool of SQLite connections to one file. Cheap to clone: clones share the pool.
#[derive(Clone)]
pub struct Pool {
    inner: Arc<Inner>,
}

struct Inner {
    path: PathBuf,
    /// How long a statement that found the database busy may wait for it (on a blocking thread).
    patience: Duration,
    idle: Mutex<Vec<Connection>>,
    open: AtomicU32,
    /// Set by [`Pool::close`]: no connection is lent or opened afterwards.
    closed: AtomicBool,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool").field("path", &self.inner.path).field("open", &self.inner.open).finish_non_exhaustive()
    }
}

impl Pool {
    /// A pool on the file at `path` (which must exist: sqlx created it and ran the migrations). Opens one
    /// connection at once, so that a file that cannot be used is reported at start.
    pub(crate) fn open(path: &Path, patience: Duration) -> Result<Self, DbErr> {
        let pool = Self {
            inner: Arc::new(Inner {
                path: path.to_owned(),
                patience,
                idle: Mutex::new(Vec::new()),
                open: AtomicU32::new(0),
                closed: AtomicBool::new(false),
            }),
        };
        drop(pool.acquire().map_err(|e| Stage::Connect.error(e))?);
        Ok(pool)
    }

    /// Connections open and idle.
    pub(crate) fn use_counts(&self) -> (u32, usize) {
        (self.inner.open.load(Ordering::Relaxed), self.idle().len())
    }

    /// Closes the pool: its idle connections now (the last one to close checkpoints the write-ahead log into
    /// the file), the others when they come back; later requests fail as with a database that is gone.
    pub(crate) fn close(&self) {
        self.inner.closed.store(true, Ordering::Relaxed);
        let closing = std::mem::take(&mut *self.idle());
        self.inner.open.fetch_sub(u32::try_from(closing.len()).unwrap_or(u32::MAX), Ordering::Relaxed);
        drop(closing);
    }

    fn idle(&self) -> std::sync::MutexGuard<'_, Vec<Connection>> {
        self.inner.idle.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn acquire(&self) -> Result<Pooled, SqliteFailure> {
        if self.inner.closed.load(Ordering::Relaxed) {
            return Err(SqliteFailure::closed());
        }
        let conn = self.idle().pop();
        let conn = match conn {
            Some(conn) => conn,
            None => {
                let conn = connect(&self.inner.path)?;
                self.inner.open.fetch_add(1, Ordering::Relaxed);
                conn
            }
        };
        Ok(Pooled { conn: Some(conn), pool: Arc::clone(&self.inner) })
    }

    /// Runs `work` on a pooled connection, on this thread; should the database be busy, once more on a
    /// blocking thread that waits for it.
    async fn run<T, F>(&self, work: F) -> Result<T, SqliteFailure>
    where
        T: Send + 'static,
        F: Fn(&Connection) -> Result<T, SqliteFailure> + Send + 'static,
    {
        let conn = self.acquire()?;
        patiently(conn, self.inner.patience, work).await.1
    }

    /// Begins a write transaction (`BEGIN IMMEDIATE`: the write lock is taken now, so nothing in it waits).
    pub(crate) async fn begin(&self) -> Result<Transaction, DbErr> {
        let conn = self.acquire().map_err(|e| Stage::Connect.error(e))?;
        let (conn, begun) =
            patiently(conn, self.inner.patience, |c| c.execute_batch("BEGIN IMMEDIATE").map_err(Into::into)).await;
        begun.map_err(|e| Stage::Execute.error(e))?;
        Ok(Transaction { conn: Mutex::new(conn) })
    }
}

/// Runs `work` on `conn` here; if the database was busy, once more on a blocking thread that waits up to
/// `patience`. Running it again is safe because `work` is one statement (or `BEGIN`), and a statement refused
/// as busy did nothing. The connection comes back unless the runtime shut down while it was away.
async fn patiently<T, F>(conn: Pooled, patience: Duration, work: F) -> (Option<Pooled>, Result<T, SqliteFailure>)
where
    T: Send + 'static,
    F: Fn(&Connection) -> Result<T, SqliteFailure> + Send + 'static,
{
    match work(&conn) {
        Err(e) if e.is_busy() => {}
        done => return (Some(conn), done),
    }
    let waited = tokio::task::spawn_blocking(move || {
        let result = conn.busy_timeout(patience).map_err(SqliteFailure::from).and_then(|()| work(&conn));
        // Back to not waiting (setting the timeout cannot fail on an open connection).
        let _ = conn.busy_timeout(Duration::ZERO);
        (Some(conn), result)
    })
    .await;
    match waited {
        Ok(done) => done,
        Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
        Err(_) => (None, Err(SqliteFailure::closed())),
    }
}

/// Opens a connection with the settings every connection of the service has (`connect::SQLITE_PRAGMAS`).
fn connect(path: &Path) -> Result<Connection, SqliteFailure> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(Duration::ZERO)?;
    for (name, value) in SQLITE_PRAGMAS {
        conn.pragma_update(None, name, value)?;
    }
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(conn)
}

/// A connection lent by the pool; it goes back when dropped.
struct Pooled {
    conn: Option<Connection>,
    pool: Arc<Inner>,
}

impl std::ops::Deref for Pooled {
    type Target = Connection;

    #[allow(clippy::expect_used)] // `conn` is taken only in `drop`.
    fn deref(&self) -> &Connection {
        self.conn.as_ref().expect("a pooled connection is present until it is dropped")
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        let Some(conn) = self.conn.take() else { return };
        let mut idle = self.pool.idle.lock().unwrap_or_else(PoisonError::into_inner);
        if idle.len() < MAX_IDLE && conn.is_autocommit() && !self.pool.closed.load(Ordering::Relaxed) {
            idle.push(conn);
        } else {
            drop(idle);
            self.pool.open.fetch_sub(1, Ordering::Relaxed);
        }
    }
}

/// A write transaction on one connection. Dropped without [`Transaction::commit`], it rolls back.
pub struct Transaction {
    conn: Mutex<Option<Pooled>>,
}

impl std::fmt::Debug for Transaction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Transaction").finish_non_exhaustive()
    }
}

impl Transaction {
    fn with<T>(&self, work: impl FnOnce(&Connection) -> Result<T, SqliteFailure>) -> Result<T, SqliteFailure> {
        let conn = self.conn.lock().unwrap_or_else(PoisonError::into_inner);
        let conn = conn.as_ref().ok_or_else(|| SqliteFailure::from("the transaction has ended".to_owned()))?;
        work(conn)
    }

    fn take(&self) -> Option<Pooled> {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner).take()
    }

    /// Commits. Should the commit fail, the transaction is rolled back and the error returned: nothing of it
    /// was written.
    pub(crate) fn commit(self) -> Result<(), DbErr> {
        let conn = self.take().ok_or_else(|| Stage::Execute.error("the transaction has ended".to_owned().into()))?;
        let committed = conn.execute_batch("COMMIT");
        if committed.is_err() && !conn.is_autocommit() {
            let _ = conn.execute_batch("ROLLBACK");
        }
        committed.map_err(|e| Stage::Execute.error(e.into()))
    }

    /// Rolls back.
    pub(crate) fn rollback(self) -> Result<(), DbErr> {
        let conn = self.take().ok_or_else(|| Stage::Execute.error("the transaction has ended".to_owned().into()))?;
        conn.execute_batch("ROLLBACK").map_err(|e| Stage::Execute.error(e.into()))
    }
}

impl Drop for Transaction {
    fn drop(&mut self) {
        // Dropped mid-way (the request was cancelled, or its work panicked): nothing of it is kept. A
        // connection that cannot roll back is not handed back (`Pooled` keeps only connections outside a
        // transaction).
        if let Some(conn) = self.take()
            && !conn.is_autocommit()
        {
            let _ = conn.execute_batch("ROLLBACK");
        }
    }
}

/// Binds `stmt`'s values to its prepared statement.
fn prepare<'c>(conn: &'c Connection, stmt: &Statement) -> Result<rusqlite::CachedStatement<'c>, SqliteFailure> {
    // Every statement, at trace level (`RUST_LOG=twinbridge_store::sqlite=trace`): to count what a request
    // sends.
    tracing::trace!(sql = %stmt.sql, "statement");
    let mut prepared = conn.prepare_cached(&stmt.sql)?;
    let values = stmt.values.as_ref().map_or(&[][..], |v| v.0.as_slice());
    if values.len() != prepared.parameter_count() {
        return Err(format!(
            "the statement takes {} values and was given {}",
            prepared.parameter_count(),
            values.len()
        )
        .into());
    }
    for (i, value) in values.iter().enumerate() {
        prepared.raw_bind_parameter(i + 1, values::to_sql(value)?)?;
    }
    Ok(prepared)
}

/// The rows of `stmt` (at most `limit`), typed as their entities' fields (see `values`).
fn query(conn: &Connection, stmt: &Statement, limit: Option<usize>) -> Result<Vec<QueryResult>, SqliteFailure> {
    let mut prepared = prepare(conn, stmt)?;
    let types = ColumnTypes::get();
    let columns: Vec<(String, Option<&sea_orm::Value>)> = prepared
        .columns_with_metadata()
        .iter()
        .map(|c| (c.name().to_owned(), c.table_name().zip(c.origin_name()).and_then(|(t, o)| types.of(t, o))))
        .collect();
    let mut rows = prepared.raw_query();
    let mut found = Vec::new();
    while let Some(row) = rows.next()? {
        let mut values = BTreeMap::new();
        for (i, (name, like)) in columns.iter().enumerate() {
            values.insert(name.clone(), values::from_sql(row.get_ref(i)?, *like)?);
        }
        found.push(values);
        if limit.is_some_and(|limit| found.len() >= limit) {
            break;
        }
    }
    as_results(found)
}

/// Rows of values as SeaORM's query results. SeaORM builds models only from its own row types, and the one
/// it lets others fill is `MockRow`, which `MockDatabase` hands out as query results; it is used here as
/// that converter and nothing else (it converts values strictly by type, which `values` prepares for).
fn as_results(rows: Vec<BTreeMap<String, sea_orm::Value>>) -> Result<Vec<QueryResult>, SqliteFailure> {
    MockDatabase::new(DbBackend::Sqlite)
        .append_query_results([rows])
        .query(0, Statement::from_string(DbBackend::Sqlite, String::new()))
        .map_err(|e| SqliteFailure::from(e.to_string()))
}

/// Runs `stmt` to its end (a statement may return rows, e.g. a `PRAGMA`); counts the rows it changed.
fn execute(conn: &Connection, stmt: &Statement) -> Result<ExecResult, SqliteFailure> {
    let mut prepared = prepare(conn, stmt)?;
    let mut rows = prepared.raw_query();
    while rows.next()?.is_some() {}
    exec_result(conn)
}

/// What a statement did, as SeaORM's execution result (made the way `as_results` makes rows).
fn exec_result(conn: &Connection) -> Result<ExecResult, SqliteFailure> {
    let done = MockExecResult {
        last_insert_id: u64::try_from(conn.last_insert_rowid()).unwrap_or_default(),
        rows_affected: conn.changes(),
    };
    MockDatabase::new(DbBackend::Sqlite)
        .append_exec_results([done])
        .execute(0, Statement::from_string(DbBackend::Sqlite, String::new()))
        .map_err(|e| SqliteFailure::from(e.to_string()))
}

#[async_trait::async_trait]
impl ConnectionTrait for Pool {
    fn get_database_backend(&self) -> DbBackend {
        DbBackend::Sqlite
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.run(move |c| execute(c, &stmt)).await.map_err(|e| Stage::Execute.error(e))
    }

    /// For single statements (`VACUUM INTO`, `SELECT 1`): should the database be busy, the whole text runs again.
    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        let sql = sql.to_owned();
        self.run(move |c| c.execute_batch(&sql).map_err(SqliteFailure::from).and_then(|()| exec_result(c)))
            .await
            .map_err(|e| Stage::Execute.error(e))
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        let rows = self.run(move |c| query(c, &stmt, Some(1))).await.map_err(|e| Stage::Query.error(e))?;
        Ok(rows.into_iter().next())
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.run(move |c| query(c, &stmt, None)).await.map_err(|e| Stage::Query.error(e))
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Transaction {
    fn get_database_backend(&self) -> DbBackend {
        DbBackend::Sqlite
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.with(|c| execute(c, &stmt)).map_err(|e| Stage::Execute.error(e))
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.with(|c| c.execute_batch(sql).map_err(SqliteFailure::from).and_then(|()| exec_result(c)))
            .map_err(|e| Stage::Execute.error(e))
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        let rows = self.with(|c| query(c, &stmt, Some(1))).map_err(|e| Stage::Query.error(e))?;
        Ok(rows.into_iter().next())
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.with(|c| query(c, &stmt, None)).map_err(|e| Stage::Query.error(e))
    }
}

#[cfg(test)]
mod tests {
    use sea_orm::{ConnectionTrait, DbBackend, Statement};

    use super::*;

    fn scratch() -> (PathBuf, Connection) {
        let dir = std::env::temp_dir().join(format!("twinbridge-sqlite-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir).expect("creates");
        let path = dir.join("t.db");
        let conn = connect(&path).expect("opens");
        conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL UNIQUE)").expect("creates");
        (path, conn)
    }

    fn insert(v: &str) -> Statement {
        Statement::from_sql_and_values(DbBackend::Sqlite, "INSERT INTO t (v) VALUES (?)", [v.into()])
    }

    fn count(conn: &Connection) -> i64 {
        conn.query_row("SELECT COUNT(*) FROM t", [], |row| row.get(0)).expect("counts")
    }

    #[tokio::test]
    async fn a_transaction_dropped_midway_keeps_nothing_and_its_connection_is_reused() {
        let (path, other) = scratch();
        let pool = Pool::open(&path, Duration::from_secs(5)).expect("opens");
        let tx = pool.begin().await.expect("begins");
        tx.execute_raw(insert("a")).await.expect("inserts");
        drop(tx);
        assert_eq!(count(&other), 0);
        let tx = pool.begin().await.expect("begins again");
        tx.execute_raw(insert("b")).await.expect("inserts");
        tx.commit().expect("commits");
        assert_eq!(count(&other), 1);
        assert_eq!(pool.use_counts(), (1, 1), "one connection served both, and is idle");
    }

    #[test]
    fn a_connection_has_the_services_settings() {
        let (path, _other) = scratch();
        let conn = connect(&path).expect("opens");
        let setting = |name: &str| -> String {
            conn.query_row(&format!("SELECT * FROM pragma_{name}"), [], |row| row.get::<_, rusqlite::types::Value>(0))
                .map(|v| match v {
                    rusqlite::types::Value::Integer(i) => i.to_string(),
                    rusqlite::types::Value::Text(t) => t,
                    other => format!("{other:?}"),
                })
                .expect("reads")
        };
        assert_eq!(setting("journal_mode"), "wal");
        assert_eq!(setting("synchronous"), "1", "NORMAL");
        assert_eq!(setting("foreign_keys"), "1");
        assert_eq!(setting("secure_delete"), "1");
    }

    #[tokio::test]
    async fn a_refused_statement_is_a_database_error_with_sqlites_code() {
        let (path, _other) = scratch();
        let pool = Pool::open(&path, Duration::from_secs(5)).expect("opens");
        pool.execute_raw(insert("a")).await.expect("inserts");
        let Err(DbErr::Exec(sea_orm::RuntimeErr::SqlxError(e))) = pool.execute_raw(insert("a")).await else {
            panic!("a second equal value is refused");
        };
        let sea_orm::sqlx::Error::Database(e) = e.as_ref() else { panic!("a database error") };
        assert!(e.is_unique_violation());
        assert_eq!(e.code().as_deref(), Some("2067"));
    }

    /// Waiting for another process's lock happens off the runtime's thread: on a single-threaded runtime,
    /// the task that releases the lock still runs while a writer waits for it.
    #[tokio::test(flavor = "current_thread")]
    async fn a_writer_waits_for_another_connections_lock_without_blocking_the_runtime() {
        let (path, other) = scratch();
        let pool = Pool::open(&path, Duration::from_secs(30)).expect("opens");
        other.execute_batch("BEGIN IMMEDIATE; INSERT INTO t (v) VALUES ('first');").expect("locks");
        let writer = tokio::spawn({
            let pool = pool.clone();
            async move {
                let tx = pool.begin().await?;
                tx.execute_raw(insert("second")).await?;
                tx.commit()
            }
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        other.execute_batch("COMMIT").expect("releases");
        writer.await.expect("runs").expect("the writer got the lock once it was free");
        assert_eq!(count(&other), 2);
    }

    #[tokio::test]
    async fn a_closed_pool_lends_nothing() {
        let (path, _other) = scratch();
        let pool = Pool::open(&path, Duration::from_secs(5)).expect("opens");
        pool.close();
        let err = pool.execute_unprepared("SELECT 1").await.expect_err("refused");
        assert!(crate::is_unavailable(&err), "{err}");
    }
}
