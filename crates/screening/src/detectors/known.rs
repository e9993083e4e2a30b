//! Identifiers of the parties given to the screen: names in any case and inflection, initials, places,
//! organisations, phone numbers, e-mail addresses and other strings.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use regex::Regex;

use super::{Context, joined};
use crate::gazetteer::{Gazetteer, key_of};
use crate::normalise::fold;
use crate::pattern::Pattern;
use crate::{Category, Hit, Known};

/// Endings a name takes in a letter: German genitive, honorifics and Hindi case endings written on.
const ENDINGS: &[&str] = &["s", "es", "'s", "ji", "जी", "ne", "ko", "ka", "ki", "ke", "n", "sji", "er", "ern", "ers"];

/// Titles written with a name ("Dr. Priya Sharma") that are no part of it.
pub(super) const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "shri",
    "sri",
    "smt",
    "kumari",
    "herr",
    "frau",
    "jr",
    "sr",
    "ji",
    "श्री",
    "श्रीमती",
    "डॉ",
    "जी",
];

/// Generic words of organisation names that say nothing on their own.
pub(super) const GENERIC: &[&str] = &[
    "hospital",
    "clinic",
    "centre",
    "center",
    "medical",
    "university",
    "school",
    "college",
    "institute",
    "the",
    "of",
    "and",
    "klinik",
    "klinikum",
    "krankenhaus",
    "universität",
    "schule",
    "ltd",
    "inc",
    "gmbh",
    "park",
    "road",
    "street",
    "city",
    "new",
    "north",
    "south",
    "east",
    "west",
    "cancer",
    "research",
    "health",
    "care",
    "memorial",
    "general",
];

pub(super) fn detect(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let mut hits = Vec::new();
    let g = Gazetteer::get();
    let part_list = |items: &[String], skip_generic: bool| -> Vec<String> {
        let mut parts: Vec<String> = Vec::new();
        for item in items {
            let words: Vec<String> = crate::tokens::tokenise(item).into_iter().map(|t| t.folded.into_owned()).collect();
            let alone = words.len() == 1;
            parts.extend(
                words
                    .into_iter()
                    .filter(|p| p.chars().count() >= 2 && p.chars().any(char::is_alphabetic))
                    .filter(|p| !TITLES.contains(&p.as_str()))
                    // "di" of "Scotto di Perta", "de" of "Policlinico de…": a particle alone is everywhere in a letter.
                    .filter(|p| alone || !super::names::CONNECTORS.contains(&p.as_str()))
                    // A one-word entry counts whatever it is; in a longer one, "Hospital" or "Park" alone does not.
                    .filter(|p| alone || !skip_generic || (!GENERIC.contains(&p.as_str()) && !g.is_common(p))),
            );
        }
        parts.sort();
        parts.dedup();
        parts
    };
    let name_parts = Parts::new(part_list(&known.names, false));
    let place_parts = Parts::new(part_list(&known.places, true));
    let org_parts = Parts::new(part_list(&known.organisations, true));

    // Whole entries first (a full name, "Ruby Hall Clinic"), then single words.
    let mut wholes: Vec<(String, Category, &str, bool)> = known
        .names
        .iter()
        .map(|s| (s, Category::Person, "matches a known name given to the screen"))
        .chain(known.places.iter().map(|s| (s, Category::Location, "matches a known place given to the screen")))
        .chain(
            known
                .organisations
                .iter()
                .map(|s| (s, Category::Organization, "matches a known organisation given to the screen")),
        )
        .map(|(s, c, r)| (key_of(s), c, r, false))
        .filter(|(k, _, _, _)| k.contains(' '))
        .collect();
    // Letters shorten an organisation to its first words ("Tata Memorial", "Alder Hey"): written with
    // capitals, and not only generic words ("University of").
    for organisation in &known.organisations {
        let key = key_of(organisation);
        let words: Vec<&str> = key.split(' ').collect();
        for n in 2..words.len() {
            let prefix = &words[..n];
            if prefix.iter().all(|w| GENERIC.contains(w)) {
                continue;
            }
            let last = prefix[n - 1];
            let last = last.strip_suffix("'s").unwrap_or(last);
            let short = format!("{} {last}", prefix[..n - 1].join(" "));
            let reason = "the start of a known organisation's name given to the screen";
            wholes.push((short, Category::Organization, reason, true));
        }
    }
    for (key, category, reason, capitals) in &wholes {
        let words: Vec<&str> = key.split(' ').collect();
        let n = words.len();
        for i in 0..ctx.tokens.len().saturating_sub(n - 1) {
            // Most words are not the first word of the entry: tell them apart before looking further.
            if n > 1 && ctx.tokens[i].folded != words[0] {
                continue;
            }
            let run = &ctx.tokens[i..i + n];
            let same = run.iter().zip(&words).enumerate().all(|(x, (t, w))| {
                let word = if x + 1 == n { t.base() } else { t.folded.as_ref() };
                word == *w
            });
            let written_as_name = !capitals || run.iter().all(|t| t.cap || !t.is_alpha());
            if same && written_as_name && run.windows(2).all(|w| joined(ctx.text, &w[0], &w[1])) {
                hits.push(Hit::new(run[0].start, run[n - 1].end, *category, 0.99, reason));
            }
        }
    }

    for t in ctx.tokens {
        let word = t.folded.as_ref();
        if let Some(how) = matches_part(word, &name_parts) {
            let reason = match how {
                Match::Exact => "matches part of a known name given to the screen",
                Match::Inflected => "inflected form of a known name given to the screen",
                Match::Close => "close spelling of a known name given to the screen",
            };
            // A name that is also an ordinary word ("Hope", "Will") in lower case is a weaker match.
            let confidence = match how {
                Match::Close => 0.7,
                _ if !t.cap && !t.devanagari && g.is_common(t.base()) => 0.4,
                _ => 0.95,
            };
            hits.push(Hit::new(t.start, t.end, Category::Person, confidence, reason));
        } else if matches_part(word, &place_parts).is_some() {
            hits.push(Hit::new(t.start, t.end, Category::Location, 0.9, "matches a known place given to the screen"));
        } else if matches_part(word, &org_parts).is_some() {
            hits.push(Hit::new(t.start, t.end, Category::Organization, 0.9, "matches part of a known organisation"));
        }
    }

    hits.extend(other_script(ctx, &known.names));
    hits.extend(initials(ctx, &known.names));
    hits.extend(phones(ctx, known));
    hits.extend(literals(ctx, known));
    hits
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Match {
    Exact,
    Inflected,
    Close,
}

/// The words of known identifiers, sorted, with their lengths in chars.
struct Parts {
    words: Vec<String>,
    chars: Vec<usize>,
    /// The first bytes of the words: a word starting otherwise can only be one letter away from a long one.
    first_bytes: [bool; 256],
    /// Some word is long enough (six chars) for a match one letter away.
    any_long: bool,
}

impl Parts {
    fn new(words: Vec<String>) -> Parts {
        let chars: Vec<usize> = words.iter().map(|w| w.chars().count()).collect();
        let mut first_bytes = [false; 256];
        for w in &words {
            if let Some(&b) = w.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        let any_long = chars.iter().any(|&c| c >= 6);
        Parts { words, chars, first_bytes, any_long }
    }
}

/// Whether a folded word is one of `parts`, an inflected form of one, or one letter away from a long one.
fn matches_part(word: &str, parts: &Parts) -> Option<Match> {
    if parts.words.is_empty() {
        return None;
    }
    let base = word.strip_suffix("'s").or_else(|| word.strip_suffix('\'')).unwrap_or(word);
    // Equal or inflected words start with the same byte; a word one letter away from a word of six chars or
    // more has at least five chars (so five bytes). Most words of a letter are neither.
    let same_start = base.as_bytes().first().is_some_and(|&b| parts.first_bytes[usize::from(b)]);
    let may_be_close = parts.any_long && base.len() >= 5;
    if !same_start && !may_be_close {
        return None;
    }
    if parts.words.binary_search_by(|p| p.as_str().cmp(base)).is_ok() {
        return Some(Match::Exact);
    }
    let base_chars = base.chars().count();
    for (p, &p_chars) in parts.words.iter().zip(&parts.chars) {
        if let Some(rest) = base.strip_prefix(p.as_str())
            && p_chars >= 3
            && ENDINGS.contains(&rest)
        {
            return Some(Match::Inflected);
        }
        if p_chars >= 6 && p_chars.abs_diff(base_chars) <= 1 && within_one_edit(p, base) {
            return Some(Match::Close);
        }
    }
    None
}

/// Levenshtein distance of at most one (without collecting the chars: it runs for many words of a letter).
fn within_one_edit(a: &str, b: &str) -> bool {
    let (a_len, b_len) = (a.chars().count(), b.chars().count());
    if a_len.abs_diff(b_len) > 1 {
        return false;
    }
    // The common prefix, in chars and in bytes (the same bytes in both words).
    let (mut prefix, mut prefix_bytes) = (0, 0);
    for (x, y) in a.chars().zip(b.chars()) {
        if x != y {
            break;
        }
        prefix += 1;
        prefix_bytes += x.len_utf8();
    }
    let suffix =
        a[prefix_bytes..].chars().rev().zip(b[prefix_bytes..].chars().rev()).take_while(|(x, y)| x == y).count();
    a_len.max(b_len) - prefix - suffix <= 1
}

/// A known name written in the other script: "Priya" in the list, "प्रिया" in the letter, or the reverse.
fn other_script(ctx: &Context<'_>, names: &[String]) -> Vec<Hit> {
    let mut keys: Vec<(String, bool)> = Vec::new();
    for name in names {
        for t in crate::tokens::tokenise(name) {
            if let Some(k) = crate::translit::sound_key(t.text) {
                keys.push((k, t.devanagari));
            }
        }
    }
    if keys.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    let latin_keys = keys.iter().any(|(_, dev)| !dev);
    let devanagari_keys = keys.iter().any(|(_, dev)| *dev);
    for t in ctx.tokens {
        // Only a word in the other script than a key can match it.
        if !(if t.devanagari { latin_keys } else { devanagari_keys }) {
            continue;
        }
        // "प्रिय" (dear) opens most Hindi letters; a frequent word is no sign of "Priya".
        if t.devanagari && Gazetteer::get().is_common(&t.folded) {
            continue;
        }
        let Some(k) = crate::translit::sound_key(t.text.trim_end_matches("'s")) else {
            continue;
        };
        if keys.iter().any(|(key, dev)| *key == k && *dev != t.devanagari) {
            let reason = "a known name given to the screen, in the other script";
            hits.push(Hit::new(t.start, t.end, Category::Person, 0.8, reason));
        }
    }
    hits
}

/// "P. S.", "P.S.", "PS" for a known "Priya Sharma" (two or three initials, upper case).
fn initials(ctx: &Context<'_>, names: &[String]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for name in names {
        let letters: Vec<String> = name
            .split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(|c| c.is_alphabetic())
            .map(|c| c.to_uppercase().to_string())
            .collect();
        if !(2..=3).contains(&letters.len()) {
            continue;
        }
        if !may_hold_initials(ctx.text, &letters) {
            continue;
        }
        let escaped: Vec<String> = letters.iter().map(|l| regex::escape(l)).collect();
        let pattern = format!(r"\b{}\b\.?", escaped.join(r"\.?\s?"));
        if let Ok(re) = Regex::new(&pattern) {
            for m in re.find_iter(ctx.text) {
                hits.push(Hit::new(
                    m.start(),
                    m.end(),
                    Category::Person,
                    0.8,
                    "initials of a known name given to the screen",
                ));
            }
        }
    }
    hits
}

/// A run of digits and the separators numbers are written with.
static NUMBER_RUN: LazyLock<Pattern> = LazyLock::new(|| super::re(r"\+?\d[\d \-./()]*\d"));

/// Whether the first two initials appear one after the other (with at most a full stop and one other char
/// between them): a quick test before the exact pattern is built.
fn may_hold_initials(text: &str, letters: &[String]) -> bool {
    let (Some(first), Some(second)) = (letters.first(), letters.get(1)) else {
        return false;
    };
    text.match_indices(first.as_str()).any(|(at, _)| {
        let rest = &text[at + first.len()..];
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        let mut skip_one = rest.chars();
        skip_one.next();
        rest.starts_with(second.as_str()) || skip_one.as_str().starts_with(second.as_str())
    })
}

/// Known phone numbers in any formatting: the same last digits, whatever the separators and prefix.
fn phones(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let wanted: Vec<String> = known
        .other
        .iter()
        .map(|s| crate::normalise::Normalised::new(s).text.chars().filter(char::is_ascii_digit).collect::<String>())
        .filter(|d| d.len() >= 6)
        .collect();
    if wanted.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for m in NUMBER_RUN.find_iter(ctx.text) {
        let digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        let hit = wanted.iter().any(|w| {
            let tail = &w[w.len().saturating_sub(10)..];
            digits.ends_with(tail) || (digits.len() >= 7 && w.ends_with(&digits))
        });
        if hit {
            hits.push(Hit::new(
                m.start(),
                m.end(),
                Category::Contact,
                0.98,
                "matches a known number given to the screen",
            ));
        }
    }
    hits
}

/// Other known strings (e-mail addresses, donor numbers, dates as written), found in any ASCII case.
fn literals(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let patterns: Vec<String> =
        known.other.iter().map(|s| s.trim().to_string()).filter(|s| s.chars().count() >= 3).collect();
    if patterns.is_empty() {
        return Vec::new();
    }
    // Built for every letter: a contiguous NFA builds in a fraction of a DFA's time and searches nearly as fast.
    let Ok(ac) = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(&patterns)
    else {
        return Vec::new();
    };
    let mut hits: Vec<Hit> = ac
        .find_iter(ctx.text)
        .map(|m| Hit::new(m.start(), m.end(), Category::Other, 0.97, "matches a known identifier given to the screen"))
        .collect();
    // Non-ASCII identifiers in another case: found in the folded text, mapped back through its offsets.
    // (ASCII identifiers were found above, in any case.)
    if !patterns.iter().all(|p| p.is_ascii()) {
        let (folded_text, origin) = crate::normalise::fold_mapped(ctx.text);
        let folded: Vec<String> = patterns.iter().map(|p| fold(p)).collect();
        if let Ok(ac) = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::LeftmostLongest)
            .build(&folded)
        {
            for m in ac.find_iter(&folded_text) {
                if let Some((start, end)) = crate::normalise::unfold_range(ctx.text, &origin, m.start(), m.end()) {
                    hits.push(Hit::new(
                        start,
                        end,
                        Category::Other,
                        0.97,
                        "matches a known identifier given to the screen",
                    ));
                }
            }
        }
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_and_parts() {
        assert!(within_one_edit("sharma", "sharmaa"));
        assert!(!within_one_edit("sharma", "verma"));
        assert!(
            within_one_edit("müller", "muller") && within_one_edit("प्रिया", "प्रिय") && !within_one_edit("aaa", "bbb")
        );
        assert!(within_one_edit("anna", "ana") && within_one_edit("", "x") && !within_one_edit("ab", "ba"));
        let parts = Parts::new(vec!["priya".to_string(), "sharma".to_string()]);
        assert_eq!(matches_part("priyas", &parts), Some(Match::Inflected));
        assert_eq!(matches_part("priya's", &parts), Some(Match::Exact));
        assert_eq!(matches_part("sharmaji", &parts), Some(Match::Inflected));
        assert_eq!(matches_part("pri", &parts), None);
    }
}
