//! The public pages: home, FAQ, the language switch, error pages and the stylesheet.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use serde::Deserialize;

use super::ctx::PageCtx;
use super::i18n::{LANGUAGE_COOKIE, Lang};
use crate::auth::MaybeUser;
use crate::state::AppState;

#[derive(Template, WebTemplate)]
#[template(path = "home.html")]
pub(super) struct HomePage {
    ctx: PageCtx,
}

pub(super) async fn home(ctx: PageCtx) -> HomePage {
    HomePage { ctx }
}

/// The FAQ topics, in reading order; each has `faq-<topic>-q` and `faq-<topic>-a` in every locale.
pub(crate) const FAQ_TOPICS: [&str; 17] = [
    "anonymity",
    "rules",
    "told",
    "letters",
    "writing",
    "gifts",
    "release",
    "second",
    "meeting",
    "updates",
    "cord",
    "sad",
    "consent",
    "donate",
    "who",
    "process",
    "later",
];

/// A FAQ entry's question and answer in `lang`, to insert into an answer to a question.
pub(crate) fn faq_text(lang: super::i18n::Lang, topic: &str) -> Option<(String, String)> {
    FAQ_TOPICS.contains(&topic).then(|| (lang.t(&format!("faq-{topic}-q")), lang.t(&format!("faq-{topic}-a"))))
}

pub(super) struct FaqEntry {
    topic: &'static str,
    question: String,
    answer: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "faq.html")]
pub(super) struct FaqPage {
    ctx: PageCtx,
    entries: Vec<FaqEntry>,
}

pub(super) async fn faq(ctx: PageCtx) -> FaqPage {
    let entries = FAQ_TOPICS
        .into_iter()
        .map(|topic| FaqEntry {
            topic,
            question: ctx.t(&format!("faq-{topic}-q")),
            answer: ctx.t(&format!("faq-{topic}-a")),
        })
        .collect();
    FaqPage { ctx, entries }
}

#[derive(Deserialize)]
pub(super) struct LanguageForm {
    lang: String,
    next: Option<String>,
}

/// `POST /language`: remembers the choice in a cookie for a year (and in the account, when signed in)
/// and goes back to the page it came from.
pub(super) async fn set_language(
    State(state): State<AppState>,
    MaybeUser(user): MaybeUser,
    jar: CookieJar,
    Form(form): Form<LanguageForm>,
) -> Response {
    let Some(lang) = Lang::from_code(&form.lang) else {
        return (StatusCode::UNPROCESSABLE_ENTITY, "unknown language").into_response();
    };
    if let Some(user) = user
        && let Err(e) = crate::services::account::set_language(&state, &user, Some(lang.code())).await
    {
        return crate::error::Problem::internal(&e).into_response();
    }
    let cookie = Cookie::build((LANGUAGE_COOKIE, lang.code()))
        .path("/")
        .max_age(time_year())
        .same_site(SameSite::Lax)
        .http_only(true)
        .secure(state.config.public_url.scheme() == "https")
        .build();
    (jar.add(cookie), Redirect::to(&local_path(form.next.as_deref()))).into_response()
}

fn time_year() -> cookie::time::Duration {
    cookie::time::Duration::days(365)
}

/// `next` if it is a path on this site, else `/`: the switch must not become an open redirect.
fn local_path(next: Option<&str>) -> String {
    match next {
        Some(p)
            if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') && !p.chars().any(char::is_control) =>
        {
            p.to_owned()
        }
        _ => "/".to_owned(),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: PageCtx,
    title_key: &'static str,
    text_key: &'static str,
    error_id: Option<String>,
}

fn render_error(status: StatusCode, page: &ErrorPage) -> Response {
    match page.render() {
        Ok(html) => (status, [(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"))], html)
            .into_response(),
        Err(e) => {
            tracing::error!(error = %e, "rendering the error page failed");
            (status, page.ctx.t(page.title_key)).into_response()
        }
    }
}

/// The friendly 404 page in the visitor's language.
pub fn not_found_page(ctx: PageCtx) -> Response {
    let page = ErrorPage { ctx, title_key: "error-not-found-title", text_key: "error-not-found-text", error_id: None };
    render_error(StatusCode::NOT_FOUND, &page)
}

/// The friendly 500 page, showing the error id under which the cause was logged.
pub fn internal_error_page(ctx: PageCtx, error_id: String) -> Response {
    let page =
        ErrorPage { ctx, title_key: "error-internal-title", text_key: "error-internal-text", error_id: Some(error_id) };
    render_error(StatusCode::INTERNAL_SERVER_ERROR, &page)
}

/// The "try again shortly" page for a database that does not answer (503).
pub fn unavailable_page(ctx: PageCtx) -> Response {
    let page =
        ErrorPage { ctx, title_key: "error-unavailable-title", text_key: "error-unavailable-text", error_id: None };
    render_error(StatusCode::SERVICE_UNAVAILABLE, &page)
}

/// Pages answer errors with HTML: a problem document that a handler of a page returned (an `AppError`) for
/// something missing, an internal error or an unavailable database is shown as the error page in the
/// visitor's language (the API keeps the document). The language comes from the cookie and the browser only: the database may be away.
pub async fn problems_as_pages(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    if request.uri().path().starts_with("/api/") {
        return next.run(request).await;
    }
    let jar = axum_extra::extract::CookieJar::from_headers(request.headers());
    let accept = request.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
    let lang = Lang::negotiate(jar.get(super::i18n::LANGUAGE_COOKIE).map(cookie::Cookie::value), accept);
    let ctx = PageCtx::new(lang, request.uri().path());
    let response = next.run(request).await;
    let problem = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v == "application/problem+json");
    match response.status() {
        StatusCode::SERVICE_UNAVAILABLE if problem => {
            let retry_after = response.headers().get(header::RETRY_AFTER).cloned();
            let mut page = unavailable_page(ctx);
            if let Some(value) = retry_after {
                page.headers_mut().insert(header::RETRY_AFTER, value);
            }
            page
        }
        StatusCode::NOT_FOUND if problem => not_found_page(ctx),
        StatusCode::INTERNAL_SERVER_ERROR if problem => {
            let id = response.extensions().get::<crate::error::ErrorId>().map(|id| id.0.clone()).unwrap_or_default();
            internal_error_page(ctx, id)
        }
        _ => response,
    }
}

/// `GET /static/app.css`, compiled into the binary.
pub(super) async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        include_str!("../../static/app.css"),
    )
}

/// `GET /static/letter.js`: live warnings while writing (progressive enhancement).
pub(super) async fn letter_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        include_str!("../../static/letter.js"),
    )
}

/// `GET /static/autosave.js`: saves a letter as a draft while it is written.
pub(super) async fn autosave_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/javascript; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        include_str!("../../static/autosave.js"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_faq_entry_is_translated() {
        for lang in Lang::ALL {
            for topic in FAQ_TOPICS {
                for part in ["q", "a"] {
                    let key = format!("faq-{topic}-{part}");
                    assert_ne!(lang.t(&key), key, "{key} missing in {}", lang.code());
                }
            }
        }
    }

    #[test]
    fn language_switch_only_returns_to_local_paths() {
        assert_eq!(local_path(Some("/faq")), "/faq");
        for bad in [None, Some("https://evil.example"), Some("//evil.example"), Some("/\\evil"), Some("faq")] {
            assert_eq!(local_path(bad), "/", "{bad:?}");
        }
    }
}
