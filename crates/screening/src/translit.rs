//! A rough sound key shared by Latin and Devanagari spellings of a name, so that a known "Priya Sharma" also
//! finds "प्रिया शर्मा" (and the other way round). Vowel length, aspiration, doubled letters and the vowel "a"
//! (which Hindi often leaves unwritten or unspoken) are ignored.

use crate::normalise::is_devanagari;

/// Latin letters for a Devanagari consonant, without the inherent vowel.
fn consonant(c: char) -> Option<&'static str> {
    Some(match c {
        'क' => "k",
        'ख' => "kh",
        'ग' => "g",
        'घ' => "gh",
        'ङ' | 'ञ' | 'ण' | 'न' => "n",
        'च' => "ch",
        'छ' => "chh",
        'ज' => "j",
        'झ' => "jh",
        'ट' | 'त' => "t",
        'ठ' | 'थ' => "th",
        'ड' | 'द' => "d",
        'ढ' | 'ध' => "dh",
        'प' => "p",
        'फ' => "ph",
        'ब' => "b",
        'भ' => "bh",
        'म' => "m",
        'य' => "y",
        'र' => "r",
        'ल' => "l",
        'व' => "v",
        'श' | 'ष' => "sh",
        'स' => "s",
        'ह' => "h",
        _ => return None,
    })
}

/// Latin letters for a Devanagari vowel sign or independent vowel.
fn vowel(c: char) -> Option<&'static str> {
    Some(match c {
        'अ' => "a",
        'आ' | 'ा' => "aa",
        'इ' | 'ि' => "i",
        'ई' | 'ी' => "ii",
        'उ' | 'ु' => "u",
        'ऊ' | 'ू' => "uu",
        'ऋ' | 'ृ' => "ri",
        'ए' | 'े' | 'ॅ' => "e",
        'ऐ' | 'ै' => "ai",
        'ओ' | 'ो' | 'ॉ' => "o",
        'औ' | 'ौ' => "au",
        _ => return None,
    })
}

/// Writes a Devanagari word in Latin letters (inherent vowels kept, nukta ignored).
fn romanise(word: &str) -> String {
    let mut out = String::new();
    let mut pending_a = false;
    for c in word.chars() {
        if let Some(k) = consonant(c) {
            if pending_a {
                out.push('a');
            }
            out.push_str(k);
            pending_a = true;
        } else if let Some(v) = vowel(c) {
            out.push_str(v);
            pending_a = false;
        } else if c == '्' {
            pending_a = false;
        } else if matches!(c, 'ं' | 'ँ') {
            if pending_a {
                out.push('a');
            }
            out.push('n');
            pending_a = false;
        } else if c == 'ः' {
            out.push('h');
        }
    }
    out
}

/// The sound key of a word in Latin or Devanagari letters; `None` for other scripts or very short keys.
pub(crate) fn sound_key(word: &str) -> Option<String> {
    let latin = if word.is_ascii() {
        // Most words: only letters can give a key, and their lower case is ASCII.
        if !word.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        word.to_ascii_lowercase()
    } else if word.chars().any(is_devanagari) {
        romanise(word)
    } else {
        word.to_lowercase()
    };
    if !latin.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    // "ee" → "i", "oo" → "u", w → v, z → j, q → k (the pairs are read left to right and never overlap).
    let mut s = String::with_capacity(latin.len());
    let b = latin.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match (b[i], b.get(i + 1)) {
            (b'e', Some(b'e')) => {
                s.push('i');
                i += 2;
            }
            (b'o', Some(b'o')) => {
                s.push('u');
                i += 2;
            }
            (c, _) => {
                s.push(match c {
                    b'w' => 'v',
                    b'z' => 'j',
                    b'q' => 'k',
                    _ => char::from(c),
                });
                i += 1;
            }
        }
    }
    let mut key = String::new();
    let mut prev = ' ';
    for c in s.chars() {
        let aspiration = c == 'h' && "kgcjtdpbs".contains(prev);
        if c == 'a' || aspiration || c == prev {
            prev = c;
            continue;
        }
        key.push(c);
        prev = c;
    }
    (key.len() >= 3).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_and_devanagari_meet() {
        for (latin, dev) in [
            ("Priya", "प्रिया"),
            ("Sharma", "शर्मा"),
            ("Deepak", "दीपक"),
            ("Kamla", "कमला"),
            ("Ramesh", "रमेश"),
            ("Sunil", "सुनील"),
            ("Vikram", "विक्रम"),
        ] {
            assert_eq!(sound_key(latin), sound_key(dev), "{latin} / {dev}");
        }
        assert_ne!(sound_key("Priya"), sound_key("Pooja"));
        for word in ["Deepooja", "eeeooo", "Zoowee", "qwz", "Kelvin\u{212A}", "O'Brien", "x1", "MÜLLER", "Ünal"] {
            let old = word.to_lowercase();
            let expected = old.chars().all(|c| c.is_ascii_lowercase()).then(|| {
                old.replace("ee", "i").replace("oo", "u").replace('w', "v").replace('z', "j").replace('q', "k")
            });
            let key = |s: &str| {
                let mut key = String::new();
                let mut prev = ' ';
                for c in s.chars() {
                    let aspiration = c == 'h' && "kgcjtdpbs".contains(prev);
                    if !(c == 'a' || aspiration || c == prev) {
                        key.push(c);
                    }
                    prev = c;
                }
                (key.len() >= 3).then_some(key)
            };
            assert_eq!(sound_key(word), expected.and_then(|e| key(&e)), "{word}");
        }
    }
}
