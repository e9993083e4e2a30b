//! Quasi-identifiers (OTHER): details that name no one but narrow the writer down to a few people — being the
//! only one of a kind somewhere ("the only vicar in the diocese", "die einzige Hebamme im Dorf"), a family
//! business ("we have a small garage", "Papa has a medical store", "अब्बू की इलेक्ट्रॉनिक्स की दुकान"), or a
//! drive held for the patient that the local news may have covered ("ran a swab drive for me", "it was on the
//! news").
//!
//! A job told with what makes it specific ("a chef in a little Italian place", "Lokführer bei den SBB", "professor
//! de capoeira", "I drive an auto-rickshaw") narrows the writer down too; a common job alone ("I'm a teacher")
//! does not, and is left alone.
//!
//! These are judgement calls, so the rules are few, need a cue and report a moderate confidence.

use std::sync::LazyLock;

use super::{Context, re};
use crate::gazetteer::{FixedWords, data_lines, fixed_words};
use crate::pattern::Pattern;
use crate::{Category, Hit};

/// "the only vicar in the diocese who rides a Triumph", "die einzige Hebamme in der Uckermark": the only one of
/// a kind *in a place*, which is what makes it identifying ("the only way", "the only problem" have no place).
static ONLY_ONE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+only|die\s+einzige|der\s+einzige|das\s+einzige|le\s+seul|la\s+seule|l'unique|el\s+único|la\s+única|l'unic[oa]|o\s+único|a\s+única|jedyn[ayą]|de\s+enige|het\s+enige)\s+([^\s\d.,;:!?()]+)(?:\s+[^\s\d.,;:!?()]+){0,2}?\s+(?:(?:in|im|of|at|on|auf|an|am|du|de|dans|en|del|della|nel|nella|na|no|do|da|w|we|van|op)\s+(?:the|der|dem|den|des|la|le|les|el|il|lo|a|o|het|de|ganzen|whole|our|unserer|unserem)\b|(?:am|im|beim|au|du|del|nel|no|na)\s+\p{Lu})[^.,;:!?\n]{1,50}|(?i)\b(?:the\s+only|die\s+einzige|der\s+einzige|le\s+seul|la\s+seule|el\s+único|la\s+única)\s+[^\s\d.,;:!?()]+(?:\s+[^\s\d.,;:!?()]+)?\s+(?:for\s+miles(?:\s+around)?|weit\s+und\s+breit|à\s+des\s+kilomètres|en\s+kilómetros)",
    )
});

/// The only one of a trade, or of a place named by its kind, even without the place's name (which [`ONLY_ONE`]
/// needs): "l'unico veterinario", "the only baker", "l'unico dell'isola". Group 1 is the word after "only", a
/// trade only if the job list knows it ("the only way" is not).
static ONLY_TRADE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:the\s+only|l['’]unic[oa]|l['’]unique|le\s+seul|la\s+seule|der\s+einzige|die\s+einzige|das\s+einzige|el\s+únic[oa]|la\s+única|o\s+único|a\s+única|de\s+enige|het\s+enige|jedyn[ayą]|jedynym)(?:\s+(?:one\s+)?(?:of|in|on|at|di|del|della|dell['’]|nel|nella|nell['’]|im|in\s+der|auf\s+der|de|du|de\s+la|des|da|do|na|no|van|op|in\s+het|w|we)\s*(?:the\s+|la\s+|il\s+|lo\s+|le\s+|l['’]|el\s+|a\s+|o\s+|het\s+|de\s+|der\s+|dem\s+|our\s+|my\s+)?(?:village|town|island|valley|parish|county|street|isola|paese|villaggio|valle|quartiere|borgo|città|dorf|insel|stadt|tal|ort|gemeinde|île|ville|vallée|quartier|commune|pueblo|isla|barrio|aldea|ciudad|aldeia|ilha|vila|bairro|cidade|dorp|eiland|stad|wijk|wsi|wyspie|mieście|gminie)\b|\s+(\p{L}[\p{L}\-]*))",
    )
});

/// A small family business: "we have a small garage", "I run a little bed and breakfast", "Papa has a medical
/// store", "ran his fish and chip shop", "my uncle's bakery", "einen Dönerladen", "la pizzeria di famiglia".
static BUSINESS: LazyLock<Vec<(&[&str], Pattern)>> = LazyLock::new(|| {
    vec![
        (
            &["en"],
            re(r"(?ix)
        \b(?:run|runs|ran|running|have|has|had|own|owns|owned|kept|keep|keeps|work\s+in|works\s+in|worked\s+in)\s+
          (?:a|an|our|my|his|her|their)\s+
          ((?:[^\s\d.,;:!?()]+\s+){0,3}?(?:shop|store|salon|bakery|garage|restaurant|café|cafe|pub|takeaway|bed\s+and\s+breakfast|
             guesthouse|guest\s+house|vineyard|winery|workshop|pizzeria|kiosk|butcher's|pharmacy|chemist's|print\s+shop|
             printing\s+press|tea\s+stall|dhaba|stall|food\s+truck|tuckshop|canteen|chipper|chippy|boat|trawler)\b(?:\s+selling\s+[^\s\d.,;:!?()]+)?)
    "),
        ),
        (
            &["de"],
            re(r"(?ix)
        \b(?:habe|hat|haben|hatte|hatten|betreibe|betreibt|betreiben|führe|führt|führen)\s+(?:(?:ich|wir|er|sie)\s+)?(?:einen|eine|ein|unseren|unsere|seinen|seine|ihren|ihre)\s+
          ((?:kleinen?\s+)?[^\s\d.,;:!?()]*(?:laden|geschäft|bäckerei|metzgerei|werkstatt|wirtshaus|gasthaus|gasthof|kneipe|imbiss|kiosk|friseursalon|weingut|pension))\b
      | \b(?:in|im|bei)\s+(?:einem|einer|unserem|unserer|meinem|meiner)\s+((?:kleinen?\s+)?[^\s\d.,;:!?()]*(?:laden|bäckerei|metzgerei|werkstatt|wirtshaus|gasthaus|gasthof|kneipe|imbiss|weingut))\b
    "),
        ),
        (
            &["it", "fr", "es", "pt", "nl", "pl"],
            re(r"(?ix)
        \b((?:pizzeria|trattoria|osteria|bottega|panetteria|forno|negozio|boulangerie|boucherie|épicerie|restaurant|bistrot|
             tienda|panadería|taller|bar|restaurante|loja|padaria|oficina|sklep|piekarnia|warsztat|winkel|bakkerij|café|
             zaak|garage)\s+(?:di|de|da|do|del|della|van)\s+(?:famiglia|família|familia|famille|mio\s+padre|mi\s+padre|mon\s+père|
             meu\s+pai|mijn\s+vader|rodzin\w+))\b
    "),
        ),
        (
            &["hi", "mr"],
            re(r"(?x)
        ((?:[^\s\d.,;:!?()।]+\s+){1,2}(?:की|का)\s+(?:छोटी\s+सी\s+)?(?:दुकान|दूकान|कारोबार|धंधा|व्यापार))
      | ((?:[^\s\d.,;:!?()।]+\s+){1,3}(?:छोटा\s+सा\s+|छोटी\s+सी\s+)?(?:कारोबार|धंधा))
    "),
        ),
    ]
});

/// A Marathi family business: "माझ्या छोट्या छापखान्यात काम", "द्राक्षांची बाग आहे आमची".
static BUSINESS_MR: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"((?:छोट्या\s+|छोटी\s+|छोटे\s+|आमच्या\s+|आमची\s+|आमचे\s+)?[^\s\d.,;:!?()।]*(?:दुकान|छापखान|कारखान|खानावळ|हॉटेल|बाग)[^\s\d.,;:!?()।]*)\s+(?:आहे|काम|चालवतो|चालवते|चालवतात)",
    )
});

/// A shop or stall the writer keeps, in French, Spanish, Portuguese, Italian and romanised Hindi: "je tiens une
/// crêperie", "tengo una horchatería", "tenho uma tasca", "ho una pizzeria", "chudiyon ki dukaan".
static BUSINESS_ROMANCE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:tiens|tient|tenons|tenait|tengo|tiene|tenemos|llevamos|llevo|tenho|tem|temos|ho|ha|abbiamo|gestisco)\s+(?:une|un|una|uno|uma|um|la|le|el|a|o)\s+((?:petite?\s+|pequeñ[oa]\s+|pequen[oa]\s+|piccol[oa]\s+)?(?:crêperie|boulangerie|boucherie|épicerie|fromagerie|librairie|pharmacie|tasca|loja|padaria|barraca|banca|pastelaria|tienda|panadería|bodega|bodeguita|horchatería|carnicería|ferretería|pizzeria|bottega|negozio|panetteria|trattoria|osteria|gelateria)\b(?:\s+(?:de|di|da|do)\s+\p{L}+)?)|\b((?:\p{L}+\s+){1,2}ki\s+(?:dukaan|dukan|shop))\b",
    )
});

/// A drive held for the patient, or a story that reached the news: "ran a swab drive for me", "held a registry
/// drive … at the mosque", "eine Typisierungsaktion in der Moschee", "it was on the news", "kam sogar im
/// Fernsehen".
static EVENT: LazyLock<Vec<(&[&str], Pattern)>> = LazyLock::new(|| {
    vec![
        (
            &["en"],
            re(r"(?ix)
        \b(?:held|ran|organi[sz]ed|hosted|put\s+on|did|arranged)\s+(?:a|an)\s+
          ((?:[^\s\d.,;:!?()]+\s+)?(?:drive|campaign|fundraiser|head\s+shave)\s+(?:for\s+(?:me|us|my\s+[^\s\d.,;:!?()]+)|at\s+(?:a|an|the)\s+(?:[^\s\d.,;:!?()]+\s+)?(?:game|match|mosque|temple|church|gurdwara|synagogue|club))
           (?:\s+(?:at|in)\s+(?:a|an|the|our)\s+(?:[^\s\d.,;:!?()]+\s+)?[^\s\d.,;:!?()]+)?)
      | \b((?:was|were|got|made\s+it)\s+(?:even\s+)?(?:on|in|into)\s+(?:the\s+)?(?:local\s+)?(?:news|newspaper|paper|papers|telly|TV|television|radio))\b
    "),
        ),
        (
            &["de"],
            re(r"(?ix)
        \b(?:eine|die)\s+((?:Typisierungsaktion|Registrierungsaktion|Spenderaktion)(?:\s+für\s+[^\s\d.,;:!?()]+)?\s+(?:in|im|an|am|auf)\s+(?:der|dem|einer)\s+[^\s\d.,;:!?()]+)
      | \b((?:kam|war|stand|waren)\s+(?:sogar\s+|auch\s+)?(?:im|in\s+der)\s+(?:[^\s\d.,;:!?()]+\s+)?[^\s\d.,;:!?()]*(?:fernsehen|zeitung|radio|nachrichten))\b
    "),
        ),
        (
            &["en", "de", "fr", "es", "it", "pt"],
            re(r"(?ix)
        \b((?:an\s+article|a\s+story|a\s+piece|a\s+report|einen\s+Artikel|einen\s+Bericht|un\s+article|un\s+reportage|un\s+artículo|un\s+reportaje|un\s+articolo|un\s+servizio|uma\s+reportagem|uma\s+matéria)\s+(?:about|on|über|sur|sobre|su)\s+[^.,;:!?\n]{3,60})
    "),
        ),
        (
            &["es", "fr", "it", "pt", "nl", "pl"],
            re(r"(?ix)
        \b((?:salió|salimos|salí|apareció|aparecimos|passé|passée|passés|finiti|finito|siamo\s+stati|saímos|saiu|apareceu|kwam|kwamen|stond|stonden)
            \s+(?:[^\s\d.,;:!?()]+\s+)?(?:à\s+la\s+télé|dans\s+le\s+journal|au\s+journal|en\s+el\s+periódico|en\s+la\s+tele|in\s+tv|sul\s+giornale|al\s+telegiornale|
            na\s+tv|no\s+jornal|na\s+televisão|w\s+telewizji|w\s+gazecie|in\s+de\s+krant|op\s+tv|op\s+het\s+nieuws))\b
    "),
        ),
    ]
});

/// Words after "the only" that name no role: "the only way in the world", "the only thing in my head".
const NOT_A_ROLE: &[&str] = &[
    "way",
    "thing",
    "things",
    "one",
    "ones",
    "time",
    "reason",
    "problem",
    "chance",
    "hope",
    "person",
    "people",
    "option",
    "cure",
    "match",
    "question",
    "difference",
    "place",
    "light",
    "good",
    "word",
    "words",
    "moment",
    "weg",
    "ding",
    "sache",
    "chance",
    "hoffnung",
    "möglichkeit",
    "person",
    "chose",
    "fois",
    "raison",
    "espoir",
    "cosa",
    "vez",
    "razón",
    "esperanza",
    "speranza",
    "volta",
    "coisa",
    "esperança",
    "rzecz",
    "szansa",
    "nadzieja",
];

/// Words that introduce the writer's (or a relative's) job, by language (a letter runs its own): "I work as a",
/// "I'm a", "ich bin", "je suis", "soy", "sono", "faccio il", "sou", "ik ben", "jestem", "pracuję jako".
static JOB_CUES: LazyLock<Vec<(&'static str, Pattern)>> = LazyLock::new(|| {
    const AFTER: &str = r"(?:[ \t]+(?:also|still|now|auch|noch|jetzt|aussi|también|anche|também|ook|też|a|an|ein|eine|un|une|uno|una|um|uma|een|von\s+beruf|de\s+profession|de\s+profesión|di\s+professione)\b)*[ \t]+";
    let cue = |lang, words: &str| (lang, re(&format!(r"(?i)\b(?:{words}){AFTER}")));
    vec![
        cue(
            "en",
            r"as\s+(?:a|an)|i\s+work\s+as|i\s+worked\s+as|i'm\s+working\s+as|i\s+am\s+working\s+as|works\s+as|worked\s+as|i'm|i\s+am|i've\s+been|i\s+was|he's|he\s+is|he\s+was|she's|she\s+is|she\s+was|who\s+is|who\s+was",
        ),
        cue(
            "de",
            r"ich\s+bin|ich\s+war|er\s+ist|sie\s+ist|er\s+war|sie\s+war|arbeite\s+als|arbeitet\s+als|arbeitete\s+als",
        ),
        cue("fr", r"je\s+suis|il\s+est|elle\s+est|j'étais|il\s+était|elle\s+était|travaille\s+comme"),
        cue("es", r"soy|es|era|trabajo\s+como|trabaja\s+como"),
        cue("it", r"sono|è|era|lavoro\s+come|lavora\s+come|faccio\s+(?:il|la|lo|l')|fa\s+(?:il|la|lo|l')"),
        cue("pt", r"sou|é|fui|era|trabalho(?:\s+há\s+[^\s,.]+\s+anos)?\s+como|trabalha\s+como"),
        cue("nl", r"ik\s+ben|hij\s+is|zij\s+is|werk\s+als|werkt\s+als"),
        cue("pl", r"jestem|był|była|byłem|byłam|pracuję\s+jako|pracuje\s+jako|pracowałem\s+jako|pracowałam\s+jako"),
    ]
});

/// The line or route a driver drives: "I drive the number 7 tram", "er fährt den M29", "conduis la ligne 12".
static ROUTE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:drive|drives|drove|driving|driven|fahre|fährt|fuhr|conduis|conduit|conduce|conduzco|guido|guida|conduzo|conduz|rijd|rijdt|jeżdżę|jeździ|jeździł)\s+(?:the\s+|den\s+|die\s+|le\s+|la\s+|el\s+|il\s+|o\s+|a\s+|de\s+)?(?:number\s+|no\.?\s+|linie\s+|ligne\s+|línea\s+|linea\s+|linha\s+|lijn\s+|route\s+)?[A-Z]?\d{1,3}[A-Z]?\b(?:\s+(?:bus|tram|route|train|line|linie|ligne))?",
    )
});

/// A bus or tram line by its number: "auf der Linie 104", "la línea 140", "the 38 route", "op tram 25".
static LINE_NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:Linie|línea|linea|linha|ligne|lijn|linia|linii)\s+(?:\d{1,3}|[A-Z]\d{0,2})\b|\b(?:the|das|die|el|la|le|il|o|a)\s+\d{1,3}\s+(?:route|bus|tram|Bus|Tram|line)\b|\b(?:op|in|on|the|de|met|auf|der|mit|dem|le|la|el|il|sul|no|na|w|we)\s+(?:tram|bus|Tram|Bus|tramwaju|autobusie)\s+(?:nr\.?\s*|no\.?\s*)?\d{1,3}[A-Z]?\b",
    )
});

/// A ward, floor or room of a hospital by its number: "auf Station 36", "ward 7B", "la planta 6", "Zimmer 12".
static WARD_NUMBER: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:station|ward|planta|reparto|stockwerk|étage|afdeling|oddział|oddziale|piso|quarto|zimmer|room|chambre|habitación|stanza|sala|pavillon)\s+(?:nr\.?\s*|no\.?\s*|n[º°.]\s*)?[a-z]?\d{1,3}[a-z]?\b",
    )
});

/// Verbs that tell a job by what it does: "I drive an auto-rickshaw", "I teach middle school band", "I coach
/// the under-14 hurling team", "I've driven a black cab".
static JOB_VERB: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:i(?:'ve|\s+have)?|back\s+to|started|start)\s+((?:drive|driven|driving|teach|taught|teaching|coach|coached|coaching)\s+(?:(?:a|an|the|our)\s+)?)",
    )
});

/// Jobs, folded, in the languages of the rules; words ending like a job ("-maker", "-fahrer") count too.
static JOBS: LazyLock<FixedWords> = LazyLock::new(|| fixed_words(&data_lines(include_str!("../../data/jobs.txt"))));

/// Jobs so common that alone they tell nothing ("I'm a teacher"); with where or what ("a teacher for piano at a
/// music school") they do.
static COMMON_JOBS: LazyLock<FixedWords> =
    LazyLock::new(|| fixed_words(&data_lines(include_str!("../../data/common_jobs.txt"))));

/// Endings of English and German job words.
const JOB_ENDINGS: &[&str] = &[
    "maker",
    "trice",
    "culteur",
    "cultrice",
    "ologue",
    "keeper",
    "smith",
    "driver",
    "fahrer",
    "führer",
    "fuhrer",
    "pfleger",
    "pflegerin",
    "arzt",
    "ärztin",
    "lehrer",
    "lehrerin",
    "meister",
    "meisterin",
    "techniker",
    "technikerin",
    "koch",
    "köchin",
    "fachfrau",
    "fachmann",
    "verkäufer",
    "verkäuferin",
    "ician",
    "ologist",
    "grapher",
    "ographer",
    "supervisor",
    "inspector",
    "operator",
    "officer",
];

/// Words that start what a job is about: where, for whom, of what ("at a music school", "bei den SBB", "de capoeira").
const JOB_SPECIFIERS: &[&str] = &[
    "at", "in", "for", "on", "near", "with", "of", "bei", "im", "am", "an", "für", "auf", "à", "au", "aux", "chez",
    "dans", "en", "de", "du", "des", "d", "da", "do", "dos", "das", "di", "del", "della", "dello", "dei", "nel",
    "nella", "nei", "num", "numa", "no", "na", "nos", "nas", "alla", "al", "allo", "w", "we", "na", "u", "przy", "bij",
    "op", "voor", "van",
];

const ARTICLES: &[&str] = &[
    "the", "a", "an", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "o", "os", "as", "um", "uma",
    "een", "het", "den", "der", "die", "das", "dem", "einem", "einer",
];

/// Words that end a job's phrase: conjunctions, and words that start a time ("for twenty years", "since 2010").
const JOB_STOPS: &[&str] = &[
    "and",
    "but",
    "so",
    "who",
    "which",
    "where",
    "since",
    "because",
    "und",
    "aber",
    "seit",
    "wo",
    "der",
    "die",
    "das",
    "et",
    "mais",
    "depuis",
    "où",
    "qui",
    "y",
    "pero",
    "desde",
    "donde",
    "que",
    "e",
    "ma",
    "da",
    "dove",
    "che",
    "mas",
    "desde",
    "onde",
    "en",
    "maar",
    "sinds",
    "waar",
    "i",
    "ale",
    "od",
    "gdzie",
    "years",
    "year",
    "jahre",
    "jahren",
    "ans",
    "años",
    "anni",
    "anos",
    "jaar",
    "lat",
    "now",
    "jetzt",
    "maintenant",
    "ahora",
    "ora",
    "agora",
    "nu",
    "teraz",
];

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut hits = occupations(ctx);
    for c in ONLY_ONE.captures_iter(text) {
        let (Some(m), Some(noun)) = (c.get(0), c.get(1)) else { continue };
        if NOT_A_ROLE.contains(&noun.as_str().to_lowercase().as_str()) {
            continue;
        }
        let end = m.start() + m.as_str().trim_end().len();
        hits.push(Hit::new(m.start(), end, Category::Other, 0.5, "the only one of a kind in a place"));
    }
    let in_a_place: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    for c in ONLY_TRADE.captures_iter(text) {
        let Some(whole) = c.get(0) else { continue };
        // Already found with its place ("the only farrier in the valley").
        let within = in_a_place.iter().any(|&(s, e)| s <= whole.start() && whole.end() <= e);
        if within || c.get(1).is_some_and(|w| !is_job(&crate::normalise::fold(w.as_str()))) {
            continue;
        }
        hits.push(Hit::new(whole.start(), whole.end(), Category::Other, 0.5, "the only one of a trade or a place"));
    }
    let marathi = ctx.word_language().is_some_and(|l| l.starts_with("mr"));
    // Each language's forms are tried only in letters that may be in it: a pattern that can start at any word
    // (the Hindi ones) costs a scan of the whole text.
    let in_language = |langs: &[&str]| langs.iter().any(|l| ctx.maybe(l));
    let mut rules: Vec<(&Pattern, &str)> = BUSINESS
        .iter()
        .filter(|(langs, _)| in_language(langs))
        .map(|(_, p)| (p, "a family business"))
        .chain(
            EVENT
                .iter()
                .filter(|(langs, _)| in_language(langs))
                .map(|(_, p)| (p, "an event about the writer (a drive, the news)")),
        )
        .collect();
    if marathi {
        rules.push((&*BUSINESS_MR, "a family business"));
    }
    if ["fr", "es", "pt", "it", "hi"].iter().any(|l| ctx.maybe(l)) {
        rules.push((&*BUSINESS_ROMANCE, "a family business"));
    }
    for (p, reason) in rules {
        for c in p.captures_iter(text) {
            if let Some(m) = c.iter().skip(1).flatten().next() {
                // A business with its name given ("a small bakery called Sweet Crumbs") is flagged by its name.
                let after = text[m.end()..].trim_start();
                if ["called", "named", "namens", "appelé", "llamad", "chiamat", "chamad", "genaamd"]
                    .iter()
                    .any(|w| after.starts_with(w))
                {
                    continue;
                }
                hits.push(Hit::new(m.start(), m.end(), Category::Other, 0.5, reason));
            }
        }
    }
    hits
}

/// Jobs after a cue, with what makes them specific.
fn occupations(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let toks = ctx.tokens;
    let mut hits = Vec::new();
    let breaks = |a: usize, b: usize| {
        text[a..b].contains(['.', ',', ';', ':', '!', '?', '(', ')', '–', '—', '\n', '"', '“', '”'])
    };
    let cues = JOB_CUES.iter().filter(|(lang, _)| ctx.maybe(lang));
    for m in cues.flat_map(|(_, p)| p.find_iter(text)) {
        let first = ctx.token_at(m.end());
        // Up to four words in a row ("52-year-old", "haul truck", "surf"); the job is the last of them.
        let mut k = first;
        let mut head = None;
        while k < toks.len() && k < first + 5 {
            let t = &toks[k];
            if (k > first && breaks(toks[k - 1].end, t.start)) || JOB_STOPS.contains(&t.base()) {
                break;
            }
            if is_job(t.base()) {
                head = Some(k);
            } else if head.is_some() || !job_modifier(ctx, t) {
                break;
            }
            k += 1;
        }
        let Some(h) = head else { continue };
        let job = toks[h].base();
        // What it is about: a few words after "at", "in", "bei", "de"… up to a comma or a conjunction.
        let mut end = toks[h].end;
        let mut j = h + 1;
        let specific = j < toks.len() && !breaks(end, toks[j].start) && JOB_SPECIFIERS.contains(&toks[j].base());
        if specific {
            let mut last = h;
            while j < toks.len() && j <= h + 6 && !breaks(toks[j - 1].end, toks[j].start) {
                let t = &toks[j];
                if JOB_STOPS.contains(&t.base()) || !t.is_alpha() {
                    break;
                }
                last = j;
                j += 1;
            }
            // Not ending on "in the", "na", "de": the words that would lead to what comes next.
            while last > h + 1 && (JOB_SPECIFIERS.contains(&toks[last].base()) || ARTICLES.contains(&toks[last].base()))
            {
                last -= 1;
            }
            end = toks[last].end;
        }
        let modified = h > first;
        if COMMON_JOBS.contains(job) && !specific || (!modified && !specific && !JOBS.contains(job)) {
            continue;
        }
        hits.push(Hit::new(toks[first].start, end, Category::Other, 0.5, "a job that may tell who the writer is"));
    }
    for m in ROUTE.find_iter(text).chain(LINE_NUMBER.find_iter(text)) {
        hits.push(Hit::new(m.start(), m.end(), Category::Other, 0.5, "the line or route the writer drives"));
    }
    for m in WARD_NUMBER.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Other, 0.5, "the ward or room where the patient lay"));
    }
    for c in JOB_VERB.captures_iter(text) {
        let Some(m) = c.get(1) else { continue };
        // The object, up to a place or time word or a comma: "teach middle school band" (in Idaho).
        let first = ctx.token_at(m.end());
        let mut j = first;
        while j < toks.len() && j < first + 5 {
            let t = &toks[j];
            if (j > first && breaks(toks[j - 1].end, t.start))
                || JOB_STOPS.contains(&t.base())
                || JOB_SPECIFIERS.contains(&t.base())
            {
                break;
            }
            j += 1;
        }
        let words: usize = toks[first..j].iter().map(|t| t.text.split('-').count()).sum();
        if words >= 2 {
            hits.push(Hit::new(
                m.start(),
                toks[j - 1].end,
                Category::Other,
                0.5,
                "a job that may tell who the writer is",
            ));
        }
    }
    hits
}

/// Whether a word can stand before a job ("52-year-old", "haul truck", "primary school"): a word in lower case (or
/// a German noun) that is not a function word or one of feeling ("so", "to", "grateful").
fn job_modifier(ctx: &Context<'_>, t: &crate::tokens::Token<'_>) -> bool {
    const NOT_MODIFIERS: &[&str] = &[
        "to",
        "the",
        "my",
        "your",
        "our",
        "very",
        "really",
        "not",
        "just",
        "still",
        "going",
        "happy",
        "proud",
        "grateful",
        "thankful",
        "sure",
        "sorry",
        "glad",
        "here",
        "there",
        "from",
        "about",
        "like",
        "so",
        "now",
        "also",
        "always",
        "writing",
        "your",
        "donor",
        "recipient",
        "mother",
        "father",
        "mum",
        "mom",
        "dad",
        "wife",
        "husband",
        "big",
        "fan",
        "bit",
        "lot",
        "little",
        "single",
        "sehr",
        "so",
        "nicht",
        "froh",
        "dankbar",
        "très",
        "si",
        "pas",
        "muy",
        "tan",
        "molto",
        "così",
        "muito",
        "tão",
        "erg",
        "zo",
        "bardzo",
        "taki",
        "taka",
    ];
    let lower_or_number =
        !t.cap || t.text.chars().any(|c| c.is_ascii_digit()) || ctx.maybe("de") && ctx.language.is_some();
    lower_or_number
        && t.text.chars().count() > 1
        && !NOT_MODIFIERS.contains(&t.base())
        && !JOB_SPECIFIERS.contains(&t.base())
}

/// Whether a folded word is a job: in the list, or ending like one ("winemaker", "Busfahrer", "electrician").
fn is_job(word: &str) -> bool {
    // "violinista", "socorrista", "taxista" are jobs; "optimista", "turista" are not.
    const NOT_JOBS: &[&str] = &[
        "optimista",
        "pesimista",
        "pessimista",
        "realista",
        "idealista",
        "egoísta",
        "egoista",
        "feminista",
        "turista",
        "socialista",
        "comunista",
        "ottimista",
    ];
    if NOT_JOBS.contains(&word) {
        return false;
    }
    (word.ends_with("ista") && word.chars().count() >= 7)
        || JOBS.contains(word)
        || COMMON_JOBS.contains(word)
        || (word.chars().count() >= 6 && JOB_ENDINGS.iter().any(|e| word.ends_with(e)))
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
    fn quasi_identifiers() {
        assert_eq!(found("I am the only farrier in the valley."), ["the only farrier in the valley"]);
        assert_eq!(found("Sie ist die einzige Tierärztin im ganzen Tal."), ["die einzige Tierärztin im ganzen Tal"]);
        assert_eq!(found("My parents run a little bakery in town."), ["little bakery"]);
        assert_eq!(found("the church held a swab drive for me."), ["swab drive for me"]);
        assert_eq!(found("Our story was on the local news."), ["was on the local news"]);
        assert!(found("That was the only way out. I have a lot of time.").is_empty());
        assert_eq!(
            found("I'm 36, I work as a chef in a little Italian place, and I play bass."),
            ["chef in a little Italian place"]
        );
        assert_eq!(found("I'm a 52-year-old winemaker from the Barossa."), ["52-year-old winemaker"]);
        assert_eq!(found("Ich bin Lokführer bei den SBB, und seit"), ["Lokführer bei den SBB"]);
        assert_eq!(found("e sou professor de capoeira num projeto"), ["professor de capoeira num projeto"]);
        assert_eq!(found("I drive an auto-rickshaw in Pune"), ["drive an auto-rickshaw"]);
        assert!(found("Er fährt den M29 quer durch Kreuzberg").contains(&"fährt den M29".to_string()));
        assert!(found("I drive the number 7 tram").contains(&"drive the number 7 tram".to_string()));
        assert!(found("I'm a teacher and I am a mother of two. I am a survivor.").is_empty());
    }
}
