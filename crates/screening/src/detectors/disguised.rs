//! Identifiers written so that a plain search misses them: the writer's own names and places spaced or
//! dotted out (`A a r a v`, `L.E.N.A`), glued to other words or digits (`lenavogel81`, `#teamlena`), in
//! leetspeak (`L3na`), with doubled letters, reversed (`aneL`), split over a line, spelled by the first
//! letters of lines, or written in another script (`Краков` for Kraków); phone numbers written as number
//! words; e-mail and web addresses spelled out ("lena dot vogel at gmail dot com").

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::Context;
use super::known::{GENERIC, TITLES};
use crate::disguise::{self, NUMBER_WORDS, NumberWord};
use crate::gazetteer::Gazetteer;
use crate::normalise::fold;
use crate::{Category, Hit, Known};

pub(super) fn detect(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let mut hits = number_words(ctx, known);
    hits.extend(spelled_addresses(ctx, known));
    hits.extend(spaced_literals(ctx, known));
    hits.extend(cjk_known(ctx, known));
    let targets = targets(known);
    if !targets.is_empty() {
        hits.extend(in_stream(ctx, &targets));
        hits.extend(acrostics(ctx, &targets));
        hits.extend(other_scripts(ctx, &targets));
    }
    hits
}

/// A word (or a whole entry, its words run together) of the writer's known names, places and organisations.
#[derive(Debug)]
struct Target {
    /// In Latin letters, lower case, as written.
    plain: String,
    /// The same with doubled letters written once.
    collapsed: String,
    category: Category,
    /// A common word ("Hope", "Bath"): matched only when clearly disguised.
    common: bool,
    /// The words of an entry run together ("lenavogel"), which no plain word of a letter is by chance.
    run_together: bool,
    /// Case-folded as given (what the known-word rules compare words with).
    folded: String,
    /// Written in Latin letters (so a word of another script is another spelling of it).
    latin: bool,
}

fn targets(known: &Known) -> Vec<Target> {
    let g = Gazetteer::get();
    let mut out: Vec<Target> = Vec::new();
    let lists = [
        (&known.names, Category::Person, false),
        (&known.places, Category::Location, true),
        (&known.organisations, Category::Organization, true),
    ];
    for (items, category, skip_generic) in lists {
        for item in items {
            let words: Vec<String> = crate::tokens::tokenise(item)
                .into_iter()
                .map(|t| t.folded.into_owned())
                .filter(|w| !TITLES.contains(&w.as_str()))
                .collect();
            let alone = words.len() == 1;
            let mut whole = String::new();
            for w in &words {
                let mut plain = String::new();
                w.chars().for_each(|c| disguise::push_latin_letters(c, &mut plain));
                whole.push_str(&plain);
                let generic = GENERIC.contains(&w.as_str()) || g.is_common(w);
                if plain.len() < 3 || (skip_generic && !alone && generic) {
                    continue;
                }
                let collapsed = disguise::collapse(&plain);
                let latin = !w.chars().any(disguise::is_other_script);
                let common = g.is_common(w);
                out.push(Target { plain, collapsed, category, common, run_together: false, folded: w.clone(), latin });
            }
            if !alone && whole.len() >= 5 {
                let collapsed = disguise::collapse(&whole);
                let latin = !words.iter().any(|w| w.chars().any(disguise::is_other_script));
                let folded = words.concat();
                out.push(Target {
                    plain: whole,
                    collapsed,
                    category,
                    common: false,
                    run_together: true,
                    folded,
                    latin,
                });
            }
        }
    }
    out.sort_by(|a, b| a.collapsed.cmp(&b.collapsed));
    out.dedup_by(|a, b| a.collapsed == b.collapsed);
    out
}

/// The longest run of glued letters looked at: longer than any handle or tag.
const MAX_CHUNK: usize = 64;

/// The letters of the text in Latin letters, leetspeak read as letters and doubled letters written once,
/// separators dropped; each byte remembers the source chars it came from.
struct Stream {
    letters: String,
    /// Byte range in the text of the char (or run of equal chars) each letter came from.
    from: Vec<(u32, u32)>,
}

impl Stream {
    fn new(text: &str) -> Stream {
        let bytes = text.as_bytes();
        let mut stream = Stream { letters: String::with_capacity(text.len()), from: Vec::with_capacity(text.len()) };
        let mut latin = String::new();
        let mut prev_letter = false;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let start = u32::try_from(i).unwrap_or(u32::MAX);
            if b.is_ascii() {
                // Most chars: an ASCII letter, or a digit or sign that may be leetspeak (`L3na`, `L@ra`) when it
                // stands between letters or (a digit) next to one.
                let letter = b.is_ascii_alphabetic();
                if letter {
                    stream.push(b.to_ascii_lowercase(), start, start.saturating_add(1));
                } else if let Some(l) = disguise::leet(char::from(b)) {
                    let next_letter = bytes.get(i + 1).is_some_and(u8::is_ascii_alphabetic);
                    let is_leet =
                        if b.is_ascii_digit() { prev_letter || next_letter } else { prev_letter && next_letter };
                    if is_leet {
                        stream.push(l as u8, start, start.saturating_add(1));
                    }
                }
                prev_letter = letter;
                i += 1;
                continue;
            }
            let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else { break };
            let end = u32::try_from(i + c.len_utf8()).unwrap_or(u32::MAX);
            latin.clear();
            // Chinese and Japanese run words together: their chars are compared on their own.
            if !disguise::is_cjk(c) {
                disguise::push_latin_letters(c, &mut latin);
            }
            for l in latin.bytes() {
                stream.push(l, start, end);
            }
            prev_letter = !latin.is_empty();
            i += c.len_utf8();
        }
        stream
    }

    /// Adds a letter from source bytes `start..end`; a doubled letter is written once, its source grown to
    /// cover both.
    fn push(&mut self, letter: u8, start: u32, end: u32) {
        if let Some(last) = self.from.last_mut()
            && last.1 == start
            && self.letters.as_bytes().last() == Some(&letter)
        {
            last.1 = end;
            return;
        }
        self.letters.push(char::from(letter));
        self.from.push((start, end));
    }

    /// Whether letters `i - 1` and `i` come from text with something between them.
    fn gap_before(&self, i: usize) -> bool {
        i == 0 || i >= self.from.len() || self.from[i].0 > self.from[i - 1].1
    }

    /// The run of glued letters (a chunk) around letter `i`: (first, one past the last).
    /// `None` for a run longer than [`MAX_CHUNK`]: no name or handle, and walking it for every match in it
    /// would make the screen quadratic in its length.
    fn chunk(&self, i: usize) -> Option<(usize, usize)> {
        let mut start = i;
        while !self.gap_before(start) {
            start -= 1;
            if i - start > MAX_CHUNK {
                return None;
            }
        }
        let mut end = i + 1;
        while end < self.from.len() && !self.gap_before(end) {
            end += 1;
            if end - start > MAX_CHUNK {
                return None;
            }
        }
        Some((start, end))
    }

    fn source(&self, start: usize, end: usize) -> (usize, usize) {
        (self.from[start].0 as usize, self.from[end - 1].1 as usize)
    }
}

/// How a stream pattern relates to its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Way {
    Forward,
    Reversed,
}

/// Known words found in the letter stream: spaced, dotted, split, glued, leet, doubled or reversed.
fn in_stream(ctx: &Context<'_>, targets: &[Target]) -> Vec<Hit> {
    let mut patterns: Vec<String> = Vec::new();
    let mut meta: Vec<(usize, Way)> = Vec::new();
    for (t, target) in targets.iter().enumerate() {
        patterns.push(target.collapsed.clone());
        meta.push((t, Way::Forward));
        // Letters spaced out keep their doubled letters ("A a r a v"): they are not written once across a gap.
        if target.plain != target.collapsed {
            patterns.push(target.plain.clone());
            meta.push((t, Way::Forward));
        }
        if target.collapsed.len() >= 4 {
            patterns.push(target.collapsed.chars().rev().collect());
            meta.push((t, Way::Reversed));
        }
    }
    let stream = Stream::new(ctx.text);
    let g = Gazetteer::get();
    let mut hits = Vec::new();
    // A few patterns: one vectorised scan each costs less than building an automaton for every letter.
    let matches = patterns.iter().zip(&meta).flat_map(|(p, &m)| {
        memchr::memmem::find_iter(stream.letters.as_bytes(), p.as_bytes()).map(move |at| (at, at + p.len(), m))
    });
    for (s, e, (t, way)) in matches {
        let target = &targets[t];
        let (Some((cs, _)), Some((_, ce))) = (stream.chunk(s), stream.chunk(e - 1)) else {
            continue;
        };
        let one_chunk = (s + 1..e).all(|i| !stream.gap_before(i));
        let found = if one_chunk {
            glued(ctx, &stream, target, way, (s, e), (cs, ce), g)
        } else if way == Way::Forward && s == cs && e == ce {
            spread(ctx.text, &stream, (s, e)).then(|| stream.source(s, e))
        } else {
            None
        };
        if let Some((start, end)) = found {
            let reason = match (way, one_chunk) {
                (Way::Reversed, _) => "a known identifier given to the screen, written backwards",
                (_, true) => "a known identifier given to the screen, disguised or run into other letters",
                (_, false) => "a known identifier given to the screen, spelled out letter by letter or split",
            };
            hits.push(Hit::new(start, end, target.category, 0.85, reason));
        }
    }
    hits
}

/// A match inside one run of glued letters: the whole run disguised (`L3na`, `Leenaa`, `Лена`, `aneL`), or a
/// known word inside a handle or hashtag (`lenavogel81`, `#teamlena`) or with an ending (`Krakowie`).
fn glued(
    ctx: &Context<'_>,
    stream: &Stream,
    target: &Target,
    way: Way,
    (s, e): (usize, usize),
    (cs, ce): (usize, usize),
    g: &Gazetteer,
) -> Option<(usize, usize)> {
    let (raw_start, raw_end) = stream.source(cs, ce);
    let raw = &ctx.text[raw_start..raw_end];
    // The known-word rules find the word as given, in any case; here only what they cannot read.
    let plain_word = fold(raw) == target.folded;
    let before = ctx.text[..raw_start].chars().next_back();
    let after = ctx.text[raw_end..].chars().next();
    // Digits, `_`, `#` or `@` next to the letters make a handle or tag of them (`coimbra2020`, `#teamlena`).
    let marked = raw.bytes().any(|b| b.is_ascii_digit())
        || matches!(before, Some('#' | '@' | '_'))
        || before.is_some_and(|c| c.is_ascii_digit())
        || after.is_some_and(|c| c.is_ascii_digit() || c == '_');
    if s == cs && e == ce {
        return match way {
            Way::Reversed => {
                (!g.is_common(&fold(raw)) && !plain_word_is_target(raw, target)).then_some((raw_start, raw_end))
            }
            // A dictionary word is not taken for a name without its accents ("salon" for "Salón").
            Way::Forward => ((!plain_word && !g.is_common(&fold(raw)) || marked || target.run_together)
                && !target.common)
                .then(|| widen_to_handle(ctx.text, raw_start, raw_end)),
        };
    }
    if way == Way::Reversed || target.collapsed.len() < 4 || target.common {
        return None;
    }
    let rest = if s == cs {
        Some(&stream.letters[e..ce])
    } else if e == ce {
        Some(&stream.letters[cs..s])
    } else {
        None
    };
    let rest_is_word = rest.is_some_and(|r| r.len() >= 3 && g.is_common(r));
    // At either end of a longer run ("mehtafamilypune", "Krakowie"), a known word of five letters or more
    // that is no dictionary word is rarely there by chance.
    let at_edge = (s == cs || e == ce) && target.collapsed.len() >= 5 && !g.is_common(&fold(raw));
    if !(marked || rest_is_word || at_edge) {
        return None;
    }
    Some(widen_to_handle(ctx.text, raw_start, raw_end))
}

/// Whether a plain word read backwards is the target as written (a palindrome like "Anna" is no disguise).
fn plain_word_is_target(raw: &str, target: &Target) -> bool {
    disguise::collapse(&raw.to_ascii_lowercase()) == target.collapsed
}

/// The whole handle or tag a known word sits in (`lenavogel81`): letters, digits and `_` around it.
fn widen_to_handle(text: &str, start: usize, end: usize) -> (usize, usize) {
    let inside = |c: char| c.is_alphanumeric() || c == '_';
    // No further than a handle's length: a longer run is no handle, and walking it for each match in it
    // would make the screen quadratic.
    let before: Vec<(usize, char)> = text[..start].char_indices().rev().take(MAX_CHUNK + 1).collect();
    let after: Vec<(usize, char)> = text[end..].char_indices().take(MAX_CHUNK + 1).collect();
    let left = before.iter().take_while(|&&(_, c)| inside(c)).count();
    let right = after.iter().take_while(|&&(_, c)| inside(c)).count();
    if left > MAX_CHUNK || right > MAX_CHUNK {
        return (start, end);
    }
    let start = if left == 0 { start } else { before[left - 1].0 };
    let end = after.get(right).map_or(text.len(), |&(i, _)| end + i);
    (start, end)
}

/// A match over several runs of letters: single letters with the same separator between each (`A a r a v`,
/// `L.E.N.A`, `L-e-n-a`) and none such just outside, or a word split by a hyphen, a line break, a dot or an
/// underscore (`Vo-\ngel`, `lena.vogel`).
fn spread(text: &str, stream: &Stream, (s, e): (usize, usize)) -> bool {
    let mut chunks: Vec<(usize, usize)> = Vec::new();
    let mut i = s;
    while i < e {
        let Some((a, b)) = stream.chunk(i) else {
            return false;
        };
        chunks.push((a, b));
        i = b;
    }
    let gap = |left: (usize, usize), right: (usize, usize)| -> &str {
        let (_, from) = stream.source(left.0, left.1);
        let (to, _) = stream.source(right.0, right.1);
        text.get(from..to).unwrap_or("")
    };
    let gaps: Vec<&str> = chunks.windows(2).map(|w| gap(w[0], w[1])).collect();
    let single = |c: &(usize, usize)| c.1 - c.0 == 1 && stream.source(c.0, c.1).1 - stream.source(c.0, c.1).0 <= 4;
    if chunks.len() >= 3 && chunks.iter().all(single) {
        let separator_like =
            |g: &str| g.chars().count() <= 3 && g.chars().all(|c| c.is_whitespace() || ".-_·*,|/+•".contains(c));
        let uniform = gaps.iter().all(|g| *g == gaps[0]) || gaps.iter().all(|g| g.chars().all(char::is_whitespace));
        if !(uniform && gaps.iter().all(|g| separator_like(g))) {
            return false;
        }
        // A short run must be the name, not part of a longer run of single letters with the same separator
        // ("a b c d"); five letters or more in a row are a name spelled out even next to a one-letter word.
        if chunks.len() >= 5 {
            return true;
        }
        let continues = |other: Option<(usize, usize)>, first: (usize, usize), after: bool| {
            other.is_some_and(|o| {
                let between = if after { gap(first, o) } else { gap(o, first) };
                single(&o) && between == gaps[0]
            })
        };
        let previous = if s > 0 { stream.chunk(s - 1) } else { None };
        let next = if e < stream.letters.len() { stream.chunk(e) } else { None };
        return !continues(previous, chunks[0], false) && !continues(next, chunks[chunks.len() - 1], true);
    }
    (2..=4).contains(&chunks.len())
        && gaps.iter().all(|g| {
            let trimmed = g.trim_matches([' ', '\t']);
            trimmed == "-"
                || trimmed == "-\n"
                || trimmed == "-\r\n"
                || ((trimmed == "\n" || trimmed == "\r\n") && g.len() == trimmed.len())
                || (!g.is_empty() && g.len() <= 2 && g.chars().all(|c| matches!(c, '.' | '_' | '-')))
        })
}

/// A known word spelled by the first letters of consecutive lines (blank lines skipped).
fn acrostics(ctx: &Context<'_>, targets: &[Target]) -> Vec<Hit> {
    let mut initials = String::new();
    let mut at: Vec<(usize, usize)> = Vec::new();
    let mut line_start = 0;
    for line in ctx.text.split('\n') {
        let first = line.char_indices().find(|(_, c)| c.is_alphanumeric());
        if let Some((i, c)) = first
            && line[..i].chars().all(|c| c.is_whitespace() || "-*•>\"'“„(".contains(c))
        {
            let mut latin = String::new();
            disguise::push_latin_letters(c, &mut latin);
            if let Some(l) = latin.chars().next() {
                initials.push(l);
                at.push((line_start + i, line_start + i + c.len_utf8()));
            }
        } else if !line.trim().is_empty() {
            initials.push(' ');
            at.push((0, 0));
        }
        line_start += line.len() + 1;
    }
    if initials.len() < 4 {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for target in targets.iter().filter(|t| t.plain.len() >= 4 && !t.common) {
        let mut from = 0;
        while let Some(found) = initials.get(from..).and_then(|rest| rest.find(&target.plain)) {
            let start = from + found;
            for &(s, e) in &at[start..start + target.plain.len()] {
                let reason = "the first letters of these lines spell a known identifier given to the screen";
                hits.push(Hit::new(s, e, target.category, 0.8, reason));
            }
            from = start + target.plain.len();
        }
    }
    hits
}

/// Known names and places written in another script: both sides in Latin letters, compared by their
/// consonant outline (`Краков`, `קרקוב`, `كراكوف`, `クラクフ` for Kraków).
fn other_scripts(ctx: &Context<'_>, targets: &[Target]) -> Vec<Hit> {
    let outlines: Vec<Outline<'_>> = targets
        .iter()
        .filter(|t| t.category != Category::Organization && t.latin)
        .map(|t| Outline { sounds: disguise::outline(&t.plain, false), start: first_sound(&t.plain), target: t })
        .filter(|o| o.sounds.len() >= 2)
        .collect();
    if outlines.is_empty() {
        return Vec::new();
    }
    let places_known = outlines.iter().any(|o| o.target.category == Category::Location);
    let g = Gazetteer::get();
    let mut hits = Vec::new();
    for t in ctx.tokens {
        let Some(first) = t.text.chars().next() else { continue };
        // Devanagari names have their own sound keys; places and other scripts are compared here. Frequent
        // Hindi words are no town.
        if !disguise::is_other_script(first) || (t.devanagari && (!places_known || g.is_common(&t.folded))) {
            continue;
        }
        if disguise::is_cjk(first) {
            hits.extend(in_cjk_run(t.start, t.text, &outlines));
            continue;
        }
        let vowel_letters = matches!(first, '\u{0590}'..='\u{05FF}' | '\u{0600}'..='\u{06FF}');
        let mut latin = String::new();
        t.text.chars().for_each(|c| disguise::push_latin_letters(c, &mut latin));
        let word = disguise::collapse(&latin);
        let sounds = disguise::outline(&word, vowel_letters);
        let start = first_sound(&word);
        let found = outlines.iter().find(|o| {
            let target = o.target;
            if (t.devanagari && target.category == Category::Person) || o.start != start {
                return false;
            }
            if o.sounds.len() >= 3 && sounds.len() >= 3 {
                disguise::outlines_meet(&o.sounds, &sounds) && target.plain.len().abs_diff(word.len()) <= 3
            } else {
                // Two sounds say too little: the transliterations must agree letter for letter.
                target.collapsed == word
            }
        });
        if let Some(o) = found {
            let reason = "a known identifier given to the screen, in another script";
            hits.push(Hit::new(t.start, t.end, o.target.category, 0.75, reason));
        }
    }
    hits
}

/// The consonant outline of a target, and how it starts.
struct Outline<'t> {
    sounds: String,
    start: u8,
    target: &'t Target,
}

/// How a word in Latin letters starts: with a vowel (`v`), or with a consonant of some class (`mitr` is
/// not `Indore`, though both outline as "ntr").
fn first_sound(word: &str) -> u8 {
    match word.as_bytes().first() {
        Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'y') | None => b'v',
        Some(&c) => disguise::outline(&char::from(c).to_string(), false).bytes().next().unwrap_or(b'v'),
    }
}

/// Known outlines of three or more sounds inside a run of Chinese or Japanese chars, on char boundaries.
fn in_cjk_run(offset: usize, run: &str, outlines: &[Outline<'_>]) -> Vec<Hit> {
    let chars: Vec<(usize, String)> = run
        .char_indices()
        .map(|(i, c)| {
            let mut latin = String::new();
            disguise::push_latin_letters(c, &mut latin);
            // Japanese "hu" (フ) is the f of foreign names.
            if latin == "hu" {
                latin = "fu".to_string();
            }
            (i, disguise::outline(&latin, false))
        })
        .collect();
    let mut hits = Vec::new();
    // Chars of these scripts stand for syllables: only an outline of four sounds or more, exactly, over at
    // most six chars, is told from chance.
    for Outline { sounds: known, target, .. } in outlines.iter().filter(|o| o.sounds.len() >= 4) {
        let category = &target.category;
        for first in 0..chars.len() {
            let mut joined = String::new();
            for (last, (_, piece)) in chars.iter().enumerate().skip(first).take(6) {
                for c in piece.chars() {
                    if !joined.ends_with(c) {
                        joined.push(c);
                    }
                }
                if last > first && *known == joined {
                    let end = chars.get(last + 1).map_or(run.len(), |(i, _)| *i);
                    let reason = "a known identifier given to the screen, in another script";
                    hits.push(Hit::new(offset + chars[first].0, offset + end, *category, 0.7, reason));
                }
                if joined.len() > known.len() + 1 {
                    break;
                }
            }
        }
    }
    hits
}

/// A number word or digits of a run, with its byte range.
/// Chinese and Japanese numerals for the digits 0–9, in order ("〇" and "零" both 0).
const CJK_DIGITS: &str = "〇零一二三四五六七八九";

/// The digit of the char at byte offset `i` of [`CJK_DIGITS`].
fn cjk_digit(i: usize) -> char {
    let n = CJK_DIGITS[..i].chars().count();
    char::from(b'0' + u8::try_from(n.saturating_sub(1)).unwrap_or(0))
}

#[derive(Debug)]
struct NumberPiece {
    start: usize,
    end: usize,
    digits: String,
    /// How many number words it holds (0 for digits, one for each char of "三七六二").
    words: usize,
}

/// Runs of number words and digits ("nine eight two two…", "neun acht…", "98 two two 0…"): a known number in
/// them, or (for runs of seven digits or more, four of them words) a number written out to pass as words.
fn number_words(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let langs = disguise::language_bits(ctx.language);
    let wanted: Vec<String> = known
        .other
        .iter()
        .map(|s| crate::normalise::Normalised::new(s).text.chars().filter(char::is_ascii_digit).collect::<String>())
        .filter(|d| d.len() >= 6)
        .collect();
    let mut hits = Vec::new();
    let mut run: Vec<NumberPiece> = Vec::new();
    let mut pending: Option<NumberWord> = None;
    let longest = *disguise::LONGEST_NUMBER_WORD;
    for t in ctx.tokens {
        // "quarante et un", "treinta y dos", "vinte e oito": the word for "and" after a tens word joins its unit.
        if matches!(pending, Some(NumberWord::Tens(_))) && matches!(t.folded.as_ref(), "et" | "y" | "e") {
            continue;
        }
        let piece = if t.text.bytes().all(|b| b.is_ascii_digit()) {
            Some(NumberPiece { start: t.start, end: t.end, digits: t.text.to_string(), words: 0 })
        } else if t.text.chars().count() >= 3 && t.text.chars().all(|c| CJK_DIGITS.contains(c)) {
            // "139 三七六二 〇五一八": Chinese numerals read digit by digit.
            let digits: String = t.text.chars().filter_map(|c| CJK_DIGITS.find(c).map(cjk_digit)).collect();
            Some(NumberPiece { start: t.start, end: t.end, digits, words: t.text.chars().count() })
        } else if t.folded.len() <= longest
            && let Some(&(value, in_langs)) = NUMBER_WORDS.get(t.folded.as_ref())
            && in_langs & langs != 0
        {
            Some(NumberPiece { start: t.start, end: t.end, digits: String::new(), words: 1 }).map(|mut p| {
                match (pending.take(), value) {
                    (Some(NumberWord::Tens(_)), NumberWord::Digit(d)) if d > 0 => {
                        // "ninety eight": the tens word already gave "90".
                        if let Some(last) = run.last_mut() {
                            last.digits.pop();
                        }
                        p.digits.push(char::from(b'0' + d));
                    }
                    (Some(NumberWord::Tens(tens)), NumberWord::TwoDigits(n)) if n < 20 => {
                        // "soixante et onze" (71): sixty and eleven.
                        if let Some(last) = run.last_mut() {
                            last.digits.truncate(last.digits.len().saturating_sub(2));
                        }
                        p.digits.push_str(&(u16::from(tens) * 10 + u16::from(n)).to_string());
                    }
                    (Some(NumberWord::Repeat(times)), NumberWord::Digit(d)) => {
                        (0..times).for_each(|_| p.digits.push(char::from(b'0' + d)));
                    }
                    (_, NumberWord::Digit(d)) => p.digits.push(char::from(b'0' + d)),
                    (_, NumberWord::TwoDigits(n)) => p.digits.push_str(&n.to_string()),
                    (_, NumberWord::Tens(tens)) => {
                        p.digits.push_str(&(tens * 10).to_string());
                        pending = Some(value);
                    }
                    (_, NumberWord::Repeat(_)) => pending = Some(value),
                }
                p
            })
        } else {
            None
        };
        let joins = |prev: &NumberPiece, next: &NumberPiece| {
            let gap = &ctx.text[prev.end..next.start];
            let core = gap.trim_matches(|c: char| c.is_whitespace() || ",-./()–—".contains(c));
            // "0176 – vierundvierzig – 21": a dash between spaces is 5 bytes.
            let joined = (gap.len() <= 5 && core.is_empty()) || (gap.len() <= 6 && matches!(core, "et" | "y" | "e"));
            joined && !gap.contains('\n')
        };
        match piece {
            Some(p) if run.last().is_none_or(|prev| joins(prev, &p)) => run.push(p),
            other => {
                hits.extend(number_run(&run, &wanted));
                run.clear();
                pending = None;
                run.extend(other);
            }
        }
    }
    hits.extend(number_run(&run, &wanted));
    hits
}

/// The hit of one run of number pieces, if it holds a known number or looks like a phone number in words.
fn number_run(run: &[NumberPiece], wanted: &[String]) -> Option<Hit> {
    let words: usize = run.iter().map(|p| p.words).sum();
    let digits: String = run.iter().map(|p| p.digits.as_str()).collect();
    // Digits mixed with a word or two ("0176 – vierundvierzig – 21 – 90 – 3"), which the digit patterns miss.
    let mixed = words >= 1 && run.len() >= 4 && digits.len() >= 8;
    if words < 3 && !mixed {
        return None;
    }
    let (first, last) = (run.first()?, run.last()?);
    let known = wanted.iter().any(|w| {
        let tail = &w[w.len().saturating_sub(8)..];
        digits.contains(tail) || (digits.len() >= 7 && w.contains(&digits))
    });
    if known {
        return Some(Hit::new(
            first.start,
            last.end,
            Category::Contact,
            0.95,
            "a known number given to the screen, written in words",
        ));
    }
    (digits.len() >= 7 && words >= 4 || mixed)
        .then(|| Hit::new(first.start, last.end, Category::Contact, 0.8, "a phone number written out in words"))
}

/// Words that stand for the dot and the at sign of an address.
const DOT_WORDS: &[&str] = &["dot", "punkt", "punto", "ponto", "kropka", "point", "डॉट", "daat", "dott"];
const AT_WORDS: &[&str] = &["at", "ät", "arroba", "chiocciola", "małpa", "एट", "bei", "chez"];

/// Endings of web addresses common enough to tell "lena dot bakes dot de" from prose.
const ENDINGS: &[&str] = &[
    "com", "org", "net", "io", "de", "in", "co", "uk", "info", "me", "app", "dev", "eu", "fr", "es", "it", "pl", "nl",
    "pt", "ch", "at", "be", "us", "ca", "au", "blog", "page", "site", "online", "xyz", "ly", "tv",
];

/// Addresses spelled out with words for the dot and the at sign; a known address so written, or one that
/// ends in a usual ending, or has an at sign and a dot.
fn spelled_addresses(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    static CUE: LazyLock<AhoCorasick> = LazyLock::new(|| {
        #[allow(clippy::expect_used)]
        AhoCorasick::builder().ascii_case_insensitive(true).build(DOT_WORDS).expect("valid word list")
    });
    if !CUE.is_match(ctx.text) {
        return Vec::new();
    }
    let known_addresses: Vec<String> = known
        .other
        .iter()
        .map(|s| s.trim().to_lowercase())
        .filter(|s| s.contains(['.', '@']) && s.chars().any(char::is_alphabetic))
        .collect();
    let toks = ctx.tokens;
    let is_dot = |i: usize| DOT_WORDS.contains(&toks[i].folded.as_ref());
    let is_at = |i: usize| AT_WORDS.contains(&toks[i].folded.as_ref());
    let near = |a: usize, b: usize| {
        let gap = &ctx.text[toks[a].end..toks[b].start];
        gap.len() <= 4 && gap.chars().all(|c| c == ' ' || "()[]{}<>".contains(c))
    };
    let mut hits = Vec::new();
    let mut i = 1;
    while i + 1 < toks.len() {
        if !is_dot(i) || !near(i - 1, i) || !near(i, i + 1) {
            i += 1;
            continue;
        }
        // Labels and dot or at words alternate; walk back and forth from this dot.
        let mut first = i - 1;
        while first >= 2
            && (is_dot(first - 1) || is_at(first - 1))
            && near(first - 2, first - 1)
            && near(first - 1, first)
        {
            first -= 2;
        }
        let mut last = i + 1;
        while last + 2 < toks.len()
            && (is_dot(last + 1) || is_at(last + 1))
            && near(last, last + 1)
            && near(last + 1, last + 2)
        {
            last += 2;
        }
        let mut address = String::new();
        let mut dots = 0;
        let mut ats = 0;
        for (k, t) in toks[first..=last].iter().enumerate() {
            if k % 2 == 0 {
                address.push_str(&t.folded);
            } else if is_dot(first + k) {
                address.push('.');
                dots += 1;
            } else {
                address.push('@');
                ats += 1;
            }
        }
        let ending = toks[last].folded.as_ref();
        let is_known = known_addresses.iter().any(|k| address.contains(k.as_str()) || k.contains(&address));
        // Short endings that are also words ("the point in", "dot it") need more than one dot or an at sign.
        let word_like = matches!(ending, "at" | "it" | "in" | "me" | "be" | "us" | "es" | "de" | "co");
        let looks_like =
            ENDINGS.contains(&ending) && (!word_like || ats == 1 || dots >= 2 || toks[first].folded == "www");
        let is_known = is_known && address.len() >= 5;
        if is_known || looks_like {
            let (category, reason) = if is_known {
                (Category::Contact, "a known address given to the screen, spelled out")
            } else {
                (Category::Contact, "an address spelled out with words for its dots")
            };
            hits.push(Hit::new(toks[first].start, toks[last].end, category, 0.9, reason));
        }
        i = last + 1;
    }
    hits
}

/// Chars that end the name of an administrative area in Chinese and Japanese (市 city, 県 prefecture…).
const AREA_ENDINGS: &[char] = &['市', '県', '縣', '区', '區', '省', '都', '府', '道', '町', '村', '郡'];

/// Known names, places and organisations in Chinese or Japanese, found as they are written in the text (these
/// scripts put no spaces between words), and the parts letters use alone: each area of an address
/// ("北海道札幌市" → "札幌"), each part of a name ("佐藤 健一"), a Chinese given name ("陳怡君" → "怡君").
fn cjk_known(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let mut parts: Vec<(String, Category)> = Vec::new();
    let lists = [
        (&known.names, Category::Person),
        (&known.places, Category::Location),
        (&known.organisations, Category::Organization),
    ];
    for (items, category) in lists {
        for item in items.iter().filter(|i| i.chars().any(disguise::is_cjk)) {
            let mut add = |p: &str| {
                if p.chars().count() >= 2 && p.chars().all(disguise::is_cjk) {
                    parts.push((p.to_string(), category));
                }
            };
            for piece in item.split(|c: char| c.is_whitespace() || c == '・') {
                add(piece);
                match category {
                    Category::Location => {
                        for area in piece.split_inclusive(AREA_ENDINGS) {
                            add(area);
                            add(area.trim_end_matches(AREA_ENDINGS));
                        }
                    }
                    Category::Person if piece.chars().count() == 3 && !item.contains(' ') => {
                        add(&piece.chars().skip(1).collect::<String>());
                    }
                    _ => {}
                }
            }
        }
    }
    if parts.is_empty() {
        return Vec::new();
    }
    let Ok(ac) = AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::LeftmostLongest)
        .build(parts.iter().map(|p| &p.0))
    else {
        return Vec::new();
    };
    ac.find_iter(ctx.text)
        .map(|m| {
            let category = parts[m.pattern().as_usize()].1;
            Hit::new(m.start(), m.end(), category, 0.95, "matches a known identifier given to the screen")
        })
        .collect()
}

/// Known e-mail addresses, handles and numbers written with spaces between their letters
/// (`a a r a v . m e h t a @ g m a i l . c o m`): compared with the text's letters, digits and `.@-_+` alone.
fn spaced_literals(ctx: &Context<'_>, known: &Known) -> Vec<Hit> {
    let kept = |c: char| c.is_ascii_alphanumeric() || ".@-_+".contains(c);
    let wanted: Vec<String> = known
        .other
        .iter()
        .map(|s| crate::normalise::Normalised::new(s).text.chars().filter(|&c| kept(c)).collect::<String>())
        .map(|s| s.to_ascii_lowercase())
        .filter(|s| s.len() >= 6 && s.bytes().any(|b| b.is_ascii_alphabetic()))
        .collect();
    // Spelled letter by letter means three one-char words in a row at least; most texts have none.
    let spelled = ctx.tokens.windows(3).any(|w| w.iter().all(|t| t.end - t.start == 1));
    if wanted.is_empty() || !spelled {
        return Vec::new();
    }
    let mut compact = String::with_capacity(ctx.text.len());
    let mut at: Vec<usize> = Vec::with_capacity(ctx.text.len());
    for (i, c) in ctx.text.char_indices().filter(|&(_, c)| kept(c)) {
        compact.push(c.to_ascii_lowercase());
        at.push(i);
    }
    let alnum_at = |i: Option<char>| i.is_some_and(|c| c.is_alphanumeric());
    let mut hits = Vec::new();
    for w in &wanted {
        for s in memchr::memmem::find_iter(compact.as_bytes(), w.as_bytes()) {
            let (start, end) = (at[s], at[s + w.len() - 1] + 1);
            let span = &ctx.text[start..end];
            // Written without spaces, the known-literal rule finds it; glued to more letters, it is another word.
            if !span.contains(char::is_whitespace)
                || alnum_at(ctx.text[..start].chars().next_back())
                || alnum_at(ctx.text[end..].chars().next())
            {
                continue;
            }
            let reason = "a known identifier given to the screen, spelled out letter by letter";
            hits.push(Hit::new(start, end, Category::Contact, 0.9, reason));
        }
    }
    hits
}
