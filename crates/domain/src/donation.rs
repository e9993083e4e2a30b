//! Donations: what was collected from the donor, and when. A pairing can have several (a second
//! donation, DLI, a CD34 boost); contact rules count waiting periods from them.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{DonationId, PairingId, ParseError};

/// The product collected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Product {
    /// Peripheral blood stem cells.
    #[serde(rename = "pbsc")]
    Pbsc,
    /// Bone marrow.
    #[serde(rename = "bone-marrow")]
    BoneMarrow,
    /// Donor lymphocyte infusion (a later donation of lymphocytes).
    #[serde(rename = "dli")]
    Dli,
    /// A CD34-selected stem cell boost.
    #[serde(rename = "cd34-boost")]
    Cd34Boost,
    /// Cord blood: no contact, ever.
    #[serde(rename = "cord-blood")]
    CordBlood,
}

impl Product {
    /// Every product, in a stable order.
    pub const ALL: [Self; 5] = [Self::Pbsc, Self::BoneMarrow, Self::Dli, Self::Cd34Boost, Self::CordBlood];

    /// The stable name used in storage, the CLI and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pbsc => "pbsc",
            Self::BoneMarrow => "bone-marrow",
            Self::Dli => "dli",
            Self::Cd34Boost => "cd34-boost",
            Self::CordBlood => "cord-blood",
        }
    }
}

impl fmt::Display for Product {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Product {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == wanted)
            .ok_or(ParseError::new("product", "expected pbsc, bone-marrow, dli, cd34-boost or cord-blood"))
    }
}

/// One donation of a pairing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Donation {
    /// Random id.
    pub id: DonationId,
    /// The pairing it belongs to.
    pub pairing: PairingId,
    /// What was collected.
    pub product: Product,
    /// The day of collection.
    pub collected_on: NaiveDate,
    /// What the donor said before this donation about their identity later, when recorded.
    pub donor_choice: Option<DonorChoice>,
}

/// Registries ask the donor before every donation whether they want to stay anonymous or may reveal their
/// identity later; the answer becomes the donor's starting consent for the pairing
/// (`consent::after_donor_choice`), and a later donation asks again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DonorChoice {
    /// The donor wants to stay anonymous.
    StayAnonymous,
    /// The donor may reveal their identity later, if both agree and the rules allow.
    MayReveal,
}

impl DonorChoice {
    /// The stable name used in storage and the API.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::StayAnonymous => "stay_anonymous",
            Self::MayReveal => "may_reveal",
        }
    }
}

impl FromStr for DonorChoice {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [Self::StayAnonymous, Self::MayReveal]
            .into_iter()
            .find(|c| c.as_str() == s)
            .ok_or(ParseError::new("donor choice", "expected stay_anonymous or may_reveal"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products_parse_from_their_names_only() {
        for p in Product::ALL {
            assert_eq!(p.as_str().parse::<Product>(), Ok(p));
        }
        assert_eq!("BONE_MARROW".parse::<Product>(), Ok(Product::BoneMarrow));
        assert!("blood".parse::<Product>().is_err());
    }
}
