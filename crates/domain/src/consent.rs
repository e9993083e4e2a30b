//! Consent: each participant's chosen contact level in a pairing, and which details they would share
//! after a release. Changeable and revocable at any time; every change is a new version (nothing is
//! overwritten), and a withdrawal takes effect at once for anything not yet delivered.

use std::collections::BTreeSet;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::ParseError;
pub use crate::rules::ConsentLevel;

impl ConsentLevel {
    /// Every level, from least to most contact.
    pub const ALL: [Self; 5] =
        [Self::NoContact, Self::UpdatesOnly, Self::AnonymousLetters, Self::ShareDetails, Self::Meet];

    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::NoContact => "no_contact",
            Self::UpdatesOnly => "updates_only",
            Self::AnonymousLetters => "anonymous_letters",
            Self::ShareDetails => "share_details",
            Self::Meet => "meet",
        }
    }
}

impl FromStr for ConsentLevel {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|l| l.as_str() == s).ok_or(ParseError::new(
            "contact level",
            "expected no_contact, updates_only, anonymous_letters, share_details or meet",
        ))
    }
}

/// A detail a participant may choose to share after a release.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShareField {
    /// First name.
    FirstName,
    /// Full name.
    FullName,
    /// Country.
    Country,
    /// Town.
    Town,
    /// E-mail address.
    Email,
    /// Phone number.
    Phone,
    /// Postal address.
    PostalAddress,
    /// A photo.
    Photo,
}

impl ShareField {
    /// Every field.
    pub const ALL: [Self; 8] = [
        Self::FirstName,
        Self::FullName,
        Self::Country,
        Self::Town,
        Self::Email,
        Self::Phone,
        Self::PostalAddress,
        Self::Photo,
    ];

    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::FirstName => "first_name",
            Self::FullName => "full_name",
            Self::Country => "country",
            Self::Town => "town",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::PostalAddress => "postal_address",
            Self::Photo => "photo",
        }
    }
}

impl FromStr for ShareField {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|f| f.as_str() == s).ok_or(ParseError::new(
            "detail to share",
            "expected first_name, full_name, country, town, email, phone, postal_address or photo",
        ))
    }
}

/// A participant's consent: the level and, from `share_details` up, the details they would share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Consent {
    level: ConsentLevel,
    share: BTreeSet<ShareField>,
}

impl Consent {
    /// Parses a consent; details to share are kept only at `share_details` and `meet` (below that
    /// nothing is shared, so a list given with a lower level is dropped rather than stored).
    pub fn new(level: ConsentLevel, share: impl IntoIterator<Item = ShareField>) -> Self {
        let share = if level >= ConsentLevel::ShareDetails { share.into_iter().collect() } else { BTreeSet::new() };
        Self { level, share }
    }

    /// The level.
    pub const fn level(&self) -> ConsentLevel {
        self.level
    }

    /// The details to share.
    pub fn share(&self) -> &BTreeSet<ShareField> {
        &self.share
    }
}

/// The donor's consent after they answered, before a donation, whether they stay anonymous: staying
/// anonymous lowers it to anonymous letters at most (nothing shared); "may reveal later" raises it to
/// sharing details at least, keeping the details already chosen. The newest answer counts.
pub fn after_donor_choice(current: Option<&Consent>, choice: crate::donation::DonorChoice) -> Consent {
    use crate::donation::DonorChoice;
    let level = current.map_or(ConsentLevel::AnonymousLetters, Consent::level);
    let share = current.map(|c| c.share().clone()).unwrap_or_default();
    match choice {
        DonorChoice::StayAnonymous => Consent::new(level.min(ConsentLevel::AnonymousLetters), []),
        DonorChoice::MayReveal => Consent::new(level.max(ConsentLevel::ShareDetails), share),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::donation::DonorChoice;

    #[test]
    fn the_donors_answer_before_a_donation_sets_the_starting_consent() {
        let meet = Consent::new(ConsentLevel::Meet, [ShareField::Email]);
        assert_eq!(after_donor_choice(Some(&meet), DonorChoice::MayReveal), meet);
        let anonymous = after_donor_choice(Some(&meet), DonorChoice::StayAnonymous);
        assert_eq!((anonymous.level(), anonymous.share().len()), (ConsentLevel::AnonymousLetters, 0));
        let none = Consent::new(ConsentLevel::NoContact, []);
        assert_eq!(after_donor_choice(Some(&none), DonorChoice::StayAnonymous).level(), ConsentLevel::NoContact);
        assert_eq!(after_donor_choice(None, DonorChoice::MayReveal).level(), ConsentLevel::ShareDetails);
        assert_eq!("may_reveal".parse::<DonorChoice>(), Ok(DonorChoice::MayReveal));
    }

    #[test]
    fn levels_and_fields_parse_and_details_need_a_sharing_level() {
        for level in ConsentLevel::ALL {
            assert_eq!(level.as_str().parse::<ConsentLevel>(), Ok(level));
        }
        assert!("everything".parse::<ConsentLevel>().is_err());
        assert!("shoe_size".parse::<ShareField>().is_err());
        let letters = Consent::new(ConsentLevel::AnonymousLetters, [ShareField::Email]);
        assert!(letters.share().is_empty());
        let sharing = Consent::new(ConsentLevel::ShareDetails, [ShareField::Email, ShareField::FirstName]);
        assert_eq!(sharing.share().len(), 2);
        assert!(ConsentLevel::NoContact < ConsentLevel::AnonymousLetters);
    }
}
