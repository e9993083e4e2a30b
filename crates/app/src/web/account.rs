//! The pages of a signed-in person's own account: the overview after sign-in and the account settings
//! (signing in is `sign_in.rs`, staff management `staff.rs`).

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use tower_sessions::Session;
use twinbridge_domain::notice::{DigestFrequency, MailChoices, MailKind};
use twinbridge_domain::{AccountKind, StaffRole};

use super::ctx::PageCtx;
use super::pages::internal_error_page;
use crate::auth::extract::begin_session;
use crate::auth::service::{self, AuthError};
use crate::auth::{CurrentUser, Level};
use crate::error::ErrorChain;
use crate::services::account::{self, AccountError};
use crate::state::AppState;

pub(super) fn internal(ctx: PageCtx, err: &(dyn std::error::Error + 'static)) -> Response {
    let id = uuid::Uuid::new_v4().to_string();
    tracing::error!(error_id = %id, error = %ErrorChain(err), "page failed");
    internal_error_page(ctx, id)
}

#[derive(Template, WebTemplate)]
#[template(path = "message.html")]
pub(super) struct MessagePage {
    pub(super) ctx: PageCtx,
    pub(super) title_key: &'static str,
    pub(super) text_key: &'static str,
    pub(super) link: Option<&'static str>,
    pub(super) link_key: &'static str,
}

pub(super) fn message(ctx: PageCtx, title_key: &'static str, text_key: &'static str) -> MessagePage {
    MessagePage { ctx, title_key, text_key, link: Some("/sign-in"), link_key: "nav-sign-in" }
}

pub(super) struct LinkItem {
    href: &'static str,
    label: String,
}

/// A line of "waiting for you", in the reader's words.
pub(super) struct WaitingLine {
    href: String,
    what: String,
    pairing: String,
    since: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "dashboard.html")]
pub(super) struct DashboardPage {
    ctx: PageCtx,
    items: Vec<LinkItem>,
    waiting: Vec<WaitingLine>,
}

/// `GET /home`: every page the user may reach.
pub(super) async fn dashboard(State(state): State<AppState>, user: CurrentUser, ctx: PageCtx) -> Response {
    let mut items = vec![
        LinkItem { href: "/pairings", label: ctx.t("dashboard-pairings") },
        LinkItem { href: "/questions", label: ctx.t("dashboard-questions") },
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
    match crate::services::registrations::works_with_registrations(&state, &user).await {
        Ok(true) => items.push(LinkItem { href: "/registrations", label: ctx.t("dashboard-registrations") }),
        Ok(false) => {}
        Err(e) => return internal(ctx, &e),
    }
    let waiting = match crate::services::waiting::for_user(&state, &user).await {
        Ok(waiting) => waiting,
        Err(e) => return internal(ctx, &e),
    };
    let waiting = waiting
        .into_iter()
        .map(|w| WaitingLine {
            what: ctx.t(&format!("waiting-{}", w.kind.as_str())),
            pairing: match w.reference {
                Some(reference) => ctx.lang.t_args("waiting-pairing", &[("reference".into(), reference)]),
                None => ctx.t("waiting-general"),
            },
            since: ctx.lang.t_args("waiting-since", &[("date".into(), ctx.day(w.since.date_naive()))]),
            href: w.path,
        })
        .collect();
    DashboardPage { ctx, items, waiting }.into_response()
}

#[derive(Template, WebTemplate)]
#[template(path = "account.html")]
pub(super) struct AccountPage {
    ctx: PageCtx,
    notice: Option<&'static str>,
    notification_email: String,
    participant: bool,
    share_read_receipts: bool,
    /// The kinds this person may turn off: (name, label, on).
    mail_kinds: Vec<(&'static str, String, bool)>,
    /// Staff: the digest frequencies: (name, label, chosen).
    digest: Vec<(&'static str, String, bool)>,
}

#[derive(Deserialize)]
pub(super) struct Done {
    pub(super) done: Option<String>,
}

/// Notices a redirect may ask for, by a fixed word (never free text in a URL).
pub(super) fn notice(done: Option<&str>) -> Option<&'static str> {
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
        notice: notice(done.done.as_deref()),
        notification_email,
        participant: user.account.kind == AccountKind::Participant,
        share_read_receipts: user.account.share_read_receipts,
        mail_kinds: offered(&user)
            .iter()
            .map(|k| (k.as_str(), ctx.t(&format!("account-mail-{}", k.as_str())), user.account.mail.wants(*k)))
            .collect(),
        digest: if user.is_staff() {
            DigestFrequency::ALL
                .iter()
                .map(|f| (f.as_str(), ctx.t(&format!("account-digest-{}", f.as_str())), user.account.mail.digest == *f))
                .collect()
        } else {
            Vec::new()
        },
        ctx,
    }
}

/// The kinds of e-mail this person may turn off.
fn offered(user: &CurrentUser) -> &'static [MailKind] {
    if user.is_staff() { &MailKind::STAFF_CHOICES } else { &MailKind::PARTICIPANT_CHOICES }
}

/// `POST /account/mail`: the kinds ticked stay on, the others are turned off; staff choose the digest's
/// frequency. The form lists every kind, so a kind left out is one unticked.
pub(super) async fn set_mail_choices(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<Vec<(String, String)>>,
) -> Response {
    let on: Vec<&str> = form.iter().filter(|(k, _)| k == "on").map(|(_, v)| v.as_str()).collect();
    let digest = match form.iter().find(|(k, _)| k == "digest") {
        Some((_, v)) => match v.parse::<DigestFrequency>() {
            Ok(f) => f,
            Err(e) => return (StatusCode::UNPROCESSABLE_ENTITY, e.to_string()).into_response(),
        },
        None => user.account.mail.digest,
    };
    let choices =
        MailChoices { off: offered(&user).iter().copied().filter(|k| !on.contains(&k.as_str())).collect(), digest };
    match account::set_mail_choices(&state, &user, choices).await {
        Ok(()) => Redirect::to("/account?done=saved").into_response(),
        Err(AccountError::BadInput(why)) => (StatusCode::UNPROCESSABLE_ENTITY, why).into_response(),
        Err(e) => internal(ctx, &e),
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
