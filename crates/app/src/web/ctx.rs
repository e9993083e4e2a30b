//! What every page template gets: the visitor's language, the current path (for the language switch and
//! `aria-current`) and the navigation.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;

use super::i18n::{LANGUAGE_COOKIE, Lang};

/// The per-request context of a page.
#[derive(Debug, Clone)]
pub struct PageCtx {
    /// The language the page is rendered in.
    pub lang: Lang,
    /// The path of the current page (no query string: it could carry anything).
    pub path: String,
}

/// One entry of the language switch.
#[derive(Debug)]
pub struct LanguageOption {
    /// ISO code.
    pub code: &'static str,
    /// The language's own name for itself.
    pub name: String,
    /// Whether the page is in this language.
    pub current: bool,
}

/// One navigation link.
#[derive(Debug)]
pub struct NavItem {
    /// Target.
    pub href: &'static str,
    /// Translated label.
    pub label: String,
    /// Whether it is the current page.
    pub current: bool,
}

impl PageCtx {
    /// A context for `lang` and `path` (tests and error pages built outside a handler).
    pub fn new(lang: Lang, path: impl Into<String>) -> Self {
        Self { lang, path: path.into() }
    }

    /// The translation of `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// The language switch's options.
    pub fn language_options(&self) -> Vec<LanguageOption> {
        Lang::ALL
            .into_iter()
            .map(|l| LanguageOption {
                code: l.code(),
                name: self.t(&format!("lang-name-{}", l.code())),
                current: l == self.lang,
            })
            .collect()
    }

    /// The navigation links for this visitor.
    pub fn nav(&self) -> Vec<NavItem> {
        [("/", "nav-home"), ("/faq", "nav-faq")]
            .into_iter()
            .map(|(href, key)| NavItem { href, label: self.t(key), current: self.path == href })
            .collect()
    }
}

impl<S: Send + Sync> FromRequestParts<S> for PageCtx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_request_parts(parts, state).await?;
        let accept = parts.headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        let lang = Lang::negotiate(jar.get(LANGUAGE_COOKIE).map(|c| c.value()), accept);
        Ok(Self { lang, path: parts.uri.path().to_owned() })
    }
}
