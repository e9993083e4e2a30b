//! Recall and precision floors on labelled letters, so that they cannot fall without a failing test.
//!
//! Overlap scoring: a gold span counts as found when at least half of its characters are covered by findings
//! (of any category); a finding counts as right when it overlaps a gold span or an `ignored` span.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;
use twinbridge_screening::{Finding, Known};

use crate::screen;

/// A labelled text: gold spans and spans that are neither right nor wrong when flagged (char offsets).
struct Labelled {
    text: String,
    language: Option<String>,
    gold: Vec<(usize, usize, String)>,
    ignored: Vec<(usize, usize)>,
    /// The writer's own identifiers as the registry holds them, where the set gives them.
    known: Known,
}

#[derive(Debug, Default)]
struct Score {
    gold: usize,
    found: usize,
    predicted: usize,
    right: usize,
    /// Per gold category: (gold, found).
    by_category: BTreeMap<String, (usize, usize)>,
}

impl Score {
    fn leak(&self) -> f64 {
        1.0 - self.found as f64 / self.gold.max(1) as f64
    }

    fn precision(&self) -> f64 {
        if self.predicted == 0 { 1.0 } else { self.right as f64 / self.predicted as f64 }
    }

    fn add(&mut self, item: &Labelled, findings: &[Finding]) {
        let n = item.text.chars().count();
        let mut covered = vec![false; n];
        for f in findings {
            covered[f.start.min(n)..f.end.min(n)].iter_mut().for_each(|c| *c = true);
        }
        for (start, end, category) in &item.gold {
            let hit = covered[*start..*end].iter().filter(|&&c| c).count();
            let found = 2 * hit >= end - start;
            self.gold += 1;
            self.found += usize::from(found);
            let entry = self.by_category.entry(category.clone()).or_default();
            entry.0 += 1;
            entry.1 += usize::from(found);
        }
        for f in findings {
            self.predicted += 1;
            let overlaps = |&(s, e): &(usize, usize)| s < f.end && f.start < e;
            let right =
                item.gold.iter().map(|(s, e, _)| (*s, *e)).any(|g| overlaps(&g)) || item.ignored.iter().any(overlaps);
            self.right += usize::from(right);
        }
    }

    fn report(&self, name: &str) -> String {
        let categories: Vec<String> = self
            .by_category
            .iter()
            .map(|(c, (g, f))| format!("{c} {:.1}%", 100.0 * (1.0 - *f as f64 / *g as f64)))
            .collect();
        format!(
            "{name}: {} gold spans, leak {:.2}% ({}), {} findings, precision {:.2}%",
            self.gold,
            100.0 * self.leak(),
            categories.join(", "),
            self.predicted,
            100.0 * self.precision()
        )
    }
}

/// The development sets sit beside the repository (`../shared/data/`), in CI as here.
///
/// The template-made sets label a month or weekday alone ("in March", "on Monday") as a date; the hand-written
/// letters and the real ones do not, as it dates nothing anyone could trace, and the screen follows them. Such
/// spans are scored here as neither right nor wrong.
fn dev_set(file: &str) -> Vec<Labelled> {
    let mut items = labelled_file(file);
    assert!(items.len() >= 500, "{file} holds only {} letters", items.len());
    for item in &mut items {
        let chars: Vec<char> = item.text.chars().collect();
        let calendar_word = |s: usize, e: usize| {
            let word: String = chars[s..e].iter().collect::<String>().to_lowercase();
            CALENDAR_WORDS.contains(&word.as_str())
        };
        let (alone, kept): (Vec<_>, Vec<_>) =
            item.gold.drain(..).partition(|(s, e, c)| c == "DATE" && calendar_word(*s, *e));
        item.gold = kept;
        item.ignored.extend(alone.into_iter().map(|(s, e, _)| (s, e)));
    }
    items
}

const CALENDAR_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A labelled file of `../shared/data/`, as the shared scorer reads it.
fn labelled_file(file: &str) -> Vec<Labelled> {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "..", "..", "shared", "data", file].iter().collect();
    labelled_at(path)
}

fn labelled_at(path: PathBuf) -> Vec<Labelled> {
    let content = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the labelled set {} is missing ({e}): the recall and precision floors cannot be checked without it; \
             put the development data at ../shared/data/ beside the repository",
            path.display()
        )
    });
    let spans = |v: &Value| -> Vec<(usize, usize, String)> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .map(|s| {
                        let start = s["start"].as_u64().unwrap() as usize;
                        let end = s["end"].as_u64().unwrap() as usize;
                        let category = s["category"].as_str().or(s["label"].as_str()).unwrap_or("?").to_string();
                        (start, end, category)
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let items: Vec<Labelled> = content
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("a JSON line");
            Labelled {
                text: v["text"].as_str().expect("a text").to_string(),
                language: v["language"].as_str().map(str::to_string),
                gold: spans(&v["spans"]),
                ignored: spans(&v["ignored"]).into_iter().map(|(s, e, _)| (s, e)).collect(),
                known: serde_json::from_value(v["known"].clone()).unwrap_or_default(),
            }
        })
        .collect();
    items
}

fn score(items: &[Labelled]) -> Score {
    let mut score = Score::default();
    for item in items {
        let findings = screen(&item.text, item.language.as_deref(), &item.known);
        score.add(item, &findings);
    }
    score
}

#[test]
fn floors_on_the_letter_set() {
    // Measured: leak 0.28%, precision 100.00% (no category leaks more than 1.0%).
    let s = score(&dev_set("screening-dev.jsonl"));
    let report = s.report("screening-dev.jsonl");
    println!("{report}");
    assert!(s.leak() <= 0.010, "{report}");
    assert!(s.precision() >= 0.97, "{report}");
    for (category, (gold, found)) in &s.by_category {
        assert!(*found as f64 >= 0.98 * *gold as f64, "{category} leaks: {report}");
    }
}

#[test]
fn floors_on_the_multilingual_letters() {
    // Measured: leak 1.4%, precision 85.1% (300 letters in 14 languages; of the languages with at least 15
    // letters French leaks most, 3.6%; of the smaller ones Marathi 6.7%, Hindi 3.3%). The goal is leak
    // at most 3% at precision at least 70%, and no language above 10%.
    let items = labelled_file("screening-letters.jsonl");
    assert!(items.len() >= 300, "screening-letters.jsonl holds only {} letters", items.len());
    let s = score(&items);
    let report = s.report("screening-letters.jsonl");
    println!("{report}");
    assert!(s.leak() <= 0.03, "{report}");
    assert!(s.precision() >= 0.83, "{report}");
    let mut languages: BTreeMap<&str, Vec<&Labelled>> = BTreeMap::new();
    for item in &items {
        languages.entry(item.language.as_deref().unwrap_or("?")).or_default().push(item);
    }
    for (language, letters) in languages {
        let mut s = Score::default();
        for item in letters {
            s.add(item, &screen(&item.text, item.language.as_deref(), &item.known));
        }
        let report = s.report(language);
        println!("{report}");
        assert!(s.leak() <= 0.10, "{report}");
    }
}

/// Checks the floors on one of the repository's letter sets (`tests/data/<set>/letters.jsonl`).
fn assert_floors(set: &str, letters: usize, max_leak: f64, min_precision: f64) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "data", set, "letters.jsonl"].iter().collect();
    let items = labelled_at(path);
    assert!(items.len() >= letters, "{set} holds only {} letters", items.len());
    let s = score(&items);
    let report = s.report(set);
    println!("{report}");
    assert!(s.leak() <= max_leak, "{report}");
    assert!(s.precision() >= min_precision, "{report}");
}

/// A second set of 120 letters in 13 languages (`tests/data/dev2/`), written apart from the rules and then used
/// to tune them, like `screening-letters.jsonl`.
#[test]
fn floors_on_the_second_letter_set() {
    // Measured: leak 3.1%, precision 79.0% (the engine of 2026-12-06: 16.5%).
    assert_floors("dev2", 120, 0.04, 0.77);
}

/// A third set of 120 letters in 14 languages, half of them in scripts without capitals (`tests/data/dev3/`),
/// written apart from the rules and then used to tune them.
#[test]
fn floors_on_the_third_letter_set() {
    // Measured: leak 8.5%, precision 80.5% (the engine of 2026-12-06: 23.1%; before it was tuned on: 17.2%).
    assert_floors("dev3", 120, 0.095, 0.78);
}

/// A fourth set of 60 letters in Japanese, Chinese, Hebrew, Marathi and Tamil (`tests/data/dev4/`), written apart
/// from the rules with the identifying details a rule finds hardest, then used to tune them.
#[test]
fn floors_on_the_fourth_letter_set() {
    // Measured: leak 16.0%, precision 75.6% (38.2% and 61.3% when it arrived).
    assert_floors("dev4", 60, 0.175, 0.73);
}

/// A fifth set of 60 letters in nine languages written in Latin letters and Hindi (`tests/data/dev5/`), written
/// apart from the rules like the fourth.
#[test]
fn floors_on_the_fifth_letter_set() {
    // Measured: leak 8.2%, precision 82.5% (11.9% and 78.3% when it arrived).
    assert_floors("dev5", 60, 0.09, 0.80);
}

/// A sixth set of 50 letters in Japanese, German, Spanish, Chinese, Marathi and English (`tests/data/dev6/`),
/// written apart from the rules like the fourth and fifth.
#[test]
fn floors_on_the_sixth_letter_set() {
    // Measured: leak 12.6%, precision 78.1% (20.3% and 77.1% when it arrived).
    assert_floors("dev6", 50, 0.14, 0.76);
}

/// A seventh set of 60 letters in Japanese, Marathi, Chinese, Spanish, German, Hebrew, Polish, Tamil and Dutch
/// (`tests/data/dev7/`), written apart from the rules like the fourth to sixth.
#[test]
fn floors_on_the_seventh_letter_set() {
    // Measured: leak 9.4%, precision 75.7% (17.1% and 72.3% when it arrived).
    assert_floors("dev7", 60, 0.105, 0.74);
}

/// An eighth set of 60 letters in English, French, Hindi, Italian, Portuguese, German, Spanish and Dutch
/// (`tests/data/dev8/`), written apart from the rules like the fourth to seventh.
#[test]
fn floors_on_the_eighth_letter_set() {
    // Measured: leak 5.0%, precision 80.1% (11.2% and 76.7% when it arrived).
    assert_floors("dev8", 60, 0.06, 0.78);
}

/// A ninth set of 60 letters in English, German, Polish, Hebrew, Japanese, Chinese, Marathi, Spanish, French and
/// Tamil (`tests/data/dev9/`), written apart from the rules like the fourth to eighth.
#[test]
fn floors_on_the_ninth_letter_set() {
    // Measured: leak 10.9%, precision 76.9% (15.4% and 76.0% when it arrived).
    assert_floors("dev9", 60, 0.12, 0.75);
}

/// The held-out letters (`tests/data/holdout/`, 90 letters in 14 languages written apart from the screen's rules)
/// are never used to tune the screen, only to measure how far the rules carry to letters they were not made on.
#[test]
fn floors_on_the_held_out_letters() {
    // Measured: leak 7.6%, precision 81.8% (before the rules of 2026-12-07: leak 17.4%, precision 77.3%).
    assert_floors("holdout", 90, 0.085, 0.80);
}

#[test]
fn floors_on_the_sentence_set() {
    // Measured: leak 0.96%, precision 96.46% (organisations leak most: 2.9%).
    let s = score(&dev_set("screening-dev-sentences.jsonl"));
    let report = s.report("screening-dev-sentences.jsonl");
    println!("{report}");
    assert!(s.leak() <= 0.015, "{report}");
    assert!(s.precision() >= 0.93, "{report}");
    for (category, (gold, found)) in &s.by_category {
        assert!(*found as f64 >= 0.95 * *gold as f64, "{category} leaks: {report}");
    }
}

/// Letters in English, German and Hindi (Devanagari and Latin letters), with every identifying detail marked
/// `[[like this]]`.
const OWN_LETTERS: &[(&str, &str)] = &[
    (
        "en",
        "Dear friend,\nMy name is [[Gareth]] and I live in [[Swansea]] with my wife [[Bronwen]]. I donated at \
         [[Morriston Hospital]] on [[14 February 2023]]. I am [[52]] years old and I still run every Sunday. You \
         can reach me on [[07700 900456]] or [[gareth.w@example.com]].\nBest wishes,\n[[Gareth]]",
    ),
    (
        "en",
        "Hello from [[Kochi]]! My daughter [[Anjali]] turned [[9]] in [[March]] and we had a party at \
         [[St. Teresa's School]]. Our flat is at [[14 Marine Drive]].\nWith love,\n[[Ravi Menon]]",
    ),
    (
        "de",
        "Liebe [[Katrin]],\nich bin [[34]] Jahre alt und wohne in [[Freiburg]], [[Kaiser-Joseph-Straße 12]]. \
         Die Entnahme war am [[3. Mai 2024]] im [[Universitätsklinikum Freiburg]]. Mein Sohn [[Jonas]] hat \
         mich begleitet. Meine Handynummer ist [[0171 2345678]].\nViele Grüße\n[[Markus Weber]]",
    ),
    (
        "de",
        "Hallo,\nich heiße [[Sabine]] und komme aus [[Dresden]]. Am [[12.06.2023]] habe ich Stammzellen \
         gespendet. Schreib mir an [[sabine.k@example.de]].\nAlles Liebe\n[[Sabine]]",
    ),
    (
        "hi",
        "प्रिय मित्र,\nमेरा नाम [[सुनीता]] है। मैं [[इंदौर]] में रहती हूँ। मेरी बेटी [[कविता]] [[12]] साल की है। \
         मैंने [[5 मार्च 2024]] को [[टाटा मेमोरियल अस्पताल]] में दान किया। मेरा फ़ोन [[98220 12345]] है।\nआपकी\n[[सुनीता]]",
    ),
    (
        "hi",
        "Namaste,\nmera naam [[Ramesh]] hai aur main [[Lucknow]] mein rehta hoon. Meri umar [[45]] saal hai. \
         Mere bete [[Arjun]] ne mujhe himmat di.\nDhanyavaad,\n[[Ramesh]]",
    ),
];

/// Parses `[[…]]` marks into a text and gold char spans.
fn parse_marked(marked: &str, language: &str) -> Labelled {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find("[[") {
        text.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after.find("]]").expect("closing ]]");
        let start = text.chars().count();
        text.push_str(&after[..close]);
        gold.push((start, text.chars().count(), "MARKED".to_string()));
        rest = &after[close + 2..];
    }
    text.push_str(rest);
    Labelled { text, language: Some(language.to_string()), gold, ignored: Vec::new(), known: Known::default() }
}

#[test]
fn floors_on_own_letters_in_three_languages() {
    let items: Vec<Labelled> = OWN_LETTERS.iter().map(|(lang, marked)| parse_marked(marked, lang)).collect();
    let s = score(&items);
    let report = s.report("own letters");
    println!("{report}");
    // Measured: nothing leaks; precision 95.6% (a weekday and "मित्र", also a name, are flagged too).
    assert!(s.leak() <= 0.03, "{report}");
    assert!(s.precision() >= 0.85, "{report}");
}
