//! Screens and redacts arbitrary bytes (read as lossy UTF-8) with arbitrary known identifiers, and checks
//! that every finding lies on char offsets inside the text and holds the text of its span.
//!
//! The input is split at 0xFF bytes (which never occur in UTF-8): the first part is the letter, the second the
//! language, and the rest are known identifiers, dealt out in turn to names, places, organisations and other.

#![no_main]

use libfuzzer_sys::fuzz_target;
use twinbridge_screening::{Known, Screener, jsonl, redact};

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|&b| b == 0xFF);
    let text = String::from_utf8_lossy(parts.next().unwrap_or_default()).into_owned();
    let language = parts.next().map(|l| String::from_utf8_lossy(l).into_owned());
    let mut known = Known::default();
    for (i, part) in parts.take(16).enumerate() {
        let item = String::from_utf8_lossy(part).into_owned();
        match i % 4 {
            0 => known.names.push(item),
            1 => known.places.push(item),
            2 => known.organisations.push(item),
            _ => known.other.push(item),
        }
    }

    let screener = Screener::shared();
    let findings = screener.screen(&text, language.as_deref(), &known);
    let chars: Vec<char> = text.chars().collect();
    let mut previous_start = 0;
    for f in &findings {
        assert!(f.start < f.end, "empty finding {f:?}");
        assert!(f.end <= chars.len(), "finding {f:?} past the end ({} chars)", chars.len());
        assert!(f.start >= previous_start, "findings out of order");
        previous_start = f.start;
        let slice: String = chars[f.start..f.end].iter().collect();
        assert_eq!(slice, f.text, "finding text differs from its span");
        assert!((0.0..=1.0).contains(&f.confidence));
        assert!(!f.reason.is_empty());
    }
    let redacted = redact(&text, &findings, language.as_deref().unwrap_or("en"));
    if findings.is_empty() {
        assert_eq!(redacted, text);
    }

    // The line protocol takes the same bytes without panicking, whatever they are.
    let _ = jsonl::process_line_bytes(screener, data);
});
