//! Signing in and out: password and TOTP, an e-mailed link, accepting an invitation, enrolling an
//! authenticator.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;
use twinbridge_domain::AccountKind;

use super::account::{MessagePage, internal, message};
use super::ctx::PageCtx;
use crate::auth::Account;
use crate::auth::extract::{begin_session, session_state};
use crate::auth::service::{self, AuthError, PasswordOutcome};
use crate::auth::{Level, MaybeUser, totp};
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "sign_in.html")]
pub(super) struct SignInPage {
    ctx: PageCtx,
    /// Why the last try failed (a message key).
    failed: Option<&'static str>,
    email: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "totp.html")]
pub(super) struct TotpPage {
    ctx: PageCtx,
    /// Why the last try failed (a message key).
    failed: Option<&'static str>,
}

/// `GET /sign-in`.
pub(super) async fn sign_in_page(ctx: PageCtx) -> SignInPage {
    SignInPage { ctx, failed: None, email: String::new() }
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
            Ok(()) => Redirect::to(&super::kept::after_sign_in(&state, &session, &account).await).into_response(),
            Err(problem) => problem.into_response(),
        },
        Ok(PasswordOutcome::NeedsTotp(account)) => {
            match begin_session(&state, &session, &account, Level::AwaitingTotp).await {
                Ok(()) => TotpPage { ctx, failed: None }.into_response(),
                Err(problem) => problem.into_response(),
            }
        }
        Ok(PasswordOutcome::MustEnrolTotp(account)) => {
            match begin_session(&state, &session, &account, Level::MustEnrolTotp).await {
                Ok(()) => Redirect::to("/account/totp").into_response(),
                Err(problem) => problem.into_response(),
            }
        }
        Err(AuthError::CodeAlreadyUsed) => {
            (StatusCode::UNAUTHORIZED, SignInPage { ctx, failed: Some("sign-in-code-used"), email: form.email })
                .into_response()
        }
        Err(AuthError::Refused | AuthError::BadInput(_) | AuthError::InvalidToken | AuthError::Forbidden) => {
            (StatusCode::UNAUTHORIZED, SignInPage { ctx, failed: Some("sign-in-failed"), email: form.email })
                .into_response()
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
            Ok(()) => Redirect::to(&super::kept::after_sign_in(&state, &session, &account).await).into_response(),
            Err(problem) => problem.into_response(),
        },
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(AuthError::CodeAlreadyUsed) => {
            (StatusCode::UNAUTHORIZED, TotpPage { ctx, failed: Some("sign-in-code-used") }).into_response()
        }
        Err(_) => (StatusCode::UNAUTHORIZED, TotpPage { ctx, failed: Some("sign-in-failed") }).into_response(),
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
            Ok(()) => Redirect::to(&super::kept::after_sign_in(&state, &session, &account).await).into_response(),
            Err(problem) => problem.into_response(),
        },
        Err(AuthError::Store(e)) => internal(ctx, &e),
        Err(_) => (StatusCode::BAD_REQUEST, message(ctx, "link-invalid-title", "link-invalid-text")).into_response(),
    }
}

/// `POST /sign-out`.
pub(super) async fn sign_out(State(state): State<AppState>, session: Session, MaybeUser(user): MaybeUser) -> Response {
    if let Some(user) = user
        && let Err(e) = service::record_sign_out(&state, &user.account).await
    {
        return crate::error::Problem::internal(&e).into_response();
    }
    let _ = session.flush().await;
    Redirect::to("/").into_response()
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
