//! The compiled-in word lists: names, places, organisations and common words (see data/PROVENANCE.md).

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use crate::normalise::fold;

pub(crate) const FIRST: u8 = 1;
pub(crate) const LAST: u8 = 2;
pub(crate) const PLACE: u8 = 4;
pub(crate) const ORG: u8 = 8;
/// Marks a key that is the first words of a longer entry (kept in the same map as the entries, so that one
/// look-up per word answers both questions).
const PREFIX: u8 = 0x80;

/// A fast hash for the compiled-in word lists (the tables are fixed, so there is nothing to flood).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x517c_c1b7_2722_0a95);
    }

    fn finish(&self) -> u64 {
        // Spread the high bits down: the table uses both ends of the hash.
        self.0 ^ (self.0 >> 29)
    }
}

type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// A set of a few fixed words, for look-ups by many words.
pub(crate) type FixedWords = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// The entries of a word list shipped in `data/`: one a line, blank lines and `#` comments skipped.
pub(crate) fn data_lines(list: &'static str) -> Vec<&'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

pub(crate) fn fixed_words(words: &[&'static str]) -> FixedWords {
    words.iter().copied().collect()
}
type WordSet = HashSet<String, BuildHasherDefault<WordHasher>>;

/// Gazetteer entries keyed by their folded words joined with single spaces.
#[derive(Debug)]
pub(crate) struct Gazetteer {
    /// The kinds of each entry; [`PREFIX`] also marks the first words (one or more, joined with spaces) of
    /// entries of several words.
    entries: WordMap<u8>,
    /// Frequent dictionary words of English and German: a capitalised word not among them is likely a name.
    common: WordSet,
    /// Words the dictionaries list in lower case ("will", "bath"): as names they need more evidence.
    lowercase: WordSet,
    pub max_words: usize,
}

/// Names that are also lower-case dictionary words but far more often names at the start of a sentence.
const NAMES_FIRST: &[&str] = &[
    "john", "peter", "tom", "jack", "mike", "frank", "martin", "harry", "tony", "bob", "nick", "max", "maria", "franz",
    "ray", "lee", "smith", "china", "japan", "wales", "jersey", "victoria", "paris", "india", "delhi", "berlin",
    "london", "munich", "jan", "kim", "don", "rob", "sue", "pat", "ted", "ben", "dan", "sam",
];

/// Frequent words of Hindi written in Latin letters, which no dictionary list holds ("umar", "pati", "jaan").
const ROMANISED_HINDI: &[&str] = &[
    "main",
    "mera",
    "meri",
    "mere",
    "mujhe",
    "hum",
    "hamara",
    "hamari",
    "hamare",
    "aap",
    "aapka",
    "aapki",
    "aapke",
    "tum",
    "tumhara",
    "tumhari",
    "hai",
    "hain",
    "tha",
    "thi",
    "the",
    "ho",
    "hoon",
    "hun",
    "se",
    "ko",
    "ka",
    "ki",
    "ke",
    "mein",
    "par",
    "aur",
    "ya",
    "bhi",
    "nahi",
    "nahin",
    "kya",
    "kaise",
    "kab",
    "kyun",
    "jab",
    "tab",
    "ab",
    "bahut",
    "accha",
    "achha",
    "acha",
    "theek",
    "thik",
    "pyar",
    "pyaar",
    "dil",
    "jaan",
    "jeevan",
    "zindagi",
    "umar",
    "umr",
    "saal",
    "baar",
    "din",
    "raat",
    "ghar",
    "pati",
    "patni",
    "beta",
    "beti",
    "bhai",
    "behen",
    "bahan",
    "maa",
    "papa",
    "pita",
    "dost",
    "dawai",
    "ilaaj",
    "aspatal",
    "shukriya",
    "dhanyavaad",
    "dhanyavad",
    "dhanyawad",
    "dua",
    "duaen",
    "duayen",
    "ashirwad",
    "aashirwad",
    "bhagwan",
    "khush",
    "khushi",
    "naam",
    "wajah",
    "liye",
    "saath",
    "baad",
    "pehle",
    "abhi",
    "phir",
    "sab",
    "sabhi",
    "kuch",
    "koi",
    "ek",
    "do",
    "teen",
    "char",
    "yeh",
    "woh",
    "ye",
    "wo",
    "apna",
    "apni",
    "apne",
    "sirf",
    "zaroor",
    "jaroor",
    "agar",
    "lekin",
    "magar",
    "kyunki",
    "isliye",
    "karna",
    "karein",
    "karo",
    "kiya",
    "kiye",
    "gaya",
    "gayi",
    "hua",
    "hui",
    "dete",
    "deta",
    "deti",
    "mila",
    "mili",
    "mile",
    "bachi",
    "bacha",
    "bachaya",
    "rehta",
    "rehti",
    "rahe",
    "raha",
    "rahi",
    "jaati",
    "jaata",
    "jata",
    "jati",
    "kaam",
    "naukri",
    "parivar",
    "bacche",
    "bachche",
    "sehat",
    "mahina",
    "hafta",
    "aaj",
    "kal",
    "subah",
    "shaam",
    "namaskar",
    "namaste",
    "ji",
    "haan",
    "bahot",
    "dher",
    "saara",
    "sari",
    "wala",
    "wali",
    "wale",
    "jaise",
    "waise",
    "yahan",
    "wahan",
    "kabhi",
    "hamesha",
    "sukh",
    "dukh",
    "rog",
    "bimari",
    "khoon",
    "daan",
    "daata",
    "jindagi",
    "shubh",
    "kamna",
    "kamnaye",
    "prem",
    "asha",
    "vishwas",
    "himmat",
    "takat",
    "seva",
    "dhanya",
    "aabhar",
    "aabhari",
];

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::build);

/// Splits an entry into folded words the way the tokeniser splits text.
pub(crate) fn key_of(entry: &str) -> String {
    crate::tokens::tokenise(entry).iter().map(|t| t.folded.as_ref()).collect::<Vec<_>>().join(" ")
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        &GAZETTEER
    }

    fn build() -> Gazetteer {
        let mut entries: WordMap<u8> = WordMap::with_capacity_and_hasher(100_000, BuildHasherDefault::default());
        let mut max_words = 1;
        let lists: [(&str, u8); 7] = [
            (include_str!("../data/first_names.txt"), FIRST),
            (include_str!("../data/last_names.txt"), LAST),
            (include_str!("../data/places.txt"), PLACE),
            (include_str!("../data/countries.txt"), PLACE),
            (include_str!("../data/places_extra.txt"), PLACE),
            (include_str!("../data/regions.txt"), PLACE),
            (include_str!("../data/organisations.txt"), ORG),
        ];
        for (list, flag) in lists {
            for line in data_lines(list) {
                let key = key_of(line);
                if key.is_empty() {
                    continue;
                }
                max_words = max_words.max(key.split(' ').count());
                *entries.entry(key).or_insert(0) |= flag;
            }
        }
        let mut prefixes = WordSet::default();
        for key in entries.keys() {
            for (pos, _) in key.match_indices(' ') {
                prefixes.insert(key[..pos].to_string());
            }
        }
        for prefix in prefixes {
            *entries.entry(prefix).or_insert(0) |= PREFIX;
        }
        let words = |list: &str| list.lines().map(fold).filter(|w| !w.is_empty()).collect::<WordSet>();
        let mut lowercase = words(include_str!("../data/lowercase_words.txt"));
        for name in NAMES_FIRST {
            lowercase.remove(*name);
        }
        // Frequent Hindi words in Latin letters count as common words too.
        let mut common = words(include_str!("../data/common_words.txt"));
        common.extend(ROMANISED_HINDI.iter().map(|w| (*w).to_string()));
        Gazetteer { entries, common, lowercase, max_words: max_words.min(8) }
    }

    /// The kinds (FIRST, LAST, PLACE, ORG bits) of a folded key, 0 if absent.
    pub fn kinds(&self, key: &str) -> u8 {
        self.look_up(key).0
    }

    /// Whether some entry of several words starts with these folded words (joined with single spaces).
    pub fn starts_an_entry(&self, words: &str) -> bool {
        self.look_up(words).1
    }

    /// The kinds of a folded key (0 if absent) and whether it starts an entry of several words.
    pub fn look_up(&self, key: &str) -> (u8, bool) {
        let bits = self.entries.get(key).copied().unwrap_or(0);
        (bits & !PREFIX, bits & PREFIX != 0)
    }

    pub fn is_common(&self, folded: &str) -> bool {
        self.common.contains(folded)
    }

    pub fn is_lowercase_word(&self, folded: &str) -> bool {
        self.lowercase.contains(folded)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_loaded() {
        let g = Gazetteer::get();
        assert_ne!(g.kinds("priya") & FIRST, 0);
        assert_ne!(g.kinds("pune") & PLACE, 0);
        assert_ne!(g.kinds("new delhi") & PLACE, 0);
        assert!(g.is_common("thank"));
        assert!(g.is_lowercase_word("will"));
        assert!(!g.is_lowercase_word("john"));
    }
}
