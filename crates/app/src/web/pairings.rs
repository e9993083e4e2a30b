//! `GET /pairings` and `GET /pairings/{id}`: the cases a user takes part in or works on, and what the rules
//! allow in each today — in plain words for participants, with rules and sources for staff.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use twinbridge_domain::access::Relation;
use twinbridge_domain::consent::{ConsentLevel, ShareField};
use twinbridge_domain::rules::{Explanation, Gifts, LetterStatus, Photos, Possible, Side};

use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::policy::{self, PolicyError, PolicyView};
use crate::state::AppState;

pub(super) struct PairingRow {
    id: String,
    reference: String,
    side: String,
    role: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "pairings.html")]
pub(super) struct PairingsPage {
    ctx: PageCtx,
    rows: Vec<PairingRow>,
}

fn side_and_role(ctx: &PageCtx, relation: Relation) -> (String, String) {
    let side = ctx.t(if relation.is_donor_side() { "side-donor" } else { "side-patient" });
    let role = match relation {
        Relation::Participant(role) => ctx.t(&format!("participant-{}", role.kind_str())),
        Relation::DonorSideStaff | Relation::PatientSideStaff => ctx.t("role-coordinator"),
    };
    (side, role)
}

/// `GET /pairings`: the case list with search and filters for staff (`web/cases.rs`), the simple list
/// for participants.
pub(super) async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(query): Query<crate::services::case_view::ListQuery>,
) -> Result<Response, AppError> {
    if user.is_staff() {
        return super::cases::staff_list(&state, &user, ctx, &query).await;
    }
    let rows = crate::services::pairings::list(&state, &user)
        .await?
        .into_iter()
        .map(|line| {
            let (side, role) = side_and_role(&ctx, line.relation);
            PairingRow { id: line.id, reference: line.reference, side, role }
        })
        .collect();
    Ok(PairingsPage { ctx, rows }.into_response())
}

pub(super) struct ReasonRow {
    topic: String,
    rule: String,
    says: String,
    sources: Vec<String>,
}

pub(super) struct LevelOption {
    value: &'static str,
    label: String,
    help: String,
    checked: bool,
}

pub(super) struct ShareOption {
    value: &'static str,
    label: String,
    checked: bool,
}

pub(super) struct LetterRow {
    id: String,
    from: String,
    status: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "pairing.html")]
pub(super) struct PairingPage {
    ctx: PageCtx,
    id: String,
    letters: Vec<LetterRow>,
    may_write: bool,
    levels: Vec<LevelOption>,
    shares: Vec<ShareOption>,
    reference: String,
    side: String,
    role: String,
    plain: Vec<String>,
    staff: bool,
    reasons: Vec<ReasonRow>,
    case: Option<super::cases::CaseSections>,
    /// Release, meetings and health updates (`web/contact.rs`), rendered.
    contact: String,
}

#[derive(serde::Deserialize)]
pub(super) struct PairingQuery {
    notice: Option<String>,
}

/// The rules of a pairing in plain words, in the reader's language, from one side's view.
pub(super) fn plain_words(ctx: &PageCtx, e: &Explanation, side: Side) -> Vec<String> {
    if e.cord_blood {
        return vec![ctx.t("explain-cord")];
    }
    let mut out = Vec::new();
    let letters = &e.anonymous_letters;
    let mine = if side == Side::Donor { &letters.donor } else { &letters.patient };
    out.push(match letters.status {
        LetterStatus::Forbidden => ctx.t("explain-letters-forbidden"),
        LetterStatus::Unknown => ctx.t("explain-letters-unknown"),
        LetterStatus::Allowed if mine.may_write_now => match mine.remaining {
            Some(n) => ctx.lang.t_args("explain-letters-remaining", &[("count".into(), n.to_string())]),
            None => ctx.t("explain-letters-now"),
        },
        LetterStatus::Allowed => ctx.t("explain-letters-not-now"),
    });
    if letters.status == LetterStatus::Allowed {
        out.push(ctx.t(match letters.gifts {
            Gifts::None => "explain-gifts-none",
            Gifts::Small => "explain-gifts-small",
            Gifts::Allowed => "explain-gifts-allowed",
            Gifts::Unknown => "explain-gifts-unknown",
        }));
        if let (Gifts::Small | Gifts::Allowed, Some(n)) = (letters.gifts, letters.max_gifts) {
            out.push(ctx.lang.t_args("explain-gifts-count", &[("count".into(), n.to_string())]));
        }
        out.push(ctx.t(match letters.photos {
            Photos::None => "explain-photos-none",
            Photos::Allowed => "explain-photos-allowed",
            Photos::Unknown => "explain-photos-unknown",
        }));
        if let Some(n) = letters.max_letters_total {
            out.push(ctx.lang.t_args("explain-letters-total", &[("count".into(), n.to_string())]));
        }
        if mine.blocked_by.contains(&twinbridge_domain::rules::Block::ConsentNotRecorded) {
            out.push(ctx.t("explain-consent-first"));
        }
        if !letters.forbidden_content.is_empty() {
            let kinds: Vec<String> =
                letters.forbidden_content.iter().map(|k| ctx.t(&format!("content-{}", k.as_str()))).collect();
            out.push(ctx.lang.t_args("explain-forbidden-content", &[("kinds".into(), kinds.join(", "))]));
        }
    }
    let release = &e.identity_release;
    out.push(match (release.possible, release.earliest_date, release.period_passed) {
        (Possible::Never, _, _) => ctx.t("explain-release-never"),
        (Possible::Unknown, _, _) if release.period_length_unknown => ctx.t("explain-release-length-unknown"),
        (Possible::Unknown, _, _) => ctx.t("explain-release-unknown"),
        (Possible::AfterPeriod, _, Some(true)) => ctx.t("explain-release-passed"),
        (Possible::AfterPeriod, Some(date), _) => {
            ctx.lang.t_args("explain-release-after", &[("date".into(), ctx.day(date))])
        }
        (Possible::AfterPeriod, None, _) => ctx.lang.t_args(
            "explain-release-date-unknown",
            &[("months".into(), release.months.map_or_else(|| "?".to_owned(), |m| m.to_string()))],
        ),
    });
    if release.possible == Possible::AfterPeriod && release.conditions_unknown {
        out.push(ctx.t("explain-conditions-unknown"));
    }
    if release.possible == Possible::AfterPeriod && !release.open_conditions.is_empty() {
        let open: Vec<String> =
            release.open_conditions.iter().map(|c| ctx.t(&format!("condition-{}", c.as_str()))).collect();
        out.push(ctx.lang.t_args("explain-open-conditions", &[("conditions".into(), open.join("; "))]));
    }
    out
}

/// A rule summary with the rule data's codes (`after_period`, `counselling_recorded`) in words of the
/// reader's language; a code without words has its underscores read as spaces.
pub(super) fn plain_codes(ctx: &PageCtx, text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.contains('_') {
            let key = format!("code-{word}");
            let words = ctx.t(&key);
            out.push_str(&if words == key { word.replace('_', " ") } else { words });
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_ascii_lowercase() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Where a reason's source link goes: its address, or for the rule data itself (cited where a country has
/// no entry) the rules page, which lists the data with its sources.
fn source_link(source: &str) -> String {
    if source.starts_with("https://") || source.starts_with("http://") {
        source.to_owned()
    } else {
        "/rules".to_owned()
    }
}

/// `GET /pairings/{id}`.
pub(super) async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    session: tower_sessions::Session,
    ctx: PageCtx,
    Path(id): Path<String>,
    Query(query): Query<PairingQuery>,
) -> Result<Response, AppError> {
    // The pairing and its rules are read once for all the page's sections. A pairing still waiting for
    // its patient side has no page yet.
    let visible = crate::services::pairings::visible(&state, &user, &id).await?.ok_or(AppError::NotFound)?;
    let evaluated = policy::evaluate(&state, &visible).await.map_err(|e| match e {
        PolicyError::Incomplete => AppError::NotFound,
        other => other.into(),
    })?;
    let PolicyView { pairing, relation, explanation } = policy::view_of(&visible, &evaluated);
    let staff = !matches!(relation, Relation::Participant(_));
    let side = if relation.is_donor_side() { Side::Donor } else { Side::Patient };
    let plain = plain_words(&ctx, &explanation, side);
    let reasons = if staff {
        explanation
            .reasons
            .iter()
            .map(|r| ReasonRow {
                topic: ctx.t(&format!("dim-{}", r.dimension.as_str())),
                rule: r.rule.clone(),
                says: plain_codes(&ctx, &r.says),
                sources: r.sources.iter().map(|s| source_link(s)).collect(),
            })
            .collect()
    } else {
        Vec::new()
    };
    let (side_text, role) = side_and_role(&ctx, relation);
    let case = if staff { Some(super::cases::sections(&state, &user, &ctx, &id).await?) } else { None };
    let letters = crate::services::letters::list_of(&state, &user, &visible)
        .await?
        .iter()
        .map(|l| LetterRow {
            id: l.id.clone(),
            from: ctx.t(if l.from == "donor" { "letter-from-donor" } else { "letter-from-patient" }),
            status: ctx.t(&format!("letter-status-{}", l.status)),
        })
        .collect();
    let mine =
        if side == Side::Donor { &explanation.anonymous_letters.donor } else { &explanation.anonymous_letters.patient };
    let may_write = !staff && mine.may_write_now;
    let consent =
        if staff { None } else { crate::services::consent::current_in(&user, &visible, &evaluated.consents)? };
    let (levels, shares) = match &consent {
        Some(c) => (
            ConsentLevel::ALL
                .into_iter()
                .map(|l| LevelOption {
                    value: l.as_str(),
                    label: ctx.t(&format!("consent-{}", l.as_str())),
                    help: ctx.t(&format!("consent-help-{}", l.as_str())),
                    checked: c.level == l.as_str(),
                })
                .collect(),
            ShareField::ALL
                .into_iter()
                .map(|f| ShareOption {
                    value: f.as_str(),
                    label: ctx.t(&format!("share-{}", f.as_str())),
                    checked: c.share.iter().any(|s| s == f.as_str()),
                })
                .collect(),
        ),
        None if !staff => (
            ConsentLevel::ALL
                .into_iter()
                .map(|l| LevelOption {
                    value: l.as_str(),
                    label: ctx.t(&format!("consent-{}", l.as_str())),
                    help: ctx.t(&format!("consent-help-{}", l.as_str())),
                    checked: false,
                })
                .collect(),
            ShareField::ALL
                .into_iter()
                .map(|f| ShareOption {
                    value: f.as_str(),
                    label: ctx.t(&format!("share-{}", f.as_str())),
                    checked: false,
                })
                .collect(),
        ),
        None => (Vec::new(), Vec::new()),
    };
    let update_form = format!("/pairings/{id}/health-updates");
    let kept = super::kept::take(&state, &session, &user, |a| a == update_form).await;
    let contact =
        super::contact::sections(&state, &user, &ctx, (&visible, &evaluated), query.notice.as_deref(), kept.as_ref())
            .await?;
    Ok(PairingPage {
        contact,
        ctx,
        id: pairing.id.to_string(),
        letters,
        may_write,
        levels,
        shares,
        reference: pairing.reference.to_string(),
        side: side_text,
        role,
        plain,
        staff,
        reasons,
        case,
    }
    .into_response())
}

#[derive(serde::Deserialize)]
pub(super) struct ConsentForm {
    level: String,
    #[serde(default)]
    share: Vec<String>,
}

/// `POST /pairings/{id}/consent`.
pub(super) async fn set_consent(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Path(id): Path<String>,
    axum_extra::extract::Form(form): axum_extra::extract::Form<ConsentForm>,
) -> Response {
    let body = crate::services::consent::ConsentBody { level: form.level, share: form.share };
    match crate::services::consent::change(&state, &user, &id, &body).await {
        Ok(_) => axum::response::Redirect::to(&format!("/pairings/{id}?notice=consent-saved#contact")).into_response(),
        Err(crate::services::letters::LetterError::BadInput(_)) => {
            (axum::http::StatusCode::UNPROCESSABLE_ENTITY, "invalid consent").into_response()
        }
        Err(_) => super::pages::not_found_page(ctx),
    }
}

#[cfg(test)]
mod tests {
    use super::source_link;

    #[test]
    fn the_rule_data_itself_links_to_the_rules_page() {
        assert_eq!(source_link("rules/contact-rules.toml"), "/rules");
        assert_eq!(source_link("https://www.dkms.de/x"), "https://www.dkms.de/x");
    }
}
