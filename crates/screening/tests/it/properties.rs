use proptest::prelude::*;
use twinbridge_screening::{Known, jsonl, redact};

use crate::screen;

fn check(text: &str, known: &Known) {
    let findings = screen(text, None, known);
    let chars: Vec<char> = text.chars().collect();
    for f in &findings {
        assert!(f.start < f.end && f.end <= chars.len(), "{f:?} out of bounds");
        let slice: String = chars[f.start..f.end].iter().collect();
        assert_eq!(slice, f.text);
        assert!((0.0..=1.0).contains(&f.confidence));
    }
    let _ = redact(text, &findings, "hi");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn never_panics_on_any_text(text in "\\PC*") {
        check(&text, &Known::default());
    }

    #[test]
    fn never_panics_on_letter_like_text(
        text in "[A-Za-zäöüßÄÖÜ\u{0900}-\u{097F}\u{200C}\u{200D}0-9 .,:+@/\\-\n']{0,200}",
        name in "[A-Za-z\u{0900}-\u{097F}]{0,8}( [A-Za-z]{1,6})?",
    ) {
        let known = Known { names: vec![name.clone()], places: vec![name.clone()], organisations: vec![], other: vec![name] };
        check(&text, &known);
    }

    #[test]
    fn process_line_never_panics(line in "\\PC*") {
        let _ = jsonl::process_line(twinbridge_screening::Screener::shared(), &line);
    }
}

/// Chars whose case folding changes the length (`İ` → `i̇`, `ß` → `ss`, `ẞ` → `ss`, `ﬁ` → `fi`), among others.
const LENGTH_CHANGING: &str = "[a-zA-Z .,\n]|İ|ß|ẞ|ﬁ|ﬂ|Σ|ς|ŉ|ǰ|Ä|\u{0301}|नि|क़";

fn slice(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Findings keep their text however case folding changes the length of what comes before.
    #[test]
    fn findings_match_their_text_after_length_changing_case(
        text in proptest::string::string_regex(&format!("({LENGTH_CHANGING}|Lena|LENA|Vogel|VOGEL|straße|STRASSE|lena@example\\.org){{0,60}}")).unwrap(),
        other in "(İst|straße|ẞ1|lena@example\\.org|İİ)",
    ) {
        let known = Known {
            names: vec!["Lena Vogel".into(), "İpek".into()],
            places: vec!["Straße".into()],
            organisations: vec![],
            other: vec![other],
        };
        for f in screen(&text, None, &known) {
            prop_assert_eq!(slice(&text, f.start, f.end), f.text);
        }
    }

    /// A word a reviewer asks to remove is found exactly where it is, in any case, whatever comes before it.
    #[test]
    fn a_requested_word_is_found_exactly(
        before in proptest::string::string_regex(&format!("({LENGTH_CHANGING}){{0,20}}")).unwrap(),
        word in "([a-z]|ß|İ|ﬁ){1,8}",
        after in proptest::string::string_regex(&format!("({LENGTH_CHANGING}){{0,10}}")).unwrap(),
        upper in proptest::bool::ANY,
    ) {
        let written = if upper { word.to_uppercase() } else { word.clone() };
        let text = format!("{before} {written} {after}");
        let start = before.chars().count() + 1;
        let end = start + written.chars().count();
        let found = twinbridge_screening::occurrences(&text, &word);
        prop_assert!(found.contains(&(start, end)), "{:?} not among {:?} in {:?}", (start, end), found, text);
        for (s, e) in found {
            prop_assert!(s < e && e <= text.chars().count());
        }
    }
}

#[test]
fn a_requested_word_after_dotted_capitals_is_that_word() {
    let text = "İİİ and sunshine";
    assert_eq!(twinbridge_screening::occurrences(text, "sunshine"), [(8, 16)]);
    assert_eq!(twinbridge_screening::occurrences("GROẞE STRASSE", "straße"), [(6, 13)]);
    assert_eq!(twinbridge_screening::occurrences("ein ﬁsch", "FISCH"), [(4, 8)]);
    assert!(twinbridge_screening::occurrences("abc", " ").is_empty());
}
