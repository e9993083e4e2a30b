//! Building and running the application: the one place where configuration, storage, keys, demo data and
//! the HTTP router come together. Tests build the same [`Application`] on port 0.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use twinbridge_domain::audit::AuditAction;

use axum::Router;
use axum::http::Uri;
use axum::response::{IntoResponse, Response};
use tokio::net::TcpListener;
use tokio::sync::Notify;
use tower_governor::GovernorLayer;
use tower_governor::governor::GovernorConfigBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::csrf::CsrfLayer;
use tower_sessions::cookie::SameSite;
use tower_sessions::{Expiry, SessionManagerLayer};
use twinbridge_crypto::KeyRing;
use twinbridge_domain::Clock;
use twinbridge_store::repo::sessions::DbSessionStore;
use twinbridge_store::{Store, StoreError, repo};

use crate::config::Config;
use crate::error::Problem;
use crate::mail::Mailer;
pub use crate::state::AppState;
use crate::web::PageCtx;
use crate::web::i18n::Lang;
use crate::{api, demo, keys, mail, web};

/// Whether to run as a demo installation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// A real installation: a demo database is refused.
    #[default]
    Production,
    /// Seed demo data into an empty database; only on loopback; a non-demo database is refused.
    Demo,
}

/// Why the application could not start. [`StartError::exit_code`] maps it to the documented exit codes.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    /// Bad usage or configuration (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The database cannot be reached or opened (exit 2).
    #[error("{0}")]
    Database(StoreError),
    /// The installation refuses to run in this mode (exit 1).
    #[error("{0}")]
    Refused(String),
    /// Anything else (exit 1).
    #[error("{0}")]
    Other(String),
}

impl StartError {
    /// The process exit code for this error.
    pub const fn exit_code(&self) -> u8 {
        match self {
            Self::Usage(_) | Self::Database(_) => 2,
            Self::Refused(_) | Self::Other(_) => 1,
        }
    }
}

impl From<StoreError> for StartError {
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::BadUrl(_) | StoreError::Unreachable(_) => Self::Database(err),
            other => Self::Other(format!("database: {other}")),
        }
    }
}

/// A built application, bound to its port, not yet serving.
#[derive(Debug)]
pub struct Application {
    listener: TcpListener,
    state: AppState,
    mailer: Mailer,
}

/// Opens the database, migrates it and loads the key ring that belongs to it: everything a command that
/// uses the database needs. Creates a key file only for a database that has never had one.
pub async fn open_store(config: &Config, clock: &dyn Clock) -> Result<(Store, KeyRing), StartError> {
    let existing_keys = keys::load(&config.key_file).map_err(|e| StartError::Usage(e.to_string()))?;
    let store = Store::connect(&config.database_url, &config.database).await?;
    store.migrate().await?;
    let stored_check = repo::settings::get(store.read(), KEY_CHECK).await?;

    let ring = match (existing_keys, &stored_check) {
        (Some(ring), Some(check)) if keys::matches_check(&ring, check) => ring,
        (Some(_), Some(_)) => {
            return Err(StartError::Refused(format!(
                "the key file {} does not belong to this database (it cannot decrypt it); start with the key file this database was created with",
                config.key_file.display()
            )));
        }
        (None, Some(_)) => {
            return Err(StartError::Refused(format!(
                "this database holds encrypted identities but the key file {} is missing; restore it from your key backup (set TWINBRIDGE_KEY_FILE if it lives elsewhere)",
                config.key_file.display()
            )));
        }
        (Some(ring), None) => ring,
        (None, None) => {
            let ring = keys::create(&config.key_file).map_err(|e| StartError::Usage(e.to_string()))?;
            tracing::warn!(key_file = %config.key_file.display(), "created a new identity key ring; back it up apart from the database");
            ring
        }
    };
    if stored_check.is_none() {
        let check = keys::check_value(&ring);
        let now = clock.now();
        store
            .write_tx(|tx| {
                let check = &check;
                async move { repo::settings::put(&*tx, KEY_CHECK, check, now).await }
            })
            .await?;
    }
    seal_persons_with_own_keys(&store, &ring, clock).await?;
    seal_audit_chain(&store, &ring).await?;
    seal_outbox_payloads(&store, &ring).await?;
    Ok((store, ring))
}

/// An audit chain written before it was keyed is sealed with the key ring once, if it is intact (ADR 0007);
/// a changed one is left as it is, for `audit verify` to report.
async fn seal_audit_chain(store: &Store, ring: &KeyRing) -> Result<(), StartError> {
    if !repo::audit::has_unkeyed(store.read()).await? {
        return Ok(());
    }
    let sealed = store.write_tx(|tx| async move { repo::audit::seal_unkeyed(&*tx, ring).await }).await?;
    if sealed {
        tracing::info!("the audit chain is now sealed with the key ring");
    } else {
        tracing::error!("the audit chain was changed before it could be sealed; run `twinbridge audit verify`");
    }
    Ok(())
}

/// Outbox rows written before payloads were sealed (they may hold sign-in links in plain text): sealed if
/// still to be sent, emptied if sent. No write once every row is sealed or empty.
async fn seal_outbox_payloads(store: &Store, ring: &KeyRing) -> Result<(), StartError> {
    if repo::outbox::plain_payload_count(store.read()).await? == 0 {
        return Ok(());
    }
    let sealed = store.write_tx(|tx| async move { repo::outbox::seal_plain_payloads(&*tx, ring).await }).await?;
    if sealed > 0 {
        tracing::info!(messages = sealed, "e-mail payloads sealed or cleared");
    }
    Ok(())
}

/// Persons stored before per-person data keys existed get one, so that erasing them is final (ADR 0019).
/// Nothing to do, and no write, once every person has a key.
async fn seal_persons_with_own_keys(store: &Store, ring: &KeyRing, clock: &dyn Clock) -> Result<(), StartError> {
    let people = repo::persons::without_own_key(store.read()).await?;
    if people.is_empty() {
        return Ok(());
    }
    let now = clock.now();
    let moved = store
        .write_tx(|tx| {
            let people = &people;
            async move { repo::persons::seal_with_own_keys(&*tx, ring, people, now).await }
        })
        .await?;
    tracing::info!(persons = moved, "identity fields moved to per-person data keys");
    Ok(())
}

pub(crate) const KEY_CHECK: &str = "key_ring_check";

/// The state an operator's command works with (`org add`, `staff invite`, `import`): the database, migrated,
/// and its key ring. Mail is queued in the outbox for the worker of a running `serve` to send.
pub async fn open_state(config: Config, clock: Arc<dyn Clock>) -> Result<AppState, StartError> {
    let (store, keys) = open_store(&config, clock.as_ref()).await?;
    Ok(AppState::new(store, keys, clock, config))
}

/// For commands that only check or change an existing database (`audit verify`, `keys rotate`): a missing
/// SQLite file is a mistyped path, and opening it would create an empty database that hides the mistake.
pub fn require_existing_database(config: &Config) -> Result<(), StartError> {
    let Some(path) = config.database_url.sqlite_path() else { return Ok(()) };
    match std::fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StartError::Usage(format!(
            "the database file {} does not exist; give the one to use with --database-url",
            path.display()
        ))),
        // Anything else (a folder, no permission) is reported by the connection itself.
        _ => Ok(()),
    }
}

/// `twinbridge keys rotate`: refuses a missing database, adds a new key to the ring (the file keeps the old keys, so everything stays
/// readable at every step), then re-encrypts every identity field and blind index with it in one
/// transaction. Returns the new key's id and how many rows were re-encrypted.
pub async fn rotate_keys(
    config: &Config,
    clock: &dyn Clock,
) -> Result<(u32, twinbridge_store::repo::rotation::Rotated), StartError> {
    require_existing_database(config)?;
    let (store, mut ring) = open_store(config, clock).await?;
    let key_id = ring.add_random_key();
    keys::replace(&config.key_file, &ring).map_err(|e| StartError::Other(e.to_string()))?;
    let now = clock.now();
    let ring = &ring;
    let rotated = store
        .write_tx(|tx| async move {
            let rotated = repo::rotation::reencrypt_all(&*tx, ring, now).await?;
            repo::settings::put(&*tx, KEY_CHECK, &keys::check_value(ring), now).await?;
            let event = repo::audit::NewEvent {
                details: serde_json::json!({ "key_id": key_id, "persons": rotated.persons, "accounts": rotated.accounts }),
                ..repo::audit::NewEvent::new(AuditAction::KeysRotated)
            };
            repo::audit::append(&*tx, ring, event, now).await?;
            Ok::<_, StoreError>(rotated)
        })
        .await?;
    store.close().await?;
    Ok((key_id, rotated))
}

impl Application {
    /// Binds the listener, then opens storage, applies migrations and checks the demo marker (seeding an
    /// empty demo database). Binding first means an address in use stops the start before a database file
    /// is created or seeded. `config.listen` may use port 0; [`Application::local_addr`] tells the real port.
    pub async fn build(mut config: Config, clock: Arc<dyn Clock>, mode: Mode) -> Result<Self, StartError> {
        if mode == Mode::Demo && !config.listen.ip().is_loopback() {
            return Err(StartError::Usage(format!(
                "--demo serves published demo passwords and refuses to listen on {}; use a loopback address such as 127.0.0.1",
                config.listen.ip()
            )));
        }
        let listener = TcpListener::bind(config.listen)
            .await
            .map_err(|e| StartError::Usage(format!("cannot listen on {}: {e}", config.listen)))?;
        let mailer = Mailer::new(&config.mail).map_err(|e| StartError::Usage(format!("mail: {e}")))?;
        let (store, keys) = open_store(&config, clock.as_ref()).await?;
        demo::prepare(&store, &keys, clock.as_ref(), mode).await?;
        // A demo on a loopback address shows its metrics to anyone on this machine.
        config.metrics_open = mode == Mode::Demo;
        let state = AppState::new(store, keys, clock, config);
        Ok(Self { listener, state, mailer })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().unwrap_or(self.state.config.listen)
    }

    /// The shared state (for tests that look behind the HTTP interface).
    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves (and sends mail) until `shutdown` completes, then finishes the requests in flight, stops the
    /// mail worker and closes the database.
    pub async fn run_until_stopped(self, shutdown: impl Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
        let router = router(self.state.clone());
        let stop_worker = Arc::new(Notify::new());
        let worker = tokio::spawn(mail::worker::run(
            self.state.clone(),
            self.mailer.clone(),
            self.state.config.mail.from.clone(),
            Arc::clone(&stop_worker),
        ));
        let stop_jobs = Arc::new(Notify::new());
        let scheduler = self.state.config.run_jobs.then(|| {
            tokio::spawn(crate::services::jobs::run_in_background(self.state.clone(), Arc::clone(&stop_jobs)))
        });
        // Webhook deliveries are background work like the jobs, and run where they run.
        let stop_webhooks = Arc::new(Notify::new());
        let webhook_worker = self
            .state
            .config
            .run_jobs
            .then(|| tokio::spawn(crate::webhooks::run(self.state.clone(), Arc::clone(&stop_webhooks))));
        let served = crate::server::serve(self.listener, router, shutdown).await;
        // One permit each: a task busy when told still stops at its next wait.
        stop_jobs.notify_one();
        stop_worker.notify_one();
        stop_webhooks.notify_one();
        let _ = worker.await;
        if let Some(scheduler) = scheduler {
            let _ = scheduler.await;
        }
        if let Some(webhook_worker) = webhook_worker {
            let _ = webhook_worker.await;
        }
        if let Err(e) = self.state.store.close().await {
            tracing::warn!(error = %e, "closing the database failed");
        }
        served
    }
}

/// The whole HTTP surface: API and pages, a 404 in the right form for each, a 500 page for panics,
/// security headers and request logging on everything.
pub fn router(state: AppState) -> Router {
    let https = state.config.public_url.scheme() == "https";
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.store.read().clone()))
        .with_name(if https { "__Host-twinbridge" } else { "twinbridge_session" })
        .with_secure(https)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_path("/")
        .with_expiry(Expiry::OnSessionEnd);
    // Per-address limit on the sign-in steps: bursts of up to 100, refilled at 2 a second (so at least 60
    // attempts a minute are always served before `429`). Accounts are protected further by the failure
    // count and lock-out per e-mail address.
    let Some(limit) = GovernorConfigBuilder::default().per_millisecond(500).burst_size(100).finish() else {
        unreachable!("a non-zero period and burst always make a rate-limit configuration");
    };
    let sign_in_routes = web::sign_in_routes().merge(api::sign_in_routes()).layer(GovernorLayer::new(limit));
    // What anyone may send without an account (registrations, visitors' questions): bursts of 10 per
    // address, then one every 6 s, so that no script floods a registry's staff.
    let Some(forms) = GovernorConfigBuilder::default().per_second(6).burst_size(10).finish() else {
        unreachable!("a non-zero period and burst always make a rate-limit configuration");
    };
    let public_forms = web::public_form_routes().merge(api::public_form_routes()).layer(GovernorLayer::new(forms));
    // Typed text sent after the session ended is kept through the sign-in (`web::keep_typed_text`).
    let kept = axum::middleware::from_fn_with_state(state.clone(), web::keep_typed_text);
    let app = Router::new()
        .merge(api::routes(&state))
        .merge(web::routes().merge(public_forms).layer(kept))
        .merge(sign_in_routes)
        .route("/metrics", axum::routing::get(crate::metrics::scrape))
        .fallback(not_found)
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::metrics::track))
        .with_state(state)
        .layer(sessions)
        // State-changing requests from another origin are refused (Fetch Metadata / Origin checks).
        .layer(CsrfLayer::new())
        .layer(axum::middleware::from_fn(web::problems_as_pages))
        .layer(CatchPanicLayer::custom(panic_response));
    api::with_middleware(web::with_security_headers(app, https))
}

/// Unknown paths: a problem document under `/api/`, the friendly page elsewhere.
async fn not_found(ctx: PageCtx, uri: Uri) -> Response {
    if uri.path().starts_with("/api/") { Problem::not_found().into_response() } else { web::not_found_page(ctx) }
}

/// A handler panicked: log it under an error id and show the 500 page (in English: the request is gone).
fn panic_response(payload: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let id = uuid::Uuid::new_v4().to_string();
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(error_id = %id, panic = %message, "request handler panicked");
    web::internal_error_page(PageCtx::new(Lang::En, "/"), id)
}
