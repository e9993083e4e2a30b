//! The coordinators' case pages: the case list with search and filters (`GET /pairings` for staff) and
//! the case sections of `GET /pairings/{id}` — their own side's participant and a timeline. Participants
//! keep the simple list and page of `web/pairings.rs`.

use askama::Template;
use askama_web::WebTemplate;
use axum::response::{IntoResponse, Response};

use super::ctx::PageCtx;
use super::paging::PageLinks;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::services::case_view::{self, CaseDetail, Filter, ListQuery, TimelineEvent};
use crate::state::AppState;

pub(super) struct CaseRow {
    id: String,
    reference: String,
    status: String,
    donor_country: String,
    patient_country: String,
    last_donation: String,
    transplant: String,
    release: String,
    waiting: String,
}

pub(super) struct FilterOption {
    value: &'static str,
    label: String,
    selected: bool,
}

#[derive(Template, WebTemplate)]
#[template(path = "cases.html")]
pub(super) struct CasesPage {
    ctx: PageCtx,
    q: String,
    filters: Vec<FilterOption>,
    filtered: bool,
    rows: Vec<CaseRow>,
    may_open: bool,
    pages: PageLinks,
}

fn or_dash(value: Option<String>) -> String {
    value.unwrap_or_else(|| "—".to_owned())
}

fn waiting_text(ctx: &PageCtx, waiting: case_view::Waiting) -> String {
    let mut parts = Vec::new();
    if waiting.patient_to_attach {
        parts.push(ctx.t("cases-waiting-patient"));
    }
    if waiting.letters_to_review > 0 {
        parts
            .push(ctx.lang.t_args("cases-waiting-letters", &[("count".into(), waiting.letters_to_review.to_string())]));
    }
    if parts.is_empty() { "—".to_owned() } else { parts.join("; ") }
}

/// The staff case list (`GET /pairings` for coordinators and other staff).
pub(super) async fn staff_list(
    state: &AppState,
    user: &CurrentUser,
    ctx: PageCtx,
    query: &ListQuery,
) -> Result<Response, AppError> {
    let chosen = query.parsed_filter()?;
    let request = query.page()?;
    let page = case_view::list(state, user, query).await?;
    let kept = [("q", query.q.as_deref()), ("filter", query.filter.as_deref()), ("limit", query.limit.as_deref())];
    let pages = PageLinks::of("/pairings", &kept, &request, page.next.as_deref());
    let rows =
        page.lines
            .into_iter()
            .map(|l| CaseRow {
                id: l.id,
                reference: l.reference,
                status: ctx.t(&format!("case-status-{}", l.status.as_str())),
                donor_country: or_dash(l.donor_country),
                patient_country: or_dash(l.patient_country),
                last_donation: or_dash(l.last_donation.map(|d| {
                    format!("{} ({})", ctx.day(d.collected_on), ctx.t(&format!("case-product-{}", d.product)))
                })),
                transplant: or_dash(l.transplant_date.map(|d| ctx.day(d))),
                release: or_dash(l.release_earliest_date.map(|d| ctx.day(d))),
                waiting: waiting_text(&ctx, l.waiting),
            })
            .collect();
    let filters = Filter::ALL
        .into_iter()
        .map(|f| FilterOption {
            value: f.as_str(),
            label: ctx.t(&format!("cases-filter-{}", f.as_str())),
            selected: chosen == Some(f),
        })
        .collect();
    let q = query.q.clone().unwrap_or_default();
    let filtered = chosen.is_some() || !q.trim().is_empty();
    let may_open = crate::services::cases::may_open_pairings(state, user).await?;
    Ok(CasesPage { ctx, q, filters, filtered, rows, may_open, pages }.into_response())
}

pub(super) struct TimelineRow {
    pub(super) on: String,
    pub(super) text: String,
    pub(super) link: Option<String>,
}

/// What a coordinator's case page shows beyond the rules and letters.
pub(super) struct CaseSections {
    pub(super) status: String,
    pub(super) donor_country: String,
    pub(super) patient_country: String,
    pub(super) participant_role: String,
    pub(super) participant: Option<ParticipantRows>,
    /// The participant's identity was erased: say so rather than "not recorded".
    pub(super) participant_erased: bool,
    pub(super) timeline: Vec<TimelineRow>,
    /// "E-mails to this person could not be delivered", when sending was given up.
    pub(super) mail_warning: Option<String>,
}

pub(super) struct ParticipantRows {
    pub(super) name: String,
    pub(super) email: String,
    pub(super) grid: String,
    pub(super) town: String,
    pub(super) born: String,
}

fn event_text(ctx: &PageCtx, pairing: &str, event: &TimelineEvent) -> (String, Option<String>) {
    match event {
        TimelineEvent::Donation(product) => (
            ctx.lang.t_args("case-event-donation", &[("product".into(), ctx.t(&format!("case-product-{product}")))]),
            None,
        ),
        TimelineEvent::Transplant => (ctx.t("case-event-transplant"), None),
        TimelineEvent::PatientStatus(status) => (
            ctx.lang.t_args(
                "case-event-patient-status",
                &[("status".into(), ctx.t(&format!("case-patient-status-{status}")))],
            ),
            None,
        ),
        TimelineEvent::Letter { id, from, status } => (
            ctx.lang.t_args(
                "case-event-letter",
                &[
                    ("from".into(), ctx.t(if *from == "donor" { "letter-from-donor" } else { "letter-from-patient" })),
                    ("status".into(), ctx.t(&format!("letter-status-{status}"))),
                ],
            ),
            Some(format!("/letters/{id}")),
        ),
        TimelineEvent::Release(status) => (ctx.t(&format!("case-event-release-{status}")), None),
        TimelineEvent::Meeting(status) => (
            ctx.lang.t_args("case-event-meeting", &[("status".into(), ctx.t(&format!("contact-meeting-{status}")))]),
            None,
        ),
        TimelineEvent::Consent { role, level, form } => (
            ctx.lang.t_args(
                if form.is_some() { "case-event-consent-paper" } else { "case-event-consent" },
                &[
                    ("role".into(), ctx.t(&format!("participant-{role}"))),
                    ("level".into(), ctx.t(&format!("consent-{level}"))),
                ],
            ),
            form.as_ref().map(|f| format!("/pairings/{pairing}/consent-forms/{f}")),
        ),
    }
}

/// The coordinator's sections of a case page: the case at a glance, their own side's participant (an
/// audited identity read) and the timeline.
pub(super) async fn sections(
    state: &AppState,
    user: &CurrentUser,
    ctx: &PageCtx,
    id: &str,
) -> Result<CaseSections, AppError> {
    let detail: CaseDetail = case_view::detail(state, user, id).await?;
    let timeline = case_view::timeline(state, &detail)
        .await?
        .iter()
        .map(|e| {
            let (text, link) = event_text(ctx, id, &e.event);
            TimelineRow { on: ctx.day(e.on), text, link }
        })
        .collect();
    let participant_role =
        ctx.t(if detail.relation.is_donor_side() { "case-participant-donor" } else { "case-participant-patient" });
    let participant = detail.participant.as_ref().map(|p| ParticipantRows {
        name: p.full_name.clone(),
        email: p.email.clone(),
        grid: or_dash(p.grid.clone()),
        town: or_dash(p.town.clone()),
        born: or_dash(p.date_of_birth.map(|d| ctx.day(d))),
    });
    Ok(CaseSections {
        status: ctx.t(&format!("case-status-{}", detail.status.as_str())),
        donor_country: or_dash(detail.donor_country.clone()),
        patient_country: or_dash(detail.patient_country.clone()),
        participant_role,
        participant,
        participant_erased: detail.participant_erased,
        timeline,
        mail_warning: detail
            .mail_given_up_on
            .map(|d| ctx.lang.t_args("case-mail-given-up", &[("date".into(), ctx.day(d))])),
    })
}
