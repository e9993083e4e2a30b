//! Dates, in English, German, Hindi and the other languages of the letters (Devanagari digits arrive here as ASCII digits).

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::{Context, re};
use crate::gazetteer::FixedWords;
use crate::{Category, Hit};

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|\
Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|\
Januar|Jänner|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember|Okt|Dez|\
जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|\
चैत्र|वैशाख|ज्येष्ठ|आषाढ़|श्रावण|सावन|भाद्रपद|आश्विन|कार्तिक|मार्गशीर्ष|पौष|माघ|फाल्गुन";
/// Weekday names: alone, like months, they are no date and no name (see `CALENDAR_WORDS`).
const DAYS: &str = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|\
Freitag|Samstag|Sonnabend|Sonntag|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार";

/// Month names of the other languages of the letters, in the forms that follow a day or come before a year:
/// Spanish, Italian, French, Portuguese, Dutch, Polish (genitive after a day, locative and nominative before a
/// year), Tamil, Marathi, Hebrew (with the prefix ב, "in"). Alone they are never flagged: "mars", "mai", "maja"
/// and "marzo" are also a planet, a name and words of everyday use.
const MONTHS_INTL: &str = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|\
gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre|\
janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|décembre|decembre|\
janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|dezembro|\
januari|februari|maart|mei|juni|juli|augustus|oktober|\
stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|\
styczniu|lutym|marcu|kwietniu|maju|czerwcu|lipcu|sierpniu|wrześniu|październiku|listopadzie|grudniu|\
styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|\
ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்|\
जानेवारी|फेब्रुवारी|एप्रिल|मे|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर|\
ב?ינואר|ב?פברואר|ב?מרץ|ב?אפריל|ב?מאי|ב?יוני|ב?יולי|ב?אוגוסט|ב?ספטמבר|ב?אוקטובר|ב?נובמבר|ב?דצמבר";

static NUMERIC: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2}))\b|\b\d{1,2}\.\d{1,2}\.(?:[^\d\p{L}]|$)",
    )
});
/// "5 March 2024", "5. März 2024", "5th of March", "the 16 of June", "5 मार्च 2024".
static DAY_MONTH: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(r"(?i)\b(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\.?\s*(?:of\s+)?(?:{MONTHS})\b\.?(?:,?\s*\d{{4}}\b)?"))
});
/// "March 5th, 2024", "March 2024", "March '24".
static MONTH_DAY: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(r"\b(?:{MONTHS})\b\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*\d{{4}}\b)?|\d{{4}}\b|'\d{{2}}\b)"))
});
/// "17 de mayo de 2022", "il 3 marzo 2021", "le 2 janvier", "17 maja 2022 roku", "12 במרץ 2022".
static DAY_MONTH_INTL: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(
        r"(?i)\b\d{{1,2}}(?:º|°|er|\.)?\s+(?:de\s+)?(?:{MONTHS_INTL})(?:ला|पासून|मध्ये|च्या|ात)?\b(?:,?\s+(?:de\s+|del\s+)?\d{{4}}\b)?(?:\s+(?:roku\b|r\.))?"
    ))
});
/// "enero de 2022", "settembre 2022", "w styczniu 2022 roku", "outubro de 2023".
static MONTH_YEAR_INTL: LazyLock<Pattern> = LazyLock::new(|| {
    re(&format!(r"(?i)\b(?:{MONTHS_INTL})\s+(?:de\s+|del\s+|van\s+)?\d{{4}}\b(?:\s+(?:roku\b|r\.))?"))
});
/// A day written as a word before a month: "il primo marzo", "no primeiro de maio", "le premier mai", "el dos de
/// mayo", "pierwszego maja", "il due giugno" (with the year when there is one).
static DAY_WORD_MONTH: LazyLock<Pattern> = LazyLock::new(|| {
    let days = "primeiro|primero|primo|premier|1er|pierwszego|drugiego|trzeciego|dos|tres|cuatro|cinco|seis|siete|\
                ocho|nueve|diez|dois|três|quatro|sete|oito|nove|dez|due|tre|quattro|cinque|sei|sette|otto|dieci|\
                deux|trois|quatre|cinq|six|sept|huit|neuf|dix";
    re(&format!(r"(?i)\b(?:{days})\s+(?:de\s+)?(?:{MONTHS_INTL})\b(?:,?\s+(?:de\s+|del\s+)?\d{{4}}\b)?"))
});

/// A day and month without a year: "Donation day was 3/3", "le 12/09", "il 15/5", "Op 15/11", "17/6 ko", "we
/// wtorek 7.03", "był 18.01".
static DAY_SLASH_MONTH: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?:^|[^\d/.,])(\d{1,2})(/|\.)(\d{1,2})(?:[^\d/.]|\.(?:[^\d]|$)|$)"));
/// Words right before a day and month that make "3/3" a date rather than a share or a score.
const BEFORE_DAY_MONTH: &[&str] = &[
    "on", "was", "is", "since", "until", "till", "le", "du", "au", "depuis", "il", "dal", "al", "del", "el", "fue",
    "desde", "dia", "em", "no", "op", "am", "vom", "bis", "seit", "ab", "sinds", "tot", "od", "do", "dnia", "był",
    "była", "było", "den", "ב", "ביום", "מאז", "עד",
];

/// Year first: "2022 மார்ச் 10", "2023 March 5".
static YEAR_MONTH_DAY: LazyLock<Pattern> =
    LazyLock::new(|| re(&format!(r"(?i)\b(?:19|20)\d{{2}}\s+(?:{MONTHS}|{MONTHS_INTL})\s+\d{{1,2}}\b")));
/// Japanese and Chinese dates: "2022年3月15日", "令和4年11月2日", "令和五年六月二日", "2022年11月", a Taiwanese
/// year without its era ("112年9月28日"), a day without the year ("9月17号"), and a day of the lunar calendar
/// ("农历三月初九", "腊月十六", "正月十八").
static CJK: LazyLock<Pattern> = LazyLock::new(|| {
    let number = "[0-9０-９〇一二三四五六七八九十]";
    // A day of one numeral ("三月一") is a day only with 日 or 号 after it ("一月一次" is once a month).
    let day = "(?:(?:初[一二三四五六七八九十]|廿[一二三四五六七八九]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]|三十)[日号號]?|[一二三四五六七八九十][日号號])";
    re(&format!(
        r"(?:(?:令和|平成|昭和|民國|民国)(?:{number}{{1,3}}|元)|\d{{4}})\s*年\s*{number}{{1,3}}\s*月(?:\s*{number}{{1,3}}\s*[日号號])?|1[01]\d年\d{{1,2}}月\d{{1,2}}[日号號]|\d{{1,2}}月\d{{1,2}}[日号號]|(?:农历|農曆|旧暦)?(?:正|腊|臘|冬|十[一二]|[一二三四五六七八九十])月{day}"
    ))
});
/// Tamil dates, by the Tamil or the Gregorian month, with a year or a day: "ஐப்பசி மாதம் 15ஆம் தேதி", "மாசி 10",
/// "ஏப்ரல் 13", "2023 ஆகஸ்ட்".
static TAMIL_DATE: LazyLock<Pattern> = LazyLock::new(|| {
    let months = "தை|மாசி|பங்குனி|சித்திரை|வைகாசி|ஆனி|ஆடி|ஆவணி|புரட்டாசி|ஐப்பசி|கார்த்திகை|மார்கழி|ஜனவரி|பிப்ரவரி|மார்ச்|\
ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்";
    let day = r"\d{1,2}(?:\s*-?\s*ஆம்)?(?:\s+தேதி)?";
    re(&format!(r"\b(?:19|20)\d{{2}}\s+(?:{months})\b(?:\s+{day})?|\b(?:{months})(?:\s+மாதம்)?\s+{day}"))
});
/// Hebrew calendar dates ("כ"ג באדר תשפ"ג") and a part of a year ("באביב 2022", "תחילת 2023").
static HEBREW_DATE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r#"[א-ת]{1,2}["״'׳]?[א-ת]?\s+ב?(?:תשרי|חשוון|חשון|כסלו|טבת|שבט|אדר|ניסן|אייר|סיוון|סיון|תמוז|אב|אלול)\b(?:\s+[א-ת]{1,4}["״][א-ת])?|(?:ב|ל)?(?:אביב|קיץ|סתיו|חורף|תחילת|אמצע|סוף)\s+(?:19|20)\d{2}"#,
    )
});
/// A season or part of a year before a year: "the fall of 2022", "early 2023", "printemps 2022", "Herbst 2020".
static SEASON_YEAR: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:the\s+)?(?:early|late|mid|spring|summer|autumn|fall|winter)|printemps|été|automne|hiver|début|fin|mi|primavera|verano|otoño|invierno|mediados|principios|finales|estate|autunno|inverno|metà|inizio|fine|meados|início|frühjahr|frühling|sommer|herbst|anfang|mitte|ende|voorjaar|zomer|najaar|wiosną|latem|jesienią|zimą)(?:\s+(?:of|de|del|di|van|het))?[\s-]+(?:19|20)\d{2}\b",
    )
});
static YEAR: LazyLock<Pattern> = LazyLock::new(|| re(r"\b(?:19[0-9]{2}|20[0-9]{2})\b"));
static HOLIDAY: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:on|at|since|before|after)\s+)(?:my|his|her|our|their)\s+(?:birthday|anniversary|wedding)\b|\b(?:Diwali|Holi|Eid|Christmas|Weihnachten|Ostern|Easter|Raksha Bandhan|Karwa Chauth|दिवाली|होली|ईद)\s+\d{4}\b",
    )
});

/// Month and weekday names (and English weekdays in the plural), folded. Alone
/// they date nothing anyone could trace ("in March", "every Sunday"), and they are never names.
static CALENDAR_WORDS: LazyLock<FixedWords> = LazyLock::new(|| {
    // Only English, German and Hindi: the other languages' months are names and words too ("Mayo", "Mars").
    let lists = [MONTHS, DAYS, "Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays"];
    // Abbreviations stay out: "Jan" and "Dez" are names too.
    const SHORT: &[&str] =
        &["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Okt", "Dez"];
    lists
        .iter()
        .flat_map(|l| l.split('|'))
        .filter(|w| !SHORT.contains(w))
        .map(|w| &*crate::normalise::fold(w).leak())
        .collect()
});

/// Whether a folded word is a month or weekday name.
pub(super) fn is_calendar_word(folded: &str) -> bool {
    CALENDAR_WORDS.contains(folded)
}

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut hits = Vec::new();
    for m in NUMERIC.find_iter(text) {
        // "am 30.5., einen Tag": the char after the closing full stop is not part of the date.
        let m_end = m.start() + m.as_str().trim_end_matches(|c: char| !c.is_ascii_digit() && c != '.').len();
        // A Polish date takes its "r." (roku, "of the year") along.
        let end = m_end + [" r.", " roku", "r."].iter().find(|w| text[m_end..].starts_with(*w)).map_or(0, |w| w.len());
        hits.push(Hit::new(m.start(), end, Category::Date, 0.9, "date in numbers"));
    }
    for c in DAY_SLASH_MONTH.captures_iter(text) {
        let (Some(day), Some(sep), Some(month)) = (c.get(1), c.get(2), c.get(3)) else { continue };
        // "7.03", "18.01": with a full stop the month has two digits ("3.5 kg", "2.5 hours" are amounts).
        if sep.as_str() == "." && month.as_str().len() != 2 {
            continue;
        }
        let (d, mo) = (day.as_str().parse::<u8>().unwrap_or(0), month.as_str().parse::<u8>().unwrap_or(0));
        if !(1..=31).contains(&d) || !(1..=12).contains(&mo) || (d, mo) == (24, 7) {
            continue;
        }
        // "ב-28/11", "le (12/09)": the word before, past a dash or a bracket.
        let before = text[..day.start()].trim_end_matches(|ch: char| ch.is_whitespace() || ch == '-' || ch == '(');
        let word = before.rsplit(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("").to_lowercase();
        let after = text[month.end()..].trim_start();
        let cued = BEFORE_DAY_MONTH.contains(&word.as_str())
            || is_calendar_word(&word)
            || after.starts_with("ko ")
            || after.starts_with("को");
        // A share ("1/2 tablet", "3/4 of") is a date only with a word that says so.
        let share = d < mo && mo <= 4;
        if cued || (!share && sentence_cues(text, day.start(), month.end()).0) {
            hits.push(Hit::new(day.start(), month.end(), Category::Date, 0.7, "day and month in numbers"));
        }
    }
    for m in DAY_MONTH.find_iter(text).chain(MONTH_DAY.find_iter(text)) {
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.95, "date with a month name"));
    }
    for m in DAY_MONTH_INTL
        .find_iter(text)
        .chain(MONTH_YEAR_INTL.find_iter(text))
        .chain(CJK.find_iter(text))
        .chain(YEAR_MONTH_DAY.find_iter(text))
        .chain(HEBREW_DATE.find_iter(text))
        .chain(TAMIL_DATE.find_iter(text))
        .chain(DAY_WORD_MONTH.find_iter(text))
    {
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.9, "date with a month name"));
    }
    // A season of a year dates the transplant or donation closely enough to flag; the diagnosis does not.
    let mut seasons = Vec::new();
    for m in SEASON_YEAR.find_iter(text) {
        let (treatment, illness) = sentence_cues(text, m.start(), m.end());
        if treatment && !illness {
            hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.6, "season and year of the transplant"));
            seasons.push((m.start(), m.end()));
        }
    }
    for m in YEAR.find_iter(text) {
        if seasons.iter().any(|&(s, e)| s <= m.start() && m.end() <= e) {
            continue;
        }
        // A year that only dates the illness or the registration says little about who wrote.
        let (treatment, illness) = sentence_cues(text, m.start(), m.end());
        if illness && !treatment {
            continue;
        }
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.5, "year"));
    }
    for m in HOLIDAY.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.5, "dated occasion"));
    }
    hits
}

/// Whether the sentence around a year speaks of the transplant or donation, and of the illness or the
/// registration (which date the writer less closely).
fn sentence_cues(text: &str, start: usize, end: usize) -> (bool, bool) {
    let from = text.floor_char_boundary(start.saturating_sub(120));
    let to = text.floor_char_boundary((end + 120).min(text.len()));
    let before = &text[from..start];
    let stop = before.char_indices().rev().find(|&(_, c)| SENTENCE_END.contains(&c));
    let before = &before[stop.map_or(0, |(i, c)| i + c.len_utf8())..];
    let after = &text[end..to];
    let after = &after[..after.find(SENTENCE_END).unwrap_or(after.len())];
    let sentence = format!("{before} {after}").to_lowercase();
    let treatment = TREATMENT.iter().any(|w| sentence.contains(w));
    let illness = ILLNESS.iter().any(|w| sentence.contains(w));
    (treatment, illness)
}

const SENTENCE_END: &[char] = &['.', '!', '?', '\n', '。', '।'];

const TREATMENT: &[&str] = &[
    "transplant",
    "donat",
    "donor",
    "stem cell",
    "my cells",
    "your cells",
    "spende",
    "spendete",
    "gespendet",
    "entnahme",
    "stammzell",
    "trapiant",
    "trasplant",
    "greff",
    "prélèvement",
    "prelievo",
    "doné",
    "donación",
    "donazione",
    "doação",
    "dádiva",
    "colheita",
    "przeszczep",
    "pobranie",
    "dawc",
    "transplantatie",
    "stamcellen",
    "gedoneerd",
    "移植",
    "提供",
    "捐献",
    "ट्रांसप्लांट",
    "प्रत्यारोपण",
    "दान",
];
const ILLNESS: &[&str] = &[
    "diagnos",
    "sick",
    "ill with",
    "got ill",
    "registered",
    "signed up",
    "joined the registry",
    "came to",
    "moved to",
    "krank",
    "registriert",
    "typisier",
    "festgestellt",
    "malad",
    "enferm",
    "malat",
    "doente",
    "chor",
    "zdiagnozow",
    "wykryto",
    "ziek",
    "inscri",
    "iscritt",
    "apunt",
    "cadastr",
    "पता चला",
    "detect",
    "診断",
    "确诊",
    "確診",
];

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
    fn dates() {
        assert!(found("on 5 March 2024 we").contains(&"5 March 2024".to_string()));
        assert!(found("am 5. März 2024").contains(&"5. März 2024".to_string()));
        assert!(found("since March 5th, 2023").contains(&"March 5th, 2023".to_string()));
        assert!(found("12/03/2024").contains(&"12/03/2024".to_string()));
        assert!(found("5 मार्च 2024 को").contains(&"5 मार्च 2024".to_string()));
        assert!(!found("you may come").iter().any(|f| f == "may"));
        assert!(found("el 17 de mayo de 2022 en").contains(&"17 de mayo de 2022".to_string()));
        assert!(found("dnia 17 maja 2022 roku w").contains(&"17 maja 2022 roku".to_string()));
        assert!(found("12.04.2023 r. w Klinice").contains(&"12.04.2023 r.".to_string()));
        assert!(found("令和4年11月2日、京都").contains(&"令和4年11月2日".to_string()));
        for (text, date) in [
            ("主人は令和五年六月二日に移植を受けました", "令和五年六月二日"),
            ("112年9月28日，剛好是中秋節前一天", "112年9月28日"),
            ("去年9月17号我在医院做的移植", "9月17号"),
            ("那天正好是农历三月初九，我妈", "农历三月初九"),
            ("移植做完，腊月十六那天出的仓", "腊月十六"),
            ("十月三日に退院しました", "十月三日"),
        ] {
            assert!(found(text).contains(&date.to_string()), "{text}: {:?}", found(text));
        }
        for text in ["三个月后", "一月一次", "每月十五号"] {
            assert!(found(text).is_empty(), "{text}: {:?}", found(text));
        }
        assert!(found("nel settembre 2022,").contains(&"settembre 2022".to_string()));
        assert!(found("my transplant was in the fall of 2022.").contains(&"the fall of 2022".to_string()));
        assert!(found("I go to church every Sunday and on Tuesdays.").is_empty());
        assert!(found("I was diagnosed in 2020.").is_empty());
        assert!(found("May God bless you.").is_empty());
        assert!(found("I donated in March, on a grey Tuesday.").is_empty());
        assert!(is_calendar_word("tuesdays") && is_calendar_word("märz") && !is_calendar_word("mayo"));
    }
}
