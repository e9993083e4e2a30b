//! Organisations: the compiled-in list of transplant centres, hospitals and registries, and names ending in a
//! word like "Hospital", "Klinikum", "Ltd" or "अस्पताल".

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::{Context, gazetteer_runs, re};
use crate::gazetteer::ORG;
use crate::{Category, Hit};

/// Words that end an organisation's name, in any case ("Ltd", "LTD", "Corporation", "CORPORATION").
const ORG_WORDS: &str = "(?i:Hospitals?|Clinics?|Medical\\s+Cent(?:er|re)|Cancer\\s+Cent(?:er|re)|Cent(?:er|re)|Institute|\
Institut|University|College|School|Academy|Bank|Trust|Foundation|Society|Registry|Inc|Incorporated|Ltd|LLC|LLP|PLC|\
GmbH|Corp|Corporation|Bancorporation|Company|Group|Limited|Holdings|Partners|Associates|Labs?|Technologies|Systems|\
Solutions|Services|Pvt|Industries|Enterprises|Klinik|Klinikum|Krankenhaus|Universität|Hochschule|Schule|Gymnasium|\
Stiftung|Verein|Hospice|Infirmary|Medicity|Healthcare|Pharma|Pharmaceuticals|Bancorp|Co\\.\\s?Ltd|Sons|Brothers|\
Bros|Motors|Airlines|Insurance|Church|Temple|Mandir|Gurudwara|Mosque|Hotel|Restaurant|Cafe|Café|Factory|Mills|\
Works|Store|Stores|Shop|Mart|Agency|Council|Ministry|Club|Children's|Programme|Program|Railways?|Service)|AG|KG|Co|Fund|ETF|NV|SA|SE|AB|ASA|Oyj|S\\.A|SpA|SPA|plc";

/// Up to five capitalised words (with "of", "&"…) ending in an organisation word.
static ORG_SUFFIX: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"\b(?:The\s+)?(?:[\p{{Lu}}\d][\p{{L}}\p{{M}}\d'’&.\-]*(?:\s*\([\p{{Lu}}][\p{{L}}]*\))?[ \t]+(?:(?:of|for|and|&|de|der|des|für|zu|the|di|du|la)[ \t]+)?){{1,5}}(?:{ORG_WORDS})\b\.?"
    ))
});
/// "University of Mumbai", "Universität zu Köln", "Hospital for Sick Children".
static ORG_PREFIX: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:University|Universität|College|Bank|Hospital|Institute|School|Church|Temple|Klinikum|Krankenhaus|Schule)\s+(?:of|zu|für|for|der|des|am|an\s+der)\s+(?:the\s+)?[\p{Lu}][\p{L}\p{M}\-]*(?:\s+[\p{Lu}][\p{L}\p{M}\-]*){0,3}|\b(?:Congregation|Parish|Synagogue|Mosque|Masjid|Gurdwara|Gurudwara|Mandir|Stiftung|Förderverein|Stichting|Vereniging|Stowarzyszenie)\s+[\p{Lu}][\p{L}\p{M}\-]*(?:\s+[\p{Lu}][\p{L}\p{M}\-]*){0,3}",
    )
});
/// Spanish, Italian, French and Portuguese put the institution word first, often in lower case: "Hospital La
/// Paz", "hospital de Cruces", "ospedale Brotzu", "Hospital de São João", "Hôpital Necker", "Liceo Manzoni".
static ORG_PREFIX_ROMANCE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?i:hospital|hôpital|hopital|ospedale|policlinico|clínica|clinica|clinique|istituto|instituto|universidad|università|universidade|université|fundación|fundação|fondazione|fondation|colegio|collège|lycée|liceo|escola|escuela|scuola|iglesia|église|chiesa|igreja|parroquia|paróquia|parrocchia)(?:[ \t]+(?:de|del|de\s+la|di|della|dello|do|da|dos|das|des|du|dei|degli|delle))?(?:[ \t]+|[ \t]+(?i:d'|dell'|de\s+l'|l'))(?:\p{Lu}[\p{L}\p{M}\-']*)(?:[ \t]+(?:(?:de|del|di|da|do|dos|das|des|du|la|le|y|e)[ \t]+)?\p{Lu}[\p{L}\p{M}\-']*){0,3}",
    )
});
/// Spanish hospitals by the short name everyone uses, after "en", "a" or "de": "me trasplantaron en La Fe", "en
/// el Civil". Case matters: "en la fe" is faith.
static SHORT_HOSPITAL_ES: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"\b(?:en|a|de|del|al)[ \t]+(?:el[ \t]+)?(La[ \t]+Fe|La[ \t]+Paz|Civil|Clínic|Niño[ \t]+Jesús)\b")
});
/// The team a writer supports, before the word: "a Spurs fan", "a mad Broncos supporter".
static TEAM_BEFORE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b((?:\p{Lu}[\p{L}\p{M}'\-]*[ \t]+){0,2}\p{Lu}[\p{L}\p{M}'\-]*)[ \t]+(?i:fan|fans|supporter|supporters|season[ \-]ticket[ \-]holder)\b",
    )
});
/// A team before its games in mid-sentence: "I watched two whole Brewers games", "one last Bulls game".
static TEAM_GAMES: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\b(\p{Lu}[\p{Ll}\p{M}'\-]+(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'\-]+)?)[ \t]+(?:games?|matches)\b"));
/// … and after it: "Fan von Schalke", "tifoso della Roma", "hincha de Boca", "torcedor do Flamengo".
static TEAM_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?i:fan\s+(?:von|vom|des|der|of|de|du|do|da)|supporter\s+(?:of|de|du)|i\s+support|we\s+support|supporting|anhänger\s+(?:von|vom|des|der)|tifos[oaie]\s+(?:del|della|dell'|dei|di)|hincha\s+(?:del|de)|aficionad[oa]\s+(?:del|de)|torcedor[a]?\s+(?:do|da|de))[ \t]*(?:the[ \t]+|l')?(\p{Lu}[\p{L}\p{M}'\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'\-]*){0,2})",
    )
});
/// The writer's employer: "I work for Deutsche Bahn", "arbeite seit zwanzig Jahren bei VW", "travaille chez
/// Michelin", "werk bij Philips".
static EMPLOYER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i:\bi\s+work\s+(?:for|at)|\b(?:works|worked|working)\s+(?:for|at)|\bemployed\s+(?:by|at)|\barbeit(?:e|et|ete|en)\s+(?:[^\s.,;:!?]+\s+){0,4}?(?:bei|für)|\btravaill(?:e|ais|ait)\s+(?:chez|pour)|\btrabaj(?:o|a|aba)\s+(?:en|para)|\blavor(?:o|a|avo)\s+(?:da|presso|per)|\btrabalh(?:o|a|ava)\s+(?:na|no|para)|\bwerk(?:t|te)?\s+(?:bij|voor)|\bpracuj(?:ę|e)\s+w)\s+(?:(?i:the|der|den|dem|la|el|il|o|a)\s+)?(\p{Lu}[\p{L}\p{M}&'\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}&'\-]*){0,2})",
    )
});
/// A newspaper named by its title: "made the Courier", "stand im Kurier", "the Manly Daily Herald".
static NEWSPAPER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b((?:\p{Lu}[\p{L}\-]+\s+)?(?:Courier|Herald|Gazette|Chronicle|Tribune|Mercury|Examiner|Advertiser|Kurier|Anzeiger|Rundschau|Tagblatt|Tageblatt|Dépêche|Provençal))\b",
    )
});
/// Village and town bodies named by their place: "Freiwillige Feuerwehr Taufkirchen", "Musikverein Harmonie".
static LOCAL_BODY_DE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b\p{Lu}\p{Ll}+verein\s+\p{Lu}[\p{L}\-]+|\b(?:Freiwillige[n]?\s+)?(?:Feuerwehr|Blaskapelle|Musikkapelle|Stadtkapelle|Trachtenkapelle|Bürgerkapelle|Spielmannszug|Musikverein|Sportverein|Turnverein|Schützenverein|Gesangverein|Kirchenchor|Posaunenchor|Männerchor|Frauenchor|Landjugend|Kolpingsfamilie|Heimatverein|Karnevalsverein|Trachtenverein|Bergwacht|Wasserwacht)\s+\p{Lu}[\p{L}\-]+",
    )
});
/// Football and sports clubs by their usual forms: "1. FC Köln", "Preußen Münster", "VfB Stuttgart", "Newcastle
/// United", "Real Betis", "AS Roma", "Olympique Lyonnais", "Sporting Braga".
static CLUB: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:FC|SC|SV|TSV|TuS|VfB|VfL|SpVgg|FSV|BSC|KSC|SG|Borussia|Eintracht|Fortuna|Preußen|Arminia|Alemannia|Kickers|Dynamo|Hansa|Hertha|Real|Atlético|Athletic|Deportivo|Sporting|Olympique|Stade|Racing|AS|AC|SSC|US|RC|Vitória|Benfica)\s+\p{Lu}[\p{L}\-]+\b",
    )
});
/// … and by the word after the town ("Newcastle United", "Bristol Rovers"): a pattern of its own, so that only
/// letters holding one of these words are searched for it (every match ends with one).
static CLUB_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b\p{Lu}[\p{L}\-]+\s+(?:United|Rovers|Wanderers|Albion|Hotspur|Rangers|Celtic|Athletic|Town\s+FC|City\s+FC|FC)\b",
    )
});
/// Words before "fan" that say what kind of fan, not whose.
const NOT_TEAMS: &[&str] = &[
    "big", "huge", "massive", "true", "real", "die-hard", "football", "soccer", "cricket", "rugby", "sports", "music",
    "ein", "der", "grand", "gran", "your", "number", "one", "i", "i'm",
];
/// Capitalised words before "games" that name a kind of game or an event, not a team.
const NOT_TEAM_GAMES: &[&str] = &[
    "final",
    "finals",
    "olympic",
    "olympics",
    "world",
    "cup",
    "test",
    "league",
    "home",
    "away",
    "video",
    "board",
    "card",
    "hunger",
    "commonwealth",
    "paralympic",
    "highland",
    "state",
    "origin",
    "i",
    "the",
    "our",
    "my",
    "his",
    "her",
    "their",
    "all",
    "some",
    "two",
    "three",
    "few",
    "last",
    "next",
    "first",
    "big",
    "great",
    "playoff",
    "nba",
    "nfl",
];

/// German compounds: "Uniklinik Köln", "Elisabethenkrankenhaus", "Goethe-Gymnasium".
static ORG_COMPOUND: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b[\p{Lu}][\p{L}\-]*(?:klinik|klinikum|kliniken|krankenhaus|schule|gymnasium|universität|hochschule|stiftung|werke|bank|versicherung|hospital|spital)\b|\b\p{Lu}[\p{L}]*-(?:Klinik|Klinikum|Kliniken|Krankenhaus|Schule|Gymnasium|Universität|Hochschule|Stiftung|Spital)\b(?:\s+[\p{Lu}][\p{L}\-]+){0,2}",
    )
});
/// Hindi: one to three words before "अस्पताल", "क्लिनिक", "विश्वविद्यालय"….
static ORG_HI: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:[\p{L}\p{M}]+\s+){1,3}(?:अस्पताल|हॉस्पिटल|हस्पताल|क्लिनिक|विश्वविद्यालय|महाविद्यालय|विद्यालय|स्कूल|कॉलेज|संस्थान|बैंक|कंपनी|मंदिर|गुरुद्वारा|सेंटर|सेन्टर|केंद्र|इंस्टिट्यूट)",
    )
});

static HI_WORD: LazyLock<Pattern> = LazyLock::new(|| re(r"[\p{L}\p{M}]+"));

/// Hindi words that start a phrase, not a name (trimmed from the front of an organisation).
const HI_FUNCTION_WORDS: &[&str] = &[
    "में",
    "का",
    "की",
    "के",
    "से",
    "ने",
    "को",
    "और",
    "है",
    "एक",
    "यह",
    "वह",
    "मैं",
    "हम",
    "मेरे",
    "मेरी",
    "मेरा",
    "हमारे",
    "हमारी",
    "आप",
    "आपके",
    "था",
    "थी",
    "थे",
    "पर",
    "लिए",
    "उस",
    "इस",
    "जो",
    "तो",
    "भी",
    "ही",
    "गया",
    "गई",
    "हुआ",
];

/// English letter names as written in Devanagari: "एस" S, "जी" G, "पी" P, "आई" I, "एम" M, "सी" C…
const DEVANAGARI_LETTERS: &[(&str, char)] = &[
    ("डब्ल्यू", 'w'),
    ("क्यू", 'q'),
    ("एक्स", 'x'),
    ("ज़ेड", 'z'),
    ("जेड", 'z'),
    ("वाई", 'y'),
    ("एच", 'h'),
    ("एफ", 'f'),
    ("एम", 'm'),
    ("एन", 'n'),
    ("एल", 'l'),
    ("एस", 's'),
    ("आई", 'i'),
    ("आर", 'r'),
    ("जी", 'g'),
    ("पी", 'p'),
    ("सी", 'c'),
    ("डी", 'd'),
    ("बी", 'b'),
    ("टी", 't'),
    ("वी", 'v'),
    ("के", 'k'),
    ("जे", 'j'),
    ("यू", 'u'),
    ("ओ", 'o'),
    ("ई", 'e'),
    ("ए", 'a'),
];

/// The Latin letters a Devanagari word spells as an abbreviation ("सीएमसी" → "cmc"), if it is one.
fn devanagari_abbreviation(word: &str) -> Option<String> {
    let mut rest = word;
    let mut out = String::new();
    while !rest.is_empty() {
        let (name, letter) = DEVANAGARI_LETTERS.iter().find(|(name, _)| rest.starts_with(name))?;
        out.push(*letter);
        rest = &rest[name.len()..];
    }
    Some(out)
}

/// Whether a Devanagari word is a Hindi function word ("में", "का", "की"…).
pub(super) fn is_hindi_function_word(word: &str) -> bool {
    HI_FUNCTION_WORDS.contains(&word)
}

/// Words that start a sentence but not an organisation's name.
const LEADING: &[&str] =
    &["the", "at", "in", "from", "with", "and", "my", "our", "yesterday", "today", "when", "we", "i"];

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut hits = Vec::new();
    for (i, j, _) in gazetteer_runs(ctx, ORG) {
        let first = &ctx.tokens[i];
        let single = j == i + 1;
        // A one-word entry ("AIIMS", "Charité") must be written with a capital; longer ones match in any case.
        if single && first.text.chars().next().is_some_and(char::is_lowercase) {
            continue;
        }
        let end = ctx.tokens[j - 1].end;
        hits.push(Hit::new(first.start, end, Category::Organization, 0.9, "hospital or registry in the list"));
    }
    for m in ORG_SUFFIX.find_iter(text).chain(ORG_PREFIX.find_iter(text)).chain(ORG_COMPOUND.find_iter(text)) {
        // The closing word may be in capitals ("LTD") but not in lower case ("my registry"), except "plc".
        let last = m.as_str().trim_end_matches('.').rsplit([' ', '\t']).next().unwrap_or("");
        if last.chars().next().is_some_and(char::is_lowercase) && !last.starts_with("plc") {
            continue;
        }
        // A full stop after a word of three or more letters ends a sentence: the name starts after it.
        let mut from = m.start();
        for (idx, _) in m.as_str().match_indices(". ") {
            let before = m.as_str()[..idx].rsplit(' ').next().unwrap_or("");
            let abbreviation =
                ["inc", "ltd", "co", "corp", "st", "dr", "bros", "no"].contains(&before.to_lowercase().as_str());
            if before.chars().count() > 2 && !abbreviation {
                from = m.start() + idx + 2;
            }
        }
        let start = trim_leading(ctx, from, m.end());
        // One ordinary word ("Grundschule", "Hospital") names no particular place.
        let g = crate::gazetteer::Gazetteer::get();
        let word = &text[start..m.end()];
        if !word.contains(' ') && g.is_common(&crate::normalise::fold(word.trim_end_matches('.'))) {
            continue;
        }
        if start < m.end() {
            hits.push(Hit::new(start, m.end(), Category::Organization, 0.75, "name of an organisation"));
        }
    }
    let g = crate::gazetteer::Gazetteer::get();
    for m in LOCAL_BODY_DE.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.6, "a local club or brigade"));
    }
    // Clubs by their last word and newspapers are searched for only in letters that hold one of those words
    // (`Pattern` skips the others).
    for m in CLUB.find_iter(text).chain(CLUB_AFTER.find_iter(text)) {
        hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.6, "a sports club"));
    }
    for c in NEWSPAPER.captures_iter(text) {
        if let Some(m) = c.get(1) {
            hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.6, "a newspaper"));
        }
    }
    for c in EMPLOYER.captures_iter(text) {
        if let Some(m) = c.get(1) {
            let word = crate::normalise::fold(m.as_str());
            // "I work for Mum", "arbeite bei Wind und Wetter": a capitalised ordinary word is not an employer.
            if word.contains(' ') || !(g.is_lowercase_word(&word) || super::names::is_ordinary_capital(&word)) {
                hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.6, "the writer's employer"));
            }
        }
    }
    // The team patterns start at any capital: tried only in letters that speak of fans or supporters.
    let teams = ctx.tokens.iter().any(|t| {
        let w = t.base();
        w.starts_with("fan")
            || w.starts_with("support")
            || w.starts_with("tifos")
            || w.starts_with("aficionad")
            || w.starts_with("torcedor")
            || matches!(w, "season" | "hincha" | "anhänger")
    });
    let team_matches: Vec<_> = if teams {
        TEAM_BEFORE.captures_iter(text).chain(TEAM_AFTER.captures_iter(text)).collect()
    } else {
        Vec::new()
    };
    for c in team_matches {
        if let Some(m) = c.get(1) {
            let start = trim_leading(ctx, m.start(), m.end());
            let i = ctx.token_at(start);
            // "Huge fan of…", "Ein Fan": an ordinary word at a sentence start is not a team ("Spurs" and
            // "Broncos" in mid-sentence are).
            let ordinary = ctx.tokens.get(i).is_some_and(|t| {
                t.end == m.end()
                    && (NOT_TEAMS.contains(&t.base()) || (t.sentence_start && g.is_lowercase_word(t.base())))
            });
            if start < m.end() && !ordinary {
                hits.push(Hit::new(start, m.end(), Category::Organization, 0.6, "a team the writer supports"));
            }
        }
    }
    if ctx.maybe("en") && ctx.tokens.iter().any(|t| matches!(t.base(), "game" | "games" | "matches")) {
        for c in TEAM_GAMES.captures_iter(text) {
            let Some(m) = c.get(1) else { continue };
            // Not at a sentence's start, not a day, a word for a kind of game or a name of a cup ("Sunday games",
            // "Final", "Olympic", "World Cup").
            let first = ctx.tokens.get(ctx.token_at(m.start()));
            let ordinary = first.is_none_or(|t| {
                t.sentence_start || super::dates::is_calendar_word(t.base()) || NOT_TEAM_GAMES.contains(&t.base())
            });
            if !ordinary {
                hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.5, "a team the writer follows"));
            }
        }
    }
    if ctx.maybe("es") {
        for c in SHORT_HOSPITAL_ES.captures_iter(text) {
            if let Some(m) = c.get(1) {
                hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.6, "a hospital by its short name"));
            }
        }
    }
    if ["es", "it", "fr", "pt"].iter().any(|l| ctx.maybe(l)) {
        for m in ORG_PREFIX_ROMANCE.find_iter(text) {
            hits.push(Hit::new(m.start(), m.end(), Category::Organization, 0.75, "name of an organisation"));
        }
    }
    // "एसजीपीजीआई", "सीएमसी": an institution by its abbreviation, spelled in Devanagari (not "आईसीयू", "एचएलए").
    for t in ctx.tokens.iter().filter(|t| t.devanagari) {
        // "एचएएलमध्ये" (in HAL): a case ending after the abbreviation.
        let bare = ["मध्ये", "च्या", "ची", "चा", "चे", "ला", "ने", "त", "में", "का", "की", "के"]
            .iter()
            .find_map(|e| t.text.strip_suffix(e).filter(|b| !b.is_empty()))
            .unwrap_or(t.text);
        if let Some(latin) = devanagari_abbreviation(t.text).or_else(|| devanagari_abbreviation(bare))
            && latin.len() >= 3
            && !super::names::is_ordinary_capital(&latin)
        {
            hits.push(Hit::new(t.start, t.end, Category::Organization, 0.6, "an abbreviation (of an institution?)"));
        }
    }
    for m in ORG_HI.find_iter(text) {
        // Leading Hindi function words and ordinary words are not part of the name.
        let words: Vec<crate::pattern::Found<'_>> = HI_WORD.find_iter(m.as_str()).collect();
        let skip = words
            .iter()
            .take(words.len().saturating_sub(1))
            .take_while(|w| HI_FUNCTION_WORDS.contains(&w.as_str()) || g.is_common(&crate::normalise::fold(w.as_str())))
            .count();
        let Some(first) = words.get(skip).filter(|_| skip + 1 < words.len()) else {
            continue;
        };
        let start = m.start() + first.start();
        hits.push(Hit::new(start, m.end(), Category::Organization, 0.7, "name of an organisation"));
    }
    hits
}

/// Skips leading words like "The", "At", "Yesterday" at the start of a sentence.
fn trim_leading(ctx: &Context<'_>, start: usize, end: usize) -> usize {
    let mut i = ctx.token_at(start);
    let mut pos = start;
    while let Some(t) = ctx.tokens.get(i) {
        if t.end >= end || !LEADING.contains(&t.folded.as_ref()) {
            break;
        }
        pos = ctx.tokens.get(i + 1).map_or(end, |n| n.start);
        i += 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenise;

    fn found(text: &str) -> Vec<String> {
        let toks = tokenise(text);
        let ctx = Context::new(text, &toks, None);
        detect(&ctx).into_iter().map(|h| text[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn organisations() {
        assert!(found("I was treated at Ruby Hall Clinic in Pune").contains(&"Ruby Hall Clinic".to_string()));
        assert!(found("I work for Skylight Health Group Inc. now").contains(&"Skylight Health Group Inc.".to_string()));
        assert!(found("im Universitätsklinikum Heidelberg").contains(&"Universitätsklinikum Heidelberg".to_string()));
        assert!(found("मैं टाटा मेमोरियल अस्पताल में").contains(&"टाटा मेमोरियल अस्पताल".to_string()));
        assert!(found("The Royal Marsden was kind").contains(&"Royal Marsden".to_string()));
        assert!(found("¡Solo iba al hospital de Cruces!").contains(&"hospital de Cruces".to_string()));
        assert!(
            found("trapiantato all'ospedale Brotzu di Cagliari").contains(&"ospedale Brotzu di Cagliari".to_string())
        );
        assert!(found("no Hospital de São João, no Porto").contains(&"Hospital de São João".to_string()));
        assert!(found("I'm a Spurs fan, so pity me").contains(&"Spurs".to_string()));
        assert!(found("I'm a mad Broncos supporter").contains(&"Broncos".to_string()));
        assert!(found("sono tifoso della Roma da sempre").contains(&"Roma".to_string()));
        assert!(found("I'm a big fan of the way you write").is_empty());
        assert!(found("am Universitätsspital Basel statt").contains(&"Universitätsspital Basel".to_string()));
    }
}
