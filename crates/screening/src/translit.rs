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
    let latin = if word.chars().any(is_devanagari) { romanise(word) } else { word.to_lowercase() };
    if !latin.chars().all(|c| c.is_ascii_lowercase()) {
        return None;
    }
    let s = latin.replace("ee", "i").replace("oo", "u").replace('w', "v").replace('z', "j").replace('q', "k");
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
    }
}
