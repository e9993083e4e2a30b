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
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
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
    /// Seconds after which trying again makes sense (`Retry-After`): a service that is unavailable, or a caller
    /// over a rate limit.
    #[serde(skip)]
    pub retry_after: Option<u32>,
    /// The id under which an internal error was logged, for the error page.
    #[serde(skip)]
    pub error_id: Option<String>,
    /// For invalid input: the field to blame, as a JSON path into the request (`donations[0].collected_on`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Members a kind of problem adds (e.g. `earliest_date` while a waiting period runs).
    #[serde(flatten)]
    pub extensions: serde_json::Map<String, serde_json::Value>,
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
            field: None,
            extensions: serde_json::Map::new(),
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

/// What went wrong in a request, for any handler: the services' errors convert into it, and its one
/// `IntoResponse` decides the status, the problem type and the wording. Under `/api/` the answer is the
/// problem document; for pages, `web::problems_as_pages` shows 404, 500 and 503 as translated pages.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Missing, or hidden from the caller (the same answer).
    #[error("not found")]
    NotFound,
    /// The caller may see the thing but not do this.
    #[error("{0}")]
    Forbidden(String),
    /// The request is well formed but the state of things does not allow it now (`409`).
    #[error("{detail}")]
    Conflict {
        /// The problem type's last part (`quota-used`, `wrong-state`, …).
        code: &'static str,
        /// What to tell the person.
        detail: String,
    },
    /// Like `Conflict`, with members the problem document adds (`409`).
    #[error("{detail}")]
    ConflictWith {
        /// The problem type's last part.
        code: &'static str,
        /// What to tell the person.
        detail: String,
        /// The added members.
        extensions: serde_json::Map<String, serde_json::Value>,
    },
    /// A field is missing or invalid (`422`).
    #[error("{detail}")]
    Invalid {
        /// The problem type's last part.
        code: &'static str,
        /// What to tell the person, naming the field.
        detail: String,
        /// The field, when one is to blame, as a JSON path (also sent as `X-Invalid-Field`).
        field: Option<String>,
    },
    /// The body is too large (`413`).
    #[error("{detail}")]
    TooLarge {
        /// The problem type's last part.
        code: &'static str,
        /// What to tell the person.
        detail: String,
    },
    /// The caller sent too many requests of this kind (`429` with `Retry-After`).
    #[error("{detail}")]
    TooMany {
        /// What to tell the person.
        detail: String,
        /// Seconds after which a request will be served.
        retry_after: u32,
    },
    /// Our fault, or a database that does not answer (503): logged with its cause.
    #[error(transparent)]
    Internal(Box<dyn std::error::Error + Send + Sync + 'static>),
}

impl AppError {
    /// An internal error with its cause.
    pub fn internal(err: impl std::error::Error + Send + Sync + 'static) -> Self {
        Self::Internal(Box::new(err))
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let problem = match self {
            Self::NotFound => Problem::not_found(),
            Self::Forbidden(why) => Problem::new(StatusCode::FORBIDDEN, "forbidden", why),
            Self::Conflict { code, detail } => Problem::new(StatusCode::CONFLICT, code, detail),
            Self::ConflictWith { code, detail, extensions } => {
                Problem { extensions, ..Problem::new(StatusCode::CONFLICT, code, detail) }
            }
            Self::Invalid { code, detail, field } => {
                let header = field.as_deref().and_then(|f| HeaderValue::from_str(f).ok());
                let problem = Problem { field, ..Problem::new(StatusCode::UNPROCESSABLE_ENTITY, code, detail) };
                let mut response = problem.into_response();
                if let Some(value) = header {
                    response.headers_mut().insert("x-invalid-field", value);
                }
                return response;
            }
            Self::TooLarge { code, detail } => Problem::new(StatusCode::PAYLOAD_TOO_LARGE, code, detail),
            Self::TooMany { detail, retry_after } => Problem {
                retry_after: Some(retry_after),
                ..Problem::new(StatusCode::TOO_MANY_REQUESTS, "too-many-requests", detail)
            },
            Self::Internal(cause) => Problem::internal(cause.as_ref()),
        };
        problem.into_response()
    }
}

impl From<twinbridge_store::StoreError> for AppError {
    fn from(err: twinbridge_store::StoreError) -> Self {
        Self::internal(err)
    }
}

impl From<crate::services::letters::LetterError> for AppError {
    fn from(err: crate::services::letters::LetterError) -> Self {
        use crate::services::letters::LetterError;
        use crate::services::policy::PolicyError;
        match err {
            LetterError::NotFound => Self::NotFound,
            LetterError::Forbidden(why) => Self::Forbidden(why.to_owned()),
            LetterError::NotAllowed { code, detail } => Self::Conflict { code, detail },
            LetterError::BadInput(detail) => Self::Invalid { code: "bad-input", detail, field: None },
            LetterError::BadPicture(detail) => Self::Invalid { code: "bad-picture", detail, field: None },
            LetterError::TooMany(retry_after) => Self::TooMany { detail: err.to_string(), retry_after },
            LetterError::Page(e) => e.into(),
            LetterError::Store(e) => Self::internal(e),
            // A letter of a pairing without a patient side yet is not there for anyone.
            LetterError::Policy(PolicyError::Incomplete | PolicyError::NotFound) => Self::NotFound,
            LetterError::Policy(e) => Self::internal(e),
        }
    }
}

impl From<crate::services::policy::PolicyError> for AppError {
    fn from(err: crate::services::policy::PolicyError) -> Self {
        use crate::services::policy::PolicyError;
        match err {
            PolicyError::NotFound => Self::NotFound,
            PolicyError::Incomplete => Self::Conflict {
                code: "pairing-incomplete",
                detail: "The patient side of this pairing is not recorded yet.".into(),
            },
            other => Self::internal(other),
        }
    }
}

impl From<crate::services::cases::CaseError> for AppError {
    fn from(err: crate::services::cases::CaseError) -> Self {
        use crate::services::cases::CaseError;
        match err {
            CaseError::NotFound => Self::NotFound,
            CaseError::Forbidden(why) => Self::Forbidden(why.to_owned()),
            CaseError::Invalid { field, why } => {
                Self::Invalid { code: "invalid-field", detail: format!("{field}: {why}"), field: Some(field) }
            }
            CaseError::Conflict(code, why) => Self::Conflict { code, detail: why.to_owned() },
            CaseError::Store(e) => Self::internal(e),
        }
    }
}

impl From<crate::services::release::ReleaseError> for AppError {
    fn from(err: crate::services::release::ReleaseError) -> Self {
        use crate::services::release::{ReleaseError, refusal_text};
        use twinbridge_domain::release::Refusal;
        match err {
            ReleaseError::NotFound => Self::NotFound,
            ReleaseError::Forbidden(why) => Self::Forbidden(why.to_owned()),
            ReleaseError::Refused(refusal) => {
                let mut extensions = serde_json::Map::new();
                if let Refusal::Waiting { earliest_date } = &refusal {
                    extensions.insert("earliest_date".into(), serde_json::json!(earliest_date));
                }
                if let Refusal::Consent { missing } = &refusal {
                    let sides: Vec<&str> = missing
                        .iter()
                        .map(|s| if *s == twinbridge_domain::rules::Side::Donor { "donor" } else { "patient" })
                        .collect();
                    extensions.insert("missing_consent".into(), serde_json::json!(sides));
                }
                Self::ConflictWith { code: refusal.code(), detail: refusal_text(&refusal), extensions }
            }
            ReleaseError::Conflict(code, why) => Self::Conflict { code, detail: why.to_owned() },
            ReleaseError::Policy(e) => e.into(),
            ReleaseError::Store(e) => Self::internal(e),
        }
    }
}

impl From<crate::services::meetings::MeetingError> for AppError {
    fn from(err: crate::services::meetings::MeetingError) -> Self {
        use crate::services::meetings::MeetingError;
        match err {
            MeetingError::NotFound => Self::NotFound,
            MeetingError::Forbidden(why) => Self::Forbidden(why.to_owned()),
            MeetingError::Refused(refusal) => Self::Conflict { code: refusal.code(), detail: refusal.to_string() },
            MeetingError::Moved => Self::Conflict { code: "meeting-moved", detail: err.to_string() },
            MeetingError::Invalid { field, why } => Self::Invalid {
                code: "invalid-field",
                detail: format!("{field}: {why}"),
                field: Some(field.to_owned()),
            },
            MeetingError::Store(e) => Self::internal(e),
        }
    }
}

impl From<crate::services::screen::ScreenError> for AppError {
    fn from(err: crate::services::screen::ScreenError) -> Self {
        use crate::services::screen::ScreenError;
        match err {
            ScreenError::TooLong => Self::TooLarge { code: "text-too-long", detail: err.to_string() },
            ScreenError::TooMany(retry_after) => Self::TooMany { detail: err.to_string(), retry_after },
            ScreenError::NotFound => Self::NotFound,
            other => Self::internal(other),
        }
    }
}

impl From<crate::services::organisation::OrganisationError> for AppError {
    fn from(err: crate::services::organisation::OrganisationError) -> Self {
        use crate::services::organisation::OrganisationError;
        match err {
            OrganisationError::NotFound => Self::NotFound,
            OrganisationError::Unreadable | OrganisationError::LooserThanLaw(_) => {
                Self::Invalid { code: "invalid-policy", detail: err.to_string(), field: None }
            }
            other => Self::internal(other),
        }
    }
}

impl From<crate::services::service_tokens::ServiceTokenError> for AppError {
    fn from(e: crate::services::service_tokens::ServiceTokenError) -> Self {
        use crate::services::service_tokens::ServiceTokenError;
        match e {
            ServiceTokenError::NotFound => Self::NotFound,
            ServiceTokenError::Invalid { field, .. } => {
                Self::Invalid { code: "bad-input", detail: e.to_string(), field: Some(field.to_owned()) }
            }
            ServiceTokenError::NameTaken => Self::Conflict { code: "name-taken", detail: e.to_string() },
            ServiceTokenError::Store(e) => e.into(),
        }
    }
}

impl From<crate::services::webhooks::WebhookError> for AppError {
    fn from(e: crate::services::webhooks::WebhookError) -> Self {
        use crate::services::webhooks::WebhookError;
        match e {
            WebhookError::NotFound => Self::NotFound,
            WebhookError::Invalid { field, .. } => {
                Self::Invalid { code: "bad-input", detail: e.to_string(), field: Some(field.to_owned()) }
            }
            WebhookError::Store(e) => e.into(),
        }
    }
}

impl From<crate::services::questions::QuestionError> for AppError {
    fn from(e: crate::services::questions::QuestionError) -> Self {
        use crate::services::questions::QuestionError;
        match e {
            QuestionError::Invalid { field, why } => {
                Self::Invalid { code: "bad-input", detail: format!("{field}: {why}"), field: Some(field.to_owned()) }
            }
            QuestionError::NotFound => Self::NotFound,
            QuestionError::Forbidden(why) => Self::Forbidden(why.into()),
            QuestionError::Conflict(detail) => Self::Conflict { code: "wrong-state", detail },
            QuestionError::Store(e) => e.into(),
        }
    }
}

impl From<crate::services::registrations::RegistrationError> for AppError {
    fn from(e: crate::services::registrations::RegistrationError) -> Self {
        use crate::services::registrations::RegistrationError;
        match e {
            RegistrationError::Invalid { field, why } => {
                Self::Invalid { code: "invalid", detail: format!("{field}: {why}"), field: Some(field.to_owned()) }
            }
            RegistrationError::Age(refusal) => Self::Invalid {
                code: "age",
                detail: format!(
                    "date_of_birth: thank you for wanting to help; {refusal}, so we cannot register you. \
                     You can still support patients in other ways."
                ),
                field: Some("date_of_birth".to_owned()),
            },
            RegistrationError::NotFound => Self::NotFound,
            RegistrationError::Conflict(from, to) => Self::Conflict {
                code: "wrong-state",
                detail: format!("a registration that is {from} cannot become {to}"),
            },
            RegistrationError::Store(e) => e.into(),
        }
    }
}

impl From<crate::services::statistics::StatisticsError> for AppError {
    fn from(e: crate::services::statistics::StatisticsError) -> Self {
        use crate::services::statistics::StatisticsError;
        match e {
            StatisticsError::Invalid { field, why } => {
                Self::Invalid { code: "invalid", detail: format!("{field}: {why}"), field: Some(field.to_owned()) }
            }
            StatisticsError::NotFound => Self::NotFound,
            StatisticsError::Store(e) => e.into(),
        }
    }
}

impl From<crate::services::waiting::WaitingError> for AppError {
    fn from(e: crate::services::waiting::WaitingError) -> Self {
        match e {
            crate::services::waiting::WaitingError::Store(e) => e.into(),
            crate::services::waiting::WaitingError::Letters(e) => e.into(),
        }
    }
}

impl From<crate::services::case_view::CaseViewError> for AppError {
    fn from(err: crate::services::case_view::CaseViewError) -> Self {
        use crate::services::case_view::CaseViewError;
        match err {
            CaseViewError::NotFound => Self::NotFound,
            CaseViewError::Invalid { field, why } => Self::Invalid {
                code: "invalid-field",
                detail: format!("{field}: {why}"),
                field: Some(field.to_owned()),
            },
            CaseViewError::Page(e) => e.into(),
            CaseViewError::Store(e) => Self::internal(e),
            CaseViewError::Policy(e) => Self::internal(e),
        }
    }
}

impl From<crate::services::paging::PageError> for AppError {
    fn from(err: crate::services::paging::PageError) -> Self {
        Self::Invalid { code: "invalid-field", detail: err.to_string(), field: Some(err.field.to_owned()) }
    }
}

impl From<crate::services::erasure::ErasureError> for AppError {
    fn from(err: crate::services::erasure::ErasureError) -> Self {
        use crate::services::erasure::ErasureError;
        match err {
            ErasureError::NotFound => Self::NotFound,
            ErasureError::Forbidden(why) => Self::Forbidden(why.to_owned()),
            ErasureError::BadInput(detail) => {
                Self::Invalid { code: "invalid-field", detail, field: Some("reason".to_owned()) }
            }
            ErasureError::AlreadyErased => Self::Conflict { code: "already-erased", detail: err.to_string() },
            ErasureError::Store(e) => Self::internal(e),
        }
    }
}
