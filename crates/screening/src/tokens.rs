//! Words of the normalised text, with what the name rules need to know about each.

use std::sync::LazyLock;

use regex::Regex;

use crate::normalise::{fold, is_devanagari};

/// A word (letters, digits, marks, with inner apostrophes or hyphens) of the normalised text.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Case-folded, for gazetteer look-ups.
    pub folded: String,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Written in Devanagari (which has no case).
    pub devanagari: bool,
    /// First word of a sentence or a line, where a capital letter says little.
    pub sentence_start: bool,
}

impl Token<'_> {
    /// Has letters at all (not a number).
    pub fn is_alpha(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_alphabetic)
    }

    /// The folded word without an English possessive ("priya's" → "priya").
    pub fn base(&self) -> &str {
        let f = self.folded.as_str();
        f.strip_suffix("'s").or_else(|| f.strip_suffix('\'')).unwrap_or(f)
    }
}

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(r"[\w&&[^_]]+(?:['\-][\w&&[^_]]+)*'?").expect("valid word pattern")
});

/// Abbreviations after which a full stop does not end a sentence.
pub(crate) const ABBREVIATIONS: &[&str] =
    &["dr", "mr", "mrs", "ms", "st", "prof", "jr", "sr", "no", "nr", "apt", "co", "vs", "smt", "shri", "ca", "bzw"];

pub(crate) fn tokenise(text: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token<'_>> = Vec::new();
    let mut prev_end = 0;
    for m in WORD.find_iter(text) {
        let word = m.as_str().trim_end_matches('\'');
        let gap = &text[prev_end..m.start()];
        let line_start = out.is_empty() || gap.contains('\n');
        let prev_is_abbrev = out.last().is_some_and(|p: &Token<'_>| {
            (p.text.chars().count() == 1 && p.cap) || ABBREVIATIONS.contains(&p.folded.as_str())
        });
        let ends_sentence = gap.contains(['!', '?', ':', ';', '"', '“', '”', '(', '[', '|', '।', '-', '*'])
            || (gap.contains('.') && !prev_is_abbrev);
        let first = word.chars().next();
        out.push(Token {
            start: m.start(),
            end: m.start() + word.len(),
            text: word,
            folded: fold(word),
            cap: first.is_some_and(char::is_uppercase),
            devanagari: first.is_some_and(is_devanagari),
            sentence_start: line_start || ends_sentence,
        });
        prev_end = m.end();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_sentence_starts() {
        let t = tokenise("Dear Priya's mum. Dr. Rao came\nजी");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(words, ["Dear", "Priya's", "mum", "Dr", "Rao", "came", "जी"]);
        assert!(t[0].sentence_start && !t[1].sentence_start && t[3].sentence_start && !t[4].sentence_start);
        assert_eq!(t[1].base(), "priya");
        assert!(t[6].sentence_start && t[6].devanagari);
    }
}
