//! Normalisation of the text before detection, with a map back to the original.
//!
//! Detectors run on one normalised copy of the letter: NFC, zero-width joiners removed, Devanagari digits
//! written as ASCII digits and typographic apostrophes as `'`. Every byte of the copy remembers which grapheme
//! cluster of the original it came from, so a finding always covers whole clusters of the original text.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
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
        let bytes = original.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // An ASCII char (but CR) followed by another ASCII char is a cluster of its own that needs no change.
            let b = bytes[i];
            if b.is_ascii() && b != b'\r' && bytes.get(i + 1).is_none_or(u8::is_ascii) {
                text.push(char::from(b));
                origin.push((char_pos, char_pos.saturating_add(1)));
                char_pos = char_pos.saturating_add(1);
                i += 1;
                continue;
            }
            // Otherwise segment up to the next such pair: a cluster boundary that does not depend on what came
            // before, so the clusters are those of the whole text.
            let mut j = i + 1;
            while j < bytes.len() && !(bytes[j].is_ascii() && bytes[j - 1].is_ascii() && bytes[j - 1] != b'\r') {
                j += 1;
            }
            for cluster in original.get(i..j).unwrap_or("").graphemes(true) {
                let len = u32::try_from(cluster.chars().count()).unwrap_or(u32::MAX);
                let range = (char_pos, char_pos.saturating_add(len));
                let mut push = |c: char| {
                    for_normalised(c, |c| {
                        text.push(c);
                        origin.extend(std::iter::repeat_n(range, c.len_utf8()));
                    });
                };
                if is_nfc_quick(cluster.chars()) == IsNormalized::Yes {
                    cluster.chars().for_each(&mut push);
                } else {
                    cluster.nfc().for_each(&mut push);
                }
                char_pos = range.1;
            }
            i = j;
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

/// The chars of the normalised copy for one char of the original. Fullwidth forms (`９８２`, `＠`), ligatures
/// (`ﬁ`), mathematical letters (`𝐋𝐞𝐧𝐚`), circled and superscript digits are written as their plain forms
/// (NFKC): they are used to get a name or number past filters, and patterns only know the plain forms.
fn for_normalised(c: char, mut emit: impl FnMut(char)) {
    if is_compatibility_form(c) {
        c.nfkc().for_each(emit);
    } else if let Some(c) = normalise_char(c) {
        emit(c);
    }
}

/// Blocks of compatibility chars whose NFKC form is plain letters, digits or ASCII punctuation.
fn is_compatibility_form(c: char) -> bool {
    matches!(c,
        '\u{FF01}'..='\u{FF5E}' // fullwidth ASCII
        | '\u{3000}' // ideographic space
        | '\u{FB00}'..='\u{FB06}' // Latin ligatures
        | '\u{2070}'..='\u{209F}' // superscripts and subscripts
        | '\u{2460}'..='\u{24FF}' // enclosed alphanumerics
        | '\u{1D400}'..='\u{1D7FF}' // mathematical alphanumerics
        | '\u{FE50}'..='\u{FE6B}' // small forms (`﹫`)
    )
}

/// One char of the normalised copy: drops joiners and soft hyphens, maps digits and apostrophes.
fn normalise_char(c: char) -> Option<char> {
    match c {
        '\u{200C}' | '\u{200D}' | '\u{00AD}' | '\u{FEFF}' | '\u{200B}' | '\u{2060}'..='\u{2064}' | '\u{180E}' => None,
        '\u{0966}'..='\u{096F}' => char::from_digit(u32::from(c) - 0x0966, 10),
        '\u{0660}'..='\u{0669}' => char::from_digit(u32::from(c) - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(u32::from(c) - 0x06F0, 10),
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => Some('\''),
        '\u{00A0}' | '\u{202F}' | '\u{2007}' => Some(' '),
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' => Some('-'),
        _ => Some(c),
    }
}

/// Full case folding for matching: lower case, ß → ss, and the Devanagari nukta dropped (NFC keeps क़ as
/// क + nukta, and letters spell the same name with or without it).
pub(crate) fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    if is_nfc_quick(s.chars()) == IsNormalized::Yes { fold_nfc(s) } else { fold_nfc(&s.nfc().collect::<String>()) }
}

/// [`fold`] of a text in NFC, char by char, looking at the neighbours in place (a whole letter is folded to
/// find known identifiers in it: collecting its chars first cost more than folding them).
fn fold_nfc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out, |_, _| {});
    out
}

/// [`fold`] of a text already in NFC (as the normalised copy is), with the byte offset in `s` of the char that
/// each byte of the folded copy came from, and `s.len()` at the end. Folding changes lengths (`İ` becomes two
/// chars, `ẞ` two bytes fewer), so offsets found in the folded copy must go through this map.
pub(crate) fn fold_mapped(s: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len() + 1);
    fold_into(s, &mut out, |at, len| origin.resize(len, at));
    origin.push(s.len());
    (out, origin)
}

/// Maps a match in the copy made by [`fold_mapped`] to the whole chars of the source it came from.
pub(crate) fn unfold_range(source: &str, origin: &[usize], start: usize, end: usize) -> Option<(usize, usize)> {
    if start >= end {
        return None;
    }
    let first = *origin.get(start)?;
    let last = *origin.get(end - 1)?;
    let last_end = last + source.get(last..)?.chars().next()?.len_utf8();
    Some((first, last_end))
}

/// The folding rules, writing into `out`; `mark(at, len)` is told after each char of `s` (at byte `at`) that
/// `out` now holds `len` bytes.
fn fold_into(s: &str, out: &mut String, mut mark: impl FnMut(usize, usize)) {
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        let before = prev.replace(c);
        // The rules below are all about other chars.
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            mark(i, out.len());
            continue;
        }
        let mut after = s[i + c.len_utf8()..].chars();
        // A half nasal before a consonant is written either way: "इन्दौर" = "इंदौर"; chandrabindu = anusvara.
        let half_nasal = matches!(c, 'ङ' | 'ञ' | 'ण' | 'न' | 'म')
            && after.next() == Some('\u{094D}')
            && after.next().is_some_and(|n| ('क'..='ह').contains(&n));
        if half_nasal || c == 'ँ' {
            out.push('ं');
            mark(i, out.len());
            continue;
        }
        if c == '\u{094D}' && before.is_some_and(|b| matches!(b, 'ङ' | 'ञ' | 'ण' | 'न' | 'म')) && out.ends_with('ं')
        {
            continue;
        }
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            '\u{093C}' => {}
            'ς' => out.push('σ'),
            _ => out.extend(c.to_lowercase()),
        }
        mark(i, out.len());
    }
}

/// Every place where `needle` occurs in `text` in any case (`İSTANBUL` for "istanbul", `STRASSE` for
/// "Straße"), as char ranges of `text` covering whole grapheme clusters. For words a reviewer asks to remove:
/// lower-casing the whole text and counting chars in the lower-cased copy puts the range elsewhere as soon
/// as folding changes a char's length before it.
pub fn occurrences(text: &str, needle: &str) -> Vec<(usize, usize)> {
    let wanted = fold(&Normalised::new(needle.trim()).text);
    if wanted.is_empty() {
        return Vec::new();
    }
    let norm = Normalised::new(text);
    let (folded, origin) = fold_mapped(&norm.text);
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = folded.get(from..).and_then(|rest| rest.find(&wanted)) {
        let (start, end) = (from + at, from + at + wanted.len());
        if let Some((s, e)) = unfold_range(&norm.text, &origin, start, end)
            && let Some(range) = norm.to_original(s, e)
            && out.last().is_none_or(|&(_, prev_end)| range.0 >= prev_end)
        {
            out.push(range);
        }
        from = end;
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

    /// The folding as first written (all chars collected first), to check the one in place against.
    fn fold_collected(s: &str) -> String {
        if s.is_ascii() {
            return s.to_ascii_lowercase();
        }
        let mut out = String::with_capacity(s.len());
        let chars: Vec<char> =
            if is_nfc_quick(s.chars()) == IsNormalized::Yes { s.chars().collect() } else { s.nfc().collect() };
        for (i, &c) in chars.iter().enumerate() {
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

    proptest::proptest! {
        #[test]
        fn folding_in_place_is_folding(s in r"([a-zA-Z .]|[äöüßẞΣς]|[\u{0900}-\u{097F}]|न्द|म्ब|ँ|\u{0301}|\u{093C}|İ){0,30}") {
            proptest::prop_assert_eq!(fold(&s), fold_collected(&s));
        }
    }

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

    /// The clusters of the whole text, however ASCII and other chars are mixed.
    #[test]
    fn offsets_follow_whole_clusters() {
        for text in [
            "e\u{301}x",
            "ab\r\ncd",
            "\r\n\r\n",
            "a\u{200D}\u{200D}b",
            "🇩🇪🇮🇳x",
            "ok नमस्ते ok",
            "x\u{0915}\u{094D}",
            "\r",
        ] {
            let n = Normalised::new(text);
            let mut expected: Vec<(u32, u32)> = Vec::new();
            let mut pos = 0u32;
            for g in text.graphemes(true) {
                let len = g.chars().count() as u32;
                for c in g.nfc() {
                    for_normalised(c, |c| expected.extend(std::iter::repeat_n((pos, pos + len), c.len_utf8())));
                }
                pos += len;
            }
            assert_eq!(n.origin, expected, "{text:?}");
        }
    }
}
