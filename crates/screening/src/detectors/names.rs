//! Names of people: context cues ("my name is", "Dear", "Liebe", "मेरा नाम … है", "my son …"), signature lines,
//! and runs of capitalised words that hold a name of the gazetteer or a word no dictionary knows.

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::{Context, after_place_word, joined, re};
use crate::gazetteer::{FIRST, FixedWords, Gazetteer, LAST, data_lines, fixed_words};
use crate::tokens::Token;
use crate::{Category, Hit};

/// A capitalised name of up to four words (initials allowed), for the cue patterns.
const NAME: &str = r"(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'\-]*)(?:[ \t]+(?:(?:de|van|von|der|den|da|di|del|la|le|al|bin|ibn|du|dos|das|ter|zu)[ \t]+)*(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}'\-]*)){0,3}";
/// A Devanagari word.
const DEV: &str = r"[\u0900-\u0963\u0970-\u097F]+";

struct Cue {
    pattern: Pattern,
    reason: &'static str,
    confidence: f32,
    /// Which words after the cue are not names: after "I am" ordinary words ("I am Happy"); after a greeting
    /// role words only ("Dear Donor", but "Dear Will"); after a title or "my son" none ("Dr Himmel").
    filter: Filter,
}

static CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    let cue = |p: String, reason, confidence| Cue { pattern: re(&p), reason, confidence, filter: Filter::Ordinary };
    let any_word = |p: String, reason, confidence| Cue { pattern: re(&p), reason, confidence, filter: Filter::Nothing };
    let greeting = |p: String, reason, confidence| Cue { pattern: re(&p), reason, confidence, filter: Filter::Roles };
    vec![
        cue(
            format!(r"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bi\s+am|\bi'm|\bthis\s+is|\bcall\s+me|\bmein\s+name\s+ist|\bich\s+heiße|\bich\s+heisse|\bich\s+bin|\bmera\s+naam|\bmain|\bme\s+llamo|\bmi\s+nombre\s+es|\bsoy|\bme\s+chamo|\bchamo-me|\bmeu\s+nome\s+é|\bsou\s+[ao]|\bmi\s+chiamo|\bil\s+mio\s+nome\s+è|\bje\s+m'appelle|\bje\s+suis|\bmoi\s+c'est|\bnazywam\s+się|\bmam\s+na\s+imię|\bjestem|\bik\s+heet|\bik\s+ben|\bmijn\s+naam\s+is)[ \t]+({NAME})"),
            "capitalised word after 'my name is', 'I am' or similar",
            0.9,
        ),
        greeting(
            format!(r"(?i:\bnamed|\bcalled|\bknown\s+as|\bnamens|\bgenannt|\bheißt|\bheisst)[ \t]+({NAME})"),
            "capitalised words after 'called' or 'named'",
            0.8,
        ),
        greeting(
            format!(r"(?i:\bdear|\bdearest|\bhi|\bhello|\bhey|\bnamaste|\bliebe|\blieber|\bliebes|\bhallo|\bsehr\s+geehrte[rs]?|\bprivet|\bquerid[oa]s?|\bestimad[oa]s?|\bhola|\bcar[oa]|\bcar[ie]|\bcarissim[oa]|\bgentile|\bciao|\bcher|\bchère|\bchers|\bchères|\bbonjour|\bsalut|\bprezad[oa]s?|\bol[áa]|\boi|\bdrog[ia]|\bdrodzy|\bkochan[ya]|\bszanown[ya]|\bbeste|\blieve|\bhoi)[ \t]+({NAME})"),
            "capitalised word after a greeting ('Dear', 'Liebe'…)",
            0.9,
        ),
        cue(
            format!(r"(?i:\blove|\bregards|\bthanks|\bthank\s+you|\bcheers|\bwishes|\bsincerely|\bgrüße|\bgrüßen|\bgruß|\bdein|\bdeine|\bdanke|\bshukriya|\bdhanyavaad|\bdhanyawad)\s*[,!]?\s+({NAME})"),
            "capitalised word after a closing or thanks",
            0.85,
        ),
        any_word(
            format!(r"(?i:\b(?:my|our|his|her|their)\s+(?:little\s+|eldest\s+|youngest\s+|older\s+|younger\s+|baby\s+)?(?:son|daughter|wife|husband|brother|sister|mother|father|mum|mom|dad|friend|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|nephew|niece|cousin|partner|boy|girl|child|fiancée?|uncle|aunt|doctor|nurse|colleague|neighbou?r|boss|dog|cat|puppy|kitten|horse|pet)s?|\b(?:mein|meine|meinem|meiner|meinen|unser|unsere|unserem|unserer)\s+(?:Sohn|Tochter|Frau|Mann|Bruder|Schwester|Mutter|Vater|Enkel|Enkelin|Freund|Freundin|Oma|Opa|Neffe|Nichte|Cousin|Cousine|Partner|Partnerin|Kind|Ärztin|Arzt|Kollege|Kollegin|Hund|Katze))\s*,?[ \t]+({NAME})"),
            "capitalised word after 'my son', 'my wife' or similar",
            0.9,
        ),
        any_word(
            format!(r"\b(?:Mr|Mrs|Ms|MS|Miss|Mx|Dr|Prof|Herr|Frau|Shri|Smt|Sri|Kumari|Sir|Madam|Dame|Lord|Lady|Pandit|Sardar|Col|Capt|Sgt|Lt|Rev|Sister|Brother|Father|Nurse|Pastor|Pater|Schwester|Pfleger|Doktor|Señora?|Sra|Srta|Sr|Doña|Dra|Monsieur|Madame|Mme|Mlle|Signora|Signorina|Signor|Dott|Dottor|Dottoressa|Professore|Professor|Pan|Pani|Panie|Pana|Meneer|Mevrouw|Mevr|Dhr|Zuster|Tante|Oom|Onkel|Tío|Tía|Zio|Zia|Tio|Tia|Wujek|Ciocia)\.?[ \t]+({NAME})"),
            "capitalised word after a title (Mr, Dr, Frau…)",
            0.9,
        ),
        // Titles in lower case, as Romance and Slavic languages write them in mid-sentence ("pan Marek"); a
        // pattern of its own, so that the one above still starts only at capitals.
        any_word(
            format!(r"\b(?:señora?|doña|signora|signor|dott|dottor|dottoressa|professore|professor|pan|pani|panie|pana|meneer|mevrouw|zuster|tante|oom|tío|tía|zio|zia|tio|tia|wujek|ciocia)\.?[ \t]+({NAME})"),
            "capitalised word after a title (pan, signora, professor…)",
            0.85,
        ),
        cue(format!(r"मेरा\s+नाम\s+({DEV}(?:\s+{DEV})?)\s+(?:है|हैं)"), "word after 'मेरा नाम'", 0.9),
        cue(format!(r"मैं\s+({DEV}(?:\s+{DEV})?)\s+(?:हूँ|हूं)"), "word between 'मैं' and 'हूँ'", 0.7),
        cue(
            format!(r"(?:मेरे|मेरी|मेरा|हमारे|हमारी|हमारा)\s+(?:बेटे|बेटा|बेटी|पत्नी|पति|भाई|बहन|माँ|मां|पिता|पोते|पोता|पोती|दोस्त|मित्र|नाती|नातिन|चाचा|चाची|मामा|मामी)\s+({DEV})"),
            "word after 'मेरे बेटे', 'मेरी पत्नी' or similar",
            0.85,
        ),
        cue(format!(r"(?:श्री|श्रीमती|सुश्री|कुमारी|डॉ\.?|डॉक्टर)\s+({DEV}(?:\s+{DEV})?)"), "word after a title (श्री, डॉ.…)", 0.9),
        cue(format!(r"(?:प्रिय|प्यारे|प्यारी|नमस्ते)\s+({DEV})"), "word after a greeting (प्रिय…)", 0.85),
        cue(format!(r"({DEV})\s+जी\b"), "word before the honorific 'जी'", 0.7),
        cue(r"(?i)\bmera\s+naam\s+([\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:hai|he|h)\b".to_string(), "word after 'mera naam'", 0.9),
        cue(
            r"(?i)\b(?:mere|meri|mera|hamare|hamari)\s+(?:bete|beta|beti|patni|pati|bhai|behen|bahan|dost|maa|papa|pita)\s+(\p{Lu}[\p{L}]+|[\p{L}]+(?:\s+ji)?)".to_string(),
            "word after 'mere bete', 'meri patni' or similar",
            0.8,
        ),
        cue(r"\b(\p{Lu}[\p{L}]+)[ \t]+(?:ji|Ji|JI)\b".to_string(), "word before the honorific 'ji'", 0.75),
        any_word(
            format!(r"(?i:\b(?:regards|love|wishes|greetings|grüße|hugs|thoughts)[ \t]+from)[ \t]+({NAME})"),
            "capitalised word after 'love from' or similar",
            0.85,
        ),
    ]
});

/// A line that closes a letter; the short lines after it are a signature.
static CLOSING: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?im)^[ \t]*(?:yours\b[^\n]{0,20}|your\s+(?:friend|donor|recipient|grateful\s+\w+)|(?:dein|deine|ihr|ihre)\s+(?:spender|spenderin|empfänger|empfängerin|freund|freundin)|(?:kind|warm|best|warmest|many)\s+(?:regards|wishes)|regards|best|with\s+(?:love|gratitude|thanks|best\s+wishes)|love|lots\s+of\s+love|all\s+my\s+love|gratefully|thank\s+you[^\n]{0,30}|thanks[^\n]{0,20}|cheers|sincerely|mit\s+freundlichen\s+grüßen|(?:viele|liebe|herzliche|beste|dankbare)\s+grüße|alles\s+liebe|in\s+(?:\w+\s+)?dankbarkeit|un\s+(?:fuerte\s+|gran\s+)?abrazo|abrazos|con\s+cariño|(?:un\s+)?saludos?|besos|con\s+(?:todo\s+mi\s+|mucho\s+)?(?:amor|gratitud|cariño)|un\s+(?:forte\s+)?abbraccio|baci|con\s+affetto|con\s+gratitudine|cordialmente|bisous|gros\s+bisous|je\s+t'embrasse|amitiés|avec\s+(?:toute\s+)?(?:ma\s+)?(?:gratitude|reconnaissance|affection)|affectueusement|abraços|beijos|com\s+carinho|com\s+gratidão|pozdrawiam|ściskam|z\s+wdzięcznością|z\s+wyrazami\s+[^\n]{0,30}|groetjes|liefs|met\s+(?:vriendelijke|hartelijke)\s+groet(?:en)?|hartelijke\s+groeten|dikke\s+knuffel|dein|deine|ihr|ihre|euer|eure|आपका|आपकी|आपके|तुम्हारा|तुम्हारी|धन्यवाद|शुभकामनाओं\s+सहित|सप्रेम|सादर|tumhara|tumhari|aapka|aapki|shukriya|dhanyavaad|dhanyawad|sadar)(?:[ \t][^\n]{0,60}?)?[ \t]*[,.!]?[ \t]*$",
    )
});

/// Words that are capitalised in letters but name nobody.
static EXTRA_COMMON: LazyLock<FixedWords> =
    LazyLock::new(|| fixed_words(&data_lines(include_str!("../../data/capitalised_common_words.txt"))));

/// Particles inside names ("van der Berg", "de la Cruz", "bin Rashid").
static CONNECTORS: LazyLock<Vec<&str>> = LazyLock::new(|| data_lines(include_str!("../../data/name_particles.txt")));

/// Endings of German nouns, which are capitalised like names.
static GERMAN_NOUN_ENDINGS: LazyLock<Vec<&str>> =
    LazyLock::new(|| data_lines(include_str!("../../data/german_noun_endings.txt")));

#[derive(Debug, Clone, Copy, PartialEq)]
enum Evidence {
    /// Not a word that can be part of a name (a number, or covered by another finding).
    Stop,
    /// Capitalised but an ordinary word.
    Common,
    /// An ordinary word that is also a name ("Will" at a sentence start) or a word in capitals: part of a name
    /// only next to stronger evidence.
    Ambiguous(f32, &'static str),
    /// A particle or an initial: part of a name only between other name words.
    Joiner,
    /// A name of the gazetteer.
    Name(f32, &'static str),
    /// A capitalised word that no dictionary knows.
    Unknown(f32),
}

pub(super) fn detect(ctx: &Context<'_>, earlier: &[Hit]) -> Vec<Hit> {
    let mut hits = Vec::new();
    for cue in CUES.iter() {
        for c in cue.pattern.captures_iter(ctx.text) {
            if let Some(m) = c.get(1) {
                // After "I am" a name is followed by ordinary words ("I am Priya And…"); after "called" the
                // ordinary words are the name ("a bakery called Sweet Crumbs").
                let (start, end) = match cue.filter {
                    Filter::Ordinary => trim_name(ctx, m.start(), m.end()),
                    _ => (m.start(), m.end()),
                };
                if start < end && !cue.filter.drops(&ctx.text[start..end]) {
                    hits.push(Hit::new(start, end, Category::Person, cue.confidence, cue.reason));
                }
            }
        }
    }
    hits.extend(signatures(ctx));
    hits.extend(capitalised_runs(ctx, earlier));
    let again = mentioned_again(ctx, &hits);
    hits.extend(again);
    hits
}

/// Other mentions of a word that a cue showed to be a name ("Mein Mann Klaus …. Klaus konnte"): a sentence
/// start or a word that is also an ordinary one is a name too once the letter has used it as one.
fn mentioned_again(ctx: &Context<'_>, hits: &[Hit]) -> Vec<Hit> {
    let named: std::collections::HashSet<&str> = hits
        .iter()
        .filter(|h| h.category == Category::Person && h.confidence >= 0.8)
        .flat_map(|h| ctx.tokens[ctx.token_at(h.start)..ctx.token_at(h.end)].iter())
        .filter(|t| {
            t.cap && t.text.chars().count() >= 3 && !ROLE_WORDS.contains(t.base()) && !EXTRA_COMMON.contains(t.base())
        })
        .map(|t| t.base())
        .collect();
    if named.is_empty() {
        return Vec::new();
    }
    ctx.tokens
        .iter()
        .filter(|t| t.cap && named.contains(&t.base()))
        .map(|t| Hit::new(t.start, t.end, Category::Person, 0.75, "a word the letter uses as a name elsewhere"))
        .collect()
}

/// Words that follow a greeting or "I am" without being a name ("Dear Donor", "Liebe Spenderin", "I am Happy").
static ROLE_WORDS: LazyLock<FixedWords> =
    LazyLock::new(|| fixed_words(&data_lines(include_str!("../../data/role_words.txt"))));

#[derive(Debug, Clone, Copy)]
enum Filter {
    Nothing,
    Roles,
    Ordinary,
}

impl Filter {
    /// Whether the words caught after a cue are not a name.
    fn drops(self, s: &str) -> bool {
        let g = Gazetteer::get();
        let f = crate::normalise::fold(s.trim_end_matches('.'));
        let role = ROLE_WORDS.contains(f.as_str()) || EXTRA_COMMON.contains(f.as_str());
        match self {
            Filter::Nothing => false,
            Filter::Roles => role,
            Filter::Ordinary => role || (!f.contains(' ') && g.is_common(&f) && g.kinds(&f) & (FIRST | LAST) == 0),
        }
    }
}

/// Drops trailing words of a cue match that are ordinary words ("Dear Priya And" → "Priya").
fn trim_name(ctx: &Context<'_>, start: usize, end: usize) -> (usize, usize) {
    let g = Gazetteer::get();
    let i = ctx.token_at(start);
    let mut j = ctx.token_at(end);
    while j > i + 1 {
        let t = &ctx.tokens[j - 1];
        let common = g.is_common(t.base()) && g.kinds(t.base()) & (FIRST | LAST) == 0;
        if !common {
            break;
        }
        j -= 1;
    }
    match (ctx.tokens.get(i), j.checked_sub(1).and_then(|k| ctx.tokens.get(k))) {
        (Some(a), Some(b)) if j > i => (a.start, b.end.min(end)),
        _ => (start, start),
    }
}

/// Short lines after a closing line ("Yours,", "Viele Grüße", "आपका"), and a short last line.
fn signatures(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut hits = Vec::new();
    let tail_from = text.floor_char_boundary(text.len().saturating_sub(400));
    for m in CLOSING.find_iter(text) {
        if m.start() < tail_from {
            continue;
        }
        let mut pos = m.end();
        let mut taken = 0;
        for line in text[m.end()..].split_inclusive('\n') {
            let line_start = pos;
            pos += line.len();
            let body = line.trim();
            if body.is_empty() {
                continue;
            }
            if taken == 2 || !signature_like(body) {
                break;
            }
            let offset = line.find(body).unwrap_or(0);
            let body = body.trim_start_matches(['-', '—', '–', ' ']).trim_end_matches([',', '.', '!']);
            let s = line_start + offset + line[offset..].find(body).unwrap_or(0);
            if !body.is_empty() {
                hits.push(Hit::new(s, s + body.len(), Category::Person, 0.85, "signature line at the end"));
            }
            taken += 1;
        }
    }
    // A short last line of names, even without a closing.
    if let Some(last) = text.trim_end().rsplit('\n').next() {
        let body = last.trim().trim_start_matches(['-', '—', '–', ' ']).trim_end_matches([',', '.', '!']);
        let g = Gazetteer::get();
        let words: Vec<&str> = body.split_whitespace().collect();
        let namey = !words.is_empty()
            && words.len() <= 3
            && signature_like(body)
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || crate::normalise::is_devanagari(c)))
            && words
                .iter()
                .any(|w| !g.is_common(&crate::normalise::fold(w.trim_matches(|c: char| !c.is_alphanumeric()))));
        if namey && let Some(off) = text.rfind(body) {
            hits.push(Hit::new(off, off + body.len(), Category::Person, 0.6, "short last line (signature)"));
        }
    }
    hits
}

fn signature_like(line: &str) -> bool {
    let g = Gazetteer::get();
    // "Your donor", "आपका दाता": a signature without a name.
    let all_plain = line.split_whitespace().all(|w| {
        let f = crate::normalise::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        (g.is_common(&f) && g.kinds(&f) & (FIRST | LAST) == 0)
            || ROLE_WORDS.contains(f.as_str())
            || EXTRA_COMMON.contains(f.as_str())
    });
    !all_plain
        && line.chars().count() <= 40
        && line.split_whitespace().count() <= 5
        && !line.contains(['@', ':'])
        && !line.chars().any(|c| c.is_ascii_digit())
}

fn evidence(ctx: &Context<'_>, i: usize, covered: &[bool], shouty: bool) -> Evidence {
    let g = Gazetteer::get();
    let t: &Token<'_> = &ctx.tokens[i];
    if covered[i] || !t.is_alpha() {
        return Evidence::Stop;
    }
    let base = t.base();
    if t.devanagari {
        return if g.kinds(base) & (FIRST | LAST) != 0 && base.chars().count() >= 2 && !g.is_common(base) {
            Evidence::Name(0.7, "name in the gazetteer")
        } else {
            Evidence::Stop
        };
    }
    if !t.cap && CONNECTORS.contains(&base) {
        return Evidence::Joiner;
    }
    // Scripts without capitals (Arabic, Chinese, Thai…): only the gazetteer can tell.
    let caseless = t.text.chars().next().is_some_and(|c| !c.is_uppercase() && !c.is_lowercase());
    if caseless {
        // Hebrew names that are also everyday words ("בן" son, "שלום" peace) go by the language's own list.
        let frequent = ctx.word_language().is_some_and(|l| crate::languages::is_common_in(l, base));
        return if g.kinds(base) & (FIRST | LAST) != 0 && !g.is_common(base) && !frequent {
            Evidence::Name(0.6, "name in the gazetteer")
        } else {
            Evidence::Stop
        };
    }
    if !t.cap {
        return Evidence::Stop;
    }
    // Looked up only now: most words are in lower case and stop above.
    let kinds = g.kinds(base);
    if t.text.chars().count() == 1 {
        return if base == "i" { Evidence::Common } else { Evidence::Joiner };
    }
    // Contractions ("I'm", "Don't", "We'll") are ordinary words.
    if let Some((_, tail)) = base.split_once('\'')
        && matches!(tail, "m" | "ll" | "re" | "ve" | "d" | "t")
    {
        return Evidence::Common;
    }
    if EXTRA_COMMON.contains(base) || ROLE_WORDS.contains(base) {
        return Evidence::Common;
    }
    let reason = match (kinds & FIRST != 0, kinds & LAST != 0) {
        (true, true) => "name in the gazetteer",
        (true, false) => "first name in the gazetteer",
        (false, true) => "family name in the gazetteer",
        (false, false) => "",
    };
    // An upper-case word in a letter that is not shouting is often a town or a company ("SCHMIEDEN").
    let capitals =
        !shouty && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !t.text.chars().any(char::is_lowercase);
    let frequent = frequent_in_letter(ctx, t);
    if !reason.is_empty() {
        // In a German letter every noun has a capital: "Sommer", "Koch", "Gute" need a neighbouring name.
        let german = ctx.language.is_some_and(|l| l.starts_with("de")) && g.is_common(base);
        if g.is_lowercase_word(base) || german || frequent {
            // "Will", "Hope", "Mark": at the start of a sentence a capital says nothing.
            return if (t.sentence_start || german) && !capitals {
                Evidence::Ambiguous(0.5, reason)
            } else {
                Evidence::Name(0.55, reason)
            };
        }
        return Evidence::Name(0.8, reason);
    }
    // Compounds are split only in a letter said to be German: elsewhere a name may end like a German noun.
    let german_letter = ctx.language.is_some_and(|l| l.starts_with("de"));
    if g.is_common(base)
        || frequent
        || (ctx.maybe("de") && german_noun(base))
        || (german_letter && german_compound(base))
    {
        return if capitals { Evidence::Unknown(0.4) } else { Evidence::Common };
    }
    Evidence::Unknown(if t.sentence_start { 0.35 } else { 0.5 })
}

/// Whether the word is a frequent word of the letter's language. The frequency lists hold many towns and
/// names, so they speak for sentence starts only, where a capital says nothing.
fn frequent_in_letter(ctx: &Context<'_>, t: &Token<'_>) -> bool {
    if !t.sentence_start {
        return false;
    }
    ctx.word_language().is_some_and(|lang| {
        crate::languages::is_common_in(lang, t.base()) || crate::languages::verb_form(lang, t.base())
    })
}

/// A German compound ending in an ordinary noun ("Stammzellentnahme" → "entnahme", "Fußballverein" → "verein")
/// that is not a name of the gazetteer.
fn german_compound(word: &str) -> bool {
    let g = Gazetteer::get();
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    if chars.len() < 8 {
        return false;
    }
    (3..chars.len().saturating_sub(3)).any(|k| {
        let tail = &word[chars[k].0..];
        g.is_common(tail) && g.kinds(tail) == 0 && !g.is_lowercase_word(tail)
    })
}

fn german_noun(word: &str) -> bool {
    word.chars().count() > 6 && GERMAN_NOUN_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Words that make a run of capitalised words a place ("Pickle Lake", "Port Louis", "Bad Homburg").
static PLACE_PARTS: LazyLock<Vec<&str>> = LazyLock::new(|| data_lines(include_str!("../../data/place_parts.txt")));

/// A run of two or more capitalised words holding a place word is a place name.
fn place_run(ctx: &Context<'_>, i: usize, j: usize) -> Option<Hit> {
    let toks = &ctx.tokens[i..j];
    if toks.len() < 2 || !toks.iter().all(|t| t.cap) || !toks.iter().any(|t| PLACE_PARTS.contains(&t.base())) {
        return None;
    }
    let first = toks.first()?;
    let last = toks.last()?;
    let start = if first.sentence_start && !PLACE_PARTS.contains(&first.base()) && toks.len() > 2 {
        toks.get(1)?.start
    } else {
        first.start
    };
    Some(Hit::new(start, last.end, Category::Location, 0.5, "capitalised words with a place word ('Lake', 'Port'…)"))
}

/// Runs of capitalised words (with particles and initials between them) holding at least one name or unknown
/// word; ordinary words at either end are left out.
fn capitalised_runs(ctx: &Context<'_>, earlier: &[Hit]) -> Vec<Hit> {
    let toks = ctx.tokens;
    let others: Vec<Hit> = earlier.iter().filter(|h| h.category != Category::Person).cloned().collect();
    let bytes = super::coverage(ctx.text.len(), &others);
    let covered: Vec<bool> =
        toks.iter().map(|t| bytes.get(t.start..t.end).is_some_and(|b| b.iter().all(|&x| x))).collect();
    // A letter mostly in capitals says nothing by its capitals.
    let caps = toks.iter().filter(|t| !t.text.chars().any(char::is_lowercase) && t.text.chars().count() >= 3).count();
    let shouty = caps * 3 > toks.len();
    let ev: Vec<Evidence> = (0..toks.len()).map(|i| evidence(ctx, i, &covered, shouty)).collect();
    let g = Gazetteer::get();
    let mut hits = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if ev[i] == Evidence::Stop {
            // A lower-case word that is a name and nothing else ("priya") is still worth a look.
            let t = &toks[i];
            if !covered[i] && !t.cap && !t.devanagari && t.is_alpha() {
                let base = t.base();
                if g.kinds(base) & (FIRST | LAST) != 0
                    && !g.is_common(base)
                    && ctx.word_language().is_none_or(|l| matches!(l.get(..2), Some("en" | "de" | "hi")))
                    && !EXTRA_COMMON.contains(base)
                    && base.chars().count() >= 4
                {
                    hits.push(Hit::new(
                        t.start,
                        t.end,
                        Category::Person,
                        0.3,
                        "lower-case word that is a name in the gazetteer",
                    ));
                }
            }
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < toks.len() && ev[j] != Evidence::Stop && joined(ctx.text, &toks[j - 1], &toks[j]) {
            j += 1;
        }
        hits.extend(place_run(ctx, i, j));
        hits.extend(run_hit(ctx, &ev, i, j));
        i = j;
    }
    hits
}

/// Whether the words `i..j` fill their line (but for punctuation).
fn whole_line(ctx: &Context<'_>, i: usize, j: usize) -> bool {
    let (Some(first), Some(last)) = (ctx.tokens.get(i), j.checked_sub(1).and_then(|k| ctx.tokens.get(k))) else {
        return false;
    };
    // Walk from the run to each end of its line, stopping at the first letter or digit (a long line without
    // breaks is not read again for every run).
    fn no_word_until_break(chars: impl Iterator<Item = char>) -> bool {
        chars.take_while(|&c| c != '\n').all(|c| !c.is_alphanumeric())
    }
    j - i >= 2
        && no_word_until_break(ctx.text[..first.start].chars().rev())
        && no_word_until_break(ctx.text[last.end..].chars())
}

/// The finding for one run of capitalised words, if it holds a name or an unknown word.
fn run_hit(ctx: &Context<'_>, ev: &[Evidence], i: usize, j: usize) -> Option<Hit> {
    let toks = ctx.tokens;
    let strong = ev[i..j].iter().any(|e| matches!(e, Evidence::Name(..) | Evidence::Unknown(_)));
    // Ordinary words at the ends go; ambiguous ones stay when the run holds a real name ("Angel G. McIntosh").
    let weak = |e: &Evidence| match e {
        Evidence::Common | Evidence::Joiner => true,
        Evidence::Ambiguous(..) => !strong,
        _ => false,
    };
    let mut a = i;
    let mut b = j;
    while a < b && weak(&ev[a]) {
        a += 1;
    }
    while b > a && weak(&ev[b - 1]) {
        b -= 1;
    }
    if a == b || !strong {
        return None;
    }
    if whole_line(ctx, i, j) {
        // A line that is nothing but this run is a name or address line ("Royale Moïse", "Saber E. Daviau").
        a = i;
        b = j;
    }
    // Capitalised ordinary words (and initials) right after a name are likely a family name ("Brenda P Lemon").
    let mut c = b;
    while c < j && matches!(ev[c], Evidence::Common | Evidence::Joiner) && !toks[c].sentence_start {
        c += 1;
        if ev[c - 1] == Evidence::Common && toks[c - 1].text.chars().count() > 2 {
            b = c;
        }
    }
    let mut best: Option<(f32, &'static str)> = None;
    let mut any_name = false;
    for e in &ev[a..b] {
        let (c, r) = match *e {
            Evidence::Name(c, r) => {
                any_name = true;
                (c, r)
            }
            Evidence::Unknown(c) => (c, "capitalised word not in the dictionary"),
            Evidence::Ambiguous(c, r) => (c, r),
            _ => continue,
        };
        if best.is_none_or(|(bc, _)| c > bc) {
            best = Some((c, r));
        }
    }
    let (mut confidence, reason) = best?;
    if b - a > 1 {
        confidence = (confidence + 0.1).min(0.9);
    }
    let category = if !any_name && after_place_word(ctx, a) { Category::Location } else { Category::Person };
    Some(Hit::new(toks[a].start, toks[b - 1].end, category, confidence, reason))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenise;

    fn found(text: &str) -> Vec<String> {
        let toks = tokenise(text);
        let ctx = Context::new(text, &toks, None);
        detect(&ctx, &[]).into_iter().map(|h| text[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn cues_and_runs() {
        assert!(found("Dear Will, thank you").contains(&"Will".to_string()));
        assert!(!found("Will you write again?").contains(&"Will".to_string()));
        assert!(found("My daughter Esther turned 26").contains(&"Esther".to_string()));
        assert!(found("Yours sincerely,\nTomáš P Kovář").contains(&"Tomáš P Kovář".to_string()));
        assert!(found("मेरा नाम प्रिया शर्मा है").contains(&"प्रिया शर्मा".to_string()));
        assert!(found("We met Zorblat yesterday").contains(&"Zorblat".to_string()));
        assert!(found("Liebe Anna, danke").contains(&"Anna".to_string()));
    }
}
