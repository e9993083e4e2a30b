//! The detectors. Each reads the normalised text (and its words) and returns hits in its byte offsets.

mod ages;
mod contacts;
mod dates;
mod disguised;
mod ids;
mod known;
mod names;
pub(crate) mod numbers;
mod organisations;
mod places;
mod quasi;
mod scripts;

use std::cell::OnceCell;

use crate::pattern::Pattern;
use crate::tokens::Token;
use crate::{Hit, Known};

/// What every detector gets: the normalised text, its words and the language of the letter if given.
#[derive(Debug)]
pub(crate) struct Context<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token<'a>],
    pub language: Option<&'a str>,
    /// Every gazetteer entry found at each word, computed once for all detectors that need it.
    entries: OnceCell<Vec<(usize, usize, u8)>>,
    /// The byte offset of each token, for [`Context::token_at`].
    starts: OnceCell<Vec<usize>>,
    /// The language told from the text when none was given (only for the word lists, not to turn rules off).
    detected: OnceCell<Option<&'static str>>,
    /// Whether the writer starts sentences with capitals, see [`Context::writes_capitals`].
    capitals: OnceCell<bool>,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token<'a>], language: Option<&'a str>) -> Self {
        Context {
            text,
            tokens,
            language,
            entries: OnceCell::new(),
            starts: OnceCell::new(),
            detected: OnceCell::new(),
            capitals: OnceCell::new(),
        }
    }

    /// All gazetteer entries in the text as (first word, end word, kinds), by first word and then by length.
    fn gazetteer_entries(&self) -> &[(usize, usize, u8)] {
        self.entries.get_or_init(|| gazetteer_entries(self.text, self.tokens))
    }

    /// The language whose word lists apply: the one given, or else the one the text shows (told once, on
    /// first use).
    pub fn word_language(&self) -> Option<&str> {
        self.language.or_else(|| *self.detected.get_or_init(|| crate::languages::detect(self.text)))
    }

    /// Whether the writer starts most sentences with a capital (three or more sentences in a cased script). A
    /// writer who does writes names with capitals too, so a lower-case word that is also a town ("prato", "horta")
    /// is the word; one who writes all in lower case ("from swindon") gets no such benefit of the doubt, nor does
    /// Hindi in Latin letters, where towns are often written in lower case ("west dilli se").
    pub fn writes_capitals(&self) -> bool {
        *self.capitals.get_or_init(|| {
            let starts = self.tokens.iter().filter(|t| {
                t.sentence_start && t.text.chars().next().is_some_and(|c| c.is_lowercase() || c.is_uppercase())
            });
            let (mut all, mut capital) = (0, 0);
            for t in starts {
                all += 1;
                capital += usize::from(t.cap);
            }
            all >= 3 && capital * 10 >= all * 7
        })
    }

    /// Whether the letter is in this language, or in an unknown one (then every rule runs).
    pub fn maybe(&self, lang: &str) -> bool {
        self.language.is_none_or(|l| l.starts_with(lang) || !TUNED_LANGUAGES.contains(&first_two_bytes(l)))
    }

    /// The index of the first token starting at or after byte `pos`.
    pub fn token_at(&self, pos: usize) -> usize {
        // A search over the tokens' starts alone: far fewer cache misses than over the tokens themselves.
        let starts = self.starts.get_or_init(|| self.tokens.iter().map(|t| t.start).collect());
        starts.partition_point(|&s| s < pos)
    }
}

/// Compiles a pattern written in this crate (a bad one is a bug caught by the tests).
pub(crate) fn re(pattern: &str) -> Pattern {
    #[allow(clippy::expect_used)]
    Pattern::new(pattern).expect("valid built-in pattern")
}

/// The languages whose letters run only their own language's rules.
const TUNED_LANGUAGES: &[&[u8]] =
    &[b"en", b"de", b"hi", b"es", b"fr", b"it", b"pt", b"nl", b"pl", b"he", b"ja", b"zh", b"ta", b"mr"];

/// The first two bytes of a language tag, however it is written (a tag outside ASCII is another language).
fn first_two_bytes(tag: &str) -> &[u8] {
    tag.as_bytes().get(..2).unwrap_or(tag.as_bytes())
}

/// A made-up letter in English, German and Hindi that touches most rules.
const WARM_UP_LETTER: &str = "Dear friend,\nMy name is Asha and I am 41 years old. I live in Leeds with my son \
Tom, at 12 Mill Road, LS1 4AB. We met Dr. Okafor at St Mary's Hospital on 3 May 2021; call me on +44 7700 900111 \
or write to asha.v@example.org (@asha_v).\nLiebe Grüße aus der Hauptstraße 5, 10115 Berlin, Tel. 0171 2345678.\n\
मेरा नाम आशा है। मैं पुणे में रहती हूँ। मेरी बेटी 12 साल की है। 5 मार्च 2024 को टाटा मेमोरियल अस्पताल गई।\n\
Aadhaar 2363 4837 5689, IBAN DE89 3704 0044 0532 0130 00.\nWith love,\nAsha V.\n";

/// Builds the patterns ahead of the first letter, and runs them once over a sample letter so that their
/// automata already hold the states most letters need.
pub(crate) fn warm_up() {
    let ctx = Context::new("", &[], None);
    let _ = run(&ctx, &Known::default());
    let norm = crate::normalise::Normalised::new(WARM_UP_LETTER);
    let toks = crate::tokens::tokenise(&norm.text);
    let known = Known {
        names: vec!["Asha Verma".into()],
        places: vec!["Leeds".into()],
        organisations: vec!["Mill Road Surgery".into()],
        other: vec!["+44 7700 900111".into()],
    };
    let _ = crate::pattern::with_starts(&norm.text, || run(&Context::new(&norm.text, &toks, None), &known));
}

pub(crate) fn run(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let mut hits = Vec::new();
    hits.extend(known::detect(ctx, known).into_iter().map(Hit::matching_known));
    hits.extend(disguised::detect(ctx, known).into_iter().map(Hit::matching_known));
    hits.extend(contacts::detect(ctx));
    hits.extend(ids::detect(ctx));
    let dates = dates::detect(ctx);
    // A phone-like number that is really a date, or a number after an id label, is not reported twice.
    let mut dated_or_labelled: Vec<Hit> =
        hits.iter().filter(|h| h.reason == "number after an id label").cloned().collect();
    dated_or_labelled.extend(dates.iter().cloned());
    let covered = coverage(ctx.text.len(), &dated_or_labelled);
    hits.retain(|h| {
        !(h.reason.starts_with("phone") && covered.get(h.start..h.end).is_some_and(|b| b.iter().all(|&x| x)))
    });
    hits.extend(dates);
    hits.extend(ages::detect(ctx));
    hits.extend(quasi::detect(ctx));
    hits.extend(organisations::detect(ctx));
    hits.extend(places::detect(ctx));
    hits.extend(scripts::detect(ctx));
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
        || crate::tokens::ABBREVIATIONS.contains(&a.folded.as_ref());
    !gap.is_empty() && gap.len() <= 3 && stop_ok && spaces.chars().all(|c| c == ' ' || c == '\t')
}

/// Longest gazetteer entries (with kinds among `mask`) starting at each word: (first word, end word, kinds).
/// After an entry the search goes on after its last word.
pub(crate) fn gazetteer_runs(ctx: &Context<'_>, mask: u8) -> Vec<(usize, usize, u8)> {
    let all = ctx.gazetteer_entries();
    let mut out = Vec::new();
    let mut i = 0;
    let mut k = 0;
    while i < ctx.tokens.len() {
        while all.get(k).is_some_and(|e| e.0 < i) {
            k += 1;
        }
        let best = all[k..]
            .iter()
            .take_while(|e| e.0 == i)
            .filter(|e| e.2 & mask != 0)
            .last()
            .map(|&(a, b, kinds)| (a, b, kinds & mask));
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

/// Every gazetteer entry starting at each word: the words joined as in a name ("St. Louis", "New Delhi"), the
/// last one without a possessive. A longer run is tried only while some entry starts with the words so far.
fn gazetteer_entries(text: &str, toks: &[Token<'_>]) -> Vec<(usize, usize, u8)> {
    let g = crate::gazetteer::Gazetteer::get();
    let mut out = Vec::new();
    let mut key = String::new();
    for i in 0..toks.len() {
        key.clear();
        for j in i..toks.len().min(i + g.max_words) {
            if j > i {
                if !joined(text, &toks[j - 1], &toks[j]) {
                    break;
                }
                key.push(' ');
            }
            let len = key.len();
            key.push_str(toks[j].base());
            let (kinds, mut starts) = g.look_up(&key);
            if kinds != 0 {
                out.push((i, j + 1, kinds));
            }
            // Without a possessive the word is its base: the same key, already looked up.
            if toks[j].base().len() != toks[j].folded.len() {
                key.truncate(len);
                key.push_str(&toks[j].folded);
                starts = g.starts_an_entry(&key);
            }
            if !starts {
                break;
            }
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
    i > 0 && PLACE_WORDS.contains(&ctx.tokens[i - 1].folded.as_ref())
}
