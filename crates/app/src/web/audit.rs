//! `GET /audit`: auditors read their organisations' audit trail, filtered by action, subject (e.g. a
//! pairing), actor and date. Events hold ids only.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;
use twinbridge_store::repo::audit;

use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::state::AppState;
use twinbridge_domain::access::Action;

pub(super) struct Row {
    when: String,
    action: String,
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

/// `GET /audit`.
pub(super) async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(filter): Query<Filter>,
) -> Response {
    let orgs = user.organisations_allowing(Action::ReadAudit);
    if orgs.is_empty() {
        return super::pages::not_found_page(ctx);
    }
    let events = match audit::of_organisations(state.store.read(), &orgs, 5000).await {
        Ok(events) => events,
        Err(e) => return crate::error::Problem::internal(&e).into_response(),
    };
    let from = filter.from.parse::<NaiveDate>().ok();
    let to = filter.to.parse::<NaiveDate>().ok();
    let rows = events
        .into_iter()
        .filter(|e| filter.action.trim().is_empty() || e.action == filter.action.trim())
        .filter(|e| {
            filter.subject.trim().is_empty() || e.subject.as_deref().is_some_and(|s| s.contains(filter.subject.trim()))
        })
        .filter(|e| {
            filter.actor.trim().is_empty() || e.actor.is_some_and(|a| a.to_string().starts_with(filter.actor.trim()))
        })
        .filter(|e| from.is_none_or(|f| e.at.date_naive() >= f) && to.is_none_or(|t| e.at.date_naive() <= t))
        .take(500)
        .map(|e| Row {
            when: e.at.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            action: e.action,
            actor: e.actor.map(|a| a.to_string()).unwrap_or_default(),
            subject: e.subject.unwrap_or_default(),
        })
        .collect();
    AuditPage { ctx, rows, filter }.into_response()
}
