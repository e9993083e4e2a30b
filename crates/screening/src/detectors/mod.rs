//! The detectors. Each reads the normalised text (and its words) and returns hits in its byte offsets.

mod contacts;
mod dates;
mod ids;
mod known;
mod names;
mod organisations;
mod places;

use regex::Regex;

use crate::tokens::Token;
use crate::{Hit, Known};

/// What every detector gets: the normalised text, its words and the language of the letter if given.
#[derive(Debug)]
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token<'a>],
    pub language: Option<&'a str>,
}

impl Context<'_> {
    /// Whether the letter is in this language, or in an unknown one (then every rule runs).
    pub fn maybe(&self, lang: &str) -> bool {
        self.language.is_none_or(|l| l.starts_with(lang) || !matches!(&l[..l.len().min(2)], "en" | "de" | "hi"))
    }

    /// The index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        self.tokens.partition_point(|t| t.start < pos)
    }
}

/// Compiles a pattern written in this crate (a bad one is a bug caught by the tests).
pub(crate) fn re(pattern: &str) -> Regex {
    #[allow(clippy::expect_used)]
    Regex::new(pattern).expect("valid built-in pattern")
}

/// Builds the patterns ahead of the first letter.
pub(crate) fn warm_up() {
    let ctx = Context { text: "", tokens: &[], language: None };
    let _ = run(&ctx, &Known::default());
}

pub(crate) fn run(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let mut hits = Vec::new();
    hits.extend(known::detect(ctx, known));
    hits.extend(contacts::detect(ctx));
    hits.extend(ids::detect(ctx));
    let dates = dates::detect(ctx);
    // A phone-like number that is really a date is not reported twice.
    let in_date = coverage(ctx.text.len(), &dates);
    hits.retain(|h| {
        !(h.reason.starts_with("phone") && in_date.get(h.start..h.end).is_some_and(|b| b.iter().all(|&x| x)))
    });
    hits.extend(dates);
    hits.extend(organisations::detect(ctx));
    hits.extend(places::detect(ctx));
    hits.extend(names::detect(ctx, &hits));
    hits
}

/// Which bytes of the text some hit covers (linear in the text and the hits, whatever their number).
pub(crate) fn coverage(len: usize, hits: &[Hit]) -> Vec<bool> {
    let mut starts = vec![0i32; len + 1];
    for h in hits.iter().filter(|h| h.start < h.end && h.end <= len) {
        starts[h.start] += 1;
        starts[h.end] -= 1;
    }
    let mut depth = 0;
    starts[..len]
        .iter()
        .map(|d| {
            depth += d;
            depth > 0
        })
        .collect()
}

/// Whether two neighbouring words belong to one name: only spaces between them, or ". " after an initial.
pub(crate) fn joined(text: &str, a: &Token<'_>, b: &Token<'_>) -> bool {
    let gap = &text[a.end..b.start];
    let spaces = gap.trim_start_matches('.');
    // A full stop joins only after an initial or an abbreviation ("P. Sharma", "St. Louis").
    let stop_ok = spaces.len() == gap.len()
        || a.text.chars().count() == 1
        || crate::tokens::ABBREVIATIONS.contains(&a.folded.as_str());
    !gap.is_empty() && gap.len() <= 3 && stop_ok && spaces.chars().all(|c| c == ' ' || c == '\t')
}

/// Longest gazetteer entries (with kinds among `mask`) starting at each word: (first word, end word, kinds).
pub(crate) fn gazetteer_runs(ctx: &Context<'_>, mask: u8) -> Vec<(usize, usize, u8)> {
    let g = crate::gazetteer::Gazetteer::get();
    let toks = ctx.tokens;
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let mut best = None;
        let mut key = String::new();
        let mut keys = Vec::new();
        for j in i..toks.len().min(i + g.max_words) {
            if j > i {
                if !joined(ctx.text, &toks[j - 1], &toks[j]) {
                    break;
                }
                key.push(' ');
            }
            keys.push(format!("{key}{}", toks[j].base()));
            key.push_str(&toks[j].folded);
        }
        for (n, k) in keys.iter().enumerate().rev() {
            let kinds = g.kinds(k) & mask;
            if kinds != 0 {
                best = Some((i, i + n + 1, kinds));
                break;
            }
        }
        match best {
            Some(run) => {
                out.push(run);
                i = run.1;
            }
            None => i += 1,
        }
    }
    out
}

/// Prepositions after which a capitalised word is more likely a place than a person.
pub(crate) const PLACE_WORDS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "to",
    "outside",
    "around",
    "visit",
    "visited",
    "of",
    "nach",
    "aus",
    "bei",
    "im",
    "nahe",
    "von",
    "über",
    "में",
    "से",
    "पास",
    "mein",
    "se",
    "towards",
    "across",
    "moved",
    "live",
    "lives",
    "lived",
];

/// Whether the word before token `i` is a place preposition.
pub(crate) fn after_place_word(ctx: &Context<'_>, i: usize) -> bool {
    i > 0 && PLACE_WORDS.contains(&ctx.tokens[i - 1].folded.as_str())
}
