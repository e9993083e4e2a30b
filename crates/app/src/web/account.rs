//! Pages of signing in and of the account: sign-in (password + TOTP, or an e-mailed link), sign-out, the
//! overview after sign-in, account settings, authenticator enrolment, staff management and invitations.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;
use twinbridge_domain::audit::AuditAction;
use twinbridge_domain::{AccountId, AccountKind, OrganisationId, StaffRole};

use super::ctx::PageCtx;
use super::pages::internal_error_page;
use crate::auth::Account;
use crate::auth::extract::{begin_session, session_state};
use crate::auth::service::{self, AuthError, PasswordOutcome};
use crate::auth::{CurrentUser, Level, MaybeUser, totp};
use crate::error::ErrorChain;
use crate::services::account::{self, AccountError};
use crate::services::staff::{self, OrganisationStaff};
use crate::state::AppState;
use twinbridge_domain::access::Action;

fn internal(ctx: PageCtx, err: &(dyn std::error::Error + 'static)) -> Response {
    let id = uuid::Uuid::new_v4().to_string();
    tracing::error!(error_id = %id, error = %ErrorChain(err), "page failed");
    internal_error_page(ctx, id)
}

#[derive(Template, WebTemplate)]
#[template(path = "sign_in.html")]
pub(super) struct SignInPage {
    ctx: PageCtx,
    failed: bool,
    email: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "totp.html")]
pub(super) struct TotpPage {
    ctx: PageCtx,
    failed: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "message.html")]
pub(super) struct MessagePage {
    ctx: PageCtx,
    title_key: &'static str,
    text_key: &'static str,
    link: Option<&'static str>,
    link_key: &'static str,
}

fn message(ctx: PageCtx, title_key: &'static str, text_key: &'static str) -> MessagePage {
    MessagePage { ctx, title_key, text_key, link: Some("/sign-in"), link_key: "nav-sign-in" }
}

/// `GET /sign-in`.
pub(super) async fn sign_in_page(ctx: PageCtx) -> SignInPage {
    SignInPage { ctx, failed: false, email: String::new() }
}

#[derive(Deserialize)]
pub(super) struct SignInForm {
    email: String,
    password: String,
    totp: Option<String>,
}

/// `POST /sign-in`: the password (and, for staff, the TOTP code, now or on the next page).
pub(super) async fn sign_in(
    State(state): State<AppState>,
    session: Session,
    ctx: PageCtx,
    Form(form): Form<SignInForm>,
) -> Response {
    match service::sign_in_with_password(&state, &form.email, &form.password, form.totp.as_deref()).await {
        Ok(PasswordOutcome::SignedIn(account)) => match begin_session(&state, &session, &account, Level::Full).await {
            Ok(()) => Redirect::to("/home").into_response(),
            Err(problem) => problem.into_response(),
        },
        Ok(PasswordOutcome::NeedsTotp(account)) => {
            match begin_session(&state, &session, &account, Level::AwaitingTotp).await {
                Ok(()) => TotpPage { ctx, failed: false }.into_response(),
                Err(problem) => problem.into_response(),
            }
        }
        Ok(PasswordOutcome::MustEnrolTotp(account)) => {
            match begin_session(&state, &session, &account, Level::MustEnrolTotp).await {
                Ok(()) => Redirect::to("/account/totp").into_response(),
                Err(problem) => problem.into_response(),
            }
        }
        Err(AuthError::Refused | AuthError::BadInput(_) | AuthError::InvalidToken | AuthError::Forbidden) => {
            (StatusCode::UNAUTHORIZED, SignInPage { ctx, failed: true, email: form.email }).into_response()
        }
        Err(AuthError::Store(e)) => internal(ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct TotpForm {
    totp: String,
}

/// `POST /sign-in/totp`: the second step for staff.
pub(super) async fn sign_in_totp(
    State(state): State<AppState>,
    session: Session,
    ctx: PageCtx,
    Form(form): Form<TotpForm>,
) -> Response {
    let pending = match session_state(&state, &session).await {
        Ok(pending) => pending.filter(|s| s.level == Level::AwaitingTotp),
        Err(problem) => return problem.into_response(),
    };
    let Some(pending) = pending else {
        return Redirect::to("/sign-in").into_response();
    };
    match service::complete_totp(&state, pending.account.id, &form.totp).await {
        Ok(account) => match begin_session(&state, &session, &account, Level::Full).await {
            Ok(()) => Redirect::to("/home").into_response(),
            Err(problem) => problem.into_response(),
        },
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => (StatusCode::UNAUTHORIZED, TotpPage { ctx, failed: true }).into_response(),
    }
}

#[derive(Deserialize)]
pub(super) struct EmailForm {
    email: String,
}

/// `POST /sign-in/email`: sends a sign-in link if the address has a participant account; the answer is
/// the same either way.
pub(super) async fn request_link(State(state): State<AppState>, ctx: PageCtx, Form(form): Form<EmailForm>) -> Response {
    match service::request_sign_in_link(&state, &form.email, ctx.lang.code()).await {
        Ok(()) => MessagePage {
            ctx,
            title_key: "sign-in-link-sent-title",
            text_key: "sign-in-link-sent-text",
            link: None,
            link_key: "",
        }
        .into_response(),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "link_confirm.html")]
pub(super) struct LinkConfirmPage {
    ctx: PageCtx,
    token: String,
}

/// `GET /sign-in/link/{token}`: a page with a button; signing in needs the POST, so that mail scanners
/// that open links do not use them up.
pub(super) async fn link_page(State(state): State<AppState>, ctx: PageCtx, Path(token): Path<String>) -> Response {
    match service::token_usable(&state, &token, "sign-in").await {
        Ok(true) => LinkConfirmPage { ctx, token }.into_response(),
        Ok(false) => (StatusCode::NOT_FOUND, message(ctx, "link-invalid-title", "link-invalid-text")).into_response(),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct TokenForm {
    token: String,
}

/// `POST /sign-in/link`: uses the link.
pub(super) async fn use_link(
    State(state): State<AppState>,
    session: Session,
    ctx: PageCtx,
    Form(form): Form<TokenForm>,
) -> Response {
    match service::consume_sign_in_link(&state, &form.token).await {
        Ok(account) => match begin_session(&state, &session, &account, Level::Full).await {
            Ok(()) => Redirect::to("/home").into_response(),
            Err(problem) => problem.into_response(),
        },
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => (StatusCode::BAD_REQUEST, message(ctx, "link-invalid-title", "link-invalid-text")).into_response(),
    }
}

/// `POST /sign-out`.
pub(super) async fn sign_out(State(state): State<AppState>, session: Session, MaybeUser(user): MaybeUser) -> Response {
    if let Some(user) = user {
        let organisation = crate::services::audit::home_organisation(&state, &user.account).await.ok().flatten();
        let event = crate::services::audit::event(AuditAction::SignOut, Some(&user.account), organisation, None);
        if let Err(e) = crate::services::audit::record(&state, event).await {
            return crate::error::Problem::internal(&e).into_response();
        }
    }
    let _ = session.flush().await;
    Redirect::to("/").into_response()
}

pub(super) struct LinkItem {
    href: &'static str,
    label: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "dashboard.html")]
pub(super) struct DashboardPage {
    ctx: PageCtx,
    items: Vec<LinkItem>,
}

/// `GET /home`: every page the user may reach.
pub(super) async fn dashboard(user: CurrentUser, ctx: PageCtx) -> DashboardPage {
    let mut items = vec![
        LinkItem { href: "/pairings", label: ctx.t("dashboard-pairings") },
        LinkItem { href: "/account", label: ctx.t("dashboard-account") },
    ];
    if user.is_staff() {
        items.push(LinkItem { href: "/review", label: ctx.t("dashboard-review") });
        items.push(LinkItem { href: "/account/totp", label: ctx.t("dashboard-totp") });
    }
    if user.has_role(StaffRole::Administrator) {
        items.push(LinkItem { href: "/staff", label: ctx.t("dashboard-staff") });
        items.push(LinkItem { href: "/organisation/policy", label: ctx.t("dashboard-policy") });
    }
    if user.has_role(StaffRole::Auditor) {
        items.push(LinkItem { href: "/audit", label: ctx.t("dashboard-audit") });
    }
    DashboardPage { ctx, items }
}

#[derive(Template, WebTemplate)]
#[template(path = "account.html")]
pub(super) struct AccountPage {
    ctx: PageCtx,
    notice: Option<&'static str>,
    notification_email: String,
    participant: bool,
    share_read_receipts: bool,
}

#[derive(Deserialize)]
pub(super) struct Done {
    done: Option<String>,
}

/// Notices a redirect may ask for, by a fixed word (never free text in a URL).
fn notice(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "saved" => Some("account-saved"),
        "password" => Some("account-password-done"),
        "password-refused" => Some("account-password-refused"),
        "invalid-email" => Some("account-invalid-email"),
        "invited" => Some("staff-invited"),
        "invite-refused" => Some("staff-invite-refused"),
        _ => None,
    }
}

/// `GET /account`.
pub(super) async fn account_page(user: CurrentUser, ctx: PageCtx, Query(done): Query<Done>) -> AccountPage {
    let notification_email =
        user.account.notification_email.as_ref().map(|e| e.as_str().to_owned()).unwrap_or_default();
    AccountPage {
        ctx,
        notice: notice(done.done.as_deref()),
        notification_email,
        participant: user.account.kind == AccountKind::Participant,
        share_read_receipts: user.account.share_read_receipts,
    }
}

#[derive(Deserialize)]
pub(super) struct LanguageForm {
    language: String,
}

/// `POST /account/language`.
pub(super) async fn set_language(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<LanguageForm>,
) -> Response {
    let Some(lang) = super::i18n::Lang::from_code(&form.language) else {
        return (StatusCode::UNPROCESSABLE_ENTITY, "unknown language").into_response();
    };
    match account::set_language(&state, &user, Some(lang.code())).await {
        Ok(()) => Redirect::to("/account?done=saved").into_response(),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct NotificationForm {
    notification_email: String,
}

/// `POST /account/notification-email`.
pub(super) async fn set_notification_email(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<NotificationForm>,
) -> Response {
    let email = match form.notification_email.trim() {
        "" => None,
        text => match twinbridge_domain::Email::parse(text) {
            Ok(email) => Some(email),
            Err(_) => return Redirect::to("/account?done=invalid-email").into_response(),
        },
    };
    match account::set_notification_email(&state, &user, email.as_ref()).await {
        Ok(()) => Redirect::to("/account?done=saved").into_response(),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct ReadReceiptsForm {
    /// Present (any value) when the box is ticked; browsers leave unticked boxes out.
    share: Option<String>,
}

/// `POST /account/read-receipts`: whether writers may see that this participant has read their letters.
/// The choice is audited like other privacy choices.
pub(super) async fn set_read_receipts(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<ReadReceiptsForm>,
) -> Response {
    match account::set_read_receipts(&state, &user, form.share.is_some()).await {
        Ok(()) => Redirect::to("/account?done=saved").into_response(),
        Err(AccountError::Forbidden(why)) => (StatusCode::FORBIDDEN, why).into_response(),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct PasswordForm {
    #[serde(default)]
    current: String,
    new: String,
}

/// `POST /account/password`: other sessions end; this one continues with a fresh id.
pub(super) async fn set_password(
    State(state): State<AppState>,
    session: Session,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<PasswordForm>,
) -> Response {
    match service::change_password(&state, &user.account, &form.current, &form.new).await {
        Ok(_) => {
            let account = account::current(&state, user.account.id).await;
            match account {
                Ok(Some(account)) if !user.via_token => {
                    match begin_session(&state, &session, &account, Level::Full).await {
                        Ok(()) => Redirect::to("/account?done=password").into_response(),
                        Err(problem) => problem.into_response(),
                    }
                }
                Ok(_) => Redirect::to("/account?done=password").into_response(),
                Err(e) => internal(ctx, &e),
            }
        }
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => Redirect::to("/account?done=password-refused").into_response(),
    }
}

/// `POST /account/sign-out-everywhere`.
pub(super) async fn sign_out_everywhere(
    State(state): State<AppState>,
    session: Session,
    user: CurrentUser,
    ctx: PageCtx,
) -> Response {
    match service::sign_out_everywhere(&state, &user.account).await {
        Ok(()) => {
            let _ = session.flush().await;
            Redirect::to("/sign-in").into_response()
        }
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "totp_enrol.html")]
pub(super) struct EnrolPage {
    ctx: PageCtx,
    failed: bool,
    secret: String,
    qr: String,
}

/// A staff member who may enrol: fully signed in, or just invited and not yet enrolled. Anyone else is
/// sent to sign in; a database that does not answer gets its 503.
async fn enrolling_staff(state: &AppState, session: &Session) -> Result<Account, Response> {
    let checked = session_state(state, session).await.map_err(IntoResponse::into_response)?;
    checked
        .filter(|c| matches!(c.level, Level::Full | Level::MustEnrolTotp) && c.account.kind == AccountKind::Staff)
        .map(|c| c.account)
        .ok_or_else(|| Redirect::to("/sign-in").into_response())
}

fn enrol_page(ctx: PageCtx, account: &Account, secret: String, failed: bool) -> Response {
    match totp::enrolment(&secret, account.email.as_str()) {
        Some((_, qr)) => EnrolPage { ctx, failed, secret, qr }.into_response(),
        None => internal(ctx, &AuthError::Refused),
    }
}

/// `GET /account/totp`.
pub(super) async fn enrol_form(State(state): State<AppState>, session: Session, ctx: PageCtx) -> Response {
    let account = match enrolling_staff(&state, &session).await {
        Ok(account) => account,
        Err(response) => return response,
    };
    enrol_page(ctx, &account, totp::new_secret(), false)
}

#[derive(Deserialize)]
pub(super) struct EnrolForm {
    secret: String,
    code: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "recovery_codes.html")]
pub(super) struct RecoveryCodesPage {
    ctx: PageCtx,
    codes: Vec<String>,
}

/// `POST /account/totp`: confirms the new authenticator with a code from it.
pub(super) async fn enrol(
    State(state): State<AppState>,
    session: Session,
    ctx: PageCtx,
    Form(form): Form<EnrolForm>,
) -> Response {
    let account = match enrolling_staff(&state, &session).await {
        Ok(account) => account,
        Err(response) => return response,
    };
    match service::enrol_totp(&state, &account, form.secret.trim(), &form.code).await {
        Ok(codes) => match begin_session(&state, &session, &account, Level::Full).await {
            Ok(()) => {
                let ctx = PageCtx {
                    visitor: Some(super::ctx::Visitor { staff: true, administrator: false, auditor: false }),
                    ..ctx
                };
                RecoveryCodesPage { ctx, codes }.into_response()
            }
            Err(problem) => problem.into_response(),
        },
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => {
            let page = enrol_page(ctx, &account, form.secret.trim().to_owned(), true);
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
        }
    }
}

pub(super) struct StaffMember {
    id: AccountId,
    name: String,
    email: String,
    roles: String,
    disabled: bool,
    is_self: bool,
}

pub(super) struct StaffOrganisation {
    id: OrganisationId,
    name: String,
    members: Vec<StaffMember>,
}

#[derive(Template, WebTemplate)]
#[template(path = "staff.html")]
pub(super) struct StaffPage {
    ctx: PageCtx,
    notice: Option<&'static str>,
    organisations: Vec<StaffOrganisation>,
}

/// `GET /staff`: administrators see and manage the staff of their own organisations only.
pub(super) async fn staff_page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(done): Query<Done>,
) -> Response {
    let managed = match staff::of_managed_organisations(&state, &user).await {
        Ok(managed) => managed,
        Err(e) => return internal(ctx, &e),
    };
    if managed.is_empty() {
        return super::pages::not_found_page(ctx);
    }
    let mut organisations = Vec::new();
    for OrganisationStaff { id: org, name, members } in managed {
        let members = members
            .into_iter()
            .map(|(account, roles)| StaffMember {
                id: account.id,
                name: account.display_name.as_ref().map(|n| n.as_str().to_owned()).unwrap_or_default(),
                email: account.email.as_str().to_owned(),
                roles: roles.iter().map(|r| ctx.t(&format!("role-{}", r.as_str()))).collect::<Vec<_>>().join(", "),
                disabled: account.disabled,
                is_self: account.id == user.account.id,
            })
            .collect();
        organisations.push(StaffOrganisation { id: org, name, members });
    }
    StaffPage { ctx, notice: notice(done.done.as_deref()), organisations }.into_response()
}

#[derive(Deserialize)]
pub(super) struct InviteForm {
    organisation: String,
    name: String,
    email: String,
    coordinator: Option<String>,
    administrator: Option<String>,
    auditor: Option<String>,
}

/// `POST /staff/invite`.
pub(super) async fn invite(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<InviteForm>,
) -> Response {
    let Ok(org) = form.organisation.parse::<OrganisationId>() else { return super::pages::not_found_page(ctx) };
    if !user.organisations_allowing(Action::ManageStaff).contains(&org) {
        return super::pages::not_found_page(ctx);
    }
    let roles: Vec<StaffRole> = [
        (form.coordinator.is_some(), StaffRole::Coordinator),
        (form.administrator.is_some(), StaffRole::Administrator),
        (form.auditor.is_some(), StaffRole::Auditor),
    ]
    .into_iter()
    .filter_map(|(chosen, role)| chosen.then_some(role))
    .collect();
    match service::invite_staff(&state, user.account.id, org, &form.email, &form.name, &roles, ctx.lang.code()).await {
        Ok(_) => Redirect::to("/staff?done=invited").into_response(),
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => Redirect::to("/staff?done=invite-refused").into_response(),
    }
}

async fn set_disabled(state: &AppState, user: &CurrentUser, ctx: PageCtx, target: &str, disabled: bool) -> Response {
    let Ok(target) = target.parse::<AccountId>() else { return super::pages::not_found_page(ctx) };
    if target == user.account.id {
        return super::pages::not_found_page(ctx);
    }
    match service::set_staff_disabled(
        state,
        user.account.id,
        &user.organisations_allowing(Action::ManageStaff),
        target,
        disabled,
    )
    .await
    {
        Ok(()) => Redirect::to("/staff?done=saved").into_response(),
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => super::pages::not_found_page(ctx),
    }
}

/// `POST /staff/{id}/disable`.
pub(super) async fn disable(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    set_disabled(&state, &user, ctx, &id, true).await
}

/// `POST /staff/{id}/enable`.
pub(super) async fn enable(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    set_disabled(&state, &user, ctx, &id, false).await
}

#[derive(Template, WebTemplate)]
#[template(path = "invitation.html")]
pub(super) struct InvitationPage {
    ctx: PageCtx,
    failed: bool,
    token: String,
}

/// `GET /invitation/{token}`.
pub(super) async fn invitation_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Response {
    match service::token_usable(&state, &token, "invitation").await {
        Ok(true) => InvitationPage { ctx, failed: false, token }.into_response(),
        Ok(false) => (StatusCode::NOT_FOUND, message(ctx, "link-invalid-title", "link-invalid-text")).into_response(),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct InvitationForm {
    token: String,
    password: String,
}

/// `POST /invitation`: sets the password; the authenticator comes next.
pub(super) async fn accept_invitation(
    State(state): State<AppState>,
    session: Session,
    ctx: PageCtx,
    Form(form): Form<InvitationForm>,
) -> Response {
    match service::accept_invitation(&state, &form.token, &form.password).await {
        Ok(account) => match begin_session(&state, &session, &account, Level::MustEnrolTotp).await {
            Ok(()) => Redirect::to("/account/totp").into_response(),
            Err(problem) => problem.into_response(),
        },
        Err(AuthError::BadInput(_)) => {
            (StatusCode::UNPROCESSABLE_ENTITY, InvitationPage { ctx, failed: true, token: form.token }).into_response()
        }
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => (StatusCode::NOT_FOUND, message(ctx, "link-invalid-title", "link-invalid-text")).into_response(),
    }
}
