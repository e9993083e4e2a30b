//! `/webhooks`: administrators subscribe their registry systems to events, see how the latest delivery
//! went, and delete subscriptions (`services::webhooks`). A new subscription's secret is shown once.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use twinbridge_domain::webhook::WebhookEvent;

use super::account::internal;
use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::services::webhooks::{self, WebhookError, WebhookLine};
use crate::state::AppState;

pub(super) struct EventChoice {
    value: &'static str,
    label: String,
    checked: bool,
}

pub(super) struct WebhookRow {
    id: String,
    url: String,
    events: String,
    created: String,
    last_delivery: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "webhooks.html")]
pub(super) struct WebhooksPage {
    ctx: PageCtx,
    webhooks: Vec<WebhookRow>,
    events: Vec<EventChoice>,
    /// The secret of the subscription just created, shown this once.
    created: Option<String>,
    error: Option<String>,
    url: String,
}

#[derive(Deserialize, Default)]
pub(super) struct WebhookForm {
    #[serde(default)]
    url: String,
    #[serde(default)]
    event: Vec<String>,
}

fn last_delivery(ctx: &PageCtx, line: &WebhookLine) -> String {
    let Some(last) = &line.last_delivery else { return ctx.t("webhooks-no-delivery") };
    let status = ctx.t(&format!("webhooks-status-{}", last.status.replace('_', "-")));
    let mut text = format!("{} · {} · {}", ctx.day(last.created_at.date_naive()), last.event, status);
    if let Some(error) = &last.last_error {
        text.push_str(&format!(" ({error})"));
    }
    text
}

async fn page(
    state: &AppState,
    user: &CurrentUser,
    ctx: PageCtx,
    form: WebhookForm,
    created: Option<String>,
    error: Option<String>,
) -> Response {
    let lines = match webhooks::list(state, user).await {
        Ok(lines) => lines,
        Err(WebhookError::NotFound) => return super::pages::not_found_page(ctx),
        Err(e) => return internal(ctx, &e),
    };
    let webhooks = lines
        .iter()
        .map(|w| WebhookRow {
            id: w.id.clone(),
            url: w.url.clone(),
            events: w.events.join(", "),
            created: ctx.day(w.created_at.date_naive()),
            last_delivery: last_delivery(&ctx, w),
        })
        .collect();
    let events = WebhookEvent::ALL
        .into_iter()
        .map(|e| EventChoice {
            value: e.as_str(),
            label: ctx.t(&format!("webhooks-event-{}", e.as_str().replace(['.', '_'], "-"))),
            checked: form.event.iter().any(|c| c == e.as_str()),
        })
        .collect();
    WebhooksPage { ctx, webhooks, events, created, error, url: form.url }.into_response()
}

/// `GET /webhooks`.
pub(super) async fn list(State(state): State<AppState>, user: CurrentUser, ctx: PageCtx) -> Response {
    page(&state, &user, ctx, WebhookForm::default(), None, None).await
}

/// `POST /webhooks`: subscribes and shows the secret once.
pub(super) async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<WebhookForm>,
) -> Response {
    match webhooks::create(&state, &user, &form.url, &form.event).await {
        Ok((_, secret)) => page(&state, &user, ctx, WebhookForm::default(), Some(secret), None).await,
        Err(WebhookError::NotFound) => super::pages::not_found_page(ctx),
        Err(WebhookError::Invalid { field, .. }) => {
            let error = ctx.t(if field == "events" { "webhooks-error-events" } else { "webhooks-error-url" });
            page(&state, &user, ctx, form, None, Some(error)).await
        }
        Err(e) => internal(ctx, &e),
    }
}

/// `POST /webhooks/{id}/delete`.
pub(super) async fn delete(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    match webhooks::delete(&state, &user, &id).await {
        Ok(()) => Redirect::to("/webhooks").into_response(),
        Err(WebhookError::NotFound) => super::pages::not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}
