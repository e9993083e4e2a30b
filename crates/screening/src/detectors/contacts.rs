//! Contacts: e-mail addresses, web addresses, social media handles and phone numbers.

use std::sync::LazyLock;

use crate::pattern::Pattern;

use super::{Context, re};
use crate::{Category, Hit};

static EMAIL: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,}|[\w.%+\-]+\s?(?:\[at\]|\(at\))\s?[\w\-]+(?:\.|\s?\[dot\]\s?)[a-z]{2,}",
    )
});
static URL: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:https?://|www\.)[^\s<>]+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:com|org|net|info|in|de|uk|io|me|co|fi|fr|eu|biz|app|page|blog|site)\b(?:/[^\s<>]*)?",
    )
});
static IP: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b|\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?\b",
    )
});
/// "priya dot s at gmail dot com", written out to get past filters.
/// In other languages too: "jp point garcia arobase orange point fr", "marek.sz (małpa) wp.pl", "arroba", "chiocciola".
static EMAIL_SPELLED: LazyLock<Pattern> = LazyLock::new(|| {
    const AT: &str =
        "at|arobase|arroba|chiocciola|małpa|malpa|klammeraffe|apenstaartje|apenstaart|apestaartje|अट|एट|ऐट";
    const DOT: &str = "dot|point|punto|ponto|kropka|punkt|punt|डॉट|डोट";
    const TLD: &str = "com|org|net|in|de|co|uk|info|fr|es|it|pl|nl|pt|br|be|ch|at|au|ca|mx|ar|eu";
    re(&format!(
        r"(?i)\b[A-Za-z0-9_.]+(?:\s+(?:{DOT})\s+[A-Za-z0-9_]+)*(?:\s+(?:{AT})\s+|\s?[\[(](?:{AT})[\])]\s?)[A-Za-z0-9_\-]+(?:(?:\s+(?:{DOT})\s+|\s?[\[(](?:{DOT})[\])]\s?|\.)[A-Za-z0-9_\-]+)*?(?:\s+(?:{DOT})\s+|\s?[\[(](?:{DOT})[\])]\s?|\.)(?:{TLD})\b"
    ))
});
/// The same in Hindi: "sunita.more अट जीमेल डॉट कॉम".
static EMAIL_SPELLED_HI: LazyLock<Pattern> =
    LazyLock::new(|| re(r"[A-Za-z0-9_.]+\s+(?:अट|एट|ऐट)\s+[\p{L}\p{M}]+(?:\s+(?:डॉट|डोट)\s+[\p{L}\p{M}]+)+"));
/// "my Insta is priya_runs", "Facebook: Priya.Sharma.77".
static PROFILE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:instagram|insta|facebook|fb|twitter|snapchat|snap|tiktok|telegram|skype|linkedin|youtube)(?:\s*(?:id|handle|name|account|profile)?|[^.\n]{0,20}?\b(?:id|handle|username|user\s+name|account|profile))\s*(?:is|es|est|ist|è|é|jest|:|-)\s*:?\s*@?([A-Za-z0-9_.]{3,30})",
    )
});
/// A handle right after the platform's name, with no "is" or colon, known by a dot, underscore or digit in it:
/// "snap clem.tls31", "insta lena_bakes".
static PROFILE_BARE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)\b(?:instagram|insta|ig|snapchat|snap|tiktok|telegram|threads)\s+@?([A-Za-z0-9_.]*[._0-9][A-Za-z0-9_.]*[A-Za-z0-9])",
    )
});
static HANDLE: LazyLock<Pattern> = LazyLock::new(|| re(r"(?:^|[^\w@.])(@[A-Za-z0-9_][A-Za-z0-9_.]{1,29})"));
/// A run of digits with the separators phone numbers are written with.
static PHONE: LazyLock<Pattern> =
    LazyLock::new(|| re(r"(?:\+|\b00)?\(?\d[\d \-./()・]{4,22}\d(?:\s?(?:x|ext\.?|extn\.?|Durchwahl)\s?\d{1,5})?\b"));
static PHONE_CUE: LazyLock<Pattern> = LazyLock::new(|| {
    re(
        r"(?i)(?:phone|call|tel|mobile|mob|cell|whatsapp|reach|text|ring|number|nummer|telefon|handy|ruf|anruf|फ़ोन|फोन|मोबाइल|नंबर|number|contact)",
    )
});

pub(super) fn detect(ctx: &Context<'_>) -> Vec<Hit> {
    // Built with the other patterns (not at the first phone number), so that the shared index of their literals
    // is complete once start-up is over.
    LazyLock::force(&PHONE_CUE);
    let text = ctx.text;
    let mut hits = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for m in EMAIL.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Contact, 0.98, "e-mail address"));
        taken.push((m.start(), m.end()));
    }
    // The e-mail addresses, in order and apart: a web address inside one is found by a binary search (a long text
    // holds hundreds).
    let emails = taken.clone();
    for m in URL.find_iter(text) {
        if overlaps(&emails, m.start(), m.end()) {
            continue;
        }
        let s = m.as_str().trim_end_matches(['.', ',', ')', ';', ':', '!', '?', '"', '\'']);
        if s.chars().filter(char::is_ascii_digit).count() == s.chars().filter(|c| *c != '.').count() {
            continue; // "5.06.2019" is a date, not a web address
        }
        // "B.Com", "M.Sc.": a degree, not a web address (no domain has a one-letter name before its ending).
        if !s.contains('/') && s.split('.').next().is_some_and(|label| label.len() == 1) {
            continue;
        }
        hits.push(Hit::new(m.start(), m.start() + s.len(), Category::Contact, 0.9, "web address"));
        taken.push((m.start(), m.start() + s.len()));
    }
    for m in EMAIL_SPELLED.find_iter(text).chain(EMAIL_SPELLED_HI.find_iter(text)) {
        hits.push(Hit::new(m.start(), m.end(), Category::Contact, 0.8, "e-mail address written out"));
    }
    for c in PROFILE.captures_iter(text).chain(PROFILE_BARE.captures_iter(text)) {
        if let Some(m) = c.get(1) {
            let name = m.as_str().trim_end_matches('.');
            let g = crate::gazetteer::Gazetteer::get();
            if !g.is_common(&crate::normalise::fold(name)) {
                hits.push(Hit::new(m.start(), m.start() + name.len(), Category::Contact, 0.8, "social media name"));
            }
        }
    }
    for m in IP.find_iter(text) {
        hits.push(Hit::new(m.start(), m.end(), Category::Contact, 0.8, "IP address"));
        taken.push((m.start(), m.end()));
    }
    for c in HANDLE.captures_iter(text) {
        if let Some(m) = c.get(1) {
            let handle = m.as_str().trim_end_matches('.');
            hits.push(Hit::new(m.start(), m.start() + handle.len(), Category::Contact, 0.85, "social media handle"));
        }
    }
    let taken = merged(taken);
    for m in PHONE.find_iter(text) {
        if overlaps(&taken, m.start(), m.end()) {
            continue;
        }
        let raw = m.as_str().trim_end_matches([' ', '-', '.', '/', '(']);
        let start = m.start() + (raw.len() - raw.trim_start_matches(' ').len());
        let raw = &text[start..m.start() + raw.len()];
        if let Some((confidence, reason)) = judge_phone(raw, cue_before(text, start)) {
            hits.push(Hit::new(start, start + raw.len(), Category::Contact, confidence, reason));
        }
    }
    hits
}

/// Ranges sorted by their start and merged where they overlap, for [`overlaps`].
fn merged(mut ranges: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    ranges.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(ranges.len());
    for (s, e) in ranges {
        match out.last_mut() {
            Some(last) if s < last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Whether `start..end` overlaps one of `ranges` (sorted and apart).
fn overlaps(ranges: &[(usize, usize)], start: usize, end: usize) -> bool {
    let i = ranges.partition_point(|&(_, e)| e <= start);
    ranges.get(i).is_some_and(|&(s, _)| s < end)
}

/// Whether a phone word appears shortly before `pos`.
fn cue_before(text: &str, pos: usize) -> bool {
    let from = text.floor_char_boundary(pos.saturating_sub(40));
    PHONE_CUE.is_match(&text[from..pos])
}

/// Decides whether a run of digits is a phone number, and which country it looks like.
fn judge_phone(raw: &str, cue: bool) -> Option<(f32, &'static str)> {
    let digits: String = raw.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len();
    if !(6..=15).contains(&n) {
        return None;
    }
    let international = raw.starts_with('+') || raw.starts_with("00");
    let groups = raw.split([' ', '-', '.', '/']).filter(|g| !g.is_empty()).count();
    // Plain years and amounts ("2019", "1,000,000") are not phone numbers; decimals neither.
    if raw.contains('.') && groups == 2 && !cue {
        return None;
    }
    let reason = if raw.starts_with("+91")
        || raw.starts_with("0091")
        || (n == 10 && digits.starts_with(['6', '7', '8', '9']))
    {
        "phone number (India)"
    } else if raw.starts_with("+49") || raw.starts_with("0049") || (digits.starts_with("01") && (10..=12).contains(&n))
    {
        "phone number (Germany)"
    } else if raw.starts_with("+44") || (digits.starts_with("07") && n == 11) {
        "phone number (UK)"
    } else if raw.starts_with("+1") || (n == 10 && raw.contains('(')) {
        "phone number (North America)"
    } else {
        "phone number"
    };
    let confidence = match (international || cue, n) {
        (true, _) => 0.95,
        (false, 9..) => 0.85,
        (false, 7..=8) if groups >= 2 => 0.7,
        (false, _) if groups >= 3 => 0.6,
        _ => return None,
    };
    Some((confidence, reason))
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
    fn finds_contacts() {
        assert_eq!(found("Call me on +91 98220 12345."), ["+91 98220 12345"]);
        assert_eq!(
            found("Mail priya.s@example.co.in or see www.example.org/x."),
            ["priya.s@example.co.in", "www.example.org/x"]
        );
        assert_eq!(found("Handy: 0171 2345678"), ["0171 2345678"]);
        assert_eq!(found("follow @priya_runs"), ["@priya_runs"]);
        assert_eq!(found("my Insta is priya_runs77"), ["priya_runs77"]);
        assert_eq!(found("write to priya dot s at gmail dot com"), ["priya dot s at gmail dot com"]);
        assert_eq!(
            found("écris à jp point garcia arobase orange point fr."),
            ["jp point garcia arobase orange point fr"]
        );
        assert_eq!(found("napisz: marek.sz (małpa) wp.pl."), ["marek.sz (małpa) wp.pl"]);
        assert_eq!(found("on Instagram, my id is pinky_d_writes."), ["pinky_d_writes"]);
        assert!(found("my B.Com in Indore").is_empty());
        assert_eq!(found("(555) 123-4567"), ["(555) 123-4567"]);
        assert!(found("in 2019 we paid 1500 rupees").is_empty());
    }
}
