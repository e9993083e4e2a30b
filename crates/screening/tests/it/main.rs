#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Test letters in English, German and Hindi, the known-identifier rules, redaction and properties.

mod adversarial;
mod ages_dates;
mod english;
mod german;
mod hindi;
mod known;
mod other_scripts;
mod properties;
mod robustness;
mod romance_slavic;
mod scoring;

use twinbridge_screening::{Finding, Known, Screener};

pub fn screen(text: &str, language: Option<&str>, known: &Known) -> Vec<Finding> {
    Screener::shared().screen(text, language, known)
}

/// Char range of the first occurrence of `needle` in `text`.
fn char_range(text: &str, needle: &str) -> (usize, usize) {
    let byte = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in the letter"));
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

/// Asserts that the first occurrence of each needle is fully covered by findings.
#[track_caller]
pub fn assert_found(text: &str, findings: &[Finding], needles: &[&str]) {
    for needle in needles {
        let (s, e) = char_range(text, needle);
        let covered = (s..e).all(|c| findings.iter().any(|f| f.start <= c && c < f.end));
        assert!(covered, "{needle:?} was not flagged; findings: {:#?}", brief(findings));
    }
}

/// Asserts that no finding touches the first occurrence of each needle.
#[track_caller]
pub fn assert_not_flagged(text: &str, findings: &[Finding], needles: &[&str]) {
    for needle in needles {
        let (s, e) = char_range(text, needle);
        let hit = findings.iter().find(|f| f.start < e && s < f.end);
        assert!(hit.is_none(), "{needle:?} was flagged: {:?}", hit.map(|f| (&f.text, &f.reason)));
    }
}

fn brief(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| format!("{} ({:?}: {})", f.text, f.category, f.reason)).collect()
}
