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
