//! Each country's facts, as the engine reads them from the shipped data.

use twinbridge_domain::Product;
use twinbridge_domain::rules::{
    Block, Condition, EvaluateError, Gifts, LetterCount, LetterStatus, Possible, Side, StartEvent,
};

use super::{book, day, explain, id, pairing};

/// Months of the effective waiting period and whether release is possible, for a domestic pairing.
fn release_of(country: &str) -> (Possible, Option<u32>) {
    let e = explain(&pairing(country, country), day(2024, 6, 1));
    (e.identity_release.possible, e.identity_release.months)
}

#[test]
fn japan_allows_two_letters_per_side_within_two_years_of_collection() {
    let mut facts = pairing("JP", "JP");
    let e = explain(&facts, day(2024, 6, 1));
    assert!(e.anonymous_letters.allowed);
    assert_eq!(e.anonymous_letters.max_letters_per_side, Some(2));
    assert_eq!(e.anonymous_letters.window_ends, Some(day(2026, 2, 28)));
    assert_eq!(e.anonymous_letters.gifts, Gifts::None);
    assert_eq!(e.identity_release.possible, Possible::Never);
    facts.donor_letters = LetterCount { sent: 2, last_answered: true };
    let e = explain(&facts, day(2024, 6, 1));
    assert!(!e.anonymous_letters.donor.may_write_now);
    assert_eq!(e.anonymous_letters.donor.remaining, Some(0));
    assert!(e.anonymous_letters.donor.blocked_by.contains(&Block::QuotaUsed));
    assert!(e.anonymous_letters.patient.may_write_now);
    let late = explain(&facts, day(2026, 3, 1));
    assert!(!late.anonymous_letters.allowed);
    assert!(late.anonymous_letters.patient.blocked_by.contains(&Block::WindowClosed));
}

#[test]
fn the_uk_waits_for_a_reply_and_only_the_patient_asks_for_release() {
    let mut facts = pairing("GB", "GB");
    facts.donor_letters = LetterCount { sent: 1, last_answered: false };
    let e = explain(&facts, day(2024, 6, 1));
    assert!(e.anonymous_letters.reply_before_next);
    assert_eq!(e.anonymous_letters.gifts, Gifts::None);
    assert_eq!(e.anonymous_letters.max_pages, Some(1));
    assert!(e.anonymous_letters.donor.blocked_by.contains(&Block::AwaitingReply));
    assert!(e.anonymous_letters.patient.may_write_now);
    let release = &e.identity_release;
    assert_eq!(release.initiators, Some(vec![Side::Patient]));
    assert_eq!(release.months, Some(24));
    assert!(release.open_conditions.contains(&Condition::PatientWellConfirmed));
    // Counted from the last transplant or DLI: a DLI a year later moves the date.
    facts.donations.push((Product::Dli, day(2025, 3, 10)));
    let e = explain(&facts, day(2025, 6, 1));
    assert_eq!(e.identity_release.earliest_date, Some(day(2027, 3, 10)));
    assert_eq!(e.identity_release.counted_from, StartEvent::LastDonation);
}

#[test]
fn brazil_waits_18_months_from_the_transplant() {
    let e = explain(&pairing("BR", "BR"), day(2024, 6, 1));
    assert_eq!(e.identity_release.possible, Possible::AfterPeriod);
    assert_eq!(e.identity_release.months, Some(18));
    assert_eq!(e.identity_release.earliest_date, Some(day(2025, 9, 3)));
    assert!(e.identity_release.open_conditions.contains(&Condition::ConfidentialityAgreement));
}

#[test]
fn austria_south_africa_and_czechia_wait_five_years_from_an_unknown_start() {
    for country in ["AT", "ZA", "CZ"] {
        let e = explain(&pairing(country, country), day(2024, 6, 1));
        assert_eq!(e.identity_release.possible, Possible::AfterPeriod, "{country}");
        assert_eq!(e.identity_release.months, Some(60), "{country}");
        assert_eq!(e.identity_release.counted_from, StartEvent::Unknown, "{country}");
        assert_eq!(e.identity_release.earliest_date, None, "{country}");
    }
}

#[test]
fn france_italy_spain_switzerland_and_their_neighbours_never_release() {
    for country in ["FR", "IT", "ES", "CH", "NL", "BE", "NO", "FI", "SI", "JP"] {
        assert_eq!(release_of(country), (Possible::Never, None), "{country}");
    }
    // One side is enough.
    let e = explain(&pairing("IN", "FR"), day(2024, 6, 1));
    assert_eq!(e.identity_release.possible, Possible::Never);
    assert_eq!(e.identity_release.earliest_date, None);
    assert!(e.anonymous_letters.allowed);
    assert_eq!(e.anonymous_letters.gifts, Gifts::None);
    let rules: Vec<&str> =
        e.reasons.iter().filter(|r| r.dimension.as_str() == "identity_release").map(|r| r.rule.as_str()).collect();
    assert!(rules.contains(&"FR Civil Code") && rules.contains(&"FR France Greffe de Moelle"), "{rules:?}");
}

#[test]
fn india_dkms_bmst_waits_two_years_and_datri_one() {
    assert_eq!(release_of("IN"), (Possible::AfterPeriod, Some(24)));
    let e = explain(&pairing("IN", "IN"), day(2024, 6, 1));
    assert_eq!(e.identity_release.earliest_date, Some(day(2026, 3, 1))); // two years after the last donation
    let mut datri = pairing("IN", "IN");
    datri.parties.donor_org = Some(id("IN DATRI"));
    datri.parties.patient_org = Some(id("IN DATRI"));
    let e = explain(&datri, day(2024, 6, 1));
    assert_eq!(e.identity_release.months, Some(12));
    assert!(e.rules_applied.iter().all(|a| a.rule.as_str() != "IN DKMS-BMST"), "another registry must not apply");
    assert_eq!(e.anonymous_letters.status, LetterStatus::Unknown, "DATRI states nothing about letters");
}

#[test]
fn the_usa_nmdp_waits_one_year_and_letters_start_at_the_transplant() {
    let e = explain(&pairing("US", "US"), day(2024, 6, 1));
    assert_eq!(e.identity_release.months, Some(12));
    assert_eq!(e.identity_release.earliest_date, Some(day(2025, 3, 3)));
    assert_eq!(e.anonymous_letters.gifts, Gifts::Allowed);
    let mut before = pairing("US", "US");
    before.transplants.clear();
    let e = explain(&before, day(2024, 3, 2));
    assert!(!e.anonymous_letters.allowed);
    assert!(e.anonymous_letters.donor.blocked_by.contains(&Block::NotYetStarted));
}

#[test]
fn spain_and_switzerland_allow_one_letter_in_all() {
    for country in ["ES", "CH"] {
        let mut facts = pairing(country, country);
        let e = explain(&facts, day(2024, 6, 1));
        assert_eq!(e.anonymous_letters.max_letters_per_side, Some(1), "{country}");
        assert_eq!(e.anonymous_letters.max_letters_total, Some(1), "{country}");
        assert_eq!(e.anonymous_letters.donor.remaining, Some(1), "{country}");
        // One contact between the two: once the patient wrote, neither side writes again.
        facts.patient_letters = LetterCount { sent: 1, last_answered: false };
        let e = explain(&facts, day(2024, 6, 1));
        for side in [&e.anonymous_letters.patient, &e.anonymous_letters.donor] {
            assert!(side.blocked_by.contains(&Block::QuotaUsed), "{country}");
            assert_eq!(side.remaining, Some(0), "{country}");
        }
    }
    // The Netherlands' one letter is the donor's own: the patient may still answer.
    let mut facts = pairing("NL", "NL");
    facts.donor_letters = LetterCount { sent: 1, last_answered: false };
    let e = explain(&facts, day(2024, 6, 1));
    assert!(e.anonymous_letters.donor.blocked_by.contains(&Block::QuotaUsed));
    assert!(e.anonymous_letters.patient.may_write_now);
}

#[test]
fn cord_blood_means_no_contact_ever() {
    let mut facts = pairing("US", "US");
    facts.donations = vec![(Product::CordBlood, day(2024, 3, 1))];
    let e = explain(&facts, day(2026, 6, 1));
    assert!(!e.anonymous_letters.allowed);
    assert_eq!(e.anonymous_letters.max_letters_per_side, Some(0));
    assert_eq!(e.identity_release.possible, Possible::Never);
    assert!(e.reasons.iter().any(|r| r.rule == "cord blood"));
}

#[test]
fn a_country_without_data_is_unknown_never_permission() {
    for (donor, patient) in [("SE", "SE"), ("SE", "DE"), ("DE", "KR")] {
        let e = explain(&pairing(donor, patient), day(2027, 6, 1));
        assert!(!e.anonymous_letters.allowed, "{donor}-{patient}");
        assert_eq!(e.anonymous_letters.status, LetterStatus::Unknown);
        assert_eq!(e.anonymous_letters.gifts, Gifts::Unknown);
        assert_eq!(e.identity_release.possible, Possible::Unknown);
        assert_eq!(e.identity_release.earliest_date, None);
        assert!(!e.countries_without_rules.is_empty());
    }
}

#[test]
fn the_demo_pairing_india_to_germany() {
    // PBSC collected and transplanted about eight months before today.
    let mut facts = pairing("IN", "DE");
    facts.parties.donor_org = Some(id("IN DKMS-BMST"));
    facts.parties.patient_org = Some(id("DE German Standards"));
    let e = explain(&facts, day(2024, 11, 1));
    assert!(e.anonymous_letters.allowed);
    // Germany allows a small gift; nothing is known about gifts in India, and unknown is never permission.
    assert_eq!(e.anonymous_letters.gifts, Gifts::Unknown);
    assert_eq!(e.identity_release.possible, Possible::AfterPeriod);
    assert_eq!(e.identity_release.months, Some(24));
    assert_eq!(e.identity_release.earliest_date, Some(day(2026, 3, 3)));
    assert_eq!(e.identity_release.period_passed, Some(false));
    assert!(e.identity_release.open_conditions.contains(&Condition::BothWrittenConsent));
    assert!(e.identity_release.open_conditions.contains(&Condition::CounsellingRecorded));
}

#[test]
fn switzerland_keeps_the_registry_never_over_the_ordinance() {
    let e = explain(&pairing("DE", "CH"), day(2030, 1, 1));
    assert_eq!(e.identity_release.possible, Possible::Never);
    assert!(e.rules_applied.iter().any(|a| a.rule.as_str() == "CH Ordinance"));
}

#[test]
fn finland_forbids_letters_and_slovenia_and_china_are_unknown() {
    let e = explain(&pairing("FI", "DE"), day(2024, 6, 1));
    assert_eq!(e.anonymous_letters.status, LetterStatus::Forbidden);
    assert!(!e.anonymous_letters.allowed);
    assert_eq!(e.anonymous_letters.gifts, Gifts::None);
    for country in ["SI", "CN"] {
        let e = explain(&pairing("DE", country), day(2024, 6, 1));
        assert_eq!(e.anonymous_letters.status, LetterStatus::Unknown, "{country}");
    }
}

#[test]
fn unknown_or_misused_organisation_entries_are_errors() {
    let mut facts = pairing("IN", "DE");
    facts.parties.donor_org = Some(id("IN Nobody"));
    assert_eq!(book().evaluate(&facts, day(2024, 6, 1)), Err(EvaluateError::UnknownRule("IN Nobody".into())));
    facts.parties.donor_org = Some(id("FR Civil Code"));
    assert!(matches!(book().evaluate(&facts, day(2024, 6, 1)), Err(EvaluateError::NotAnOrganisation(_))));
}

#[test]
fn consent_and_attested_conditions_close_what_they_should() {
    use twinbridge_domain::PatientStatus;
    use twinbridge_domain::rules::ConsentLevel;
    let mut facts = pairing("GB", "GB");
    facts.donor_consent = Some(ConsentLevel::ShareDetails);
    facts.patient_consent = Some(ConsentLevel::Meet);
    facts.conditions_met.insert(Condition::PatientWellConfirmed);
    facts.patient_status = Some(PatientStatus::Relapsed);
    let e = explain(&facts, day(2026, 6, 1));
    assert_eq!(e.identity_release.open_conditions, vec![Condition::PatientWellConfirmed]);
    facts.patient_status = Some(PatientStatus::Well);
    assert!(explain(&facts, day(2026, 6, 1)).identity_release.open_conditions.is_empty());
    facts.donor_consent = Some(ConsentLevel::NoContact);
    let e = explain(&facts, day(2026, 6, 1));
    assert!(e.anonymous_letters.donor.blocked_by.contains(&Block::OwnConsent));
    assert!(e.anonymous_letters.patient.blocked_by.contains(&Block::OtherSideConsent));
}
