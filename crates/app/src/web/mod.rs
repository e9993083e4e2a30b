//! The portal: server-rendered pages (askama) in the visitor's language (fluent), plain HTML forms that
//! work without JavaScript, one small stylesheet. Every string a page shows comes from `locales/`.

mod account;
mod audit;
mod case_forms;
mod cases;
mod charts;
mod contact;
mod ctx;
mod findings;
pub mod i18n;
mod kept;
mod letters;
mod my_data;
mod offline;
mod org_policy;
mod pages;

pub(crate) use pages::faq_text;
mod paging;
mod pairings;
mod questions;
mod registrations;
mod rules;
mod security;
mod service_tokens;
mod sign_in;
mod staff;
mod statistics;
mod webhooks;

pub use ctx::{PageCtx, Visitor};
pub use kept::keep_typed_text;
pub use pages::{internal_error_page, not_found_page, problems_as_pages};
pub use security::with_security_headers;

use axum::Router;
use axum::routing::{get, post};

use crate::state::AppState;

/// The sign-in steps, which the per-address rate limit guards.
pub fn sign_in_routes() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(sign_in::sign_in_page).post(sign_in::sign_in))
        .route("/sign-in/totp", post(sign_in::sign_in_totp))
        .route("/sign-in/email", post(sign_in::request_link))
        .route("/sign-in/link", post(sign_in::use_link))
        .route("/invitation", post(sign_in::accept_invitation))
}

/// The forms anyone may send without an account (a stricter rate limit applies).
pub fn public_form_routes() -> Router<AppState> {
    Router::new().route("/register", post(registrations::submit)).route("/ask", post(questions::ask))
}

/// The public pages.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(pages::home))
        .route("/faq", get(pages::faq))
        .route("/ask", get(questions::ask_form))
        .route("/ask/{token}", get(questions::visitor_page))
        .route("/ask/{token}/confirm", post(questions::visitor_confirm))
        .route("/ask/{token}/follow-up", post(questions::visitor_follow_up))
        .route("/questions", get(questions::list))
        .route("/questions/{id}", get(questions::show))
        .route("/questions/{id}/answer", post(questions::answer))
        .route("/questions/{id}/follow-up", post(questions::follow_up))
        .route("/questions/{id}/close", post(questions::close))
        .route("/register", get(registrations::form))
        .route("/register/{token}", get(registrations::own_page))
        .route("/register/{token}/confirm", post(registrations::confirm))
        .route("/register/{token}/withdraw", post(registrations::withdraw))
        .route("/registrations", get(registrations::staff_list))
        .route("/statistics", get(statistics::page))
        .route("/statistics.csv", get(crate::api::statistics::export))
        .route("/registrations/export.csv", get(crate::api::registrations_export))
        .route("/registrations/{id}/status", post(registrations::staff_status))
        .route("/registrations/{id}/erase", post(registrations::staff_erase))
        .route("/rules", get(rules::rules_page))
        .route("/language", post(pages::set_language))
        .route("/static/app.css", get(pages::stylesheet))
        .route("/sign-in/link/{token}", get(sign_in::link_page))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/home", get(account::dashboard))
        .route("/audit", get(audit::page))
        .route("/pairings", get(pairings::list))
        .route("/pairings/new", get(case_forms::new_form).post(case_forms::create))
        .route("/pairings/{id}", get(pairings::show))
        .route("/pairings/{id}/manage", get(case_forms::manage))
        .route("/pairings/{id}/manage/{step}", post(case_forms::record))
        .route("/pairings/{id}/manage/participants/{participant}/invite", post(case_forms::reinvite))
        .route("/pairings/{id}/manage/participants/{participant}/email", post(case_forms::change_email))
        .route("/pairings/{id}/manage/participants/{participant}/erase", post(case_forms::erase))
        .route("/pairings/{id}/manage/close", post(case_forms::close))
        .route("/pairings/{id}/letters/new", get(letters::write_form).post(letters::write))
        .route("/pairings/{id}/consent", post(pairings::set_consent))
        .route("/pairings/{id}/release", post(contact::request))
        .route(
            "/pairings/{id}/paper-consent",
            post(contact::paper_consent)
                .layer(axum::extract::DefaultBodyLimit::max(crate::services::attachments::MAX_UPLOAD_REQUEST_BYTES)),
        )
        .route("/pairings/{id}/consent-forms/{form}", get(crate::api::consent_forms::file))
        .route("/release-requests/{id}/sign-off", post(contact::sign_off))
        .route("/pairings/{id}/meetings", post(contact::propose))
        .route("/meetings/{id}/arrange", post(contact::arrange))
        .route("/meetings/{id}/{step}", post(contact::step))
        .route("/pairings/{id}/health-updates", post(contact::record_update))
        .route("/pairings/{id}/letters/enter", get(offline::enter_form).post(offline::enter))
        .route("/letters/{id}/print", get(offline::print))
        .route("/letters/{id}/sent", post(offline::mark_sent))
        .route("/letters/{id}", get(letters::show))
        .route("/letters/{id}/review", post(letters::review))
        .route("/letters/{id}/revise", post(letters::revise))
        .route("/letters/{id}/withdraw", post(letters::withdraw))
        .route("/letters/{id}/translation", post(letters::translate))
        .route("/letters/{id}/translation-request", post(letters::request_translation))
        .route(
            "/letters/{id}/attachments",
            post(letters::add_picture)
                .layer(axum::extract::DefaultBodyLimit::max(crate::services::attachments::MAX_UPLOAD_REQUEST_BYTES)),
        )
        .route("/letters/{id}/attachments/{attachment}/remove", post(letters::remove_picture))
        .route("/review", get(letters::queue))
        .route("/static/letter.js", get(pages::letter_script))
        .route("/static/autosave.js", get(pages::autosave_script))
        .route("/account", get(account::account_page))
        .route("/account/data", get(my_data::page))
        .route("/account/language", post(account::set_language))
        .route("/account/notification-email", post(account::set_notification_email))
        .route("/account/read-receipts", post(account::set_read_receipts))
        .route("/account/mail", post(account::set_mail_choices))
        .route("/account/password", post(account::set_password))
        .route("/account/sign-out-everywhere", post(account::sign_out_everywhere))
        .route("/account/totp", get(sign_in::enrol_form).post(sign_in::enrol))
        .route("/staff", get(staff::staff_page))
        .route("/service-tokens", get(service_tokens::list).post(service_tokens::create))
        .route("/service-tokens/{id}/revoke", post(service_tokens::revoke))
        .route("/webhooks", get(webhooks::list).post(webhooks::create))
        .route("/webhooks/{id}/delete", post(webhooks::delete))
        .route("/organisation/policy", get(org_policy::show).post(org_policy::save))
        .route("/organisation/letter-review", post(org_policy::save_letter_review))
        .route("/organisation/waiting-target", post(org_policy::save_waiting_target))
        .route("/organisation/retention", post(org_policy::save_retention))
        .route("/organisation/registration-ages", post(org_policy::save_registration_ages))
        .route("/staff/invite", post(staff::invite))
        .route("/staff/{id}/disable", post(staff::disable))
        .route("/staff/{id}/enable", post(staff::enable))
        .route("/invitation/{token}", get(sign_in::invitation_page))
}
