//! `GET /audit`: auditors read their organisations' audit trail, filtered by action, subject (e.g. a
//! pairing), actor and date. Events hold ids only.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use serde::Deserialize;

use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::services::audit::{self, Actor, AuditError, AuditQuery, ParticipantKind};
use crate::state::AppState;

pub(super) struct Row {
    when: String,
    action: String,
    /// The action's stored name, which the filter takes.
    code: String,
    actor: String,
    /// For a colleague: the filter that lists their events only.
    actor_link: Option<String>,
    subject: String,
}

/// Who acted, in the auditor's language: a colleague's name and roles, anyone else only by what they are.
fn actor_text(ctx: &PageCtx, who: &Actor) -> String {
    match who {
        Actor::System => ctx.t("audit-actor-system"),
        Actor::Colleague { name, roles } => {
            let roles: Vec<String> = roles.iter().map(|r| ctx.t(&format!("role-{}", r.as_str()))).collect();
            format!("{name} ({})", roles.join(", "))
        }
        Actor::OtherStaff => ctx.t("audit-actor-other-staff"),
        Actor::Service => ctx.t("audit-actor-service"),
        Actor::Participant(ParticipantKind::Donor) => ctx.t("audit-actor-donor"),
        Actor::Participant(ParticipantKind::Patient) => ctx.t("audit-actor-patient"),
        Actor::Participant(ParticipantKind::Proxy) => ctx.t("audit-actor-proxy"),
        Actor::Unknown => ctx.t("audit-actor-unknown"),
    }
}

/// An action's name in the auditor's language (`audit-action-<stored name>`).
pub(super) fn action_text(ctx: &PageCtx, code: &str) -> String {
    let key = format!("audit-action-{code}");
    let text = ctx.t(&key);
    // An event of a kind this build does not know (written by a newer one) keeps its name, in words.
    if text == key { code.replace('_', " ") } else { text }
}

#[derive(Template, WebTemplate)]
#[template(path = "audit.html")]
pub(super) struct AuditPage {
    ctx: PageCtx,
    rows: Vec<Row>,
    filter: Filter,
}

#[derive(Deserialize, Default)]
pub(super) struct Filter {
    #[serde(default)]
    action: String,
    #[serde(default)]
    subject: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

fn text(field: &str) -> Option<String> {
    Some(field.trim().to_owned()).filter(|t| !t.is_empty())
}

/// `GET /audit`.
pub(super) async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(filter): Query<Filter>,
) -> Response {
    // A date that is not one filters nothing, as an empty field does.
    let query = AuditQuery {
        action: text(&filter.action),
        subject: text(&filter.subject),
        actor: text(&filter.actor),
        from: filter.from.parse::<NaiveDate>().ok(),
        to: filter.to.parse::<NaiveDate>().ok(),
    };
    let entries = match audit::visible_events(&state, &user, &query).await {
        Ok(entries) => entries,
        Err(AuditError::NotFound) => return super::pages::not_found_page(ctx),
        Err(e @ AuditError::Store(_)) => return crate::error::Problem::internal(&e).into_response(),
    };
    let rows = entries
        .into_iter()
        .map(|e| Row {
            when: format!("{} {}", ctx.day(e.at.date_naive()), e.at.format("%H:%M:%S UTC")),
            action: action_text(&ctx, &e.action),
            code: e.action,
            actor: actor_text(&ctx, &e.who),
            actor_link: matches!(e.who, Actor::Colleague { .. })
                .then(|| e.actor.map(|a| format!("/audit?actor={a}")))
                .flatten(),
            subject: e.subject.unwrap_or_default(),
        })
        .collect();
    AuditPage { ctx, rows, filter }.into_response()
}

#[cfg(test)]
mod tests {
    use super::super::i18n::Lang;
    use twinbridge_domain::audit::AuditAction;

    #[test]
    fn every_audit_action_has_a_name_in_every_language() {
        for lang in Lang::ALL {
            for action in AuditAction::ALL {
                let key = format!("audit-action-{}", action.as_str());
                let text = lang.t(&key);
                assert_ne!(text, key, "{key} missing in {}", lang.code());
                assert!(!text.contains('_'), "{key} in {} reads as a code", lang.code());
            }
        }
        // Each language has its own words, not English standing in.
        assert_ne!(Lang::De.t("audit-action-sign_in"), Lang::En.t("audit-action-sign_in"));
        assert_ne!(Lang::Hi.t("audit-action-sign_in"), Lang::En.t("audit-action-sign_in"));
    }
}
