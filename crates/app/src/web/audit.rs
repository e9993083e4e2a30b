//! `GET /audit`: auditors read their organisations' audit trail, filtered by action, subject (e.g. a
//! pairing), actor and date. Events hold ids only.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::services::audit::{self, AuditError, AuditQuery};
use crate::state::AppState;

pub(super) struct Row {
    when: String,
    action: String,
    /// The action's stored name, which the filter takes.
    code: String,
    actor: String,
    subject: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "audit.html")]
pub(super) struct AuditPage {
    ctx: PageCtx,
    rows: Vec<Row>,
    filter: Filter,
}

#[derive(Deserialize, Default)]
pub(super) struct Filter {
    #[serde(default)]
    action: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

fn text(field: &str) -> Option<String> {
    Some(field.trim().to_owned()).filter(|t| !t.is_empty())
}

/// `GET /audit`.
pub(super) async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(filter): Query<Filter>,
) -> Response {
    // A date that is not one filters nothing, as an empty field does.
    let query = AuditQuery {
        action: text(&filter.action),
        subject: text(&filter.subject),
        actor: text(&filter.actor),
        from: filter.from.parse::<NaiveDate>().ok(),
        to: filter.to.parse::<NaiveDate>().ok(),
    };
    let entries = match audit::visible_events(&state, &user, &query).await {
        Ok(entries) => entries,
        Err(AuditError::NotFound) => return super::pages::not_found_page(ctx),
        Err(e @ AuditError::Store(_)) => return crate::error::Problem::internal(&e).into_response(),
    };
    let rows = entries
        .into_iter()
        .map(|e| Row {
            when: format!("{} {}", ctx.day(e.at.date_naive()), e.at.format("%H:%M:%S UTC")),
            action: e.action.replace('_', " "),
            code: e.action,
            actor: e.actor.map(|a| a.to_string()).unwrap_or_default(),
            subject: e.subject.unwrap_or_default(),
        })
        .collect();
    AuditPage { ctx, rows, filter }.into_response()
}
