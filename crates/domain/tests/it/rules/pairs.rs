//! Country pair classes against the shipped data: what is unknown on either side is never allowed, residence
//! binds whatever the organisation, and each class of pairing (same country, across borders both ways,
//! residence, DLI, cord blood) comes out as its rules say.

use twinbridge_domain::Product;
use twinbridge_domain::rules::{
    AppliesAs, Facts, Gifts, HealthUpdates, LetterStatus, Parties, Photos, Possible, RuleKind,
};

use super::{book, cc, day, explain, id, pairing};

/// Every country of the data, and some it has no entry for.
fn countries() -> Vec<String> {
    let mut codes: Vec<String> = book().rules().iter().map(|r| r.id().country().to_string()).collect();
    codes.extend(["SE", "KR", "MX"].map(str::to_owned));
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn nothing_unknown_on_either_side_comes_out_allowed() {
    let today = day(2030, 1, 1);
    for donor in countries() {
        for patient in countries() {
            let facts = pairing(&donor, &patient);
            let applying = book().applying(&facts.parties).unwrap();
            let e = explain(&facts, today);
            let states = |unknown: &dyn Fn(&twinbridge_domain::rules::Terms) -> bool| {
                !applying.countries_without_rules.is_empty() || applying.rules.iter().any(|(r, _)| unknown(r.terms()))
            };
            let pair = format!("{donor} → {patient}");
            if states(&|t| t.letters.as_ref().is_some_and(|l| l.status == LetterStatus::Unknown)) {
                assert!(!e.anonymous_letters.allowed, "{pair}: letters allowed although unknown on one side");
                assert_ne!(e.anonymous_letters.status, LetterStatus::Allowed, "{pair}");
            }
            if states(&|t| t.gifts == Some(Gifts::Unknown)) {
                assert!(e.anonymous_letters.gifts <= Gifts::Unknown, "{pair}: gifts {:?}", e.anonymous_letters.gifts);
            }
            if states(&|t| t.photos == Some(Photos::Unknown)) {
                assert!(e.anonymous_letters.photos <= Photos::Unknown, "{pair}");
            }
            if states(&|t| t.health_updates == Some(HealthUpdates::Unknown)) {
                assert!(e.health_updates <= HealthUpdates::Unknown, "{pair}");
            }
            if states(&|t| t.release.as_ref().is_some_and(|r| r.possible == Possible::Unknown)) {
                assert!(e.identity_release.possible <= Possible::Unknown, "{pair}: release allowed although unknown");
                assert_eq!(e.identity_release.earliest_date, None, "{pair}");
            }
        }
    }
}

#[test]
fn every_entry_states_every_dimension() {
    for rule in book().rules() {
        let terms = rule.terms();
        let stated = [
            terms.letters.is_some(),
            terms.gifts.is_some(),
            terms.photos.is_some(),
            terms.release.is_some(),
            terms.health_updates.is_some(),
            terms.may_tell.is_some(),
        ];
        assert!(stated.iter().all(|s| *s), "{} leaves a dimension out: {stated:?}", rule.id());
    }
}

/// The countries whose data requires anonymity of everyone living there.
fn anonymity_by_residence() -> Vec<String> {
    book()
        .rules()
        .iter()
        .filter(|r| r.kind() == RuleKind::Residence)
        .filter(|r| r.terms().release.as_ref().is_some_and(|x| x.possible == Possible::Never))
        .map(|r| r.id().country().to_string())
        .collect()
}

#[test]
fn a_person_living_where_anonymity_is_required_is_never_told_identities_may_be_exchanged() {
    let residence = anonymity_by_residence();
    assert!(residence.contains(&"CH".to_owned()), "Switzerland requires anonymity of its residents: {residence:?}");
    let organisations: Vec<_> = book().rules().iter().filter(|r| r.kind() == RuleKind::Organisation).collect();
    for lives in &residence {
        for org in &organisations {
            // The donor lives there, registered with any organisation (of any country).
            let mut parties = Parties::new(org.id().country(), cc("DE"));
            parties.donor_residence = Some(cc(lives));
            parties.donor_org = Some(org.id().clone());
            let e = explain(&with_donations(parties), day(2035, 1, 1));
            assert_eq!(e.identity_release.possible, Possible::Never, "donor in {lives} with {}", org.id());
            // The patient lives there, treated by any organisation.
            let mut parties = Parties::new(cc("DE"), org.id().country());
            parties.patient_residence = Some(cc(lives));
            parties.patient_org = Some(org.id().clone());
            let e = explain(&with_donations(parties), day(2035, 1, 1));
            assert_eq!(e.identity_release.possible, Possible::Never, "patient in {lives} with {}", org.id());
        }
    }
}

fn with_donations(parties: Parties) -> Facts {
    let mut facts = Facts::new(parties);
    facts.donations.push((Product::Pbsc, day(2024, 3, 1)));
    facts.transplants.push(day(2024, 3, 3));
    facts
}

#[test]
fn a_swiss_resident_with_a_german_organisation_is_told_never() {
    let mut parties = Parties::new(cc("DE"), cc("DE"));
    parties.donor_residence = Some(cc("CH"));
    parties.donor_org = Some(id("DE German Standards"));
    let e = explain(&with_donations(parties), day(2030, 1, 1));
    assert_eq!(e.identity_release.possible, Possible::Never);
    let residence = e.rules_applied.iter().find(|a| a.rule.as_str() == "CH Residence").expect("CH Residence binds");
    assert_eq!(residence.applies_as, vec![AppliesAs::DonorResidence]);
    assert!(e.plain_text(Some(twinbridge_domain::rules::Side::Donor)).contains("exchanged, ever"));
    // Living in Germany, the same donor may exchange identities after the German period.
    let e = explain(&pairing("DE", "DE"), day(2030, 1, 1));
    assert_eq!(e.identity_release.possible, Possible::AfterPeriod);
}

#[test]
fn a_residence_in_the_sides_own_country_changes_nothing() {
    let plain = explain(&pairing("DE", "IN"), day(2030, 1, 1));
    let mut same = pairing("DE", "IN");
    same.parties.donor_residence = Some(cc("DE"));
    same.parties.patient_residence = Some(cc("IN"));
    assert_eq!(explain(&same, day(2030, 1, 1)), plain);
}

#[test]
fn a_residence_without_rule_data_is_unknown_not_permission() {
    let mut facts = pairing("DE", "DE");
    facts.parties.donor_residence = Some(cc("SE"));
    let e = explain(&facts, day(2030, 1, 1));
    assert_eq!(e.countries_without_rules, vec![cc("SE")]);
    assert_eq!(e.identity_release.possible, Possible::Unknown);
    assert!(!e.anonymous_letters.allowed);
}

#[test]
fn across_borders_both_directions_give_the_same_strictest_answer() {
    let today = day(2027, 1, 1);
    for (a, b) in [("IN", "DE"), ("DE", "US"), ("GB", "DE"), ("JP", "US"), ("AU", "IN"), ("BR", "PL")] {
        let there = explain(&pairing(a, b), today);
        let back = explain(&pairing(b, a), today);
        let pair = format!("{a} ↔ {b}");
        assert_eq!(there.identity_release.possible, back.identity_release.possible, "{pair}");
        assert_eq!(there.identity_release.earliest_date, back.identity_release.earliest_date, "{pair}");
        assert_eq!(there.anonymous_letters.status, back.anonymous_letters.status, "{pair}");
        assert_eq!(there.anonymous_letters.gifts, back.anonymous_letters.gifts, "{pair}");
        assert_eq!(there.anonymous_letters.forbidden_content, back.anonymous_letters.forbidden_content, "{pair}");
        // Never more permissive than either country at home.
        for home in [a, b] {
            let domestic = explain(&pairing(home, home), today);
            assert!(there.identity_release.possible <= domestic.identity_release.possible, "{pair} vs {home}");
            if let (Some(cross), Some(alone)) =
                (there.identity_release.earliest_date, domestic.identity_release.earliest_date)
            {
                assert!(cross >= alone, "{pair}: {cross} is earlier than {home} alone ({alone})");
            }
            assert!(there.anonymous_letters.gifts <= domestic.anonymous_letters.gifts, "{pair} vs {home}");
        }
    }
}

#[test]
fn cord_blood_means_no_contact_for_every_pair() {
    for donor in countries() {
        let mut facts = pairing(&donor, "DE");
        facts.donations = vec![(Product::CordBlood, day(2024, 3, 1))];
        let e = explain(&facts, day(2035, 1, 1));
        assert!(!e.anonymous_letters.allowed && e.identity_release.possible == Possible::Never, "{donor}");
    }
}

#[test]
fn a_dli_restarts_the_clock_only_where_the_source_says_so() {
    // The UK counts from the last transplant or DLI.
    let mut uk = pairing("GB", "GB");
    uk.donations.push((Product::Dli, day(2025, 3, 10)));
    assert_eq!(explain(&uk, day(2025, 6, 1)).identity_release.earliest_date, Some(day(2027, 3, 10)));
    // India counts from the donation or transplantation: a later DLI does not move the date.
    let mut india = pairing("IN", "IN");
    let before = explain(&india, day(2025, 6, 1)).identity_release.earliest_date;
    india.donations.push((Product::Dli, day(2025, 3, 10)));
    assert_eq!(explain(&india, day(2025, 6, 1)).identity_release.earliest_date, before);
    assert_eq!(before, Some(day(2026, 3, 1)), "two years from the donation");
}

#[test]
fn a_period_of_unknown_length_or_unknown_conditions_never_releases() {
    // Canada: contact "after the anonymity period", whose length is not stated.
    let e = explain(&pairing("CA", "CA"), day(2040, 1, 1));
    assert_eq!(e.identity_release.possible, Possible::Unknown);
    assert!(e.identity_release.period_length_unknown);
    assert_eq!(e.identity_release.earliest_date, None);
    assert!(e.plain_text(None).contains("whose length is not known"), "{}", e.plain_text(None));
    assert!(e.reasons.iter().any(|r| r.rule == "CA Canadian Blood Services" && r.says.contains("ask the registry")));
    // Austria: five years, but which conditions apply is not known.
    let e = explain(&pairing("AT", "AT"), day(2040, 1, 1));
    assert!(e.identity_release.conditions_unknown);
    assert!(e.plain_text(None).contains("conditions apply is not known"), "{}", e.plain_text(None));
}
