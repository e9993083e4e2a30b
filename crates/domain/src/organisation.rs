//! Organisations: donor registries, transplant centres and patient registries.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::text::clean_line;
use crate::{CountryCode, OrganisationId, ParseError};

/// What an organisation is; decides which side of a pairing it can stand on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    /// Recruits donors and runs the donor side of a pairing.
    DonorRegistry,
    /// Treats the patient; runs the patient side.
    TransplantCentre,
    /// A registry acting for the patient side (searches on behalf of transplant centres).
    PatientRegistry,
}

impl OrganisationKind {
    /// Every kind, in a stable order.
    pub const ALL: [Self; 3] = [Self::DonorRegistry, Self::TransplantCentre, Self::PatientRegistry];

    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::DonorRegistry => "donor_registry",
            Self::TransplantCentre => "transplant_centre",
            Self::PatientRegistry => "patient_registry",
        }
    }

    /// Whether an organisation of this kind can run the patient side of a pairing.
    pub const fn serves_patients(self) -> bool {
        matches!(self, Self::TransplantCentre | Self::PatientRegistry)
    }
}

impl fmt::Display for OrganisationKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OrganisationKind {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|k| k.as_str() == s).ok_or(ParseError::new(
            "organisation kind",
            "expected donor_registry, transplant_centre or patient_registry",
        ))
    }
}

/// The display name of an organisation (not identifying data: organisations are public bodies, but a
/// participant is still never shown the other side's organisation name).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OrganisationName(String);

impl OrganisationName {
    /// Parses a name: non-empty, at most 200 characters, one line.
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        clean_line(s, "organisation name", 200).map(Self)
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OrganisationName {
    type Error = ParseError;

    fn try_from(s: String) -> Result<Self, Self::Error> {
        Self::parse(&s)
    }
}

impl From<OrganisationName> for String {
    fn from(n: OrganisationName) -> Self {
        n.0
    }
}

/// An organisation taking part in Twinbridge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    /// Random id.
    pub id: OrganisationId,
    /// Display name.
    pub name: OrganisationName,
    /// Registry or centre.
    pub kind: OrganisationKind,
    /// Where it is; its country's law applies to its side of a pairing.
    pub country: CountryCode,
    /// The key of the rule-data entry whose policy this organisation follows (e.g. `IN DKMS-BMST`), if any.
    pub policy_entry: Option<String>,
    /// Whether its staff review letters on its side; if not, the machine screen's suggested redactions
    /// stand in for that review (see `letter::ReviewPlan`).
    pub reviews_letters: bool,
    /// Not on Twinbridge: its staff have no accounts, and the other side's staff carry its part by hand
    /// (enter its letters received on paper, send it approved letters on paper).
    pub offline: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_and_unknown_kinds_are_refused() {
        for kind in OrganisationKind::ALL {
            assert_eq!(kind.as_str().parse::<OrganisationKind>(), Ok(kind));
        }
        assert!("hospital".parse::<OrganisationKind>().is_err());
        assert!(!OrganisationKind::DonorRegistry.serves_patients());
    }
}
