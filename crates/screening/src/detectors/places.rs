//! Places: towns, regions and countries of the gazetteer, street addresses and postal codes.

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::{Context, after_place_word, gazetteer_runs, re};
use crate::gazetteer::{FIRST, Gazetteer, LAST, PLACE};
use crate::{Category, Hit};

const STREET_WORDS: &str = "Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Pl|\
Square|Sq|Terrace|Close|Crescent|Marg|Nagar|Path|Highway|Hwy|Parkway|Pkwy|Circle|Row|Gardens|Mews|Grove|Walk|\
Colony|Chowk|Bazaar|Bazar|Peth|Wadi|Layout|Enclave|Vihar|Cross|Main|Sector|Block|Phase|Extension|Estate|Hill|Park";

/// "12 MG Road", "0013 14 Crown Street Apt. 890", "221B Baker Street".
static STREET_EN: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"\b\d{{1,5}}[A-Za-z]?(?:[ ,/\-]+\d{{1,5}}[A-Za-z]?)?,?\s+(?:[\p{{Lu}}\d][\p{{L}}\p{{M}}'.\-]*\s+){{0,4}}(?:{STREET_WORDS})\b\.?(?:,?\s+(?:Apt|Apartment|Suite|Flat|Unit|Floor)\.?\s*#?\d+[A-Za-z]?)?"
    ))
});
/// "Hauptstraße 5", "Berliner Straße 12a", "Am Markt 3", "ul. Asnyka Adama 82", "Via Roma 12", "Rue X 8".
static STREET_NUMBER_AFTER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:\b\d{1,5}[ \t]+)?(?i:\b[\p{L}\-]*(?:straße|strasse|str\.|weg|gasse|allee|platz|damm|ufer|chaussee|steig|pfad|laan|straat|gracht|vej|gade|gatan|vägen|veien|utca|sokak|caddesi|sokağı)|\b(?:via|viale|piazza|corso|rue|avenue|calle|avenida|rua|carrer|ul\.|ulica|al\.|plac|ctra\.|carretera|strada|odos|paseo|praça|largo)\s+(?:[\p{L}\p{M}'\-]+\.?\s+){0,3}[\p{L}\p{M}'\-]+)\s+\d{1,5}(?:\s?[a-zA-Z]\b)?(?:\s*(?:Apt|Apartment|Suite|Flat)\.?\s*\d+)?",
    )
});
/// "86589 8 Rue Hedi Labidi", "93 rue des six frères Ruellan": a number before a street word of another language.
static NUMBER_STREET_WORD: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b\d{1,5}(?:[ \t]+\d{1,5})?[ \t]+(?i:via|viale|piazza|corso|rue|avenue|calle|avenida|avda\.|rua|carrer|ul\.|ulica|plac|ctra\.|strada|odos|paseo|praça|largo|chemin|route|allée|boulevard|quai|impasse)[ \t]+(?:[\p{L}\p{M}'\-]+[ \t]*){1,5}",
    )
});
/// "the corner of Derry Street and Pearce Loop": two streets naming one place.
static CORNER: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?i:\bcorner\s+of)\s+[^\n,;]{3,60}?\s+and\s+\p{Lu}[\p{L}\p{M}'\-]*(?:[ \t]+\p{Lu}[\p{L}\p{M}'\-]*){0,3}")
});
/// "Flat 12", "House No. 4", "H.No. 22-3", "Plot 7", "Sector 15", "P.O. Box 286", "Unit 7565 Box 5125".
static UNIT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:flat|house|h\.\s?no|plot|sector|block|ward|apt|apartment|suite|unit|p\.?\s?o\.?\s?box|postfach|box|wohnung)\.?\s*(?:no\.?|nr\.?|#)?\s*\d+[A-Za-z]?(?:[\-/]\d+)?(?:\s+box\s+\d+)?",
    )
});
/// Postal codes: Indian PIN (6 digits), German and US (5 digits, ZIP+4), UK postcodes; with context.
static PIN: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?i)(?:\bpin(?:\s?code)?|\bpincode|पिन(?:\s?कोड)?)\s*[:\-]?\s*([1-9]\d{2}\s?\d{3})\b"));
static SIX: LazyLock<Pattern> = LazyLock::new(|| re(r"\b[1-9]\d{2}\s?\d{3}\b"));
static FIVE: LazyLock<Pattern> = LazyLock::new(|| re(r"\b\d{5}(?:-\d{4})?\b"));
static UK_POSTCODE: LazyLock<Pattern> = LazyLock::new(|| re(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b"));
static PLZ_LABEL: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i:\b(?:plz|postleitzahl|zip(?:\s?code)?|postcode|postal\s?code|post\s?code))(?:\s+is)?\s*[:\-]?\s*(\d{3,6}(?:[\s\-]\d{3,4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b",
    )
});
/// A line holding only a short number, at the end of an address block.
static NUMBER_LINE: LazyLock<Pattern> = LazyLock::new(|| re(r"(?m)^[ \t]*(\d{3,6}(?:[ \-]\d{2,4})?)[ \t]*$"));
/// "2473 Ulriksholmvej 46", "461 Via Carlo Cattaneo 88": a number, one to four words, a number.
static NUMBER_WORDS_NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b\d{1,5}[ \t]+\p{Lu}(?:[\p{L}\p{M}'\-]{0,2}\.|[\p{L}\p{M}'\-]*)(?:[ \t]+(?:[\p{L}\p{M}'\-]{1,3}\.|[\p{L}\p{M}'\-]+)){0,3}[ \t]+\d{1,5}[a-zA-Z]?\b",
    )
});

/// Hindi and Marathi landmarks: a word before "fort", "lake", "road", "market", "ghat"…, in Marathi with its case
/// ending ("मेहरानगढ़ किले", "माल रोड", "फडके रोडवर", "कास पठारावर"; found
/// by the landmark word, the name being the word before it), and a village or district address ("ग्राम व पोस्ट …, ज़िला …, बिहार – 847105").
static HINDI_LANDMARK: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:किला|किले|क़िला|क़िले|किल्ला|किल्ल्या|तालाब|तलाव|तलावा|पठार|पठारा|रोड|बाज़ार|बाजार|घाट|चौक|मार्ग|झील|पार्क|गेट|महल|पुल)(?:वर|जवळ|ला|मध्ये|च्या|समोर|भोवती|त|ात|ावर|ाभोवती|ाजवळ|ाच्या|ाला|ात)?(?:[^\u0900-\u097F]|$)",
    )
});
static HINDI_ADDRESS: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:ग्राम|गाँव|गांव|मोहल्ला|मकान\s+(?:नं|नंबर))[^\n।]{0,100}?(?:ज़िला|जिला|तहसील|पोस्ट|थाना)[^\n।]{0,80}?[1-9]\d{2}\s?\d{3}",
    )
});
/// Words that start a Hindi or Marathi phrase rather than a landmark's name ("एक बड़े पार्क", "उस रोड", "एका रोडवर").
const HINDI_NOT_LANDMARK: &[&str] = &[
    "एक",
    "उस",
    "इस",
    "हर",
    "किसी",
    "कई",
    "बड़े",
    "बड़ा",
    "छोटे",
    "छोटा",
    "पुराने",
    "नए",
    "अपने",
    "हमारे",
    "मेरे",
    "एका",
    "त्या",
    "या",
    "ह्या",
    "मोठ्या",
    "छोट्या",
    "जुन्या",
    "नव्या",
    "आमच्या",
    "माझ्या",
    "त्यांच्या",
    "कोणत्या",
    "प्रत्येक",
];
/// The points of the compass, which are towns too (Norden, Este) but alone name a direction.
const COMPASS: &[&str] = &[
    "norden", "süden", "osten", "westen", "north", "south", "east", "west", "nord", "sud", "est", "ouest", "norte",
    "sur", "este", "oeste", "noord", "zuid", "oost",
];
/// A street or landmark named without its number: "an der Oranienstraße", "Lindenallee", "Marktplatz", "am
/// Donaukanal", "in der Frauenkirche" (one capitalised word ending in such a word, at least three letters before
/// it).
static STREET_NAME_DE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b\p{Lu}[\p{L}\-]{2,}(?:straße|strasse|gasse|allee|platz|damm|chaussee|brücke|brücken|hafen|markt|tor|turm|kanal|kirche|münster|hütte)\b",
    )
});
/// A German town by its ending after "in", "aus", "nach", "bei" ("in Birkenfeld", "aus Oberndorf"), and "am Main".
static TOWN_DE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:in|aus|nach|bei|von|Richtung)\s+(\p{Lu}[\p{L}\-]{2,}(?:feld|dorf|hausen|heim|burg|berg|bach|stadt|ingen|hofen|kirchen|rode|bruck|brück|furt|stein|tal|hagen|büttel|leben|wald|see|haven|hafen|kirch|weiler|walde|beuren|reuth|rath)|Main)\b|\bam\s+(Main)\b",
    )
});
/// A street, beach, park, square, bridge or lake named the Romance way: "rue des Lilas", "la plage des Catalans",
/// "playa de la Concha", "via Garibaldi", "piazza Navona", "parque do Ibirapuera", "lago di Garda".
static LANDMARK_ROMANCE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?i:plage|parc|jardin|place|pont|quai|lac|mont|château|abbaye|basilique|musée|marché|île|rue|avenue|boulevard|chemin|allée|impasse|playa|parque|plaza|puente|lago|monte|castillo|museo|mercado|isla|bahía|cabo|calle|avenida|paseo|carrer|spiaggia|parco|piazza|ponte|castello|mercato|rifugio|isola|capo|via|viale|corso|vicolo|praia|praça|museu|ilha|baía|rua|travessa)(?:\s+(?:de\s+la|de\s+los|de\s+las|des|du|de|del|della|dei|degli|do|da|dos|das)|\s+d'|\s+dell')?\s*\p{Lu}[\p{L}\-']+(?:\s+\p{Lu}[\p{L}\-']+)?",
    )
});
/// Polish "nad Bugiem", "nad Wisłą": a river or sea after "nad" (on).
static POLISH_NAD: LazyLock<Pattern> = LazyLock::new(|| re(r"\bnad\s+(\p{Lu}[\p{L}]+)"));

/// "पुणे में रहती हूँ", "गाँव …", "Indore mein rehta hoon": a word before "lives in" or "am from" in Hindi.
static HINDI_PLACE_CUE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:([\u0900-\u0963\u0970-\u097F]+)\s+(?:में|से)\s+(?:रहता|रहती|रहते|रहा|रही|हूँ|हूं|आया|आई|आए)|([\u0900-\u0963\u0970-\u097F]+)\s+(?:गाँव|गांव|शहर|ज़िले|जिले|ज़िला|जिला)|(?i:\b([\p{L}]+)\s+(?:mein|me|se)\s+(?:rehta|rehti|rehte|rahta|rahti|hoon|hun|hu|aaya|aayi)\b))",
    )
});

/// A word before a number that says the number is an amount, a count or a time, not a postal code.
const NOT_POSTAL_BEFORE: &[&str] =
    &["rs", "inr", "eur", "usd", "euro", "rupees", "$", "€", "₹", "about", "over", "nearly"];

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let g = Gazetteer::get();
    let mut hits = Vec::new();
    for (i, j, kinds) in gazetteer_runs(ctx, PLACE) {
        let first = &ctx.tokens[i];
        let single = j == i + 1;
        let all_kinds = g.kinds(&first.folded) | kinds;
        // Devanagari has no capitals: a frequent Hindi word that is also a name or a town is read as the word,
        // but a state or town that is only a place ("उत्तराखंड") is a place however often letters name it.
        let hindi_word = first.devanagari && single && g.is_common(first.base()) && all_kinds & (FIRST | LAST) != 0;
        // "ganz im Norden", "dans le Sud": a direction, even where a town has its name.
        let compass = single && COMPASS.contains(&first.base());
        if hindi_word || compass || (single && super::dates::is_calendar_word(first.base())) {
            continue;
        }
        // A frequent word of the letter's language ("porta", "nada", "Tak") is a town only with more to go on.
        let frequent = single
            && (first.sentence_start || !first.cap)
            && ctx.word_language().is_some_and(|l| crate::languages::is_common_in(l, first.base()));
        if frequent {
            continue;
        }
        let confidence = if first.devanagari || first.cap {
            if single && first.sentence_start && g.is_lowercase_word(first.base()) {
                continue;
            }
            if single && !first.devanagari && g.is_common(first.base()) && !after_place_word(ctx, i) {
                0.45
            } else {
                0.8
            }
        } else if !g.is_common(first.base())
            && first.folded.chars().count() >= 4
            && first.is_alpha()
            && (!ctx.writes_capitals() || ctx.word_language() == Some("hi"))
        {
            0.35
        } else {
            continue;
        };
        let (category, reason) = if single && all_kinds & (FIRST | LAST) != 0 && !after_place_word(ctx, i) {
            (Category::Person, "name or place in the gazetteer")
        } else {
            (Category::Location, "place name in the gazetteer")
        };
        hits.push(Hit::new(first.start, ctx.tokens[j - 1].end, category, confidence, reason));
    }
    for m in HINDI_LANDMARK.find_iter(text) {
        if let Some(t) = super::names::devanagari_word_before(ctx, m.start())
            && !HINDI_NOT_LANDMARK.contains(&t.text)
            && !super::organisations::is_hindi_function_word(t.text)
        {
            let end = m.start() + m.as_str().trim_end_matches(|ch: char| !crate::normalise::is_devanagari(ch)).len();
            hits.push(Hit::new(t.start, end, Category::Location, 0.6, "a landmark (fort, lake, road, market…)"));
        }
    }
    for m in HINDI_ADDRESS.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.8, "village, post and district address"));
    }
    if ctx.maybe("de") {
        for m in STREET_NAME_DE.find_iter(text) {
            hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.6, "street name"));
        }
        for c in TOWN_DE.captures_iter(text) {
            if let Some(m) = c.get(1).or_else(|| c.get(2)) {
                hits.push(Hit::new(
                    m.start(),
                    m.end(),
                    Category::Location,
                    0.55,
                    "a town by its ending (-dorf, -hausen…)",
                ));
            }
        }
    }
    if ["fr", "es", "it", "pt"].iter().any(|l| ctx.maybe(l)) {
        for m in LANDMARK_ROMANCE.find_iter(text) {
            hits.push(Hit::new(
                m.start(),
                m.end(),
                Category::Location,
                0.6,
                "a street, beach, park, square or lake by name",
            ));
        }
    }
    if ctx.maybe("pl") {
        for c in POLISH_NAD.captures_iter(text) {
            if let Some(m) = c.get(1) {
                hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.6, "a river or sea after 'nad'"));
            }
        }
    }
    for c in HINDI_PLACE_CUE.captures_iter(text) {
        if let Some(m) = c.iter().skip(1).flatten().next()
            && !g.is_common(&crate::normalise::fold(m.as_str()))
        {
            hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.6, "word before 'में रहता' or 'से हूँ' (place)"));
        }
    }
    for m in STREET_EN.find_iter(text).chain(STREET_NUMBER_AFTER.find_iter(text)) {
        hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.85, "street address"));
    }
    for m in NUMBER_STREET_WORD.find_iter(text) {
        let s = m.as_str().trim_end();
        hits.push(Hit::new(m.start(), m.start() + s.len(), Category::Location, 0.8, "street address"));
    }
    for m in CORNER.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.7, "street corner"));
    }
    for m in UNIT.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.7, "house, flat or box number"));
    }
    for c in PIN.captures_iter(text).chain(PLZ_LABEL.captures_iter(text)) {
        if let Some(m) = c.get(1) {
            hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.9, "postal code"));
        }
    }
    for m in SIX.find_iter(text).chain(FIVE.find_iter(text)) {
        if postal_context(ctx, m.start(), m.end()) {
            hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.6, "postal code next to a place"));
        }
    }
    for c in NUMBER_LINE.captures_iter(text) {
        if let Some(m) = c.get(1) {
            hits.push(Hit::new(
                m.start(),
                m.end(),
                Category::Location,
                0.5,
                "number on a line of its own (postal code?)",
            ));
        }
    }
    for m in NUMBER_WORDS_NUMBER.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.6, "house number and street"));
    }
    for m in UK_POSTCODE.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Location, 0.8, "postcode (UK)"));
    }
    hits
}

/// A 5- or 6-digit number next to a capitalised word or at the end of an address line is a postal code.
fn postal_context(ctx: &Context<'_>, start: usize, end: usize) -> bool {
    let i = ctx.token_at(start);
    let before = i.checked_sub(1).and_then(|k| ctx.tokens.get(k));
    if before.is_some_and(|b| NOT_POSTAL_BEFORE.contains(&b.folded.as_ref())) {
        return false;
    }
    let j = ctx.token_at(end);
    let after = ctx.tokens.get(j);
    let near = |t: Option<&crate::tokens::Token<'_>>, gap: &str| {
        t.is_some_and(|t| (t.cap || t.devanagari) && gap.len() <= 3 && !gap.contains('\n'))
    };
    let gap_after = after.and_then(|a| ctx.text.get(end..a.start)).unwrap_or("");
    let gap_before = before.and_then(|b| ctx.text.get(b.end..start)).unwrap_or("");
    near(after, gap_after)
        || near(before, gap_before)
        || gap_before.contains(',')
        || after.is_none()
        || gap_after.contains('\n')
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
    fn places_streets_postcodes() {
        let f = found("We live in Pune, at 12 MG Road, Pune 411001.");
        assert!(f.contains(&"Pune".to_string()));
        assert!(f.contains(&"12 MG Road".to_string()));
        assert!(f.contains(&"411001".to_string()));
        let f = found("Wir wohnen in der Hauptstraße 5, 10115 Berlin.");
        assert!(f.contains(&"Hauptstraße 5".to_string()));
        assert!(f.contains(&"10115".to_string()));
        assert!(f.contains(&"Berlin".to_string()));
        assert!(found("Will you write again?").is_empty());
        assert!(found("हम पुणे में रहते हैं").contains(&"पुणे".to_string()));
    }
}
