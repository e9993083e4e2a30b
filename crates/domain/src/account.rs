//! Accounts and what decides sign-in: kinds, staff roles, the lock-out policy and the TOTP replay rule.
//! The mechanics (hashing, sessions, mail) live at the edges; the rules live here.

use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, TimeDelta, Utc};

use crate::ParseError;

/// Who an account belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AccountKind {
    /// A donor, patient or proxy: signs in with an e-mail link or a password.
    Participant,
    /// Staff of an organisation: signs in with a password and a TOTP code.
    Staff,
    /// A registry system acting through a service token: coordinator rights in one organisation, narrowed
    /// to the token's scopes; never signs in and is never told anything by e-mail.
    Service,
}

impl AccountKind {
    /// The stable name used in storage.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Participant => "participant",
            Self::Staff => "staff",
            Self::Service => "service",
        }
    }
}

impl FromStr for AccountKind {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "participant" => Ok(Self::Participant),
            "staff" => Ok(Self::Staff),
            "service" => Ok(Self::Service),
            _ => Err(ParseError::new("account kind", "expected participant, staff or service")),
        }
    }
}

/// What a staff member does for an organisation. One person can hold several roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum StaffRole {
    /// Works on the organisation's side of pairings: sees its participants' identities, reviews letters.
    Coordinator,
    /// Manages staff accounts and settings; sees no identities unless also a coordinator.
    Administrator,
    /// Reads the audit trail and data-protection reports.
    Auditor,
}

impl StaffRole {
    /// Every role, in a stable order.
    pub const ALL: [Self; 3] = [Self::Coordinator, Self::Administrator, Self::Auditor];

    /// The stable name used in storage, forms and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Coordinator => "coordinator",
            Self::Administrator => "administrator",
            Self::Auditor => "auditor",
        }
    }
}

impl fmt::Display for StaffRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for StaffRole {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(ParseError::new("staff role", "expected coordinator, administrator or auditor"))
    }
}

/// Consecutive failed sign-ins after which an e-mail address is locked.
pub const LOCK_AFTER_FAILURES: u32 = 10;
const FIRST_LOCK: TimeDelta = TimeDelta::minutes(15);
const LONGEST_LOCK: TimeDelta = TimeDelta::hours(24);

/// Until when sign-in stays locked after `failures` consecutive failures (counting the one just made), or
/// `None` while below the threshold. Each failure past the threshold doubles the lock, up to a day, so that
/// guessing gets slower and slower while the owner is kept out only for a while.
pub fn locked_until(failures: u32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    let beyond = failures.checked_sub(LOCK_AFTER_FAILURES)?;
    let factor = 2i32.saturating_pow(beyond.min(16));
    let lock = FIRST_LOCK.checked_mul(factor).map_or(LONGEST_LOCK, |d| d.min(LONGEST_LOCK));
    Some(now + lock)
}

/// Length of a TOTP time step in seconds (RFC 6238 default, what authenticator apps use).
pub const TOTP_STEP_SECONDS: u64 = 30;

/// Whether a TOTP code of time step `step` may be accepted, given the last step accepted for the account:
/// each step (and every earlier one) is accepted at most once, so an observed code cannot be replayed.
pub fn totp_step_unused(last_accepted: Option<u64>, step: u64) -> bool {
    last_accepted.is_none_or(|last| step > last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_from_the_tenth_failure_doubling_up_to_a_day() {
        let now = DateTime::UNIX_EPOCH;
        assert_eq!(locked_until(9, now), None);
        assert_eq!(locked_until(10, now), Some(now + TimeDelta::minutes(15)));
        assert_eq!(locked_until(11, now), Some(now + TimeDelta::minutes(30)));
        assert_eq!(locked_until(40, now), Some(now + TimeDelta::hours(24)));
        assert_eq!(locked_until(u32::MAX, now), Some(now + TimeDelta::hours(24)));
    }

    #[test]
    fn a_totp_step_is_accepted_once_and_never_an_older_one() {
        assert!(totp_step_unused(None, 100));
        assert!(totp_step_unused(Some(99), 100));
        assert!(!totp_step_unused(Some(100), 100));
        assert!(!totp_step_unused(Some(100), 99));
    }

    #[test]
    fn roles_and_kinds_round_trip() {
        for role in StaffRole::ALL {
            assert_eq!(role.as_str().parse::<StaffRole>(), Ok(role));
        }
        assert!("root".parse::<StaffRole>().is_err());
        assert_eq!("staff".parse::<AccountKind>(), Ok(AccountKind::Staff));
    }
}
