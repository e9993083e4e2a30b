//! Telling people that something waits for them: the kinds of e-mail, which of them each person may turn
//! off, the rhythm of the staff digest, when a waiting item is overdue (working days), and the scheduled
//! jobs that find what to tell. Everything here is computed from dates and facts handed in; sending is
//! the application's (through the outbox), storing the marks that make each notice go out once is the
//! store's. See `docs/adr/0014-notifications-and-scheduled-jobs.md`.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeDelta, Utc, Weekday};

use crate::ParseError;

/// The kinds of e-mail the service sends, listed once. A kind names its texts in the locales
/// (`mail-<kind>-subject`, `mail-<kind>-body`) and is stored with each outbox message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MailKind {
    /// A participant's sign-in link.
    SignInLink,
    /// A staff member's invitation.
    Invitation,
    /// A donor's, patient's or proxy's invitation to their pairing.
    ParticipantInvitation,
    /// A letter was delivered to the reader.
    LetterWaiting,
    /// The writer's letter was returned by a coordinator, with reasons.
    LetterReturned,
    /// The writer's letter was delivered (sent only where the reader shares read receipts).
    LetterDelivered,
    /// The waiting period has ended: identities may be exchanged if both wish.
    PeriodEnded,
    /// There is news for a participant in their pairing (a release, a meeting, a health update).
    PairingNews,
    /// Something in a pairing waits for a coordinator (a release to sign off, a meeting to arrange).
    CaseWaiting,
    /// The staff digest: what waits for the recipient's side.
    Digest,
    /// An item has waited longer than the organisation's target.
    Escalation,
    /// A health update for the donor is due (patient side).
    HealthUpdateDue,
    /// A patient represented as a minor has turned 18 and was invited to take part themselves.
    PatientCameOfAge,
    /// A visitor's question: the link that confirms the address (and later shows the thread).
    QuestionConfirm,
    /// A question was answered (to the asker).
    QuestionAnswered,
    /// A potential donor's registration: the link that confirms the address.
    RegistrationConfirm,
    /// Someone registered again with an address already registered: a fresh link to its owner.
    RegistrationExists,
}

impl MailKind {
    /// Every kind.
    pub const ALL: [Self; 17] = [
        Self::SignInLink,
        Self::Invitation,
        Self::ParticipantInvitation,
        Self::LetterWaiting,
        Self::LetterReturned,
        Self::LetterDelivered,
        Self::PeriodEnded,
        Self::PairingNews,
        Self::CaseWaiting,
        Self::Digest,
        Self::Escalation,
        Self::HealthUpdateDue,
        Self::PatientCameOfAge,
        Self::QuestionConfirm,
        Self::QuestionAnswered,
        Self::RegistrationConfirm,
        Self::RegistrationExists,
    ];

    /// The kinds a participant may turn off, in the order of the account page.
    pub const PARTICIPANT_CHOICES: [Self; 6] = [
        Self::LetterWaiting,
        Self::LetterReturned,
        Self::LetterDelivered,
        Self::PeriodEnded,
        Self::PairingNews,
        Self::QuestionAnswered,
    ];

    /// The kinds a staff member may turn off (the digest has its own frequency).
    pub const STAFF_CHOICES: [Self; 4] =
        [Self::CaseWaiting, Self::Escalation, Self::HealthUpdateDue, Self::PatientCameOfAge];

    /// The stored name, also the middle of its translation keys.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::SignInLink => "sign-in-link",
            Self::Invitation => "invitation",
            Self::ParticipantInvitation => "participant-invitation",
            Self::LetterWaiting => "letter-waiting",
            Self::LetterReturned => "letter-returned",
            Self::LetterDelivered => "letter-delivered",
            Self::PeriodEnded => "period-ended",
            Self::PairingNews => "pairing-news",
            Self::CaseWaiting => "case-waiting",
            Self::Digest => "digest",
            Self::Escalation => "escalation",
            Self::HealthUpdateDue => "health-update-due",
            Self::PatientCameOfAge => "patient-came-of-age",
            Self::QuestionConfirm => "question-confirm",
            Self::QuestionAnswered => "question-answered",
            Self::RegistrationConfirm => "registration-confirm",
            Self::RegistrationExists => "registration-exists",
        }
    }

    /// Whether a person may turn this kind off. Sign-in links and invitations are how people get in at
    /// all; the digest is governed by its frequency.
    pub const fn optional(self) -> bool {
        !matches!(
            self,
            Self::SignInLink
                | Self::Invitation
                | Self::ParticipantInvitation
                | Self::Digest
                | Self::QuestionConfirm
                | Self::RegistrationConfirm
                | Self::RegistrationExists
        )
    }
}

impl std::str::FromStr for MailKind {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s.trim())
            .ok_or(ParseError::new("e-mail kind", "not a kind of e-mail this service sends"))
    }
}

/// How often a staff member gets the digest of what waits for their side.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DigestFrequency {
    /// At most once an hour (the default).
    #[default]
    Hourly,
    /// At most once a day.
    Daily,
    /// Never (the home page still lists what waits).
    Never,
}

impl DigestFrequency {
    /// Every frequency, in the order of the account page.
    pub const ALL: [Self; 3] = [Self::Hourly, Self::Daily, Self::Never];

    /// The stored name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Hourly => "hourly",
            Self::Daily => "daily",
            Self::Never => "never",
        }
    }

    /// The shortest time between two digests, `None` when none is sent.
    pub const fn gap(self) -> Option<TimeDelta> {
        match self {
            Self::Hourly => Some(TimeDelta::hours(1)),
            Self::Daily => Some(TimeDelta::days(1)),
            Self::Never => None,
        }
    }

    /// Whether a digest may go out `now`, the last one having gone out at `last`.
    pub fn allows(self, last: Option<DateTime<Utc>>, now: DateTime<Utc>) -> bool {
        match (self.gap(), last) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(gap), Some(last)) => now - last >= gap,
        }
    }
}

impl std::str::FromStr for DigestFrequency {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == s.trim())
            .ok_or(ParseError::new("digest frequency", "expected hourly, daily or never"))
    }
}

/// A person's e-mail choices: the kinds turned off and, for staff, the digest's frequency.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MailChoices {
    /// Kinds the person turned off (only optional kinds are ever kept here).
    pub off: BTreeSet<MailKind>,
    /// How often the digest comes.
    pub digest: DigestFrequency,
}

impl MailChoices {
    /// Whether the person gets e-mails of `kind`.
    pub fn wants(&self, kind: MailKind) -> bool {
        match kind {
            MailKind::Digest => self.digest != DigestFrequency::Never,
            other => !other.optional() || !self.off.contains(&other),
        }
    }

    /// The stored form of the kinds turned off: their names, comma-separated.
    pub fn off_stored(&self) -> String {
        self.off.iter().map(|k| k.as_str()).collect::<Vec<_>>().join(",")
    }

    /// Reads the stored form back; names no longer known, or of kinds that cannot be turned off, are
    /// dropped (a renamed kind turns back on rather than failing the account).
    pub fn from_stored(off: &str, digest: Option<&str>) -> Self {
        Self {
            off: off.split(',').filter_map(|k| k.parse::<MailKind>().ok()).filter(|k| k.optional()).collect(),
            digest: digest.and_then(|d| d.parse().ok()).unwrap_or_default(),
        }
    }
}

/// Working days (Monday to Friday) after `from` up to and including `to`; 0 when `to` is not later.
/// Public holidays differ per country and are not counted out.
pub fn working_days_between(from: NaiveDate, to: NaiveDate) -> i64 {
    if to <= from {
        return 0;
    }
    let days = (to - from).num_days();
    let (weeks, rest) = (days / 7, days % 7);
    let mut count = weeks * 5;
    let mut day = from;
    for _ in 0..rest {
        day = day.succ_opt().unwrap_or(day);
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            count += 1;
        }
    }
    count
}

/// The number of working days an item may wait before its organisation's coordinators are reminded,
/// where the organisation set none.
pub const DEFAULT_TARGET_WORKING_DAYS: u32 = 5;

/// Whether an item waiting since `since` has waited longer than `target` working days on `today`.
pub fn overdue(since: NaiveDate, today: NaiveDate, target: u32) -> bool {
    working_days_between(since, today) > i64::from(target)
}

/// The usual days for a health update after a transplant: 30 and 100 days, 6 months, 1 year, then
/// yearly (for 30 years).
pub fn health_update_days(transplant: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    let early = [
        transplant.checked_add_days(Days::new(30)),
        transplant.checked_add_days(Days::new(100)),
        transplant.checked_add_months(Months::new(6)),
    ];
    early.into_iter().chain((1..=30).map(move |years| transplant.checked_add_months(Months::new(12 * years)))).flatten()
}

/// The next health update day on or after `today`.
pub fn next_health_update(transplant: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    health_update_days(transplant).find(|day| *day >= today)
}

/// How long after a dated event (an update due, the end of a waiting period) its notice still goes
/// out. A service that was down on the day still tells; an old date found later (an imported case, a
/// newly enabled notice) does not flood people with stale news — the pages show it.
pub const NOTICE_WINDOW_DAYS: i64 = 14;

/// Whether a notice about `day` goes out on `today`: the day has come, not longer ago than the window.
pub fn within_notice_window(day: NaiveDate, today: NaiveDate) -> bool {
    day <= today && (today - day).num_days() < NOTICE_WINDOW_DAYS
}

/// The latest health update day that has come on `today`, if its notice is still timely.
pub fn health_update_due(transplant: NaiveDate, today: NaiveDate) -> Option<NaiveDate> {
    health_update_days(transplant).take_while(|day| *day <= today).last().filter(|d| within_notice_window(*d, today))
}

/// The scheduled jobs. Each finds, from what is stored and today's date, what is due and queues the
/// e-mails; each notice is marked once sent, so running a job twice (or on two instances) tells
/// nobody twice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Job {
    /// The staff digests.
    Digest,
    /// Reminders for items waiting longer than their organisation's target.
    Escalations,
    /// "From today you may…" when a waiting period ends.
    PeriodEnds,
    /// Reminders to the patient side that a health update is due.
    HealthUpdatesDue,
    /// A patient represented as a minor turns 18: their account is opened and they are invited.
    ComingOfAge,
    /// Identities whose organisation's retention period after the closing of their cases has ended are
    /// erased (ADR 0019).
    Retention,
    /// A signed checkpoint of the audit chain's head is written outside the database (ADR 0007).
    AuditCheckpoint,
}

impl Job {
    /// Every job, in the order they run.
    pub const ALL: [Self; 7] = [
        Self::Digest,
        Self::Escalations,
        Self::PeriodEnds,
        Self::HealthUpdatesDue,
        Self::ComingOfAge,
        Self::Retention,
        Self::AuditCheckpoint,
    ];

    /// The stored name.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Digest => "digest",
            Self::Escalations => "escalations",
            Self::PeriodEnds => "period-ends",
            Self::HealthUpdatesDue => "health-updates-due",
            Self::ComingOfAge => "coming-of-age",
            Self::Retention => "retention",
            Self::AuditCheckpoint => "audit-checkpoint",
        }
    }

    /// How long after a run the next one is due. The digest runs often because each account's own
    /// frequency decides when it is sent; the date-driven jobs need only notice a new day soon. Coming of
    /// age reads minors' dates of birth (each read audited), so it runs once a day.
    pub const fn interval(self) -> TimeDelta {
        match self {
            Self::Digest => TimeDelta::minutes(5),
            Self::Escalations | Self::PeriodEnds | Self::HealthUpdatesDue => TimeDelta::hours(1),
            Self::ComingOfAge | Self::Retention | Self::AuditCheckpoint => TimeDelta::days(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn kinds_read_back_and_only_optional_ones_can_be_turned_off() {
        for kind in MailKind::ALL {
            assert_eq!(kind.as_str().parse::<MailKind>(), Ok(kind));
        }
        assert!("letter".parse::<MailKind>().is_err());
        let choices = MailChoices::from_stored("letter-returned,sign-in-link,bogus", Some("daily"));
        assert_eq!(choices.off, BTreeSet::from([MailKind::LetterReturned]));
        assert_eq!(choices.digest, DigestFrequency::Daily);
        assert!(!choices.wants(MailKind::LetterReturned));
        assert!(choices.wants(MailKind::SignInLink) && choices.wants(MailKind::LetterWaiting));
        assert_eq!(MailChoices::from_stored(&choices.off_stored(), Some("daily")), choices);
        assert!(!MailChoices::from_stored("", Some("never")).wants(MailKind::Digest));
        assert_eq!(MailChoices::from_stored("", None).digest, DigestFrequency::Hourly);
        for kind in MailKind::PARTICIPANT_CHOICES.iter().chain(&MailKind::STAFF_CHOICES) {
            assert!(kind.optional(), "{}", kind.as_str());
        }
    }

    #[test]
    fn the_digest_waits_its_gap() {
        let at = |h: i64| DateTime::<Utc>::UNIX_EPOCH + TimeDelta::hours(h);
        assert!(DigestFrequency::Hourly.allows(None, at(0)));
        assert!(!DigestFrequency::Hourly.allows(Some(at(0)), at(0) + TimeDelta::minutes(59)));
        assert!(DigestFrequency::Hourly.allows(Some(at(0)), at(1)));
        assert!(!DigestFrequency::Daily.allows(Some(at(0)), at(23)));
        assert!(DigestFrequency::Daily.allows(Some(at(0)), at(24)));
        assert!(!DigestFrequency::Never.allows(None, at(0)));
    }

    #[test]
    fn working_days_leave_out_weekends() {
        // 2026-12-04 is a Friday.
        assert_eq!(working_days_between(day("2026-12-04"), day("2026-12-04")), 0);
        assert_eq!(working_days_between(day("2026-12-04"), day("2026-12-06")), 0);
        assert_eq!(working_days_between(day("2026-12-04"), day("2026-12-07")), 1);
        assert_eq!(working_days_between(day("2026-12-04"), day("2026-12-11")), 5);
        assert_eq!(working_days_between(day("2026-12-04"), day("2026-12-14")), 6);
        assert_eq!(working_days_between(day("2026-12-01"), day("2026-12-29")), 20);
        assert_eq!(working_days_between(day("2026-12-10"), day("2026-12-01")), 0);
        // Brute force against a day-by-day count.
        let start = day("2026-01-01");
        for span in 0..60 {
            let end = start + TimeDelta::days(span);
            let expected = (1..=span)
                .map(|d| start + TimeDelta::days(d))
                .filter(|d| !matches!(d.weekday(), Weekday::Sat | Weekday::Sun))
                .count();
            assert_eq!(working_days_between(start, end), i64::try_from(expected).unwrap_or(-1), "{end}");
        }
    }

    #[test]
    fn an_item_is_overdue_after_its_target() {
        assert!(!overdue(day("2026-12-04"), day("2026-12-11"), 5));
        assert!(overdue(day("2026-12-04"), day("2026-12-14"), 5));
        assert!(overdue(day("2026-12-04"), day("2026-12-07"), 0));
    }

    #[test]
    fn health_updates_follow_the_usual_schedule() {
        let transplant = day("2026-01-10");
        assert_eq!(next_health_update(transplant, day("2026-01-11")), Some(day("2026-02-09")));
        assert_eq!(next_health_update(transplant, day("2026-03-01")), Some(day("2026-04-20")));
        assert_eq!(next_health_update(transplant, day("2026-05-01")), Some(day("2026-07-10")));
        assert_eq!(next_health_update(transplant, day("2026-08-01")), Some(day("2027-01-10")));
        assert_eq!(next_health_update(transplant, day("2027-01-11")), Some(day("2028-01-10")));
        assert_eq!(health_update_due(transplant, day("2026-02-08")), None);
        assert_eq!(health_update_due(transplant, day("2026-02-09")), Some(day("2026-02-09")));
        assert_eq!(health_update_due(transplant, day("2026-02-22")), Some(day("2026-02-09")));
        assert_eq!(health_update_due(transplant, day("2026-02-23")), None, "stale after the window");
        assert_eq!(health_update_due(transplant, day("2027-01-12")), Some(day("2027-01-10")));
    }

    #[test]
    fn jobs_have_distinct_names() {
        let names: BTreeSet<&str> = Job::ALL.iter().map(|j| j.as_str()).collect();
        assert_eq!(names.len(), Job::ALL.len());
    }
}
