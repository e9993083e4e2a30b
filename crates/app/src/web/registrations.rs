//! The pages of potential-donor registration: the public form, the registrant's own page behind the
//! link in their e-mail (confirm, or withdraw and erase), and the registry staff's list with its steps
//! and export.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinbridge_domain::registration::{AgeRefusal, RegistrationStatus};

use super::account::internal;
use super::ctx::PageCtx;
use super::pages::not_found_page;
use crate::auth::CurrentUser;
use crate::services::registrations::{self, NewRegistration, RegistrationError, RegistrationLine};
use crate::state::AppState;

/// The values of the form, as typed (shown again when a field is refused).
#[derive(Debug, Clone, Default, Deserialize)]
pub(super) struct RegisterForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    date_of_birth: String,
    #[serde(default)]
    sex: String,
    #[serde(default)]
    region: String,
    consent: Option<String>,
}

/// One input of the form.
pub(super) struct RegField {
    name: &'static str,
    kind: &'static str,
    autocomplete: &'static str,
    required: bool,
    value: String,
    error: Option<String>,
}

#[derive(Template, WebTemplate)]
#[template(path = "register.html")]
pub(super) struct RegisterPage {
    ctx: PageCtx,
    fields: Vec<RegField>,
    sex: String,
    consent: bool,
    /// What was refused, for the summary at the top.
    error: Option<String>,
    consent_error: bool,
    sexes: Vec<(&'static str, String)>,
}

const SEXES: [&str; 4] = ["female", "male", "diverse", "unstated"];

fn page(ctx: PageCtx, form: RegisterForm, error: Option<(&'static str, String)>) -> RegisterPage {
    let sexes = SEXES.iter().map(|s| (*s, ctx.t(&format!("register-sex-{s}")))).collect();
    let refused = |name: &str| error.as_ref().filter(|(f, _)| *f == name).map(|(_, m)| m.clone());
    let field = |name: &'static str, kind, autocomplete, required, value: &str| RegField {
        name,
        kind,
        autocomplete,
        required,
        value: value.to_owned(),
        error: refused(name),
    };
    let fields = vec![
        field("name", "text", "name", true, &form.name),
        field("email", "email", "email", true, &form.email),
        field("phone", "tel", "tel", false, &form.phone),
        field("date_of_birth", "date", "bday", true, &form.date_of_birth),
        field("region", "text", "address-level1", false, &form.region),
    ];
    RegisterPage {
        fields,
        sex: form.sex,
        consent: form.consent.is_some(),
        consent_error: refused("consent").is_some(),
        error: error.map(|(_, m)| m),
        sexes,
        ctx,
    }
}

/// `GET /register`.
pub(super) async fn form(ctx: PageCtx) -> RegisterPage {
    page(ctx, RegisterForm::default(), None)
}

/// `POST /register`: the thank-you page, or the form again with the refused field explained.
pub(super) async fn submit(State(state): State<AppState>, ctx: PageCtx, Form(form): Form<RegisterForm>) -> Response {
    let optional = |v: &str| Some(v.trim().to_owned()).filter(|v| !v.is_empty());
    let new = NewRegistration {
        name: form.name.clone(),
        email: form.email.clone(),
        phone: optional(&form.phone),
        date_of_birth: form.date_of_birth.clone(),
        sex: optional(&form.sex).filter(|s| s != "unstated"),
        region: optional(&form.region),
        health_answers: None,
        consent: Some(form.consent.is_some()),
        organisation_id: None,
        language: Some(ctx.lang.code().to_owned()),
    };
    let refused = |field: &'static str, key: String| {
        (StatusCode::UNPROCESSABLE_ENTITY, page(ctx.clone(), form.clone(), Some((field, key)))).into_response()
    };
    match registrations::register(&state, new).await {
        Ok(()) => super::account::MessagePage {
            ctx,
            title_key: "register-thanks-title",
            text_key: "register-thanks-text",
            link: Some("/faq#faq-donate"),
            link_key: "register-thanks-link",
        }
        .into_response(),
        Err(RegistrationError::Age(AgeRefusal::TooYoung(min))) => {
            refused("date_of_birth", ctx.lang.t_args("register-too-young", &[("min".into(), min.to_string())]))
        }
        Err(RegistrationError::Age(AgeRefusal::TooOld(max))) => {
            refused("date_of_birth", ctx.lang.t_args("register-too-old", &[("max".into(), max.to_string())]))
        }
        Err(RegistrationError::Invalid { field, .. }) => refused(field, ctx.t(&format!("register-invalid-{field}"))),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "register_own.html")]
pub(super) struct OwnPage {
    ctx: PageCtx,
    token: String,
    name: String,
    status: String,
    unconfirmed: bool,
}

/// `GET /register/{token}`: the registrant's own registration.
pub(super) async fn own_page(State(state): State<AppState>, ctx: PageCtx, Path(token): Path<String>) -> Response {
    match registrations::by_link(&state, &token).await {
        Ok(own) => OwnPage {
            status: ctx.t(&format!("register-status-{}", own.status)),
            unconfirmed: own.status == RegistrationStatus::Unconfirmed.as_str(),
            name: own.name,
            token,
            ctx,
        }
        .into_response(),
        Err(RegistrationError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}

/// `POST /register/{token}/confirm`.
pub(super) async fn confirm(State(state): State<AppState>, ctx: PageCtx, Path(token): Path<String>) -> Response {
    match registrations::confirm(&state, &token).await {
        Ok(()) => Redirect::to(&format!("/register/{token}")).into_response(),
        Err(RegistrationError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}

/// `POST /register/{token}/withdraw`: the registration is erased.
pub(super) async fn withdraw(State(state): State<AppState>, ctx: PageCtx, Path(token): Path<String>) -> Response {
    match registrations::withdraw(&state, &token).await {
        Ok(()) => super::account::MessagePage {
            ctx,
            title_key: "register-erased-title",
            text_key: "register-erased-text",
            link: Some("/"),
            link_key: "register-erased-link",
        }
        .into_response(),
        Err(RegistrationError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "registrations.html")]
pub(super) struct StaffPage {
    ctx: PageCtx,
    lines: Vec<RegistrationLine>,
    filter: String,
    statuses: Vec<(&'static str, String)>,
    notice: Option<String>,
}

impl StaffPage {
    /// The steps staff may take from `status`: (value, label).
    fn steps(&self, status: &str) -> Vec<(&'static str, String)> {
        let Ok(from) = status.parse::<RegistrationStatus>() else { return Vec::new() };
        RegistrationStatus::ALL
            .into_iter()
            .filter(|to| from.staff_may_move_to(*to))
            .map(|to| (to.as_str(), self.ctx.t(&format!("registrations-step-{}", to.as_str()))))
            .collect()
    }
}

#[derive(Deserialize)]
pub(super) struct StaffQuery {
    status: Option<String>,
    done: Option<String>,
}

/// `GET /registrations`: the registry's registrations (coordinators of a donor registry).
pub(super) async fn staff_list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(q): Query<StaffQuery>,
) -> Response {
    let filter = q.status.unwrap_or_default();
    match registrations::list(&state, &user, Some(&filter)).await {
        Ok(lines) => {
            let statuses = RegistrationStatus::ALL
                .iter()
                .map(|s| (s.as_str(), ctx.t(&format!("register-status-{}", s.as_str()))))
                .collect();
            let notice = match q.done.as_deref() {
                Some("status") => Some(ctx.t("registrations-done-status")),
                Some("erased") => Some(ctx.t("registrations-done-erased")),
                Some("conflict") => Some(ctx.t("registrations-done-conflict")),
                _ => None,
            };
            StaffPage { ctx, lines, filter, statuses, notice }.into_response()
        }
        Err(RegistrationError::NotFound) => not_found_page(ctx),
        Err(RegistrationError::Invalid { .. }) => Redirect::to("/registrations").into_response(),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct StatusForm {
    #[serde(default)]
    status: String,
}

/// `POST /registrations/{id}/status`.
pub(super) async fn staff_status(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    Form(form): Form<StatusForm>,
) -> Response {
    match registrations::set_status(&state, &user, &id, &form.status).await {
        Ok(_) => Redirect::to("/registrations?done=status").into_response(),
        Err(RegistrationError::Conflict(..) | RegistrationError::Invalid { .. }) => {
            Redirect::to("/registrations?done=conflict").into_response()
        }
        Err(RegistrationError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}

/// `POST /registrations/{id}/erase`.
pub(super) async fn staff_erase(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    match registrations::erase(&state, &user, &id).await {
        Ok(()) => Redirect::to("/registrations?done=erased").into_response(),
        Err(RegistrationError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}
