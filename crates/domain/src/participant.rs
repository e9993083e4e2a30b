//! Participants: a person in a role in one pairing.

use std::fmt;
use std::str::FromStr;

use crate::{PairingId, ParseError, ParticipantId, PersonId};

/// How a proxy is related to the patient they act for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProxyRelation {
    /// Parent of a minor patient.
    Parent,
    /// Legal guardian.
    Guardian,
    /// Spouse or partner.
    Spouse,
    /// Adult child (e.g. next of kin of a deceased patient).
    Child,
    /// Brother or sister.
    Sibling,
    /// Any other relation.
    Other,
}

impl ProxyRelation {
    /// Every relation, in a stable order.
    pub const ALL: [Self; 6] = [Self::Parent, Self::Guardian, Self::Spouse, Self::Child, Self::Sibling, Self::Other];

    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Parent => "parent",
            Self::Guardian => "guardian",
            Self::Spouse => "spouse",
            Self::Child => "child",
            Self::Sibling => "sibling",
            Self::Other => "other",
        }
    }
}

impl FromStr for ProxyRelation {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(ParseError::new("relation", "expected parent, guardian, spouse, child, sibling or other"))
    }
}

/// The role of a participant in a pairing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// The donor.
    Donor,
    /// The patient (recipient).
    Patient,
    /// Someone acting for the patient side.
    Proxy(ProxyRelation),
}

impl Role {
    /// Whether this role stands on the donor side of the pairing.
    pub const fn is_donor_side(self) -> bool {
        matches!(self, Self::Donor)
    }

    /// The stable name of the role without the relation: `donor`, `patient` or `proxy`.
    pub const fn kind_str(self) -> &'static str {
        match self {
            Self::Donor => "donor",
            Self::Patient => "patient",
            Self::Proxy(_) => "proxy",
        }
    }

    /// Rebuilds a role from its stored parts.
    pub fn from_parts(kind: &str, relation: Option<&str>) -> Result<Self, ParseError> {
        match (kind, relation) {
            ("donor", None) => Ok(Self::Donor),
            ("patient", None) => Ok(Self::Patient),
            ("proxy", Some(relation)) => relation.parse().map(Self::Proxy),
            _ => Err(ParseError::new("role", "expected donor, patient, or proxy with a relation")),
        }
    }

    /// The relation of a proxy.
    pub const fn relation(self) -> Option<ProxyRelation> {
        match self {
            Self::Proxy(r) => Some(r),
            _ => None,
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Proxy(r) => write!(f, "proxy ({})", r.as_str()),
            other => f.write_str(other.kind_str()),
        }
    }
}

/// A person in a role in a pairing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Participant {
    /// Random id.
    pub id: ParticipantId,
    /// The pairing.
    pub pairing: PairingId,
    /// The person (identity vault).
    pub person: PersonId,
    /// Donor, patient or proxy.
    pub role: Role,
}

/// The participant who speaks for `side` of a pairing: the donor, or the patient — a proxy only where the
/// patient is not on Twinbridge (a child, or someone who cannot take part).
pub fn speaking_for(participants: &[Participant], side: crate::rules::Side) -> Option<&Participant> {
    let of_side = participants.iter().filter(|p| p.role.is_donor_side() == (side == crate::rules::Side::Donor));
    of_side.min_by_key(|p| !matches!(p.role, Role::Donor | Role::Patient))
}

/// The age at which a patient speaks for themselves.
pub const AGE_OF_MAJORITY: i32 = 18;

/// Age in whole years on `today`.
pub fn age_on(born: chrono::NaiveDate, today: chrono::NaiveDate) -> i32 {
    use chrono::Datelike;
    let mut age = today.year() - born.year();
    if (today.month(), today.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

/// Whether the patient is invited to take part themselves: a minor is represented by a parent or legal
/// guardian only (the child gets no account); an adult is invited, with or without a representative.
/// Refused: a minor without a parent or guardian named as representative.
pub fn patient_takes_part(
    born: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
    proxy: Option<ProxyRelation>,
) -> Result<bool, ParseError> {
    let minor = born.is_some_and(|b| age_on(b, today) < AGE_OF_MAJORITY);
    match (minor, proxy) {
        (false, _) => Ok(true),
        (true, Some(ProxyRelation::Parent | ProxyRelation::Guardian)) => Ok(false),
        (true, _) => {
            Err(ParseError::new("representative", "a patient under 18 is represented by a parent or legal guardian"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_minor_patient_is_represented_by_a_parent_or_guardian_only() {
        let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap_or_default();
        let today = day("2026-12-05");
        assert_eq!(patient_takes_part(Some(day("2015-03-01")), today, Some(ProxyRelation::Parent)), Ok(false));
        assert!(patient_takes_part(Some(day("2015-03-01")), today, None).is_err());
        assert!(patient_takes_part(Some(day("2015-03-01")), today, Some(ProxyRelation::Sibling)).is_err());
        assert_eq!(patient_takes_part(Some(day("2008-12-05")), today, None), Ok(true), "18 today");
        assert_eq!(patient_takes_part(Some(day("2008-12-06")), today, Some(ProxyRelation::Guardian)), Ok(false));
        assert_eq!(patient_takes_part(None, today, None), Ok(true));
    }

    #[test]
    fn roles_round_trip_through_their_stored_parts() {
        for role in [Role::Donor, Role::Patient, Role::Proxy(ProxyRelation::Parent), Role::Proxy(ProxyRelation::Other)]
        {
            let relation = role.relation().map(ProxyRelation::as_str);
            assert_eq!(Role::from_parts(role.kind_str(), relation), Ok(role));
        }
        assert!(Role::from_parts("proxy", None).is_err());
        assert!(Role::from_parts("donor", Some("parent")).is_err());
        assert!(Role::Donor.is_donor_side() && !Role::Proxy(ProxyRelation::Parent).is_donor_side());
    }
}
