//! Prometheus metrics (`GET /metrics`): requests and their latency by route, screening time, and, read at
//! scrape time, the outbox, the review queues, the scheduler and the database pool. Labels never carry an
//! id or anything a person typed: routes are the matched patterns (`/api/v1/letters/{id}`).

use std::time::{Duration, Instant};

use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::{Registry, Unit};
use twinbridge_store::{StoreError, repo};

use crate::state::AppState;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: String,
    route: String,
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SideLabels {
    side: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    state: String,
}

/// Latency buckets from half a millisecond to about eight seconds.
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.0005, 2.0, 15))
}

/// The metrics of one running service.
#[derive(Debug)]
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    latency: Family<RouteLabels, Histogram, fn() -> Histogram>,
    screening: Histogram,
    outbox_waiting: Gauge,
    outbox_oldest: Gauge<f64, std::sync::atomic::AtomicU64>,
    webhooks_waiting: Gauge,
    review_waiting: Family<SideLabels, Gauge>,
    review_oldest: Family<SideLabels, Gauge<f64, std::sync::atomic::AtomicU64>>,
    scheduler_lag: Gauge<f64, std::sync::atomic::AtomicU64>,
    pool: Family<PoolLabels, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    /// A registry with every metric of the service.
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("twinbridge");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register("http_requests", "HTTP requests by method, route and status", requests.clone());
        let latency = Family::<RouteLabels, Histogram, fn() -> Histogram>::new_with_constructor(latency_histogram);
        registry.register_with_unit("http_request_duration", "Time to answer", Unit::Seconds, latency.clone());
        let screening = latency_histogram();
        registry.register_with_unit("screening_duration", "Time to screen one text", Unit::Seconds, screening.clone());
        let outbox_waiting = Gauge::default();
        registry.register("outbox_waiting", "E-mails waiting to be sent", outbox_waiting.clone());
        let outbox_oldest = Gauge::default();
        registry.register_with_unit(
            "outbox_oldest_age",
            "How long the oldest waiting e-mail has waited",
            Unit::Seconds,
            outbox_oldest.clone(),
        );
        let webhooks_waiting = Gauge::default();
        registry.register("webhooks_waiting", "Webhook deliveries not yet made nor given up", webhooks_waiting.clone());
        let review_waiting = Family::<SideLabels, Gauge>::default();
        registry.register("review_waiting", "Letters waiting for review, by side", review_waiting.clone());
        let review_oldest = Family::<SideLabels, Gauge<f64, std::sync::atomic::AtomicU64>>::default();
        registry.register_with_unit(
            "review_oldest_age",
            "How long the longest-waiting letter has waited for review, by side",
            Unit::Seconds,
            review_oldest.clone(),
        );
        let scheduler_lag = Gauge::default();
        registry.register_with_unit(
            "scheduler_lag",
            "How long the longest-due scheduled job has been due",
            Unit::Seconds,
            scheduler_lag.clone(),
        );
        let pool = Family::<PoolLabels, Gauge>::default();
        registry.register("database_connections", "Database pool connections, in use and idle", pool.clone());
        Self {
            registry,
            requests,
            latency,
            screening,
            outbox_waiting,
            outbox_oldest,
            webhooks_waiting,
            review_waiting,
            review_oldest,
            scheduler_lag,
            pool,
        }
    }

    /// Records the time one screening took.
    pub fn screened(&self, took: Duration) {
        self.screening.observe(took.as_secs_f64());
    }

    fn request(&self, method: &str, route: &str, status: StatusCode, took: Duration) {
        let (method, route) = (method.to_owned(), route.to_owned());
        let status = status.as_u16().to_string();
        self.requests.get_or_create(&RequestLabels { method: method.clone(), route: route.clone(), status }).inc();
        self.latency.get_or_create(&RouteLabels { method, route }).observe(took.as_secs_f64());
    }

    /// Reads the queues and the pool, and writes every metric in the Prometheus text format.
    async fn render(&self, state: &AppState) -> Result<String, StoreError> {
        let now = state.clock.now();
        let age =
            |since: Option<DateTime<Utc>>| since.map_or(0.0, |s| (now - s).num_milliseconds().max(0) as f64 / 1000.0);
        let conn = state.store.read();
        let (waiting, oldest) = repo::gauges::outbox_waiting(conn).await?;
        self.outbox_waiting.set(i64::try_from(waiting).unwrap_or(i64::MAX));
        self.outbox_oldest.set(age(oldest));
        let webhooks = repo::webhooks::pending_count(conn).await?;
        self.webhooks_waiting.set(i64::try_from(webhooks).unwrap_or(i64::MAX));
        for (side, status) in [("donor", "in_review_donor_side"), ("patient", "in_review_patient_side")] {
            let (count, oldest) = repo::gauges::letters_waiting(conn, status).await?;
            let labels = SideLabels { side: side.to_owned() };
            self.review_waiting.get_or_create(&labels).set(i64::try_from(count).unwrap_or(i64::MAX));
            self.review_oldest.get_or_create(&labels).set(age(oldest));
        }
        self.scheduler_lag.set(age(repo::gauges::oldest_due_job(conn, now).await?));
        let (open, idle) = state.store.pool_use();
        let idle = i64::try_from(idle).unwrap_or(i64::MAX);
        self.pool.get_or_create(&PoolLabels { state: "idle".into() }).set(idle);
        self.pool.get_or_create(&PoolLabels { state: "in_use".into() }).set(i64::from(open) - idle);
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .map_err(|e| StoreError::corrupt("metrics", "registry", e))?;
        Ok(out)
    }
}

/// Counts each request and its latency under its route pattern.
pub async fn track(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().as_str().to_owned();
    let route = request.extensions().get::<MatchedPath>().map_or("unmatched", |m| m.as_str()).to_owned();
    let response = next.run(request).await;
    state.metrics.request(&method, &route, response.status(), started.elapsed());
    response
}

/// `GET /metrics`: for the configured metrics token (`Authorization: Bearer …`), or for anyone in demo mode.
/// Without either it does not exist.
pub async fn scrape(State(state): State<AppState>, headers: axum::http::HeaderMap) -> Response {
    let bearer =
        headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    match (&state.config.metrics_token, bearer) {
        // Digests compared, so that the time taken tells nothing about the token.
        (Some(token), Some(given))
            if twinbridge_crypto::secrets::hash_token(token) == twinbridge_crypto::secrets::hash_token(given) => {}
        (Some(_), _) => return (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")]).into_response(),
        (None, _) if state.config.metrics_open => {}
        (None, _) => return StatusCode::NOT_FOUND.into_response(),
    }
    match state.metrics.render(&state).await {
        Ok(text) => ([(header::CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8")], text)
            .into_response(),
        Err(e) => crate::error::Problem::internal(&e).into_response(),
    }
}
