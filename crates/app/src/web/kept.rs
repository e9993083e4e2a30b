//! Nothing typed is lost. A form with typed text (a letter, a translation, a review note, a question, an
//! answer, a health update) that reaches the server after the session ended is kept in the session,
//! sealed with the key ring like every letter text at rest, and the sign-in leads back to its page, where
//! the form is filled in again. A form the server refuses after a redirect is kept the same way, so that
//! the page shows it again with the reason beside the field.

use axum::extract::{FromRequest, Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::auth::CurrentUser;
use crate::state::AppState;

/// Session keys: the sealed form, and the page the sign-in leads back to (in clear: ids only).
const KEPT_FORM: &str = "kept_form";
const KEPT_RETURN: &str = "kept_return";

fn kept_place() -> twinbridge_crypto::FieldPlace<'static> {
    twinbridge_crypto::FieldPlace { table: "sessions", column: "kept_form", row: b"kept-form" }
}

/// A form kept for its page: where it was sent and what it held.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct Kept {
    /// The account whose session it came from, when known: only that account gets it back.
    account: Option<String>,
    /// The path the form was sent to, e.g. `/letters/{id}/translation`.
    pub(super) action: String,
    /// Its fields in order (a name may come more than once, as ticked boxes do).
    fields: Vec<(String, String)>,
    /// Kept because the session had ended (the page says so), not because the form was refused.
    pub(super) signed_out: bool,
}

impl Kept {
    /// The first value of a field, or an empty text.
    pub(super) fn get(&self, name: &str) -> String {
        self.fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default()
    }

    /// Every value of a field.
    pub(super) fn all(&self, name: &str) -> Vec<String> {
        self.fields.iter().filter(|(n, _)| n == name).map(|(_, v)| v.clone()).collect()
    }

    /// Whether it was sent to `action` (a path of the page's forms).
    pub(super) fn is_for(&self, action: &str) -> bool {
        self.action == action
    }
}

fn is_id(segment: &str) -> bool {
    uuid::Uuid::parse_str(segment).is_ok()
}

/// The page a form that takes typed text is on, from the path it is sent to; `None` for every other form.
/// Built from the path's ids only, so the sign-in never leads anywhere a request chose.
pub(super) fn page_of(action: &str) -> Option<String> {
    let parts: Vec<&str> = action.trim_start_matches('/').split('/').collect();
    match parts.as_slice() {
        ["pairings", id, "letters", "new"] if is_id(id) => Some(format!("/pairings/{id}/letters/new")),
        ["pairings", id, "health-updates"] if is_id(id) => Some(format!("/pairings/{id}#contact")),
        ["letters", id, "revise" | "translation" | "review"] if is_id(id) => Some(format!("/letters/{id}")),
        ["questions", id, "answer" | "follow-up"] if is_id(id) => Some(format!("/questions/{id}")),
        ["ask"] => Some("/ask".to_owned()),
        _ => None,
    }
}

async fn store(state: &AppState, session: &Session, kept: &Kept, page: &str) {
    let Ok(plain) = serde_json::to_vec(kept) else { return };
    let sealed = hex::encode(state.keys.encrypt(kept_place(), &plain));
    if session.insert(KEPT_FORM, sealed).await.is_err() || session.insert(KEPT_RETURN, page).await.is_err() {
        tracing::warn!("a form could not be kept");
    }
}

/// Keeps a refused form of `user` for its page, which shows it again (after the redirect that says why).
pub(super) async fn keep_refused(
    state: &AppState,
    session: &Session,
    user: &CurrentUser,
    action: &str,
    fields: Vec<(String, String)>,
) {
    let Some(page) = page_of(action) else { return };
    let kept =
        Kept { account: Some(user.account.id.to_string()), action: action.to_owned(), fields, signed_out: false };
    store(state, session, &kept, &page).await;
    // A refused form leads nowhere after a sign-in: the page it belongs to is where the writer already is.
    let _ = session.remove::<String>(KEPT_RETURN).await;
}

/// The form kept for one of the page's forms (`wanted` says which actions are the page's), taken out of
/// the session: a page shows it once. A form kept from another account's session is dropped unseen.
pub(super) async fn take(
    state: &AppState,
    session: &Session,
    user: &CurrentUser,
    wanted: impl Fn(&str) -> bool,
) -> Option<Kept> {
    session.get::<String>(KEPT_FORM).await.ok().flatten()?;
    let Some(kept) = read(state, session).await else {
        let _ = session.remove::<String>(KEPT_FORM).await;
        return None;
    };
    let foreign = kept.account.as_ref().is_some_and(|a| *a != user.account.id.to_string());
    if !foreign && !wanted(&kept.action) {
        return None;
    }
    let _ = session.remove::<String>(KEPT_FORM).await;
    let _ = session.remove::<String>(KEPT_RETURN).await;
    (!foreign).then_some(kept)
}

/// Where a sign-in of `account` leads: back to the page of a form kept across it, or the overview. A form
/// kept from another account's session is dropped unseen.
pub(super) async fn after_sign_in(state: &AppState, session: &Session, account: &crate::auth::Account) -> String {
    let Some(page) = session.get::<String>(KEPT_RETURN).await.ok().flatten() else { return "/home".to_owned() };
    let kept = read(state, session).await;
    let foreign = kept.as_ref().is_none_or(|k| k.account.as_ref().is_some_and(|a| *a != account.id.to_string()));
    // Stored by [`keep_typed_text`] from [`page_of`]: a path of this site.
    if foreign || !page.starts_with('/') || page.starts_with("//") {
        let _ = session.remove::<String>(KEPT_FORM).await;
        let _ = session.remove::<String>(KEPT_RETURN).await;
        return "/home".to_owned();
    }
    page
}

/// The kept form, unsealed (`None` when there is none or it cannot be read).
async fn read(state: &AppState, session: &Session) -> Option<Kept> {
    let sealed: String = session.get(KEPT_FORM).await.ok().flatten()?;
    hex::decode(&sealed)
        .ok()
        .and_then(|bytes| state.keys.decrypt(kept_place(), &bytes).ok())
        .and_then(|plain| serde_json::from_slice(&plain).ok())
}

fn is_form(request: &Request) -> bool {
    request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"))
}

/// Middleware on the pages: a form with typed text sent without a valid session is kept (see the module
/// docs) and the sender is asked to sign in. A visitor's question (`/ask` from a browser that never
/// signed in) goes on as a visitor's.
pub async fn keep_typed_text(
    State(state): State<AppState>,
    session: Session,
    request: Request,
    next: Next,
) -> Response {
    if request.method() != Method::POST || !is_form(&request) || request.headers().contains_key(header::AUTHORIZATION) {
        return next.run(request).await;
    }
    let action = request.uri().path().to_owned();
    let Some(page) = page_of(&action) else { return next.run(request).await };
    let account: Option<String> = session.get(crate::auth::keys::ACCOUNT).await.ok().flatten();
    let signed_in = match crate::auth::extract::session_state(&state, &session).await {
        Ok(checked) => checked.is_some_and(|c| c.level == crate::auth::Level::Full),
        Err(problem) => return problem.into_response(),
    };
    if signed_in || (action == "/ask" && account.is_none()) {
        return next.run(request).await;
    }
    let fields = match axum::extract::Form::<Vec<(String, String)>>::from_request(request, &()).await {
        Ok(axum::extract::Form(fields)) => fields,
        Err(_) => return Redirect::to("/sign-in").into_response(),
    };
    let fields = fields.into_iter().filter(|(name, _)| name != "action" && name != "decision").collect();
    store(&state, &session, &Kept { account, action, fields, signed_out: true }, &page).await;
    Redirect::to("/sign-in").into_response()
}

#[cfg(test)]
mod tests {
    use super::page_of;

    #[test]
    fn only_forms_with_typed_text_lead_back_and_only_to_their_own_page() {
        let id = "0b7c3a4e-8f1d-4c2a-9e3b-5d6f7a8b9c0d";
        assert_eq!(page_of(&format!("/letters/{id}/translation")), Some(format!("/letters/{id}")));
        assert_eq!(page_of(&format!("/pairings/{id}/letters/new")), Some(format!("/pairings/{id}/letters/new")));
        assert_eq!(page_of(&format!("/questions/{id}/answer")), Some(format!("/questions/{id}")));
        assert_eq!(page_of("/letters/..%2F..%2Fevil/translation"), None);
        assert_eq!(page_of("//evil.example/letters/x/review"), None);
        assert_eq!(page_of(&format!("/letters/{id}/withdraw")), None);
        assert_eq!(page_of("/sign-out"), None);
    }
}
