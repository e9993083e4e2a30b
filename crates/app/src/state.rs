//! What every request handler and service can reach: the application's shared state.

use std::sync::Arc;

use tokio::sync::Notify;
use twinbridge_crypto::KeyRing;
use twinbridge_domain::Clock;
use twinbridge_store::Store;

use crate::config::Config;

/// What every request handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    /// Storage.
    pub store: Store,
    /// The identity key ring.
    pub keys: Arc<KeyRing>,
    /// The clock (fake in tests).
    pub clock: Arc<dyn Clock>,
    /// The configuration.
    pub config: Arc<Config>,
    /// Wakes the mail worker after a commit that queued mail.
    pub mail_wakeup: Arc<Notify>,
    /// What `/metrics` reports.
    pub metrics: Arc<crate::metrics::Metrics>,
    /// The per-account limit on `POST /api/v1/screen`.
    pub screen_limit: Arc<crate::services::rate_limit::AccountLimiter>,
    /// Picture uploads per account (each is decoded and encoded again).
    pub upload_limit: Arc<crate::services::rate_limit::AccountLimiter>,
    /// Pairings' standings kept under their facts stamps (`services::policy::Standings`).
    pub standings: Arc<crate::services::policy::Standings>,
    /// Writes the audit events recorded apart from other writes, in batches.
    pub audit: crate::services::audit::Appender,
}

impl AppState {
    /// The state of a service (or an operator's command) on an opened store.
    pub fn new(store: Store, keys: KeyRing, clock: Arc<dyn Clock>, config: Config) -> Self {
        let keys = Arc::new(keys);
        Self {
            audit: crate::services::audit::Appender::start(store.clone(), Arc::clone(&keys)),
            store,
            keys,
            clock,
            config: Arc::new(config),
            mail_wakeup: Arc::new(Notify::new()),
            metrics: Arc::new(crate::metrics::Metrics::new()),
            screen_limit: Arc::new(crate::services::rate_limit::AccountLimiter::new(
                crate::services::screen::REQUESTS_PER_MINUTE,
            )),
            upload_limit: Arc::new(crate::services::rate_limit::AccountLimiter::new(
                crate::services::attachments::UPLOADS_PER_MINUTE,
            )),
            standings: Arc::default(),
        }
    }
}
