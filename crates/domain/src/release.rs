//! Identity release as a workflow (product §5): a participant asks, each side's coordinator signs off what
//! their side may attest, and the identities are released when the effective policy allows it on that day,
//! both consented to share details, every condition is met and both sides signed off. The decisions are
//! here, pure; the service reads the facts, evaluates the policy and stores the request.
//!
//! The policy is evaluated twice: when the request is made (to refuse early, with the reason and the
//! earliest date) and at each sign-off (a donation recorded meanwhile moves the date, a consent withdrawn
//! stops the release).

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::consent::{ConsentLevel, ShareField};
use crate::rules::{Condition, Possible, ReleaseNow, Side};
use crate::{PairingId, ParseError, ParticipantId, ReleaseRequestId};

/// Where a release request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ReleaseStatus {
    /// Asked for; waiting for sign-offs or conditions.
    Requested,
    /// Done: each side sees the fields the other chose to share.
    Released,
    /// Ended without release (a consent was withdrawn, or the rules no longer allow it).
    Stopped,
}

impl ReleaseStatus {
    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Requested => "requested",
            Self::Released => "released",
            Self::Stopped => "stopped",
        }
    }
}

impl std::str::FromStr for ReleaseStatus {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Self::Requested, Self::Released, Self::Stopped]
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or(ParseError::new("release status", "expected requested, released or stopped"))
    }
}

/// One request to release a pairing's identities, with what each side attested so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseRequest {
    /// Random id.
    pub id: ReleaseRequestId,
    /// The pairing.
    pub pairing: PairingId,
    /// The participant who asked.
    pub requested_by: ParticipantId,
    /// Their side.
    pub requester_side: Side,
    /// Where it stands.
    pub status: ReleaseStatus,
    /// The sign-offs and attested conditions.
    pub attestations: Attestations,
    /// Why it stopped (a [`Refusal`] code, or `consent-withdrawn`), once stopped.
    pub stop_reason: Option<String>,
    /// When it was asked for.
    pub created_at: DateTime<Utc>,
    /// When it was released or stopped.
    pub ended_at: Option<DateTime<Utc>>,
}

impl ReleaseRequest {
    /// Whether it is live: requested or released (a pairing has at most one), not stopped.
    pub fn is_live(&self) -> bool {
        self.status != ReleaseStatus::Stopped
    }

    /// A request of `side`'s participant, made `now`.
    pub fn new(pairing: PairingId, requested_by: ParticipantId, side: Side, now: DateTime<Utc>) -> Self {
        Self {
            id: ReleaseRequestId::random(),
            pairing,
            requested_by,
            requester_side: side,
            status: ReleaseStatus::Requested,
            attestations: Attestations::default(),
            stop_reason: None,
            created_at: now,
            ended_at: None,
        }
    }
}

/// Why a release cannot go ahead (now, or at all).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The rules of one side never allow identities to be exchanged (or the donation was cord blood).
    Never,
    /// What the rules say about release is not known: nothing is released on silence.
    RulesUnknown,
    /// The waiting period runs; `earliest_date` is `None` while its start is not recorded.
    Waiting {
        /// The first day release is possible, when it can be told.
        earliest_date: Option<NaiveDate>,
    },
    /// The rules let only the other side ask.
    NotInitiator,
    /// One of the two (or both) has not chosen to share details.
    Consent {
        /// The sides whose consent is missing.
        missing: Vec<Side>,
    },
}

impl Refusal {
    /// A stable code for the API's problem documents and the pages' translations.
    pub const fn code(&self) -> &'static str {
        match self {
            Self::Never => "release-never",
            Self::RulesUnknown => "release-rules-unknown",
            Self::Waiting { .. } => "release-waiting",
            Self::NotInitiator => "release-not-initiator",
            Self::Consent { .. } => "release-consent",
        }
    }
}

/// Both participants' contact choices as far as release is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Consents {
    /// The donor's level, if recorded.
    pub donor: Option<ConsentLevel>,
    /// The patient's (or proxy's) level, if recorded.
    pub patient: Option<ConsentLevel>,
}

impl Consents {
    fn missing(self) -> Vec<Side> {
        let agrees = |level: Option<ConsentLevel>| level.is_some_and(|l| l >= ConsentLevel::ShareDetails);
        let mut missing = Vec::new();
        if !agrees(self.donor) {
            missing.push(Side::Donor);
        }
        if !agrees(self.patient) {
            missing.push(Side::Patient);
        }
        missing
    }
}

/// Whether the rules allow a release at all and whether their waiting period has passed.
fn allowed_by_rules(release: &ReleaseNow) -> Result<(), Refusal> {
    match release.possible {
        Possible::Never => Err(Refusal::Never),
        Possible::Unknown => Err(Refusal::RulesUnknown),
        // Conditions nobody knows cannot be met: the registry must find them out first.
        Possible::AfterPeriod if release.conditions_unknown => Err(Refusal::RulesUnknown),
        Possible::AfterPeriod => match release.period_passed {
            Some(true) => Ok(()),
            _ => Err(Refusal::Waiting { earliest_date: release.earliest_date }),
        },
    }
}

/// May the participant on `side` ask for release today? Checked in the order a person would want to hear
/// it: never possible, not yet, not theirs to ask, and then consent.
pub fn may_request(release: &ReleaseNow, side: Side, consents: Consents) -> Result<(), Refusal> {
    allowed_by_rules(release)?;
    if release.initiators.as_ref().is_some_and(|sides| !sides.contains(&side)) {
        return Err(Refusal::NotInitiator);
    }
    let missing = consents.missing();
    if missing.is_empty() { Ok(()) } else { Err(Refusal::Consent { missing }) }
}

/// What a coordinator attests when signing off; flags their side may not attest are ignored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SignOff {
    /// Their side's participant was counselled.
    pub counselling_recorded: bool,
    /// The patient is well enough (patient side only).
    pub patient_well_confirmed: bool,
    /// No further donation is expected (patient side only).
    pub no_further_donation_expected: bool,
    /// Their side's participant signed the confidentiality agreement.
    pub confidentiality_agreement: bool,
}

/// What both sides have attested so far on one request.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Attestations {
    /// The donor side signed off.
    pub donor_signed: bool,
    /// The patient side signed off.
    pub patient_signed: bool,
    /// The donor was counselled.
    pub donor_counselled: bool,
    /// The patient was counselled.
    pub patient_counselled: bool,
    /// The patient is well enough.
    pub patient_well: bool,
    /// No further donation is expected.
    pub no_further_donation: bool,
    /// The donor signed the confidentiality agreement.
    pub donor_agreement: bool,
    /// The patient signed it.
    pub patient_agreement: bool,
}

impl Attestations {
    /// The sign-off of `side`'s coordinator: what that side may attest is added; nothing is taken back.
    #[must_use]
    pub const fn signed_by(mut self, side: Side, sign_off: SignOff) -> Self {
        match side {
            Side::Donor => {
                self.donor_signed = true;
                self.donor_counselled |= sign_off.counselling_recorded;
                self.donor_agreement |= sign_off.confidentiality_agreement;
            }
            Side::Patient => {
                self.patient_signed = true;
                self.patient_counselled |= sign_off.counselling_recorded;
                self.patient_agreement |= sign_off.confidentiality_agreement;
                self.patient_well |= sign_off.patient_well_confirmed;
                self.no_further_donation |= sign_off.no_further_donation_expected;
            }
        }
        self
    }

    /// The release conditions these attestations meet: counselling and the agreement only once both
    /// sides attested theirs. (Written consent and letters first are facts the policy reads elsewhere.)
    pub fn conditions_met(self) -> BTreeSet<Condition> {
        let mut met = BTreeSet::new();
        if self.donor_counselled && self.patient_counselled {
            met.insert(Condition::CounsellingRecorded);
        }
        if self.patient_well {
            met.insert(Condition::PatientWellConfirmed);
        }
        if self.no_further_donation {
            met.insert(Condition::NoFurtherDonationExpected);
        }
        if self.donor_agreement && self.patient_agreement {
            met.insert(Condition::ConfidentialityAgreement);
        }
        met
    }
}

/// Where a request stands after a sign-off, with the policy evaluated on that day with the attested
/// conditions. Stops when the release has become impossible (rules or consent); stays requested while a
/// condition is open, a sign-off is missing, or (after a new donation) the waiting period runs again.
pub fn after_sign_off(
    release: &ReleaseNow,
    consents: Consents,
    attestations: Attestations,
) -> (ReleaseStatus, Vec<Condition>) {
    let open = release.open_conditions.clone();
    match allowed_by_rules(release) {
        Err(Refusal::Waiting { .. }) => return (ReleaseStatus::Requested, open),
        Err(_) => return (ReleaseStatus::Stopped, open),
        Ok(()) => {}
    }
    if !consents.missing().is_empty() {
        return (ReleaseStatus::Stopped, open);
    }
    if open.is_empty() && attestations.donor_signed && attestations.patient_signed {
        (ReleaseStatus::Released, open)
    } else {
        (ReleaseStatus::Requested, open)
    }
}

/// Why a request stopped, for [`ReleaseRequest::stop_reason`]: the refusal behind it, or a consent taken back.
pub fn stop_reason(release: &ReleaseNow, consents: Consents) -> &'static str {
    match allowed_by_rules(release) {
        Err(refusal) => refusal.code(),
        Ok(()) if !consents.missing().is_empty() => "consent-withdrawn",
        Ok(()) => "stopped",
    }
}

/// The age group told before release (when the rules allow it): ten-year bands from 18, so that it narrows
/// nobody down; `under 18` for minors.
pub fn age_group(born: NaiveDate, today: NaiveDate) -> String {
    let mut age = today.year() - born.year();
    if (today.month(), today.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    match age {
        ..18 => "under 18".into(),
        18..=29 => "18-29".into(),
        70.. => "70+".into(),
        _ => {
            let from = age / 10 * 10;
            format!("{from}-{}", from + 9)
        }
    }
}

/// What one side sees of the other after release: exactly the fields the other chose to share.
pub fn visible_after_release(status: ReleaseStatus, others_share: &BTreeSet<ShareField>) -> BTreeSet<ShareField> {
    if status == ReleaseStatus::Released { others_share.clone() } else { BTreeSet::new() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::StartEvent;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap_or_default()
    }

    fn after_period(passed: bool, open: Vec<Condition>) -> ReleaseNow {
        ReleaseNow {
            possible: Possible::AfterPeriod,
            months: Some(24),
            counted_from: StartEvent::LastDonation,
            earliest_date: Some(day("2027-03-01")),
            open_conditions: open.clone(),
            conditions: open,
            period_passed: Some(passed),
            initiators: None,
            period_length_unknown: false,
            conditions_unknown: false,
        }
    }

    const BOTH: Consents = Consents { donor: Some(ConsentLevel::Meet), patient: Some(ConsentLevel::ShareDetails) };

    #[test]
    fn a_request_is_refused_with_the_reason_a_person_needs_first() {
        let never = ReleaseNow { possible: Possible::Never, ..after_period(false, vec![]) };
        assert_eq!(may_request(&never, Side::Donor, BOTH), Err(Refusal::Never));
        let unknown = ReleaseNow { possible: Possible::Unknown, ..after_period(true, vec![]) };
        let conditions_unknown = ReleaseNow { conditions_unknown: true, ..after_period(true, vec![]) };
        assert_eq!(may_request(&conditions_unknown, Side::Donor, BOTH), Err(Refusal::RulesUnknown));
        assert_eq!(may_request(&unknown, Side::Donor, BOTH), Err(Refusal::RulesUnknown));
        let waiting = may_request(&after_period(false, vec![]), Side::Patient, Consents { donor: None, patient: None });
        assert_eq!(waiting, Err(Refusal::Waiting { earliest_date: Some(day("2027-03-01")) }));
        let patient_only = ReleaseNow { initiators: Some(vec![Side::Patient]), ..after_period(true, vec![]) };
        assert_eq!(may_request(&patient_only, Side::Donor, BOTH), Err(Refusal::NotInitiator));
        assert_eq!(may_request(&patient_only, Side::Patient, BOTH), Ok(()));
        let letters_only = Consents { donor: Some(ConsentLevel::AnonymousLetters), patient: Some(ConsentLevel::Meet) };
        assert_eq!(
            may_request(&after_period(true, vec![]), Side::Patient, letters_only),
            Err(Refusal::Consent { missing: vec![Side::Donor] })
        );
        assert_eq!(Refusal::Waiting { earliest_date: None }.code(), "release-waiting");
    }

    #[test]
    fn each_side_attests_only_its_own_part_and_counselling_needs_both() {
        let everything = SignOff {
            counselling_recorded: true,
            patient_well_confirmed: true,
            no_further_donation_expected: true,
            confidentiality_agreement: true,
        };
        let donor_only = Attestations::default().signed_by(Side::Donor, everything);
        assert!(donor_only.donor_signed && !donor_only.patient_signed);
        assert!(donor_only.conditions_met().is_empty(), "the donor side cannot attest the patient's health");
        let both = donor_only.signed_by(Side::Patient, everything);
        assert_eq!(both.conditions_met().len(), 4);
        // A later sign-off without flags takes nothing back.
        assert_eq!(both.signed_by(Side::Donor, SignOff::default()), both);
    }

    #[test]
    fn the_release_happens_only_with_both_sign_offs_and_no_open_condition() {
        let signed = Attestations::default()
            .signed_by(Side::Donor, SignOff::default())
            .signed_by(Side::Patient, SignOff::default());
        let one = Attestations::default().signed_by(Side::Donor, SignOff::default());
        assert_eq!(after_sign_off(&after_period(true, vec![]), BOTH, signed).0, ReleaseStatus::Released);
        assert_eq!(after_sign_off(&after_period(true, vec![]), BOTH, one).0, ReleaseStatus::Requested);
        let open = after_sign_off(&after_period(true, vec![Condition::PatientWellConfirmed]), BOTH, signed);
        assert_eq!(open, (ReleaseStatus::Requested, vec![Condition::PatientWellConfirmed]));
        // A donation recorded meanwhile: the period runs again, the request waits.
        assert_eq!(after_sign_off(&after_period(false, vec![]), BOTH, signed).0, ReleaseStatus::Requested);
        // A consent withdrawn, or rules that no longer allow it: stopped.
        let withdrawn = Consents { patient: Some(ConsentLevel::AnonymousLetters), ..BOTH };
        assert_eq!(after_sign_off(&after_period(true, vec![]), withdrawn, signed).0, ReleaseStatus::Stopped);
        let never = ReleaseNow { possible: Possible::Never, ..after_period(true, vec![]) };
        assert_eq!(after_sign_off(&never, BOTH, signed).0, ReleaseStatus::Stopped);
    }

    #[test]
    fn age_groups_are_wide_bands_counted_on_the_birthday() {
        assert_eq!(age_group(day("2000-06-15"), day("2026-06-14")), "18-29");
        assert_eq!(age_group(day("1996-06-15"), day("2026-06-14")), "18-29");
        assert_eq!(age_group(day("1996-06-15"), day("2026-06-15")), "30-39");
        assert_eq!(age_group(day("1980-01-01"), day("2026-12-05")), "40-49");
        assert_eq!(age_group(day("2010-01-01"), day("2026-12-05")), "under 18");
        assert_eq!(age_group(day("1940-01-01"), day("2026-12-05")), "70+");
    }

    #[test]
    fn a_stop_names_what_ended_it() {
        let withdrawn = Consents { patient: Some(ConsentLevel::AnonymousLetters), ..BOTH };
        assert_eq!(stop_reason(&after_period(true, vec![]), withdrawn), "consent-withdrawn");
        let never = ReleaseNow { possible: Possible::Never, ..after_period(true, vec![]) };
        assert_eq!(stop_reason(&never, BOTH), "release-never");
        assert_eq!("released".parse::<ReleaseStatus>(), Ok(ReleaseStatus::Released));
        assert!("done".parse::<ReleaseStatus>().is_err());
    }

    #[test]
    fn after_release_each_side_sees_exactly_what_the_other_shared() {
        let shared: BTreeSet<ShareField> = [ShareField::FirstName, ShareField::Email].into_iter().collect();
        assert_eq!(visible_after_release(ReleaseStatus::Released, &shared), shared);
        assert!(visible_after_release(ReleaseStatus::Requested, &shared).is_empty());
        assert!(visible_after_release(ReleaseStatus::Stopped, &shared).is_empty());
    }
}
