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
}

impl Problem {
    /// A problem of `status`, with `kind` as the last part of its type URI.
    pub fn new(status: StatusCode, kind: &str, detail: impl Into<String>) -> Self {
        Self {
            kind: format!("/problems/{kind}"),
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            status: status.as_u16(),
            detail: detail.into(),
        }
    }

    /// The 404 every hidden or missing resource gets.
    pub fn not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "not-found", "There is nothing here, or you may not see it.")
    }

    /// An internal error: logged with its cause, shown only as an error id.
    pub fn internal(err: &(dyn std::error::Error + 'static)) -> Self {
        let id = uuid::Uuid::new_v4();
        tracing::error!(error_id = %id, error = %ErrorChain(err), "internal error");
        Self::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "internal",
            format!("Something went wrong on our side. Error id: {id}"),
        )
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let status = StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = (status, Json(self)).into_response();
        response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/problem+json"));
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
