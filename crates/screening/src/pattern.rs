//! Regular expressions that stay fast on text outside ASCII.
//!
//! The fast engines of `regex` (the lazy DFA) cannot decide a Unicode word boundary (`\b`) next to a char
//! outside ASCII, so on German or Hindi text a pattern with `\b` falls back to the slow engines, which then
//! crawl over the whole text looking for the next match. A [`Pattern`] keeps a second, *relaxed* copy of its
//! expression with the Unicode word boundaries left out. Every match of the real expression is also a match
//! of the relaxed one, so the relaxed copy (run by the lazy DFA at full speed) finds the only places where a
//! real match can start, and bounds how far it can reach. The real expression is then run anchored at each
//! such place, on that short stretch only (look-arounds still see the whole text). The matches are exactly
//! those of `find_iter`/`captures_iter` of the real expression.
//!
//! Two cheaper tests come first where they apply: a pattern whose matches can only start with rarer chars
//! (digits, capitals, `@`, `+`…) looks for those chars directly instead of running the relaxed copy, and a
//! pattern whose every match ends with one of a few words is skipped on a text that holds none of them.
//!
//! While a letter is screened ([`with_starts`]), the patterns also share work done once per letter instead of
//! once per pattern. Patterns whose every match starts with one of a few literals of two or more bytes
//! ("dear", "passport", the month names, or after `(?m)^[ \t]*` the closing words) are tried only where one
//! Aho-Corasick pass over the letter found one of their literals. Patterns with rare first chars look only at
//! one shared list of the places of chars that are not lower-case ASCII letters or spaces. A place where a
//! pattern's leading `\b` cannot hold (inside a word) is not tried.
//!
//! A pattern with none of these but a rare char or a word of a few that every match holds inside (`@` in an
//! e-mail address, a digit in an age, "straße" in a street name) is tried only just before those: the part of
//! the expression before the char or word, reversed, tells how far back from each a match can start
//! ([`RareInner`]). The words join the shared literal pass. Where the chars or words are too many, the pattern
//! runs its own pass. Tests compare all of this with `regex`.
//!
//! No match spans more than [`MAX_MATCH`] bytes, and no search looks further than that past the place it tries,
//! so that the work stays linear in the length of the text: without the bound, a pattern tried at every place of
//! a long run (`1-1-1-…`) scanned from each to the end of the run. On texts with no longer match the matches are
//! exactly those of `regex`.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use aho_corasick::AhoCorasick;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input, MatchKind, Span};
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{Capture, Class, Hir, HirKind, Look, Repetition};

/// A match of a [`Pattern`] (or a capture group of one): byte offsets into the searched text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Found<'t> {
    pub fn start(&self) -> usize {
        self.start
    }

    pub fn end(&self) -> usize {
        self.end
    }

    pub fn as_str(&self) -> &'t str {
        self.text.get(self.start..self.end).unwrap_or("")
    }
}

/// The capture groups of one match (group 0 is the whole match).
#[derive(Debug, Clone)]
pub(crate) struct Groups<'t> {
    text: &'t str,
    spans: Vec<Option<Span>>,
}

impl<'t> Groups<'t> {
    pub fn get(&self, i: usize) -> Option<Found<'t>> {
        let span = (*self.spans.get(i)?)?;
        Some(Found { text: self.text, start: span.start, end: span.end })
    }

    /// All groups in order, `None` for those that did not take part.
    pub fn iter(&self) -> impl Iterator<Item = Option<Found<'t>>> + '_ {
        (0..self.spans.len()).map(|i| self.get(i))
    }
}

/// The relaxed copy and what it needs: the copy for finding starts, and a DFA reporting the longest match
/// of the copy from a given start (the furthest a real match starting there can reach).
#[derive(Debug)]
struct Relaxed {
    find: Regex,
    longest: DFA,
    caches: Mutex<Vec<Cache>>,
    /// The chars a match can start with, when they are few enough to look for them directly.
    first: Option<FirstChars>,
}

/// A set of chars, for finding the places where a match can start without running an automaton.
#[derive(Debug)]
struct FirstChars {
    /// Per byte: an ASCII char of the set, or the first byte of some char of the set outside ASCII.
    bytes: [bool; 256],
    /// Sorted, non-overlapping ranges of chars outside ASCII.
    other: Vec<(char, char)>,
}

impl FirstChars {
    /// Whether a char outside ASCII is in the set.
    fn contains_other(&self, c: char) -> bool {
        let i = self.other.partition_point(|&(_, hi)| hi < c);
        self.other.get(i).is_some_and(|&(lo, _)| lo <= c)
    }

    /// Whether a byte can start a char of some set: a set never holds lower-case ASCII letters or spaces (see
    /// [`FirstChars::for_hir`]), and a char never starts with a continuation byte.
    fn may_start(b: u8) -> bool {
        !(b.is_ascii_lowercase() || matches!(b, b' ' | b'\t' | b'\n' | 0x80..=0xBF))
    }

    /// Like [`FirstChars::next_in`], looking only at `places` (from `places[*next]` on), which hold every
    /// offset whose byte passes [`FirstChars::may_start`].
    fn next_among(&self, text: &str, from: usize, places: &[usize], next: &mut usize) -> Option<usize> {
        let bytes = text.as_bytes();
        while let Some(&i) = places.get(*next) {
            if i >= from && self.bytes[usize::from(bytes[i])] {
                if bytes[i].is_ascii() {
                    return Some(i);
                }
                let c = text.get(i..).and_then(|r| r.chars().next())?;
                if self.contains_other(c) {
                    return Some(i);
                }
            }
            *next += 1;
        }
        None
    }

    /// The first byte offset at or after `from` where a char of the set starts.
    fn next_in(&self, text: &str, from: usize) -> Option<usize> {
        let bytes = text.as_bytes();
        let mut i = from;
        loop {
            i += bytes.get(i..)?.iter().position(|&b| self.bytes[usize::from(b)])?;
            if bytes[i].is_ascii() {
                return Some(i);
            }
            let c = text.get(i..).and_then(|r| r.chars().next())?;
            if self.contains_other(c) {
                return Some(i);
            }
            i += c.len_utf8();
        }
    }

    /// The chars that can start a match of `hir` and whether it can match the empty string; `None` when the
    /// expression works on bytes rather than chars.
    fn of(hir: &Hir) -> Option<(Vec<(char, char)>, bool)> {
        Some(match hir.kind() {
            HirKind::Empty | HirKind::Look(_) => (Vec::new(), true),
            HirKind::Literal(lit) => {
                let c = std::str::from_utf8(&lit.0).ok()?.chars().next()?;
                (vec![(c, c)], false)
            }
            HirKind::Class(Class::Unicode(class)) => {
                (class.ranges().iter().map(|r| (r.start(), r.end())).collect(), false)
            }
            HirKind::Class(Class::Bytes(_)) => return None,
            HirKind::Repetition(r) => {
                let (set, empty) = FirstChars::of(&r.sub)?;
                (set, empty || r.min == 0)
            }
            HirKind::Capture(c) => FirstChars::of(&c.sub)?,
            HirKind::Concat(subs) => {
                let mut set = Vec::new();
                for sub in subs {
                    let (s, empty) = FirstChars::of(sub)?;
                    set.extend(s);
                    if !empty {
                        return Some((set, false));
                    }
                }
                (set, true)
            }
            HirKind::Alternation(subs) => {
                let mut set = Vec::new();
                let mut any_empty = false;
                for sub in subs {
                    let (s, empty) = FirstChars::of(sub)?;
                    set.extend(s);
                    any_empty |= empty;
                }
                (set, any_empty)
            }
        })
    }

    /// The set for `hir`, if matches cannot be empty and cannot start with a lower-case ASCII letter or a
    /// space (then the set is rare enough in letters to be worth looking for).
    fn for_hir(hir: &Hir) -> Option<FirstChars> {
        let (mut ranges, empty) = FirstChars::of(hir)?;
        if empty {
            return None;
        }
        ranges.sort_unstable();
        let mut ascii = [false; 128];
        let mut other: Vec<(char, char)> = Vec::new();
        for (lo, hi) in ranges {
            for c in lo..=hi.min('\u{7F}') {
                ascii[c as usize] = true;
            }
            let lo = lo.max('\u{80}');
            if lo > hi {
                continue;
            }
            match other.last_mut() {
                Some(last) if u32::from(lo) <= u32::from(last.1) + 1 => last.1 = last.1.max(hi),
                _ => other.push((lo, hi)),
            }
        }
        let common = (b'a'..=b'z').chain([b' ', b'\t', b'\n']).any(|b| ascii[usize::from(b)]);
        if common {
            return None;
        }
        let mut bytes = [false; 256];
        bytes[..128].copy_from_slice(&ascii);
        for &(lo, hi) in &other {
            for b in first_byte(lo)..=first_byte(hi) {
                bytes[usize::from(b)] = true;
            }
        }
        Some(FirstChars { bytes, other })
    }
}

/// The first byte of a char's UTF-8 form; it grows with the char, so a range of chars covers a range of them.
fn first_byte(c: char) -> u8 {
    c.encode_utf8(&mut [0; 4]).as_bytes()[0]
}

/// A compiled regular expression; see the module documentation.
#[derive(Debug)]
pub(crate) struct Pattern {
    exact: Regex,
    relaxed: Option<Relaxed>,
    /// Words one of which ends every match: a text holding none of them has no match.
    endings: Option<AhoCorasick>,
    /// The place of the pattern's start literals in the shared index, if every match starts with one of them.
    slot: Option<usize>,
    /// Every match starts at a word boundary (`\b…`): a place inside a word or a number is not tried.
    word_start: bool,
    /// A rare char every match holds, for a pattern that has neither start literals nor rare first chars.
    rare_inner: Option<RareInner>,
}

/// A set of rare chars one of which every match holds, and what can come before it in a match: a match starts
/// at most as far back from a rare char as that part reaches, so only such places need to be tried (for an
/// e-mail address the word before an `@`, for an age a cue word and spaces before a number).
#[derive(Debug)]
struct RareInner {
    /// The ASCII rare chars, and the first bytes of those outside ASCII (each passes [`FirstChars::may_start`]).
    rare: [bool; 256],
    /// The rare chars outside ASCII, sorted.
    rare_other: Vec<(char, char)>,
    /// The slot of the words one of which every match holds (instead of or besides the rare chars), in the
    /// shared literal pass.
    words_slot: Option<usize>,
    /// The bytes of the chars that can come right before the rare char (every byte outside ASCII if any such
    /// char can): when the byte before a rare char is none of them, only the rare char's own place is tried.
    before: [bool; 256],
    /// The part of a match before the rare char, reversed, reporting how far back it can reach.
    back: DFA,
    caches: Mutex<Vec<Cache>>,
    /// The bytes a match can start with (the first bytes of chars outside ASCII).
    first: [bool; 256],
    /// Every match starts at a word boundary: a place between two ASCII word chars is not one.
    word_start: bool,
}

/// What every match of a pattern holds, and the part of the expression before it.
struct Anchor {
    /// Rare chars (each passes [`FirstChars::may_start`]).
    chars: Vec<(char, char)>,
    /// Words of three or more bytes, in lower case (found in any ASCII case).
    words: Vec<Vec<u8>>,
    prefix: Hir,
}

/// How rare a set of words is taken to be, next to a set of chars with as many first bytes: a few words are
/// rarer than the digits, not than an `@` or a dot.
const WORDS_COST: usize = 3;

impl Anchor {
    fn cost(&self) -> usize {
        let mut bytes = [false; 256];
        self.chars.iter().for_each(|&(lo, hi)| mark_first(&mut bytes, lo, hi));
        bytes.iter().filter(|&&b| b).count() + if self.words.is_empty() { 0 } else { WORDS_COST }
    }
}

impl RareInner {
    fn for_hir(hir: &Hir) -> Option<RareInner> {
        let Anchor { chars: mut ranges, words, prefix } = RareInner::of(hir)?;
        let mut rare = [false; 256];
        ranges.iter().for_each(|&(lo, hi)| mark_first(&mut rare, lo, hi));
        ranges.sort_unstable();
        let rare_other =
            ranges.into_iter().filter(|&(_, hi)| !hi.is_ascii()).map(|(lo, hi)| (lo.max('\u{80}'), hi)).collect();
        let mut before = [false; 256];
        chars(&prefix, &mut before);
        let nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().reverse(true).which_captures(WhichCaptures::None))
            .build_from_hir(&relax(&prefix))
            .ok()?;
        let back = DFA::builder()
            .configure(DFA::config().match_kind(MatchKind::All).cache_capacity(CACHE_BYTES))
            .build_from_nfa(nfa)
            .ok()?;
        let mut first = [false; 256];
        match FirstChars::of(hir) {
            Some((ranges, false)) => ranges.into_iter().for_each(|(lo, hi)| mark_first(&mut first, lo, hi)),
            _ => first.fill(true),
        }
        let word_start = starts_at_word_boundary(hir);
        // The words take part in the shared literal pass, as start literals do.
        let words_slot = (!words.is_empty()).then(|| {
            let mut registry = START_LITERALS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            registry.sets.push(StartLiterals { literals: words, lead: None, line_start: false });
            registry.index = None;
            registry.sets.len() - 1
        });
        let caches = Mutex::new(Vec::new());
        Some(RareInner { rare, rare_other, words_slot, before, back, caches, first, word_start })
    }

    /// What every match of `hir` holds (rare chars, or words found by the shared literal pass) and the part of
    /// the expression that comes before it, choosing the rarest where there is a choice.
    fn of(hir: &Hir) -> Option<Anchor> {
        let structural = RareInner::of_parts(hir);
        // A short choice of a few words ("Hospital|Ltd", "(?i:turned|aged)") can stand for itself.
        let words = || {
            if !matches!(hir.kind(), HirKind::Literal(_) | HirKind::Alternation(_)) {
                return None;
            }
            hir.properties().maximum_len().filter(|&n| n <= 64)?;
            let mut extractor = Extractor::new();
            extractor.kind(ExtractKind::Prefix).limit_class(30).limit_total(1000);
            let mut words: Vec<Vec<u8>> =
                extractor.extract(hir).literals()?.iter().map(|l| l.as_bytes().to_ascii_lowercase()).collect();
            words.sort();
            words.dedup();
            // Words of two letters ("is", "me") are too common to be worth looking for.
            let usable = !words.is_empty() && words.len() <= 256 && words.iter().all(|w| w.len() >= 3);
            usable.then(|| Anchor { chars: Vec::new(), words, prefix: Hir::empty() })
        };
        match structural {
            Some(anchor) if anchor.cost() <= WORDS_COST => Some(anchor),
            structural => words().or(structural),
        }
    }

    /// Like [`RareInner::of`], from the parts of `hir` only.
    fn of_parts(hir: &Hir) -> Option<Anchor> {
        let mut chars = Vec::new();
        let prefix = match hir.kind() {
            HirKind::Literal(lit) => {
                let s = std::str::from_utf8(&lit.0).ok()?;
                let (i, c) = s.char_indices().find(|&(_, c)| FirstChars::may_start(first_byte(c)))?;
                chars.push((c, c));
                Hir::literal(&s.as_bytes()[..i])
            }
            HirKind::Class(Class::Unicode(class)) => {
                for r in class.ranges() {
                    if (r.start()..=r.end().min('\u{7F}')).any(|c| !FirstChars::may_start(c as u8)) {
                        return None;
                    }
                    chars.push((r.start(), r.end()));
                }
                Hir::empty()
            }
            HirKind::Repetition(r) if r.min > 0 => return RareInner::of(&r.sub),
            HirKind::Capture(c) => return RareInner::of(&c.sub),
            // Of the parts every match holds, the rarest, then the first.
            HirKind::Concat(subs) => {
                let (i, mut anchor) = subs
                    .iter()
                    .enumerate()
                    .filter_map(|(i, sub)| Some((i, RareInner::of(sub)?)))
                    .min_by_key(|(i, anchor)| (anchor.cost(), *i))?;
                let mut parts = subs[..i].to_vec();
                parts.push(anchor.prefix);
                anchor.prefix = Hir::concat(parts);
                return Some(anchor);
            }
            HirKind::Alternation(subs) => {
                let mut words = Vec::new();
                let mut prefixes = Vec::new();
                for sub in subs {
                    let anchor = RareInner::of(sub)?;
                    chars.extend(anchor.chars);
                    words.extend(anchor.words);
                    prefixes.push(anchor.prefix);
                }
                words.sort();
                words.dedup();
                return Some(Anchor { chars, words, prefix: Hir::alternation(prefixes) });
            }
            _ => return None,
        };
        Some(Anchor { chars, words: Vec::new(), prefix })
    }

    /// The places where a match can start, in order: the rare chars and words and the places as far back before
    /// each as the part before it can reach; `None` when they are too many to be worth trying one by one (as for
    /// start literals). `places` (if given) hold every offset that passes [`FirstChars::may_start`], `words`
    /// the places of the words found by the shared literal pass.
    fn starts(&self, text: &str, places: Option<&[usize]>, words: Option<&[usize]>) -> Option<Rc<[usize]>> {
        let bytes = text.as_bytes();
        let limit = (text.len() / 64).max(16);
        let is_rare = |at: usize| {
            let b = bytes[at];
            if !self.rare[usize::from(b)] || b.is_ascii() {
                return self.rare[usize::from(b)];
            }
            let c = text.get(at..).and_then(|r| r.chars().next()).unwrap_or_default();
            let i = self.rare_other.partition_point(|&(_, hi)| hi < c);
            self.rare_other.get(i).is_some_and(|&(lo, _)| lo <= c)
        };
        let word = |i: usize| bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_';
        let inside_word = |i: usize| self.word_start && i > 0 && word(i - 1) && word(i);
        // A rare char or word that no match can reach back from, and where none can start (the digits after
        // the first of a number, for most patterns), gives no place.
        let useful = |at: usize| {
            at == 0
                || self.before[usize::from(bytes[at - 1])]
                || (self.first[usize::from(bytes[at])] && !inside_word(at))
        };
        // Each other rare char or word gives at least one place (most of the time): too many of them, and
        // finding the places is not worth it.
        let mut rare: Vec<usize> = match places {
            Some(places) => places.iter().copied().filter(|&at| is_rare(at) && useful(at)).take(limit + 1).collect(),
            None => (0..bytes.len()).filter(|&at| is_rare(at) && useful(at)).take(limit + 1).collect(),
        };
        if self.words_slot.is_some() {
            rare.extend(words?.iter().copied().filter(|&at| useful(at)));
            rare.sort_unstable();
            rare.dedup();
        }
        if rare.len() > limit {
            return None;
        }
        let pooled = self.caches.lock().unwrap_or_else(std::sync::PoisonError::into_inner).pop();
        let mut cache = pooled.unwrap_or_else(|| self.back.create_cache());
        let mut out: Vec<usize> = Vec::new();
        let mut sorted = true;
        // The range of places added for the last rare chars, without gaps.
        let mut covered: Option<(usize, usize)> = None;
        let add = |at: usize| {
            if out.len() > limit {
                return;
            }
            let from = if at > 0 && self.before[usize::from(bytes[at - 1])] {
                let input = Input::new(text).span(at.saturating_sub(MAX_MATCH)..at).anchored(Anchored::Yes);
                count_steps(MAX_MATCH.min(at));
                match self.back.try_search_rev(&mut cache, &input) {
                    Ok(Some(m)) => m.offset(),
                    Ok(None) => return,
                    // The automaton gave up: every place as far back as a match can reach.
                    Err(_) => at.saturating_sub(MAX_MATCH),
                }
            } else {
                at
            };
            let mut push = |lo: usize, hi: usize| {
                out.extend((lo..=hi).filter(|&i| self.first[usize::from(bytes[i])] && !inside_word(i)));
            };
            covered = Some(match covered {
                Some((lo, hi)) if from <= hi + 1 => {
                    // A longer reach back than for the chars before: those places are sorted in at the end.
                    if from < lo {
                        push(from, lo - 1);
                        sorted = false;
                    }
                    push(hi + 1, at);
                    (from.min(lo), at.max(hi))
                }
                _ => {
                    push(from, at);
                    (from, at)
                }
            });
        };
        rare.into_iter().for_each(add);
        self.caches.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(cache);
        if !sorted {
            out.sort_unstable();
            out.dedup();
        }
        (out.len() <= limit).then(|| out.into())
    }
}

/// Marks the first bytes of the chars from `lo` to `hi`.
fn mark_first(bytes: &mut [bool; 256], lo: char, hi: char) {
    for c in lo..=hi.min('\u{7F}') {
        bytes[c as usize] = true;
    }
    if !hi.is_ascii() {
        for b in first_byte(lo.max('\u{80}'))..=first_byte(hi) {
            bytes[usize::from(b)] = true;
        }
    }
}

/// Marks the bytes of the chars from `lo` to `hi` (every byte outside ASCII if the range reaches beyond it).
fn mark(bytes: &mut [bool; 256], lo: char, hi: char) {
    for c in lo..=hi.min('\u{7F}') {
        bytes[c as usize] = true;
    }
    if !hi.is_ascii() {
        bytes[0x80..].fill(true);
    }
}

/// Marks the bytes of every char that can occur in a match of `hir`.
fn chars(hir: &Hir, bytes: &mut [bool; 256]) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => match std::str::from_utf8(&lit.0) {
            Ok(s) => s.chars().for_each(|c| mark(bytes, c, c)),
            Err(_) => bytes.fill(true),
        },
        HirKind::Class(Class::Unicode(class)) => class.ranges().iter().for_each(|r| mark(bytes, r.start(), r.end())),
        HirKind::Class(Class::Bytes(_)) => bytes.fill(true),
        HirKind::Repetition(r) => chars(&r.sub, bytes),
        HirKind::Capture(c) => chars(&c.sub, bytes),
        HirKind::Concat(subs) | HirKind::Alternation(subs) => subs.iter().for_each(|s| chars(s, bytes)),
    }
}

/// The start literals of every pattern that has them, by slot, in the order the patterns were built, and the
/// index over them (built again when a pattern was added since).
#[derive(Debug)]
struct Registry {
    sets: Vec<StartLiterals>,
    index: Option<Arc<StartIndex>>,
}

/// What every match of a pattern starts with: optionally a run of some ASCII chars (`[ \t]*` after `^`), then
/// one of the literals.
#[derive(Debug, Clone)]
struct StartLiterals {
    literals: Vec<Vec<u8>>,
    lead: Option<[bool; 128]>,
    /// Every match starts at the start of a line (`(?m)^`).
    line_start: bool,
}

static START_LITERALS: Mutex<Registry> = Mutex::new(Registry { sets: Vec::new(), index: None });

/// One automaton for the start literals of all patterns.
#[derive(Debug)]
struct StartIndex {
    literals: AhoCorasick,
    /// For each literal, the slots of the patterns that it starts.
    slots: Vec<Vec<usize>>,
    /// By slot, the chars of a run that may come before the literal, and whether matches start lines.
    leads: Vec<(Option<[bool; 128]>, bool)>,
}

impl StartIndex {
    /// The index of the patterns built so far.
    fn get() -> Option<Arc<StartIndex>> {
        let mut registry = START_LITERALS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if registry.index.is_none() {
            registry.index = StartIndex::build(&registry.sets).map(Arc::new);
        }
        registry.index.clone()
    }

    fn build(sets: &[StartLiterals]) -> Option<StartIndex> {
        let mut literals: Vec<Vec<u8>> = sets.iter().flat_map(|set| set.literals.iter().cloned()).collect();
        literals.sort();
        literals.dedup();
        let mut slots = vec![Vec::new(); literals.len()];
        for (slot, set) in sets.iter().enumerate() {
            for lit in &set.literals {
                if let Ok(i) = literals.binary_search(lit) {
                    slots[i].push(slot);
                }
            }
        }
        let literals = AhoCorasick::builder().ascii_case_insensitive(true).build(&literals).ok()?;
        Some(StartIndex { literals, slots, leads: sets.iter().map(|set| (set.lead, set.line_start)).collect() })
    }
}

/// Where the start literals of each pattern occur in the letter being screened.
struct Starts {
    /// The address and length of the text, to tell it from other texts the patterns run on.
    text: (usize, usize),
    /// By slot: the byte offsets, in order, or `None` where they are too many to be worth it.
    by_slot: Vec<Option<Rc<[usize]>>>,
    /// The offsets of the chars that any [`FirstChars`] set can hold, in order.
    rare: Rc<[usize]>,
}

thread_local! {
    static STARTS: RefCell<Option<Starts>> = const { RefCell::new(None) };
}

/// Puts back the places of the text screened before (normally none), even if screening panics.
struct RestoreStarts(Option<Starts>);

impl Drop for RestoreStarts {
    fn drop(&mut self) {
        STARTS.set(self.0.take());
    }
}

/// Runs `f` with the start literals of all patterns found in `text` in one pass, and the places of the chars
/// that can start the matches of patterns with rare first chars: the patterns run on `text` inside `f` are tried
/// only at those places.
pub(crate) fn with_starts<R>(text: &str, f: impl FnOnce() -> R) -> R {
    let by_slot = StartIndex::get().map(|index| literal_starts(&index, text)).unwrap_or_default();
    let rare = text.bytes().enumerate().filter(|&(_, b)| FirstChars::may_start(b)).map(|(i, _)| i).collect();
    let current = Starts { text: (text.as_ptr() as usize, text.len()), by_slot, rare };
    let _restore = RestoreStarts(STARTS.replace(Some(current)));
    f()
}

/// By slot, the places in `text` where a match can start by the literals of the index.
fn literal_starts(index: &StartIndex, text: &str) -> Vec<Option<Rc<[usize]>>> {
    let mut by_slot: Vec<Vec<usize>> = vec![Vec::new(); index.leads.len()];
    let bytes = text.as_bytes();
    for m in index.literals.find_overlapping_iter(text) {
        for &slot in &index.slots[m.pattern().as_usize()] {
            let starts = &mut by_slot[slot];
            let (lead, line_start) = &index.leads[slot];
            let starts_line = |at: usize| !line_start || at == 0 || bytes[at - 1] == b'\n';
            if starts_line(m.start()) {
                starts.push(m.start());
            }
            // A match may also start anywhere in a run of the leading chars right before the literal.
            if let Some(lead) = lead {
                let mut at = m.start();
                while at > 0 && lead.get(usize::from(bytes[at - 1])).copied().unwrap_or(false) {
                    at -= 1;
                    if starts_line(at) {
                        starts.push(at);
                    }
                }
            }
        }
    }
    by_slot
        .into_iter()
        .map(|mut starts| {
            // Many places (a literal as common as "at") cost more to try one by one than one automaton pass.
            if starts.len() > text.len() / 64 {
                return None;
            }
            starts.sort_unstable();
            starts.dedup();
            Some(starts.into())
        })
        .collect()
}

/// The literals one of which starts every match of `hir` (lower case, for a search in any ASCII case), if
/// there are at most a few hundred and each has at least two bytes; assertions and an optional run of ASCII
/// chars at the start (`(?m)^[ \t]*`) may come before them.
fn start_literals(hir: &Hir) -> Option<StartLiterals> {
    let (looks, lead, rest) = leading_parts(hir);
    let extract = |class_chars: usize, total: usize| {
        let mut extractor = Extractor::new();
        extractor.kind(ExtractKind::Prefix).limit_class(class_chars).limit_total(total);
        let seq = extractor.extract(&rest);
        let mut lower: Vec<Vec<u8>> = seq.literals()?.iter().map(|l| l.as_bytes().to_ascii_lowercase()).collect();
        lower.sort();
        lower.dedup();
        (!lower.is_empty() && lower.len() <= 256 && lower.iter().all(|l| l.len() >= 2)).then_some(lower)
    };
    // The default limits first; larger ones let a word followed by a space (`\bi\s+am`) or a word in any case
    // (`(?i)thanks`) count, whose literals otherwise stop after one byte or are given up.
    let literals = extract(10, 250).or_else(|| extract(30, 1000))?;
    Some(StartLiterals { literals, lead, line_start: looks.contains(&Look::StartLF) })
}

/// The assertions at the start of `hir`, the chars of an optional run of ASCII chars after them (`^[ \t]*…`),
/// and the rest.
fn leading_parts(hir: &Hir) -> (Vec<Look>, Option<[bool; 128]>, Hir) {
    let HirKind::Concat(subs) = hir.kind() else {
        return (Vec::new(), None, hir.clone());
    };
    let looks: Vec<Look> = subs
        .iter()
        .map_while(|sub| match sub.kind() {
            HirKind::Look(look) => Some(*look),
            _ => None,
        })
        .collect();
    let after_looks = Hir::concat(subs[looks.len()..].to_vec());
    let Some(HirKind::Repetition(run)) = subs.get(looks.len()).map(Hir::kind) else {
        return (looks, None, after_looks);
    };
    let HirKind::Class(Class::Unicode(class)) = run.sub.kind() else {
        return (looks, None, after_looks);
    };
    if run.min > 0 || class.ranges().iter().any(|r| !r.end().is_ascii()) {
        return (looks, None, after_looks);
    }
    let mut chars = [false; 128];
    for r in class.ranges() {
        for c in r.start()..=r.end() {
            chars[c as usize] = true;
        }
    }
    let rest = Hir::concat(subs[looks.len() + 1..].to_vec());
    (looks, Some(chars), rest)
}

/// Whether every match of `hir` starts with a Unicode word boundary (`\b`).
fn starts_at_word_boundary(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Look(Look::WordUnicode) => true,
        HirKind::Concat(subs) => subs.first().is_some_and(starts_at_word_boundary),
        HirKind::Alternation(subs) => subs.iter().all(starts_at_word_boundary),
        HirKind::Capture(c) => starts_at_word_boundary(&c.sub),
        HirKind::Repetition(r) => r.min > 0 && starts_at_word_boundary(&r.sub),
        _ => false,
    }
}

/// Whether a Unicode word boundary holds at byte `at` of `text` (a word char on one side only); `true` where
/// `at` is not a char boundary, so that such a place is never skipped.
fn word_boundary_at(text: &str, at: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..at), text.get(at..)) else {
        return true;
    };
    let word = |c: Option<char>| c.is_some_and(regex_syntax::is_word_character);
    word(before.chars().next_back()) != word(after.chars().next())
}

/// Whether an assertion is a Unicode word boundary (which the lazy DFA cannot decide beyond ASCII).
fn unicode_word_look(look: Look) -> bool {
    matches!(
        look,
        Look::WordUnicode
            | Look::WordUnicodeNegate
            | Look::WordStartUnicode
            | Look::WordEndUnicode
            | Look::WordStartHalfUnicode
            | Look::WordEndHalfUnicode
    )
}

/// The expression with every Unicode word boundary replaced by the empty expression (a superset).
fn relax(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Look(look) if unicode_word_look(*look) => Hir::empty(),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => hir.clone(),
        HirKind::Repetition(r) => {
            Hir::repetition(Repetition { min: r.min, max: r.max, greedy: r.greedy, sub: Box::new(relax(&r.sub)) })
        }
        HirKind::Capture(c) => {
            Hir::capture(Capture { index: c.index, name: c.name.clone(), sub: Box::new(relax(&c.sub)) })
        }
        HirKind::Concat(subs) => Hir::concat(subs.iter().map(relax).collect()),
        HirKind::Alternation(subs) => Hir::alternation(subs.iter().map(relax).collect()),
    }
}

/// Room for the states of each lazy automaton: the expressions of any script have large char classes, and
/// with the default room their automata are thrown away and rebuilt again and again on long letters.
const CACHE_BYTES: usize = 8 << 20;

fn meta_config() -> regex_automata::meta::Config {
    Regex::config().hybrid_cache_capacity(CACHE_BYTES)
}

impl Pattern {
    pub fn new(pattern: &str) -> Result<Pattern, String> {
        let exact = Regex::builder().configure(meta_config()).build(pattern).map_err(|e| e.to_string())?;
        let hir = regex_syntax::parse(pattern).map_err(|e| e.to_string())?;
        let needs_relaxing = hir.properties().look_set().iter().any(unicode_word_look);
        let relaxed = if needs_relaxing {
            let loose = relax(&hir);
            let find = Regex::builder().configure(meta_config()).build_from_hir(&loose).map_err(|e| e.to_string())?;
            let nfa = thompson::Compiler::new()
                .configure(thompson::Config::new().which_captures(WhichCaptures::None))
                .build_from_hir(&loose)
                .map_err(|e| e.to_string())?;
            let longest = DFA::builder()
                .configure(DFA::config().match_kind(MatchKind::All).cache_capacity(CACHE_BYTES))
                .build_from_nfa(nfa)
                .map_err(|e| e.to_string())?;
            let first = FirstChars::for_hir(&loose);
            Some(Relaxed { find, longest, caches: Mutex::new(Vec::new()), first })
        } else {
            None
        };
        let mut extractor = Extractor::new();
        extractor.kind(ExtractKind::Suffix);
        let suffixes = extractor.extract(&hir);
        let endings = suffixes
            .literals()
            .filter(|lits| !lits.is_empty() && lits.iter().all(|l| l.as_bytes().len() >= 2))
            .and_then(|lits| AhoCorasick::new(lits.iter().map(|l| l.as_bytes())).ok());
        let slot = start_literals(&hir).map(|literals| {
            let mut registry = START_LITERALS.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            registry.sets.push(literals);
            registry.index = None;
            registry.sets.len() - 1
        });
        // Worth it only for a pattern that would otherwise run its own automaton over the whole text.
        let rare_inner = if slot.is_none() && relaxed.as_ref().is_none_or(|r| r.first.is_none()) {
            RareInner::for_hir(&hir)
        } else {
            None
        };
        Ok(Pattern { exact, relaxed, endings, slot, word_start: starts_at_word_boundary(&hir), rare_inner })
    }

    /// Whether the pattern matches anywhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.exact.is_match(text)
    }

    /// The matches in `text`, left to right, not overlapping (as `regex::Regex::find_iter`).
    pub fn find_iter<'t>(&self, text: &'t str) -> std::vec::IntoIter<Found<'t>> {
        let mut out = Vec::new();
        self.each(text, false, |spans| {
            if let Some(Some(s)) = spans.first() {
                out.push(Found { text, start: s.start, end: s.end });
            }
        });
        out.into_iter()
    }

    /// The matches in `text` with their capture groups (as `regex::Regex::captures_iter`).
    pub fn captures_iter<'t>(&self, text: &'t str) -> std::vec::IntoIter<Groups<'t>> {
        let mut out = Vec::new();
        self.each(text, true, |spans| out.push(Groups { text, spans: spans.to_vec() }));
        out.into_iter()
    }

    /// Runs `found` on the group spans of each match, left to right.
    fn each(&self, text: &str, groups: bool, mut found: impl FnMut(&[Option<Span>])) {
        let (starts, rare, words) = STARTS.with_borrow(|current| {
            let Some(current) = current.as_ref().filter(|c| c.text == (text.as_ptr() as usize, text.len())) else {
                return (None, None, None);
            };
            let slot_places = |slot: Option<usize>| slot.and_then(|slot| current.by_slot.get(slot).cloned().flatten());
            let words = slot_places(self.rare_inner.as_ref().and_then(|inner| inner.words_slot));
            (slot_places(self.slot), Some(Rc::clone(&current.rare)), words)
        });
        let starts = starts.or_else(|| self.rare_inner.as_ref()?.starts(text, rare.as_deref(), words.as_deref()));
        if starts.as_ref().is_some_and(|s| s.is_empty()) || self.endings.as_ref().is_some_and(|e| !e.is_match(text)) {
            return;
        }
        let mut next_start = 0;
        let mut next_rare = 0;
        let mut caps =
            if groups { self.exact.create_captures() } else { Captures::matches(self.exact.group_info().clone()) };
        let mut cache = self.relaxed.as_ref().map(Relaxed::cache);
        let mut spans: Vec<Option<Span>> = Vec::new();
        let len = text.len();
        let mut pos = 0;
        // The end of the last match, to skip an empty match right after it (as the `regex` iterators do).
        let mut last_end: Option<usize> = None;
        while pos <= len {
            let found_match = match &starts {
                Some(starts) => self.next_match_at(text, pos, starts, &mut next_start, &mut caps, cache.as_mut()),
                None => {
                    let rare = rare.as_deref().map(|places| (places, &mut next_rare));
                    self.next_match(text, pos, rare, &mut caps, cache.as_mut())
                }
            };
            let Some(m) = found_match else {
                break;
            };
            let (s, e) = (m.start, m.end);
            if s == e && last_end == Some(e) {
                // An empty match where the previous one ended: search again one char further on.
                pos = next_boundary(text, e);
                continue;
            }
            spans.clear();
            spans.extend((0..caps.group_len()).map(|i| caps.get_group(i)));
            found(&spans);
            last_end = Some(e);
            pos = if e > s { e } else { next_boundary(text, e) };
        }
        if let (Some(relaxed), Some(cache)) = (&self.relaxed, cache) {
            relaxed.caches.lock().unwrap_or_else(std::sync::PoisonError::into_inner).push(cache);
        }
    }

    /// The leftmost match starting at or after `pos`, with its groups in `caps`.
    /// `rare`: the places of [`FirstChars::may_start`] in the text, and how far they were looked at.
    fn next_match(
        &self,
        text: &str,
        pos: usize,
        mut rare: Option<(&[usize], &mut usize)>,
        caps: &mut Captures,
        cache: Option<&mut Cache>,
    ) -> Option<Span> {
        let len = text.len();
        let (Some(relaxed), Some(cache)) = (&self.relaxed, cache) else {
            return windowed(text, pos, |window| {
                self.exact.search_captures(&Input::new(text).span(window), caps);
                caps.get_match().map(|m| m.span())
            });
        };
        let mut from = pos;
        loop {
            // The first place where the relaxed copy, and so possibly the real expression, matches.
            let start = match (&relaxed.first, rare.as_mut()) {
                (Some(first), Some((places, next))) => first.next_among(text, from, places, next)?,
                (Some(first), None) => first.next_in(text, from)?,
                (None, _) => {
                    windowed(text, from, |window| {
                        relaxed.find.search(&Input::new(text).span(window)).map(|m| m.span())
                    })?
                    .start
                }
            };
            // A place inside a word is not tried by a pattern that starts at a word boundary (checked before
            // the reach, which costs a scan).
            let reach = if !self.word_start || word_boundary_at(text, start) {
                match relaxed.reach(cache, text, start) {
                    Ok(Some(end)) => Some(end),
                    Ok(None) => None,
                    Err(()) => Some(len.min(start + MAX_MATCH)),
                }
            } else {
                None
            };
            if let Some(reach) = reach {
                count_steps(reach - start);
                self.exact.search_captures(&Input::new(text).span(start..reach).anchored(Anchored::Yes), caps);
                if let Some(m) = caps.get_match() {
                    return Some(m.span());
                }
            }
            from = next_boundary(text, start);
            if from > len {
                return None;
            }
        }
    }
}

impl Pattern {
    /// Like [`Pattern::next_match`], trying only the given places (in order, from `starts[*next]` on), which
    /// include every place where a match can start.
    fn next_match_at(
        &self,
        text: &str,
        pos: usize,
        starts: &[usize],
        next: &mut usize,
        caps: &mut Captures,
        mut cache: Option<&mut Cache>,
    ) -> Option<Span> {
        let len = text.len();
        while let Some(&start) = starts.get(*next) {
            *next += 1;
            if start < pos || (self.word_start && !word_boundary_at(text, start)) {
                continue;
            }
            let reach = match (&self.relaxed, cache.as_deref_mut()) {
                (Some(relaxed), Some(cache)) => match relaxed.reach(cache, text, start) {
                    Ok(Some(end)) => end,
                    Ok(None) => continue,
                    Err(()) => len.min(start + MAX_MATCH),
                },
                _ => len.min(start + MAX_MATCH),
            };
            count_steps(reach - start);
            self.exact.search_captures(&Input::new(text).span(start..reach).anchored(Anchored::Yes), caps);
            if let Some(m) = caps.get_match() {
                return Some(m.span());
            }
        }
        None
    }
}

impl Relaxed {
    fn cache(&self) -> Cache {
        self.caches
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop()
            .unwrap_or_else(|| self.longest.create_cache())
    }

    /// The end of the longest match of the relaxed copy starting at `start`: `Ok(None)` if there is none,
    /// `Err` if the automaton gave up.
    /// The scan stops [`MAX_MATCH`] bytes after `start`: a longer match is cut there, so that trying every place of
    /// a long run of word chars costs a bounded scan each instead of one to the end of the run.
    fn reach(&self, cache: &mut Cache, text: &str, start: usize) -> Result<Option<usize>, ()> {
        let end = text.len().min(start + MAX_MATCH);
        count_steps(end - start);
        let input = Input::new(text).span(start..end).anchored(Anchored::Yes);
        self.longest.try_search_fwd(cache, &input).map(|m| m.map(|h| h.offset())).map_err(|_| ())
    }
}

/// The longest stretch of text a match can span, in bytes: no identifying detail is longer, and without a bound
/// a pattern tried at each place of a long run (`1-1-1-…`, a 100 kB word) scans to the end of the run from each
/// of them, which is quadratic in the length of the text. Longer matches are cut at this length.
pub(crate) const MAX_MATCH: usize = 1024;

/// The leftmost match at or after `from` found by `search` (an unanchored search of the span it is given), for
/// matches of at most [`MAX_MATCH`] bytes, in windows of bounded length: a search over the whole rest of the
/// text can scan to its end for each match (when the automaton looks for a longer match it prefers), which is
/// quadratic on text made of many short matches. A match starting in the first half of a window lies wholly
/// inside it, so it is the leftmost one; when the leftmost match in a window starts later, the next window
/// starts there.
fn windowed(
    text: &str,
    mut from: usize,
    mut search: impl FnMut(std::ops::Range<usize>) -> Option<Span>,
) -> Option<Span> {
    let len = text.len();
    while from <= len {
        let end = len.min(from + 2 * MAX_MATCH);
        count_steps(end - from);
        match search(from..end) {
            Some(m) if m.start <= from + MAX_MATCH || end == len => return Some(m),
            Some(_) => {}
            None if end == len => return None,
            None => {}
        }
        // No match starts in the first half of the window; one starting later lies wholly in the next window.
        from += MAX_MATCH;
        while from < len && !text.is_char_boundary(from) {
            from += 1;
        }
    }
    None
}

#[cfg(test)]
thread_local! {
    /// Bytes scanned by the automata since the last [`take_steps`], for the tests that check the work is linear.
    static STEPS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts bytes handed to an automaton (only in tests).
#[inline]
fn count_steps(_n: usize) {
    #[cfg(test)]
    STEPS.with(|s| s.set(s.get() + _n));
}

/// The bytes scanned by the automata on this thread since the last call.
#[cfg(test)]
pub(crate) fn take_steps() -> usize {
    STEPS.with(|s| s.replace(0))
}

/// The byte offset of the char after the one at `pos` (or `len + 1` at the end).
fn next_boundary(text: &str, pos: usize) -> usize {
    match text.get(pos..).and_then(|rest| rest.chars().next()) {
        Some(c) => pos + c.len_utf8(),
        None => text.len() + 1,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    /// Patterns of the shapes the detectors use: word boundaries at either end or inside, captures, case
    /// folding, line anchors, classes of any script, optional and repeated parts.
    const SHAPES: &[&str] = &[
        r"\b\d{5}(?:-\d{4})?\b",
        r"\b[1-9]\d{2}\s?\d{3}\b",
        r"(?i)\b(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?:March|Mai|मार्च)\b\.?(?:,?\s*\d{4}\b)?",
        r"(?i:\bdear|\bliebe|\bhi)[ \t]+((?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'\-]*)(?:[ \t]+\p{Lu}[\p{L}\p{M}'\-]*){0,3})",
        r"\b(\p{Lu}[\p{L}]+)[ \t]+(?:ji|Ji|JI)\b",
        r"(?m)^[ \t]*(\d{3,6}(?:[ \-]\d{2,4})?)[ \t]*$",
        r"(?im)^[ \t]*(?:yours\b[^\n]{0,20}|love|आपका)(?:[ \t][^\n]{0,60}?)?[ \t]*[,.!]?[ \t]*$",
        r"(?:\+|\b00)?\(?\d[\d \-./()]{4,22}\d(?:\s?(?:x|ext\.?)\s?\d{1,5})?\b",
        r"\b(?:[A-Z]+[\-/]?\d[\dA-Z\-/]{3,}|\d+[A-Z][\dA-Z\-/]{3,})\b",
        r"(?i)\b[\w.]+\s+(?:at|\[at\])\s+[\w\-]+\s+(?:dot)\s+(?:com|de)\b",
        r"(?:([\u0900-\u0963\u0970-\u097F]+)\s+(?:में|से)\s+(?:रहता|रहती)|(?i:\b([\p{L}]+)\s+(?:mein|se)\s+(?:rehta|hoon)\b))",
        r"\b[\p{Lu}][\p{L}\-]*(?:klinik|schule)\b(?:\s+[\p{Lu}][\p{L}\-]+){0,2}",
        r"\B'\w*|\w+\B",
        r"(?i)\b(?:passport|pass-?nr)[^\n\d]{0,25}?\b([A-Z0-9]{1,2}\d{5,8})\b",
        r"मेरा\s+नाम\s+([\u0900-\u097F]+)\s+है",
        r"\b(?:Mr|Dr|Frau)\.?[ \t]+(\p{Lu}\w*)",
        r"(?i:\bi\s+am|\bcall\s+me)[ \t]+(\p{Lu}\w*)",
        r"(?im)^[ \t]*(?:yours\b[^\n]{0,20}|with\s+love|dein)(?:[ \t][^\n]{0,20}?)?[ \t]*[,.!]?[ \t]*$",
        r"(?i)[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}|[\w.%+\-]+\s?(?:\[at\]|\(at\))\s?[\w\-]+",
        r"(?i)\b(?:i\s+am|is|now)\s+(\d{1,3})\b(?:\s*years?)?|\b(\d{1,3})\.\s*geburtstag",
        r"(?:[\p{L}\p{M}]+\s+){1,3}(?:अस्पताल|क्लिनिक)",
        r"(?i)\b(?:https?://|www\.)[^\s<>]+|\b[a-z0-9]+\.(?:com|de)\b",
        r"(?i:\b[\p{L}\-]*(?:straße|gasse|weg)|\b(?:via|rue)\s+\p{L}+)\s+\d{1,5}",
        r"\b(\d{1,3})\s*(?:years|jahre)\s+(?:old|alt)\b",
    ];

    /// The groups of every match, as (start, end) pairs.
    type Groups = Vec<Vec<Option<(usize, usize)>>>;

    fn spans(ours: &Pattern, theirs: &regex::Regex, t: &str) -> (Groups, Groups) {
        let a = ours.captures_iter(t).map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect()).collect();
        let b = theirs.captures_iter(t).map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect()).collect();
        (a, b)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn same_matches_as_regex_on_any_text(
            text in r"([a-zA-Z0-9 \t\n.,'+()@äöüßÄÉé\u{301}-]|[\u{0900}-\u{097F}]|Dear |Liebe |With love|yours|Dein| \t|passport |Pass-Nr |AB12345|www.|http://|Hauptstraße |weg |Via |years old|Jahre alt|[at]|(at)|Is |now |Geburtstag|अस्पताल|Dr. |Frau |मेरा नाम |है|I am |call me |ji|Ji|March|Mai|मार्च|में|रहता|mein|hoon|yours|आपका|klinik|at |dot |com|२|٣|日本|𝐀){0,60}",
        ) {
            for (p, ours, theirs) in COMPILED.iter() {
                let (a, b) = spans(ours, theirs, &text);
                prop_assert_eq!(&a, &b, "{} on {:?}", p, text);
                let a: Vec<(usize, usize)> = ours.find_iter(&text).map(|m| (m.start(), m.end())).collect();
                let b: Vec<(usize, usize)> = theirs.find_iter(&text).map(|m| (m.start(), m.end())).collect();
                prop_assert_eq!(&a, &b, "{} on {:?}", p, text);
                // The same when the pattern is tried only where its start literals occur.
                let (with_starts_spans, _) = with_starts(&text, || spans(ours, theirs, &text));
                prop_assert_eq!(&with_starts_spans, &spans(ours, theirs, &text).1, "{} on {:?} (start literals)", p, text);
            }
        }
    }

    static COMPILED: std::sync::LazyLock<Vec<(&str, Pattern, regex::Regex)>> = std::sync::LazyLock::new(|| {
        SHAPES.iter().map(|p| (*p, Pattern::new(p).unwrap(), regex::Regex::new(p).unwrap())).collect()
    });

    #[test]
    fn word_starts() {
        let starts = |p: &str| starts_at_word_boundary(&regex_syntax::parse(p).unwrap());
        assert!(starts(r"\b\d{5}\b") && starts(r"(?i)\b(?:a|\bb)c") && starts(r"(\bx)+"));
        assert!(!starts(r"(?:\+|\b00)?\d") && !starts(r"\B\d") && !starts(r"(?-u:\b)x") && !starts(r"(\bx)*"));
        assert!(word_boundary_at("ab cd", 3) && !word_boundary_at("ab cd", 1) && word_boundary_at("ä", 0));
        assert!(!word_boundary_at("äb", 2) && !word_boundary_at("", 0));
    }

    /// The patterns with neither start literals nor rare first chars but a rare char or a word inside are
    /// tried only around it.
    #[test]
    fn rare_inner_chars_and_words() {
        let inner = |words: bool| -> Vec<&str> {
            let has = |p: &Pattern| p.rare_inner.as_ref().is_some_and(|r| r.words_slot.is_some() == words);
            COMPILED.iter().filter(|(_, ours, _)| has(ours)).map(|(p, _, _)| *p).collect()
        };
        assert_eq!(inner(false).len(), 5, "{:?}", inner(false));
        assert_eq!(inner(true).len(), 3, "{:?}", inner(true));
    }

    /// The patterns that start with literals take part in the shared index.
    #[test]
    fn literal_starts_are_found() {
        let slotted: Vec<&str> =
            COMPILED.iter().filter(|(_, ours, _)| ours.slot.is_some()).map(|(p, _, _)| *p).collect();
        assert_eq!(slotted.len(), 7, "{slotted:?}");
        let text = "Dear Anna, I am Priya. Passport: AB1234567. मेरा नाम प्रिया है\n  With\n love,\n\t yours!\nDein";
        for (p, ours, theirs) in COMPILED.iter() {
            let (a, b) = with_starts(text, || spans(ours, theirs, text));
            assert_eq!(a, b, "{p}");
        }
    }

    /// The same matches and groups as the `regex` crate, on text in and outside ASCII.
    #[test]
    fn agrees_with_regex() {
        let patterns = [
            r"\b\d{5}\b",
            r"(?i)\b(?:pin)\s*[:\-]?\s*(\d{3}\s?\d{3})\b",
            r"\b(\p{Lu}\w+)\s+(?:ji)\b",
            r"(?:^|[^\w@.])(@[A-Za-z0-9_][A-Za-z0-9_.]{1,29})",
            r"\b\w*",
            r"(?m)^[ \t]*(\d{3,6})[ \t]*$",
            r"\B\d+\b",
            r"(?:[\p{L}\p{M}]+\s+){1,3}(?:अस्पताल|क्लिनिक)",
            r"(?i)\b\w+\s+(?:ji|jee)\b",
        ];
        let texts = [
            "PIN 411001, Pune 411 001 and ü12345 or 12345ü or 12345 here, @handle x@y ११",
            "राम ji Sita Ji मेरे 56789\n 12345 \nStraße 12345",
            "",
            "ä",
            "a1 b22 ccc 1234567 日本 12345",
            "मैं टाटा मेमोरियल अस्पताल में, Ram JI and Sita jee",
        ];
        for p in patterns {
            let ours = Pattern::new(p).unwrap();
            let theirs = regex::Regex::new(p).unwrap();
            for t in texts {
                let a: Vec<(usize, usize)> = ours.find_iter(t).map(|m| (m.start(), m.end())).collect();
                let b: Vec<(usize, usize)> = theirs.find_iter(t).map(|m| (m.start(), m.end())).collect();
                assert_eq!(a, b, "{p} on {t:?}");
                let a: Vec<Vec<Option<(usize, usize)>>> = ours
                    .captures_iter(t)
                    .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
                    .collect();
                let b: Vec<Vec<Option<(usize, usize)>>> = theirs
                    .captures_iter(t)
                    .map(|c| c.iter().map(|g| g.map(|m| (m.start(), m.end()))).collect())
                    .collect();
                assert_eq!(a, b, "{p} on {t:?} (groups)");
            }
        }
    }
}
