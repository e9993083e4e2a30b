//! `GET /statistics`: the caller's organisation's figures as tables, each with a bar chart drawn on the
//! server, and a link to the same figures as CSV (`services::statistics`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use twinbridge_domain::statistics::{Count, Spread, Tally};

use super::account::internal;
use super::charts::{BarChart, bar_chart};
use super::ctx::PageCtx;
use super::pages::not_found_page;
use crate::api::statistics::PeriodQuery;
use crate::auth::CurrentUser;
use crate::services::statistics::{self, PerSide, Statistics, StatisticsError, Turnaround};
use crate::state::AppState;

/// Bars wide enough for a month (`2026-03`) below them, and for a side's name.
const MONTH_BAR_WIDTH: u32 = 40;
const SIDE_BAR_WIDTH: u32 = 110;

/// A table: its caption and its rows (what, value).
pub(super) struct Table {
    caption: String,
    rows: Vec<(String, String)>,
}

/// One side's turnaround, as shown.
pub(super) struct TurnaroundRow {
    side: String,
    count: String,
    median: String,
    p90: String,
}

/// The figures, as the page shows them.
pub(super) struct Figures {
    organisation: String,
    months: Vec<(String, String, String)>,
    month_chart: BarChart,
    turnaround: Vec<TurnaroundRow>,
    turnaround_chart: BarChart,
    tables: Vec<Table>,
}

#[derive(Template, WebTemplate)]
#[template(path = "statistics.html")]
pub(super) struct StatisticsPage {
    ctx: PageCtx,
    from: String,
    to: String,
    /// The query to repeat for the CSV link (`?from=…&to=…`, or empty).
    csv_query: String,
    error: Option<String>,
    figures: Option<Figures>,
}

fn count(ctx: &PageCtx, count: Count) -> String {
    match count {
        Count::Shown(n) => n.to_string(),
        Count::Suppressed => ctx.t("stats-suppressed"),
    }
}

fn hours(value: Option<f64>) -> String {
    value.map_or_else(|| "—".to_owned(), |v| format!("{v:.1}"))
}

fn tally_rows(ctx: &PageCtx, tally: &Tally, key_prefix: &str) -> Vec<(String, String)> {
    tally.iter().map(|(name, n)| (ctx.t(&format!("{key_prefix}{name}")), count(ctx, n))).collect()
}

fn side_label(ctx: &PageCtx, side: &str, turnaround: &Turnaround) -> String {
    let name = ctx.t(&format!("stats-{side}"));
    if turnaround.own { format!("{name} ({})", ctx.t("stats-own-side")) } else { name }
}

fn turnaround_rows(ctx: &PageCtx, t: &PerSide<Turnaround>) -> Vec<TurnaroundRow> {
    [("donor-side", &t.donor_side), ("patient-side", &t.patient_side)]
        .into_iter()
        .map(|(side, turnaround)| {
            let Spread { count: n, median, p90 } = turnaround.hours;
            TurnaroundRow {
                side: side_label(ctx, side, turnaround),
                count: count(ctx, n),
                median: hours(median),
                p90: hours(p90),
            }
        })
        .collect()
}

fn figures(ctx: &PageCtx, s: &Statistics) -> Figures {
    let l = &s.letters;
    let months =
        l.by_month.iter().map(|m| (m.month.clone(), count(ctx, m.submitted), count(ctx, m.delivered))).collect();
    let month_chart = bar_chart(
        l.by_month
            .iter()
            .map(|m| (m.month.clone(), m.submitted.shown().map(|n| n as f64), count(ctx, m.submitted)))
            .collect(),
        MONTH_BAR_WIDTH,
    );
    let turnaround = turnaround_rows(ctx, &s.review_turnaround_hours);
    let turnaround_chart = bar_chart(
        [&s.review_turnaround_hours.donor_side, &s.review_turnaround_hours.patient_side]
            .into_iter()
            .zip(["donor-side", "patient-side"])
            .map(|(t, side)| (ctx.t(&format!("stats-{side}")), t.hours.median, hours(t.hours.median)))
            .collect(),
        SIDE_BAR_WIDTH,
    );
    let mut letters = vec![(ctx.t("stats-letters-submitted"), count(ctx, l.submitted))];
    letters.extend(tally_rows(ctx, &l.by_status, "letter-status-"));
    letters.push((ctx.t("stats-written-donor-side"), count(ctx, l.by_writer_side.donor_side)));
    letters.push((ctx.t("stats-written-patient-side"), count(ctx, l.by_writer_side.patient_side)));
    letters.push((ctx.t("stats-health-updates"), count(ctx, l.health_updates)));
    let r = &s.returns;
    let mut returns = vec![
        (ctx.t("stats-returns-letters"), count(ctx, r.letters_returned)),
        (ctx.t("stats-returns-decisions"), count(ctx, r.decisions)),
        (ctx.t("stats-returns-donor-side"), count(ctx, r.by_side.donor_side)),
        (ctx.t("stats-returns-patient-side"), count(ctx, r.by_side.patient_side)),
        (ctx.t("stats-returns-unmarked"), count(ctx, r.without_marked_details)),
        (ctx.t("stats-rejected"), count(ctx, r.rejected)),
    ];
    returns.extend(
        tally_rows(ctx, &r.by_category, "stats-category-")
            .into_iter()
            .map(|(name, n)| (format!("{}: {name}", ctx.t("stats-returns-marked")), n)),
    );
    let mut redactions = tally_rows(ctx, &s.redactions.by_category, "stats-category-");
    redactions.push((ctx.t("stats-letters-approved"), count(ctx, s.redactions.letters_approved)));
    redactions.push((
        ctx.t("stats-per-letter-mean"),
        s.redactions.per_letter_mean.map_or_else(|| "—".into(), |m| format!("{m:.2}")),
    ));
    let q = &s.questions;
    let questions = vec![
        (ctx.t("stats-questions-asked"), count(ctx, q.asked)),
        (ctx.t("stats-questions-answered"), count(ctx, q.answered)),
        (ctx.t("stats-first-answer-median"), hours(q.first_answer_hours.median)),
        (ctx.t("stats-first-answer-p90"), hours(q.first_answer_hours.p90)),
    ];
    let table = |key: &str, rows| Table { caption: ctx.t(key), rows };
    Figures {
        organisation: s.organisation.name.clone(),
        months,
        month_chart,
        turnaround,
        turnaround_chart,
        tables: vec![
            table("stats-letters-heading", letters),
            table("stats-returns-heading", returns),
            table("stats-redactions-heading", redactions),
            table("stats-releases-heading", tally_rows(ctx, &s.releases, "stats-release-")),
            table("stats-meetings-heading", tally_rows(ctx, &s.meetings, "stats-meeting-")),
            table("stats-questions-heading", questions),
        ],
    }
}

/// `GET /statistics?from=&to=`.
pub(super) async fn page(
    State(state): State<AppState>,
    user: CurrentUser,
    ctx: PageCtx,
    Query(query): Query<PeriodQuery>,
) -> Response {
    if !statistics::available_to(&user) {
        return not_found_page(ctx);
    }
    let from = query.from.clone().unwrap_or_default();
    let to = query.to.clone().unwrap_or_default();
    let csv_query = if from.trim().is_empty() && to.trim().is_empty() {
        String::new()
    } else {
        let encode = |v: &str| url::form_urlencoded::byte_serialize(v.trim().as_bytes()).collect::<String>();
        format!("?from={}&to={}", encode(&from), encode(&to))
    };
    let result = match statistics::period(query.from.as_deref(), query.to.as_deref()) {
        Ok(period) => statistics::for_caller(&state, &user, period).await,
        Err(e) => Err(e),
    };
    match result {
        Ok(found) => {
            let figures = Some(figures(&ctx, &found));
            StatisticsPage { ctx, from, to, csv_query, error: None, figures }.into_response()
        }
        Err(StatisticsError::Invalid { field, .. }) => {
            let error = Some(ctx.t(&format!("stats-invalid-{field}")));
            let page = StatisticsPage { ctx, from, to, csv_query: String::new(), error, figures: None };
            (StatusCode::UNPROCESSABLE_ENTITY, page).into_response()
        }
        Err(StatisticsError::NotFound) => not_found_page(ctx),
        Err(e) => internal(ctx, &e),
    }
}
