//! A pairing's letter content rules (what its countries forbid in letters: names, the country itself,
//! social media…) applied to the screen's findings: a finding of a forbidden kind is marked as not allowed
//! under the rules, and mentions of a country are found where the country itself is forbidden. Findings
//! are pre-ticked for redaction in both reviews, so a marked one is taken out unless a reviewer unticks it.

use twinbridge_domain::CountryCode;
use twinbridge_domain::rules::LetterContent;
use twinbridge_screening::{Category, Finding};

/// Added to the reason of a finding that the pairing's rules forbid.
pub const NOT_ALLOWED: &str = "not allowed in letters under this pairing's contact rules";

/// How sure the screen is of a finding the rules forbid: at least this (the rules decide, not a guess).
const FORBIDDEN_CONFIDENCE: f32 = 0.9;

/// The kinds of detail a finding may be, as the rules name them.
pub fn kinds_of(finding: &Finding) -> Vec<LetterContent> {
    use LetterContent as K;
    let reason = finding.reason.as_str();
    match finding.category {
        Category::Person if looks_like_initials(&finding.text) => vec![K::Initials, K::Name],
        Category::Person => vec![K::Name],
        Category::Location if CountryCode::named(&finding.text).is_some() => vec![K::Country],
        Category::Location if ["street", "house", "postal", "postcode"].iter().any(|w| reason.contains(w)) => {
            vec![K::Address, K::Residence]
        }
        Category::Location => vec![K::Residence],
        Category::Organization => vec![K::Hospital],
        // A date may be a birthday or the day of the donation: either rule forbids it.
        Category::Date => vec![K::DateOfBirth, K::DonationDetails],
        Category::Age => vec![K::Age],
        Category::Contact if reason.contains("social media") => vec![K::SocialMedia, K::ContactDetails],
        Category::Contact => vec![K::ContactDetails],
        Category::IdNumber | Category::Other => Vec::new(),
    }
}

/// "A.", "A. K.", "AK": one or two capitals, each alone or with a dot.
fn looks_like_initials(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    (1..=3).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase())
}

/// Marks the findings in `text` that `forbidden` rules out, adding the country mentions the screen did not
/// flag where the country itself is forbidden.
pub fn apply(text: &str, findings: &mut Vec<Finding>, forbidden: &[LetterContent]) {
    if forbidden.is_empty() {
        return;
    }
    if forbidden.contains(&LetterContent::Country) {
        for (start, end, name) in country_mentions(text) {
            if !findings.iter().any(|f| f.start < end && start < f.end) {
                findings.push(Finding {
                    start,
                    end,
                    category: Category::Location,
                    text: name,
                    confidence: FORBIDDEN_CONFIDENCE,
                    reason: "country".to_owned(),
                    kind: twinbridge_screening::ReasonKind::Detected,
                });
            }
        }
        findings.sort_by_key(|f| (f.start, f.end));
    }
    for finding in findings.iter_mut() {
        if kinds_of(finding).iter().any(|k| forbidden.contains(k)) {
            finding.reason = format!("{}; {NOT_ALLOWED}", finding.reason);
            finding.confidence = finding.confidence.max(FORBIDDEN_CONFIDENCE);
        }
    }
}

/// Whether a finding was marked by [`apply`].
pub fn is_marked(finding: &Finding) -> bool {
    finding.reason.ends_with(NOT_ALLOWED)
}

/// Words and two-word phrases naming a country: (char start, char end, text).
fn country_mentions(text: &str) -> Vec<(usize, usize, String)> {
    let is_word_char = |c: char| c.is_alphanumeric() || ('\u{0900}'..='\u{097F}').contains(&c);
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (i, c) in text.chars().enumerate() {
        match (&mut current, is_word_char(c)) {
            (Some((_, word)), true) => word.push(c),
            (None, true) => current = Some((i, c.to_string())),
            (Some(_), false) => {
                if let Some((start, word)) = current.take() {
                    words.push((start, i, word));
                }
            }
            (None, false) => {}
        }
    }
    if let Some((start, word)) = current {
        let end = start + word.chars().count();
        words.push((start, end, word));
    }
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let pair = words.get(i + 1).filter(|next| next.0 == words[i].1 + 1).map(|next| {
            let phrase: String = text.chars().skip(words[i].0).take(next.1 - words[i].0).collect();
            (words[i].0, next.1, phrase)
        });
        if let Some(pair) = pair.filter(|(_, _, phrase)| CountryCode::named(phrase).is_some()) {
            found.push(pair);
            i += 2;
            continue;
        }
        if CountryCode::named(&words[i].2).is_some() {
            found.push(words[i].clone());
        }
        i += 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(text: &str, category: Category, reason: &str) -> Finding {
        Finding {
            start: 0,
            end: text.chars().count(),
            category,
            text: text.into(),
            confidence: 0.5,
            reason: reason.into(),
            kind: twinbridge_screening::ReasonKind::Detected,
        }
    }

    #[test]
    fn findings_are_read_as_the_kinds_the_rules_name() {
        assert_eq!(kinds_of(&finding("Germany", Category::Location, "place")), vec![LetterContent::Country]);
        assert_eq!(kinds_of(&finding("Pune", Category::Location, "place")), vec![LetterContent::Residence]);
        assert!(
            kinds_of(&finding("@priya", Category::Contact, "social media handle"))
                .contains(&LetterContent::SocialMedia)
        );
        assert_eq!(kinds_of(&finding("A. K.", Category::Person, "name"))[0], LetterContent::Initials);
    }

    #[test]
    fn a_forbidden_country_is_found_and_marked_and_nothing_else_is_marked() {
        let text = "Greetings from India, and from the people of South Africa. Love, Pune";
        let mut findings = vec![Finding { start: 65, end: 69, ..finding("Pune", Category::Location, "place") }];
        apply(text, &mut findings, &[LetterContent::Country]);
        let marked: Vec<&str> = findings.iter().filter(|f| is_marked(f)).map(|f| f.text.as_str()).collect();
        assert_eq!(marked, vec!["India", "South Africa"]);
        assert!(findings.iter().any(|f| f.text == "Pune" && !is_marked(f)));
        let india = findings.iter().find(|f| f.text == "India").unwrap();
        assert_eq!(text.chars().skip(india.start).take(india.end - india.start).collect::<String>(), "India");
        let mut none = Vec::new();
        apply(text, &mut none, &[]);
        assert!(none.is_empty(), "no rules, nothing added");
    }
}
