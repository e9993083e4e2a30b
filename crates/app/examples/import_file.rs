//! Writes an import file of N rows for `twinbridge import pairings` (the import benchmark in
//! `docs/benchmarks.md`): one pairing in five has a second donation (a DLI), one in three a centre that is
//! not on Twinbridge (twenty of them, named again and again), the others the centre given by id.
//!
//! `cargo run --example import_file -- 10000 CENTRE_ID > pairings.csv`

use std::io::Write;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let rows: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let centre = args.next().unwrap_or_default();
    let out = std::io::stdout();
    let mut out = std::io::BufWriter::new(out.lock());
    writeln!(
        out,
        "external_reference,donor_full_name,donor_email,donor_country,donor_town,donor_date_of_birth,\
         patient_organisation_id,patient_organisation_name,patient_organisation_country,product,collected_on,\
         transplant_date"
    )?;
    let towns = ["Pune", "Nagpur", "Chennai", "Kochi", "Jaipur", "Indore", "Patna", "Surat"];
    let (mut written, mut pairing) = (0, 0usize);
    while written < rows {
        pairing += 1;
        let day = |offset: usize| chrono_free_day(2019, pairing % 1500 + offset);
        let (id, name, country) = if pairing % 3 == 0 || centre.is_empty() {
            (String::new(), format!("Partner Hospital {}", pairing % 20), "BR")
        } else {
            (centre.clone(), String::new(), "")
        };
        let collected = day(0);
        let transplant = day(1);
        let person = format!(
            "B-{pairing:06},Donor {pairing} Example,donor{pairing}@example.org,IN,{},{}",
            towns[pairing % towns.len()],
            chrono_free_day(1970, pairing % 9000)
        );
        writeln!(out, "{person},{id},{name},{country},pbsc,{collected},{transplant}")?;
        written += 1;
        if pairing % 5 == 0 && written < rows {
            writeln!(out, "{person},{id},{name},{country},dli,{},{transplant}", day(200))?;
            written += 1;
        }
    }
    out.flush()
}

/// The day `offset` days after 1 January of `year`, as YYYY-MM-DD (months of 28 days keep it simple and
/// always valid).
fn chrono_free_day(year: usize, offset: usize) -> String {
    let (year, rest) = (year + offset / 336, offset % 336);
    format!("{year:04}-{:02}-{:02}", rest / 28 + 1, rest % 28 + 1)
}
