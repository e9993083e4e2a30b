//! Inputs that must give findings or a clear error, never a panic: very long lines, invalid UTF-8, control
//! characters and mixed scripts.

use serde_json::Value;
use twinbridge_screening::jsonl::{self, MAX_LINE_BYTES};
use twinbridge_screening::{Finding, Known, Screener, redact};

use crate::screen;

/// Every finding lies inside the text, on char offsets, and holds the text of its span.
#[track_caller]
fn assert_offsets(text: &str, findings: &[Finding]) {
    let chars: Vec<char> = text.chars().collect();
    for f in findings {
        assert!(f.start < f.end && f.end <= chars.len(), "{f:?} is out of bounds");
        assert_eq!(chars[f.start..f.end].iter().collect::<String>(), f.text);
    }
    assert!(findings.windows(2).all(|w| w[0].start <= w[1].start));
}

fn error_of(out: &str) -> String {
    let v: Value = serde_json::from_str(out).expect("the output is JSON");
    assert!(v["id"].is_null(), "{out}");
    v["error"].as_str().expect("an error message").to_string()
}

#[test]
fn a_ten_megabyte_line_gets_a_clear_error() {
    let line = format!(r#"{{"id":"big","text":"{}"}}"#, "Priya lives in Pune. ".repeat(500_000));
    assert!(line.len() > 10_000_000);
    let (out, bad) = jsonl::process_line(Screener::shared(), &line);
    assert!(bad);
    assert!(error_of(&out).contains("too long"), "{out}");
}

#[test]
fn a_long_single_line_is_screened() {
    // One line of about 100 KB with no line break: findings all along it, in time linear in its length.
    let unit = "Priya from Pune called +91 98220 12345 on 5 March 2024 and spoke to Dr. Okonkwo. ";
    let text = unit.repeat(1_200);
    assert!(text.len() < MAX_LINE_BYTES);
    let findings = screen(&text, Some("en"), &Known { names: vec!["Priya Sharma".into()], ..Known::default() });
    assert_offsets(&text, &findings);
    assert!(findings.iter().filter(|f| f.text == "Priya").count() >= 1_200);
    let last = text.chars().count() - unit.chars().count();
    assert!(findings.iter().any(|f| f.start >= last && f.text == "+91 98220 12345"));
}

#[test]
fn invalid_utf8_in_a_line_gets_a_clear_error() {
    let mut line = br#"{"id":"x","text":"Priya "#.to_vec();
    line.extend_from_slice(&[0xFF, 0xFE, 0xC3]);
    line.extend_from_slice(br#" Pune"}"#);
    let (out, bad) = jsonl::process_line_bytes(Screener::shared(), &line);
    assert!(bad);
    assert!(error_of(&out).contains("UTF-8"), "{out}");

    // A lone surrogate written as a JSON escape is no text either.
    let (out, bad) = jsonl::process_line(Screener::shared(), r#"{"id":"x","text":"Priya \ud800 Pune"}"#);
    assert!(bad);
    assert!(!error_of(&out).is_empty());

    // Valid bytes go through as before.
    let (out, bad) =
        jsonl::process_line_bytes(Screener::shared(), r#"{"id":"ok","text":"Call +91 98220 12345"}"#.as_bytes());
    assert!(!bad, "{out}");

    // Lossy decoding (as a caller holding bytes might do) gives text the screen takes.
    let text =
        String::from_utf8_lossy(&[b'P', b'r', b'i', b'y', b'a', b' ', 0xFF, b' ', b'P', b'u', b'n', b'e']).to_string();
    let findings = screen(&text, None, &Known { names: vec!["Priya".into()], ..Known::default() });
    assert_offsets(&text, &findings);
    assert!(findings.iter().any(|f| f.text == "Priya"));
}

#[test]
fn control_characters_are_screened_or_refused() {
    let text = "Priya\u{0}Sharma\u{1}lives in\u{7}Pune\u{1b}[31m, call\u{8}+91 98220 12345\r\n\u{7f}\u{85}\u{2028}\u{2029}\u{c}\u{b}end\u{0}";
    let known = Known { names: vec!["Priya Sharma".into()], ..Known::default() };
    for lang in [None, Some("en"), Some("de"), Some("hi")] {
        let findings = screen(text, lang, &known);
        assert_offsets(text, &findings);
        assert!(findings.iter().any(|f| f.text == "Priya"), "{findings:?}");
        let _ = redact(text, &findings, "en");
    }
    // Escaped control characters in a JSON line are text; raw ones make the line malformed.
    let (out, bad) = jsonl::process_line(Screener::shared(), r#"{"id":1,"text":"Priya\u0000 from\u0007Pune\r\n"}"#);
    assert!(!bad, "{out}");
    let (out, bad) = jsonl::process_line(Screener::shared(), "{\"id\":1,\"text\":\"Priya\u{1}Pune\"}");
    assert!(bad);
    assert!(!error_of(&out).is_empty());
}

#[test]
fn mixed_scripts_keep_offsets_on_whole_chars() {
    let text = "Dear Priya (प्रिया), مرحبا محمد from 北京 and Москва 🇮🇳👩‍👩‍👧 e\u{301}\u{301} क़ि\u{94d}\u{200d} \
                ज़ोया 12.03.2024 ٣٤ \u{202e}Pune\u{202c} Ｐｕｎｅ 𝐏𝐫𝐢𝐲𝐚 ǅ ß ẞ Σίσυφος";
    let known = Known {
        names: vec!["Priya Sharma".into(), "ज़ोया".into(), "محمد".into()],
        places: vec!["Pune".into(), "北京".into()],
        organisations: vec!["Москва Clinic".into()],
        other: vec!["ẞ".into(), "Σίσυφος".into(), "👩‍👩‍👧".into()],
    };
    for lang in [None, Some("en"), Some("de"), Some("hi"), Some("ar"), Some("प्रिया"), Some("é"), Some("")]
    {
        let findings = screen(text, lang, &known);
        assert_offsets(text, &findings);
        assert!(findings.iter().any(|f| f.text == "Priya"));
        let redacted = redact(text, &findings, lang.unwrap_or("en"));
        assert!(!redacted.contains("Priya"), "{redacted}");
    }
}

/// Long runs built from the writer's own name (glued, spaced, in number words) give findings inside the text;
/// the disguise rules look no further than a handle's length into a run, so such a text is screened at once.
#[test]
fn long_runs_of_a_disguised_known_name_are_screened() {
    let known = Known {
        names: vec!["Lena Vogel".into()],
        places: vec!["Kraków".into()],
        other: vec!["+49 171 2345678".into(), "lena.vogel@web.de".into()],
        ..Known::default()
    };
    for text in [
        "lena".repeat(5_000),
        "l e n a ".repeat(2_500),
        "L3na_".repeat(4_000),
        "anel".repeat(5_000),
        "nine eight ".repeat(2_000),
        "lena dot ".repeat(2_000),
        "Краков".repeat(3_000),
        "克拉科夫".repeat(3_000),
    ] {
        let findings = screen(&text, None, &known);
        assert_offsets(&text, &findings);
    }
    let findings = screen("write to lenavogel81 or L e n a", Some("en"), &known);
    assert!(findings.iter().any(|f| f.text == "lenavogel81"), "{findings:?}");
    assert!(findings.iter().any(|f| f.text == "L e n a"), "{findings:?}");
}
