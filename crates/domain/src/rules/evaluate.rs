//! Evaluating the combined rules for one pairing on one day: may each side write now, how many letters
//! are left, and when (if ever) identities may be released.

use std::collections::BTreeSet;

use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::RuleBook;
use super::applying::{EvaluateError, Parties};
use super::combine::combine_all;
use super::explain::{self, Explanation};
use super::model::{
    Condition, ConsentLevel, Gifts, HealthUpdates, LetterContent, LetterStatus, Letters, Period, Photos, Possible,
    Release, Side, StartEvent, Terms,
};
use crate::{PatientStatus, Product};

/// Letters one side has sent so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LetterCount {
    /// Letters sent (delivered or in review).
    pub sent: u32,
    /// Whether the other side answered the last one.
    pub last_answered: bool,
}

/// What is known about a pairing on the day of evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts {
    /// Countries and organisations.
    pub parties: Parties,
    /// Every donation: product and day of collection.
    pub donations: Vec<(Product, NaiveDate)>,
    /// Every transplant day.
    pub transplants: Vec<NaiveDate>,
    /// The patient's current status, if recorded.
    pub patient_status: Option<PatientStatus>,
    /// Letters the donor sent.
    pub donor_letters: LetterCount,
    /// Letters the patient sent.
    pub patient_letters: LetterCount,
    /// The donor's contact level, when known; `None` leaves consent out of the answer.
    pub donor_consent: Option<ConsentLevel>,
    /// The patient's contact level, when known.
    pub patient_consent: Option<ConsentLevel>,
    /// Release conditions already attested by the coordinators.
    pub conditions_met: BTreeSet<Condition>,
}

impl Facts {
    /// Facts about a pairing known only by its parties.
    pub fn new(parties: Parties) -> Self {
        Self {
            parties,
            donations: Vec::new(),
            transplants: Vec::new(),
            patient_status: None,
            donor_letters: LetterCount::default(),
            patient_letters: LetterCount::default(),
            donor_consent: None,
            patient_consent: None,
            conditions_met: BTreeSet::new(),
        }
    }

    /// Whether any donation was cord blood: then there is no contact, ever.
    pub fn is_cord_blood(&self) -> bool {
        self.donations.iter().any(|(p, _)| *p == Product::CordBlood)
    }

    /// The day of a start event, when the facts hold it.
    pub fn date_of(&self, event: StartEvent) -> Option<NaiveDate> {
        let donations = self.donations.iter().map(|(_, d)| *d);
        match event {
            StartEvent::FirstTransplant => self.transplants.iter().min().copied(),
            StartEvent::LastTransplant => self.transplants.iter().max().copied(),
            StartEvent::LastDonation => donations.max(),
            StartEvent::FirstCollection => donations.min(),
            StartEvent::Unknown => None,
        }
    }
}

/// Why a side cannot write a letter now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Block {
    /// Cord blood: no contact.
    CordBlood,
    /// The rules forbid letters.
    Forbidden,
    /// Whether letters are allowed is not known.
    Unknown,
    /// A start event (e.g. the transplant) has not happened or is not recorded.
    NotYetStarted,
    /// The time window for letters has closed, or its start is not recorded.
    WindowClosed,
    /// Every allowed letter was sent.
    QuotaUsed,
    /// The rules want this side's consent to letters recorded before it writes.
    ConsentNotRecorded,
    /// The last letter has not been answered yet.
    AwaitingReply,
    /// The other side must write first.
    OtherSideWritesFirst,
    /// This side chose a contact level without letters.
    OwnConsent,
    /// The other side chose a contact level without letters.
    OtherSideConsent,
}

/// Whether one side may write now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SideLetters {
    /// Whether a letter may be sent today.
    pub may_write_now: bool,
    /// Letters left under the quota; `null` when no quota is stated.
    pub remaining: Option<u32>,
    /// Everything that stands in the way today.
    pub blocked_by: Vec<Block>,
}

/// The `anonymous_letters` part of the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LettersNow {
    /// Whether the rules allow letters today (per side see `donor` and `patient`).
    pub allowed: bool,
    /// The combined quota per side; `null` when no rule states one.
    pub max_letters_per_side: Option<u32>,
    /// Gifts with letters.
    pub gifts: Gifts,
    /// Photos and drawings with letters.
    pub photos: Photos,
    /// What the rules say about letters at all.
    pub status: LetterStatus,
    /// Whether a side writes again only after an answer.
    pub reply_before_next: bool,
    /// Who may write first; `null` when the rules do not restrict it.
    pub initiators: Option<Vec<Side>>,
    /// Longest letter in A4 pages.
    pub max_pages: Option<u32>,
    /// The combined quota for the whole pairing, both sides together; `null` when no rule states one.
    pub max_letters_total: Option<u32>,
    /// At most this many gifts in the pairing; `null` when no rule states a number.
    pub max_gifts: Option<u32>,
    /// The patient's first letter goes through the transplant centre's review.
    pub first_patient_letter_via_centre: bool,
    /// A side writes only once its consent to letters is recorded.
    pub written_consent_first: bool,
    /// Kinds of detail the letters of this pairing must not contain, by either side's rules.
    pub forbidden_content: Vec<LetterContent>,
    /// Last day letters may be sent, when a window applies and its start is recorded.
    pub window_ends: Option<NaiveDate>,
    /// The donor's situation.
    pub donor: SideLetters,
    /// The patient's situation.
    pub patient: SideLetters,
}

/// The `identity_release` part of the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReleaseNow {
    /// `never`, `after_period` or `unknown`.
    pub possible: Possible,
    /// The effective waiting period in months.
    pub months: Option<u32>,
    /// The event the deciding period counts from; `unknown` when not known or when there is no period.
    pub counted_from: StartEvent,
    /// Start event plus months; `null` when never, unknown or a start is not recorded.
    pub earliest_date: Option<NaiveDate>,
    /// Conditions not met yet.
    pub open_conditions: Vec<Condition>,
    /// Every condition the rules set.
    pub conditions: Vec<Condition>,
    /// Whether the waiting period has passed; `null` when it cannot be told.
    pub period_passed: Option<bool>,
    /// Who may ask for release; `null` when the rules do not restrict it.
    pub initiators: Option<Vec<Side>>,
    /// A rule sets a waiting period of unknown length: the earliest date cannot be told.
    pub period_length_unknown: bool,
    /// A rule's conditions are not known: release cannot be completed until the registry says what they are.
    pub conditions_unknown: bool,
}

impl RuleBook {
    /// The effective contact policy of a pairing on `today`, with the reasons.
    pub fn evaluate(&self, facts: &Facts, today: NaiveDate) -> Result<Explanation, EvaluateError> {
        let applying = self.applying(&facts.parties)?;
        let mut all: Vec<&Terms> = applying.rules.iter().map(|(r, _)| r.terms()).collect();
        let unknown = Terms::all_unknown();
        if !applying.countries_without_rules.is_empty() {
            all.push(&unknown);
        }
        let terms = combine_all(all);
        let cord = facts.is_cord_blood();
        let letters = letters_now(&terms, facts, today, cord);
        let release = release_now(terms.release.as_ref(), facts, today, cord);
        let health_updates =
            if cord { HealthUpdates::None } else { terms.health_updates.unwrap_or(HealthUpdates::Unknown) };
        Ok(explain::build(&applying, &terms, facts, today, letters, release, health_updates))
    }
}

/// A day plus calendar months; a day that does not exist moves to the month's last day.
pub(crate) fn add_months(day: NaiveDate, months: u32) -> Option<NaiveDate> {
    day.checked_add_months(Months::new(months))
}

fn letters_now(terms: &Terms, facts: &Facts, today: NaiveDate, cord: bool) -> LettersNow {
    let stated = terms.letters.clone().unwrap_or_else(|| Letters::plain(LetterStatus::Unknown));
    let mut common = Vec::new();
    if cord {
        common.push(Block::CordBlood);
    }
    match stated.status {
        LetterStatus::Forbidden => common.push(Block::Forbidden),
        LetterStatus::Unknown => common.push(Block::Unknown),
        LetterStatus::Allowed => {}
    }
    if stated.not_before.iter().any(|e| facts.date_of(*e).is_none_or(|d| today < d)) {
        common.push(Block::NotYetStarted);
    }
    let mut window_ends: Option<NaiveDate> = None;
    let mut window_unknown = false;
    for window in &stated.windows {
        // The window covers `months` months from the start day; the last day is the day before.
        match facts.date_of(window.from).and_then(|d| add_months(d, window.months)).and_then(|d| d.pred_opt()) {
            Some(end) => window_ends = Some(window_ends.map_or(end, |e| e.min(end))),
            None => window_unknown = true,
        }
    }
    if window_unknown || window_ends.is_some_and(|end| today > end) {
        common.push(Block::WindowClosed);
    }
    let allowed = common.is_empty();
    let initiators = stated.initiators.clone();
    let sent_in_pairing = facts.donor_letters.sent.saturating_add(facts.patient_letters.sent);
    let total_left = stated.max_total.map(|max| max.saturating_sub(sent_in_pairing));
    let side =
        |me: Side, mine: LetterCount, theirs: LetterCount, own: Option<ConsentLevel>, other: Option<ConsentLevel>| {
            let mut blocked_by = common.clone();
            let own_left = stated.max_per_side.map(|max| max.saturating_sub(mine.sent));
            let remaining = match (own_left, total_left) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            if remaining == Some(0) {
                blocked_by.push(Block::QuotaUsed);
            }
            if stated.written_consent_first && own.is_none() {
                blocked_by.push(Block::ConsentNotRecorded);
            }
            if stated.reply_before_next && mine.sent > 0 && !mine.last_answered {
                blocked_by.push(Block::AwaitingReply);
            }
            if initiators.as_ref().is_some_and(|i| !i.contains(&me)) && theirs.sent == 0 {
                blocked_by.push(Block::OtherSideWritesFirst);
            }
            if own.is_some_and(|c| c < ConsentLevel::AnonymousLetters) {
                blocked_by.push(Block::OwnConsent);
            }
            if other.is_some_and(|c| c < ConsentLevel::AnonymousLetters) {
                blocked_by.push(Block::OtherSideConsent);
            }
            SideLetters { may_write_now: blocked_by.is_empty(), remaining, blocked_by }
        };
    let donor =
        side(Side::Donor, facts.donor_letters, facts.patient_letters, facts.donor_consent, facts.patient_consent);
    let patient =
        side(Side::Patient, facts.patient_letters, facts.donor_letters, facts.patient_consent, facts.donor_consent);
    let nothing_to_send = cord || stated.status == LetterStatus::Forbidden;
    LettersNow {
        allowed,
        max_letters_per_side: if nothing_to_send { Some(0) } else { stated.max_per_side },
        gifts: if nothing_to_send { Gifts::None } else { terms.gifts.unwrap_or(Gifts::Unknown) },
        photos: if nothing_to_send { Photos::None } else { terms.photos.unwrap_or(Photos::Unknown) },
        status: if cord { LetterStatus::Forbidden } else { stated.status },
        reply_before_next: stated.reply_before_next,
        initiators: initiators.map(|i| i.into_iter().collect()),
        max_pages: stated.max_pages,
        max_letters_total: if nothing_to_send { Some(0) } else { stated.max_total },
        max_gifts: if nothing_to_send { Some(0) } else { terms.max_gifts },
        first_patient_letter_via_centre: stated.first_patient_letter_via_centre,
        written_consent_first: stated.written_consent_first,
        forbidden_content: stated.forbidden_content.iter().copied().collect(),
        window_ends,
        donor,
        patient,
    }
}

fn release_now(stated: Option<&Release>, facts: &Facts, today: NaiveDate, cord: bool) -> ReleaseNow {
    let unknown = Release::plain(Possible::Unknown);
    let stated = stated.unwrap_or(&unknown);
    // A period whose length nobody knows gives no date: release is as unknown as if no rule said anything.
    let possible = match stated.possible {
        _ if cord => Possible::Never,
        Possible::AfterPeriod if stated.period_length_unknown => Possible::Unknown,
        other => other,
    };
    let conditions: Vec<Condition> = stated.conditions.iter().copied().collect();
    let mut answer = ReleaseNow {
        possible,
        months: None,
        counted_from: StartEvent::Unknown,
        earliest_date: None,
        open_conditions: Vec::new(),
        conditions: Vec::new(),
        period_passed: None,
        initiators: None,
        period_length_unknown: !cord && stated.possible == Possible::AfterPeriod && stated.period_length_unknown,
        conditions_unknown: false,
    };
    if possible != Possible::AfterPeriod {
        return answer;
    }
    answer.conditions_unknown = stated.conditions_unknown;
    // Each period gives a date; the latest decides. A start that is not recorded leaves the date open.
    let dated: Vec<(Period, Option<NaiveDate>)> = stated
        .periods
        .iter()
        .map(|p| (*p, facts.date_of(p.counted_from).and_then(|d| add_months(d, p.months))))
        .collect();
    let undated = dated.iter().filter(|(_, d)| d.is_none()).max_by_key(|(p, _)| p.months);
    let latest = dated.iter().filter_map(|(p, d)| d.map(|d| (d, p.months, *p))).max();
    match (undated, latest) {
        (Some((p, _)), _) => {
            answer.months = stated.periods.iter().map(|p| p.months).max();
            answer.counted_from = p.counted_from;
        }
        (None, Some((date, months, p))) => {
            answer.months = Some(months);
            answer.counted_from = p.counted_from;
            answer.earliest_date = Some(date);
            answer.period_passed = Some(today >= date);
        }
        (None, None) => {}
    }
    answer.open_conditions = conditions.iter().copied().filter(|c| !is_met(*c, facts)).collect();
    answer.conditions = conditions;
    answer.initiators = stated.initiators.as_ref().map(|i| i.iter().copied().collect());
    answer
}

/// A condition counts as met when attested; patient well also needs the recorded status to say so, and
/// written consent is met when both chose to share details.
fn is_met(condition: Condition, facts: &Facts) -> bool {
    match condition {
        Condition::PatientWellConfirmed => {
            facts.conditions_met.contains(&condition) && facts.patient_status == Some(PatientStatus::Well)
        }
        Condition::BothWrittenConsent => {
            facts.conditions_met.contains(&condition)
                || [facts.donor_consent, facts.patient_consent]
                    .iter()
                    .all(|c| c.is_some_and(|c| c >= ConsentLevel::ShareDetails))
        }
        _ => facts.conditions_met.contains(&condition),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_months_move_missing_days_to_the_month_end() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(day(2024, 3, 1).and_then(|d| add_months(d, 24)), day(2026, 3, 1));
        assert_eq!(day(2024, 1, 31).and_then(|d| add_months(d, 1)), day(2024, 2, 29));
        assert_eq!(day(2024, 2, 29).and_then(|d| add_months(d, 12)), day(2025, 2, 28));
        assert_eq!(day(2024, 8, 31).and_then(|d| add_months(d, 18)), day(2026, 2, 28));
    }
}
