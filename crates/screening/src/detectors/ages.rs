//! Ages, in digits or words, in the letters' languages: "I am 34", "turned sixty-two", "tengo 34 años",
//! "ho 52 anni", "mam 40 lat", "2-letniego", "ik ben 33", "三歳", "בת שש", "पैंतालीस साल", "his eighth birthday",
//! lists ("two kids, 7 and 4", "(Tyler 16, Kayla 13)"). The finding is the number only.
//!
//! Each rule needs a cue that says the number is an age (a verb of having or being, "aged", a unit of years with
//! "old" or a preposition that ties it to a person), because bare numbers with "years" are as often durations
//! ("married 41 years", "hace 20 años") and decades ("in my 50s") say too little to be flagged.

use std::sync::LazyLock;

use regex::Regex;

use super::numbers::alternation;
use super::{Context, re};
use crate::pattern::Pattern;
use crate::{Category, Hit};

/// A number in digits or in the words of `lang`.
fn num(lang: &str) -> String {
    format!(r"(\d{{1,3}}|{})", alternation(lang))
}

/// English ordinals 3rd–99th in words. "My first/second birthday" is as often the day of the transplant as an
/// age, so those two are left out alone ("twenty-first" stays).
const ORDINALS: &str = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s-]+(?:first|second|third|fourth|\
fifth|sixth|seventh|eighth|ninth)|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth|third|fourth|fifth|sixth|\
seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth";

static ENGLISH: LazyLock<Pattern> = LazyLock::new(|| {
    let n = num("en");
    // A number with "and a half" is one age.
    let h = format!(r"((?:\d{{1,3}}|{})(?:\s+and\s+a\s+half)?)", alternation("en"));
    re(&format!(
        r"(?ix)
        \b(?:i\s+am|i'm|im|she\s+is|he\s+is|she's|he's|who's|who\s+is|who\s+are|is|was|am|are|now|be)\s+
          (?:now\s+|only\s+|just\s+|nearly\s+|almost\s+|already\s+|still\s+|soon\s+)?
          {h}
          (?:\s*(?:[,.;!?()]|$)|\s*(?:-\s*|\s)(?:years?|yrs?)(?:[\s-]+old)?\b|\s+months?\s+old\b|\s+(?:and|next|in|this|when|but|now|so|with|today|on|at|last|soon|going|i|he|she|we|they|my)\b)
      | \b(?:turned|turns|turning|turn|aged?|age\s+of)\s+{h}
      | \b{n}\s*(?:-|\s)?(?:years?|yrs?)[\s\-]*(?:old|of\s+age|young)\b
      | \b(?:at|from)\s+(?:the\s+age\s+of\s+)?{n}\s*(?:[,.;!?)]|(?:she|he|i|we|they|months?|years?|because|after|when)\b|in\s+(?:my|his|her)\b|with\s+(?:all|aml|cml|cll|mds|leuk|lymph|a\s+rare|an?\s+\w+\s+(?:disease|disorder|cancer)))
      | \b(?:of|at)\s+{n}\s+years\b
      | \b(?:kids|children|daughters|sons|boys|girls|grandkids|grandchildren|twins)\s*[,:(]\s*(\d{{1,2}})\b
      | \b(?:({ord})|(\d{{1,3}})(?:th|st|nd|rd))\s+birthday\b
      | \b(\d{{1,3}})\s*(?:yo|y/o)\b
    ",
        ord = ORDINALS,
    ))
});

static GERMAN: LazyLock<Pattern> = LazyLock::new(|| {
    let n = num("de");
    re(&format!(
        r"(?ix)
        \b(?:ich\s+bin|bin|ist|sind|war|wurde|wird|werde|mit|im\s+alter\s+von)\s+
          (?:(?:im|am|zu|an)\s+\p{{L}}+\s+|(?:letzte|vorige|diese|nächste)\s+woche\s+|(?:letztes|voriges|dieses|nächstes)\s+jahr\s+|gestern\s+|heute\s+)?(?:jetzt\s+|schon\s+|bald\s+|fast\s+|erst\s+|gerade\s+|knapp\s+|nun\s+|inzwischen\s+)?
          {n}(?:\s+jahren?\b|\s+jahre\b|\s*[,.;!?)]|\s+(?:und|bei|in|im|an|am|habe|hat|wurde|bekam|hatte|alt|als)\b)
      | \b{n}\s+jahre?\s+(?:alt|jung)\b
      | \b{n}\s*-?\s*jährig
      | \b(\d{{1,3}})\.\s*geburtstag
      | \b(\d{{1,3}})\s+lenzen?\b
      | \bich\s+bin\s+\p{{Lu}}[\p{{L}}'\-]+\s*,\s*{n}\s*[,.;!?)]
      | \bmit\s+(\d{{1,2}})(?:\s+jahren\b|\s+(?:auf|in|an|bei|hab|habe|bin|wurde|war|hat|als|zum|zur|schon|erst)\b|\s*[,.;!?)])
    "
    ))
});

/// A German birthday by its ordinal in words: "zum zehnten Geburtstag", "seinen fünften Geburtstag" (a pattern of its
/// own, so that it is tried only in letters that say "Geburtstag").
static GERMAN_BIRTHDAY: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?ix)
        \b(?:zum|seinen|ihren|meinen|deinen|den|dem|seinem|ihrem|meinem|deinem|unserem|zu\s+seinem|zu\s+ihrem|zu\s+meinem)\s+
          ((?:zwei|drit|vier|fünf|sechs|sieb|ach|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn)ten
          |(?:\p{L}*und)?(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)sten)\s+geburtstag\b
    ")
});

/// Romance languages: "tengo 34 años", "un niño de 9 años", "ho 52 anni", "j'ai 45 ans", "tenho 29 anos".
static ROMANCE: LazyLock<Pattern> = LazyLock::new(|| {
    let (es, pt, it, fr) = (num("es"), num("pt"), num("it"), num("fr"));
    re(&format!(
        r"(?ix)
        \b(?:tengo|tiene|tienes|tenía|tenia|tenían|tenga|cumplí|cumplió|cumple|cumplo|cumplirá|de|a\s+los|con)\s+
          (?:ya\s+|casi\s+|apenas\s+|solo\s+|sólo\s+|recién\s+|ahora\s+|hoy\s+)?{es}\s+(?:años|añitos)\b
      | \b(?:tengo|tenho|tiene|tenía|tenia|cumplió|cumple)\s+{es}\s*[,.;!?)]
      | \ba\s+los\s+(\d{{1,2}}|{es})\s*(?:[,.;!?)]|(?:me|se|te|nos|le|la|lo|fui|empecé|entré|conocí|tuve|tenía)\b)
      | \bdesde\s+los\s+(\d{{1,2}}|{es})\s*(?:[,.;!?)]|(?:en|me|trabajo|laburo|vivo)\b)
      | \b(?:di|de|da)\s+(\d{{1,2}})\s+(?:e|y)\s+\d{{1,2}}\s+(?:anni|años|anos)\b
      | \b(?:tenho|tem|tens|tinha|tinham|completei|completou|completa|fez|fiz|faz|de|aos|com)\s+
          (?:já\s+|quase\s+|apenas\s+|só\s+)?{pt}\s+(?:anos|aninhos)\b
      | \b(?:ho|ha|hai|hanno|aveva|avevo|avevi|compiuto|compie|compio|compiuti|di|a|età\s+di)\s+
          (?:già\s+|quasi\s+|appena\s+|solo\s+|ora\s+)?{it}\s+anni\b
      | \b(?:ai|a|as|avait|avais|avions|aura|aurai|eu|de|à|d'avoir|fête\s+ses|fêté\s+ses|fêté\s+mes|mes|ses|tes|nos|leurs)\s+
          (?:maintenant\s+|bientôt\s+|presque\s+|déjà\s+|tout\s+juste\s+|seulement\s+)?{fr}\s+ans\b
      | \b(\d{{1,3}})(?:º|°|o|e|er|ème|eme)?\s+(?:cumpleaños|compleanno|anniversaire|aniversário|aniversario)\b
      | \bne\s+(?:aveva|avevo|avevi|ha|ho|hai)\s+{it}\b
      | \b(?:tinha|tenho|tem|tinham|tenía|tengo|tiene)\s+(?:só\s+|apenas\s+|quase\s+|solo\s+|sólo\s+|casi\s+)?{pt}\s*(?:[,.;!?)]|(?:e|y|quando|cuando|anos?)\b)
      | \b(?:nena|nene|niña|niño|hija|hijo|chico|chica|bebé|bambina|bambino|figlia|figlio|menina|menino|filha|filho|garçon|fille|fils)\s+(?:de|di|da)\s+(\d{{1,2}})\s*(?:[,.;!?)]|$)
    "
    ))
});

/// An age reached, said without its unit: "cumplió 6 el domingo", "faz 12 amanhã", "ha compiuto 10 a maggio",
/// "a eu 6 dimanche", "skończyła 6 w niedzielę", "is 4 geworden", "ist 9 geworden". The number must be followed by
/// punctuation or a word of time, so that "cumplió 6 meses" or "fez 3 sessões" stay counts.
static AGE_REACHED: LazyLock<Pattern> = LazyLock::new(|| {
    let (es, pt, it, fr, pl, nl, de) = (num("es"), num("pt"), num("it"), num("fr"), num("pl"), num("nl"), num("de"));
    re(&format!(
        r"(?ix)
        \b(?:cumplí|cumplió|cumple|cumplo|cumplirá|cumpliré|cumplía|cumplir)\s+(?:ya\s+|los\s+)?{es}
          (?:\s*[,.;!?)]|\s+(?:el|la|en|este|esta|ayer|hoy|mañana|pronto|y|hace|dentro|justo|añitos)\b)
      | \b(?:fez|faz|fará|completou|completa|completará|completei|fazer)\s+(?:já\s+)?{pt}
          (?:\s*[,.;!?)]|\s+(?:no|na|em|este|esta|ontem|hoje|amanhã|e|daqui|semana|agora|aninhos)\b)
      | \b(?:compiuto|compie|compirà|compio|compiuti|compiere)\s+(?:già\s+)?{it}
          (?:\s*[,.;!?)]|\s+(?:a|il|la|in|questo|questa|ieri|oggi|domani|e|tra|fra|proprio)\b)
      | \b(?:a\s+eu|ai\s+eu|aura|aurai|fête\s+ses|fêté\s+ses)\s+(?:déjà\s+)?{fr}
          (?:\s*[,.;!?)]|\s+(?:le|la|en|ce|cette|hier|aujourd'hui|demain|et|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b)
      | \b(?:skończył\w*|skończy\w*|kończy\w*)\s+(?:już\s+)?{pl}
          (?:\s*[,.;!?)]|\s+(?:w|we|na|i|a|dzisiaj|dziś|wczoraj|jutro|latek|latka)\b)
      | \b(?:is|ben|was|wordt|werd)\s+(?:nu\s+|net\s+|al\s+)?{nl}\s+(?:geworden|worden)\b
      | \b(?:wordt|werd)\s+{nl}\s+(?:in|op|deze|dit|volgende|vandaag|morgen)\b
      | \b(?:ist|bin|sind|war|wird|werde)\s+(?:jetzt\s+|gerade\s+|schon\s+)?{de}\s+(?:geworden|werden)\b
      | \bwird\s+(?:jetzt\s+|bald\s+)?{de}\s+(?:im|am|diese|dieses|nächste|nächsten|nächstes|morgen|heute)\b
    "
    ))
});

/// Polish and Dutch: "mam 40 lat", "2-letniego synka", "ik ben 33", "een zoontje van 3".
static POLISH_DUTCH: LazyLock<Pattern> = LazyLock::new(|| {
    let (pl, nl) = (num("pl"), num("nl"));
    re(&format!(
        r"(?ix)
        \b(?:mam|ma|masz|miał|miała|miałem|miałam|mając|skończył\w*|skończy\w*|kończy\w*)\s+
          (?:już\s+|prawie\s+|dopiero\s+|teraz\s+)?{pl}\s+(?:lat|lata|rok|roku)\b
      | \b(\d{{1,3}})\s?-?\s?(?:letni|latek|latka)\w*
      | \b((?:jedno|dwu|trzy|cztero|pięcio|sześcio|siedmio|ośmio|dziewięcio|dziesięcio|jedenasto|dwunasto|trzynasto|czternasto|piętnasto|szesnasto|siedemnasto|osiemnasto|dziewiętnasto|dwudziesto|trzydziesto|czterdziesto|pięćdziesięcio|sześćdziesięcio|siedemdziesięcio|osiemdziesięcio|dziewięćdziesięcio)(?:letni|letnia|letniego|letniej|letnią|letnie|latek|latka)\w*)
      | \bw\s+wieku\s+{pl}\s+(?:lat|lata)\b
      | \b(?:zoon|dochter|zoontje|dochtertje|kleinzoon|kleindochter|broertje|zusje|kind|kindje|jongen|meisje|man|vrouw)\s+van\s+{nl}\b
      | \b(?:is|was|werd|wordt)\s+(?:ze|hij|zij|het)\s+(?:nu\s+|al\s+|bijna\s+|net\s+)?{nl}(?:\s+jaar\b|\s*[,.;!?)]|\s+(?:en|oud)\b)
      | \b(?:toen|als)\s+(?:ze|hij|zij|ik|het)\s+{nl}\s+(?:was|werd|jaar)\b
      | \bop\s+(?:mijn|zijn|haar|onze)\s+((?:{nl})(?:de|ste)|\d{{1,2}}(?:e|de|ste))\b
      | \b(\d{{1,3}})\.?\s+urodziny\b
      | \b(?:ik\s+ben|is|ben|was|werd|wordt|word|zijn|van)\s+(?:(?:vorige|deze|volgende)\s+week\s+|vorig\s+jaar\s+|gisteren\s+)?(?:nu\s+|bijna\s+|al\s+|pas\s+|net\s+)?
          {nl}(?:\s+jaar\b|\s*[,.;!?)]|\s+(?:en|oud|bent|is|ben|was|toen|heeft|had|die|werd)\b)
      | \b(\d{{1,3}})(?:e|ste|de)?\s+verjaardag\b
    "
    ))
});

/// Hebrew ("בן 52", "בת שש"), Hindi, Marathi and Tamil ("पैंतालीस साल की", "उम्र ३८", "45 வயது"), Japanese and
/// Chinese ("三歳", "今年五歲", "26岁"), also without the unit after "this year" or "even at" ("今年で五十になります",
/// "今年六十六了", "七十二にもなって").
static OTHER_SCRIPTS: LazyLock<Pattern> = LazyLock::new(|| {
    let (he, hi) = (alternation("he"), alternation("hi"));
    re(&format!(
        r"(?x)
        (?:^|[^\p{{L}}])[וש]?(?:בן|בת)\s+(\d{{1,3}}|{he})(?:[^\p{{L}}]|$)
      | (?:^|[^\p{{L}}\p{{M}}])({hi})\s*(?:साल|वर्ष|बरस)\s+(?:की|का|के|है|हो|हूँ|हूं)
      | (?:उम्र|आयु|वय)\s*:?\s*({hi})(?:[^\p{{L}}\p{{M}}]|$)
      | (\d{{1,3}})\s*வயது
      | வயது\s*:?\s*(\d{{1,3}})
      | ([0-9０-９]{{1,3}}|[一二三四五六七八九十两兩]{{1,4}})\s*(?:歳|岁|歲)
      | 今年(?:で|は)?\s*([0-9０-９]{{1,3}}|[一二三四五六七八九十两兩]{{1,4}})(?:に(?:なり|なる|なっ)|了)
      | ([0-9０-９]{{2}}|[二三四五六七八九]?十[一二三四五六七八九]?)にもなって
      | (?:^|[。、\s])([二三四五六七八九]?十[一二三四五六七八九]?)に(?:なります|なりました|なった)
    "
    ))
});

/// Digits and Hindi and Latin-script Hindi words for years, kept from the first rules (durations in Hindi take
/// "से", which these leave out by needing a cue or the number right before the word).
static HINDI_DIGITS: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?ix)
        \b(\d{1,3})(?:वां|वाँ|वीं|वें)?\s+जन्मदिन
      | \b(\d{1,3})\s*वर्षां?च[ाीे]
      | \b(\d{1,3})\s*(?:साल|वर्ष|बरस)(?:\s*(?:की|का|के|है|हो|हूँ|हूं)|[^\s\p{M}\p{L}]|$)
      | \b(\d{1,3}|ek|do|teen|char|chaar|paanch|panch|chhe|chhah|saat|aath|nau|das|gyarah|barah|baarah|terah|chaudah|pandrah|solah|satrah|atharah|unnis|bees|ikkis|baees|bais|teis|tees|chaubis|chaubees|pachchis|pacchis|pachis|chhabbis|sattais|atthais|untis|battis|paintis|chalis|chaalis|pachas|pachaas|saath|sattar|assi)\s+(?:saal|sal|varsh|baras)\s+(?:ki|ka|ke|hai|ho|hoon|hun)\b
      | (?:उम्र|आयु|वय|umar|umr|age)\s*:?\s*(\d{1,3})\b
      | \b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?:saal|sal|varsh|baras)\s+(?:ki|ka|ke)\b
      | \b(\d{2})\s+(?:saal\s+)?(?:ke|ki|ka)\s+(?:hain|hai|hoon|hun|ho|the|thi|thay)\b
    ")
});

/// A person named by their age, never a duration: "da diciottenne", "een zevenjarige", "a quarantenne".
static AGE_NOUN_IT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b((?:dodic|tredic|quattordic|quindic|sedic|diciassett|diciott|diciannov|vent|trent|quarant|cinquant|sessant|settant|ottant|novant)\p{L}*enne)\b",
    )
});
static AGE_NOUN_NL: LazyLock<Pattern> =
    LazyLock::new(|| re(&format!(r"(?i)\b((?:{}|\d{{1,2}})-?jarige?)\b", alternation("nl"))));

/// A birthday by its ordinal after a possessive: "a party for my 40th", "her 18th in hospital", "just after her
/// fourteenth".
static ORDINAL_BIRTHDAY: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:my|his|her|our|their|your)\s+(?:(\d{1,3})(?:th|st|nd|rd)|((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth))\s*(?:[,.;!?)]|$|(?:party|bash|celebration|and|this|last|next|in|on|was|is)\b)",
    )
});

/// An age right after the writer's name, in digits or words: "I'm Wei Ling, 19, from Singapore", "Ich bin Lea, 15,
/// und", "Ik ben Lotte, negenentwintig, juf".
static NAME_AGE: LazyLock<Pattern> = LazyLock::new(|| {
    let words: Vec<String> = ["en", "de", "fr", "es", "pt", "it", "pl", "nl"].iter().map(|l| alternation(l)).collect();
    re(&format!(
        r"(?i:\bi'm|\bi\s+am|\bich\s+bin|\bje\s+suis|\bsoy|\bsono|\bsou|\bik\s+ben|\bjestem|\bmy\s+name\s+is|\bthis\s+is|\bit's|\bit\s+is)\s+\p{{Lu}}[\p{{L}}'\-]+(?:\s+\p{{Lu}}[\p{{L}}'\-]+)?(?:\s+here)?\s*,\s*(\d{{1,2}}|(?i:{}))\s*(?:[,.;!)]|$)",
        words.join("|")
    ))
});

/// Italian ages with the tens cut before "anni": "ho compiuto sessant'anni", "ho settantun anni".
static ITALIAN_ELIDED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:ho|ha|hai|hanno|aveva|avevo|avevi|compiuto|compie|compiuti|di|a|età\s+di)\s+(?:già\s+|quasi\s+|appena\s+)?((?:vent|trent|quarant|cinquant|sessant|settant|ottant|novant)(?:un)?)(?:['’]\s?anni|\s+anni)\b",
    )
});

/// A baby's age in months in the Romance languages: "Gabin avait dix mois quand…", "tenía diez meses",
/// "aveva dieci mesi", "tinha dez meses".
static MONTHS_OLD: LazyLock<Pattern> = LazyLock::new(|| {
    let (es, pt, it, fr) = (num("es"), num("pt"), num("it"), num("fr"));
    re(&format!(
        r"(?ix)
        \b(?:avait|avais|aurait|(?:il|elle|qui)\s+a)\s+(?:à\s+peine\s+|seulement\s+|juste\s+)?{fr}\s+mois\b
      | \b(?:tenía|tenia|tenían)\s+(?:apenas\s+|solo\s+|sólo\s+)?{es}\s+meses\b
      | \b(?:aveva|avevo)\s+(?:appena\s+|solo\s+)?{it}\s+mesi\b
      | \b(?:tinha|tinham)\s+(?:apenas\s+|só\s+)?{pt}\s+meses\b
    "
    ))
});
/// "ist Emma acht und…", "wird Ben bald fünf", "Zu meinem 70er", "Als Noi drei war".
static GERMAN_NAMED: LazyLock<Pattern> = LazyLock::new(|| {
    let n = num("de");
    re(&format!(
        r"(?ix)\b(?:ist|wird|wurde|war)\s+(?:\p{{Lu}}\p{{Ll}}+|er|sie|es)\s+(?:jetzt\s+|schon\s+|bald\s+|gerade\s+|erst\s+|damals\s+)?{n}(?:\s+jahre?\b|\s*[,.;!?)]|\s+(?:und|geworden|alt)\b) | \b(?:meinem|seinem|ihrem|zum|zu\s+meinem)\s+(\d{{2}})er\b | \b(?:als|wie|bis)\s+(?:\p{{Lu}}\p{{Ll}}+|er|sie|ich|es)\s+(?:gerade\s+|erst\s+|knapp\s+)?{n}\s+(?:war|wurde|jahre)\b"
    ))
});

/// A name with the age after it in brackets: "mein Sohn (jannik, 19, der…)", "my daughter (Mia, 7)".
static BRACKETED_NAME_AGE: LazyLock<Pattern> = LazyLock::new(|| re(r"\(\s*\p{L}[\p{L}'\-]+\s*,\s*(\d{1,2})\s*[,;)]"));

/// An age standing alone between commas, in digits or words: "a dairy farmer from Friesland, 57 jaar, and",
/// "een visser van Urk, zevenenveertig jaar oud, en".
static APPOSITION: LazyLock<Pattern> = LazyLock::new(|| {
    let words: Vec<String> = ["en", "de", "fr", "es", "pt", "it", "pl", "nl"].iter().map(|l| alternation(l)).collect();
    re(&format!(
        r"(?i),\s*(\d{{1,2}}|{})\s+(?:jaar|jahre|years|ans|años|anni|anos|lat|lata)(?:\s+(?:oud|alt|old))?\s*[,;.]",
        words.join("|")
    ))
});

/// "bald 31!", "bientôt 31 !", "soon 31." — the writer's next birthday.
static SOON: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:soon|bald|bientôt|pronto|presto|wkrótce|binnenkort|almost|nearly|fast|quasi|casi|quase|prawie|bijna)\s+(\d{1,2})\s*(?:[,.;!?)]|$)",
    )
});

/// A name or a few children's ages in brackets: "(14 und 11)", "Emma (8)", "(Tyler 16, Kayla 13".
static BRACKETED: LazyLock<Pattern> =
    LazyLock::new(|| re(r"\(\s*(?:(\p{Lu}\p{Ll}+)(?:'s)?\s+)?(\d{1,2})\s*(?:[,)]|\s+(?:and|und|et|y|e|i|en|&)\s)"));

/// The next number of a list of ages, right after one: ", 13", " and 9", ", and little Ben 8", " und 11".
static LIST_NEXT: LazyLock<Regex> = LazyLock::new(|| {
    #[allow(clippy::expect_used)]
    Regex::new(
        r"^(?:\s*,\s*(?:(?:and|und|et|y|e|i|en)\s+)?|\s+(?:and|und|et|y|e|i|en|&)\s+)(?:(?:little|kleine?|petite?|pequeñ[oa]|piccol[oa])\s+)?(?:(?P<name>\p{Lu}\p{Ll}+)(?:'s)?\s+)?(?P<age>\d{1,2})(?:\s*(?:[,.;!?)]|$)|\s+(?:and|und|et|y|e|i|en|years?|jahre|ans|años|anni|anos|lat|jaar)\b)",
    )
    .expect("valid built-in pattern")
});

/// Words right after a number that make it a count of something else ("8 months after", "36 days", "14 friends").
const NOT_YEARS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "hour", "hours", "minute", "minutes", "times", "people",
    "friends", "percent", "per", "kg", "km", "miles", "units", "ml", "cm", "pounds", "euros", "dollars", "rupees",
    "lakh", "o'clock", "pm", "am", "tage", "wochen", "monate", "stunden", "minuten", "leute", "menschen", "prozent",
];

const YEARS: &[&str] = &["year", "years", "jahre", "jahren", "ans", "años", "anni", "anos", "lat", "jaar"];
const AFTER: &[&str] = &[
    "after", "ago", "since", "later", "back", "nach", "später", "her", "après", "después", "dopo", "depois", "temu",
    "na", "geleden",
];

/// Words right before a cue that turn "de 30 años" into a duration ("más de 30 años", "il y a 20 ans").
const DURATION_BEFORE: &[&str] = &[
    "más", "mais", "più", "plus", "moins", "menos", "meno", "hace", "há", "depuis", "over", "über", "seit", "ponad",
    "dan", "durante", "pendant", "por", "para", "per", "desde", "da",
];

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut hits = Vec::new();
    if ctx.maybe("en") {
        run(&ENGLISH, text, 0.8, &mut hits);
    }
    if ctx.maybe("de") {
        run(&GERMAN, text, 0.8, &mut hits);
        run(&GERMAN_BIRTHDAY, text, 0.8, &mut hits);
    }
    if ["es", "pt", "it", "fr"].iter().any(|l| ctx.maybe(l)) {
        run(&ROMANCE, text, 0.8, &mut hits);
    }
    if ["pl", "nl"].iter().any(|l| ctx.maybe(l)) {
        run(&POLISH_DUTCH, text, 0.8, &mut hits);
    }
    if ["es", "pt", "it", "fr", "pl", "nl", "de"].iter().any(|l| ctx.maybe(l)) {
        run(&AGE_REACHED, text, 0.7, &mut hits);
    }
    run(&OTHER_SCRIPTS, text, 0.8, &mut hits);
    run(&HINDI_DIGITS, text, 0.8, &mut hits);
    if ctx.maybe("it") {
        run(&ITALIAN_ELIDED, text, 0.8, &mut hits);
    }
    if ["es", "pt", "it", "fr"].iter().any(|l| ctx.maybe(l)) {
        run(&MONTHS_OLD, text, 0.7, &mut hits);
    }
    run(&SOON, text, 0.6, &mut hits);
    run(&NAME_AGE, text, 0.7, &mut hits);
    run(&BRACKETED_NAME_AGE, text, 0.7, &mut hits);
    if ctx.maybe("en") {
        run(&ORDINAL_BIRTHDAY, text, 0.7, &mut hits);
    }
    let nouns = [("it", &*AGE_NOUN_IT), ("nl", &*AGE_NOUN_NL)];
    for c in nouns.iter().filter(|(lang, _)| ctx.maybe(lang)).flat_map(|(_, p)| p.captures_iter(text)) {
        if let Some(m) = c.iter().skip(1).flatten().next() {
            hits.push(Hit::new(m.start(), m.end(), Category::Age, 0.7, "age"));
        }
    }
    if ctx.maybe("de") {
        run(&GERMAN_NAMED, text, 0.7, &mut hits);
    }
    run(&APPOSITION, text, 0.6, &mut hits);
    for c in BRACKETED.captures_iter(text) {
        let Some(m) = c.get(2).filter(|m| plausible(text, m.start(), m.end())) else { continue };
        hits.push(Hit::new(m.start(), m.end(), Category::Age, 0.6, "age"));
        if let Some(name) = c.get(1) {
            push_listed_name(text, name.start(), name.end(), &mut hits);
        }
        follow_list(text, m.end(), &mut hits);
    }
    hits
}

/// Words before an age in a list that are not names ("(Mum 67, Dad 70)", "(Age 7)").
const NOT_LISTED_NAMES: &[&str] =
    &["mum", "mom", "dad", "age", "aged", "son", "daughter", "nan", "grandma", "grandpa", "papa", "mama", "oma", "opa"];

/// The name before an age in a list: "(Cooper's 12 and Flynn's 9)", "(Tyler 16, Kayla 13".
fn push_listed_name(text: &str, start: usize, end: usize, hits: &mut Vec<Hit>) {
    if !NOT_LISTED_NAMES.contains(&text[start..end].to_lowercase().as_str()) {
        hits.push(Hit::new(start, end, Category::Person, 0.7, "name before an age in a list"));
    }
}

/// Adds the first group that took part in each match of `p` (the number), and the ages listed after it.
fn run(p: &Pattern, text: &str, confidence: f32, hits: &mut Vec<Hit>) {
    for c in p.captures_iter(text) {
        if c.get(0).is_some_and(|w| duration_before(text, w.start())) {
            continue;
        }
        if let Some(m) = c.iter().skip(1).flatten().next()
            && plausible(text, m.start(), m.end())
        {
            hits.push(Hit::new(m.start(), m.end(), Category::Age, confidence, "age"));
            follow_list(text, m.end(), hits);
        }
    }
}

/// Whether the word before `pos` makes the phrase a duration.
fn duration_before(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    // "il y a 20 ans" (20 years ago): the cue "a" after "y".
    if text[pos..].starts_with("a ") && before.ends_with(" y") {
        return true;
    }
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    DURATION_BEFORE.iter().any(|w| word.eq_ignore_ascii_case(w) || word == *w)
}

/// A number in a plausible range that is not a decimal, a share or a count of days, people or hours.
fn plausible(text: &str, start: usize, end: usize) -> bool {
    let s = &text[start..end];
    if s.bytes().all(|b| b.is_ascii_digit()) {
        let value: u32 = s.parse().unwrap_or(0);
        if !(1..=120).contains(&value) {
            return false;
        }
    }
    let after = &text[end..];
    if after.starts_with('%')
        || after.starts_with(['.', ',', ':', '/']) && after[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let mut words = after.split_whitespace();
    let raw_next = words.next().unwrap_or("");
    let next = raw_next.trim_end_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    // A comma after "anni" ends the phrase: "avevo 19 anni, dopo che…" is still an age.
    let then = if next.len() < raw_next.len() { String::new() } else { words.next().unwrap_or("").to_lowercase() };
    let then = then.trim_end_matches(|c: char| !c.is_alphanumeric());
    // "two years after" is a time since something, not an age.
    if YEARS.contains(&next.as_str()) && AFTER.contains(&then) {
        return false;
    }
    // "6 months old" and "at 4 months" are ages; "8 months after" is not.
    let before = text[..start].trim_end();
    let at = before.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| w.eq_ignore_ascii_case("at"));
    !(NOT_YEARS.contains(&next.as_str()) && !(then == "old" || then == "alt" || (at && next.starts_with("month"))))
}

/// Adds the ages that follow one in a list ("17 and 14", "7, 4 and 2").
fn follow_list(text: &str, mut end: usize, hits: &mut Vec<Hit>) {
    for _ in 0..8 {
        let rest = &text[end..text.floor_char_boundary((end + 80).min(text.len()))];
        let Some(c) = LIST_NEXT.captures(rest) else { return };
        let Some(m) = c.name("age") else { return };
        let (s, e) = (end + m.start(), end + m.end());
        if !plausible(text, s, e) {
            return;
        }
        if let Some(name) = c.name("name") {
            push_listed_name(text, end + name.start(), end + name.end(), hits);
        }
        hits.push(Hit::new(s, e, Category::Age, 0.7, "age in a list"));
        end = e;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokens::tokenise;

    fn found(text: &str, lang: &str) -> Vec<String> {
        let toks = tokenise(text);
        let ctx = Context::new(text, &toks, Some(lang));
        detect(&ctx).into_iter().map(|h| text[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn ages_in_many_languages() {
        assert_eq!(found("I am 34 years old", "en"), ["34"]);
        assert_eq!(found("when I was seventeen, I", "en"), ["seventeen"]);
        assert_eq!(found("He is now two and a half.", "en"), ["two and a half"]);
        assert_eq!(found("two kids, 7 and 4, and", "en"), ["7", "4"]);
        assert_eq!(found("his eighth birthday", "en"), ["eighth"]);
        assert_eq!(found("since he was 6 months old", "en"), ["6"]);
        assert_eq!(found("my mother turned sixty-two", "en"), ["sixty-two"]);
        assert_eq!(found("I am thirty four years old", "en"), ["thirty four"]);
        assert_eq!(found("bin vierunddreißig Jahre alt", "de"), ["vierunddreißig"]);
        assert_eq!(found("ein 34-jähriger Mann", "de"), ["34"]);
        assert_eq!(found("मैं 34 साल का हूँ", "hi"), ["34"]);
        assert_eq!(found("Tengo 34 años", "es"), ["34"]);
        assert_eq!(found("un marinero de cincuenta y ocho años", "es"), ["cincuenta y ocho"]);
        assert_eq!(found("Ho 52 anni", "it"), ["52"]);
        assert_eq!(found("J'ai 45 ans", "fr"), ["45"]);
        assert_eq!(found("mamą 2-letniego synka", "pl"), ["2"]);
        assert_eq!(found("Ik ben 33 jaar", "nl"), ["33"]);
        assert_eq!(found("Ik was 19 toen ik me aanmeldde", "nl"), ["19"]);
        assert_eq!(found("Onze dochter van 7 heeft een tekening gemaakt", "nl"), ["7"]);
        assert_eq!(found("Der Kleine wird im Mai fünf.", "de"), ["fünf"]);
        assert_eq!(found("We had a party for my 40th.", "en"), ["40"]);
        assert_eq!(found("Er wurde letzte Woche 50.", "de"), ["50"]);
        assert_eq!(found("Il vient d'avoir 12 ans.", "fr"), ["12"]);
        assert_eq!(found("A los 19 me registré. Tengo cuarenta y cinco.", "es"), ["19", "cuarenta y cinco"]);
        assert_eq!(found("Mój ośmioletni syn. W wieku 19 lat.", "pl"), ["ośmioletni", "19"]);
        assert_eq!(found("Onze zoon van acht speelt. Op mijn negentiende.", "nl"), ["acht", "negentiende"]);
        assert_eq!(found("Main pachchis saal ki hoon.", "hi"), ["pachchis"]);
        assert_eq!(found("Il a eu cinquante ans la semaine dernière", "fr"), ["cinquante"]);
        assert_eq!(found("娘は三歳です", "ja"), ["三"]);
        assert_eq!(found("ילדה בת שש, ", "he"), ["שש"]);
        assert_eq!(found("उम्र पैंतालीस साल", "hi"), ["पैंतालीस"]);
    }

    #[test]
    fn durations_and_counts_are_not_ages() {
        assert!(found("hace 20 años que vivo aquí", "es").is_empty());
        assert!(found("il y a 20 ans", "fr").is_empty());
        assert!(found("Now it is 8 months after transplant", "en").is_empty());
        assert!(found("my chimerism is 100% donor", "en").is_empty());
        assert!(found("高校三年のとき", "ja").is_empty());
        assert!(found("Now I am almost two years after the transplant", "en").is_empty());
        assert!(found("Today is my second birthday", "en").is_empty());
    }
}
