//! `GET/POST /organisation/policy`: administrators set their organisation's own contact rules, which
//! pairings use at once; every change is kept with who made it.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;
use twinbridge_domain::OrganisationId;
use twinbridge_domain::rules::{Gifts, OwnPolicy, OwnRelease, Photos, StartEvent};

use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::services::organisation::{self, NewOwnPolicy, OrganisationError, OrganisationSettings, UnreadablePolicy};
use crate::state::AppState;

pub(super) struct Choice {
    value: &'static str,
    label: String,
    selected: bool,
}

pub(super) struct Change {
    when: String,
    who: String,
    what: String,
}

pub(super) struct OrgForm {
    id: OrganisationId,
    name: String,
    lead: String,
    letters_forbidden: bool,
    max_letters: String,
    months: String,
    source: String,
    gifts: Vec<Choice>,
    photos: Vec<Choice>,
    release: Vec<Choice>,
    counted_from: Vec<Choice>,
    history: Vec<Change>,
    reviews_letters: bool,
    waiting_target: String,
    /// Months identities are kept after their cases are closed; empty when not set.
    retention_months: String,
    /// A donor registry's age range for new potential donors: (min, max).
    ages: Option<(u8, u8)>,
}

#[derive(Template, WebTemplate)]
#[template(path = "org_policy.html")]
pub(super) struct OrgPolicyPage {
    ctx: PageCtx,
    notice: Option<String>,
    failed: bool,
    organisations: Vec<OrgForm>,
}

fn choices(ctx: &PageCtx, options: &[(&'static str, &str)], current: &str) -> Vec<Choice> {
    options.iter().map(|(value, key)| Choice { value, label: ctx.t(key), selected: *value == current }).collect()
}

const GIFTS: [(&str, &str); 4] = [
    ("", "orgpolicy-as-entry"),
    ("none", "orgpolicy-gifts-none"),
    ("small", "orgpolicy-gifts-small"),
    ("allowed", "orgpolicy-gifts-allowed"),
];
const PHOTOS: [(&str, &str); 3] =
    [("", "orgpolicy-as-entry"), ("none", "orgpolicy-photos-none"), ("allowed", "orgpolicy-photos-allowed")];
const RELEASE: [(&str, &str); 3] =
    [("", "orgpolicy-as-entry"), ("never", "orgpolicy-release-never"), ("after", "orgpolicy-release-after")];
const FROM: [(&str, &str); 4] = [
    ("last_donation", "orgpolicy-from-last_donation"),
    ("first_transplant", "orgpolicy-from-first_transplant"),
    ("last_transplant", "orgpolicy-from-last_transplant"),
    ("first_collection", "orgpolicy-from-first_collection"),
];

fn gifts_value(g: Option<Gifts>) -> &'static str {
    match g {
        Some(Gifts::None) => "none",
        Some(Gifts::Small) => "small",
        Some(Gifts::Allowed) => "allowed",
        Some(Gifts::Unknown) | None => "",
    }
}

fn photos_value(p: Option<Photos>) -> &'static str {
    match p {
        Some(Photos::None) => "none",
        Some(Photos::Allowed) => "allowed",
        Some(Photos::Unknown) | None => "",
    }
}

/// A short description of a policy in the reader's language.
fn summary(ctx: &PageCtx, policy: &OwnPolicy) -> String {
    let mut parts = Vec::new();
    if policy.letters_forbidden {
        parts.push(ctx.t("orgpolicy-letters-forbidden"));
    }
    if let Some(max) = policy.max_letters_per_side {
        parts.push(ctx.lang.t_args("orgpolicy-summary-letters-max", &[("count".into(), max.to_string())]));
    }
    if let Some(g) = GIFTS.iter().find(|(v, _)| *v == gifts_value(policy.gifts) && !v.is_empty()) {
        parts.push(ctx.t(g.1));
    }
    if let Some(p) = PHOTOS.iter().find(|(v, _)| *v == photos_value(policy.photos) && !v.is_empty()) {
        parts.push(ctx.t(p.1));
    }
    match policy.release {
        Some(OwnRelease::Never) => {
            parts.push(format!("{}: {}", ctx.t("orgpolicy-release"), ctx.t("orgpolicy-release-never")))
        }
        Some(OwnRelease::AfterPeriod { months, counted_from }) => parts.push(format!(
            "{} ({})",
            ctx.lang.t_args("orgpolicy-summary-release-after", &[("months".into(), months.to_string())]),
            ctx.t(&format!("orgpolicy-from-{}", counted_from.as_str()))
        )),
        None => {}
    }
    if parts.is_empty() { ctx.t("orgpolicy-summary-empty") } else { parts.join("; ") }
}

fn form(ctx: &PageCtx, settings: OrganisationSettings) -> OrgForm {
    let OrganisationSettings {
        organisation,
        policy,
        source,
        history,
        waiting_target: settings_target,
        age_range,
        retention_months,
    } = settings;
    let history = history
        .into_iter()
        .map(|change| Change {
            when: change.at.format("%Y-%m-%d %H:%M UTC").to_string(),
            who: change.by_name.map(|n| n.as_str().to_owned()).unwrap_or_default(),
            what: summary(ctx, &change.policy),
        })
        .collect();
    let (release, months, from) = match policy.release {
        Some(OwnRelease::Never) => ("never", String::new(), "last_donation"),
        Some(OwnRelease::AfterPeriod { months, counted_from }) => ("after", months.to_string(), counted_from.as_str()),
        None => ("", String::new(), "last_donation"),
    };
    let entry = organisation.policy_entry.clone().unwrap_or_else(|| ctx.t("orgpolicy-entry-none"));
    OrgForm {
        id: organisation.id,
        name: organisation.name.as_str().to_owned(),
        lead: ctx.lang.t_args("orgpolicy-lead", &[("entry".into(), entry)]),
        letters_forbidden: policy.letters_forbidden,
        max_letters: policy.max_letters_per_side.map(|m| m.to_string()).unwrap_or_default(),
        months,
        source: source.unwrap_or_default(),
        gifts: choices(ctx, &GIFTS, gifts_value(policy.gifts)),
        photos: choices(ctx, &PHOTOS, photos_value(policy.photos)),
        release: choices(ctx, &RELEASE, release),
        counted_from: choices(ctx, &FROM, from),
        history,
        reviews_letters: organisation.reviews_letters,
        waiting_target: settings_target.map(|d| d.to_string()).unwrap_or_default(),
        retention_months: retention_months.map(|m| m.to_string()).unwrap_or_default(),
        ages: age_range.map(|r| (r.min, r.max)),
    }
}

async fn page(state: &AppState, user: &CurrentUser, ctx: PageCtx, notice: Option<String>, failed: bool) -> Response {
    let settings = match organisation::settings(state, user).await {
        Ok(settings) => settings,
        Err(e) => return refused(ctx, e),
    };
    let organisations = settings.into_iter().map(|s| form(&ctx, s)).collect();
    let status = if failed { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
    (status, OrgPolicyPage { ctx, notice, failed, organisations }).into_response()
}

/// The answer to an error that the form does not explain itself: a missing or foreign organisation (and
/// invalid shipped rule data, which has always answered 404) get the not-found page, storage failures
/// the internal-error handling. An unreadable or too permissive policy is explained on the form by
/// [`save`], the only step that can meet one.
fn refused(ctx: PageCtx, err: OrganisationError) -> Response {
    match err {
        OrganisationError::Store(e) => crate::error::Problem::internal(&e).into_response(),
        OrganisationError::NotFound
        | OrganisationError::Rules(_)
        | OrganisationError::Unreadable
        | OrganisationError::LooserThanLaw(_) => super::pages::not_found_page(ctx),
    }
}

#[derive(Deserialize)]
pub(super) struct Saved {
    saved: Option<String>,
}

/// `GET /organisation/policy`.
pub(super) async fn show(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    axum::extract::Query(q): axum::extract::Query<Saved>,
) -> Response {
    let notice = q.saved.map(|what| {
        ctx.t(match what.as_str() {
            "review" => "orgreview-saved",
            "target" => "orgtarget-saved",
            "retention" => "orgretention-saved",
            "ages" => "orgages-saved",
            _ => "orgpolicy-saved",
        })
    });
    page(&state, &user, ctx, notice, false).await
}

#[derive(Deserialize)]
pub(super) struct PolicyForm {
    organisation: String,
    letters_forbidden: Option<String>,
    #[serde(default)]
    max_letters_per_side: String,
    #[serde(default)]
    gifts: String,
    #[serde(default)]
    photos: String,
    #[serde(default)]
    release: String,
    #[serde(default)]
    months: String,
    #[serde(default)]
    counted_from: String,
    #[serde(default)]
    source: String,
}

fn number(text: &str, range: std::ops::RangeInclusive<u32>) -> Result<Option<u32>, UnreadablePolicy> {
    match text.trim() {
        "" => Ok(None),
        t => t.parse::<u32>().ok().filter(|n| range.contains(n)).map(Some).ok_or(UnreadablePolicy),
    }
}

/// Reads the form into a policy; `Err` when a number or the source is not acceptable.
fn parse(form: &PolicyForm) -> Result<NewOwnPolicy, UnreadablePolicy> {
    let gifts = match form.gifts.as_str() {
        "" => None,
        "none" => Some(Gifts::None),
        "small" => Some(Gifts::Small),
        "allowed" => Some(Gifts::Allowed),
        _ => return Err(UnreadablePolicy),
    };
    let photos = match form.photos.as_str() {
        "" => None,
        "none" => Some(Photos::None),
        "allowed" => Some(Photos::Allowed),
        _ => return Err(UnreadablePolicy),
    };
    let counted_from = match form.counted_from.as_str() {
        "" | "last_donation" => StartEvent::LastDonation,
        "first_transplant" => StartEvent::FirstTransplant,
        "last_transplant" => StartEvent::LastTransplant,
        "first_collection" => StartEvent::FirstCollection,
        _ => return Err(UnreadablePolicy),
    };
    let release = match form.release.as_str() {
        "" => None,
        "never" => Some(OwnRelease::Never),
        "after" => Some(OwnRelease::AfterPeriod {
            months: number(&form.months, 1..=240)?.ok_or(UnreadablePolicy)?,
            counted_from,
        }),
        _ => return Err(UnreadablePolicy),
    };
    let policy = OwnPolicy {
        letters_forbidden: form.letters_forbidden.is_some(),
        max_letters_per_side: number(&form.max_letters_per_side, 1..=50)?,
        gifts,
        photos,
        release,
    };
    let source = form.source.trim().to_owned();
    let source_ok = url::Url::parse(&source).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
    if !policy.is_empty() && !source_ok {
        return Err(UnreadablePolicy);
    }
    Ok(NewOwnPolicy { policy, source })
}

/// `POST /organisation/policy`.
pub(super) async fn save(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<PolicyForm>,
) -> Response {
    match organisation::save_policy(&state, &user, &form.organisation, parse(&form)).await {
        Ok(()) => Redirect::to("/organisation/policy?saved=1").into_response(),
        Err(OrganisationError::Unreadable) => {
            let notice = ctx.t("orgpolicy-invalid");
            page(&state, &user, ctx, Some(notice), true).await
        }
        Err(OrganisationError::LooserThanLaw(looser)) => {
            let dimensions =
                looser.iter().map(|d| ctx.t(&format!("dim-{}", d.as_str()))).collect::<Vec<_>>().join(", ");
            let notice = ctx.lang.t_args("orgpolicy-refused", &[("dimensions".into(), dimensions)]);
            page(&state, &user, ctx, Some(notice), true).await
        }
        Err(e) => refused(ctx, e),
    }
}

#[derive(Deserialize)]
pub(super) struct LetterReviewForm {
    organisation: String,
    reviews_letters: Option<String>,
}

/// `POST /organisation/letter-review`: whether the organisation's staff review letters on its side.
pub(super) async fn save_letter_review(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<LetterReviewForm>,
) -> Response {
    let reviews = form.reviews_letters.is_some();
    match organisation::set_letter_review(&state, &user, &form.organisation, reviews).await {
        Ok(()) => Redirect::to("/organisation/policy?saved=review").into_response(),
        Err(e) => refused(ctx, e),
    }
}

#[derive(Deserialize)]
pub(super) struct WaitingTargetForm {
    organisation: String,
    /// Working days; empty for the default.
    #[serde(default)]
    days: String,
}

/// `POST /organisation/waiting-target`: how long items may wait before the coordinators are reminded.
pub(super) async fn save_waiting_target(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<WaitingTargetForm>,
) -> Response {
    let days = match form.days.trim() {
        "" => None,
        text => match text.parse::<u32>() {
            Ok(days) if (1..=organisation::MAX_WAITING_TARGET).contains(&days) => Some(days),
            _ => {
                let notice = ctx
                    .lang
                    .t_args("orgtarget-invalid", &[("max".into(), organisation::MAX_WAITING_TARGET.to_string())]);
                return page(&state, &user, ctx, Some(notice), true).await;
            }
        },
    };
    match organisation::set_waiting_target(&state, &user, &form.organisation, days).await {
        Ok(()) => Redirect::to("/organisation/policy?saved=target").into_response(),
        Err(e) => refused(ctx, e),
    }
}

#[derive(Deserialize)]
pub(super) struct RetentionForm {
    organisation: String,
    /// Months; empty to keep identities until they are erased on request.
    #[serde(default)]
    months: String,
}

/// `POST /organisation/retention`: how long identities are kept after their cases are closed.
pub(super) async fn save_retention(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<RetentionForm>,
) -> Response {
    use twinbridge_domain::retention::MAX_RETENTION_MONTHS;
    let months = match form.months.trim() {
        "" => None,
        text => match text.parse::<u32>() {
            Ok(months) if (1..=MAX_RETENTION_MONTHS).contains(&months) => Some(months),
            _ => {
                let notice =
                    ctx.lang.t_args("orgretention-invalid", &[("max".into(), MAX_RETENTION_MONTHS.to_string())]);
                return page(&state, &user, ctx, Some(notice), true).await;
            }
        },
    };
    match organisation::set_retention(&state, &user, &form.organisation, months).await {
        Ok(()) => Redirect::to("/organisation/policy?saved=retention").into_response(),
        Err(e) => refused(ctx, e),
    }
}

#[derive(Deserialize)]
pub(super) struct AgesForm {
    organisation: String,
    #[serde(default)]
    min: String,
    #[serde(default)]
    max: String,
}

/// `POST /organisation/registration-ages`: the ages at which a donor registry registers new donors.
pub(super) async fn save_registration_ages(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Form(form): Form<AgesForm>,
) -> Response {
    let range = match (form.min.trim().parse::<u8>(), form.max.trim().parse::<u8>()) {
        (Ok(min), Ok(max)) => twinbridge_domain::registration::AgeRange::new(min, max).ok(),
        _ => None,
    };
    let Some(range) = range else {
        let notice = ctx.t("orgages-invalid");
        return page(&state, &user, ctx, Some(notice), true).await;
    };
    match organisation::set_age_range(&state, &user, &form.organisation, range).await {
        Ok(()) => Redirect::to("/organisation/policy?saved=ages").into_response(),
        Err(e) => refused(ctx, e),
    }
}
