use twinbridge_screening::{Category, Known, redact};

use crate::{assert_found, screen};

fn known() -> Known {
    Known {
        names: vec!["Priya Sharma".into()],
        places: vec!["Pune".into(), "Koregaon Park".into()],
        organisations: vec!["Ruby Hall Clinic".into()],
        other: vec!["+91 98220 12345".into(), "priya@example.in".into()],
    }
}

#[test]
fn known_identifiers_in_any_case_and_form() {
    let text = "PRIYA's garden in koregaon is lovely. Priyas Schwester rief an: 098220-12345. \
                Sharmaji came from pune to Ruby Hall. Signed, P. S. (PRIYA@EXAMPLE.IN)";
    let f = screen(text, None, &known());
    assert_found(
        text,
        &f,
        &["PRIYA's", "koregaon", "Priyas", "098220-12345", "Sharmaji", "pune", "Ruby", "P. S.", "PRIYA@EXAMPLE.IN"],
    );
}

#[test]
fn reasons_never_say_whose_identifier_matched() {
    let text = "Priya Sharma from Pune, call +91 98220 12345.";
    let f = screen(text, None, &known());
    assert!(!f.is_empty());
    for x in &f {
        let r = x.reason.to_lowercase();
        for word in ["writer", "reader", "donor", "patient", "recipient"] {
            assert!(!r.contains(word), "reason {r:?} names a party");
        }
    }
}

#[test]
fn redaction_tokens_in_the_reader_language() {
    let text = "Priya lives in Pune.";
    let f = screen(text, None, &known());
    assert_eq!(redact(text, &f, "en"), "[removed: name] lives in [removed: place].");
    assert_eq!(redact(text, &f, "de"), "[entfernt: Name] lives in [entfernt: Ort].");
    assert_eq!(redact(text, &f, "hi"), "[हटाया गया: नाम] lives in [हटाया गया: स्थान].");
    assert!(f.iter().any(|x| x.category == Category::Location));
}

#[test]
fn grid_and_aadhaar() {
    // GRID: ION 1234, then 13 characters, then the MOD 37-2 check of the first 17 written as two digits.
    let prefix = "1234ABCDEF0123456";
    let mut p: u32 = 0;
    for c in prefix.chars() {
        p = ((p + c.to_digit(36).unwrap()) * 2) % 37;
    }
    let grid = format!("{prefix}{:02}", (38 - p) % 37);
    let text = format!("My donor number is {grid} and my Aadhaar is 2363 4837 5689, PAN ABCPE1234F.");
    let f = screen(&text, None, &Known::default());
    assert_found(&text, &f, &[grid.as_str(), "2363 4837 5689", "ABCPE1234F"]);
    assert!(f.iter().any(|x| x.category == Category::IdNumber && x.reason.contains("GRID")));
}

#[test]
fn titles_in_known_names_are_not_searched_alone() {
    let known = Known { names: vec!["Dr. Priya Sharma".into()], ..Known::default() };
    let text = "Dr. Mehta said Priya is well.";
    let f = screen(text, None, &known);
    assert_found(text, &f, &["Priya", "Mehta"]);
    assert!(!f.iter().any(|x| x.text == "Dr" && x.reason.contains("known")));
}

#[test]
fn known_names_across_scripts() {
    let known = Known { names: vec!["Priya Sharma".into(), "सुनील".into()], ..Known::default() };
    let text = "प्रिया शर्मा जी ने लिखा। Sunil ko namaste.";
    let f = screen(text, Some("hi"), &known);
    assert_found(text, &f, &["प्रिया", "शर्मा", "Sunil"]);
}

#[test]
fn known_numbers_in_any_digits_and_formatting() {
    let known = Known { other: vec!["+91 ९८२२० १२३४५".into()], ..Known::default() };
    let text = "Ring 098220-12345 or (98220) 12345 or ९८२२०१२३४५.";
    let f = screen(text, None, &known);
    assert_found(text, &f, &["098220-12345", "(98220) 12345", "९८२२०१२३४५"]);
    assert!(f.iter().all(|x| x.category == Category::Contact));
}

#[test]
fn particles_of_known_names_are_not_searched_alone() {
    let known = Known { names: vec!["Teresa Scotto di Perta".into()], ..Known::default() };
    let text = "Caro donatore,\nsiamo i genitori di Nunzio. La Scotto di casa è la nonna.";
    let f = screen(text, Some("it"), &known);
    assert_found(text, &f, &["Scotto"]);
    assert!(f.iter().all(|x| x.text != "di"), "{f:?}");
}
