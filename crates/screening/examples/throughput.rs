//! Start-up time, throughput on a long text and latency per 2 KB letter, on one thread.
//!
//! `cargo run --release -p twinbridge-screening --example throughput [-- LONG_TEXT_KB [FILE]]`: the long text is
//! the sample letter (or the text of FILE) repeated to LONG_TEXT_KB kilobytes (default 1024).

use std::hint::black_box;
use std::time::{Duration, Instant};

use twinbridge_screening::{Known, Screener};

const LETTER: &str = "Dear friend,\n\nMy name is Rohan and I am 34 years old. I live in Leeds with my wife Meera \
and our two boys, Arjun and Kabir. I gave my stem cells at the Royal Infirmary on 12 March 2024, and since then \
I have thought about you every week. The nurses told me only that you are a man in your fifties, somewhere in \
Europe. I hope the cells have settled in and that you are getting stronger. Will you write back? I would love to \
hear about your garden, your family, and what you like to cook.\n\nWe are a noisy family. My mother still lives \
in Pune, near Koregaon Park, and she sends her blessings: मेरी माँ कहती हैं कि भगवान आपको लंबी उम्र दें। My \
colleague from Frankfurt taught me one German sentence for you: Alles Gute und viel Kraft für die nächsten Monate!\n\n\
I work as an engineer at Northwind Systems Ltd. and my manager gave me the week off for the donation. The doctors \
at St James's University Hospital were kind and explained everything twice. If the rules allow it one day, you \
can call me on 07700 900123 or write to rohan.k@example.org, or find me at @rohan_runs.\n\nUntil then, take care \
of yourself and rest as much as you need. Every small step counts. Meine Tochter Anna wohnt in der Hauptstraße 5, \
10115 Berlin, und ihre Nummer ist 0171 2345678. मेरा नाम रोहन है और मैं पुणे में रहता हूँ। Aadhaar 2363 4837 5689.\n\n\
With love,\nRohan K.\n";

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let long_kb: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(1024);
    let sample = match std::env::args().nth(2) {
        Some(path) => std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(2)
        }),
        None => LETTER.to_string(),
    };

    let t = Instant::now();
    let screener = Screener::new();
    let startup = t.elapsed();
    println!("start-up (all word lists and patterns built): {:.1} ms", startup.as_secs_f64() * 1e3);

    let known = Known {
        names: vec!["Rohan Kapoor".into(), "Meera".into()],
        places: vec!["Leeds".into()],
        organisations: vec!["Northwind Systems".into()],
        other: vec!["+44 7700 900123".into(), "rohan.k@example.org".into()],
    };

    // A 2 KB letter: the sample letter, cut at a char boundary near 2,048 bytes.
    let mut letter = String::new();
    while letter.len() < 2048 {
        letter.push_str(LETTER);
    }
    let cut = letter.floor_char_boundary(2048);
    letter.truncate(cut);
    let chars = letter.chars().count();
    let t = Instant::now();
    black_box(screener.screen(black_box(&letter), Some("en"), &known));
    println!("first 2 KB letter after start-up: {:.3} ms", t.elapsed().as_secs_f64() * 1e3);
    for _ in 0..20 {
        black_box(screener.screen(black_box(&letter), Some("en"), &known));
    }
    let mut times = Vec::new();
    let mut empty_known = Vec::new();
    for _ in 0..300 {
        let t = Instant::now();
        black_box(screener.screen(black_box(&letter), Some("en"), &known));
        times.push(t.elapsed());
        let t = Instant::now();
        black_box(screener.screen(black_box(&letter), Some("en"), &Known::default()));
        empty_known.push(t.elapsed());
    }
    let m = median(times);
    println!(
        "2 KB letter ({} bytes, {chars} chars), with known identifiers: median {:.3} ms ({:.2} M chars/s)",
        letter.len(),
        m.as_secs_f64() * 1e3,
        chars as f64 / m.as_secs_f64() / 1e6
    );
    let m = median(empty_known);
    println!("2 KB letter, no known identifiers: median {:.3} ms", m.as_secs_f64() * 1e3);

    // A long text: many letters in one string.
    let mut long = String::new();
    while long.len() < long_kb * 1024 {
        long.push_str(&sample);
        long.push('\n');
    }
    let chars = long.chars().count();
    let mut times = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        black_box(screener.screen(black_box(&long), Some("en"), &known));
        times.push(t.elapsed());
    }
    let m = median(times);
    println!(
        "long text ({:.2} MB, {chars} chars): median {:.1} ms, {:.2} MB/s, {:.2} M chars/s",
        long.len() as f64 / 1e6,
        m.as_secs_f64() * 1e3,
        long.len() as f64 / m.as_secs_f64() / 1e6,
        chars as f64 / m.as_secs_f64() / 1e6
    );
}
