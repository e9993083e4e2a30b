//! Checks shared by the free-text values of the domain (names, towns, organisation names).

use crate::ParseError;

/// Trims `s` and checks that it is non-empty, at most `max_chars` characters long and free of control
/// characters (which have no place in a name and can break logs and CSV exports).
pub fn clean_line(s: &str, what: &'static str, max_chars: usize) -> Result<String, ParseError> {
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Err(ParseError::new(what, "must not be empty"));
    }
    if trimmed.chars().count() > max_chars {
        return Err(ParseError::new(what, "is too long"));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(ParseError::new(what, "must not contain control characters"));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_refuses_empty_long_and_control_text() {
        assert_eq!(clean_line("  Pune ", "town", 10), Ok("Pune".to_owned()));
        assert!(clean_line("   ", "town", 10).is_err());
        assert!(clean_line("abcdefghijk", "town", 10).is_err());
        assert!(clean_line("a\u{0}b", "town", 10).is_err());
        assert_eq!(clean_line("पुणे", "town", 4), Ok("पुणे".to_owned()));
    }
}
