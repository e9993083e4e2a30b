//! The line protocol of `twinbridge screen --format jsonl`: one JSON object in, one JSON object out.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::{Finding, Known, Screener, redact};

#[derive(Debug, Deserialize)]
struct Input {
    id: Value,
    text: String,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    known: Option<Known>,
}

#[derive(Debug, Serialize)]
struct Output<'a> {
    id: &'a Value,
    findings: &'a [Finding],
    redacted: String,
}

#[derive(Debug, Serialize)]
struct Failure {
    id: Option<()>,
    error: String,
}

/// The longest input line accepted (4 MiB): a longer one is answered with an error, not screened.
pub const MAX_LINE_BYTES: usize = 4 * 1024 * 1024;

/// Screens one input line. Returns the output line (without newline) and whether the input was malformed; a
/// malformed line gives `{"id": null, "error": "..."}`.
pub fn process_line(screener: &Screener, line: &str) -> (String, bool) {
    if line.len() > MAX_LINE_BYTES {
        let error = format!("input line too long: {} bytes, at most {MAX_LINE_BYTES} are accepted", line.len());
        return (failure(error), true);
    }
    let input: Input = match serde_json::from_str(line) {
        Ok(input) => input,
        Err(e) => return (failure(format!("malformed input line: {e}")), true),
    };
    if input.id.is_null() {
        return (failure("malformed input line: \"id\" is null".to_string()), true);
    }
    let known = input.known.unwrap_or_default();
    let language = input.language.as_deref();
    let findings = screener.screen(&input.text, language, &known);
    let redacted = redact(&input.text, &findings, language.unwrap_or("en"));
    let out = Output { id: &input.id, findings: &findings, redacted };
    match serde_json::to_string(&out) {
        Ok(s) => (s, false),
        Err(e) => (failure(format!("could not write the result: {e}")), true),
    }
}

/// Like [`process_line`], for a line read as bytes: a line that is not UTF-8 gives an error line.
pub fn process_line_bytes(screener: &Screener, line: &[u8]) -> (String, bool) {
    match std::str::from_utf8(line) {
        Ok(line) => process_line(screener, line),
        Err(e) => (failure(format!("malformed input line: not valid UTF-8 ({e})")), true),
    }
}

fn failure(error: String) -> String {
    serde_json::to_string(&Failure { id: None, error })
        .unwrap_or_else(|_| r#"{"id":null,"error":"malformed input line"}"#.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_and_bad_lines() {
        let s = Screener::shared();
        let (out, bad) =
            process_line(s, r#"{"id":"L1","text":"Call Priya on +91 98220 12345","known":{"names":["Priya Sharma"]}}"#);
        assert!(!bad);
        let v: Value = serde_json::from_str(&out).unwrap();
        assert_eq!(v["id"], "L1");
        assert!(v["findings"].as_array().unwrap().iter().any(|f| f["text"] == "Priya" && f["category"] == "PERSON"));
        assert_eq!(v["redacted"], "Call [removed: name] on [removed: contact]");
        let (out, bad) = process_line(s, "{not json");
        assert!(bad);
        let v: Value = serde_json::from_str(&out).unwrap();
        assert!(v["id"].is_null() && v["error"].is_string());
        assert!(process_line(s, r#"{"id":"x"}"#).1);
    }
}
