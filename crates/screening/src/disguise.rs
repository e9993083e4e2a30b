//! Undoing the ways writers disguise a name or number to get it past a screen: leetspeak (`L3na`), doubled
//! letters (`Leenaa`), other scripts (`Лена`, `קרקוב`), and digits written as words ("nine eight…", "neun
//! acht…", "नौ आठ…"). Pure functions on words; the detector that uses them is `detectors::disguised`.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use crate::normalise::fold;

/// The letter a digit or sign stands for in leetspeak (`L3na`, `4nn4`, `L@ra`).
pub(crate) fn leet(c: char) -> Option<char> {
    Some(match c {
        '0' => 'o',
        '1' | '!' | '|' => 'i',
        '3' => 'e',
        '4' | '@' => 'a',
        '5' | '$' => 's',
        '6' | '9' => 'g',
        '7' => 't',
        '8' => 'b',
        _ => return None,
    })
}

/// Whether a char is a letter of a script other than Latin (where a transliteration is needed to compare).
pub(crate) fn is_other_script(c: char) -> bool {
    !c.is_ascii() && !matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic()
}

/// Whether a char is Chinese, Japanese or Korean, written without spaces between words.
pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

/// Pushes the lower-case ASCII letters a char is written with in Latin letters (`ü` → `u`, `Л` → `l`,
/// `克` → `ke`); nothing for chars without letters.
pub(crate) fn push_latin_letters(c: char, out: &mut String) {
    if c.is_ascii() {
        if c.is_ascii_alphabetic() {
            out.push(c.to_ascii_lowercase());
        }
        return;
    }
    if let Some(latin) = deunicode::deunicode_char(c) {
        out.extend(latin.chars().filter(char::is_ascii_alphabetic).map(|l| l.to_ascii_lowercase()));
    }
}

/// Doubled letters written once ("leenaa" → "lena").
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// The consonant outline of a word in Latin letters, as scripts that write few or no vowels (Hebrew, Arabic)
/// and transliterations agree on it: vowels, `h` and `y` dropped, and sounds that scripts write alike put in
/// one class (b/p/f/v/w, c/k/q/g/x, d/t, s/z/j, l/r, m/n). `vowel_letters` also drops `v` and `w`, which
/// Hebrew and Arabic use for the vowels o and u.
pub(crate) fn outline(latin: &str, vowel_letters: bool) -> String {
    let mut out = String::with_capacity(latin.len());
    let b = latin.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        // "ch", "kh", "ck" are one k; "sh" one s; "th" one t; "ph" one f.
        let next = b.get(i + 1).copied();
        let class = match (c, next) {
            (b'c' | b'k', Some(b'h' | b'k')) => {
                i += 1;
                Some(b'k')
            }
            (b'p', Some(b'h')) => {
                i += 1;
                Some(b'b')
            }
            (b'v' | b'w', _) if vowel_letters => None,
            (b'b' | b'p' | b'f' | b'v' | b'w', _) => Some(b'b'),
            (b'c' | b'k' | b'q' | b'g' | b'x', _) => Some(b'k'),
            (b'd' | b't', _) => Some(b't'),
            (b's' | b'z' | b'j', _) => Some(b's'),
            (b'l' | b'r', _) => Some(b'r'),
            (b'm' | b'n', _) => Some(b'n'),
            _ => None,
        };
        if let Some(k) = class
            && out.as_bytes().last().is_none_or(|&l| l != k)
        {
            out.push(char::from(k));
        }
        i += 1;
    }
    out
}

/// Whether two outlines are the same, or (both of four or more) one sound apart.
pub(crate) fn outlines_meet(a: &str, b: &str) -> bool {
    a == b || (a.len().min(b.len()) >= 4 && within_one_edit(a.as_bytes(), b.as_bytes()))
}

/// Levenshtein distance of at most one, on bytes.
fn within_one_edit(a: &[u8], b: &[u8]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..].iter().rev().zip(b[prefix..].iter().rev()).take_while(|(x, y)| x == y).count();
    a.len().max(b.len()) - prefix - suffix <= 1
}

/// What a number word stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NumberWord {
    /// One digit ("nine", "neun", "नौ").
    Digit(u8),
    /// Two digits ("twelve", "ninety").
    TwoDigits(u8),
    /// A tens word that takes a following digit ("ninety eight" = 98).
    Tens(u8),
    /// "double", "triple": the next digit twice or three times.
    Repeat(u8),
}

/// Languages, as bits, for number words that mean something else in another language ("do" is two in Hindi).
pub(crate) const EN: u16 = 1;
const DE: u16 = 1 << 1;
const FR: u16 = 1 << 2;
const ES: u16 = 1 << 3;
const IT: u16 = 1 << 4;
const PT: u16 = 1 << 5;
const NL: u16 = 1 << 6;
const PL: u16 = 1 << 7;
const HI: u16 = 1 << 8;

/// The language bits of a letter's language tag; every language for an unknown or missing tag.
pub(crate) fn language_bits(language: Option<&str>) -> u16 {
    let bits = match language.and_then(|l| l.get(..2)) {
        Some("en") => EN,
        Some("de") => DE,
        Some("fr") => FR,
        Some("es") => ES,
        Some("it") => IT,
        Some("pt") => PT,
        Some("nl") => NL,
        Some("pl") => PL,
        Some("hi") => HI,
        _ => u16::MAX,
    };
    // Writers mix in English digits whatever their language.
    bits | EN
}

/// Digit words of English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and Hindi (in
/// Devanagari and in Latin letters), with the languages they mean that in.
const DIGIT_WORDS: &[(&str, u8, u16)] = &[
    ("zero", 0, EN | IT | PT | PL),
    ("oh", 0, EN),
    ("one", 1, EN),
    ("two", 2, EN),
    ("three", 3, EN),
    ("four", 4, EN),
    ("five", 5, EN),
    ("six", 6, EN | FR),
    ("seven", 7, EN),
    ("eight", 8, EN),
    ("nine", 9, EN),
    ("null", 0, DE),
    ("eins", 1, DE),
    ("zwei", 2, DE),
    ("zwo", 2, DE),
    ("drei", 3, DE),
    ("vier", 4, DE | NL),
    ("fünf", 5, DE),
    ("sechs", 6, DE),
    ("sieben", 7, DE),
    ("acht", 8, DE | NL),
    ("neun", 9, DE),
    ("zéro", 0, FR),
    ("un", 1, FR),
    ("deux", 2, FR),
    ("trois", 3, FR),
    ("quatre", 4, FR),
    ("cinq", 5, FR),
    ("sept", 7, FR),
    ("huit", 8, FR),
    ("neuf", 9, FR),
    ("cero", 0, ES),
    ("uno", 1, ES | IT),
    ("dos", 2, ES),
    ("tres", 3, ES),
    ("cuatro", 4, ES),
    ("cinco", 5, ES | PT),
    ("seis", 6, ES | PT),
    ("siete", 7, ES),
    ("ocho", 8, ES),
    ("nueve", 9, ES),
    ("due", 2, IT),
    ("tre", 3, IT),
    ("quattro", 4, IT),
    ("cinque", 5, IT),
    ("sei", 6, IT),
    ("sette", 7, IT),
    ("otto", 8, IT),
    ("nove", 9, IT | PT),
    ("um", 1, PT),
    ("dois", 2, PT),
    ("três", 3, PT),
    ("quatro", 4, PT),
    ("sete", 7, PT),
    ("oito", 8, PT),
    ("nul", 0, NL),
    ("een", 1, NL),
    ("twee", 2, NL),
    ("drie", 3, NL),
    ("vijf", 5, NL),
    ("zes", 6, NL),
    ("zeven", 7, NL),
    ("negen", 9, NL),
    ("jeden", 1, PL),
    ("dwa", 2, PL),
    ("trzy", 3, PL),
    ("cztery", 4, PL),
    ("pięć", 5, PL),
    ("sześć", 6, PL),
    ("siedem", 7, PL),
    ("osiem", 8, PL),
    ("dziewięć", 9, PL),
    ("शून्य", 0, HI),
    ("एक", 1, HI),
    ("दो", 2, HI),
    ("तीन", 3, HI),
    ("चार", 4, HI),
    ("पांच", 5, HI),
    ("पाँच", 5, HI),
    ("छह", 6, HI),
    ("छः", 6, HI),
    ("छे", 6, HI),
    ("सात", 7, HI),
    ("आठ", 8, HI),
    ("नौ", 9, HI),
    ("shunya", 0, HI),
    ("shoonya", 0, HI),
    ("ek", 1, HI),
    ("do", 2, HI),
    ("teen", 3, HI),
    ("char", 4, HI),
    ("chaar", 4, HI),
    ("paanch", 5, HI),
    ("panch", 5, HI),
    ("chhe", 6, HI),
    ("chheh", 6, HI),
    ("chah", 6, HI),
    ("saat", 7, HI),
    ("aath", 8, HI),
    ("nau", 9, HI),
];

/// English words for two digits and for tens, and the words that repeat a digit.
const OTHER_WORDS: &[(&str, NumberWord)] = &[
    ("ten", NumberWord::TwoDigits(10)),
    ("eleven", NumberWord::TwoDigits(11)),
    ("twelve", NumberWord::TwoDigits(12)),
    ("thirteen", NumberWord::TwoDigits(13)),
    ("fourteen", NumberWord::TwoDigits(14)),
    ("fifteen", NumberWord::TwoDigits(15)),
    ("sixteen", NumberWord::TwoDigits(16)),
    ("seventeen", NumberWord::TwoDigits(17)),
    ("eighteen", NumberWord::TwoDigits(18)),
    ("nineteen", NumberWord::TwoDigits(19)),
    ("twenty", NumberWord::Tens(2)),
    ("thirty", NumberWord::Tens(3)),
    ("forty", NumberWord::Tens(4)),
    ("fifty", NumberWord::Tens(5)),
    ("sixty", NumberWord::Tens(6)),
    ("seventy", NumberWord::Tens(7)),
    ("eighty", NumberWord::Tens(8)),
    ("ninety", NumberWord::Tens(9)),
    ("double", NumberWord::Repeat(2)),
    ("triple", NumberWord::Repeat(3)),
];

/// The number words of all languages, each with what it stands for and the languages it means that in.
/// Number words by their folded form, with what each stands for and the languages it means that in.
pub(crate) type NumberWords = HashMap<String, (NumberWord, u16), BuildHasherDefault<crate::gazetteer::WordHasher>>;

/// Keyed by their folded form, as the words of a letter are looked up (`शून्य` folds to `शूंय`).
/// (The hash of the word lists: looked up for every word of every letter.)
pub(crate) static NUMBER_WORDS: LazyLock<NumberWords> = LazyLock::new(|| {
    let mut map = NumberWords::default();
    for &(word, digit, langs) in DIGIT_WORDS {
        map.entry(fold(word)).and_modify(|e| e.1 |= langs).or_insert((NumberWord::Digit(digit), langs));
    }
    for &(word, value) in OTHER_WORDS {
        map.entry(fold(word)).or_insert((value, EN));
    }
    for (word, value, langs) in two_digit_words() {
        map.entry(fold(&word)).and_modify(|e| e.1 |= langs).or_insert((value, langs));
    }
    map
});

/// Words for 10–99 in German, French, Spanish, Italian, Portuguese and Dutch, as phone numbers are read out in
/// pairs ("zéro six, quarante et un, dix-sept"), from the number words of `detectors::numbers`: a word of one
/// token ("dix-sept", "veintiocho", "ventotto", "einundvierzig", "eenenveertig") is two digits; in French,
/// Spanish and Portuguese a round ten takes a separate unit after "et", "y" or "e" ("quarante et un", "treinta y
/// dos", "vinte e oito"), so it is a tens word there.
fn two_digit_words() -> Vec<(String, NumberWord, u16)> {
    let languages = [("de", DE), ("fr", FR), ("es", ES), ("it", IT), ("pt", PT), ("nl", NL)];
    let mut out = Vec::new();
    for (lang, bits) in languages {
        for (word, value) in crate::detectors::numbers::valued(lang) {
            if value < 10 || word.contains(' ') {
                continue;
            }
            let tens_word = value % 10 == 0 && value >= 20 && matches!(lang, "fr" | "es" | "pt");
            let meaning = if tens_word { NumberWord::Tens(value / 10) } else { NumberWord::TwoDigits(value) };
            out.push((word, meaning, bits));
        }
    }
    out
}

/// The longest number word in bytes (longer words are looked up no further).
pub(crate) static LONGEST_NUMBER_WORD: LazyLock<usize> =
    LazyLock::new(|| NUMBER_WORDS.keys().map(|w| w.len()).max().unwrap_or(0));

#[cfg(test)]
mod tests {
    use super::*;

    /// A word in lower-case Latin letters: transliterated, leetspeak read as letters, doubled letters written once.
    fn skeleton(word: &str) -> String {
        let mut latin = String::with_capacity(word.len());
        for c in word.chars() {
            match leet(c) {
                Some(l) if !c.is_alphabetic() => latin.push(l),
                _ => push_latin_letters(c, &mut latin),
            }
        }
        collapse(&latin)
    }

    #[test]
    fn skeletons_undo_disguises() {
        assert_eq!(skeleton("L3na"), "lena");
        assert_eq!(skeleton("Leeenaa"), "lena");
        assert_eq!(skeleton("Лена"), "lena");
        assert_eq!(skeleton("Λένα"), "lena");
        assert_eq!(skeleton("Müller"), "muler");
    }

    #[test]
    fn outlines_of_a_town_in_other_scripts_meet() {
        let krakow = outline(&skeleton("Kraków"), false);
        for (word, vowel_letters) in [("Краков", false), ("Κρακοβία", false), ("קרקוב", true), ("كراكوف", true)]
        {
            let other = outline(&skeleton(word), vowel_letters);
            assert!(outlines_meet(&krakow, &other), "{word}: {other} against {krakow}");
        }
        assert!(!outlines_meet(&krakow, &outline("berlin", false)));
    }

    #[test]
    fn number_words_mean_digits_in_their_languages() {
        assert_eq!(NUMBER_WORDS.get("neun"), Some(&(NumberWord::Digit(9), DE)));
        assert_eq!(NUMBER_WORDS.get("नौ").map(|w| w.0), Some(NumberWord::Digit(9)));
        assert!(NUMBER_WORDS.get("vier").is_some_and(|w| w.1 & NL != 0 && w.1 & DE != 0));
        assert_eq!(language_bits(Some("de")) & HI, 0);
        assert_ne!(language_bits(None) & HI, 0);
    }
}
