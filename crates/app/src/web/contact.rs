//! The pairing page's sections on identity release, meetings and health updates, and their forms. Every
//! step is a plain form that posts and comes back to the pairing page with a notice (`?notice=<code>`),
//! so nothing needs JavaScript; the services decide, these handlers only translate.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use twinbridge_domain::access::Relation;
use twinbridge_domain::release::SignOff;

use super::ctx::PageCtx;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::health_updates::{self, NewHealthUpdate};
use crate::services::letters::{LetterContent, LetterError};
use crate::services::meetings::{self, ArrangementsInput, MediaConsent, MeetingError, Step};
use crate::services::pairings::VisiblePairing;
use crate::services::policy;
use crate::services::release::{self, ReleaseError};
use crate::state::AppState;

/// Every notice the sections can show after a step (`contact-notice-<code>`).
pub const NOTICES: [&str; 32] = [
    "consent-saved",
    "paper-recorded",
    "paper-invalid",
    "patient-deceased",
    "consent-withdrawn",
    "stopped",
    "release-requested",
    "release-signed",
    "release-released",
    "release-never",
    "release-rules-unknown",
    "release-waiting",
    "release-not-initiator",
    "release-consent",
    "release-open",
    "release-done",
    "release-moved",
    "meeting-proposed",
    "meeting-updated",
    "meeting-not-released",
    "meeting-consent",
    "meeting-open",
    "meeting-wrong-state",
    "meeting-own-proposal",
    "meeting-moved",
    "meeting-invalid",
    "health-recorded",
    "health-invalid",
    "not-allowed-by-rules",
    "rules-unknown",
    "consent",
    "failed",
];

/// A label and a value.
pub(super) struct Fact {
    label: String,
    value: String,
}

/// A condition a coordinator can attest, as a checkbox.
pub(super) struct Attestable {
    name: &'static str,
    label: String,
}

pub(super) struct MeetingRow {
    id: String,
    status: String,
    proposed_by: String,
    note: String,
    /// For the proposer's side: what the screen removed from the note for the other side.
    note_removed: Vec<String>,
    date: String,
    /// The day in words, for reading (`date` is the form's value).
    date_text: String,
    place: String,
    staff: String,
    media: String,
    may_answer: bool,
    may_cancel: bool,
    may_arrange: bool,
}

pub(super) struct UpdateRow {
    id: String,
    on: String,
    status: String,
    text: String,
    state: String,
}

/// The sections, for the pairing page.
#[derive(Template)]
#[template(path = "contact_sections.html")]
pub(super) struct ContactSections {
    ctx: PageCtx,
    id: String,
    staff: bool,
    notice: Option<String>,
    release_state: String,
    release_needs: Vec<String>,
    may_request: bool,
    refusal: Option<String>,
    sign_off_request: Option<String>,
    attestable: Vec<Attestable>,
    counterpart: Vec<Fact>,
    released: bool,
    meetings: Vec<MeetingRow>,
    may_propose: bool,
    updates: Vec<UpdateRow>,
    may_record_update: bool,
    next_update_due: Option<String>,
    statuses: Vec<(&'static str, String)>,
    today: String,
    /// The health-update form as typed (when refused or kept across a sign-in).
    update_status: String,
    update_on: String,
    update_text: String,
    /// Why the typed health update was refused, shown beside its text.
    update_error: Option<String>,
    /// Staff: their own side's participants, for a consent from a signed form.
    own_participants: Vec<(String, String)>,
    levels: Vec<(&'static str, String)>,
    shares: Vec<(&'static str, String)>,
}

/// Builds the sections for the caller of a pairing the page has read with its rules evaluated today;
/// `notice` is the code of the step just taken, if any.
pub(super) async fn sections(
    state: &AppState,
    user: &CurrentUser,
    ctx: &PageCtx,
    (visible, evaluated): (&VisiblePairing, &policy::Evaluated),
    notice: Option<&str>,
    kept: Option<&super::kept::Kept>,
) -> Result<String, AppError> {
    let id = &visible.pairing.id.to_string();
    let relation = visible.relation;
    // A health update refused or sent after the session ended is in the form again; a refusal is shown
    // beside its text rather than at the top.
    let typed_update = kept.map(|k| (k.get("status"), k.get("on"), k.get("text")));
    let update_error = match (kept, notice) {
        (Some(k), Some(code)) if !k.signed_out && NOTICES.contains(&code) => {
            Some(ctx.t(&format!("contact-notice-{code}")))
        }
        _ => None,
    };
    let notice = if update_error.is_some() { None } else { notice };
    let kept_notice = kept.filter(|k| k.signed_out).map(|_| ctx.t("form-kept"));
    let staff = !matches!(relation, Relation::Participant(_));
    let overview = release::overview_of(visible, evaluated);
    let t = |key: &str| ctx.t(key);
    let released = overview.request.as_ref().is_some_and(|r| r.status == "released");
    let release_state = match &overview.request {
        Some(r) if r.status == "released" => ctx.lang.t_args(
            "contact-release-released",
            &[("date".into(), r.ended_at.map(|at| ctx.day(at.date_naive())).unwrap_or_default())],
        ),
        Some(r) if r.status == "requested" => {
            ctx.lang.t_args("contact-release-requested", &[("date".into(), ctx.day(r.created_at.date_naive()))])
        }
        Some(r) if overview.possible == "after_period" => ctx.lang.t_args(
            "contact-release-stopped",
            &[("reason".into(), t(&format!("contact-notice-{}", r.stop_reason.as_deref().unwrap_or("failed"))))],
        ),
        _ => match (overview.possible, overview.earliest_date) {
            ("never", _) => t("explain-release-never"),
            ("after_period", Some(date)) if date > state.clock.today() => {
                ctx.lang.t_args("explain-release-after", &[("date".into(), ctx.day(date))])
            }
            ("after_period", _) => t("explain-release-passed"),
            _ => t("explain-release-unknown"),
        },
    };
    let mut release_needs = Vec::new();
    if let Some(r) = overview.request.as_ref().filter(|r| r.status == "requested") {
        if !r.donor_signed {
            release_needs.push(t("contact-needs-donor-sign-off"));
        }
        if !r.patient_signed {
            release_needs.push(t("contact-needs-patient-sign-off"));
        }
        release_needs.extend(overview.open_conditions.iter().map(|c| t(&format!("condition-{c}"))));
    }
    let refusal = match overview.refusal {
        // Waiting and never are already the state line.
        Some("release-waiting" | "release-never" | "release-rules-unknown") | None => None,
        Some(code) => Some(t(&format!("contact-notice-{code}"))),
    };
    let sign_off_request = if overview.may_sign_off { overview.request.as_ref().map(|r| r.id.clone()) } else { None };
    let attestable = if staff {
        let mut names: Vec<&'static str> = release::attestable(overview.side).into_iter().map(|c| c.as_str()).collect();
        names.push("confidentiality_agreement");
        names.into_iter().map(|name| Attestable { name, label: t(&format!("contact-attest-{name}")) }).collect()
    } else {
        Vec::new()
    };
    let counterpart = if staff { Vec::new() } else { counterpart_facts(ctx, state, user, visible, evaluated).await? };
    let meeting_views = meetings::list_of(state, user, visible).await?;
    let open_meeting = meeting_views.iter().any(|m| m.status == "proposed" || m.status == "accepted");
    let meetings = meeting_views
        .iter()
        .map(|m| MeetingRow {
            id: m.id.clone(),
            status: t(&format!("contact-meeting-{}", m.status)),
            proposed_by: t(if m.proposed_by == "donor" { "side-donor" } else { "side-patient" }),
            note: m.note.clone(),
            note_removed: m.note_removed.clone(),
            date: m.date.map(|d| d.to_string()).unwrap_or_default(),
            date_text: m.date.map(|d| ctx.day(d)).unwrap_or_default(),
            place: m.place.clone().unwrap_or_default(),
            staff: m.staff_attending.join(", "),
            media: [(m.media_consent.donor, "side-donor"), (m.media_consent.patient, "side-patient")]
                .iter()
                .filter(|(yes, _)| *yes)
                .map(|(_, key)| t(key))
                .collect::<Vec<_>>()
                .join(", "),
            may_answer: m.may_answer,
            may_cancel: m.may_cancel,
            may_arrange: m.may_arrange,
        })
        .collect();
    let updates = health_updates::list_of(state, user, visible)
        .await?
        .into_iter()
        .map(|u| UpdateRow {
            id: u.line.id.clone(),
            on: u.line.health_on.clone().unwrap_or_default(),
            status: t(&format!("case-patient-status-{}", u.line.health_status.unwrap_or("unknown"))),
            text: match &u.content {
                LetterContent::Reader { text, .. } => text.clone().unwrap_or_default(),
                LetterContent::ReaderSideStaff { text, .. } => text.clone(),
                LetterContent::WriterSideStaff { original, .. } => original.clone(),
                LetterContent::Writer { body, .. } => body.clone(),
            },
            state: t(&format!("letter-status-{}", u.line.status)),
        })
        .collect();
    let may_record_update = relation == Relation::PatientSideStaff;
    let next_update_due = if may_record_update {
        visible
            .pairing
            .transplant_date
            .and_then(|t| twinbridge_domain::notice::next_health_update(t, state.clock.today()))
            .map(|d| ctx.day(d))
    } else {
        None
    };
    let statuses = twinbridge_domain::PatientStatus::ALL
        .iter()
        .map(|s| (s.as_str(), t(&format!("case-patient-status-{}", s.as_str()))))
        .collect();
    let own_participants = if staff {
        visible
            .participants
            .iter()
            .filter(|p| p.role.is_donor_side() == relation.is_donor_side())
            .map(|p| (p.id.to_string(), t(&format!("participant-{}", p.role.kind_str()))))
            .collect()
    } else {
        Vec::new()
    };
    let levels = twinbridge_domain::consent::ConsentLevel::ALL
        .iter()
        .map(|l| (l.as_str(), t(&format!("consent-{}", l.as_str()))))
        .collect();
    let shares = twinbridge_domain::consent::ShareField::ALL
        .iter()
        .map(|f| (f.as_str(), t(&format!("share-{}", f.as_str()))))
        .collect();
    let page = ContactSections {
        own_participants,
        levels,
        shares,
        ctx: ctx.clone(),
        id: id.to_owned(),
        staff,
        notice: notice.filter(|n| NOTICES.contains(n)).map(|n| t(&format!("contact-notice-{n}"))).or(kept_notice),
        update_status: typed_update.as_ref().map(|u| u.0.clone()).unwrap_or_default(),
        update_on: typed_update
            .as_ref()
            .map(|u| u.1.clone())
            .filter(|d| !d.is_empty())
            .unwrap_or_else(|| state.clock.today().to_string()),
        update_text: typed_update.map(|u| u.2).unwrap_or_default(),
        update_error,
        release_state,
        release_needs,
        may_request: overview.may_request,
        refusal,
        sign_off_request,
        attestable,
        counterpart,
        released,
        meetings,
        may_propose: !staff && released && !open_meeting,
        updates,
        may_record_update,
        next_update_due,
        statuses,
        today: state.clock.today().to_string(),
    };
    page.render().map_err(AppError::internal)
}

async fn counterpart_facts(
    ctx: &PageCtx,
    state: &AppState,
    user: &CurrentUser,
    visible: &VisiblePairing,
    evaluated: &policy::Evaluated,
) -> Result<Vec<Fact>, AppError> {
    let c = release::counterpart_of(state, user, visible, Some(evaluated)).await?;
    // In the order of `FACTS`.
    let sex = c.sex.map(|x| ctx.t(&format!("contact-sex-{x}")));
    let values = [c.first_name, c.full_name, c.email, c.phone, c.town, c.postal_address, c.country, c.age_group, sex];
    let fields = FACTS.into_iter().zip(values);
    Ok(fields
        .into_iter()
        .filter_map(|(name, value)| value.map(|value| Fact { label: ctx.t(&format!("contact-fact-{name}")), value }))
        .collect())
}

/// Names of the facts a counterpart may carry (`contact-fact-<name>`).
pub const FACTS: [&str; 9] =
    ["first_name", "full_name", "email", "phone", "town", "postal_address", "country", "age_group", "sex"];

fn back(pairing: &str, notice: &str) -> Response {
    Redirect::to(&format!("/pairings/{pairing}?notice={notice}#contact")).into_response()
}

fn release_notice(err: ReleaseError) -> Result<&'static str, AppError> {
    match err {
        ReleaseError::Refused(refusal) => Ok(refusal.code()),
        ReleaseError::Conflict(code, _) => Ok(code),
        other => Err(other.into()),
    }
}

/// `POST /pairings/{id}/release`: a participant asks.
pub(super) async fn request(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let notice = match release::request(&state, &user, &id).await {
        Ok(_) => "release-requested",
        Err(err) => release_notice(err)?,
    };
    Ok(back(&id, notice))
}

#[derive(serde::Deserialize)]
pub(super) struct SignOffForm {
    pairing: String,
    #[serde(default)]
    counselling_recorded: Option<String>,
    #[serde(default)]
    patient_well_confirmed: Option<String>,
    #[serde(default)]
    no_further_donation_expected: Option<String>,
    #[serde(default)]
    confidentiality_agreement: Option<String>,
}

/// `POST /release-requests/{id}/sign-off`: a coordinator signs off.
pub(super) async fn sign_off(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<SignOffForm>,
) -> Result<Response, AppError> {
    let sign_off = SignOff {
        counselling_recorded: form.counselling_recorded.is_some(),
        patient_well_confirmed: form.patient_well_confirmed.is_some(),
        no_further_donation_expected: form.no_further_donation_expected.is_some(),
        confidentiality_agreement: form.confidentiality_agreement.is_some(),
    };
    let notice = match release::sign_off(&state, &user, &id, sign_off).await {
        Ok(r) if r.status == twinbridge_domain::release::ReleaseStatus::Released => "release-released",
        Ok(_) => "release-signed",
        Err(err) => release_notice(err)?,
    };
    Ok(back(&form.pairing, notice))
}

fn meeting_notice(err: MeetingError) -> Result<&'static str, AppError> {
    match err {
        MeetingError::Refused(refusal) => Ok(refusal.code()),
        MeetingError::Moved => Ok("meeting-moved"),
        MeetingError::Invalid { .. } => Ok("meeting-invalid"),
        other => Err(other.into()),
    }
}

#[derive(serde::Deserialize)]
pub(super) struct ProposalForm {
    #[serde(default)]
    note: String,
}

/// `POST /pairings/{id}/meetings`: a participant proposes.
pub(super) async fn propose(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<ProposalForm>,
) -> Result<Response, AppError> {
    let notice = match meetings::propose(&state, &user, &id, &form.note).await {
        Ok(_) => "meeting-proposed",
        Err(err) => meeting_notice(err)?,
    };
    Ok(back(&id, notice))
}

#[derive(serde::Deserialize)]
pub(super) struct MeetingForm {
    pairing: String,
}

/// `POST /meetings/{id}/{step}`: accept, decline or cancel.
pub(super) async fn step(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((id, step)): Path<(String, String)>,
    axum::Form(form): axum::Form<MeetingForm>,
) -> Result<Response, AppError> {
    let step = match step.as_str() {
        "accept" => Step::Accept,
        "decline" => Step::Decline,
        "cancel" => Step::Cancel,
        _ => return Err(AppError::NotFound),
    };
    let notice = match meetings::step(&state, &user, &id, step).await {
        Ok(_) => "meeting-updated",
        Err(err) => meeting_notice(err)?,
    };
    Ok(back(&form.pairing, notice))
}

#[derive(serde::Deserialize)]
pub(super) struct ArrangeForm {
    pairing: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    place: String,
    #[serde(default)]
    staff: String,
    #[serde(default)]
    donor_media: Option<String>,
    #[serde(default)]
    patient_media: Option<String>,
}

/// `POST /meetings/{id}/arrange`: a coordinator records the arrangements.
pub(super) async fn arrange(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<ArrangeForm>,
) -> Result<Response, AppError> {
    let date = match form.date.trim() {
        "" => None,
        text => match text.parse() {
            Ok(date) => Some(date),
            Err(_) => return Ok(back(&form.pairing, "meeting-invalid")),
        },
    };
    let input = ArrangementsInput {
        date,
        place: Some(form.place),
        staff_attending: form.staff.lines().map(str::to_owned).collect(),
        media_consent: MediaConsent { donor: form.donor_media.is_some(), patient: form.patient_media.is_some() },
    };
    let notice = match meetings::arrange(&state, &user, &id, input).await {
        Ok(_) => "meeting-updated",
        Err(err) => meeting_notice(err)?,
    };
    Ok(back(&form.pairing, notice))
}

/// `POST /pairings/{id}/paper-consent`: a coordinator records a consent from a signed form (multipart).
pub(super) async fn paper_consent(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<String>,
    form: axum::extract::Multipart,
) -> Result<Response, AppError> {
    let Ok(paper) = crate::api::consent_forms::read_paper_consent(form).await else {
        return Ok(back(&id, "paper-invalid"));
    };
    let notice = match crate::services::consent::record_from_paper(&state, &user, &id, paper).await {
        Ok(_) => "paper-recorded",
        Err(LetterError::BadInput(_) | LetterError::BadPicture(_)) => "paper-invalid",
        Err(other) => return Err(other.into()),
    };
    Ok(back(&id, notice))
}

#[derive(serde::Deserialize)]
pub(super) struct UpdateForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    on: String,
    #[serde(default)]
    text: String,
}

/// `POST /pairings/{id}/health-updates`: the patient side's coordinator records an update.
pub(super) async fn record_update(
    State(state): State<AppState>,
    user: CurrentUser,
    session: tower_sessions::Session,
    Path(id): Path<String>,
    axum::Form(form): axum::Form<UpdateForm>,
) -> Result<Response, AppError> {
    health_updates::may_record(&state, &user, &id).await?;
    let typed = vec![
        ("status".to_owned(), form.status.clone()),
        ("on".to_owned(), form.on.clone()),
        ("text".to_owned(), form.text.clone()),
    ];
    let notice = match form.on.trim().parse() {
        Err(_) => "health-invalid",
        Ok(on) => {
            let new = NewHealthUpdate { status: form.status, text: form.text, on, language: None, redactions: None };
            match health_updates::record(&state, &user, &id, new).await {
                Ok(_) => "health-recorded",
                Err(LetterError::BadInput(_)) => "health-invalid",
                Err(LetterError::NotAllowed { code, .. }) if NOTICES.contains(&code) => code,
                Err(other) => return Err(other.into()),
            }
        }
    };
    if notice != "health-recorded" {
        // Refused: what was typed is in the form again, with the reason beside it.
        super::kept::keep_refused(&state, &session, &user, &format!("/pairings/{id}/health-updates"), typed).await;
    }
    Ok(back(&id, notice))
}
