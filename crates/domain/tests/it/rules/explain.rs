//! The shapes other tools rely on: `policy explain --format json`, the texts, `policy list`.

use serde_json::Value;

use super::{book, day, explain, id, pairing};

#[test]
fn explain_json_has_exactly_the_documented_shape() {
    let mut facts = pairing("IN", "DE");
    facts.parties.donor_org = Some(id("IN DKMS-BMST"));
    let json = serde_json::to_value(explain(&facts, day(2024, 11, 1))).unwrap();
    let letters = &json["anonymous_letters"];
    assert_eq!(letters["allowed"], Value::Bool(true));
    assert_eq!(letters["max_letters_per_side"], Value::Null);
    assert_eq!(letters["gifts"], "unknown", "India states no gift rule");
    assert_eq!(letters["photos"], "unknown");
    let release = &json["identity_release"];
    assert_eq!(release["possible"], "after_period");
    assert_eq!(release["months"], 24);
    assert_eq!(
        release["counted_from"], "first_transplant",
        "the German Standards count from the transplant, later than the donation"
    );
    assert_eq!(release["earliest_date"], "2026-03-03");
    let open: Vec<&str> = release["open_conditions"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    assert_eq!(open, ["both_written_consent", "counselling_recorded"]);
    let reasons = json["reasons"].as_array().unwrap();
    assert!(reasons.iter().all(|r| r["dimension"].is_string() && r["rule"].is_string() && r["source"].is_string()));
    assert!(reasons.iter().any(|r| r["dimension"] == "identity_release"
        && r["rule"] == "IN DKMS-BMST"
        && r["source"].as_str().is_some_and(|s| s.starts_with("https://"))));
    assert!(reasons.iter().any(|r| r["dimension"] == "gifts"
        && r["rule"] == "IN DKMS-BMST"
        && r["says"].as_str().is_some_and(|s| s.contains("donor's side"))));
}

#[test]
fn never_and_unknown_serialise_as_documented() {
    let json = serde_json::to_value(explain(&pairing("IN", "FR"), day(2024, 6, 1))).unwrap();
    assert_eq!(json["identity_release"]["possible"], "never");
    assert_eq!(json["identity_release"]["earliest_date"], Value::Null);
    assert_eq!(json["identity_release"]["months"], Value::Null);
    assert_eq!(json["identity_release"]["counted_from"], "unknown");
    assert_eq!(json["anonymous_letters"]["gifts"], "none");
    let json = serde_json::to_value(explain(&pairing("SE", "DE"), day(2024, 6, 1))).unwrap();
    assert_eq!(json["identity_release"]["possible"], "unknown");
    assert_eq!(json["anonymous_letters"]["allowed"], Value::Bool(false));
    let json = serde_json::to_value(explain(&pairing("AT", "AT"), day(2024, 6, 1))).unwrap();
    assert_eq!(json["identity_release"]["counted_from"], "unknown");
}

#[test]
fn plain_text_speaks_plainly() {
    let text = explain(&pairing("IN", "FR"), day(2024, 6, 1)).plain_text(None);
    assert!(text.contains("You can write anonymous letters now."), "{text}");
    assert!(text.contains("The patient's country does not allow identities to be exchanged, ever."), "{text}");
    let text = explain(&pairing("IN", "DE"), day(2024, 6, 1)).plain_text(Some(twinbridge_domain::rules::Side::Donor));
    assert!(text.contains("Identities can be exchanged from 2026-03-03 at the earliest."), "{text}");
    assert!(text.contains("It also needs: written consent from both of you;"), "{text}");
    let text = explain(&pairing("FR", "FR"), day(2024, 6, 1)).plain_text(None);
    assert!(text.contains("Your country's rules do not allow identities to be exchanged, ever."), "{text}");
    let text = explain(&pairing("FR", "IT"), day(2024, 6, 1)).plain_text(None);
    assert!(text.contains("Neither country allows identities to be exchanged, ever."), "{text}");
    let text = explain(&pairing("SE", "DE"), day(2024, 6, 1)).plain_text(None);
    assert!(text.contains("ask the registry"), "{text}");
}

#[test]
fn staff_text_names_rules_and_sources() {
    let text = explain(&pairing("JP", "US"), day(2024, 6, 1)).staff_text();
    assert!(text.contains("JP JMDP") && text.contains("US NMDP"), "{text}");
    assert!(text.contains("https://jmdp.or.jp/donation/flow/privacy.html"), "{text}");
}

#[test]
fn the_listing_names_every_entry_with_its_sources() {
    let listing = book().listing();
    let json = serde_json::to_value(&listing).unwrap();
    let entries = json.as_array().unwrap();
    assert_eq!(entries.len(), book().rules().len());
    for entry in entries {
        assert!(entry["id"].is_string() && entry["kind"].is_string());
        for d in entry["dimensions"].as_array().unwrap() {
            assert!(!d["sources"].as_array().unwrap().is_empty());
            assert!(d["checked"].is_string() && d["confidence"].is_string());
        }
    }
    let table = listing.text_table();
    for rule in book().rules() {
        assert!(table.contains(rule.id().as_str()), "{}", rule.id());
    }
}
