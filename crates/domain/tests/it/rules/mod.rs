//! The contact-rules engine against the shipped rule data.

mod countries;
mod explain;
mod file;
mod pairs;
mod properties;

use std::sync::OnceLock;

use chrono::NaiveDate;
use twinbridge_domain::rules::{Explanation, Facts, Parties, RuleBook, RuleId};
use twinbridge_domain::{CountryCode, Product};

pub(crate) const SHIPPED: &str = include_str!("../../../../../rules/contact-rules.toml");

pub(crate) fn book() -> &'static RuleBook {
    static BOOK: OnceLock<RuleBook> = OnceLock::new();
    BOOK.get_or_init(|| RuleBook::parse(SHIPPED).unwrap_or_else(|e| panic!("{e}")))
}

pub(crate) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub(crate) fn cc(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap()
}

pub(crate) fn id(text: &str) -> RuleId {
    RuleId::parse(text).unwrap()
}

/// A pairing with a PBSC donation on 2024-03-01 and the transplant on 2024-03-03.
pub(crate) fn pairing(donor: &str, patient: &str) -> Facts {
    let mut facts = Facts::new(Parties::new(cc(donor), cc(patient)));
    facts.donations.push((Product::Pbsc, day(2024, 3, 1)));
    facts.transplants.push(day(2024, 3, 3));
    facts
}

pub(crate) fn explain(facts: &Facts, today: NaiveDate) -> Explanation {
    book().evaluate(facts, today).unwrap()
}
