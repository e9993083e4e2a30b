//! Replacing findings with category tokens in the reader's language.

use unicode_segmentation::UnicodeSegmentation;

use crate::{Category, Finding};

/// The token that stands for a removed span, in the reader's language (English when the language is unknown).
pub fn token(category: Category, reader_language: &str) -> &'static str {
    let lang = reader_language.trim().get(..2).unwrap_or("").to_ascii_lowercase();
    use Category::*;
    match (lang.as_str(), category) {
        ("de", Person) => "[entfernt: Name]",
        ("de", Location) => "[entfernt: Ort]",
        ("de", Organization) => "[entfernt: Organisation]",
        ("de", Date) => "[entfernt: Datum]",
        ("de", Age) => "[entfernt: Alter]",
        ("de", Contact) => "[entfernt: Kontakt]",
        ("de", IdNumber) => "[entfernt: Ausweisnummer]",
        ("de", Other) => "[entfernt: Angabe]",
        ("hi", Person) => "[हटाया गया: नाम]",
        ("hi", Location) => "[हटाया गया: स्थान]",
        ("hi", Organization) => "[हटाया गया: संस्था]",
        ("hi", Date) => "[हटाया गया: तारीख]",
        ("hi", Age) => "[हटाया गया: उम्र]",
        ("hi", Contact) => "[हटाया गया: संपर्क]",
        ("hi", IdNumber) => "[हटाया गया: पहचान संख्या]",
        ("hi", Other) => "[हटाया गया: विवरण]",
        (_, Person) => "[removed: name]",
        (_, Location) => "[removed: place]",
        (_, Organization) => "[removed: organisation]",
        (_, Date) => "[removed: date]",
        (_, Age) => "[removed: age]",
        (_, Contact) => "[removed: contact]",
        (_, IdNumber) => "[removed: id number]",
        (_, Other) => "[removed: detail]",
    }
}

/// Punctuation that ends or splits a sentence: a span ending in it ("Ruby Hall Clinic.") leaves it in the text,
/// so that the token reads as part of the sentence ("[removed: organisation].").
fn sentence_mark(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '।' | '॥' | '、' | '。')
}

/// Replaces the spans of `findings` (char offsets) with tokens. Overlapping spans become one token (of the
/// longest span's category); spans are widened to whole grapheme clusters so no accent or matra is left behind,
/// and give back the sentence's punctuation and spaces at their ends.
pub fn redact(text: &str, findings: &[Finding], reader_language: &str) -> String {
    // Char offsets where grapheme clusters start, plus the end.
    let mut bounds: Vec<usize> = Vec::new();
    let mut chars = 0;
    for g in text.graphemes(true) {
        bounds.push(chars);
        chars += g.chars().count();
    }
    bounds.push(chars);
    let byte_of: Vec<usize> = text.char_indices().map(|(i, _)| i).chain(std::iter::once(text.len())).collect();
    let all: Vec<char> = text.chars().collect();
    let loose = |c: char| sentence_mark(c) || c.is_whitespace();

    let mut spans: Vec<(usize, usize, Category)> = findings
        .iter()
        .filter(|f| f.start < f.end && f.start < chars)
        .map(|f| {
            let start = bounds[bounds.partition_point(|&b| b <= f.start).saturating_sub(1)];
            let end_at = bounds.partition_point(|&b| b < f.end.min(chars));
            let mut end = bounds.get(end_at).copied().unwrap_or(chars);
            let mut start = start;
            while end > start + 1 && loose(all[end - 1]) {
                end -= 1;
            }
            while start + 1 < end && loose(all[start]) {
                start += 1;
            }
            (start, end, f.category)
        })
        .collect();
    spans.sort_by_key(|s| (s.0, std::cmp::Reverse(s.1)));

    let mut merged: Vec<(usize, usize, Category, usize)> = Vec::new();
    for (s, e, c) in spans {
        match merged.last_mut() {
            Some(last) if s < last.1 => {
                if e - s > last.3 {
                    last.2 = c;
                    last.3 = e - s;
                }
                last.1 = last.1.max(e);
            }
            _ => merged.push((s, e, c, e - s)),
        }
    }

    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    for (s, e, c, _) in merged {
        out.push_str(&text[byte_of[pos]..byte_of[s]]);
        out.push_str(token(c, reader_language));
        pos = e;
    }
    out.push_str(&text[byte_of[pos]..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(start: usize, end: usize, category: Category) -> Finding {
        Finding {
            start,
            end,
            category,
            text: String::new(),
            confidence: 1.0,
            reason: String::new(),
            kind: crate::ReasonKind::Detected,
        }
    }

    #[test]
    fn replaces_and_merges() {
        let text = "I am Priya from Pune.";
        let out = redact(
            text,
            &[f(5, 10, Category::Person), f(16, 20, Category::Location), f(17, 19, Category::Other)],
            "en",
        );
        assert_eq!(out, "I am [removed: name] from [removed: place].");
        assert_eq!(redact(text, &[f(16, 20, Category::Location)], "de"), "I am Priya from [entfernt: Ort].");
        assert_eq!(redact(text, &[f(16, 20, Category::Location)], "xx"), "I am Priya from [removed: place].");
        // A span ending inside a cluster takes the whole cluster.
        assert_eq!(redact("नमस्ते", &[f(0, 1, Category::Other)], "hi"), "[हटाया गया: विवरण]मस्ते");
    }

    #[test]
    fn punctuation_at_a_span_end_stays_in_the_sentence() {
        let text = "I am Aarav, from Pune. We met at Ruby Hall Clinic.";
        let spans = [f(5, 11, Category::Person), f(17, 22, Category::Location), f(33, 50, Category::Organization)];
        assert_eq!(
            redact(text, &spans, "en"),
            "I am [removed: name], from [removed: place]. We met at [removed: organisation]."
        );
        // A span of punctuation alone is still removed (nothing is left to give back).
        assert_eq!(redact("a . b", &[f(2, 3, Category::Other)], "en"), "a [removed: detail] b");
        // Leading spaces and marks go back too.
        assert_eq!(redact("Hi, Aarav", &[f(2, 9, Category::Person)], "en"), "Hi, [removed: name]");
    }
}
