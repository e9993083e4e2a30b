//! `GET /rules`: the contact rules by country, generated from the rule data, with sources.

use askama::Template;
use askama_web::WebTemplate;
use axum::response::{IntoResponse, Response};
use twinbridge_domain::rules::{Dimension, LetterStatus, Possible, Rule, RuleKind};

use super::ctx::PageCtx;
use crate::services::policy::rule_book;

pub(super) struct RuleRow {
    country: String,
    name: String,
    kind: String,
    letters: String,
    release: String,
    sources: Vec<Source>,
}

/// A source link, shown by its site name.
pub(super) struct Source {
    url: String,
    host: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "rules.html")]
pub(super) struct RulesPage {
    ctx: PageCtx,
    rows: Vec<RuleRow>,
}

fn letters(ctx: &PageCtx, rule: &Rule) -> String {
    let Some(letters) = &rule.terms().letters else { return ctx.t("rules-not-stated") };
    let status = match letters.status {
        LetterStatus::Allowed => ctx.t("rules-letters-allowed"),
        LetterStatus::Forbidden => ctx.t("rules-letters-forbidden"),
        LetterStatus::Unknown => ctx.t("rules-unknown"),
    };
    let mut parts = vec![status];
    if let Some(max) = letters.max_per_side {
        parts.push(ctx.lang.t_args("rules-letters-max", &[("count".into(), max.to_string())]));
    }
    if let Some(max) = letters.max_total {
        parts.push(ctx.lang.t_args("explain-letters-total", &[("count".into(), max.to_string())]));
    }
    if !letters.forbidden_content.is_empty() {
        let kinds: Vec<String> =
            letters.forbidden_content.iter().map(|k| ctx.t(&format!("content-{}", k.as_str()))).collect();
        parts.push(ctx.lang.t_args("rules-letters-not-mention", &[("kinds".into(), kinds.join(", "))]));
    }
    parts.join("; ")
}

fn release(ctx: &PageCtx, rule: &Rule) -> String {
    let Some(release) = &rule.terms().release else { return ctx.t("rules-not-stated") };
    match release.possible {
        Possible::Never => ctx.t("rules-release-never"),
        Possible::Unknown => ctx.t("rules-unknown"),
        Possible::AfterPeriod => match release.periods.iter().map(|p| p.months).max() {
            Some(months) => ctx.lang.t_args("rules-release-after", &[("months".into(), months.to_string())]),
            None => ctx.t("rules-release-after-unknown"),
        },
    }
}

/// The rule entries, sorted by country, with what they say about letters and release.
pub(super) async fn rules_page(ctx: PageCtx) -> Response {
    let Ok(book) = rule_book() else {
        return super::pages::internal_error_page(ctx, "rule-data".into());
    };
    let mut rules: Vec<&Rule> = book.rules().iter().map(|r| &**r).collect();
    rules.sort_by(|a, b| {
        (a.id().country().as_str(), a.id().as_str()).cmp(&(b.id().country().as_str(), b.id().as_str()))
    });
    let rows = rules
        .into_iter()
        .map(|rule| {
            let mut sources: Vec<Source> = Vec::new();
            for url in [Dimension::AnonymousLetters, Dimension::IdentityRelease]
                .into_iter()
                .filter_map(|d| rule.provenance(d))
                .flat_map(|p| p.sources.iter())
            {
                if !sources.iter().any(|s| &s.url == url) {
                    let host = url::Url::parse(url)
                        .ok()
                        .and_then(|u| u.host_str().map(|h| h.trim_start_matches("www.").to_owned()));
                    sources.push(Source { url: url.clone(), host: host.unwrap_or_else(|| url.clone()) });
                }
            }
            RuleRow {
                country: rule.id().country().as_str().to_owned(),
                name: rule.name().to_owned(),
                kind: ctx.t(match rule.kind() {
                    RuleKind::CountryLaw => "rules-kind-law",
                    RuleKind::Residence => "rules-kind-residence",
                    RuleKind::Organisation if rule.is_main_registry() => "rules-kind-main",
                    RuleKind::Organisation => "rules-kind-organisation",
                }),
                letters: letters(&ctx, rule),
                release: release(&ctx, rule),
                sources,
            }
        })
        .collect();
    RulesPage { ctx, rows }.into_response()
}
