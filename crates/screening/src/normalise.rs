//! Normalisation of the text before detection, with a map back to the original.
//!
//! Detectors run on one normalised copy of the letter: NFC, zero-width joiners removed, Devanagari digits
//! written as ASCII digits and typographic apostrophes as `'`. Every byte of the copy remembers which grapheme
//! cluster of the original it came from, so a finding always covers whole clusters of the original text.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// The normalised copy of a text and, per byte of it, the original char range it came from.
#[derive(Debug)]
pub(crate) struct Normalised {
    pub text: String,
    /// For each byte of `text`: (first char, one past the last char) of the original cluster.
    origin: Vec<(u32, u32)>,
}

impl Normalised {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len());
        let mut char_pos: u32 = 0;
        for cluster in original.graphemes(true) {
            let len = u32::try_from(cluster.chars().count()).unwrap_or(u32::MAX);
            let range = (char_pos, char_pos.saturating_add(len));
            for c in cluster.nfc() {
                if let Some(c) = normalise_char(c) {
                    text.push(c);
                    origin.extend(std::iter::repeat_n(range, c.len_utf8()));
                }
            }
            char_pos = range.1;
        }
        Normalised { text, origin }
    }

    /// Maps a byte range of the normalised text to a char range of the original (end exclusive).
    pub fn to_original(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        if start >= end || end > self.origin.len() {
            return None;
        }
        let first = self.origin.get(start)?.0 as usize;
        let last = self.origin.get(end - 1)?.1 as usize;
        (first < last).then_some((first, last))
    }
}

/// One char of the normalised copy: drops joiners and soft hyphens, maps digits and apostrophes.
fn normalise_char(c: char) -> Option<char> {
    match c {
        '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{FEFF}' | '\u{200B}' => None,
        '\u{0966}'..='\u{096F}' => char::from_digit(u32::from(c) - 0x0966, 10),
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => Some('\''),
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => Some(' '),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => Some('-'),
        _ => Some(c),
    }
}

/// Full case folding for matching: lower case, ß → ss, and the Devanagari nukta dropped (NFC keeps क़ as
/// क + nukta, and letters spell the same name with or without it).
pub(crate) fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.nfc().collect();
    for (i, &c) in chars.iter().enumerate() {
        // A half nasal before a consonant is written either way: "इन्दौर" = "इंदौर"; chandrabindu = anusvara.
        let half_nasal = matches!(c, 'ङ' | 'ञ' | 'ण' | 'न' | 'म')
            && chars.get(i + 1) == Some(&'\u{094D}')
            && chars.get(i + 2).is_some_and(|n| ('क'..='ह').contains(n));
        if half_nasal || c == 'ँ' {
            out.push('ं');
            continue;
        }
        if c == '\u{094D}' && i > 0 && matches!(chars[i - 1], 'ङ' | 'ञ' | 'ण' | 'न' | 'म') && out.ends_with('ं')
        {
            continue;
        }
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            '\u{093C}' => {}
            'ς' => out.push('σ'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Whether a char belongs to the Devanagari block (a script without case).
pub(crate) fn is_devanagari(c: char) -> bool {
    ('\u{0900}'..='\u{097F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_offsets_back_across_removed_joiners() {
        let n = Normalised::new("a\u{200D}bc");
        assert_eq!(n.text, "abc");
        // "c" is byte 2 of the copy and char 3 of the original.
        assert_eq!(n.to_original(2, 3), Some((3, 4)));
    }

    #[test]
    fn devanagari_digits_become_ascii() {
        let n = Normalised::new("९८२२०");
        assert_eq!(n.text, "98220");
        assert_eq!(n.to_original(0, 5), Some((0, 5)));
    }

    #[test]
    fn nfc_and_folding() {
        let n = Normalised::new("Mu\u{0308}ller");
        assert_eq!(n.text, "Müller");
        assert_eq!(n.to_original(0, n.text.len()), Some((0, 7)));
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("ज़ोया"), fold("जोया"));
        assert_eq!(fold("इन्दौर"), fold("इंदौर"));
        assert_eq!(fold("गाँव"), fold("गांव"));
    }
}
