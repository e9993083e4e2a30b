//! Contact rules: which laws and policies bind a donor–patient pairing, what they allow together, and why.
//!
//! The rule data lives in `rules/contact-rules.toml` (reviewed like code); the caller passes its text to
//! [`RuleBook::parse`]. Nothing here does I/O or reads the clock: the day of evaluation is an input.
//! Whatever is not known stays unknown and is never read as permission.

mod applying;
mod combine;
mod evaluate;
mod explain;
mod file;
mod model;
mod own;

pub use applying::{AppliesAs, Applying, EvaluateError, Parties};
pub use combine::{combine, combine_all};
pub use evaluate::{Block, Facts, LetterCount, LettersNow, ReleaseNow, SideLetters};
pub use explain::{AppliedRule, Explanation, ListedDimension, ListedRule, Listing, Reason};
pub use file::RuleFileError;
pub use model::{
    Condition, Confidence, ConsentLevel, Dimension, Disclosure, Gifts, HealthUpdates, LetterContent, LetterStatus,
    Letters, Period, Photos, Possible, Provenance, Release, Rule, RuleId, RuleKind, Side, StartEvent, Terms, Window,
};
pub use own::{OwnPolicy, OwnRelease};

use std::sync::Arc;

use crate::CountryCode;

/// Every rule entry of the rule data, validated. The entries are shared: every evaluation starts from a
/// copy of the shipped book (adding the organisations' own policies to it), and a copy that shares the
/// entries costs a pointer each instead of every text and source of the data.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleBook {
    rules: Vec<Arc<Rule>>,
}

impl RuleBook {
    /// Parses and validates the text of `rules/contact-rules.toml`.
    pub fn parse(text: &str) -> Result<Self, RuleFileError> {
        file::parse(text)
    }

    /// Every entry, in file order.
    pub fn rules(&self) -> &[Arc<Rule>] {
        &self.rules
    }

    /// The largest number of letters any entry allows, per side or in all (0 when none sets a number).
    /// Letters counted up to one more than this answer every quota as exact counts would.
    pub fn largest_letter_quota(&self) -> u32 {
        self.rules
            .iter()
            .filter_map(|r| r.terms.letters.as_ref())
            .flat_map(|l| [l.max_per_side, l.max_total])
            .flatten()
            .max()
            .unwrap_or(0)
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id().as_str() == id).map(|r| &**r)
    }

    /// The country's main registry, which stands for an organisation of that country that is not named.
    pub fn main_registry(&self, country: CountryCode) -> Option<&Rule> {
        self.rules.iter().find(|r| r.is_main_registry() && r.id().country() == country).map(|r| &**r)
    }

    /// Whether the data holds any entry for the country.
    pub fn knows_country(&self, country: CountryCode) -> bool {
        self.rules.iter().any(|r| r.id().country() == country)
    }
}
