//! Properties of evaluation over arbitrary facts.

use chrono::NaiveDate;
use proptest::prelude::*;
use twinbridge_domain::rules::{ConsentLevel, Dimension, Facts, LetterCount, LetterStatus, Parties, Possible, RuleId};
use twinbridge_domain::{CountryCode, PatientStatus, Product};

use super::{book, cc};

fn date() -> BoxedStrategy<NaiveDate> {
    (0u64..20_000).prop_map(|d| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default() + chrono::Days::new(d)).boxed()
}

/// Ordinary dates, and now and then the ends of the calendar.
fn any_date() -> BoxedStrategy<NaiveDate> {
    prop_oneof![8 => date(), 1 => Just(NaiveDate::MAX), 1 => Just(NaiveDate::MIN)].boxed()
}

fn country() -> impl Strategy<Value = CountryCode> {
    let mut codes: Vec<CountryCode> = book().rules().iter().map(|r| r.id().country()).collect();
    codes.extend(["SE", "KR", "MX", "IE"].map(cc));
    proptest::sample::select(codes)
}

fn org() -> impl Strategy<Value = Option<RuleId>> {
    let ids: Vec<RuleId> = book().rules().iter().map(|r| r.id().clone()).collect();
    proptest::option::of(proptest::sample::select(ids))
}

fn product(cord: bool) -> impl Strategy<Value = Product> {
    let products: Vec<Product> = Product::ALL.into_iter().filter(|p| cord || *p != Product::CordBlood).collect();
    proptest::sample::select(products)
}

fn consent() -> impl Strategy<Value = Option<ConsentLevel>> {
    proptest::option::of(proptest::sample::select(vec![
        ConsentLevel::NoContact,
        ConsentLevel::UpdatesOnly,
        ConsentLevel::AnonymousLetters,
        ConsentLevel::ShareDetails,
        ConsentLevel::Meet,
    ]))
}

fn count() -> impl Strategy<Value = LetterCount> {
    (0u32..5, any::<bool>()).prop_map(|(sent, last_answered)| LetterCount { sent, last_answered })
}

fn facts(cord: bool) -> impl Strategy<Value = Facts> {
    facts_on(cord, date())
}

fn facts_on(cord: bool, dates: BoxedStrategy<NaiveDate>) -> impl Strategy<Value = Facts> {
    (
        (country(), country(), org(), org(), org()),
        proptest::collection::vec((product(cord), dates.clone()), 0..4),
        proptest::collection::vec(dates, 0..3),
        proptest::option::of(proptest::sample::select(PatientStatus::ALL.to_vec())),
        (count(), count(), consent(), consent()),
        (proptest::option::of(country()), proptest::option::of(country())),
    )
        .prop_map(
            |(
                (donor_country, patient_country, donor_org, patient_org, transplant_centre),
                donations,
                transplants,
                status,
                (d, p, dc, pc),
                (donor_residence, patient_residence),
            )| {
                let mut parties = Parties::new(donor_country, patient_country);
                parties.donor_residence = donor_residence;
                parties.patient_residence = patient_residence;
                parties.donor_org = donor_org;
                parties.patient_org = patient_org;
                parties.transplant_centre = transplant_centre;
                let mut facts = Facts::new(parties);
                facts.donations = donations;
                facts.transplants = transplants;
                facts.patient_status = status;
                facts.donor_letters = d;
                facts.patient_letters = p;
                facts.donor_consent = dc;
                facts.patient_consent = pc;
                facts
            },
        )
}

/// Organisation entries only, so that evaluation succeeds.
fn valid(mut facts: Facts) -> Facts {
    let is_org = |id: &Option<RuleId>| {
        id.as_ref().is_none_or(|i| {
            book().get(i.as_str()).is_some_and(|r| r.kind() == twinbridge_domain::rules::RuleKind::Organisation)
        })
    };
    if !is_org(&facts.parties.donor_org) {
        facts.parties.donor_org = None;
    }
    if !is_org(&facts.parties.patient_org) {
        facts.parties.patient_org = None;
    }
    if !is_org(&facts.parties.transplant_centre) {
        facts.parties.transplant_centre = None;
    }
    facts
}

proptest! {
    #[test]
    fn evaluation_never_panics_and_keeps_its_promises(facts in facts_on(true, any_date()), today in any_date()) {
        let Ok(e) = book().evaluate(&facts, today) else { return Ok(()) };
        if facts.is_cord_blood() {
            prop_assert!(!e.anonymous_letters.allowed);
            prop_assert_eq!(e.identity_release.possible, Possible::Never);
        }
        if e.anonymous_letters.donor.may_write_now || e.anonymous_letters.patient.may_write_now {
            prop_assert!(e.anonymous_letters.allowed);
        }
        if e.anonymous_letters.allowed {
            prop_assert_eq!(e.anonymous_letters.status, LetterStatus::Allowed);
        }
        if e.identity_release.possible != Possible::AfterPeriod {
            prop_assert_eq!(e.identity_release.earliest_date, None);
        }
        let _ = (e.plain_text(None), e.staff_text());
    }

    #[test]
    fn a_later_donation_never_makes_release_earlier(
        facts in facts(false),
        today in date(),
        later in 0u64..2000,
        product in product(false),
    ) {
        let facts = valid(facts);
        let before = book().evaluate(&facts, today);
        let last = facts.donations.iter().map(|(_, d)| *d).max().unwrap_or(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default());
        let mut more = facts.clone();
        more.donations.push((product, last + chrono::Days::new(later)));
        let after = book().evaluate(&more, today);
        let (Ok(before), Ok(after)) = (before, after) else { return Err(TestCaseError::fail("evaluation failed")) };
        prop_assert_eq!(before.identity_release.possible, after.identity_release.possible);
        if let (Some(b), Some(a)) = (before.identity_release.earliest_date, after.identity_release.earliest_date) {
            prop_assert!(a >= b, "{} became {}", b, a);
        }
    }

    #[test]
    fn a_transplant_centre_rule_never_makes_the_answer_more_permissive(
        facts in facts(false),
        today in date(),
        centre in org(),
    ) {
        let mut facts = valid(facts);
        facts.parties.transplant_centre = None;
        let mut stricter = facts.clone();
        stricter.parties.transplant_centre = centre;
        let stricter = valid(stricter);
        let (Ok(loose), Ok(strict)) = (book().evaluate(&facts, today), book().evaluate(&stricter, today)) else {
            return Err(TestCaseError::fail("evaluation failed"));
        };
        // A dimension no rule stated is unknown; a new rule stating it takes part for the first time, so
        // only stated dimensions are compared.
        let stated = |dimension: Dimension| {
            !loose.reasons.iter().any(|r| r.dimension == dimension && r.rule == "(no rule states this)")
        };
        let (l, s) = (&loose.anonymous_letters, &strict.anonymous_letters);
        if stated(Dimension::AnonymousLetters) {
            prop_assert!(!s.allowed || l.allowed);
            prop_assert!(s.status <= l.status);
            prop_assert!(!s.donor.may_write_now || l.donor.may_write_now);
            prop_assert!(!s.patient.may_write_now || l.patient.may_write_now);
            if let Some(max) = l.max_letters_per_side {
                prop_assert!(s.max_letters_per_side.is_some_and(|m| m <= max));
            }
        }
        if stated(Dimension::Gifts) {
            prop_assert!(s.gifts <= l.gifts);
        }
        if stated(Dimension::Photos) {
            prop_assert!(s.photos <= l.photos);
        }
        if !stated(Dimension::IdentityRelease) {
            return Ok(());
        }
        prop_assert!(strict.identity_release.possible <= loose.identity_release.possible);
        if let (Some(l), Some(s)) = (loose.identity_release.earliest_date, strict.identity_release.earliest_date) {
            prop_assert!(s >= l);
        }
        for c in &loose.identity_release.open_conditions {
            if strict.identity_release.possible == loose.identity_release.possible {
                prop_assert!(strict.identity_release.open_conditions.contains(c));
            }
        }
    }

    #[test]
    fn where_a_person_lives_never_makes_the_answer_more_permissive(
        facts in facts(false),
        today in date(),
        lives in country(),
        donor in any::<bool>(),
    ) {
        let mut facts = valid(facts);
        facts.parties.donor_residence = None;
        facts.parties.patient_residence = None;
        let mut living = facts.clone();
        if donor { living.parties.donor_residence = Some(lives) } else { living.parties.patient_residence = Some(lives) }
        let (Ok(home), Ok(away)) = (book().evaluate(&facts, today), book().evaluate(&living, today)) else {
            return Err(TestCaseError::fail("evaluation failed"));
        };
        prop_assert!(away.identity_release.possible <= home.identity_release.possible);
        prop_assert!(!away.anonymous_letters.allowed || home.anonymous_letters.allowed);
        prop_assert!(away.anonymous_letters.gifts <= home.anonymous_letters.gifts);
        prop_assert!(away.anonymous_letters.photos <= home.anonymous_letters.photos);
        if let (Some(h), Some(a)) = (home.identity_release.earliest_date, away.identity_release.earliest_date) {
            prop_assert!(a >= h);
        }
    }
}
