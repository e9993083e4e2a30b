//! The identity vault's person: everything that could identify a donor or patient. None of these types
//! print their value in `Debug`, so an identity cannot reach a log line through `{:?}` by accident.
//! Who may read which field is decided elsewhere (the authorization module); storage keeps them encrypted.

use std::fmt;

use chrono::NaiveDate;

use crate::text::clean_line;
use crate::{CountryCode, ParseError, PersonId};

/// Writes `Name(redacted)` for identity values.
macro_rules! redacted_debug {
    ($name:ident) => {
        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(concat!(stringify!($name), "(redacted)"))
            }
        }
    };
}

/// A person's name as they write it (full legal name, preferred first name, town): one line of text.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PersonName(String);
redacted_debug!(PersonName);

impl PersonName {
    /// Parses one line of at most 200 characters.
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        clean_line(s, "name", 200).map(Self)
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The first word, used as the first name when no preferred first name was given.
    pub fn first_word(&self) -> &str {
        self.0.split_whitespace().next().unwrap_or(&self.0)
    }
}

/// An e-mail address, with the domain lower-cased. Deliberately permissive about the local part: the
/// only proof that an address works is a message that arrives.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Email(String);
redacted_debug!(Email);

impl Email {
    /// Parses `local@domain.tld`.
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        const WHAT: &str = "e-mail address";
        let s = s.trim();
        if s.chars().count() > 254 {
            return Err(ParseError::new(WHAT, "is too long"));
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '<' | '>' | ',' | ';')) {
            return Err(ParseError::new(WHAT, "must not contain spaces or separators"));
        }
        let Some((local, domain)) = s.rsplit_once('@') else {
            return Err(ParseError::new(WHAT, "must contain @"));
        };
        let labels_ok = domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
        if local.is_empty() || local.contains('@') || !domain.contains('.') || !labels_ok {
            return Err(ParseError::new(WHAT, "must look like name@example.org"));
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used for lookups (sign-in, duplicate checks): the whole address lower-cased.
    pub fn normalised(&self) -> String {
        self.0.to_lowercase()
    }
}

/// A language as an ISO 639-1 code (`en`, `hi`, `de`, …): the language a person reads and writes in.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Language([u8; 2]);

impl Language {
    /// English, the fallback.
    pub const ENGLISH: Self = Self(*b"en");

    /// Parses a two-letter code, accepting a region suffix (`de-AT` → `de`).
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let primary = s.trim().split(['-', '_']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_bytes() {
            [a, b] if a.is_ascii_lowercase() && b.is_ascii_lowercase() => Ok(Self([*a, *b])),
            _ => Err(ParseError::new("language", "expected a two-letter ISO 639-1 code such as en, hi or de")),
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("en")
    }
}

impl Default for Language {
    fn default() -> Self {
        Self::ENGLISH
    }
}

/// A phone number as given (formats vary by country; the screening engine matches any formatting).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Phone(String);
redacted_debug!(Phone);

impl Phone {
    /// Parses a number: digits with optional `+`, spaces, dots, hyphens, slashes and parentheses,
    /// 6 to 20 digits.
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        const WHAT: &str = "phone number";
        let s = s.trim();
        let digits = s.chars().filter(char::is_ascii_digit).count();
        let allowed = s.chars().all(|c| c.is_ascii_digit() || " +-./()".contains(c));
        if !allowed || !(6..=20).contains(&digits) || s.rfind('+').is_some_and(|i| i != 0) {
            return Err(ParseError::new(WHAT, "expected digits, optionally with + and separators"));
        }
        Ok(Self(s.to_owned()))
    }

    /// The number as given.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Free text identity data (postal address, other identifiers such as employer or school).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct IdentityText(String);
redacted_debug!(IdentityText);

impl IdentityText {
    /// Parses a non-empty text of at most 500 characters (line breaks allowed, for addresses).
    pub fn parse(s: &str) -> Result<Self, ParseError> {
        let trimmed = s.trim();
        if trimmed.is_empty() {
            return Err(ParseError::new("text", "must not be empty"));
        }
        if trimmed.chars().count() > 500 {
            return Err(ParseError::new("text", "is too long"));
        }
        if trimmed.chars().any(|c| c.is_control() && c != '\n' && c != '\r') {
            return Err(ParseError::new("text", "must not contain control characters"));
        }
        Ok(Self(trimmed.to_owned()))
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A date of birth; identifying, so its `Debug` is redacted too.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateOfBirth(NaiveDate);
redacted_debug!(DateOfBirth);

impl DateOfBirth {
    /// A date of birth follows the rule of every date of the past (`crate::date`).
    pub fn new(date: NaiveDate, today: NaiveDate) -> Result<Self, ParseError> {
        crate::date::in_past(date, today, "date of birth").map(Self)
    }

    /// Rebuilds a value that was valid when stored.
    pub const fn from_stored(date: NaiveDate) -> Self {
        Self(date)
    }

    /// The date.
    pub const fn date(&self) -> NaiveDate {
        self.0
    }
}

/// A person in the identity vault: the identity of a donor, patient or proxy.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Person {
    /// Random id.
    pub id: PersonId,
    /// Full legal name ("First Last").
    pub legal_name: PersonName,
    /// The first name they go by, if different from the first word of the legal name.
    pub preferred_first_name: Option<PersonName>,
    /// Contact e-mail (also their sign-in e-mail).
    pub email: Email,
    /// Contact phone.
    pub phone: Option<Phone>,
    /// Postal address.
    pub postal_address: Option<IdentityText>,
    /// Town of residence.
    pub town: Option<PersonName>,
    /// Country of residence.
    pub country: CountryCode,
    /// Date of birth.
    pub date_of_birth: Option<DateOfBirth>,
    /// The language they read and write.
    pub language: Language,
    /// Sex, where recorded (some countries let the other side be told it before release).
    pub sex: Option<Sex>,
    /// Other known identifiers used to screen letters: employer, school, treating hospital, nicknames.
    pub other_identifiers: Vec<IdentityText>,
}

/// A person's sex as recorded by their registry or centre.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sex {
    /// Female.
    Female,
    /// Male.
    Male,
    /// Diverse (neither, or not only, female or male).
    Diverse,
}

impl Sex {
    /// Every value.
    pub const ALL: [Self; 3] = [Self::Female, Self::Male, Self::Diverse];

    /// The stable name (storage, API).
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Female => "female",
            Self::Male => "male",
            Self::Diverse => "diverse",
        }
    }
}

impl std::str::FromStr for Sex {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s.trim())
            .ok_or(ParseError::new("sex", "expected female, male or diverse"))
    }
}

/// The part of a person a partial read gives: the fields an access allowed, the others `None`. Used for
/// what a participant may learn of the other party (released details, facts before release).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Disclosed {
    /// The first name they go by.
    pub first_name: Option<String>,
    /// Full legal name.
    pub full_name: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Postal address.
    pub postal_address: Option<String>,
    /// Town.
    pub town: Option<String>,
    /// Country of residence.
    pub country: Option<CountryCode>,
    /// Date of birth (never shown as such: it gives the age group).
    pub date_of_birth: Option<NaiveDate>,
    /// Sex.
    pub sex: Option<Sex>,
}

impl fmt::Debug for Disclosed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Disclosed(redacted)")
    }
}

impl Person {
    /// The first name to use: the preferred one, else the first word of the legal name.
    pub fn first_name(&self) -> &str {
        self.preferred_first_name.as_ref().map_or_else(|| self.legal_name.first_word(), PersonName::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_parse_with_lower_case_domain_and_bad_ones_are_refused() {
        assert_eq!(
            Email::parse(" Aarav@Twinbridge.TEST ").map(|e| e.as_str().to_owned()),
            Ok("Aarav@twinbridge.test".into())
        );
        for bad in ["", "a", "a@b", "@b.c", "a b@c.d", "a@b..c", "a@-b.c", "x<y@z.org"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn identity_values_never_show_in_debug() {
        let name = PersonName::parse("Aarav Mehta").expect("valid");
        let email = Email::parse("donor@twinbridge.test").expect("valid");
        let phone = Phone::parse("+91 98220 12345").expect("valid");
        let shown = format!("{name:?} {email:?} {phone:?}");
        assert!(!shown.contains("Aarav") && !shown.contains("donor@") && !shown.contains("98220"), "{shown}");
    }

    #[test]
    fn phones_languages_and_dates_of_birth_are_checked() {
        assert!(Phone::parse("030 1234567").is_ok());
        assert!(Phone::parse("12+34567890").is_err());
        assert!(Phone::parse("call me").is_err());
        assert_eq!(Language::parse("de-AT").map(|l| l.as_str().to_owned()), Ok("de".into()));
        assert!(Language::parse("deutsch").is_err());
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
        assert!(DateOfBirth::new(today.succ_opt().expect("date"), today).is_err());
        assert!(DateOfBirth::new(NaiveDate::from_ymd_opt(1990, 5, 1).expect("date"), today).is_ok());
    }

    #[test]
    fn first_name_prefers_the_preferred_one() {
        let name = PersonName::parse("Lena Vogel").expect("valid");
        assert_eq!(name.first_word(), "Lena");
    }
}
