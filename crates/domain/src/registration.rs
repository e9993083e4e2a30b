//! Potential-donor registration: who may register with a registry (its age range), where a registration
//! stands, the steps staff take with it, and how its cells are written into a spreadsheet export so that
//! no cell is read as a formula.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::ParseError;
use crate::participant::age_on;

/// Where a registration stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegistrationStatus {
    /// Received; the e-mail address is not confirmed yet.
    Unconfirmed,
    /// The registrant followed the link in the e-mail.
    Confirmed,
    /// The swab kit was sent.
    KitSent,
    /// The sample was typed; the registrant is on the registry's list.
    Typed,
    /// Staff withdrew it (the registrant's own withdrawal erases it).
    Withdrawn,
}

impl RegistrationStatus {
    /// Every status, in the order of the staff list's filter.
    pub const ALL: [Self; 5] = [Self::Unconfirmed, Self::Confirmed, Self::KitSent, Self::Typed, Self::Withdrawn];

    /// The stable name (storage, API, export).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Unconfirmed => "unconfirmed",
            Self::Confirmed => "confirmed",
            Self::KitSent => "kit_sent",
            Self::Typed => "typed",
            Self::Withdrawn => "withdrawn",
        }
    }

    /// Whether staff may move a registration from `self` to `to`: along confirmed → kit sent → typed, and
    /// to withdrawn from anywhere but withdrawn. An unconfirmed address is confirmed only by its owner.
    pub fn staff_may_move_to(self, to: Self) -> bool {
        matches!(
            (self, to),
            (Self::Confirmed, Self::KitSent)
                | (Self::KitSent, Self::Typed)
                | (Self::Unconfirmed | Self::Confirmed | Self::KitSent | Self::Typed, Self::Withdrawn)
        )
    }
}

impl fmt::Display for RegistrationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RegistrationStatus {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|st| st.as_str() == s.trim()).ok_or(ParseError::new(
            "registration status",
            "expected unconfirmed, confirmed, kit_sent, typed or withdrawn",
        ))
    }
}

/// The ages at which a registry accepts new potential donors, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgeRange {
    /// The youngest age accepted.
    pub min: u8,
    /// The oldest age accepted (registries take donors to a limit, as younger donors help patients most).
    pub max: u8,
}

impl Default for AgeRange {
    /// 18 to 55, as most registries ask.
    fn default() -> Self {
        Self { min: 18, max: 55 }
    }
}

/// Why an age is not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum AgeRefusal {
    /// Younger than the range.
    #[error("registration is open from the age of {0}")]
    TooYoung(u8),
    /// Older than the range.
    #[error("registration is open up to the age of {0}")]
    TooOld(u8),
}

impl AgeRange {
    /// A range, refused unless 16 ≤ min ≤ max ≤ 70 (no registry takes children or the elderly).
    pub fn new(min: u8, max: u8) -> Result<Self, ParseError> {
        if (16..=70).contains(&min) && (16..=70).contains(&max) && min <= max {
            Ok(Self { min, max })
        } else {
            Err(ParseError::new("age range", "expected two ages from 16 to 70, the first not above the second"))
        }
    }

    /// Whether someone born on `born` may register on `today`.
    pub fn admits(self, born: NaiveDate, today: NaiveDate) -> Result<(), AgeRefusal> {
        let age = age_on(born, today);
        if age < i32::from(self.min) {
            Err(AgeRefusal::TooYoung(self.min))
        } else if age > i32::from(self.max) {
            Err(AgeRefusal::TooOld(self.max))
        } else {
            Ok(())
        }
    }
}

/// A cell for a spreadsheet export: a value that a spreadsheet would read as a formula (starting with
/// `=`, `+`, `-` or `@`) or that starts with a tab or carriage return gets a leading `'`, so it shows as
/// typed and is never run.
pub fn spreadsheet_cell(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{value}") } else { value.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn the_age_range_is_inclusive() {
        let range = AgeRange::default();
        let today = day("2026-12-05");
        assert_eq!(range.admits(day("2008-12-06"), today), Err(AgeRefusal::TooYoung(18)), "a day short of 18");
        assert_eq!(range.admits(day("2008-12-05"), today), Ok(()), "18 today");
        assert_eq!(range.admits(day("1970-12-06"), today), Ok(()), "55 until tomorrow");
        assert_eq!(range.admits(day("1970-12-05"), today), Err(AgeRefusal::TooOld(55)), "56 today");
        assert!(AgeRange::new(17, 60).is_ok());
        assert!(AgeRange::new(40, 30).is_err() && AgeRange::new(10, 30).is_err() && AgeRange::new(18, 90).is_err());
    }

    #[test]
    fn staff_move_registrations_forward_or_withdraw_them() {
        use RegistrationStatus::*;
        assert!(Confirmed.staff_may_move_to(KitSent) && KitSent.staff_may_move_to(Typed));
        assert!(Unconfirmed.staff_may_move_to(Withdrawn) && Typed.staff_may_move_to(Withdrawn));
        assert!(!Unconfirmed.staff_may_move_to(Confirmed), "only the owner confirms an address");
        assert!(!Typed.staff_may_move_to(KitSent) && !Withdrawn.staff_may_move_to(Withdrawn));
        for status in RegistrationStatus::ALL {
            assert_eq!(status.as_str().parse::<RegistrationStatus>(), Ok(status));
        }
    }

    #[test]
    fn formulas_are_neutralised_and_plain_values_kept() {
        for bad in ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_cell(bad), format!("'{bad}"));
        }
        assert_eq!(spreadsheet_cell("Asha Rao"), "Asha Rao");
        assert_eq!(spreadsheet_cell("a=b"), "a=b");
    }
}
