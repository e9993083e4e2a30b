#![doc = include_str!("../README.md")]

mod detectors;
mod disguise;
mod gazetteer;
pub mod jsonl;
mod languages;
mod normalise;
mod pattern;
mod redact;
mod tokens;
mod translit;

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

pub use normalise::occurrences;
pub use redact::redact;

/// Identifiers of the parties that the caller already knows; each is searched for in any case and inflection.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
pub struct Known {
    /// Names: full names, first names, family names, nicknames.
    #[serde(default)]
    pub names: Vec<String>,
    /// Towns, districts, regions, street addresses.
    #[serde(default)]
    pub places: Vec<String>,
    /// Hospitals, employers, schools.
    #[serde(default)]
    pub organisations: Vec<String>,
    /// Anything else: phone numbers, e-mail addresses, dates, donor numbers.
    #[serde(default)]
    pub other: Vec<String>,
}

/// The kind of identifying detail a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Category {
    Person,
    Location,
    Organization,
    Date,
    Age,
    Contact,
    IdNumber,
    Other,
}

/// What a finding rests on, stable across changes to the detectors, so that callers can word the reason in
/// their reader's language without parsing [`Finding::reason`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// A pattern or word list of the screen: the category says what it looks like.
    #[default]
    Detected,
    /// One of the identifiers the caller gave in [`Known`].
    MatchesKnown,
}

/// One identifying detail: a span of the original text (char offsets, end exclusive) and why it was flagged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    /// The original text of the span.
    pub text: String,
    /// 0–1: how sure the screen is that this is identifying.
    pub confidence: f32,
    /// Plain words for a coordinator; never says whose identifier matched.
    pub reason: String,
    /// What the finding rests on (see [`ReasonKind`]).
    #[serde(default)]
    pub kind: ReasonKind,
}

/// A detection in the normalised text (byte offsets), before it is mapped back to the original.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub category: Category,
    pub confidence: f32,
    pub reason: &'static str,
    pub kind: ReasonKind,
}

impl Hit {
    pub fn new(start: usize, end: usize, category: Category, confidence: f32, reason: &'static str) -> Self {
        Hit { start, end, category, confidence, reason, kind: ReasonKind::Detected }
    }

    /// The same hit, found among the caller's known identifiers.
    pub fn matching_known(self) -> Self {
        Hit { kind: ReasonKind::MatchesKnown, ..self }
    }
}

/// The screening engine: the compiled-in gazetteers and patterns, built once and shared between threads.
#[derive(Debug)]
pub struct Screener {
    _private: (),
}

impl Default for Screener {
    fn default() -> Self {
        Self::new()
    }
}

static SHARED: LazyLock<Screener> = LazyLock::new(Screener::new);

impl Screener {
    /// Builds the engine; the gazetteers and patterns behind it are built on first use and shared.
    pub fn new() -> Self {
        gazetteer::Gazetteer::get();
        detectors::warm_up();
        Screener { _private: () }
    }

    /// The engine of the process, built on first use.
    pub fn shared() -> &'static Screener {
        &SHARED
    }

    /// Finds identifying details in `text`. `language` (`en`, `de`, `hi`…) tunes a few rules; without it, or
    /// for another language, every rule runs. `known` holds identifiers of the parties the caller already knows.
    pub fn screen(&self, text: &str, language: Option<&str>, known: &Known) -> Vec<Finding> {
        let norm = normalise::Normalised::new(text);
        let lang = language.map(|l| l.trim().to_ascii_lowercase());
        let toks = tokens::tokenise(&norm.text);
        let ctx = detectors::Context::new(&norm.text, &toks, lang.as_deref());
        let hits = pattern::with_starts(&norm.text, || detectors::run(&ctx, known));

        let mut spans: Vec<Span> = hits
            .into_iter()
            .filter_map(|h| {
                let (start, end) = norm.to_original(h.start, h.end)?;
                Some(Span {
                    start,
                    end,
                    category: h.category,
                    confidence: h.confidence,
                    reason: h.reason,
                    kind: h.kind,
                })
            })
            .collect();
        tidy(&mut spans);
        // Each kept span starts and ends after the one before it, so one walk over the text for the starts and one
        // for the ends find the byte offsets (instead of a table of every char's offset).
        let ascii = text.is_ascii();
        let (mut starts, mut ends) = (CharCursor::new(text, ascii), CharCursor::new(text, ascii));
        spans
            .into_iter()
            .map(|s| {
                let (from, to) = (starts.byte_of(s.start), ends.byte_of(s.end));
                Finding {
                    start: s.start,
                    end: s.end,
                    category: s.category,
                    text: text.get(from..to).unwrap_or_default().to_string(),
                    confidence: s.confidence,
                    reason: s.reason.to_string(),
                    kind: s.kind,
                }
            })
            .collect()
    }
}

/// A finding before its text is copied out: char offsets of the original text.
#[derive(Debug)]
struct Span {
    start: usize,
    end: usize,
    category: Category,
    confidence: f32,
    reason: &'static str,
    kind: ReasonKind,
}

/// Converts char offsets to byte offsets, for offsets that never go back.
struct CharCursor<'t> {
    text: &'t str,
    ascii: bool,
    /// The char offset and byte offset reached so far.
    char_at: usize,
    byte_at: usize,
}

impl<'t> CharCursor<'t> {
    fn new(text: &'t str, ascii: bool) -> Self {
        CharCursor { text, ascii, char_at: 0, byte_at: 0 }
    }

    /// The byte offset of char `n` (the text's length for the end); `n` is at least the last one asked for.
    fn byte_of(&mut self, n: usize) -> usize {
        if self.ascii {
            return n.min(self.text.len());
        }
        let rest = self.text.get(self.byte_at..).unwrap_or_default();
        let skip = n.saturating_sub(self.char_at);
        self.byte_at += rest.char_indices().nth(skip).map_or(rest.len(), |(i, _)| i);
        self.char_at = n;
        self.byte_at
    }
}

/// Sorts findings and drops those inside a larger one (keeping the surer of two equal spans). Of two equal
/// spans read as a name and as a place, the place is kept: words like "Drive" or "Fort" are evidence of a
/// place, and a reviewer told "a name" about a landmark is misled (the token in the text would say so too).
fn tidy(findings: &mut Vec<Span>) {
    findings.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)).then(b.confidence.total_cmp(&a.confidence)));
    let mut kept: Vec<Span> = Vec::with_capacity(findings.len());
    let mut reach = 0;
    for f in findings.drain(..) {
        // Every kept finding starts at or before this one, so the one reaching furthest contains it if any does.
        if !kept.is_empty() && f.end <= reach {
            if let Some(last) = kept.last_mut()
                && (last.start, last.end) == (f.start, f.end)
                && last.category == Category::Person
                && f.category == Category::Location
                && last.kind == f.kind
            {
                last.category = Category::Location;
                last.reason = f.reason;
            }
            continue;
        }
        reach = reach.max(f.end);
        kept.push(f);
    }
    *findings = kept;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_engine_can_be_shared_between_threads() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Screener>();
        assert_send_sync::<Finding>();
    }

    /// Texts made to be slow: long runs that many patterns can start at every place of, and reach far from.
    fn adversarial(n: usize) -> Vec<(&'static str, String)> {
        let rep = |unit: &str| unit.repeat(n / unit.len());
        vec![
            ("1-", rep("1-")),
            ("a.", rep("a.")),
            ("A.", rep("A.")),
            ("A-", rep("A-")),
            ("1.", rep("1.")),
            ("digits", rep("1")),
            ("capitals", rep("A")),
            ("at signs", rep("@")),
            ("a@", rep("a@")),
            ("spaces", rep(" ")),
            ("punctuation", rep(".,;:!?-()'\"")),
            ("one word", rep("a")),
            ("mixed scripts", rep("aÄ日ह1-")),
            ("Devanagari", rep("राम ")),
            ("numbers", rep("12 ")),
            ("dates", rep("5 March ")),
            ("lines", rep("Yours\n")),
        ]
    }

    /// The work of the patterns (bytes their automata scan) grows linearly with the text: twice the text, at
    /// most about twice the work. No timing, so it holds on a loaded machine too.
    #[test]
    fn work_is_linear_in_the_text() {
        let screener = Screener::shared();
        let known = Known { names: vec!["Priya Sharma".into()], other: vec!["1-1-1".into()], ..Known::default() };
        let n = 8 * pattern::MAX_MATCH;
        for ((name, small), (_, large)) in adversarial(n).into_iter().zip(adversarial(2 * n)) {
            pattern::take_steps();
            let few = screener.screen(&small, None, &known).len();
            let work = pattern::take_steps();
            let more = screener.screen(&large, None, &known).len();
            let double = pattern::take_steps();
            // A stretch of at most one match length at either end may add to the larger text's work.
            let bound = 2.2 * work as f64 + (4 * pattern::MAX_MATCH) as f64;
            assert!((double as f64) <= bound, "{name}: {work} bytes scanned for {n}, {double} for {}", 2 * n);
            assert!(more <= 2 * few + 2, "{name}: {few} findings for {n}, {more} for {}", 2 * n);
        }
    }

    #[test]
    fn findings_are_sorted_and_not_nested() {
        let text = "Priya Sharma from Pune wrote on 5 March 2024.";
        let known = Known { names: vec!["Priya Sharma".into()], ..Known::default() };
        let f = Screener::shared().screen(text, Some("en"), &known);
        assert!(f.windows(2).all(|w| w[0].start <= w[1].start && w[1].end > w[0].end));
        assert!(f.iter().any(|x| x.text == "Priya Sharma" && x.category == Category::Person));
    }

    #[test]
    fn a_landmark_is_a_place_not_a_name() {
        let text = "We walked along Marine Drive and saw the Taj Mahal.";
        let f = Screener::shared().screen(text, Some("en"), &Known::default());
        for landmark in ["Marine Drive", "Taj Mahal"] {
            let found = f.iter().find(|x| x.text == landmark).unwrap_or_else(|| panic!("{landmark} in {f:?}"));
            assert_eq!(found.category, Category::Location, "{found:?}");
        }
    }

    #[test]
    fn findings_tell_whether_they_match_a_known_identifier() {
        let known = Known { names: vec!["Aarav Mehta".into()], places: vec!["Pune".into()], ..Known::default() };
        let f = Screener::shared().screen("I am Aarav from Pune. Call 9822012345.", Some("en"), &known);
        let kind = |t: &str| f.iter().find(|x| x.text == t).map(|x| x.kind);
        assert_eq!(kind("Aarav"), Some(ReasonKind::MatchesKnown));
        assert_eq!(kind("Pune"), Some(ReasonKind::MatchesKnown));
        assert_eq!(kind("9822012345"), Some(ReasonKind::Detected));
        let json = serde_json::to_value(&f[0]).unwrap_or_default();
        assert_eq!(json["kind"], "matches_known", "{json}");
    }
}
