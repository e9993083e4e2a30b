//! Identity numbers: Aadhaar, PAN, GRID, passports, IBANs, card numbers, social security numbers and other
//! long codes.

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::{Context, re};
use crate::{Category, Hit};

static AADHAAR: LazyLock<Pattern> = LazyLock::new(|| re(r"\b[2-9]\d{3}[ \-]?\d{4}[ \-]?\d{4}\b"));
static PAN: LazyLock<Pattern> = LazyLock::new(|| re(r"\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b"));
static GRID: LazyLock<Pattern> = LazyLock::new(|| re(r"(?i)\b\d{4}[ \-]?(?:[A-Z0-9][ \-]?){13}\d[ \-]?\d\b"));
static PASSPORT: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(?:passport|reisepass|pass(?:nummer|-?nr\.?)|पासपोर्ट)[^\n\d]{0,25}?\b([A-Z0-9]{1,2}\d{5,8}[A-Z0-9]?|[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})\b",
    )
});
static INDIAN_PASSPORT: LazyLock<Pattern> = LazyLock::new(|| re(r"\b[A-PR-WY][1-9]\d ?\d{4}[1-9]\b"));
static IBAN: LazyLock<Pattern> = LazyLock::new(|| re(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b"));
static SSN: LazyLock<Pattern> = LazyLock::new(|| re(r"\b\d{3}-\d{2}-\d{4}\b"));
static CARD: LazyLock<Pattern> = LazyLock::new(|| re(r"\b\d(?:[ \-]?\d){12,18}\b"));
/// A code mixing letters and at least four digits, or a donor/patient/reference number after its label.
static CODE: LazyLock<Pattern> = LazyLock::new(|| re(r"\b(?:[A-Z]+[\-/]?\d[\dA-Z\-/]{3,}|\d+[A-Z][\dA-Z\-/]{3,})\b"));
static LABELLED: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:donor|patient|spender|reference|ref|id|case|record|registry|kennung|nummer|number|no|nr|संख्या|क्रमांक)\.?\s*(?:id|no|nr|number|nummer)?\.?[:#]?\s*([A-Z0-9][A-Z0-9\-/]{4,})\b",
    )
});

/// A number after a label in the letters' languages, with the spaces, hyphens and slashes it is written with:
/// "Donor No.: 5512 0873 44", "Spender-Nr. 4410-2285-7", "número de donante es 21-0447-883", "numer dawcy:
/// 3318-0046-2", "登録番号…：2087-4413", "Kennzeichen WOB-MK 214", "cab badge 64291". Groups after a space hold a
/// digit (or are a short letter group before one, as on number plates), so the words after it are left out.
static LABELLED_GROUPS: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(?:\b(?:donor|patient|spender|reference|ref|registry|grid|uhid|badge|kennzeichen|nummernschild|plate|spendernummer|spender-nr|donornummer|dawcy|donante|donatore|ibmdr|donneur|dador|doador)\b|登録番号|डोनर\s+नंबर)[^\n\d]{0,30}?((?-i:(?:[A-Z]{1,4}[\-/])*(?:[A-Z]{1,4}\s?)?\d[A-Z0-9]*(?:[\-/][A-Z0-9]+|\s\d+|\s[A-Z]{1,3}\s\d+){0,6}))",
    )
});

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    let text = ctx.text;
    let mut hits = Vec::new();
    for m in AADHAAR.find_iter(text) {
        if verhoeff_valid(m.as_str()) {
            hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.95, "Aadhaar number (checksum valid)"));
        }
    }
    for m in PAN.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.9, "PAN (Indian tax number)"));
    }
    for m in GRID.find_iter(text) {
        if grid_valid(m.as_str()) {
            hits.push(Hit::new(
                m.start(),
                m.end(),
                Category::IdNumber,
                0.98,
                "GRID (global donor number, checksum valid)",
            ));
        }
    }
    for c in PASSPORT.captures_iter(text) {
        if let Some(m) = c.get(1) {
            hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.9, "passport number"));
        }
    }
    for m in INDIAN_PASSPORT.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.6, "passport number pattern (India)"));
    }
    for m in IBAN.find_iter(text) {
        if iban_valid(m.as_str()) {
            hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.95, "bank account (IBAN)"));
        }
    }
    for m in SSN.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.7, "social security number pattern (USA)"));
    }
    for m in CARD.find_iter(text) {
        let reason = if luhn_valid(m.as_str()) { "card number (checksum valid)" } else { "long number" };
        hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.8, reason));
    }
    for m in CODE.find_iter(text) {
        if m.as_str().chars().filter(char::is_ascii_digit).count() >= 4 {
            hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.6, "code with letters and digits"));
        }
    }
    for c in LABELLED_GROUPS.captures_iter(text) {
        let Some(m) = c.get(1) else { continue };
        let code = m.as_str();
        let digits = code.chars().filter(char::is_ascii_digit).count();
        // A year after "donor" ("my donor in 2022") is not a number of the donor.
        let year = code.len() == 4 && (code.starts_with("19") || code.starts_with("20"));
        if digits >= 3 && code.len() >= 4 && !year {
            hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.9, "number after an id label"));
        }
    }
    for c in LABELLED.captures_iter(text) {
        if let Some(m) = c.get(1).filter(|m| m.as_str().chars().any(|c| c.is_ascii_digit())) {
            hits.push(Hit::new(m.start(), m.end(), Category::IdNumber, 0.8, "number after an id label"));
        }
    }
    hits
}

fn digits(s: &str) -> Vec<u8> {
    s.bytes().filter(u8::is_ascii_digit).map(|b| b - b'0').collect()
}

/// The Verhoeff check of Aadhaar numbers.
pub(crate) fn verhoeff_valid(s: &str) -> bool {
    const D: [[u8; 10]; 10] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
        [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
        [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
    ];
    const P: [[u8; 10]; 8] = [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
        [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
        [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
    ];
    let d = digits(s);
    let mut c = 0usize;
    for (i, &x) in d.iter().rev().enumerate() {
        c = usize::from(D[c][usize::from(P[i % 8][usize::from(x)])]);
    }
    !d.is_empty() && c == 0
}

/// The Luhn check of payment card numbers.
fn luhn_valid(s: &str) -> bool {
    let d = digits(s);
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 1 { if x * 2 > 9 { x * 2 - 9 } else { x * 2 } } else { x }
        })
        .sum();
    d.len() >= 12 && sum.is_multiple_of(10)
}

/// The mod-97 check of IBANs.
fn iban_valid(s: &str) -> bool {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.len() < 15 || s.len() > 34 {
        return false;
    }
    let rearranged = s[4..].chars().chain(s[..4].chars());
    let mut rem: u32 = 0;
    for c in rearranged {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rem = if v < 10 { (rem * 10 + v) % 97 } else { (rem * 100 + v) % 97 };
    }
    rem == 1
}

/// GRID (global registration identifier for donors): 4-digit ION, 13 characters, and two check digits that
/// are the ISO 7064 MOD 37-2 value of the first 17 characters, written in decimal.
pub(crate) fn grid_valid(s: &str) -> bool {
    let chars: Vec<char> = s.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    if chars.len() != 19 {
        return false;
    }
    let mut p: u32 = 0;
    for c in &chars[..17] {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        p = ((p + v) * 2) % 37;
    }
    let check = (38 - p) % 37;
    let given = chars[17].to_digit(10).zip(chars[18].to_digit(10)).map(|(a, b)| a * 10 + b);
    given == Some(check)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Computes the two check digits of a GRID prefix (for building test numbers).
    pub(crate) fn grid_check(prefix: &str) -> String {
        let mut p: u32 = 0;
        for c in prefix.chars() {
            p = ((p + c.to_digit(36).unwrap()) * 2) % 37;
        }
        format!("{:02}", (38 - p) % 37)
    }

    #[test]
    fn labelled_numbers_in_other_languages() {
        let found = |text: &str| -> Vec<String> {
            let toks = crate::tokens::tokenise(text);
            let ctx = Context::new(text, &toks, None);
            detect(&ctx).into_iter().map(|h| text[h.start..h.end].to_string()).collect()
        };
        assert!(found("Mi número de donante es 21-0447-883 y").contains(&"21-0447-883".to_string()));
        assert!(found("Kennzeichen WOB-MK 214, silber").contains(&"WOB-MK 214".to_string()));
        assert!(found("Donor No.: 5512 0873 44 and more").contains(&"5512 0873 44".to_string()));
        assert!(found("I met my donor in 2022 and").is_empty());
    }

    #[test]
    fn checksums() {
        assert!(verhoeff_valid("2363 4837 5689")); // check digit computed for this test
        assert!(!verhoeff_valid("2363 4837 5680"));
        assert!(luhn_valid("4111 1111 1111 1111"));
        assert!(iban_valid("DE89 3704 0044 0532 0130 00"));
        assert!(!iban_valid("DE89 3704 0044 0532 0130 01"));
        let prefix = "1234ABCDEF0123456";
        let grid = format!("{prefix}{}", grid_check(prefix));
        assert!(grid_valid(&grid));
        assert!(!grid_valid(&format!("{prefix}99")) || grid_check(prefix) == "99");
    }
}
