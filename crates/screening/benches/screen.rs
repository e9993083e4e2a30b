//! Screening speed on a realistic letter (about 1,300 characters, English with a few Hindi and German lines),
//! and on adversarial texts of two lengths, to see that the time grows linearly.

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
of yourself and rest as much as you need. Every small step counts.\n\nWith love,\nRohan K.\n";

fn main() {
    divan::main();
}

#[divan::bench]
fn screen_letter(bencher: divan::Bencher<'_, '_>) {
    let screener = Screener::shared();
    let known = Known { names: vec!["Rohan Kapoor".into()], places: vec!["Leeds".into()], ..Known::default() };
    bencher
        .counter(divan::counter::CharsCount::of_str(LETTER))
        .bench(|| screener.screen(divan::black_box(LETTER), Some("en"), &known));
}

/// Texts made to be slow (long runs that patterns can start at every place of), at two lengths: the time for
/// the longer should be about twice that for the shorter (`docs/benchmarks.md`).
#[divan::bench(args = ["1-", "A-", "a.", "1", "A", "@", "aÄ日ह1-"], consts = [50_000, 100_000])]
fn screen_adversarial<const BYTES: usize>(bencher: divan::Bencher<'_, '_>, unit: &str) {
    let text = unit.repeat(BYTES / unit.len());
    let screener = Screener::shared();
    bencher
        .counter(divan::counter::BytesCount::of_str(&text))
        .bench(|| screener.screen(divan::black_box(&text), None, &Known::default()));
}
