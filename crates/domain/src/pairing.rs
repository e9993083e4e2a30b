//! Pairings (the case): one donor, one patient, the organisations on each side, and an opaque reference
//! that people can read out on the phone.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use rand::{Rng, RngExt};

use crate::{CountryCode, OrganisationId, PairingId, ParseError};

/// Characters of a reference: digits and capitals without the look-alikes 0/O, 1/I/L.
const ALPHABET: &[u8; 31] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/// A pairing's human-readable reference, e.g. `TB-7QK4-M2XP`: 8 random characters (about 40 bits), never
/// derived from identities, dates or order, so it reveals nothing when quoted in a letter or on the phone.
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct PairingReference(String);

impl PairingReference {
    /// A new random reference.
    pub fn generate<R: Rng + ?Sized>(rng: &mut R) -> Self {
        let mut pick = || char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]);
        let first: String = (0..4).map(|_| pick()).collect();
        let second: String = (0..4).map(|_| pick()).collect();
        Self(format!("TB-{first}-{second}"))
    }

    /// Parses a reference as typed (any case, with or without hyphens).
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let compact: String = s.trim().chars().filter(|c| *c != '-').map(|c| c.to_ascii_uppercase()).collect();
        let Some(body) = compact.strip_prefix("TB") else {
            return Err(ParseError::new("pairing reference", "must look like TB-7QK4-M2XP"));
        };
        if body.len() != 8 || !body.bytes().all(|b| ALPHABET.contains(&b)) {
            return Err(ParseError::new("pairing reference", "must look like TB-7QK4-M2XP"));
        }
        Ok(Self(format!("TB-{}-{}", &body[..4], &body[4..])))
    }

    /// The reference, e.g. `TB-7QK4-M2XP`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PairingReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A pairing between one donor and one patient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairing {
    /// Random id.
    pub id: PairingId,
    /// Human-readable reference.
    pub reference: PairingReference,
    /// The donor registry running the donor side.
    pub donor_organisation: OrganisationId,
    /// The organisation running the patient side; `None` while the pairing waits for the patient side.
    pub patient_organisation: Option<OrganisationId>,
    /// The transplant centre treating the patient, where it is not the patient-side organisation itself.
    pub transplant_centre: Option<OrganisationId>,
    /// The day of the (first) transplant, once known.
    pub transplant_date: Option<NaiveDate>,
    /// When the pairing was created.
    pub created_at: DateTime<Utc>,
    /// The donor registry's own reference for the case (the key of a bulk import), if it gave one.
    pub external_reference: Option<String>,
    /// Where the donor lives, when that is not the donor registry's country (the rules of both bind).
    pub donor_residence: Option<CountryCode>,
    /// Where the patient lives, when that is not the patient-side organisation's country.
    pub patient_residence: Option<CountryCode>,
    /// When a coordinator closed the case (nothing more happens in it; the retention period runs).
    pub closed_at: Option<DateTime<Utc>>,
}

impl Pairing {
    /// A new pairing with a random id and a fresh random reference (never derived from identities).
    pub fn new(
        donor_organisation: OrganisationId,
        patient_organisation: Option<OrganisationId>,
        transplant_date: Option<NaiveDate>,
        created_at: DateTime<Utc>,
    ) -> Self {
        Self {
            id: PairingId::random(),
            reference: PairingReference::generate(&mut rand::rng()),
            donor_organisation,
            patient_organisation,
            transplant_centre: None,
            transplant_date,
            created_at,
            external_reference: None,
            donor_residence: None,
            patient_residence: None,
            closed_at: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_references_parse_back_and_differ() {
        let mut rng = rand::rng();
        let a = PairingReference::generate(&mut rng);
        let b = PairingReference::generate(&mut rng);
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 12);
        assert_eq!(PairingReference::parse(a.as_str()), Ok(a.clone()));
        assert_eq!(PairingReference::parse(&a.as_str().to_lowercase().replace('-', "")), Ok(a));
    }

    #[test]
    fn parses_the_documented_example_and_refuses_look_alikes() {
        assert_eq!(PairingReference::parse("tb-7qk4-m2xp").map(|r| r.to_string()), Ok("TB-7QK4-M2XP".into()));
        for bad in ["TB-7QK4-M2X", "TB-7QK4-M2X0", "XB-7QK4-M2XP", "TB-7QK4-M2XPP", "TB-IQK4-M2XP"] {
            assert!(PairingReference::parse(bad).is_err(), "{bad}");
        }
    }
}
