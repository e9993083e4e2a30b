//! An organisation's own policy, set by its administrator in the service: it replaces, dimension by
//! dimension, what the rule entry the organisation follows says. It may be stricter, or different where
//! the law of the organisation's country allows; a policy more permissive than that law is refused,
//! because the law would overrule it anyway and the administrator must not be misled.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::RuleBook;
use super::combine::combine;
use super::model::{
    Confidence, Dimension, Gifts, LetterStatus, Letters, Period, Photos, Possible, Provenance, Release, Rule, RuleId,
    RuleKind, StartEvent, Terms,
};
use crate::CountryCode;

/// What an administrator can set. `None` everywhere means "as the rule entry says".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnPolicy {
    /// No anonymous letters at all.
    #[serde(default)]
    pub letters_forbidden: bool,
    /// At most this many letters from each side.
    pub max_letters_per_side: Option<u32>,
    /// Gifts with letters.
    pub gifts: Option<Gifts>,
    /// Photos and drawings with letters.
    pub photos: Option<Photos>,
    /// Identity release.
    pub release: Option<OwnRelease>,
}

/// Identity release as an organisation may set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "possible")]
pub enum OwnRelease {
    /// Never.
    Never,
    /// After a waiting period.
    AfterPeriod {
        /// Length in calendar months.
        months: u32,
        /// The event it is counted from.
        counted_from: StartEvent,
    },
}

impl OwnPolicy {
    /// The terms this policy states.
    pub fn terms(&self) -> Terms {
        let letters = if self.letters_forbidden {
            Some(Letters::plain(LetterStatus::Forbidden))
        } else {
            self.max_letters_per_side
                .map(|max| Letters { max_per_side: Some(max), ..Letters::plain(LetterStatus::Allowed) })
        };
        let release = self.release.map(|r| match r {
            OwnRelease::Never => Release::plain(Possible::Never),
            OwnRelease::AfterPeriod { months, counted_from } => Release {
                periods: BTreeSet::from([Period { months, counted_from }]),
                ..Release::plain(Possible::AfterPeriod)
            },
        });
        Terms {
            letters,
            gifts: self.gifts,
            max_gifts: None,
            photos: self.photos,
            release,
            health_updates: None,
            may_tell: None,
        }
    }

    /// Whether the policy says anything.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// The dimensions where `own` is more permissive than `law`: combined with the law, they would change.
fn looser_than(own: &Terms, law: &Terms) -> Vec<Dimension> {
    let strictest = combine(own, law);
    let mut looser = Vec::new();
    if own.letters.is_some() && law.letters.is_some() {
        let (o, s) = (own.letters.as_ref(), strictest.letters.as_ref());
        if o.map(|l| (l.status, l.max_per_side)) != s.map(|l| (l.status, l.max_per_side)) {
            looser.push(Dimension::AnonymousLetters);
        }
    }
    if own.gifts.is_some() && law.gifts.is_some() && own.gifts != strictest.gifts {
        looser.push(Dimension::Gifts);
    }
    if own.photos.is_some() && law.photos.is_some() && own.photos != strictest.photos {
        looser.push(Dimension::Photos);
    }
    if let (Some(o), Some(l)) = (&own.release, &law.release) {
        let longest = |r: &Release| r.periods.iter().map(|p| p.months).max();
        if o.possible > l.possible || (o.possible == Possible::AfterPeriod && longest(o) < longest(l)) {
            looser.push(Dimension::IdentityRelease);
        }
    }
    looser
}

impl RuleBook {
    /// The dimensions where `own` would be more permissive than a law or residence requirement of `country`
    /// (empty: acceptable).
    pub fn check_own_policy(&self, country: CountryCode, own: &OwnPolicy) -> Vec<Dimension> {
        let terms = own.terms();
        let mut looser: Vec<Dimension> = self
            .rules()
            .iter()
            .filter(|r| r.kind().binds_by_country() && r.id().country() == country)
            .flat_map(|law| looser_than(&terms, law.terms()))
            .collect();
        looser.sort_by_key(|d| d.as_str());
        looser.dedup();
        looser
    }

    /// A book that also holds the organisation's own rule: what `base` (the entry the organisation
    /// follows, if any) says, with the dimensions `own` states replaced and cited to `source`. The new
    /// rule's id is `id`; name the organisation with it in the pairing's facts.
    pub fn with_own_policy(
        &self,
        id: RuleId,
        name: &str,
        base: Option<&RuleId>,
        own: &OwnPolicy,
        source: &str,
        set_on: NaiveDate,
    ) -> Self {
        let base = base.and_then(|b| self.get(b.as_str()));
        let own_terms = own.terms();
        let mut terms = base.map(|b| b.terms().clone()).unwrap_or_default();
        let mut provenance: Vec<(Dimension, Provenance)> =
            base.map(|b| b.stated().map(|(d, p)| (d, p.clone())).collect()).unwrap_or_default();
        let own_provenance = Provenance {
            sources: vec![source.to_owned()],
            checked: set_on,
            confidence: Confidence::High,
            note: Some(format!(
                "the organisation's own policy{}",
                base.map(|b| format!(", replacing {}", b.id())).unwrap_or_default()
            )),
        };
        let mut replace = |dimension: Dimension, stated: bool| {
            if stated {
                provenance.retain(|(d, _)| *d != dimension);
                provenance.push((dimension, own_provenance.clone()));
            }
        };
        replace(Dimension::AnonymousLetters, own_terms.letters.is_some());
        replace(Dimension::Gifts, own_terms.gifts.is_some());
        replace(Dimension::Photos, own_terms.photos.is_some());
        replace(Dimension::IdentityRelease, own_terms.release.is_some());
        if let Some(letters) = own_terms.letters {
            // Keep the entry's finer points (windows, reply rules) unless letters are forbidden outright.
            terms.letters = Some(match (terms.letters.take(), letters.status) {
                (Some(base), LetterStatus::Allowed) => Letters { max_per_side: letters.max_per_side, ..base },
                _ => letters,
            });
        }
        if own_terms.gifts.is_some() {
            terms.gifts = own_terms.gifts;
        }
        if own_terms.photos.is_some() {
            terms.photos = own_terms.photos;
        }
        if let Some(release) = own_terms.release {
            terms.release = Some(Release {
                conditions: terms.release.as_ref().map(|r| r.conditions.clone()).unwrap_or_default(),
                initiators: terms.release.as_ref().and_then(|r| r.initiators.clone()),
                ..release
            });
        }
        let rule = Rule {
            id: id.clone(),
            kind: RuleKind::Organisation,
            main_registry: false,
            name: name.to_owned(),
            terms,
            provenance,
        };
        let mut rules: Vec<std::sync::Arc<Rule>> = self.rules().iter().filter(|r| r.id() != &id).cloned().collect();
        rules.push(std::sync::Arc::new(rule));
        Self { rules }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> RuleBook {
        RuleBook::parse(include_str!("../../../../rules/contact-rules.toml")).expect("shipped rules parse")
    }

    fn country(code: &str) -> CountryCode {
        CountryCode::parse(code).expect("valid")
    }

    #[test]
    fn a_policy_looser_than_the_law_is_refused_and_a_stricter_one_accepted() {
        let book = book();
        let release_after = |months| OwnPolicy {
            release: Some(OwnRelease::AfterPeriod { months, counted_from: StartEvent::LastDonation }),
            ..OwnPolicy::default()
        };
        // France's law never allows release: a French organisation cannot allow it.
        assert_eq!(book.check_own_policy(country("FR"), &release_after(24)), vec![Dimension::IdentityRelease]);
        assert!(
            book.check_own_policy(
                country("FR"),
                &OwnPolicy { release: Some(OwnRelease::Never), ..OwnPolicy::default() }
            )
            .is_empty()
        );
        // India has no law entry: a registry there sets its own period.
        assert!(book.check_own_policy(country("IN"), &release_after(36)).is_empty());
        assert!(book.check_own_policy(country("IN"), &release_after(12)).is_empty());
    }

    #[test]
    fn an_own_policy_replaces_only_what_it_states() {
        let book = book();
        let base = RuleId::parse("IN DKMS-BMST").expect("valid");
        let id = RuleId::parse("IN Demo Registry").expect("valid");
        let own = OwnPolicy {
            release: Some(OwnRelease::AfterPeriod { months: 36, counted_from: StartEvent::LastDonation }),
            ..OwnPolicy::default()
        };
        let with = book.with_own_policy(
            id.clone(),
            "Demo Registry",
            Some(&base),
            &own,
            "https://example.org/policy",
            NaiveDate::MIN,
        );
        let rule = with.get(id.as_str()).expect("added");
        assert_eq!(rule.terms().letters, book.get("IN DKMS-BMST").and_then(|r| r.terms().letters.clone()));
        let release = rule.terms().release.as_ref().expect("release");
        assert_eq!(release.periods.iter().map(|p| p.months).collect::<Vec<_>>(), vec![36]);
        assert_eq!(
            rule.provenance(Dimension::IdentityRelease).map(|p| p.sources[0].as_str()),
            Some("https://example.org/policy")
        );
        assert!(OwnPolicy::default().is_empty() && !own.is_empty());
    }
}
