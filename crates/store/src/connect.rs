//! Opening the database: URL checks, SQLite pragmas, pool size.

use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use sea_orm::{ConnectOptions, Database, DatabaseConnection};

use crate::StoreError;

/// A database URL we know how to open: `sqlite://PATH` or `postgres://…`. Its `Debug` and `Display` hide a
/// password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl {
    url: String,
    kind: UrlKind,
}

#[derive(Clone, PartialEq, Eq)]
enum UrlKind {
    Sqlite(PathBuf),
    Postgres,
}

impl DatabaseUrl {
    /// Parses and checks a URL. SQLite: `sqlite://relative/path.db`, `sqlite:///absolute/path.db` (query
    /// parameters are ignored: the pragmas are ours). PostgreSQL: `postgres://` or `postgresql://` with a host.
    pub fn parse(s: &str) -> Result<Self, StoreError> {
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("sqlite://").or_else(|| s.strip_prefix("sqlite:")) {
            let path = rest.split('?').next().unwrap_or_default();
            if path.is_empty() || path == ":memory:" || path.starts_with("memory") {
                return Err(StoreError::BadUrl(
                    "the SQLite URL must name a file, e.g. sqlite://twinbridge.db (in-memory databases are not supported)".into(),
                ));
            }
            let path = PathBuf::from(path);
            return Ok(Self { url: format!("sqlite://{}", path.display()), kind: UrlKind::Sqlite(path) });
        }
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            let parsed =
                url::Url::parse(s).map_err(|e| StoreError::BadUrl(format!("malformed PostgreSQL URL: {e}")))?;
            if parsed.host_str().is_none_or(str::is_empty) {
                return Err(StoreError::BadUrl(
                    "the PostgreSQL URL must name a host, e.g. postgres://user@127.0.0.1:5432/twinbridge".into(),
                ));
            }
            return Ok(Self { url: s.to_owned(), kind: UrlKind::Postgres });
        }
        Err(StoreError::BadUrl("the database URL must start with sqlite:// or postgres://".into()))
    }

    /// The SQLite file, if this is a SQLite URL.
    pub fn sqlite_path(&self) -> Option<&Path> {
        match &self.kind {
            UrlKind::Sqlite(path) => Some(path),
            UrlKind::Postgres => None,
        }
    }

    /// The full URL (may contain a password: never log it).
    pub fn expose(&self) -> &str {
        &self.url
    }

    /// The URL with any password replaced, for messages.
    pub fn redacted(&self) -> String {
        match url::Url::parse(&self.url) {
            Ok(mut u) if u.password().is_some() => {
                let _ = u.set_password(Some("***"));
                u.to_string()
            }
            _ => self.url.clone(),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted())
    }
}

impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.redacted())
    }
}

/// Pool settings.
#[derive(Debug, Clone)]
pub struct ConnectSettings {
    /// Connections in the pool. SQLite allows one writer at a time; 4–8 lets readers run beside it.
    pub max_connections: u32,
    /// How long a SQLite writer waits for the lock before giving up.
    pub busy_timeout: Duration,
    /// How long a request waits for a connection (a free one from the pool, or a new one to the server)
    /// before it is answered 503: short, so that a database that went away gives a clear answer quickly
    /// instead of a queue of hanging requests.
    pub acquire_timeout: Duration,
    /// How long the first connection at start may take (a server that is still starting up).
    pub start_timeout: Duration,
}

impl Default for ConnectSettings {
    fn default() -> Self {
        Self {
            max_connections: 8,
            busy_timeout: Duration::from_secs(5),
            acquire_timeout: Duration::from_secs(2),
            start_timeout: Duration::from_secs(10),
        }
    }
}

/// How long a pooled connection may sit idle before it is tested on checkout.
const IDLE_BEFORE_TEST: Duration = Duration::from_secs(30);

/// Prepared statements kept per SQLite connection: every distinct statement stays prepared (SQLite's drivers
/// keep 100 by default, fewer than the service uses, and re-preparing is most of a short query's cost).
pub(crate) const STATEMENT_CACHE: usize = 1024;

/// The settings of every SQLite connection, whichever driver opens it (sqlx here, `sqlite::Pool` for
/// requests): write-ahead log with `synchronous = NORMAL` (ADR 0002, 0023), foreign keys enforced, and
/// deleted or overwritten content zeroed rather than left in free pages (erasure, ADR 0019).
pub(crate) const SQLITE_PRAGMAS: [(&str, &str); 4] =
    [("journal_mode", "WAL"), ("synchronous", "NORMAL"), ("foreign_keys", "ON"), ("secure_delete", "ON")];

pub(crate) async fn open(url: &DatabaseUrl, settings: &ConnectSettings) -> Result<DatabaseConnection, StoreError> {
    if let Some(path) = url.sqlite_path()
        && let Some(parent) = path.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent)
            .map_err(|e| StoreError::Unreachable(format!("cannot create the folder {}: {e}", parent.display())))?;
    }
    let mut options = ConnectOptions::new(url.expose());
    let busy_timeout = settings.busy_timeout;
    // On SQLite this pool only runs migrations and maintenance; requests use `sqlite::Pool`.
    let max_connections = if url.sqlite_path().is_some() { 2 } else { settings.max_connections };
    options
        .max_connections(max_connections)
        .min_connections(1)
        .acquire_timeout(settings.acquire_timeout)
        // sqlx pings a connection when it goes back to the pool; pinging it again on every checkout
        // doubles the round trips of a short query. Only a connection idle long enough for a server,
        // proxy or firewall to have dropped it is tested first.
        .test_before_acquire_if_idle_for(IDLE_BEFORE_TEST)
        // Statements carry identity ciphertext and ids; keep them out of logs.
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(move |o| {
            let o = o.create_if_missing(true).busy_timeout(busy_timeout).statement_cache_capacity(STATEMENT_CACHE);
            SQLITE_PRAGMAS.iter().fold(o, |o, (name, value)| o.pragma(*name, *value))
        });
    if url.sqlite_path().is_none() {
        check_server(url, settings.start_timeout).await?;
    }
    Database::connect(options)
        .await
        .map_err(|e| StoreError::Unreachable(format!("{}: {}", url.redacted(), first_line(&e.to_string()))))
}

/// Opens one plain connection to a PostgreSQL server first: a pool only reports "timed out", while a
/// single connection says what is wrong (refused, unknown database, authentication failed).
async fn check_server(url: &DatabaseUrl, timeout: Duration) -> Result<(), StoreError> {
    use sea_orm::sqlx::{ConnectOptions as _, Connection as _};
    let unreachable = |why: String| StoreError::Unreachable(format!("{}: {why}", url.redacted()));
    let options: sea_orm::sqlx::postgres::PgConnectOptions =
        url.expose().parse().map_err(|e: sea_orm::sqlx::Error| {
            StoreError::BadUrl(format!("malformed PostgreSQL URL: {}", first_line(&e.to_string())))
        })?;
    match tokio::time::timeout(timeout, options.connect()).await {
        Ok(Ok(conn)) => {
            let _ = conn.close().await;
            Ok(())
        }
        Ok(Err(e)) => Err(unreachable(first_line(&e.to_string()))),
        Err(_) => Err(unreachable(format!("no answer within {} s", timeout.as_secs()))),
    }
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sqlite_and_postgres_urls_and_refuses_others() {
        let rel = DatabaseUrl::parse("sqlite://twinbridge.db?mode=rwc").expect("valid");
        assert_eq!(rel.sqlite_path(), Some(Path::new("twinbridge.db")));
        let abs = DatabaseUrl::parse("sqlite:///var/lib/twinbridge/db.sqlite").expect("valid");
        assert_eq!(abs.sqlite_path(), Some(Path::new("/var/lib/twinbridge/db.sqlite")));
        let pg = DatabaseUrl::parse("postgres://tb:secret@127.0.0.1:5432/tb").expect("valid");
        assert!(pg.sqlite_path().is_none());
        assert!(!format!("{pg:?} {pg}").contains("secret"));
        for bad in ["", "mysql://x", "sqlite://", "sqlite::memory:", "postgres://", "postgres://:5432/x", "http://x"] {
            assert!(DatabaseUrl::parse(bad).is_err(), "{bad}");
        }
    }

    /// `.cargo/config.toml` builds SQLite with the query planner stability guarantee; without it every
    /// single-row read is prepared again on each use (ADR 0023). rusqlite's `column_metadata` adds the
    /// column origins the SQLite pool needs.
    #[tokio::test]
    async fn sqlite_is_built_with_stable_query_plans() {
        use sea_orm::{ConnectionTrait, Statement};
        let dir = std::env::temp_dir().join(format!("twinbridge-connect-{}", uuid::Uuid::new_v4()));
        let url = DatabaseUrl::parse(&format!("sqlite://{}", dir.join("t.db").display())).expect("valid");
        let db = open(&url, &ConnectSettings::default()).await.expect("opens");
        let options = db
            .query_all_raw(Statement::from_string(db.get_database_backend(), "PRAGMA compile_options"))
            .await
            .expect("answers");
        let options: Vec<String> = options.iter().filter_map(|row| row.try_get("", "compile_options").ok()).collect();
        db.close().await.expect("closes");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(options.iter().any(|o| o == "ENABLE_QPSG"), "{options:?}");
        // The SQLite pool types each result column by the table column it comes from (`sqlite::values`).
        assert!(options.iter().any(|o| o == "ENABLE_COLUMN_METADATA"), "{options:?}");
    }
}
