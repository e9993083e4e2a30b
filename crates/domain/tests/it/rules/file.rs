//! The shipped rule file parses, and broken files are refused with the line to fix.

use twinbridge_domain::rules::{RuleBook, RuleKind};

use super::{SHIPPED, book, cc};

const SOURCE: &str = "sources = [\"https://example.org/rule\"]\nchecked = 2026-11-01\nconfidence = \"high\"\n";

/// The six dimension tables, each stated as unknown, for the ones a test does not write itself.
const UNKNOWN_TABLES: [(&str, &str); 6] = [
    ("letters", "status = \"unknown\""),
    ("gifts", "level = \"unknown\""),
    ("photos", "level = \"unknown\""),
    ("release", "possible = \"unknown\""),
    ("health_updates", "level = \"unknown\""),
    ("before_release", "may_tell = \"unknown\""),
];

/// `body` with every dimension it leaves out added after it (as unknown), so that line numbers in `body` hold.
fn complete(body: &str) -> String {
    let mut out = body.to_owned();
    for (table, value) in UNKNOWN_TABLES {
        if !body.contains(&format!("[rule.{table}]")) {
            out.push_str(&format!("\n[rule.{table}]\n{value}\n{SOURCE}"));
        }
    }
    out
}

fn file(body: &str) -> String {
    complete(&format!("[[rule]]\nid = \"JP Test\"\nkind = \"organisation\"\nname = \"Test\"\n{body}"))
}

fn error_line(text: &str) -> (Option<usize>, String) {
    match RuleBook::parse(text) {
        Ok(_) => panic!("accepted:\n{text}"),
        Err(e) => (e.line, e.to_string()),
    }
}

#[test]
fn the_shipped_file_parses_and_covers_every_country_of_the_research() {
    let book = RuleBook::parse(SHIPPED).unwrap_or_else(|e| panic!("{e}"));
    let countries = [
        "DE", "US", "GB", "IN", "PL", "AU", "CA", "FR", "IT", "ES", "CH", "NL", "BE", "NO", "FI", "SI", "AT", "ZA",
        "CL", "JP", "CN", "HK", "TW", "IL", "BR", "CZ", "TR", "SG",
    ];
    for code in countries {
        assert!(book.main_registry(cc(code)).is_some(), "{code} has no main registry");
    }
    for required in ["IN DKMS-BMST", "DE German Standards", "FR France Greffe de Moelle"] {
        assert!(book.get(required).is_some(), "{required} missing");
    }
    for (code, main) in
        [("IN", "IN DKMS-BMST"), ("US", "US NMDP"), ("DE", "DE German Standards"), ("GB", "GB Anthony Nolan")]
    {
        assert_eq!(book.main_registry(cc(code)).map(|r| r.id().as_str()), Some(main));
    }
    for other in ["IN DATRI", "US DKMS US", "GB DKMS UK", "ZA DKMS Africa"] {
        let rule = book.get(other).unwrap();
        assert!(!rule.is_main_registry(), "{other}");
    }
    for law in ["FR Civil Code", "IT Law", "ES Law", "NL Law", "NO Law", "IL Law", "CH Ordinance"] {
        assert_eq!(book.get(law).map(|r| r.kind()), Some(RuleKind::CountryLaw), "{law}");
    }
    for rule in book.rules() {
        for (dimension, provenance) in rule.stated() {
            assert!(!provenance.sources.is_empty(), "{} {dimension:?}", rule.id());
        }
    }
}

#[test]
fn a_minimal_file_parses() {
    let text = file(&format!("\n[rule.letters]\nstatus = \"allowed\"\nmax_per_side = 2\n{SOURCE}"));
    let parsed = RuleBook::parse(&text).unwrap();
    assert_eq!(parsed.rules().len(), 1);
    assert_eq!(book().rules().len(), book().listing().rules.len());
}

#[test]
fn unknown_keys_are_refused_with_their_line() {
    let text = file(&format!("\n[rule.letters]\nstatus = \"allowed\"\nmax_letters = 2\n{SOURCE}"));
    let (line, message) = error_line(&text);
    assert_eq!(line, Some(8), "{message}");
    assert!(message.starts_with("rules/contact-rules.toml line 8: "), "{message}");
    assert!(message.contains("max_letters"), "{message}");
    let (line, _) = error_line(&file("colour = \"blue\"\n"));
    assert_eq!(line, Some(5));
}

#[test]
fn unassigned_country_codes_are_refused() {
    for bad in ["UK Anthony Nolan", "XX Nowhere", "de German Standards", "DE", "DEU Standards"] {
        let text = complete(&format!(
            "\n[[rule]]\nid = \"{bad}\"\nkind = \"organisation\"\nname = \"Test\"\n\n[rule.gifts]\nlevel = \"none\"\n{SOURCE}"
        ));
        let (line, message) = error_line(&text);
        assert_eq!(line, Some(3), "{bad}: {message}");
    }
}

#[test]
fn missing_sources_are_refused_with_the_table_line() {
    let text = file("\n[rule.gifts]\nlevel = \"none\"\nchecked = 2026-11-01\nconfidence = \"high\"\n");
    let (line, message) = error_line(&text);
    assert!(message.contains("missing sources"), "{message}");
    assert!(matches!(line, Some(6..=7)), "{message}");
    let text = file("\n[rule.gifts]\nlevel = \"none\"\nsources = [\"https://example.org\"]\nconfidence = \"high\"\n");
    assert!(error_line(&text).1.contains("checked"));
    let text = file(
        "\n[rule.gifts]\nlevel = \"none\"\nsources = [\"example.org\"]\nchecked = 2026-11-01\nconfidence = \"high\"\n",
    );
    assert!(error_line(&text).1.contains("not an http(s) URL"));
}

#[test]
fn contradictions_are_refused() {
    let forbidden_with_quota = file(&format!("\n[rule.letters]\nstatus = \"forbidden\"\nmax_per_side = 1\n{SOURCE}"));
    let (line, message) = error_line(&forbidden_with_quota);
    assert!(message.contains("contradiction"), "{message}");
    assert!(matches!(line, Some(6..=7)), "{message}");
    let never_with_period = file(&format!("\n[rule.release]\npossible = \"never\"\nmonths = 24\n{SOURCE}"));
    assert!(error_line(&never_with_period).1.contains("contradiction"));
    let period_without_months = file(&format!(
        "\n[rule.release]\npossible = \"after_period\"\ncounted_from = [\"first_transplant\"]\n{SOURCE}"
    ));
    assert!(error_line(&period_without_months).1.contains("months"));
    let zero_quota = file(&format!("\n[rule.letters]\nstatus = \"allowed\"\nmax_per_side = 0\n{SOURCE}"));
    assert!(error_line(&zero_quota).1.contains("forbidden"));
    let half_window = file(&format!("\n[rule.letters]\nstatus = \"allowed\"\nwindow_months = 24\n{SOURCE}"));
    assert!(error_line(&half_window).1.contains("window_from"));
    let law_as_main = "[[rule]]\nid = \"FR Law\"\nkind = \"country_law\"\nmain = true\nname = \"Law\"\n\n[rule.release]\npossible = \"never\"\n";
    assert_eq!(error_line(&complete(&format!("{law_as_main}{SOURCE}"))).0, Some(2));
    let residence_as_main = law_as_main.replace("country_law", "residence");
    assert_eq!(error_line(&complete(&format!("{residence_as_main}{SOURCE}"))).0, Some(2));
    let consent_on_unknown =
        file(&format!("\n[rule.letters]\nstatus = \"unknown\"\nwritten_consent_first = true\n{SOURCE}"));
    assert!(error_line(&consent_on_unknown).1.contains("contradiction"));
    let zero_total = file(&format!("\n[rule.letters]\nstatus = \"allowed\"\nmax_total = 0\n{SOURCE}"));
    assert!(error_line(&zero_total).1.contains("forbidden"));
    let count_without_gifts = file(&format!("\n[rule.gifts]\nlevel = \"none\"\nmax_count = 1\n{SOURCE}"));
    assert!(error_line(&count_without_gifts).1.contains("contradiction"));
    let never_with_unknown_conditions =
        file(&format!("\n[rule.release]\npossible = \"never\"\nconditions = \"unknown\"\n{SOURCE}"));
    assert!(error_line(&never_with_unknown_conditions).1.contains("contradiction"));
    let period_without_conditions = file(&format!(
        "\n[rule.release]\npossible = \"after_period\"\nmonths = 24\ncounted_from = [\"first_transplant\"]\n{SOURCE}"
    ));
    assert!(error_line(&period_without_conditions).1.contains("conditions"));
}

#[test]
fn an_entry_that_leaves_a_dimension_out_is_refused_naming_it() {
    let only_letters = "[[rule]]\nid = \"CZ Test\"\nkind = \"organisation\"\nname = \"Test\"\n\n[rule.letters]\nstatus = \"allowed\"\n";
    let (line, message) = error_line(&format!("{only_letters}{SOURCE}"));
    assert_eq!(line, Some(1), "{message}");
    for table in ["[rule.gifts]", "[rule.photos]", "[rule.release]", "[rule.health_updates]", "[rule.before_release]"] {
        assert!(message.contains(table), "{table}: {message}");
    }
    assert!(!message.contains("[rule.letters]"), "{message}");
}

#[test]
fn unknown_lengths_conditions_and_disclosures_are_read_as_unknown() {
    let text = file(&format!(
        "\n[rule.release]\npossible = \"after_period\"\nmonths = \"unknown\"\ncounted_from = [\"unknown\"]\nconditions = \"unknown\"\n{SOURCE}"
    ));
    let book = RuleBook::parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let release = book.rules()[0].terms().release.clone().unwrap();
    assert!(release.period_length_unknown && release.conditions_unknown && release.periods.is_empty());
    assert_eq!(book.rules()[0].terms().may_tell.as_ref().map(|m| m.len()), Some(0), "unknown tells nothing");
    let text = file(&format!(
        "\n[rule.letters]\nstatus = \"allowed\"\nmax_total = 1\nfirst_patient_letter_via = \"transplant_centre\"\nwritten_consent_first = true\nforbidden_content = [\"country\", \"social_media\"]\n{SOURCE}"
    ));
    let book = RuleBook::parse(&text).unwrap_or_else(|e| panic!("{e}"));
    let letters = book.rules()[0].terms().letters.clone().unwrap();
    assert_eq!(letters.max_total, Some(1));
    assert!(letters.first_patient_letter_via_centre && letters.written_consent_first);
    assert_eq!(letters.forbidden_content.len(), 2);
    let bad_kind =
        file(&format!("\n[rule.letters]\nstatus = \"allowed\"\nforbidden_content = [\"shoe_size\"]\n{SOURCE}"));
    assert_eq!(error_line(&bad_kind).0, Some(8));
}

#[test]
fn duplicate_ids_and_two_main_registries_are_refused() {
    let entry = |id: &str, main: bool| {
        complete(&format!(
            "\n[[rule]]\nid = \"{id}\"\nkind = \"organisation\"\nmain = {main}\nname = \"Test\"\n\n[rule.gifts]\nlevel = \"none\"\n{SOURCE}"
        ))
    };
    // The second entry's id is on its third line, after every line of the first entry.
    let second_id_line = entry("JP A", false).matches('\n').count() + 3;
    let duplicate = format!("{}{}", entry("JP A", false), entry("JP A", false));
    let (line, message) = error_line(&duplicate);
    assert_eq!(line, Some(second_id_line), "{message}");
    assert!(message.contains("duplicate id \"JP A\" (first used on line 3)"), "{message}");
    let two_mains = format!("{}{}", entry("JP A", true), entry("JP B", true));
    let (line, message) = error_line(&two_mains);
    assert_eq!(line, Some(second_id_line), "{message}");
    assert!(message.contains("two main registries"), "{message}");
}

#[test]
fn bad_values_are_refused_with_their_line() {
    let text = file(&format!("\n[rule.gifts]\nlevel = \"some\"\n{SOURCE}"));
    assert_eq!(error_line(&text).0, Some(7));
    let text = file(&format!(
        "\n[rule.release]\npossible = \"after_period\"\nmonths = 24\ncounted_from = [\"birth\"]\n{SOURCE}"
    ));
    assert_eq!(error_line(&text).0, Some(9));
    assert!(error_line("not toml at all = = =").0.is_some());
}
