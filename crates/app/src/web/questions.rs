//! The pages of questions: `/ask` for visitors and participants, the visitor's thread behind their link,
//! and `/questions` — a participant's own questions, or the queue of the staff who answer them.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::account::internal;
use super::ctx::PageCtx;
use super::pages::{FAQ_TOPICS, not_found_page};
use crate::auth::CurrentUser;
use crate::services::questions::{self, NewQuestion, QuestionError, QuestionLine, QuestionView};
use crate::state::AppState;
use tower_sessions::Session;

#[derive(Template, WebTemplate)]
#[template(path = "ask.html")]
pub(super) struct AskPage {
    ctx: PageCtx,
    /// A signed-in participant (else a visitor).
    participant: bool,
    /// The participant's pairings: (id, reference).
    pairings: Vec<(String, String)>,
    /// The participant's questions.
    questions: Vec<QuestionLine>,
    email: String,
    body: String,
    /// The pairing chosen in the form (kept when it is refused).
    chosen: String,
    /// A refusal: the field it is about (`email`, `body`, …) and what to do.
    error: Option<(String, String)>,
    /// A word on what happened (the question was kept across a sign-in).
    notice: Option<String>,
}

impl AskPage {
    /// The refusal to show beside `field`, if it is about that field.
    fn error_for(&self, field: &str) -> Option<&str> {
        self.error.as_ref().filter(|(f, _)| f == field).map(|(_, message)| message.as_str())
    }
}

/// What the ask form shows again: the typed address and question, and a refusal or a notice.
#[derive(Default)]
struct Typed {
    email: String,
    body: String,
    chosen: String,
    error: Option<(String, String)>,
    notice: Option<String>,
}

async fn ask_page(state: &AppState, user: Option<&CurrentUser>, ctx: PageCtx, typed: Typed) -> Response {
    let Typed { email, body, chosen, error, notice } = typed;
    let (pairings, questions) = match user {
        Some(user) => {
            let pairings = match crate::services::pairings::list(state, user).await {
                Ok(p) => p
                    .into_iter()
                    .map(|p| (p.id, ctx.lang.t_args("waiting-pairing", &[("reference".into(), p.reference)])))
                    .collect(),
                Err(e) => return internal(ctx, &e),
            };
            match questions::list(state, user).await {
                Ok(q) => (pairings, q),
                Err(e) => return internal(ctx, &e),
            }
        }
        None => (Vec::new(), Vec::new()),
    };
    let status = if error.is_some() { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    let page = AskPage { ctx, participant: user.is_some(), pairings, questions, email, body, chosen, error, notice };
    (status, page).into_response()
}

/// `GET /ask`: staff go to their queue.
pub(super) async fn ask_form(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    session: Session,
    ctx: PageCtx,
) -> Response {
    if user.as_ref().is_some_and(CurrentUser::is_staff) {
        return Redirect::to("/questions").into_response();
    }
    if let Some(signed_in) = &user
        && let Some(kept) = super::kept::take(&state, &session, signed_in, |a| a == "/ask").await
    {
        let notice = Some(ctx.t("form-kept"));
        return ask_page(&state, user.as_ref(), ctx, Typed { body: kept.get("body"), notice, ..Typed::default() })
            .await;
    }
    ask_page(&state, user.as_ref(), ctx, Typed::default()).await
}

#[derive(Debug, Deserialize)]
pub(super) struct AskForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    pairing_id: String,
}

/// `POST /ask`: a participant's question goes to their organisation at once; a visitor's waits for the
/// confirmation of their address.
pub(super) async fn ask(
    State(state): State<AppState>,
    user: Option<CurrentUser>,
    ctx: PageCtx,
    Form(form): Form<AskForm>,
) -> Response {
    let result = match &user {
        Some(user) if user.is_staff() => return Redirect::to("/questions").into_response(),
        Some(user) => {
            let new = NewQuestion { body: form.body.clone(), pairing_id: Some(form.pairing_id.clone()) };
            match questions::ask(&state, user, new).await {
                Ok(line) => return Redirect::to(&format!("/questions/{}", line.id)).into_response(),
                Err(e) => Err(e),
            }
        }
        None => questions::ask_as_visitor(&state, &form.email, &form.body, None, ctx.lang.code()).await,
    };
    match result {
        Ok(()) => super::account::MessagePage {
            ctx,
            title_key: "ask-sent-title",
            text_key: "ask-sent-text",
            link: Some("/faq"),
            link_key: "home-faq-link",
        }
        .into_response(),
        Err(QuestionError::Invalid { field, .. }) => {
            let error = Some((field.to_string(), ctx.t(&format!("ask-invalid-{field}"))));
            let typed = Typed { email: form.email, body: form.body, chosen: form.pairing_id, error, notice: None };
            ask_page(&state, user.as_ref(), ctx, typed).await
        }
        Err(QuestionError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "question.html")]
pub(super) struct QuestionPage {
    ctx: PageCtx,
    question: QuestionView,
    /// Where the forms post: `/questions/{id}` or `/ask/{token}`.
    base: String,
    /// Whether the caller may close it (a signed-in asker or staff, while it is open).
    may_close: bool,
    /// The visitor's question waits for the confirmation of their address.
    unconfirmed: bool,
    faq: Vec<(&'static str, String)>,
    notice: Option<String>,
    /// The screen's warnings for staff, in plain words of the page's language.
    warnings: Vec<(String, String)>,
    /// What was typed into the answer or follow-up form and refused or kept across a sign-in.
    typed: TypedMessage,
}

/// A message typed into the thread page's forms, shown again.
#[derive(Default)]
pub(super) struct TypedMessage {
    answer: String,
    faq: String,
    follow_up: String,
    /// The refusal, beside the field of the form it is about (`answer` or `follow-up`).
    refused: Option<(&'static str, String)>,
}

impl QuestionPage {
    fn new(ctx: PageCtx, view: QuestionView, base: String, notice: Option<&str>) -> Self {
        let faq = FAQ_TOPICS.iter().map(|t| (*t, ctx.t(&format!("faq-{t}-q")))).collect();
        let notice = notice.map(|n| ctx.t(&format!("question-notice-{n}")));
        let may_close = (view.may_answer || view.may_follow_up) && base.starts_with("/questions/");
        // The asker's own details matched: "your side's participant" reads right for the asker's coordinator.
        let warnings = view
            .findings
            .iter()
            .map(|f| (f.text.clone(), super::findings::reason(&ctx, f, super::findings::Reader::Staff)))
            .collect();
        let typed = TypedMessage::default();
        Self {
            unconfirmed: view.status == "unconfirmed",
            ctx,
            question: view,
            base,
            may_close,
            faq,
            notice,
            warnings,
            typed,
        }
    }

    /// The refusal to show beside the field of `form`.
    fn error_for(&self, form: &str) -> Option<&str> {
        self.typed.refused.as_ref().filter(|(f, _)| *f == form).map(|(_, message)| message.as_str())
    }
}

#[derive(Deserialize)]
pub(super) struct Done {
    done: Option<String>,
}

fn notice_of(done: Option<&str>) -> Option<&'static str> {
    match done? {
        "answered" => Some("answered"),
        "sent" => Some("sent"),
        "closed" => Some("closed"),
        "conflict" => Some("conflict"),
        "invalid" => Some("invalid"),
        _ => None,
    }
}

/// `GET /ask/{token}`: the visitor's question behind the link in their e-mail.
pub(super) async fn visitor_page(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
    Query(done): Query<Done>,
) -> Response {
    let found = questions::visitor_thread(&state, &token).await;
    thread_page(ctx, found, format!("/ask/{token}"), done)
}

/// The thread page, or why there is none.
fn thread_page(ctx: PageCtx, found: Result<QuestionView, QuestionError>, base: String, done: Done) -> Response {
    match found {
        Ok(view) => QuestionPage::new(ctx, view, base, notice_of(done.done.as_deref())).into_response(),
        Err(QuestionError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}

/// `POST /ask/{token}/confirm`.
pub(super) async fn visitor_confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Response {
    match questions::confirm_visitor(&state, &token).await {
        Ok(()) => Redirect::to(&format!("/ask/{token}?done=sent")).into_response(),
        Err(QuestionError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}

#[derive(Deserialize)]
pub(super) struct MessageForm {
    #[serde(default)]
    body: String,
    #[serde(default)]
    faq: String,
}

fn after_step(base: &str, result: Result<(), QuestionError>, done: &str, ctx: PageCtx) -> Response {
    match result {
        Ok(()) => Redirect::to(&format!("{base}?done={done}")).into_response(),
        Err(QuestionError::Invalid { .. }) => Redirect::to(&format!("{base}?done=invalid")).into_response(),
        Err(QuestionError::Conflict(_)) => Redirect::to(&format!("{base}?done=conflict")).into_response(),
        Err(QuestionError::NotFound | QuestionError::Forbidden(_)) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}

/// `POST /ask/{token}/follow-up`.
pub(super) async fn visitor_follow_up(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
    Form(form): Form<MessageForm>,
) -> Response {
    let result = questions::visitor_follow_up(&state, &token, &form.body).await.map(|_| ());
    after_step(&format!("/ask/{token}"), result, "sent", ctx)
}

#[derive(Template, WebTemplate)]
#[template(path = "questions.html")]
pub(super) struct ListPage {
    ctx: PageCtx,
    staff: bool,
    questions: Vec<QuestionLine>,
}

impl ListPage {
    fn hours(&self, hours: &i64) -> String {
        self.ctx.lang.t_args("questions-hours", &[("hours".into(), hours.to_string())])
    }
}

/// `GET /questions`.
pub(super) async fn list(State(state): State<AppState>, user: CurrentUser, ctx: PageCtx) -> Response {
    match questions::list(&state, &user).await {
        Ok(questions) => ListPage { ctx, staff: user.is_staff(), questions }.into_response(),
        Err(e) => internal(ctx, &e),
    }
}

/// `GET /questions/{id}`.
pub(super) async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    session: Session,
    Query(done): Query<Done>,
) -> Response {
    let base = format!("/questions/{id}");
    let kept = super::kept::take(&state, &session, &user, |a| a.starts_with(&format!("{base}/"))).await;
    let Some(kept) = kept else {
        return thread_page(ctx, questions::thread(&state, &user, &id).await, base, done);
    };
    let view = match questions::thread(&state, &user, &id).await {
        Ok(view) => view,
        Err(QuestionError::NotFound) => return not_found_page(ctx),
        Err(e) => return internal(ctx, &e),
    };
    let which = if kept.is_for(&format!("{base}/answer")) { "answer" } else { "follow-up" };
    let refusal = notice_of(done.done.as_deref()).filter(|n| matches!(*n, "invalid" | "conflict"));
    let mut page = QuestionPage::new(ctx, view, base, None);
    page.typed = TypedMessage {
        answer: if which == "answer" { kept.get("body") } else { String::new() },
        faq: if which == "answer" { kept.get("faq") } else { String::new() },
        follow_up: if which == "follow-up" { kept.get("body") } else { String::new() },
        refused: refusal.map(|n| (which, page.ctx.t(&format!("question-notice-{n}")))),
    };
    if kept.signed_out {
        page.notice = Some(page.ctx.t("form-kept"));
    }
    page.into_response()
}

/// A message refused on a signed-in thread is kept for the page, which shows it again with the reason
/// beside it.
async fn keep_if_refused(
    state: &AppState,
    session: &Session,
    user: &CurrentUser,
    action: &str,
    form: MessageForm,
    result: &Result<(), QuestionError>,
) {
    if matches!(result, Err(QuestionError::Invalid { .. } | QuestionError::Conflict(_))) {
        let fields = vec![("body".to_owned(), form.body), ("faq".to_owned(), form.faq)];
        super::kept::keep_refused(state, session, user, action, fields).await;
    }
}

/// `POST /questions/{id}/answer`: staff answer, with a FAQ entry inserted if chosen.
pub(super) async fn answer(
    State(state): State<AppState>,
    user: CurrentUser,
    session: Session,
    ctx: PageCtx,
    Path(id): Path<String>,
    Form(form): Form<MessageForm>,
) -> Response {
    let base = format!("/questions/{id}");
    let view = match questions::thread(&state, &user, &id).await {
        Ok(view) => view,
        Err(e) => return after_step(&base, Err(e), "answered", ctx),
    };
    let lang = super::i18n::Lang::from_code(&view.language).unwrap_or(super::i18n::Lang::En);
    let faq = Some(form.faq.trim()).filter(|t| !t.is_empty()).and_then(|t| super::pages::faq_text(lang, t));
    let result = questions::answer(&state, &user, &id, &form.body, faq).await.map(|_| ());
    keep_if_refused(&state, &session, &user, &format!("{base}/answer"), form, &result).await;
    after_step(&base, result, "answered", ctx)
}

/// `POST /questions/{id}/follow-up`.
pub(super) async fn follow_up(
    State(state): State<AppState>,
    user: CurrentUser,
    session: Session,
    ctx: PageCtx,
    Path(id): Path<String>,
    Form(form): Form<MessageForm>,
) -> Response {
    let result = questions::follow_up(&state, &user, &id, &form.body).await.map(|_| ());
    let action = format!("/questions/{id}/follow-up");
    keep_if_refused(&state, &session, &user, &action, form, &result).await;
    after_step(&format!("/questions/{id}"), result, "sent", ctx)
}

/// `POST /questions/{id}/close`.
pub(super) async fn close(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Response {
    let result = questions::close(&state, &user, &id).await.map(|_| ());
    after_step(&format!("/questions/{id}"), result, "closed", ctx)
}
