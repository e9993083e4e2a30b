//! What the screen knows of each language it is tuned for: the frequent words of the language (see
//! `data/common/` and data/PROVENANCE.md), so that a capitalised ordinary word of a Spanish or Polish letter is
//! not taken for a name.

use std::sync::LazyLock;

use crate::gazetteer::{FixedWords, data_lines, fixed_words};

macro_rules! common_list {
    ($name:ident, $file:literal) => {
        static $name: LazyLock<FixedWords> =
            LazyLock::new(|| fixed_words(&data_lines(include_str!(concat!("../data/common/", $file)))));
    };
}

common_list!(DE, "de.txt");
common_list!(ES, "es.txt");
common_list!(FR, "fr.txt");
common_list!(IT, "it.txt");
common_list!(PT, "pt.txt");
common_list!(NL, "nl.txt");
common_list!(PL, "pl.txt");
common_list!(HE, "he.txt");

/// Polish past-tense endings ("Zapisałem", "Modliliśmy"), too many forms for a frequency list.
const POLISH_PAST: &[&str] = &["łem", "łam", "łeś", "łaś", "liśmy", "łyśmy", "liście", "łyście"];

/// Romance verbs with a clitic joined by a hyphen ("Escrevo-lhe", "Inscrevi-me", "Dímelo" is one word).
const CLITICS: &[&str] = &["-me", "-te", "-se", "-lhe", "-lhes", "-nos", "-vos", "-o", "-a", "-los", "-las"];

/// Whether a folded word at a sentence start is by its form a verb of the language, not a name.
pub(crate) fn verb_form(lang: &str, folded: &str) -> bool {
    match lang.get(..2) {
        Some("pl") => folded.chars().count() > 5 && POLISH_PAST.iter().any(|e| folded.ends_with(e)),
        Some("pt" | "es" | "fr" | "it") => CLITICS.iter().any(|c| folded.ends_with(c)),
        _ => false,
    }
}

/// How much of a letter without a language tag is read to tell its language.
const DETECT_SAMPLE_BYTES: usize = 4096;

/// How sure whatlang must be of a letter's language.
const MIN_CONFIDENCE: f64 = 0.5;

/// The language of a letter that came without a tag, when its first kilobytes say so clearly; only the languages
/// the screen is tuned for count.
pub(crate) fn detect(text: &str) -> Option<&'static str> {
    use whatlang::Lang;
    let sample = &text[..text.floor_char_boundary(DETECT_SAMPLE_BYTES.min(text.len()))];
    let info = whatlang::detect(sample)?;
    // whatlang's own "reliable" wants long texts; a short letter that leans clearly one way is enough here, as
    // the lists only tell ordinary words at sentence starts.
    if info.confidence() < MIN_CONFIDENCE {
        return None;
    }
    Some(match info.lang() {
        Lang::Eng => "en",
        Lang::Deu => "de",
        Lang::Spa => "es",
        Lang::Fra => "fr",
        Lang::Ita => "it",
        Lang::Por => "pt",
        Lang::Nld => "nl",
        Lang::Pol => "pl",
        Lang::Heb => "he",
        Lang::Jpn => "ja",
        Lang::Cmn => "zh",
        Lang::Tam => "ta",
        Lang::Mar => "mr",
        Lang::Hin => "hi",
        _ => return None,
    })
}

/// The frequent words of a language (its two-letter tag), built on first use.
pub(crate) fn common_words(lang: &str) -> Option<&'static FixedWords> {
    Some(match lang.get(..2)? {
        "de" => &DE,
        "es" => &ES,
        "fr" => &FR,
        "it" => &IT,
        "pt" => &PT,
        "nl" => &NL,
        "pl" => &PL,
        "he" => &HE,
        _ => return None,
    })
}

/// Whether a folded word is a frequent word of the language; an elided article or pronoun is looked through
/// ("j'ai", "l'ospedale", "d'abord").
pub(crate) fn is_common_in(lang: &str, folded: &str) -> bool {
    let Some(words) = common_words(lang) else { return false };
    if words.contains(folded) {
        return true;
    }
    match folded.split_once('\'') {
        Some((head, tail)) if head.chars().count() <= 3 && !tail.is_empty() => words.contains(tail),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frequent_words_by_language() {
        assert!(is_common_in("es", "cuando"));
        assert!(is_common_in("fr", "j'ai"));
        assert!(is_common_in("pl", "dziękuję"));
        assert!(!is_common_in("es", "zorblat"));
        assert!(!is_common_in("xx", "cuando"));
        assert!(verb_form("pl", "zarejestrowałem"));
        assert!(verb_form("pt", "escrevo-lhe"));
        assert!(!verb_form("pl", "michał"));
    }

    #[test]
    fn tells_the_language_of_an_untagged_letter() {
        assert_eq!(
            detect("Querido donante, cuando me dijeron que habías donado tus células lloré de alegría."),
            Some("es")
        );
        assert_eq!(
            detect("Drogi dawco, dziękuję Ci z całego serca za to, że zdecydowałeś się oddać szpik."),
            Some("pl")
        );
        assert_eq!(detect("ok"), None);
    }
}
