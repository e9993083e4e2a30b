//! The GRID (WMDA Global Registration Identifier for Donors, ICCBBA ST-015): 19 characters, a 4-digit
//! Issuing Organisation Number (ION), a 13-character Registration Donor Identifier (RDI, digits and
//! capital letters) and 2 check digits: the ISO/IEC 7064 MOD 37-2 check value (0–36) of the first 17
//! characters, written as two decimal digits.
//!
//! A GRID identifies a donor to registries; it is identifying data and its `Debug` is redacted.

use std::fmt;

use crate::ParseError;

/// A GRID whose structure and check digits are valid.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Grid(String);

impl Grid {
    /// Parses a GRID, ignoring spaces and hyphens (GRIDs are often printed in groups: `6939 DKM0013926127 26`)
    /// and accepting lower case.
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        const WHAT: &str = "GRID";
        let compact: String = s.chars().filter(|c| !matches!(c, ' ' | '-')).map(|c| c.to_ascii_uppercase()).collect();
        if compact.chars().count() != 19 {
            return Err(ParseError::new(WHAT, "must have 19 characters"));
        }
        let (ion, rest) = compact.split_at(4);
        let (rdi, check) = rest.split_at(13);
        if !ion.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::new(WHAT, "must start with a 4-digit issuing organisation number"));
        }
        if !rdi.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()) {
            return Err(ParseError::new(WHAT, "the donor identifier may hold only digits and letters"));
        }
        if !check.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ParseError::new(WHAT, "must end with two check digits"));
        }
        let expected = mod37_2(&compact[..17]);
        if check != format!("{expected:02}") {
            return Err(ParseError::new(WHAT, "the check digits do not match"));
        }
        Ok(Self(compact))
    }

    /// The 19 characters without separators.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The issuing organisation number (public: it names the registry, not the donor).
    pub fn ion(&self) -> &str {
        &self.0[..4]
    }
}

impl fmt::Debug for Grid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Grid(ION {}, redacted)", self.ion())
    }
}

/// ISO/IEC 7064 MOD 37-2 (pure system) check value over digits and capital letters (0–9 → 0–9,
/// A–Z → 10–35). Input is checked by the caller.
fn mod37_2(s: &str) -> u32 {
    let mut sum = 0;
    for b in s.bytes() {
        let value = match b {
            b'0'..=b'9' => u32::from(b - b'0'),
            b'A'..=b'Z' => u32::from(b - b'A') + 10,
            _ => 36,
        };
        sum = ((sum + value) * 2) % 37;
    }
    (38 - sum) % 37
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Builds a valid GRID from its first 17 characters.
    fn with_check(prefix: &str) -> String {
        format!("{prefix}{:02}", mod37_2(prefix))
    }

    #[test]
    fn accepts_a_published_example() {
        // Example printed in NMDP's FHIR implementation guide.
        let grid = Grid::parse("6939DKM001392612726");
        assert!(grid.is_ok(), "{grid:?}");
    }

    #[test]
    fn accepts_grouped_lower_case_and_keeps_compact_form() {
        let valid = with_check("35530000012345678");
        let grouped = format!("{} {} {}", &valid[..4], &valid[4..17], &valid[17..]).to_lowercase();
        assert_eq!(Grid::parse(&grouped).map(|g| g.as_str().to_owned()), Ok(valid));
    }

    #[test]
    fn refuses_wrong_check_digits_every_single_substitution() {
        let valid = with_check("84860000012345678");
        assert!(Grid::parse(&valid).is_ok());
        // Changing any one character of the first 17 must be caught (MOD 37-2 detects all substitutions).
        for i in 0..17 {
            let mut chars: Vec<char> = valid.chars().collect();
            chars[i] = if chars[i] == '7' { '3' } else { '7' };
            let changed: String = chars.into_iter().collect();
            assert!(Grid::parse(&changed).is_err(), "substitution at {i} not caught");
        }
    }

    #[test]
    fn refuses_bad_shapes() {
        for bad in ["", "6939DKM00139261272", "6939DKM0013926127266", "A939DKM001392612726", "6939DKM00139261_726"] {
            assert!(Grid::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn debug_shows_only_the_issuing_organisation() {
        let grid = Grid::parse("6939DKM001392612726").expect("valid");
        let shown = format!("{grid:?}");
        assert!(shown.contains("6939") && !shown.contains("DKM0013926127"));
    }
}
