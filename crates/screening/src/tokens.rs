//! Words of the normalised text, with what the name rules need to know about each.

use std::borrow::Cow;

use crate::normalise::{fold, is_devanagari};

/// A word (letters, digits, marks, with inner apostrophes or hyphens) of the normalised text.
#[derive(Debug, Clone)]
pub(crate) struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Case-folded, for gazetteer look-ups (borrowed from the text when folding changes nothing, as for most
    /// words: one allocation per word was a tenth of the tokeniser's time).
    pub folded: Cow<'a, str>,
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
        let f = self.folded.as_ref();
        f.strip_suffix("'s").or_else(|| f.strip_suffix('\'')).unwrap_or(f)
    }
}

/// Whether a char can be part of a word: a Unicode word char (`\w`) other than `_`.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { regex_syntax::is_word_character(c) }
}

/// The byte offset just past the run of word chars starting at `from` (`from` itself if there is none).
fn word_run_end(text: &str, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or("");
    from + rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())
}

/// The words of `text` as byte ranges: the leftmost-first matches of `[\w&&[^_]]+(?:['\-][\w&&[^_]]+)*'?`,
/// found by a plain scan (the regex engine took a tenth of the screening time on long letters).
fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let start = pos + text.get(pos..)?.find(is_word_char)?;
        let mut end = word_run_end(text, start);
        // Inner apostrophes and hyphens, each followed by more word chars.
        while let Some(sep @ ('\'' | '-')) = text[end..].chars().next() {
            let after = word_run_end(text, end + sep.len_utf8());
            if after == end + sep.len_utf8() {
                break;
            }
            end = after;
        }
        if text[end..].starts_with('\'') {
            end += 1;
        }
        pos = end;
        Some((start, end))
    })
}

/// Abbreviations after which a full stop does not end a sentence.
pub(crate) const ABBREVIATIONS: &[&str] =
    &["dr", "mr", "mrs", "ms", "st", "prof", "jr", "sr", "no", "nr", "apt", "co", "vs", "smt", "shri", "ca", "bzw"];

/// French and Italian articles and prepositions that lose their vowel before a vowel ("l'", "d'", "dell'").
const ELISIONS: &[&str] =
    &["l", "d", "j", "n", "s", "c", "m", "t", "qu", "jusqu", "dell", "all", "nell", "dall", "sull", "un", "quell"];

/// The length of an elided article before a capitalised word ("l'EFS" → 2), or 0. A capital single letter
/// stays ("D'Souza", "O'Brien", "L'Oréal" are names as written).
fn elided_prefix(word: &str) -> usize {
    let Some((head, rest)) = word.split_once('\'') else { return 0 };
    let capital_rest = rest.chars().next().is_some_and(char::is_uppercase);
    let lower = head.to_lowercase();
    // "L'Agence" opening a sentence is the article too; "D'Souza" stays whole (both are rare as a name's start).
    let plain_head = head.chars().all(char::is_lowercase) || head.chars().count() > 1 || head == "L";
    if capital_rest && plain_head && ELISIONS.contains(&lower.as_str()) { head.len() + 1 } else { 0 }
}

pub(crate) fn tokenise(text: &str) -> Vec<Token<'_>> {
    // About one word in six bytes of a letter: room for them at once, not grown by copying.
    let mut out: Vec<Token<'_>> = Vec::with_capacity(text.len() / 6 + 1);
    let mut prev_end = 0;
    for (m_start, m_end) in words(text) {
        let word = text[m_start..m_end].trim_end_matches('\'');
        // "l'EFS", "d'Oran", "all'ADMO": the name after a French or Italian elided article is the word.
        let elided = elided_prefix(word);
        let (m_start, word) = (m_start + elided, &word[elided..]);
        let gap = &text[prev_end..m_start];
        let line_start = out.is_empty() || gap.contains('\n');
        let prev_is_abbrev = out.last().is_some_and(|p: &Token<'_>| {
            (p.text.chars().count() == 1 && p.cap) || ABBREVIATIONS.contains(&p.folded.as_ref())
        });
        let ends_sentence = gap.contains(['!', '?', ':', ';', '"', '“', '”', '(', '[', '|', '।', '-', '*'])
            || (gap.contains('.') && !prev_is_abbrev);
        let first = word.chars().next();
        out.push(Token {
            start: m_start,
            end: m_start + word.len(),
            text: word,
            folded: if word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'\'' | b'-')) {
                Cow::Borrowed(word)
            } else {
                Cow::Owned(fold(word))
            },
            cap: first.is_some_and(char::is_uppercase),
            devanagari: first.is_some_and(is_devanagari),
            sentence_start: line_start || ends_sentence,
        });
        prev_end = m_end;
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
        let t = tokenise("à l'EFS, d'Oran, all'ADMO, D'Souza, l'hôpital");
        let words: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(words, ["à", "EFS", "Oran", "ADMO", "D'Souza", "l'hôpital"]);
    }

    proptest::proptest! {
        /// The scan finds the same words as the regular expression it replaces.
        #[test]
        fn words_are_those_of_the_pattern(text in r"([a-zA-Z0-9_ '\-.\n]|[äöüßÉ\u{301}\u{200D}]|[\u{0900}-\u{097F}]|٣|日本|𝐀|🙂){0,40}") {
            let re = regex::Regex::new(r"[\w&&[^_]]+(?:['\-][\w&&[^_]]+)*'?").unwrap();
            let expected: Vec<(usize, usize)> = re.find_iter(&text).map(|m| (m.start(), m.end())).collect();
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), expected);
        }
    }
}
