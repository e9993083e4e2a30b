//! Pages for a coordinator whose partner is not on Twinbridge, or whose participant has no internet:
//! entering a letter received on paper, the print page of a letter to send, and marking it sent.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use chrono::NaiveDate;
use serde::Deserialize;
use twinbridge_domain::access::Relation;

use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::letters::{self, EnteredLetter, ExportFormat, LetterError, Printable};
use crate::services::pairings;
use crate::state::AppState;

pub(super) struct WriterOption {
    value: &'static str,
    label: String,
    checked: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "letter_enter.html")]
pub(super) struct EnterPage {
    ctx: PageCtx,
    pairing_id: String,
    writers: Vec<WriterOption>,
    received_on: String,
    today: NaiveDate,
    language: String,
    body: String,
    error: Option<String>,
}

#[derive(Deserialize, Default)]
pub(super) struct EnterForm {
    #[serde(default)]
    on_behalf_of: String,
    #[serde(default)]
    received_on: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    body: String,
}

async fn enter_page(
    state: &AppState,
    user: &CurrentUser,
    ctx: PageCtx,
    pairing_id: &str,
    form: EnterForm,
    error: Option<String>,
) -> Result<Response, AppError> {
    let visible = pairings::visible(state, user, pairing_id).await?.ok_or(AppError::NotFound)?;
    if matches!(visible.relation, Relation::Participant(_)) {
        return Err(AppError::NotFound);
    }
    let own = if visible.relation.is_donor_side() { "donor" } else { "patient" };
    let other = if own == "donor" { "patient" } else { "donor" };
    let chosen = if form.on_behalf_of.is_empty() { other } else { form.on_behalf_of.as_str() };
    let writers = [(other, "enter-whose-other"), (own, "enter-whose-own")]
        .into_iter()
        .map(|(value, key)| WriterOption { value, label: ctx.t(key), checked: value == chosen })
        .collect();
    let page = EnterPage {
        pairing_id: visible.pairing.id.to_string(),
        writers,
        received_on: form.received_on,
        today: state.clock.today(),
        language: form.language,
        body: form.body,
        error,
        ctx,
    };
    let status = if page.error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    Ok((status, page).into_response())
}

/// `GET /pairings/{id}/letters/enter`.
pub(super) async fn enter_form(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    enter_page(&state, &user, ctx, &id, EnterForm::default(), None).await
}

/// `POST /pairings/{id}/letters/enter`.
pub(super) async fn enter(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    Form(form): Form<EnterForm>,
) -> Result<Response, AppError> {
    let received_on = match form.received_on.trim() {
        "" => None,
        day => match twinbridge_domain::date::parse(day, "date") {
            Ok(day) => Some(day),
            Err(_) => {
                let message = ctx.t("enter-error-received-on");
                return enter_page(&state, &user, ctx, &id, form, Some(message)).await;
            }
        },
    };
    let entered = EnteredLetter {
        body: form.body.clone(),
        on_behalf_of: form.on_behalf_of.clone(),
        received_on,
        language: Some(form.language.trim().to_owned()).filter(|l| !l.is_empty()),
        in_reply_to: None,
    };
    match letters::enter(&state, &user, &id, entered).await {
        Ok(letter) => Ok(Redirect::to(&format!("/letters/{}", letter.id)).into_response()),
        Err(e @ (LetterError::NotAllowed { .. } | LetterError::BadInput(_) | LetterError::Forbidden(_))) => {
            let message = match &e {
                LetterError::NotAllowed { code, .. } => ctx.t(&format!("letters-error-{code}")),
                LetterError::Forbidden(_) => ctx.t("enter-error-not-offline"),
                _ => ctx.t("enter-error-input"),
            };
            enter_page(&state, &user, ctx, &id, form, Some(message)).await
        }
        Err(e) => Err(e.into()),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "letter_print.html")]
pub(super) struct PrintPage {
    ctx: PageCtx,
    from: String,
    letter: Printable,
}

/// `GET /letters/{id}/print`: the approved letter on an A4 page, with the pairing's reference only.
pub(super) async fn print(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Result<PrintPage, AppError> {
    let letter = letters::printable(&state, &user, &id, ExportFormat::Print).await?;
    let from = ctx.t(if letter.from == "donor" { "letter-from-donor" } else { "letter-from-patient" });
    Ok(PrintPage { ctx, from, letter })
}

/// `POST /letters/{id}/sent`.
pub(super) async fn mark_sent(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    letters::mark_sent(&state, &user, &id).await?;
    Ok(Redirect::to(&format!("/letters/{id}?done=sent")).into_response())
}
