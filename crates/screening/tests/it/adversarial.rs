//! The writer's own identifiers in disguise (`tests/data/adversarial.jsonl`): spaced or dotted letters, glued
//! to digits, number words, fullwidth forms, invisible joiners, spelled-out addresses, other scripts, reversed,
//! acrostics, leetspeak, doubled letters, split words; and letters with a known list but none of it in them.
//!
//! A disguised identifier counts as caught when findings cover at least half of its chars (an acrostic's
//! letters count together). The floors are just under what the screen reaches, so that it cannot fall.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde_json::Value;
use twinbridge_screening::{Finding, Known};

use crate::screen;

/// Caught share of disguised identifiers, measured at 0.984 (124 of 126). Missed: a short name in
/// Devanagari whose outline has two sounds ("आरव"), and a common word of an organisation's name split over a
/// line ("Ru-by" of "Ruby Hall Clinic").
const CATCH_FLOOR: f64 = 0.97;

fn letters() -> Vec<Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/adversarial.jsonl");
    let text = std::fs::read_to_string(&path).expect("the adversarial set");
    text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).expect("a JSON line")).collect()
}

fn span(v: &Value) -> (usize, usize) {
    (v["start"].as_u64().expect("start") as usize, v["end"].as_u64().expect("end") as usize)
}

/// Whether a finding comes from the rules that look for the writer's identifiers or their disguises.
fn from_known_rules(f: &Finding) -> bool {
    ["known", "in words", "spelled out", "letter by letter"].iter().any(|w| f.reason.contains(w))
}

#[test]
fn disguised_identifiers_of_the_writer_are_caught() {
    let mut total = 0;
    let mut caught = 0;
    let mut by_kind: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut missed = Vec::new();
    let mut false_alarms = Vec::new();
    for letter in letters() {
        let text = letter["text"].as_str().expect("text");
        let known: Known = serde_json::from_value(letter["known"].clone()).expect("known");
        let findings = screen(text, letter["language"].as_str(), &known);
        let n = text.chars().count();
        let mut covered = vec![false; n];
        for f in &findings {
            covered[f.start.min(n)..f.end.min(n)].iter_mut().for_each(|c| *c = true);
        }
        // Identifiers: each span alone, or the spans of one group together.
        let mut groups: BTreeMap<String, (String, Vec<(usize, usize)>)> = BTreeMap::new();
        for (i, d) in letter["disguised"].as_array().expect("disguised").iter().enumerate() {
            let key = d["group"].as_str().map_or_else(|| format!("#{i}"), str::to_string);
            let kind = d["kind"].as_str().expect("kind").to_string();
            groups.entry(key).or_insert_with(|| (kind, Vec::new())).1.push(span(d));
        }
        for (kind, spans) in groups.into_values() {
            let chars: usize = spans.iter().map(|(s, e)| e - s).sum();
            let hit: usize = spans.iter().map(|&(s, e)| covered[s..e].iter().filter(|&&c| c).count()).sum();
            let found = 2 * hit >= chars;
            total += 1;
            caught += usize::from(found);
            let entry = by_kind.entry(kind.clone()).or_default();
            entry.0 += 1;
            entry.1 += usize::from(found);
            if !found {
                let (s, e) = spans[0];
                missed.push(format!(
                    "{} {kind}: {:?}",
                    letter["id"],
                    text.chars().skip(s).take(e - s).collect::<String>()
                ));
            }
        }
        for d in letter["decoys"].as_array().expect("decoys") {
            let (s, e) = span(d);
            false_alarms.extend(
                findings
                    .iter()
                    .filter(|f| f.start < e && s < f.end && from_known_rules(f))
                    .map(|f| format!("{}: {:?} ({})", letter["id"], f.text, f.reason)),
            );
        }
        if letter["disguised"].as_array().is_some_and(Vec::is_empty) {
            false_alarms.extend(
                findings
                    .iter()
                    .filter(|f| from_known_rules(f))
                    .map(|f| format!("{}: {:?} ({})", letter["id"], f.text, f.reason)),
            );
        }
    }
    let rate = caught as f64 / total as f64;
    println!("disguised identifiers caught: {caught} of {total} ({:.1}%)", 100.0 * rate);
    for (kind, (n, c)) in &by_kind {
        println!("  {kind:<20} {c}/{n}");
    }
    println!("missed: {missed:#?}");
    println!("false alarms: {false_alarms:#?}");
    assert!(total >= 80, "the set should hold at least 80 disguised identifiers, it has {total}");
    assert!(rate >= CATCH_FLOOR, "caught {:.1}%, floor {:.1}%; missed: {missed:#?}", 100.0 * rate, 100.0 * CATCH_FLOOR);
    // No finding of the known-identifier and disguise rules in letters that hold none of the writer's
    // identifiers, nor on look-alikes of a spaced name ("a b c", others' initials "I . A .").
    assert!(false_alarms.is_empty(), "false alarms: {false_alarms:#?}");
}
