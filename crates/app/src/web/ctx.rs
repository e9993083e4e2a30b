//! What every page template gets: the visitor's language, the current path (for the language switch and
//! `aria-current`) and the navigation.

use std::convert::Infallible;

use axum::extract::FromRequestParts;
use axum::http::header::ACCEPT_LANGUAGE;
use axum::http::request::Parts;
use axum_extra::extract::CookieJar;

use twinbridge_domain::StaffRole;

use super::i18n::{LANGUAGE_COOKIE, Lang};
use crate::auth::MaybeUser;
use crate::state::AppState;

/// The per-request context of a page.
#[derive(Debug, Clone)]
pub struct PageCtx {
    /// The language the page is rendered in.
    pub lang: Lang,
    /// The path of the current page (no query string: it could carry anything).
    pub path: String,
    /// What the navigation needs to know about a signed-in visitor.
    pub visitor: Option<Visitor>,
}

/// A signed-in visitor, as far as the page frame is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Visitor {
    /// Staff rather than participant.
    pub staff: bool,
    /// Holds the administrator role somewhere.
    pub administrator: bool,
    /// Holds the auditor role somewhere.
    pub auditor: bool,
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
        Self { lang, path: path.into(), visitor: None }
    }

    /// Whether someone is signed in.
    pub fn signed_in(&self) -> bool {
        self.visitor.is_some()
    }

    /// The translation of `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// A day in words in the page's language.
    pub fn day(&self, day: chrono::NaiveDate) -> String {
        self.lang.day(day)
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

    /// The navigation links for this visitor: public pages, then what a signed-in user may reach.
    pub fn nav(&self) -> Vec<NavItem> {
        let mut links = vec![("/", "nav-home"), ("/faq", "nav-faq"), ("/rules", "nav-rules")];
        match self.visitor {
            None => links.push(("/sign-in", "nav-sign-in")),
            Some(visitor) => {
                links.push(("/home", "nav-dashboard"));
                links.push(("/pairings", "nav-pairings"));
                if visitor.staff {
                    links.push(("/review", "nav-review"));
                    links.push(("/statistics", "nav-statistics"));
                }
                if visitor.administrator {
                    links.push(("/staff", "nav-staff"));
                    links.push(("/organisation/policy", "nav-policy"));
                }
                if visitor.auditor {
                    links.push(("/audit", "nav-audit"));
                }
                links.push(("/account", "nav-account"));
            }
        }
        links.into_iter().map(|(href, key)| NavItem { href, label: self.t(key), current: self.path == href }).collect()
    }
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_request_parts(parts, state).await?;
        // A database that does not answer leaves the page without a visitor (the handler answers 503).
        let user = MaybeUser::from_request_parts(parts, state).await.ok().and_then(|MaybeUser(user)| user);
        let accept = parts.headers.get(ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok());
        // The account's own choice wins, then the switch's cookie, then the browser.
        let chosen = user.as_ref().and_then(|u| u.account.language.clone());
        let cookie = jar.get(LANGUAGE_COOKIE).map(|c| c.value().to_owned());
        let lang = Lang::negotiate(chosen.as_deref().or(cookie.as_deref()), accept);
        let visitor = user.map(|u| Visitor {
            staff: u.is_staff(),
            administrator: u.has_role(StaffRole::Administrator),
            auditor: u.has_role(StaffRole::Auditor),
        });
        Ok(Self { lang, path: parts.uri.path().to_owned(), visitor })
    }
}
