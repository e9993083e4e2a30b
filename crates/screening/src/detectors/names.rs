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
    /// Whether the finding starts at the cue: a title belongs to the name it goes with ("Sister Lisa", "Mr. T"),
    /// as a reader would otherwise learn which nurse or doctor was meant.
    with_cue: bool,
}

static CUES: LazyLock<Vec<Cue>> = LazyLock::new(|| {
    let with =
        |p: String, reason, confidence, filter, with_cue| Cue { pattern: re(&p), reason, confidence, filter, with_cue };
    let cue = |p: String, reason, confidence| with(p, reason, confidence, Filter::Ordinary, false);
    let any_word = |p: String, reason, confidence| with(p, reason, confidence, Filter::Nothing, false);
    let greeting = |p: String, reason, confidence| with(p, reason, confidence, Filter::Roles, false);
    let title = |p: String, reason, confidence| with(p, reason, confidence, Filter::Nothing, true);
    vec![
        cue(
            format!(r"(?i:\bmy\s+name\s+is|\bmy\s+name's|\bi\s+am|\bi'm|\bthis\s+is|\bcall\s+me|\bmein\s+name\s+ist|\bich\s+heiße|\bich\s+heisse|\bich\s+bin(?:[ \t]+(?:der|die|da|d'))?|\bmera\s+naam|\bmain|\bme\s+llamo|\bmi\s+nombre\s+es|\bsoy|\bme\s+chamo|\bchamo-me|\bmeu\s+nome\s+é|\bsou\s+[ao]|\bmi\s+chiamo|\bil\s+mio\s+nome\s+è|\bje\s+m'appelle|\bje\s+suis|\bmoi\s+c'est|\bnazywam\s+się|\bmam\s+na\s+imię|\bjestem|\bik\s+heet|\bik\s+ben|\bmijn\s+naam\s+is)[ \t]+({NAME})"),
            "capitalised word after 'my name is', 'I am' or similar",
            0.9,
        ),
        // Someone else's name: "his name is Andre", "elle s'appelle Lina", "se llama Lucía" (patterns of their own,
        // each searched for only around the word every match holds: "name", "appelle", "llama"…).
        cue(
            format!(r"(?i:\b(?:his|her)\s+name\s+is|\b(?:sein|ihr)\s+name\s+ist)[ \t]+({NAME})"),
            "capitalised word after 'his name is' or similar",
            0.9,
        ),
        cue(
            format!(r"(?i:\b(?:il|elle)\s+s'appelle|\bse\s+llama|\bsi\s+chiama|\bchama-se|\b(?:hij|zij)\s+heet)[ \t]+({NAME})"),
            "capitalised word after 'il s'appelle' or similar",
            0.9,
        ),
        // "the parents of Can", "Eltern von Can", "la maman d'Emma", "la mamá de Lucía", "de moeder van Sem".
        cue(
            format!(r"(?i:\b(?:parents|mum|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|nan|nana)\s+of\s+|\b(?:eltern|mutter|vater|mama|papa|oma|opa)\s+von\s+|\b(?:parents|maman|papa|mère|père|grand-mère|grand-père)\s+(?:de\s+|d')|\b(?:padres|mamá|papá|madre|padre|abuela|abuelo)\s+de\s+|\b(?:genitori|mamma|papà|madre|padre|nonna|nonno)\s+di\s+|\b(?:pais|mãe|pai|avó|avô)\s+d[oae]\s+|\b(?:ouders|moeder|vader|mama|papa|oma|opa)\s+van\s+)({NAME})"),
            "capitalised word after 'the parents of' or similar",
            0.85,
        ),
        greeting(
            format!(r"(?i:\bnamed|\bcalled|\bknown\s+as|\bnamens|\bgenannt|\bheißt|\bheisst|\bhieß|\bhiess)[ \t]+({NAME})"),
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
        title(
            format!(r"\b(?:(?:Pan|Pani)[ \t]+(?:doktor|profesor|inżynier|magister)|Mr|Mrs|Ms|MS|Miss|Mx|Dr|Prof|Herr|Frau|Shri|Smt|Sri|Kumari|Sir|Madam|Dame|Lord|Lady|Pandit|Sardar|Col|Capt|Sgt|Lt|Rev|Sister|Brother|Father|Nurse|Pastor|Pater|Schwester|Pfleger|Doktor|Señora?|Sra|Srta|Sr|Doña|Dra|Monsieur|Madame|Mme|Mlle|Signora|Signorina|Signor|Dott|Dottor|Dottoressa|Professore|Professor|Pan|Pani|Panie|Pana|Meneer|Mevrouw|Mevr|Dhr|Zuster|Tante|Oom|Onkel|Tío|Tía|Zio|Zia|Tio|Tia|Wujek|Ciocia)\.?[ \t]+({NAME})"),
            "capitalised word after a title (Mr, Dr, Frau…)",
            0.9,
        ),
        // Titles in lower case, as Romance and Slavic languages write them in mid-sentence ("pan Marek"); a
        // pattern of its own, so that the one above still starts only at capitals.
        title(
            format!(r"\b(?:(?:pan|pani|panie|pana)[ \t]+(?:doktor|doktorze|profesor|inżynier|magister)|señora?|doña|signora|signor|dott|dottor|dottore|dottoressa|doctor|doctora|doktor|doktorze|docteur|doutor|doutora|professore|professor|pan|pani|panie|pana|meneer|mevrouw|zuster|tante|oom|tío|tía|zio|zia|tio|tia|wujek|ciocia)\.?[ \t]+({NAME})"),
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
        // "मेरे बेटे का नाम आर्यन है" (my son's name is Aryan).
        cue(format!(r"नाम\s+({DEV})\s+(?:है|था|थी|रखा)"), "word after 'का नाम' (… is called)", 0.8),
        cue(r"(?i)\bmera\s+naam\s+([\p{L}]+(?:\s+[\p{L}]+)?)\s+(?:hai|he|h)\b".to_string(), "word after 'mera naam'", 0.9),
        cue(
            r"(?i)\b(?:mere|meri|mera|hamare|hamari)\s+(?:bete|beta|beti|patni|pati|bhai|behen|bahan|dost|maa|papa|pita|cousin|didi|bhaiya|nani|dadi|nana|dada|chacha|chachi|mausi|bua|mami|bhabhi|pota|poti|pote)\s+(\p{Lu}[\p{L}]+|[\p{L}]+(?:\s+ji)?)".to_string(),
            "word after 'mere bete', 'meri patni' or similar",
            0.8,
        ),
        cue(r"\b(\p{Lu}[\p{L}]+)[ \t]+(?:ji|Ji|JI)\b".to_string(), "word before the honorific 'ji'", 0.75),
        // The same in the other languages of the rules: "mi hijo Iker", "ma fille Léa", "la mia coinquilina Vale",
        // "minha filha Duda", "mijn zoon Sem", "moja córka Zosia" (an ordinary word after these is a name too).
        any_word(
            format!(r"(?i:\b(?:mi|mis|nuestr[oa]s?)\s+(?:hij[oa]|hijit[oa]|espos[oa]|marido|mujer|herman[oa]|madre|padre|mamá|papá|abuel[oa]|niet[oa]|prim[oa]|amig[oa]|novi[oa]|compañer[oa]|vecin[oa]|ti[oa]|sobrin[oa]|perr[oa]|gat[oa])|\b(?:mon|ma|mes|notre|nos)\s+(?:fils|fille|mari|femme|frère|sœur|mère|père|maman|papa|petit-fils|petite-fille|cousin|cousine|ami|amie|copain|copine|voisin|voisine|chien|chat|neveu|nièce|oncle|tante|coloc|colocataire)|\b(?:mio|mia|miei|mie|nostr[oaie])\s+(?:figli[oa]|figliolett[oa]|marito|moglie|fratello|sorella|madre|padre|mamma|papà|nonn[oa]|nipote|cugin[oa]|amic[oa]|ragazz[oa]|compagn[oa]|vicin[oa]|zi[oa]|cane|gatt[oa]|coinquilin[oa])|\b(?:meu|minha|meus|minhas|nosso|nossa)\s+(?:filh[oa]|filhinh[oa]|marido|mulher|espos[oa]|irmão|irmã|mãe|pai|avó|avô|net[oa]|prim[oa]|amig[oa]|namorad[oa]|vizinh[oa]|ti[oa]|sobrinh[oa]|cachorr[oa]|gat[oa])|\b(?:mijn|onze)\s+(?:zoon|zoontje|dochter|dochtertje|man|vrouw|broer|broertje|zus|zusje|moeder|vader|oma|opa|kleinzoon|kleindochter|neef|nicht|vriend|vriendin|buurman|buurvrouw|hond|kat)|\b(?:mój|moja|mojego|mojej|mojemu|nasz|nasza|naszego|naszej)\s+(?:syn|syna|synek|córka|córki|córeczka|mąż|męża|żona|brat|brata|siostra|siostry|mama|tata|babcia|dziadek|wnuk|wnuczka|przyjaciel|przyjaciółka|pies|kot))\s*,?[ \t]+({NAME})"),
            "capitalised word after 'mi hijo', 'ma fille' or similar",
            0.85,
        ),
        // Two initials joined, as writers name their children or partners without naming them: "R. and S.",
        // "M. und J.", "A. et L." (each initial a name; one pattern for each side).
        any_word(
            r"(?:^|[\s(,;:])(\p{Lu}\.)[ \t]*(?:and|&|und|et|y|e|en|i|oraz)[ \t]+\p{Lu}\.(?:[^\p{L}.]|$)".to_string(),
            "initial of a name joined with another",
            0.7,
        ),
        any_word(
            r"(?:^|[\s(,;:])\p{Lu}\.[ \t]*(?:and|&|und|et|y|e|en|i|oraz)[ \t]+(\p{Lu}\.)(?:[^\p{L}.]|$)".to_string(),
            "initial of a name joined with another",
            0.7,
        ),
        any_word(
            format!(r"(?i:\b(?:regards|love|wishes|greetings|grüße|hugs|thoughts)[ \t]+from)[ \t]+({NAME})"),
            "capitalised word after 'love from' or similar",
            0.85,
        ),
    ]
});

/// Hindi words that follow a name: "घर में सब गोलू बुलाते हैं" (at home all call him Golu), "भोपाल से अरशद बोल
/// रहा हूँ" (Arshad speaking from Bhopal). Searched for by these words, the name being the word before them (a pattern starting at any Devanagari word would try every word of a letter).
static HINDI_AFTER_NAME: LazyLock<Vec<(Pattern, &'static str, f32)>> = LazyLock::new(|| {
    vec![
        (re(r"(?:कहते|बुलाते|पुकारते)\s+(?:हैं|है|थे)"), "word before 'बुलाते हैं' (… they call)", 0.7),
        (re(r"बोल\s+(?:रहा|रही)\s+(?:हूँ|हूं)"), "word before 'बोल रहा हूँ' (… speaking)", 0.75),
    ]
});

/// A parent naming themselves by the child, the name being the word before: "अनन्या की माँ" (Ananya's mother),
/// "खुशी के मम्मी-पापा". There a word is a child's name even where it is also a word ("खुशी", joy).
static HINDI_PARENT_OF: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:की|के)\s+(?:माँ|मां|मम्मी|मम्मा|पापा|पिता|पिताजी|दादी|नानी|दादा|नाना|माता-पिता|मम्मी-पापा|मम्मी\s+पापा)(?:[^\u0900-\u097F\-]|$)",
    )
});

/// Words for a child or family before "की माँ" that name nobody ("उस छोटी बच्ची की माँ", the little girl's mother).
const HINDI_NOT_A_CHILD: &[&str] = &[
    "बच्ची",
    "बच्चे",
    "बच्चा",
    "बच्चों",
    "बेटी",
    "बेटे",
    "बेटा",
    "लड़की",
    "लड़के",
    "लड़का",
    "बिटिया",
    "मरीज़",
    "मरीज",
    "दाता",
    "परिवार",
    "घर",
    "सब",
    "दोनों",
    "बच्चियों",
];

/// A child named after the kinship word, before "ने" or "को": "पोते गुड्डू ने चरखी पकड़ी" (grandson Guddu held…).
static HINDI_KIN_NAME: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?:बेटे|बेटा|बेटी|पोते|पोता|पोती|नाती|नातिन|भतीजे|भतीजा|भतीजी|भांजे|भांजा|भांजी)\s+([\u0900-\u0963\u0970-\u097F]+)\s+(?:ने|को)(?:[^\u0900-\u097F]|$)",
    )
});

static NAMED_BEFORE: LazyLock<Pattern> =
    LazyLock::new(|| re(&format!(r"\b({NAME})[ \t]+(?:genannt|getauft|hieß|hiess|heißt|heisst|heette)\b")));

/// The Devanagari word right before byte `pos` (only spaces between), if there is one.
pub(super) fn devanagari_word_before<'a>(ctx: &'a Context<'_>, pos: usize) -> Option<&'a Token<'a>> {
    let i = ctx.token_at(pos).checked_sub(1)?;
    let t = ctx.tokens.get(i)?;
    // The cue may start inside a word (the token before then reaches past it): no word before it then.
    let gap = ctx.text.get(t.end..pos)?;
    (t.devanagari && !gap.is_empty() && gap.chars().all(char::is_whitespace)).then_some(t)
}

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
pub(super) static CONNECTORS: LazyLock<Vec<&str>> =
    LazyLock::new(|| data_lines(include_str!("../../data/name_particles.txt")));

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
                    // "Meine Frau Gabi" is my wife Gabi: after a possessive the title word is not part of the name.
                    let possessed = ctx.text[..c.get(0).map_or(start, |w| w.start())]
                        .trim_end()
                        .rsplit(|ch: char| !ch.is_alphabetic())
                        .next()
                        .is_some_and(|w| POSSESSIVES.contains(&w.to_lowercase().as_str()));
                    let start = if cue.with_cue && !possessed { c.get(0).map_or(start, |w| w.start()) } else { start };
                    hits.push(Hit::new(start, end, Category::Person, cue.confidence, cue.reason));
                }
            }
        }
    }
    // "sie Hope genannt", "dass er Mats hieß": the name before "genannt" or "hieß" (called). The pattern is
    // searched for only in letters that hold one of its last words (`Pattern` skips the others).
    for c in NAMED_BEFORE.captures_iter(ctx.text) {
        if let Some(m) = c.get(1) {
            let (start, end) = trim_name(ctx, m.start(), m.end());
            if start < end && !Filter::Ordinary.drops(&ctx.text[start..end]) {
                hits.push(Hit::new(start, end, Category::Person, 0.8, "capitalised word before 'genannt' or 'hieß'"));
            }
        }
    }
    let g = Gazetteer::get();
    // A frequent word that no name list holds is not a name; before "की माँ" it is, unless it is a word for a
    // child ("बच्ची की माँ").
    let word_not_name = |t: &Token<'_>| g.is_common(t.base()) && g.kinds(t.base()) & (FIRST | LAST) == 0;
    for m in HINDI_PARENT_OF.find_iter(ctx.text) {
        if let Some(t) = devanagari_word_before(ctx, m.start())
            && !super::organisations::is_hindi_function_word(t.base())
            && !(HINDI_NOT_A_CHILD.contains(&t.base()) && word_not_name(t))
        {
            hits.push(Hit::new(t.start, t.end, Category::Person, 0.75, "word before 'की माँ' (…'s mother)"));
        }
    }
    for (pattern, reason, confidence) in HINDI_AFTER_NAME.iter() {
        for m in pattern.find_iter(ctx.text) {
            if let Some(t) = devanagari_word_before(ctx, m.start())
                && !super::organisations::is_hindi_function_word(t.base())
                && !word_not_name(t)
            {
                hits.push(Hit::new(t.start, t.end, Category::Person, *confidence, reason));
            }
        }
    }
    for c in HINDI_KIN_NAME.captures_iter(ctx.text) {
        if let Some(m) = c.get(1).filter(|m| !super::organisations::is_hindi_function_word(m.as_str())) {
            hits.push(Hit::new(m.start(), m.end(), Category::Person, 0.7, "word after 'बेटे', 'पोते' and before 'ने'"));
        }
    }
    hits.extend(signatures(ctx));
    hits.extend(capitalised_runs(ctx, earlier));
    let again = mentioned_again(ctx, &hits);
    hits.extend(again);
    hits
}

/// Whether a folded word is capitalised in letters without naming anyone ("Mum", "Diwali", "March").
pub(super) fn is_ordinary_capital(folded: &str) -> bool {
    EXTRA_COMMON.contains(folded) || ROLE_WORDS.contains(folded) || super::dates::is_calendar_word(folded)
}

/// Possessive words before a title that make it a relation ("meine Frau Gabi", "my sister Lisa").
const POSSESSIVES: &[&str] = &[
    "my", "his", "her", "our", "their", "your", "meine", "meiner", "meinem", "seine", "seiner", "unsere", "unserer",
    "deine", "ihre", "ihrer", "mein", "sein", "unser", "dein", "ihr", "ma", "mon", "sa", "son", "mi", "su", "mia",
    "mio", "minha", "meu", "moja", "mój", "mijn", "onze",
];

/// Title words a cue's finding may start with but which are not the name ("Sister", "Doktor"), beyond the titles
/// of `known::TITLES` ("Mr", "Frau", "Dr").
const MORE_TITLE_WORDS: &[&str] = &[
    "sister",
    "brother",
    "father",
    "nurse",
    "pastor",
    "schwester",
    "pfleger",
    "doktor",
    "doctor",
    "doctora",
    "professor",
    "professore",
    "pan",
    "pani",
    "señor",
    "señora",
    "signora",
    "signor",
    "monsieur",
    "madame",
    "rev",
    "revd",
    "sir",
    "dame",
    "lord",
    "lady",
];

/// Whether a folded word is a title rather than a name.
fn is_title(word: &str) -> bool {
    super::known::TITLES.contains(&word) || MORE_TITLE_WORDS.contains(&word)
}

/// Other mentions of a word that a cue showed to be a name ("Mein Mann Klaus …. Klaus konnte"): a sentence
/// start or a word that is also an ordinary one is a name too once the letter has used it as one.
fn mentioned_again(ctx: &Context<'_>, hits: &[Hit]) -> Vec<Hit> {
    let named: std::collections::HashSet<&str, std::hash::BuildHasherDefault<crate::gazetteer::WordHasher>> = hits
        .iter()
        .filter(|h| h.category == Category::Person && h.confidence >= 0.75)
        .flat_map(|h| ctx.tokens[ctx.token_at(h.start)..ctx.token_at(h.end)].iter())
        .filter(|t| {
            // Devanagari has no capitals: a name found by a cue is a name again unless it is a frequent word.
            (t.cap || (t.devanagari && !Gazetteer::get().is_common(t.base())))
                && t.text.chars().count() >= 3
                && !ROLE_WORDS.contains(t.base())
                && !EXTRA_COMMON.contains(t.base())
                && !is_title(t.base())
        })
        .map(|t| t.base())
        .collect();
    if named.is_empty() {
        return Vec::new();
    }
    ctx.tokens
        .iter()
        .filter(|t| (t.cap || t.devanagari) && named.contains(&t.base()))
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

/// Names in the signature: on the closing line and the two lines after it ("Yours,", "Viele Grüße", "आपका"),
/// and on the letter's last line. Only the names are flagged, not the closing around them: "With love and
/// gratitude, Gary" → "Gary", "Your donor, Anoop" → "Anoop", "Isla's dad" → "Isla's".
fn signatures(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut lines: Vec<(usize, usize)> = Vec::new();
    let tail_from = text.floor_char_boundary(text.len().saturating_sub(400));
    for m in CLOSING.find_iter(text) {
        if m.start() < tail_from {
            continue;
        }
        let line_start = text[..m.start()].rfind('\n').map_or(0, |p| p + 1);
        lines.push((line_start, line_start + text[line_start..m.end()].trim_end().len()));
        let mut pos = m.end();
        for line in text[m.end()..].split_inclusive('\n').filter(|l| !l.trim().is_empty()).take(2) {
            let start = pos + text[pos..].find(line).unwrap_or(0);
            pos = start + line.len();
            lines.push((start, start + line.trim_end().len()));
        }
    }
    // The letter's last line, and the last line before a postscript ("Salvo", then "P.S. …").
    let mut ends = vec![text.trim_end()];
    if let Some(ps) = POSTSCRIPT.find_iter(text).find(|m| m.start() >= tail_from) {
        ends.push(text[..ps.start()].trim_end());
    }
    let mut last_starts = Vec::new();
    for trimmed in ends {
        let last_start = trimmed.rfind('\n').map_or(0, |p| p + 1);
        lines.push((last_start, trimmed.len()));
        last_starts.push(last_start);
    }
    lines.sort_unstable();
    lines.dedup();
    lines.into_iter().flat_map(|(s, e)| signature_names(ctx, s, e, last_starts.contains(&s))).collect()
}

/// A postscript's first line: "P.S.", "PS:", "P.D.", "N.B.".
static POSTSCRIPT: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?m)^[ \t]*(?:P\.?[ \t]?S\.?|P\.?[ \t]?D\.?|N\.[ \t]?B\.)(?:[ \t:,]|$)"));

/// Closing words that stand where a signature's name would ("Love, Mum", "Cheers, x").
const NOT_A_SIGNATURE_NAME: &[&str] = &[
    "love", "thanks", "cheers", "regards", "yours", "xoxo", "xx", "x", "amen", "god", "bless", "everyone", "all",
    "always", "forever", "soon",
];

/// Words for a family or a relative that sign together with a name ("Familie Aydın", "Nana Marg").
const FAMILY_WORDS: &[&str] = &[
    "family", "familie", "famille", "familia", "família", "famiglia", "rodzina", "nana", "nani", "dadi", "amma",
    "appa", "mum", "mom", "dad", "papa", "mama", "aunt", "auntie", "uncle", "tante", "onkel", "oma", "opa", "granny",
    "grandma", "grandpa",
];

/// The names on one signature line (`start..end`); `last` if it is the letter's last line, where a single word
/// after the last comma is a name even if it is also an ordinary word ("Cheers and thank you, Rob").
fn signature_names(ctx: &Context<'_>, start: usize, end: usize, last: bool) -> Vec<Hit> {
    let line = &ctx.text[start..end];
    let g = Gazetteer::get();
    if line.contains(['@', ':']) || line.chars().any(|c| c.is_ascii_digit()) || line.chars().count() > 80 {
        return Vec::new();
    }
    let toks = &ctx.tokens[ctx.token_at(start)..ctx.token_at(end)];
    let words = toks.iter().filter(|t| t.is_alpha()).count();
    let stop = |t: &Token<'_>| {
        let b = t.base();
        ROLE_WORDS.contains(b)
            || EXTRA_COMMON.contains(b)
            || NOT_A_SIGNATURE_NAME.contains(&b)
            || super::dates::is_calendar_word(b)
    };
    // Scripts without capitals: only a word of its own after the comma, and not in Chinese or Japanese, whose
    // words are not split by spaces.
    let caseless = |t: &Token<'_>| {
        t.text.chars().next().is_some_and(|c| !c.is_uppercase() && !c.is_lowercase() && !crate::disguise::is_cjk(c))
    };
    let ordinary = |t: &Token<'_>| {
        g.is_lowercase_word(t.base())
            || ctx.word_language().is_some_and(|l| crate::languages::is_common_in(l, t.base()))
    };
    let reason = "signature line at the end";
    // The word after the last comma of the last line, or a last line of one word.
    let tail_from = line.rfind(',').map_or(0, |p| p + 1);
    let tail: Vec<&Token<'_>> = toks.iter().filter(|t| t.start >= start + tail_from && t.is_alpha()).collect();
    // A last line that is one word in lower case, or an initial ("tobi", "h."), signs as a name does, unless the
    // word is an ordinary one ("love", "danke").
    let lower_name = |t: &Token<'_>| {
        t.text.chars().next().is_some_and(char::is_lowercase)
            && line.trim().trim_end_matches('.') == t.text
            && (t.text.chars().count() == 1 || !g.is_common(t.base()) && !ordinary(t))
    };
    if last
        && let [t] = tail.as_slice()
        && !stop(t)
        && (t.cap || caseless(t) || lower_name(t))
    {
        return vec![Hit::new(t.start, t.end, Category::Person, 0.8, reason)];
    }
    // A sentence is not a signature: a text of one line, or a line of three words or more that ends like a
    // sentence ("Unsere Achtjährige malt gern.") rather than with an initial ("Wolfgang S.").
    let one_line = !ctx.text.trim().contains('\n');
    let initial_at_end = toks.last().is_some_and(|t| t.text.chars().count() == 1 && t.cap);
    let sentence = words >= 3 && line.trim_end().ends_with(['.', '!', '?']) && !initial_at_end;
    if words > 8 || one_line || sentence {
        return Vec::new();
    }
    // "Hope M.", "Joy": a name that is also an ordinary word, on a short line of capitalised words.
    // "Ursula und Beat": two capitalised words joined by "and" count as such a line too.
    let joiner = |t: &Token<'_>| ["and", "und", "et", "y", "e", "en", "i", "&"].contains(&t.base());
    let capitals = toks.iter().filter(|t| t.is_alpha() && t.cap).count();
    let short_caps_line =
        capitals <= 2 && words <= 3 && toks.iter().filter(|t| t.is_alpha()).all(|t| t.cap || joiner(t));
    let name_word = |t: &Token<'_>| {
        let named = g.kinds(t.base()) & (FIRST | LAST) != 0;
        if !t.is_alpha() || stop(t) {
            return false;
        }
        if caseless(t) {
            return named && !g.is_common(t.base()) && !ordinary(t);
        }
        if !t.cap {
            return false;
        }
        t.text.chars().count() == 1 || (!ordinary(t) && (named || !g.is_common(t.base()))) || (named && short_caps_line)
    };
    let mut hits: Vec<Hit> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let initial = t.text.chars().count() == 1 && t.cap;
        // A capital alone ("A grateful…") is an initial only next to a name ("Wolfgang S.", "R. K. Srivastava").
        let next_to_name = |d: isize| {
            k.checked_add_signed(d)
                .and_then(|j| toks.get(j))
                .is_some_and(|n| name_word(n) && n.text.chars().count() > 1)
        };
        // "from J (your recipient)": a lone initial is a name when nothing else on the line is; "A" and "I" are words.
        let lone_initial = !matches!(t.text, "A" | "I")
            && !ordinary(t)
            && !toks.iter().any(|n| name_word(n) && n.text.chars().count() > 1);
        if !name_word(t) || (initial && words > 1 && !next_to_name(-1) && !next_to_name(1) && !lone_initial) {
            continue;
        }
        let end = if initial && ctx.text[t.end..].starts_with('.') { t.end + 1 } else { t.end };
        // "Familie Aydın", "Nana Marg": a capitalised family word before the name on a short line goes with it.
        let family_word = k
            .checked_sub(1)
            .and_then(|j| toks.get(j))
            .filter(|p| words <= 3 && FAMILY_WORDS.contains(&p.base()))
            .filter(|p| p.cap && ctx.text[p.end..t.start].chars().all(|c| c == ' '));
        let start = family_word.map_or(t.start, |p| p.start);
        match hits.last_mut() {
            Some(h) if ctx.text[h.end..t.start].chars().all(|c| c == ' ' || c == '.') => h.end = end,
            _ => hits.push(Hit::new(start, end, Category::Person, 0.8, reason)),
        }
    }
    hits
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
    if EXTRA_COMMON.contains(base) || ROLE_WORDS.contains(base) || super::dates::is_calendar_word(base) {
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

/// A run of two or more capitalised words holding a place word is a place name; so is a name before a place word
/// in lower case ("Juhu beach", "Marine drive").
fn place_run(ctx: &Context<'_>, i: usize, j: usize) -> Option<Hit> {
    let g = Gazetteer::get();
    let lower_part = ctx.tokens.get(j).filter(|t| {
        !t.cap
            && PLACE_PARTS.contains(&t.base())
            && joined(ctx.text, &ctx.tokens[j - 1], t)
            && !g.is_common(ctx.tokens[j - 1].base())
            && !ctx.tokens[j - 1].sentence_start
    });
    let j = if lower_part.is_some() { j + 1 } else { j };
    let toks = &ctx.tokens[i..j];
    let capitals = if lower_part.is_some() { &toks[..toks.len() - 1] } else { toks };
    if toks.len() < 2 || !capitals.iter().all(|t| t.cap) || !toks.iter().any(|t| PLACE_PARTS.contains(&t.base())) {
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
        let hit = run_hit(ctx, &ev, i, j);
        if hit.is_none() {
            hits.extend(proper_phrase(ctx, &ev, i, j));
        }
        hits.extend(hit);
        i = j;
    }
    hits
}

/// Ordinary words that English capitalises in mid-sentence without naming a place or a body ("the Lord", "the
/// Internet", "Happy Birthday").
const NOT_PROPER: &[&str] = &[
    "lord", "bible", "internet", "web", "sun", "moon", "earth", "heaven", "happy", "birthday", "merry", "new", "year",
    "thank", "thanks", "best", "wishes", "good", "luck", "get", "well", "soon", "love", "dear", "kind", "regards",
    "with", "and", "the", "of", "a", "an", "to", "for", "in", "on", "at", "from", "by", "or", "is", "it", "you",
    "your", "my", "our", "we", "he", "she", "they", "all", "mr", "mrs", "ms", "dr", "st", "no", "yes", "ok", "okay",
];

/// A name made of ordinary words, which English shows only by its capitals in mid-sentence: "the Grand Canyon",
/// "Delta Gamma", "Iowa State", "the Stray", "made the Courier". Only in English letters, where a capital in
/// mid-sentence means a name; German capitalises every noun.
fn proper_phrase(ctx: &Context<'_>, ev: &[Evidence], i: usize, j: usize) -> Option<Hit> {
    if ctx.word_language().is_none_or(|l| !l.starts_with("en")) {
        return None;
    }
    let toks = &ctx.tokens[i..j];
    let first = toks.first()?;
    let last = toks.last()?;
    let plain = |k: usize| {
        let t = &ctx.tokens[k];
        ev[k] == Evidence::Common
            && t.cap
            && t.text.chars().any(char::is_lowercase)
            && t.text.chars().count() > 1
            && !NOT_PROPER.contains(&t.base())
            && !is_ordinary_capital(t.base())
    };
    if first.sentence_start || !(i..j).all(plain) || matches!(last.base(), "day" | "eve" | "night" | "morning") {
        return None;
    }
    let the_before = i.checked_sub(1).and_then(|k| ctx.tokens.get(k)).is_some_and(|p| p.folded == "the" && !p.cap);
    if toks.len() < 2 && !the_before {
        return None;
    }
    let category =
        if toks.iter().any(|t| PLACE_PARTS.contains(&t.base())) { Category::Location } else { Category::Organization };
    Some(Hit::new(first.start, last.end, category, 0.4, "capitalised words in mid-sentence (a name?)"))
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
    // "Independence Day", "Star Wars Day", "Christmas Eve", "Gandhi Jayanti": a day of the year, not a person.
    if b - a >= 2 && matches!(toks[b - 1].base(), "day" | "eve" | "jayanti") {
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
