//! What a registry system may do with a service token: scopes, and which API request needs which scope.
//! A token acts with its organisation's coordinator rights, narrowed to its scopes; it never acts as a
//! participant and reaches no page.

use std::collections::BTreeSet;
use std::fmt;

use crate::ParseError;

/// One permission of a service token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// Read the organisation's pairings (cases) and their rules.
    CasesRead,
    /// Open pairings, import them, record donations, transplants and statuses (includes reading them).
    CasesWrite,
    /// Read the letters of the organisation's side and its review queue.
    LettersRead,
    /// Read potential-donor registrations.
    RegistrationsRead,
    /// Read questions put to the organisation.
    QuestionsRead,
    /// Read the organisation's statistics.
    StatisticsRead,
    /// See the identities of the organisation's own participants where a coordinator would.
    IdentitiesRead,
}

impl Scope {
    /// Every scope.
    pub const ALL: [Self; 7] = [
        Self::CasesRead,
        Self::CasesWrite,
        Self::LettersRead,
        Self::RegistrationsRead,
        Self::QuestionsRead,
        Self::StatisticsRead,
        Self::IdentitiesRead,
    ];

    /// The name used in the API, e.g. `cases:write`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::CasesRead => "cases:read",
            Self::CasesWrite => "cases:write",
            Self::LettersRead => "letters:read",
            Self::RegistrationsRead => "registrations:read",
            Self::QuestionsRead => "questions:read",
            Self::StatisticsRead => "statistics:read",
            Self::IdentitiesRead => "identities:read",
        }
    }

    /// Parses a scope name.
    pub fn parse(text: &str) -> Result<Self, ParseError> {
        Self::ALL.into_iter().find(|s| s.as_str() == text.trim()).ok_or_else(|| {
            ParseError::new(
                "scope",
                "unknown; use cases:read, cases:write, letters:read, registrations:read, questions:read, statistics:read or identities:read",
            )
        })
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The scopes of one token.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Scopes(BTreeSet<Scope>);

impl Scopes {
    /// Parses a list of scope names; at least one.
    pub fn parse<'a>(names: impl IntoIterator<Item = &'a str>) -> Result<Self, ParseError> {
        let set = names.into_iter().map(Scope::parse).collect::<Result<BTreeSet<_>, _>>()?;
        if set.is_empty() {
            return Err(ParseError::new("scopes", "give at least one scope"));
        }
        Ok(Self(set))
    }

    /// Whether `scope` is granted; writing cases includes reading them.
    pub fn allows(&self, scope: Scope) -> bool {
        self.0.contains(&scope) || (scope == Scope::CasesRead && self.0.contains(&Scope::CasesWrite))
    }

    /// The names, space-separated (how they are stored).
    pub fn to_text(&self) -> String {
        self.0.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(" ")
    }

    /// Every scope, in order.
    pub fn iter(&self) -> impl Iterator<Item = Scope> + '_ {
        self.0.iter().copied()
    }
}

/// The scope an API request with a service token needs; `None`: not open to service tokens at all (the
/// participants' routes, tokens themselves, sessions, and everything outside `/api/v1`).
pub fn required_scope(method: &str, path: &str) -> Option<Scope> {
    let rest = path.strip_prefix("/api/v1/")?;
    let mut segments = rest.split('/');
    let first = segments.next().unwrap_or_default();
    let reads = method == "GET" || method == "HEAD";
    match first {
        "pairings" | "import" => {
            // What only a participant does (consent, letters written, release asked for) stays theirs.
            let participant_only =
                ["consent", "letters", "release-requests", "counterpart", "meetings", "health-updates"];
            if segments.clone().any(|s| participant_only.contains(&s)) {
                return (reads && segments.any(|s| s == "letters")).then_some(Scope::LettersRead);
            }
            Some(if reads { Scope::CasesRead } else { Scope::CasesWrite })
        }
        "letters" | "review-queue" if reads => Some(Scope::LettersRead),
        "donor-registrations" if reads => Some(Scope::RegistrationsRead),
        "questions" if reads => Some(Scope::QuestionsRead),
        "statistics" if reads => Some(Scope::StatisticsRead),
        "organisations" if reads => Some(Scope::CasesRead),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_need_the_scope_of_what_they_do() {
        assert_eq!(required_scope("POST", "/api/v1/pairings"), Some(Scope::CasesWrite));
        assert_eq!(required_scope("GET", "/api/v1/pairings/abc"), Some(Scope::CasesRead));
        assert_eq!(required_scope("POST", "/api/v1/pairings/abc/donations"), Some(Scope::CasesWrite));
        assert_eq!(required_scope("GET", "/api/v1/pairings/abc/letters"), Some(Scope::LettersRead));
        assert_eq!(required_scope("PUT", "/api/v1/pairings/abc/consent"), None, "a participant's own act");
        assert_eq!(required_scope("POST", "/api/v1/pairings/abc/letters"), None);
        assert_eq!(required_scope("GET", "/api/v1/letters/abc"), Some(Scope::LettersRead));
        assert_eq!(required_scope("POST", "/api/v1/letters/abc/reviews"), None);
        assert_eq!(required_scope("POST", "/api/v1/service-tokens"), None);
        assert_eq!(required_scope("GET", "/api/v1/me"), None);
        assert_eq!(required_scope("GET", "/pairings"), None, "pages are for people");
    }

    #[test]
    fn scopes_parse_and_writing_cases_includes_reading_them() {
        let scopes = Scopes::parse(["cases:write", "letters:read"]).unwrap();
        assert!(scopes.allows(Scope::CasesRead) && scopes.allows(Scope::LettersRead));
        assert!(!scopes.allows(Scope::IdentitiesRead));
        assert_eq!(scopes.to_text(), "cases:write letters:read");
        assert!(Scopes::parse(["cases:delete"]).is_err());
        assert!(Scopes::parse([]).is_err());
    }
}
