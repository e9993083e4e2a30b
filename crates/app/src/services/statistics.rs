//! How an organisation's contact service works, in figures (docs/adr/0017-statistics.md): the letters,
//! reviews, returns, redactions, identity releases, meetings and questions of the pairings where the
//! caller's organisation stands on either side. Read from statuses, sides, categories and timestamps only;
//! nothing is decrypted. Counts of 1 to 4 are suppressed (`domain::statistics`). Figures hold no identity
//! and no text, so reading them is not audited (a service token's use is, as every use is).

use std::collections::HashMap;

use serde::Serialize;
use twinbridge_domain::letter::{Decision, LetterStatus};
use twinbridge_domain::rules::Side;
use twinbridge_domain::statistics::{Count, Period, Spread, Tally, hours_between, mean, month_of};
use twinbridge_domain::{OrganisationId, OrganisationKind};
use twinbridge_store::StoreError;
use twinbridge_store::repo;
use twinbridge_store::repo::statistics::{LetterFacts, ReviewFacts};

use crate::auth::CurrentUser;
use crate::state::AppState;

/// Why there are no statistics for the caller.
#[derive(Debug, thiserror::Error)]
pub enum StatisticsError {
    /// Not staff of an organisation (participants have no statistics).
    #[error("not found")]
    NotFound,
    /// `from` or `to` is not a day, or `from` lies after `to`.
    #[error("{field}: {why}")]
    Invalid {
        /// The query parameter.
        field: &'static str,
        /// Why.
        why: &'static str,
    },
    /// Storage failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Letter statuses as reported (a letter read by its reader counts as delivered).
pub const LETTER_STATUSES: [&str; 7] =
    ["in_review", "returned", "rejected", "withdrawn", "delivered", "ready_to_send", "sent"];
/// The categories a redaction can have (the screen's); anything else is counted as `OTHER`.
pub const REDACTION_CATEGORIES: [&str; 8] =
    ["PERSON", "LOCATION", "ORGANIZATION", "DATE", "AGE", "CONTACT", "ID_NUMBER", "OTHER"];
/// Where an identity release request stands.
pub const RELEASE_STATUSES: [&str; 3] = ["requested", "released", "stopped"];
/// Where a meeting stands; `held` is an accepted meeting whose day has passed.
pub const MEETING_STATUSES: [&str; 5] = ["proposed", "accepted", "held", "declined", "cancelled"];

/// The figures of one organisation (the JSON of `GET /api/v1/statistics`).
#[derive(Debug, Clone, Serialize)]
pub struct Statistics {
    /// Whose figures.
    pub organisation: OrganisationRef,
    /// The days covered.
    pub period: Period,
    /// Participants' letters (health updates only counted apart).
    pub letters: LetterFigures,
    /// Hours each side took to decide, from the letter reaching it.
    pub review_turnaround_hours: PerSide<Turnaround>,
    /// Letters sent back to their writers.
    pub returns: ReturnFigures,
    /// Details taken out of approved letters.
    pub redactions: RedactionFigures,
    /// Identity release requests by where they stand.
    pub releases: Tally,
    /// Meetings by where they stand.
    pub meetings: Tally,
    /// Questions put to the organisation.
    pub questions: QuestionFigures,
}

/// An organisation named.
#[derive(Debug, Clone, Serialize)]
pub struct OrganisationRef {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
}

/// One figure for each side of the pairings.
#[derive(Debug, Clone, Serialize)]
pub struct PerSide<T> {
    /// The donor registry's side.
    pub donor_side: T,
    /// The patient's organisation's or transplant centre's side.
    pub patient_side: T,
}

/// Letter counts.
#[derive(Debug, Clone, Serialize)]
pub struct LetterFigures {
    /// Every letter submitted in the period.
    pub submitted: Count,
    /// By where they stand now.
    pub by_status: Tally,
    /// By the writer's side.
    pub by_writer_side: PerSide<Count>,
    /// By month of (last) submission, oldest first.
    pub by_month: Vec<MonthFigures>,
    /// Health updates submitted in the period (letters of their own kind, counted only here).
    pub health_updates: Count,
}

/// The letters of one month.
#[derive(Debug, Clone, Serialize)]
pub struct MonthFigures {
    /// `YYYY-MM`.
    pub month: String,
    /// Submitted in that month.
    pub submitted: Count,
    /// Of those, delivered (or sent to an offline reader) by now.
    pub delivered: Count,
}

/// One side's review turnaround.
#[derive(Debug, Clone, Serialize)]
pub struct Turnaround {
    /// Whether this is the caller's organisation's side.
    pub own: bool,
    /// Decisions measured, median and 90th percentile, in hours.
    #[serde(flatten)]
    pub hours: Spread,
}

/// Returns and their categories. A reviewer's reasons are free text and stay sealed; the categories are
/// those of the details the reviewer marked when returning.
#[derive(Debug, Clone, Serialize)]
pub struct ReturnFigures {
    /// Letters returned at least once in the period.
    pub letters_returned: Count,
    /// Return decisions in the period.
    pub decisions: Count,
    /// Return decisions by the returning side.
    pub by_side: PerSide<Count>,
    /// Marked details of returned letters, by category.
    pub by_category: Tally,
    /// Returns that marked no detail (the reason is in the note alone).
    pub without_marked_details: Count,
    /// Letters refused for good in the period.
    pub rejected: Count,
}

/// Redactions of approved letters (by people and by the screen standing in for a side).
#[derive(Debug, Clone, Serialize)]
pub struct RedactionFigures {
    /// Every redaction, by category.
    pub by_category: Tally,
    /// Letters approved by at least one side in the period.
    pub letters_approved: Count,
    /// Redactions per approved letter, on average (from five letters).
    pub per_letter_mean: Option<f64>,
}

/// Questions and how fast staff answered them.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionFigures {
    /// Asked in the period (visitors' unconfirmed questions left out).
    pub asked: Count,
    /// Of those, answered by staff.
    pub answered: Count,
    /// Hours to the first answer.
    pub first_answer_hours: Spread,
}

/// The organisation whose figures the caller sees: the first one they are staff of.
fn organisation_of(user: &CurrentUser) -> Result<OrganisationId, StatisticsError> {
    if !user.is_staff() {
        return Err(StatisticsError::NotFound);
    }
    user.roles.first().map(|(organisation, _)| *organisation).ok_or(StatisticsError::NotFound)
}

/// Whether the caller has statistics to see (staff of an organisation).
pub fn available_to(user: &CurrentUser) -> bool {
    organisation_of(user).is_ok()
}

/// Parses the period of `?from=&to=`.
pub fn period(from: Option<&str>, to: Option<&str>) -> Result<Period, StatisticsError> {
    Period::parse(from, to).map_err(|e| StatisticsError::Invalid { field: e.what, why: e.why })
}

/// The figures of the caller's organisation over `period`.
#[tracing::instrument(level = "debug", skip_all)]
pub async fn for_caller(state: &AppState, user: &CurrentUser, period: Period) -> Result<Statistics, StatisticsError> {
    let organisation = organisation_of(user)?;
    let conn = state.store.read();
    let found = repo::organisations::get(conn, organisation).await?.ok_or(StatisticsError::NotFound)?;
    let own_side = if found.kind == OrganisationKind::DonorRegistry { Side::Donor } else { Side::Patient };
    let all_letters = repo::statistics::letters_of(conn, organisation).await?;
    let health_updates = all_letters.iter().filter(|l| l.health_update && submitted_in(l, period)).count();
    let letters: HashMap<uuid::Uuid, LetterFacts> =
        all_letters.into_iter().filter(|l| !l.health_update).map(|l| (l.id, l)).collect();
    let mut reviews: Vec<ReviewFacts> = repo::statistics::reviews_of(conn, organisation)
        .await?
        .into_iter()
        .filter(|r| letters.contains_key(&r.letter))
        .collect();
    reviews.sort_by_key(|r| (r.letter, r.at));
    let in_period: Vec<&ReviewFacts> = reviews.iter().filter(|r| period.contains(r.at)).collect();

    let releases = tally_in(
        &RELEASE_STATUSES,
        repo::statistics::releases_of(conn, organisation).await?.into_iter().filter(|(_, at)| period.contains(*at)),
        |(status, _)| status,
    );
    let today = state.clock.today();
    let meetings = tally_in(
        &MEETING_STATUSES,
        repo::statistics::meetings_of(conn, organisation)
            .await?
            .into_iter()
            .filter(|(_, at, _)| period.contains(*at))
            .map(|(status, _, day)| {
                let held = status == "accepted" && day.is_some_and(|d| d < today);
                if held { "held".to_owned() } else { status }
            }),
        |status| status,
    );
    let questions = question_figures(repo::statistics::questions_of(conn, organisation).await?, period);

    Ok(Statistics {
        organisation: OrganisationRef { id: organisation.to_string(), name: found.name.as_str().to_owned() },
        period,
        letters: letter_figures(letters.values().filter(|l| submitted_in(l, period)), Count::of(health_updates as u64)),
        review_turnaround_hours: turnaround(&letters, &reviews, period, own_side),
        returns: return_figures(&in_period),
        redactions: redaction_figures(&in_period),
        releases,
        meetings,
        questions,
    })
}

fn submitted_in(letter: &LetterFacts, period: Period) -> bool {
    letter.submitted_at.is_some_and(|at| period.contains(at))
}

fn tally_in<T>(names: &[&str], items: impl Iterator<Item = T>, name: impl Fn(T) -> String) -> Tally {
    let mut tally = Tally::with_names(names.iter().copied());
    for item in items {
        tally.add(&name(item));
    }
    tally
}

const fn reported_status(status: LetterStatus) -> &'static str {
    match status {
        LetterStatus::Read => "delivered",
        other => other.public_name(),
    }
}

fn per_side<T>(mut of: impl FnMut(Side) -> T) -> PerSide<T> {
    PerSide { donor_side: of(Side::Donor), patient_side: of(Side::Patient) }
}

fn letter_figures<'a>(letters: impl Iterator<Item = &'a LetterFacts>, health_updates: Count) -> LetterFigures {
    let letters: Vec<&LetterFacts> = letters.collect();
    let by_status = tally_in(&LETTER_STATUSES, letters.iter(), |l| reported_status(l.status).to_owned());
    let mut months: Vec<(String, u64, u64)> = Vec::new();
    for letter in &letters {
        let Some(at) = letter.submitted_at else { continue };
        let month = month_of(at);
        let index = match months.iter().position(|(m, ..)| *m == month) {
            Some(i) => i,
            None => {
                months.push((month, 0, 0));
                months.len() - 1
            }
        };
        months[index].1 += 1;
        if letter.status.approved() {
            months[index].2 += 1;
        }
    }
    months.sort();
    LetterFigures {
        submitted: Count::of_len(&letters),
        by_status,
        by_writer_side: per_side(|side| Count::of_len(letters.iter().filter(|l| l.writer_side == side))),
        by_month: months
            .into_iter()
            .map(|(month, submitted, delivered)| MonthFigures {
                month,
                submitted: Count::of(submitted),
                delivered: Count::of(delivered),
            })
            .collect(),
        health_updates,
    }
}

/// Hours from a letter reaching a side to that side's decision, for the decisions people made in the
/// period. A letter reaches the first side when submitted and the second when the first approves; a
/// decision in an earlier round of a letter returned and sent again is left out, since only the last
/// submission's time is kept.
fn turnaround(
    letters: &HashMap<uuid::Uuid, LetterFacts>,
    reviews: &[ReviewFacts],
    period: Period,
    own_side: Side,
) -> PerSide<Turnaround> {
    let mut hours: HashMap<Side, Vec<f64>> = HashMap::new();
    for (i, review) in reviews.iter().enumerate() {
        if !review.by_hand || !period.contains(review.at) {
            continue;
        }
        let previous = i.checked_sub(1).map(|p| &reviews[p]).filter(|p| p.letter == review.letter);
        let submitted = letters.get(&review.letter).and_then(|l| l.submitted_at);
        let start = match previous {
            Some(p) if p.decision == Decision::Approve && p.side != review.side => Some(p.at),
            _ => submitted.filter(|s| *s <= review.at && previous.is_none_or(|p| p.at <= *s)),
        };
        if let Some(start) = start {
            hours.entry(review.side).or_default().push(hours_between(start, review.at));
        }
    }
    per_side(|side| Turnaround { own: side == own_side, hours: Spread::of(hours.remove(&side).unwrap_or_default()) })
}

fn category_of(stored: &str) -> &'static str {
    REDACTION_CATEGORIES.into_iter().find(|c| *c == stored).unwrap_or("OTHER")
}

fn return_figures(reviews: &[&ReviewFacts]) -> ReturnFigures {
    let returns: Vec<&&ReviewFacts> = reviews.iter().filter(|r| r.decision == Decision::Return).collect();
    let mut letters: Vec<uuid::Uuid> = returns.iter().map(|r| r.letter).collect();
    letters.sort();
    letters.dedup();
    let by_category = tally_in(&REDACTION_CATEGORIES, returns.iter().flat_map(|r| r.categories.iter()), |c| {
        category_of(c).to_owned()
    });
    ReturnFigures {
        letters_returned: Count::of_len(&letters),
        decisions: Count::of_len(&returns),
        by_side: per_side(|side| Count::of_len(returns.iter().filter(|r| r.side == side))),
        by_category,
        without_marked_details: Count::of_len(returns.iter().filter(|r| r.categories.is_empty())),
        rejected: Count::of_len(reviews.iter().filter(|r| r.decision == Decision::Reject)),
    }
}

fn redaction_figures(reviews: &[&ReviewFacts]) -> RedactionFigures {
    let approvals: Vec<&&ReviewFacts> = reviews.iter().filter(|r| r.decision == Decision::Approve).collect();
    let mut letters: Vec<uuid::Uuid> = approvals.iter().map(|r| r.letter).collect();
    letters.sort();
    letters.dedup();
    let redactions = approvals.iter().map(|r| r.categories.len() as u64).sum();
    RedactionFigures {
        by_category: tally_in(&REDACTION_CATEGORIES, approvals.iter().flat_map(|r| r.categories.iter()), |c| {
            category_of(c).to_owned()
        }),
        letters_approved: Count::of_len(&letters),
        per_letter_mean: mean(redactions, letters.len() as u64),
    }
}

fn question_figures(questions: Vec<repo::statistics::QuestionFacts>, period: Period) -> QuestionFigures {
    let asked: Vec<_> =
        questions.into_iter().filter(|q| q.status != "unconfirmed" && period.contains(q.asked_at)).collect();
    let waits: Vec<f64> =
        asked.iter().filter_map(|q| q.first_answer_at.map(|at| hours_between(q.asked_at, at))).collect();
    QuestionFigures {
        asked: Count::of_len(&asked),
        answered: Count::of(waits.len() as u64),
        first_answer_hours: Spread::of(waits),
    }
}

/// The figures as CSV, one row per figure (`section,item,value`; RFC 4180 quoting, cells a spreadsheet
/// would run as formulas neutralised, suppressed counts as `<5`, figures not shown left empty).
pub fn to_csv(figures: &Statistics) -> Result<Vec<u8>, StatisticsError> {
    let write_err = |e: csv::Error| StatisticsError::Store(StoreError::corrupt("statistics", uuid::Uuid::nil(), e));
    let mut out = csv::Writer::from_writer(Vec::new());
    for row in csv_rows(figures) {
        let cells = row.iter().map(|cell| twinbridge_domain::registration::spreadsheet_cell(cell));
        out.write_record(cells).map_err(write_err)?;
    }
    out.into_inner().map_err(|e| write_err(e.into_error().into()))
}

fn csv_rows(f: &Statistics) -> Vec<[String; 3]> {
    let row = |section: &str, item: &str, value: String| [section.to_owned(), item.to_owned(), value];
    let number = |value: Option<f64>| value.map(|v| v.to_string()).unwrap_or_default();
    let mut rows = vec![
        row("section", "item", "value".into()),
        row("organisation", "name", f.organisation.name.clone()),
        row("period", "from", f.period.from.map(|d| d.to_string()).unwrap_or_default()),
        row("period", "to", f.period.to.map(|d| d.to_string()).unwrap_or_default()),
        row("letters", "submitted", f.letters.submitted.to_string()),
    ];
    rows.extend(f.letters.by_status.iter().map(|(s, c)| row("letters_by_status", s, c.to_string())));
    rows.push(row("letters_by_writer_side", "donor_side", f.letters.by_writer_side.donor_side.to_string()));
    rows.push(row("letters_by_writer_side", "patient_side", f.letters.by_writer_side.patient_side.to_string()));
    for m in &f.letters.by_month {
        rows.push(row("letters_submitted_by_month", &m.month, m.submitted.to_string()));
        rows.push(row("letters_delivered_by_month", &m.month, m.delivered.to_string()));
    }
    rows.push(row("letters", "health_updates", f.letters.health_updates.to_string()));
    for (side, t) in [
        ("donor_side", &f.review_turnaround_hours.donor_side),
        ("patient_side", &f.review_turnaround_hours.patient_side),
    ] {
        let section = format!("review_turnaround_hours_{side}");
        rows.push(row(&section, "own_side", t.own.to_string()));
        rows.push(row(&section, "count", t.hours.count.to_string()));
        rows.push(row(&section, "median", number(t.hours.median)));
        rows.push(row(&section, "p90", number(t.hours.p90)));
    }
    let r = &f.returns;
    rows.push(row("returns", "letters_returned", r.letters_returned.to_string()));
    rows.push(row("returns", "decisions", r.decisions.to_string()));
    rows.push(row("returns", "by_donor_side", r.by_side.donor_side.to_string()));
    rows.push(row("returns", "by_patient_side", r.by_side.patient_side.to_string()));
    rows.push(row("returns", "without_marked_details", r.without_marked_details.to_string()));
    rows.push(row("returns", "rejected", r.rejected.to_string()));
    rows.extend(r.by_category.iter().map(|(c, n)| row("returns_by_category", c, n.to_string())));
    rows.extend(f.redactions.by_category.iter().map(|(c, n)| row("redactions_by_category", c, n.to_string())));
    rows.push(row("redactions", "letters_approved", f.redactions.letters_approved.to_string()));
    rows.push(row("redactions", "per_letter_mean", number(f.redactions.per_letter_mean)));
    rows.extend(f.releases.iter().map(|(s, n)| row("releases", s, n.to_string())));
    rows.extend(f.meetings.iter().map(|(s, n)| row("meetings", s, n.to_string())));
    let q = &f.questions;
    rows.push(row("questions", "asked", q.asked.to_string()));
    rows.push(row("questions", "answered", q.answered.to_string()));
    rows.push(row("questions", "first_answer_hours_median", number(q.first_answer_hours.median)));
    rows.push(row("questions", "first_answer_hours_p90", number(q.first_answer_hours.p90)));
    rows
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, TimeDelta, Utc};

    use super::*;

    fn at(hours: i64) -> DateTime<Utc> {
        DateTime::<Utc>::UNIX_EPOCH + TimeDelta::days(20_000) + TimeDelta::hours(hours)
    }

    fn review(letter: uuid::Uuid, side: Side, decision: Decision, hours: i64) -> ReviewFacts {
        ReviewFacts { letter, side, by_hand: true, decision, categories: Vec::new(), at: at(hours) }
    }

    #[test]
    fn turnaround_starts_at_submission_or_the_other_sides_approval_and_skips_unknown_rounds() {
        let mut letters = HashMap::new();
        let mut reviews = Vec::new();
        for i in 0..5 {
            let id = uuid::Uuid::from_u128(i);
            // Returned by the donor side after 3 h, sent again at 10 h (the only submission time kept),
            // approved by the donor side at 12 h and by the patient side at 15 h.
            letters.insert(
                id,
                LetterFacts {
                    id,
                    pairing: uuid::Uuid::nil(),
                    writer_side: Side::Donor,
                    status: LetterStatus::Delivered,
                    health_update: false,
                    submitted_at: Some(at(10)),
                },
            );
            reviews.push(review(id, Side::Donor, Decision::Return, 3));
            reviews.push(review(id, Side::Donor, Decision::Approve, 12));
            reviews.push(review(id, Side::Patient, Decision::Approve, 15));
        }
        reviews.sort_by_key(|r| (r.letter, r.at));
        let t = turnaround(&letters, &reviews, Period::default(), Side::Patient);
        assert_eq!((t.donor_side.hours.count, t.donor_side.hours.median), (Count::Shown(5), Some(2.0)));
        assert_eq!((t.patient_side.hours.median, t.patient_side.own), (Some(3.0), true));
    }

    #[test]
    fn the_csv_neutralises_formulas_and_shows_suppressed_counts() {
        let empty = Period::default();
        let mut releases = Tally::with_names(RELEASE_STATUSES);
        releases.add("released");
        let figures = Statistics {
            organisation: OrganisationRef { id: "x".into(), name: "=HYPERLINK(\"http://evil\")".into() },
            period: empty,
            letters: letter_figures(std::iter::empty(), Count::of(0)),
            review_turnaround_hours: turnaround(&HashMap::new(), &[], empty, Side::Donor),
            returns: return_figures(&[]),
            redactions: redaction_figures(&[]),
            releases,
            meetings: Tally::with_names(MEETING_STATUSES),
            questions: question_figures(Vec::new(), empty),
        };
        let csv = String::from_utf8(to_csv(&figures).unwrap()).unwrap();
        assert!(csv.starts_with("section,item,value\n"), "{csv}");
        assert!(csv.contains("organisation,name,\"'=HYPERLINK(\"\"http://evil\"\")\"\n"), "{csv}");
        assert!(csv.contains("releases,released,<5\n") && csv.contains("releases,stopped,0\n"), "{csv}");
        assert!(csv.contains("questions,first_answer_hours_median,\n"), "not shown: empty");
    }
}
