//! Dates and ages, in English, German and Hindi (Devanagari digits arrive here as ASCII digits).

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::{Context, re};
use crate::{Category, Hit};

const MONTHS: &str = "January|February|March|April|May|June|July|August|September|October|November|December|\
Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|\
Januar|Jänner|Februar|März|Maerz|Mai|Juni|Juli|Oktober|Dezember|Okt|Dez|\
जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर|नवंबर|नवम्बर|दिसंबर|दिसम्बर|\
चैत्र|वैशाख|ज्येष्ठ|आषाढ़|श्रावण|सावन|भाद्रपद|आश्विन|कार्तिक|मार्गशीर्ष|पौष|माघ|फाल्गुन";
const DAYS: &str = "Mondays?|Tuesdays?|Wednesdays?|Thursdays?|Fridays?|Saturdays?|Sundays?|Montag|Dienstag|Mittwoch|Donnerstag|\
Freitag|Samstag|Sonnabend|Sonntag|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार";

static NUMERIC: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"\b(?:\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?|\d{1,2}[./\-]\d{1,2}[./\-](?:\d{4}|\d{2})|\d{1,2}\.\d{1,2}\.)(?:\b|$)",
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
/// A month alone, capitalised ("in August"; "may" in lower case is a verb).
static MONTH: LazyLock<Pattern> = LazyLock::new(|| re(&format!(r"\b(?:{MONTHS}|{DAYS})\b")));
static YEAR: LazyLock<Pattern> = LazyLock::new(|| re(r"\b(?:19[0-9]{2}|20[0-9]{2})\b"));
static HOLIDAY: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:on|at|since|before|after)\s+)(?:my|his|her|our|their)\s+(?:birthday|anniversary|wedding)\b|\b(?:Diwali|Holi|Eid|Christmas|Weihnachten|Ostern|Easter|Raksha Bandhan|Karwa Chauth|दिवाली|होली|ईद)\s+\d{4}\b",
    )
});

static AGE: LazyLock<Pattern> = LazyLock::new(|| {
    re(r"(?ix)
        \b(?:i\s+am|i'm|im|she\s+is|he\s+is|she's|he's|is|was|turned|turns|turning|turn|aged?|age\s+of|now|just)\s+(\d{1,3})\b(?:\s*(?:years?|yrs?)(?:\s+old)?)?
      | \b(\d{1,3})\s*(?:-|\s)?(?:years?|yrs?)[\s\-]*(?:old|of\s+age|young)\b
      | \b(\d{1,3})(?:th|st|nd|rd)\s+birthday\b
      | \b(\d{1,3})\.\s*geburtstag
      | \b(\d{1,3})(?:वां|वाँ|वीं|वें)?\s+जन्मदिन
      | \b(\d{1,3})\s*-?\s*jährig
      | \b(\d{1,3})\s+jahre?\s+(?:alt|jung)\b
      | \b(?:ich\s+bin|er\s+ist|sie\s+ist|wurde|wird|im\s+alter\s+von)\s+(\d{1,3})\b
      | \b(\d{1,3})\s*(?:साल|वर्ष|बरस)
      | \b(\d{1,3})\s+(?:saal|sal|varsh|baras)\b
      | (?:उम्र|आयु|umar|umr|age)\s*:?\s*(\d{1,3})\b
      | \b(\d{1,3})\s*(?:yo|y/o)\b
    ")
});

/// Ages in words: "turned sixty", "I am thirty-four years old", "vierunddreißig Jahre alt".
static AGE_WORDS: LazyLock<Pattern> = LazyLock::new(|| {
    const N: &str = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|hundred";
    re(&format!(
        r"(?i)\b(?:turned|turns|turning|aged)\s+({N})\b|\b({N})[\s-]years?[\s-]old\b|\b([\p{{L}}]+(?:zig|ßig|zehn|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun))\s+jahre\s+alt\b"
    ))
});

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut hits = Vec::new();
    for m in NUMERIC.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.9, "date in numbers"));
    }
    for m in DAY_MONTH.find_iter(text).chain(MONTH_DAY.find_iter(text)) {
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.95, "date with a month name"));
    }
    for m in MONTH.find_iter(text) {
        // "May I ask…" is a request, not a month.
        let next = text[m.end()..].trim_start();
        if m.as_str() == "May" && ["I ", "we ", "you ", "I,"].iter().any(|w| next.starts_with(w)) {
            continue;
        }
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.6, "month or weekday name"));
    }
    for m in YEAR.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.5, "year"));
    }
    for m in HOLIDAY.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Date, 0.5, "dated occasion"));
    }
    for c in AGE_WORDS.captures_iter(text) {
        if let Some(m) = c.iter().skip(1).flatten().next() {
            hits.push(Hit::new(m.start(), m.end(), Category::Age, 0.8, "age in words"));
        }
    }
    for c in AGE.captures_iter(text) {
        if let Some(m) = c.iter().skip(1).flatten().next() {
            let age: u32 = m.as_str().parse().unwrap_or(0);
            if (1..=120).contains(&age) {
                hits.push(Hit::new(m.start(), m.end(), Category::Age, 0.85, "age"));
            }
        }
    }
    hits
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
    fn dates_and_ages() {
        assert!(found("on 5 March 2024 we").contains(&"5 March 2024".to_string()));
        assert!(found("am 5. März 2024").contains(&"5. März 2024".to_string()));
        assert!(found("since March 5th, 2023").contains(&"March 5th, 2023".to_string()));
        assert!(found("12/03/2024").contains(&"12/03/2024".to_string()));
        assert!(found("5 मार्च 2024 को").contains(&"5 मार्च 2024".to_string()));
        assert!(found("I am 34 years old").contains(&"34".to_string()));
        assert!(found("ein 34-jähriger Mann").contains(&"34".to_string()));
        assert!(found("मैं 34 साल का हूँ").contains(&"34".to_string()));
        assert!(!found("you may come").iter().any(|f| f == "may"));
        assert!(found("my mother turned sixty-two").contains(&"sixty-two".to_string()));
        assert!(found("I am thirty four years old").contains(&"thirty four".to_string()));
        assert!(found("bin vierunddreißig Jahre alt").contains(&"vierunddreißig".to_string()));
    }
}
