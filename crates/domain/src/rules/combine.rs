//! Combining the rules that apply to a pairing into one set of terms, dimension by dimension, always
//! keeping the strictest reading. Combination is commutative and associative, so the order in which
//! rules are found never changes the answer.

use std::collections::BTreeSet;

use super::model::{Letters, Release, Side, Terms};

/// The strictest reading of `a` and `b`. A dimension one side does not state is taken from the other.
pub fn combine(a: &Terms, b: &Terms) -> Terms {
    Terms {
        letters: either(&a.letters, &b.letters, combine_letters),
        gifts: either(&a.gifts, &b.gifts, |x, y| *x.min(y)),
        max_gifts: min_option(a.max_gifts, b.max_gifts),
        photos: either(&a.photos, &b.photos, |x, y| *x.min(y)),
        release: either(&a.release, &b.release, combine_release),
        health_updates: either(&a.health_updates, &b.health_updates, |x, y| *x.min(y)),
        may_tell: either(&a.may_tell, &b.may_tell, |x, y| x.intersection(y).copied().collect()),
    }
}

/// Combines any number of terms; no terms at all state nothing.
pub fn combine_all<'a>(terms: impl IntoIterator<Item = &'a Terms>) -> Terms {
    terms.into_iter().fold(Terms::default(), |acc, t| combine(&acc, t))
}

fn either<T: Clone>(a: &Option<T>, b: &Option<T>, both: impl Fn(&T, &T) -> T) -> Option<T> {
    match (a, b) {
        (Some(x), Some(y)) => Some(both(x, y)),
        (Some(x), None) | (None, Some(x)) => Some(x.clone()),
        (None, None) => None,
    }
}

fn min_option(a: Option<u32>, b: Option<u32>) -> Option<u32> {
    match (a, b) {
        (Some(x), Some(y)) => Some(x.min(y)),
        (x, y) => x.or(y),
    }
}

/// Who may initiate: the sides every stating rule allows.
fn intersect(a: &Option<BTreeSet<Side>>, b: &Option<BTreeSet<Side>>) -> Option<BTreeSet<Side>> {
    either(a, b, |x, y| x.intersection(y).copied().collect())
}

fn combine_letters(a: &Letters, b: &Letters) -> Letters {
    Letters {
        status: a.status.min(b.status),
        max_per_side: min_option(a.max_per_side, b.max_per_side),
        windows: a.windows.union(&b.windows).copied().collect(),
        not_before: a.not_before.union(&b.not_before).copied().collect(),
        reply_before_next: a.reply_before_next || b.reply_before_next,
        initiators: intersect(&a.initiators, &b.initiators),
        max_pages: min_option(a.max_pages, b.max_pages),
        max_total: min_option(a.max_total, b.max_total),
        first_patient_letter_via_centre: a.first_patient_letter_via_centre || b.first_patient_letter_via_centre,
        written_consent_first: a.written_consent_first || b.written_consent_first,
        forbidden_content: a.forbidden_content.union(&b.forbidden_content).copied().collect(),
    }
}

/// Periods and conditions are kept from every rule, also when another rule says never or unknown: the
/// strictest `possible` decides, and keeping the rest keeps combination associative.
fn combine_release(a: &Release, b: &Release) -> Release {
    Release {
        possible: a.possible.min(b.possible),
        periods: a.periods.union(&b.periods).copied().collect(),
        conditions: a.conditions.union(&b.conditions).copied().collect(),
        initiators: intersect(&a.initiators, &b.initiators),
        period_length_unknown: a.period_length_unknown || b.period_length_unknown,
        conditions_unknown: a.conditions_unknown || b.conditions_unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::model::{
        Condition, Disclosure, Gifts, HealthUpdates, LetterContent, LetterStatus, Period, Photos, Possible, StartEvent,
        Window,
    };
    use proptest::collection::btree_set;
    use proptest::option;
    use proptest::prelude::*;

    fn event() -> impl Strategy<Value = StartEvent> {
        prop_oneof![
            Just(StartEvent::FirstTransplant),
            Just(StartEvent::LastTransplant),
            Just(StartEvent::LastDonation),
            Just(StartEvent::FirstCollection),
            Just(StartEvent::Unknown),
        ]
    }

    fn sides() -> impl Strategy<Value = Option<BTreeSet<Side>>> {
        option::of(btree_set(prop_oneof![Just(Side::Donor), Just(Side::Patient)], 1..=2))
    }

    fn letters() -> impl Strategy<Value = Letters> {
        (
            prop_oneof![Just(LetterStatus::Forbidden), Just(LetterStatus::Unknown), Just(LetterStatus::Allowed)],
            option::of(1u32..5),
            btree_set((1u32..40, event()).prop_map(|(months, from)| Window { months, from }), 0..2),
            btree_set(event(), 0..2),
            any::<bool>(),
            sides(),
            option::of(1u32..3),
        )
            .prop_map(|(status, max_per_side, windows, not_before, reply_before_next, initiators, max_pages)| Letters {
                status,
                max_per_side,
                windows,
                not_before,
                reply_before_next,
                initiators,
                max_pages,
                ..Letters::plain(status)
            })
            .prop_flat_map(|letters| {
                (
                    option::of(1u32..4),
                    any::<bool>(),
                    any::<bool>(),
                    btree_set(
                        prop_oneof![Just(LetterContent::Name), Just(LetterContent::Country), Just(LetterContent::Age)],
                        0..3,
                    ),
                )
                    .prop_map(move |(max_total, via_centre, consent_first, forbidden_content)| {
                        Letters {
                            max_total,
                            first_patient_letter_via_centre: via_centre,
                            written_consent_first: consent_first,
                            forbidden_content,
                            ..letters.clone()
                        }
                    })
            })
    }

    fn release() -> impl Strategy<Value = Release> {
        (
            prop_oneof![Just(Possible::Never), Just(Possible::Unknown), Just(Possible::AfterPeriod)],
            btree_set((0u32..70, event()).prop_map(|(months, counted_from)| Period { months, counted_from }), 0..3),
            btree_set(
                prop_oneof![
                    Just(Condition::BothWrittenConsent),
                    Just(Condition::CounsellingRecorded),
                    Just(Condition::PatientWellConfirmed),
                    Just(Condition::RegularLettersFirst),
                ],
                0..3,
            ),
            sides(),
            any::<bool>(),
            any::<bool>(),
        )
            .prop_map(
                |(possible, periods, conditions, initiators, period_length_unknown, conditions_unknown)| Release {
                    possible,
                    periods,
                    conditions,
                    initiators,
                    period_length_unknown,
                    conditions_unknown,
                },
            )
    }

    pub(crate) fn terms() -> impl Strategy<Value = Terms> {
        (
            option::of(letters()),
            option::of(prop_oneof![Just(Gifts::None), Just(Gifts::Unknown), Just(Gifts::Small), Just(Gifts::Allowed)]),
            option::of(prop_oneof![Just(Photos::None), Just(Photos::Unknown), Just(Photos::Allowed)]),
            option::of(release()),
            option::of(prop_oneof![
                Just(HealthUpdates::None),
                Just(HealthUpdates::Unknown),
                Just(HealthUpdates::Allowed)
            ]),
            option::of(btree_set(
                prop_oneof![Just(Disclosure::Sex), Just(Disclosure::AgeGroup), Just(Disclosure::Country)],
                0..3,
            )),
            option::of(1u32..3),
        )
            .prop_map(|(letters, gifts, photos, release, health_updates, may_tell, max_gifts)| Terms {
                letters,
                gifts,
                max_gifts,
                photos,
                release,
                health_updates,
                may_tell,
            })
    }

    /// "At least as strict as": every dimension `loose` states, `strict` states at least as strictly.
    fn at_least_as_strict(strict: &Terms, loose: &Terms) -> bool {
        let letters = match (&strict.letters, &loose.letters) {
            (Some(s), Some(l)) => {
                s.status <= l.status
                    && match (s.max_per_side, l.max_per_side) {
                        (Some(x), Some(y)) => x <= y,
                        (None, Some(_)) => false,
                        _ => true,
                    }
                    && (s.reply_before_next || !l.reply_before_next)
                    && l.windows.is_subset(&s.windows)
                    && l.max_total.is_none_or(|y| s.max_total.is_some_and(|x| x <= y))
                    && (s.first_patient_letter_via_centre || !l.first_patient_letter_via_centre)
                    && (s.written_consent_first || !l.written_consent_first)
                    && l.forbidden_content.is_subset(&s.forbidden_content)
            }
            (None, Some(_)) => false,
            _ => true,
        };
        let release = match (&strict.release, &loose.release) {
            (Some(s), Some(l)) => {
                s.possible <= l.possible
                    && l.conditions.is_subset(&s.conditions)
                    && l.periods.is_subset(&s.periods)
                    && (s.period_length_unknown || !l.period_length_unknown)
                    && (s.conditions_unknown || !l.conditions_unknown)
            }
            (None, Some(_)) => false,
            _ => true,
        };
        let gifts = loose.gifts.is_none_or(|l| strict.gifts.is_some_and(|s| s <= l))
            && loose.max_gifts.is_none_or(|l| strict.max_gifts.is_some_and(|s| s <= l));
        let photos = loose.photos.is_none_or(|l| strict.photos.is_some_and(|s| s <= l));
        letters && release && gifts && photos
    }

    proptest! {
        #[test]
        fn combining_is_commutative(a in terms(), b in terms()) {
            prop_assert_eq!(combine(&a, &b), combine(&b, &a));
        }

        #[test]
        fn combining_is_associative(a in terms(), b in terms(), c in terms()) {
            prop_assert_eq!(combine(&combine(&a, &b), &c), combine(&a, &combine(&b, &c)));
        }

        #[test]
        fn nothing_is_neutral_and_combining_is_idempotent(a in terms()) {
            prop_assert_eq!(combine(&a, &Terms::default()), a.clone());
            prop_assert_eq!(combine(&a, &a), a);
        }

        #[test]
        fn adding_a_rule_never_makes_the_result_more_permissive(a in terms(), b in terms()) {
            let both = combine(&a, &b);
            prop_assert!(at_least_as_strict(&both, &a));
            prop_assert!(at_least_as_strict(&both, &b));
        }
    }

    #[test]
    fn never_beats_any_period_and_unknown_beats_a_period() {
        let after = Release {
            periods: BTreeSet::from([Period { months: 24, counted_from: StartEvent::FirstTransplant }]),
            ..Release::plain(Possible::AfterPeriod)
        };
        let never = Terms { release: Some(Release::plain(Possible::Never)), ..Terms::default() };
        let unknown = Terms { release: Some(Release::plain(Possible::Unknown)), ..Terms::default() };
        let period = Terms { release: Some(after), ..Terms::default() };
        assert_eq!(combine(&never, &period).release.map(|r| r.possible), Some(Possible::Never));
        assert_eq!(combine(&unknown, &period).release.map(|r| r.possible), Some(Possible::Unknown));
        assert_eq!(combine(&never, &unknown).release.map(|r| r.possible), Some(Possible::Never));
    }
}
