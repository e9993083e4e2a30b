//! The portal: server-rendered pages (askama) in the visitor's language (fluent), plain HTML forms that
//! work without JavaScript, one small stylesheet. Every string a page shows comes from `locales/`.

mod ctx;
pub mod i18n;
mod pages;
mod security;

pub use ctx::PageCtx;
pub use pages::{internal_error_page, not_found_page};
pub use security::with_security_headers;

use axum::Router;
use axum::routing::{get, post};

use crate::startup::AppState;

/// The public pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/faq", get(pages::faq))
        .route("/language", post(pages::set_language))
        .route("/static/app.css", get(pages::stylesheet))
}
