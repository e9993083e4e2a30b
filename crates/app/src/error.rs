//! The error policy of the service, in one place.
//!
//! - Each service has its own `thiserror` enum saying what went wrong in domain terms.
//! - At the edge, errors become either an HTML error page in the reader's language or an
//!   `application/problem+json` body (`type`, `title`, `status`, `detail`).
//! - A resource the caller may not see answers 404, exactly like one that does not exist.
//! - Internal errors are logged with their cause chain and an error id; the response shows only the id.
//! - No message, log line or problem detail contains identity values; ids are random and safe to show.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An RFC 9457 problem document.
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    /// A URI naming the kind of problem (relative: `/problems/not-found`).
    #[serde(rename = "type")]
    pub kind: String,
    /// A short summary of the kind.
    pub title: String,
    /// The HTTP status.
    pub status: u16,
    /// What happened in this case.
    pub detail: String,
    /// Seconds after which trying again makes sense (`Retry-After`), for a service that is unavailable.
    #[serde(skip)]
    pub retry_after: Option<u32>,
    /// The id under which an internal error was logged, for the error page.
    #[serde(skip)]
    pub error_id: Option<String>,
}

/// The error id of an internal error, carried on the response so that the page renderer can show it.
#[derive(Debug, Clone)]
pub struct ErrorId(pub String);

/// How long a client should wait before trying again while the database does not answer.
const RETRY_AFTER_SECONDS: u32 = 5;

impl Problem {
    /// A problem of `status`, with `kind` as the last part of its type URI.
    pub fn new(status: StatusCode, kind: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("/problems/{kind}"),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
            retry_after: None,
            error_id: None,
        }
    }

    /// The database does not answer (away, overloaded, restarting): `503` with `Retry-After`. Nothing was
    /// decided, so this is never a refusal.
    pub fn unavailable() -> Self {
        Self {
            retry_after: Some(RETRY_AFTER_SECONDS),
            ..Self::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "The service cannot reach its database just now. Nothing was changed; please try again shortly.",
            )
        }
    }

    /// The 404 every hidden or missing resource gets.
    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", "There is nothing here, or you may not see it.")
    }

    /// An internal error: logged with its cause, shown only as an error id. A database that does not
    /// answer is not a fault of ours or the caller's: that is [`Problem::unavailable`].
    pub fn internal(err: &(dyn std::error::Error + 'static)) -> Self {
        if twinbridge_store::is_unavailable(err) {
            tracing::warn!(error = %ErrorChain(err), "the database does not answer");
            return Self::unavailable();
        }
        let id = uuid::Uuid::new_v4();
        tracing::error!(error_id = %id, error = %ErrorChain(err), "internal error");
        Self {
            error_id: Some(id.to_string()),
            ..Self::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "internal",
                format!("Something went wrong on our side. Error id: {id}"),
            )
        }
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let (retry_after, error_id) = (self.retry_after, self.error_id.clone());
        let mut response = (status, Json(self)).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if let Some(id) = error_id {
            response.extensions_mut().insert(ErrorId(id));
        }
        response
    }
}

/// Displays an error with all its causes: `outer: inner: root`.
#[derive(Debug)]
pub struct ErrorChain<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut source = self.0.source();
        while let Some(cause) = source {
            write!(f, ": {cause}")?;
            source = cause.source();
        }
        Ok(())
    }
}
