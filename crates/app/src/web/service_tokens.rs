//! `/service-tokens`: administrators create, see and revoke the tokens their registry systems use
//! (`services::service_tokens`). A new token is shown on the page that created it, once.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use serde::Deserialize;
use twinbridge_domain::service_token::Scope;

use super::account::internal;
use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::services::service_tokens::{self, ServiceTokenError, TokenLine};
use crate::state::AppState;

pub(super) struct ScopeChoice {
    value: &'static str,
    label: String,
    checked: bool,
}

pub(super) struct TokenRow {
    id: String,
    name: String,
    scopes: String,
    created: String,
    last_used: String,
    revoked: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "service_tokens.html")]
pub(super) struct TokensPage {
    ctx: PageCtx,
    tokens: Vec<TokenRow>,
    scopes: Vec<ScopeChoice>,
    /// The token just created, shown this once.
    created: Option<String>,
    error: Option<String>,
    name: String,
}

#[derive(Deserialize, Default)]
pub(super) struct TokenForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    scope: Vec<String>,
}

async fn page(
    state: &AppState,
    user: &CurrentUser,
    ctx: PageCtx,
    form: TokenForm,
    created: Option<String>,
    error: Option<String>,
) -> Response {
    let lines = match service_tokens::list(state, user).await {
        Ok(lines) => lines,
        Err(ServiceTokenError::NotFound) => return super::pages::not_found_page(ctx),
        Err(e) => return internal(ctx, &e),
    };
    let tokens = lines
        .iter()
        .map(|t: &TokenLine| TokenRow {
            id: t.id.clone(),
            name: t.name.clone(),
            scopes: t.scopes.join(", "),
            created: ctx.day(t.created_at.date_naive()),
            last_used: t.last_used_at.map(|d| ctx.day(d.date_naive())).unwrap_or_else(|| ctx.t("tokens-never-used")),
            revoked: t.revoked_at.is_some(),
        })
        .collect();
    let scopes = Scope::ALL
        .into_iter()
        .map(|s| ScopeChoice {
            value: s.as_str(),
            label: ctx.t(&format!("scope-{}", s.as_str().replace(':', "-"))),
            checked: form.scope.iter().any(|c| c == s.as_str()),
        })
        .collect();
    TokensPage { ctx, tokens, scopes, created, error, name: form.name }.into_response()
}

/// `GET /service-tokens`.
pub(super) async fn list(State(state): State<AppState>, user: CurrentUser, ctx: PageCtx) -> Response {
    page(&state, &user, ctx, TokenForm::default(), None, None).await
}

/// `POST /service-tokens`: creates one and shows it once.
pub(super) async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<TokenForm>,
) -> Response {
    match service_tokens::create(&state, &user, &form.name, &form.scope).await {
        Ok((_, secret)) => page(&state, &user, ctx, TokenForm::default(), Some(secret), None).await,
        Err(ServiceTokenError::NotFound) => super::pages::not_found_page(ctx),
        Err(ServiceTokenError::Invalid { field, .. }) => {
            let error = ctx.t(if field == "scopes" { "tokens-error-scopes" } else { "tokens-error-name" });
            page(&state, &user, ctx, form, None, Some(error)).await
        }
        Err(ServiceTokenError::NameTaken) => {
            let error = ctx.t("tokens-error-taken");
            page(&state, &user, ctx, form, None, Some(error)).await
        }
        Err(e) => internal(ctx, &e),
    }
}

/// `POST /service-tokens/{id}/revoke`.
pub(super) async fn revoke(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    match service_tokens::revoke(&state, &user, &id).await {
        Ok(()) => Redirect::to("/service-tokens").into_response(),
        Err(ServiceTokenError::NotFound) => super::pages::not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}
