//! The answer with its reasons: JSON for the API and CLI (`policy explain`), plain words for
//! participants, detail with sources for staff, and the listing of every entry (`policy list`).

use std::fmt::{self, Write as _};

use chrono::NaiveDate;
use serde::Serialize;

use super::RuleBook;
use super::applying::{AppliesAs, Applying};
use super::evaluate::{Block, Facts, LettersNow, ReleaseNow};
use super::model::{
    Condition, Confidence, Dimension, Disclosure, Gifts, HealthUpdates, LetterStatus, Photos, Possible, Provenance,
    RuleId, RuleKind, Side, Terms,
};
use crate::CountryCode;

/// Cord blood comes from a mother who gave it anonymously; no registry allows contact with her.
const CORD_BLOOD_RULE: &str = "cord blood";
const CORD_BLOOD_SOURCE: &str =
    "https://bethematch.org/For-Patients-and-Families/Finding-a-donor/Contact-with-your-donor/";
/// Cited when a country has no entry or no applying rule states a dimension.
const RULE_DATA: &str = "rules/contact-rules.toml";

/// One rule that decided (part of) a dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    /// The dimension decided.
    pub dimension: Dimension,
    /// The rule id, e.g. `"IN DKMS-BMST"`.
    pub rule: String,
    /// The first source of the rule for this dimension.
    pub source: String,
    /// Every source.
    pub sources: Vec<String>,
    /// How far the fact can be trusted, when it comes from the rule data.
    pub confidence: Option<Confidence>,
    /// What the rule says, in short.
    pub says: String,
    /// Conflicts and caveats recorded with the fact.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A rule binding the pairing and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AppliedRule {
    /// The rule id.
    pub rule: RuleId,
    /// Why it binds.
    pub applies_as: Vec<AppliesAs>,
}

/// The effective contact policy of a pairing on a day, and why (the shape of `policy explain --format json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// Anonymous letters.
    pub anonymous_letters: LettersNow,
    /// Identity release.
    pub identity_release: ReleaseNow,
    /// Health updates for the donor.
    pub health_updates: HealthUpdates,
    /// What may be told before release; `null` when no rule says.
    pub before_release_may_tell: Option<Vec<Disclosure>>,
    /// Whether a donation was cord blood.
    pub cord_blood: bool,
    /// The day evaluated.
    pub today: NaiveDate,
    /// The rules that bind the pairing.
    pub rules_applied: Vec<AppliedRule>,
    /// Countries without any rule data.
    pub countries_without_rules: Vec<CountryCode>,
    /// Which rule decided what, with sources.
    pub reasons: Vec<Reason>,
}

pub(crate) fn build(
    applying: &Applying<'_>,
    terms: &Terms,
    facts: &Facts,
    today: NaiveDate,
    anonymous_letters: LettersNow,
    identity_release: ReleaseNow,
    health_updates: HealthUpdates,
) -> Explanation {
    let cord = facts.is_cord_blood();
    let mut reasons = Vec::new();
    if cord {
        for dimension in [Dimension::AnonymousLetters, Dimension::IdentityRelease] {
            reasons.push(Reason {
                dimension,
                rule: CORD_BLOOD_RULE.to_owned(),
                source: CORD_BLOOD_SOURCE.to_owned(),
                sources: vec![CORD_BLOOD_SOURCE.to_owned()],
                confidence: Some(Confidence::High),
                says: "no contact with a cord blood donor, ever".to_owned(),
                note: None,
            });
        }
    }
    let dimensions = [
        Dimension::AnonymousLetters,
        Dimension::Gifts,
        Dimension::Photos,
        Dimension::IdentityRelease,
        Dimension::HealthUpdates,
        Dimension::BeforeRelease,
    ];
    for dimension in dimensions {
        let mut any = false;
        for (rule, whys) in &applying.rules {
            let (Some(provenance), true) = (rule.provenance(dimension), decides(rule.terms(), terms, dimension)) else {
                continue;
            };
            any = true;
            let mut says = describe(rule.terms(), dimension);
            if states_unknown(rule.terms(), dimension) {
                let _ = write!(says, " — not known on the {}: ask the registry", side_words(whys));
            }
            reasons.push(reason(dimension, rule.id().as_str(), provenance, says));
        }
        for country in &applying.countries_without_rules {
            any = true;
            reasons.push(Reason {
                dimension,
                rule: format!("{country} (no rule data)"),
                source: RULE_DATA.to_owned(),
                sources: vec![RULE_DATA.to_owned()],
                confidence: None,
                says: format!("nothing is known about {country}: unknown, ask the registry"),
                note: None,
            });
        }
        if !any && dimension != Dimension::BeforeRelease {
            reasons.push(Reason {
                dimension,
                rule: "(no rule states this)".to_owned(),
                source: RULE_DATA.to_owned(),
                sources: vec![RULE_DATA.to_owned()],
                confidence: None,
                says: "no applying rule states this: unknown, ask the registry".to_owned(),
                note: None,
            });
        }
    }
    Explanation {
        anonymous_letters,
        identity_release,
        health_updates,
        before_release_may_tell: if cord { None } else { terms.may_tell.as_ref().map(|s| s.iter().copied().collect()) },
        cord_blood: cord,
        today,
        rules_applied: applying
            .rules
            .iter()
            .map(|(r, why)| AppliedRule { rule: r.id().clone(), applies_as: why.clone() })
            .collect(),
        countries_without_rules: applying.countries_without_rules.clone(),
        reasons,
    }
}

/// Whether a rule states the dimension as (partly) unknown, which blocks what it would otherwise allow.
fn states_unknown(terms: &Terms, dimension: Dimension) -> bool {
    match dimension {
        Dimension::AnonymousLetters => terms.letters.as_ref().is_some_and(|l| l.status == LetterStatus::Unknown),
        Dimension::Gifts => terms.gifts == Some(Gifts::Unknown),
        Dimension::Photos => terms.photos == Some(Photos::Unknown),
        Dimension::IdentityRelease => terms
            .release
            .as_ref()
            .is_some_and(|r| r.possible == Possible::Unknown || r.period_length_unknown || r.conditions_unknown),
        Dimension::HealthUpdates => terms.health_updates == Some(HealthUpdates::Unknown),
        Dimension::BeforeRelease => false,
    }
}

/// Which side of the pairing a rule binds, in words.
fn side_words(whys: &[AppliesAs]) -> &'static str {
    let patient = whys.iter().any(|w| w.is_patient_side());
    let donor = whys.iter().any(|w| !w.is_patient_side());
    match (donor, patient) {
        (true, true) => "both sides",
        (false, true) => "patient's side",
        _ => "donor's side",
    }
}

fn reason(dimension: Dimension, rule: &str, provenance: &Provenance, says: String) -> Reason {
    Reason {
        dimension,
        rule: rule.to_owned(),
        source: provenance.sources.first().cloned().unwrap_or_default(),
        sources: provenance.sources.clone(),
        confidence: Some(provenance.confidence),
        says,
        note: provenance.note.clone(),
    }
}

/// Whether a rule's statement shaped the combined value of a dimension.
fn decides(rule: &Terms, combined: &Terms, dimension: Dimension) -> bool {
    match dimension {
        Dimension::AnonymousLetters => match (&rule.letters, &combined.letters) {
            (Some(r), Some(c)) => {
                r.status == c.status
                    || (r.max_per_side.is_some() && r.max_per_side == c.max_per_side)
                    || (r.max_total.is_some() && r.max_total == c.max_total)
                    || r.reply_before_next
                    || !r.windows.is_empty()
                    || !r.not_before.is_empty()
                    || r.first_patient_letter_via_centre
                    || r.written_consent_first
                    || !r.forbidden_content.is_empty()
            }
            _ => false,
        },
        Dimension::Gifts => {
            rule.gifts.is_some()
                && (rule.gifts == combined.gifts || (rule.max_gifts.is_some() && rule.max_gifts == combined.max_gifts))
        }
        Dimension::Photos => rule.photos.is_some() && rule.photos == combined.photos,
        Dimension::IdentityRelease => match (&rule.release, &combined.release) {
            (Some(r), Some(c)) => {
                r.possible == c.possible
                    || (c.possible != Possible::Never
                        && r.possible == Possible::AfterPeriod
                        && (r.period_length_unknown || r.conditions_unknown))
            }
            _ => false,
        },
        Dimension::HealthUpdates => rule.health_updates.is_some() && rule.health_updates == combined.health_updates,
        Dimension::BeforeRelease => rule.may_tell.is_some(),
    }
}

fn join<T: fmt::Debug>(items: impl IntoIterator<Item = T>) -> String {
    items.into_iter().map(|i| name_of(&i)).collect::<Vec<_>>().join(", ")
}

/// The snake_case name of a unit enum value, as serde writes it (`AfterPeriod` → `after_period`).
fn name_of<T: fmt::Debug>(value: &T) -> String {
    let mut out = String::new();
    for (i, c) in format!("{value:?}").chars().enumerate() {
        if c.is_ascii_uppercase() {
            if i > 0 {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// What terms say about one dimension, in short (for staff and the listing).
pub(crate) fn describe(terms: &Terms, dimension: Dimension) -> String {
    match dimension {
        Dimension::AnonymousLetters => match &terms.letters {
            None => "not stated".to_owned(),
            Some(l) => {
                let mut parts = vec![format!("letters {}", name_of(&l.status))];
                if let Some(max) = l.max_per_side {
                    parts.push(format!("at most {max} per side"));
                }
                for w in &l.windows {
                    parts.push(format!("within {} months of {}", w.months, w.from.as_str()));
                }
                for e in &l.not_before {
                    parts.push(format!("not before {}", e.as_str()));
                }
                if l.reply_before_next {
                    parts.push("next letter only after a reply".to_owned());
                }
                if let Some(i) = &l.initiators {
                    parts.push(format!("first letter by: {}", join(i)));
                }
                if let Some(p) = l.max_pages {
                    parts.push(format!("at most {p} A4 page(s)"));
                }
                if let Some(max) = l.max_total {
                    parts.push(format!("at most {max} in the pairing"));
                }
                if l.first_patient_letter_via_centre {
                    parts.push("the patient's first letter through the transplant centre".to_owned());
                }
                if l.written_consent_first {
                    parts.push("written consent before a letter".to_owned());
                }
                if !l.forbidden_content.is_empty() {
                    parts.push(format!("must not contain: {}", join(&l.forbidden_content)));
                }
                parts.join("; ")
            }
        },
        Dimension::Gifts => terms.gifts.map_or("not stated".to_owned(), |g| {
            let count = terms.max_gifts.map(|n| format!(", at most {n}")).unwrap_or_default();
            format!("gifts: {}{count}", name_of(&g))
        }),
        Dimension::Photos => terms.photos.map_or("not stated".to_owned(), |p| format!("photos: {}", name_of(&p))),
        Dimension::IdentityRelease => match &terms.release {
            None => "not stated".to_owned(),
            Some(r) => {
                let mut parts = vec![format!("release {}", name_of(&r.possible))];
                for p in &r.periods {
                    parts.push(format!("{} months from {}", p.months, p.counted_from.as_str()));
                }
                if r.period_length_unknown {
                    parts.push("a waiting period of unknown length".to_owned());
                }
                if !r.conditions.is_empty() {
                    parts.push(format!("conditions: {}", join(&r.conditions)));
                }
                if r.conditions_unknown {
                    parts.push("conditions unknown".to_owned());
                }
                if let Some(i) = &r.initiators {
                    parts.push(format!("asked for by: {}", join(i)));
                }
                parts.join("; ")
            }
        },
        Dimension::HealthUpdates => {
            terms.health_updates.map_or("not stated".to_owned(), |h| format!("health updates: {}", name_of(&h)))
        }
        Dimension::BeforeRelease => terms.may_tell.as_ref().map_or("not stated".to_owned(), |m| {
            if m.is_empty() { "nothing may be told".to_owned() } else { format!("may tell: {}", join(m)) }
        }),
    }
}

fn condition_words(c: Condition) -> &'static str {
    match c {
        Condition::BothWrittenConsent => "written consent from both of you",
        Condition::CounsellingRecorded => "a counselling talk for each of you, recorded by the coordinators",
        Condition::PatientWellConfirmed => "the transplant centre's confirmation that the patient is well",
        Condition::NoFurtherDonationExpected => "confirmation that no further donation is expected",
        Condition::RegularLettersFirst => "regular anonymous letters first",
        Condition::ConfidentialityAgreement => "a confidentiality agreement signed by both of you",
    }
}

fn block_words(b: Block) -> &'static str {
    match b {
        Block::CordBlood => "there is no contact after a cord blood donation",
        Block::Forbidden => "the rules do not allow letters",
        Block::Unknown => "it is not known whether letters are allowed",
        Block::NotYetStarted => "letters can start only after the transplant",
        Block::WindowClosed => "the time for letters is over or cannot be worked out",
        Block::QuotaUsed => "all allowed letters have been sent",
        Block::ConsentNotRecorded => "your consent to letters must be recorded first",
        Block::AwaitingReply => "the last letter has not been answered yet",
        Block::OtherSideWritesFirst => "the other side writes the first letter",
        Block::OwnConsent => "your contact choice does not include letters",
        Block::OtherSideConsent => "the other side does not want letters now",
    }
}

impl Explanation {
    /// Plain English for a participant; `reader` picks the donor's or the patient's view of letters.
    pub fn plain_text(&self, reader: Option<Side>) -> String {
        let mut out = String::new();
        let letters = &self.anonymous_letters;
        if self.cord_blood {
            out.push_str(
                "After a cord blood donation there is no contact: no letters, and identities are never exchanged.\n",
            );
            return out;
        }
        let mine = reader.map(|side| match side {
            Side::Donor => &letters.donor,
            Side::Patient => &letters.patient,
        });
        match (letters.status, mine) {
            (LetterStatus::Forbidden, _) => out.push_str("Anonymous letters are not allowed for this pairing.\n"),
            (LetterStatus::Unknown, _) => {
                out.push_str("It is not known whether anonymous letters are allowed; ask the registry.\n");
            }
            (LetterStatus::Allowed, Some(me)) if me.may_write_now => {
                out.push_str("You can write anonymous letters now.\n")
            }
            (LetterStatus::Allowed, Some(me)) => {
                let why: Vec<&str> = me.blocked_by.iter().map(|b| block_words(*b)).collect();
                let _ = writeln!(out, "You cannot write a letter right now: {}.", why.join("; "));
            }
            (LetterStatus::Allowed, None) if letters.allowed => out.push_str("You can write anonymous letters now.\n"),
            (LetterStatus::Allowed, None) => {
                let why: Vec<&str> = letters
                    .donor
                    .blocked_by
                    .iter()
                    .filter(|b| letters.patient.blocked_by.contains(b))
                    .map(|b| block_words(*b))
                    .collect();
                let _ = writeln!(out, "Anonymous letters are allowed, but not right now: {}.", why.join("; "));
            }
        }
        if letters.status == LetterStatus::Allowed {
            if let Some(max) = letters.max_letters_per_side {
                let left = mine.and_then(|m| m.remaining).map(|r| format!(" ({r} left)")).unwrap_or_default();
                let _ =
                    writeln!(out, "Each side may write at most {max} letter{}{left}.", if max == 1 { "" } else { "s" });
            }
            if let Some(end) = letters.window_ends {
                let _ = writeln!(out, "Letters can be sent until {end}.");
            }
            if letters.reply_before_next {
                out.push_str("After each letter, wait for an answer before writing again.\n");
            }
            if letters.initiators.as_ref().is_some_and(|i| i.len() == 1 && i.contains(&Side::Patient)) {
                out.push_str("The patient writes the first letter.\n");
            }
            if let Some(max) = letters.max_letters_total {
                let _ = writeln!(
                    out,
                    "At most {max} letter{} may be exchanged in all, by both sides together.",
                    if max == 1 { "" } else { "s" }
                );
            }
            if letters.written_consent_first {
                out.push_str("Your consent to letters must be recorded before you write.\n");
            }
            if let Some(pages) = letters.max_pages {
                let _ =
                    writeln!(out, "A letter may be at most {pages} page{} long.", if pages == 1 { "" } else { "s" });
            }
            out.push_str(match letters.gifts {
                Gifts::None => "Gifts are not allowed.\n",
                Gifts::Unknown => "Whether gifts are allowed is not known; ask the registry.\n",
                Gifts::Small => "A small gift without money value is allowed.\n",
                Gifts::Allowed => "Gifts are allowed.\n",
            });
            if let (Gifts::Small | Gifts::Allowed, Some(max)) = (letters.gifts, letters.max_gifts) {
                let _ = writeln!(out, "At most {max} gift{} in all.", if max == 1 { "" } else { "s" });
            }
            out.push_str(match letters.photos {
                Photos::None => "Photos are not allowed.\n",
                Photos::Unknown => "Whether photos are allowed is not known; ask the registry.\n",
                Photos::Allowed => "Photos are allowed.\n",
            });
        }
        let release = &self.identity_release;
        match release.possible {
            Possible::Never => {
                // Which side's rules say never: the patient's, the donor's, or both.
                let deciding: Vec<&AppliedRule> = self
                    .rules_applied
                    .iter()
                    .filter(|a| {
                        self.reasons
                            .iter()
                            .any(|r| r.dimension == Dimension::IdentityRelease && r.rule == a.rule.as_str())
                    })
                    .collect();
                let patient_side = deciding.iter().any(|a| a.applies_as.iter().any(|w| w.is_patient_side()));
                let donor_side = deciding.iter().any(|a| a.applies_as.iter().any(|w| !w.is_patient_side()));
                let one_country = deciding.windows(2).all(|w| w[0].rule.country() == w[1].rule.country());
                out.push_str(match (donor_side, patient_side) {
                    (true, true) if one_country => {
                        "Your country's rules do not allow identities to be exchanged, ever.\n"
                    }
                    (true, true) => "Neither country allows identities to be exchanged, ever.\n",
                    (false, true) => "The patient's country does not allow identities to be exchanged, ever.\n",
                    (true, false) => "The donor's country does not allow identities to be exchanged, ever.\n",
                    (false, false) => "Identities can never be exchanged.\n",
                });
            }
            Possible::Unknown if release.period_length_unknown => out.push_str(
                "Identities can be exchanged only after a waiting period whose length is not known; ask the registry.\n",
            ),
            Possible::Unknown => {
                out.push_str("Whether identities can ever be exchanged is not known; ask the registry.\n");
            }
            Possible::AfterPeriod => {
                match (release.earliest_date, release.period_passed) {
                    (Some(_), Some(true)) => out.push_str("The waiting period for exchanging identities is over.\n"),
                    (Some(date), _) => {
                        let _ = writeln!(out, "Identities can be exchanged from {date} at the earliest.");
                    }
                    (None, _) => {
                        let months = release.months.map(|m| format!(" of {m} months")).unwrap_or_default();
                        let _ = writeln!(
                            out,
                            "Identities can be exchanged only after a waiting period{months}. When it starts is not known; ask the registry."
                        );
                    }
                }
                if !release.open_conditions.is_empty() {
                    let words: Vec<&str> = release.open_conditions.iter().map(|c| condition_words(*c)).collect();
                    let _ = writeln!(out, "It also needs: {}.", words.join("; "));
                }
                if release.conditions_unknown {
                    out.push_str("Which further conditions apply is not known; ask the registry.\n");
                }
                if release.initiators.as_ref().is_some_and(|i| i.len() == 1 && i.contains(&Side::Patient)) {
                    out.push_str("Only the patient can ask for identities to be exchanged.\n");
                }
            }
        }
        out
    }

    /// Detailed text for staff: the answer, the rules that bind and every reason with its sources.
    pub fn staff_text(&self) -> String {
        let mut out = String::new();
        let l = &self.anonymous_letters;
        let r = &self.identity_release;
        let date = |d: Option<NaiveDate>| d.map_or("unknown".to_owned(), |d| d.to_string());
        let num = |n: Option<u32>| n.map_or("no limit stated".to_owned(), |n| n.to_string());
        let _ = writeln!(out, "Contact policy on {}", self.today);
        let _ = writeln!(
            out,
            "Anonymous letters: {} (allowed now: {}); per side: {}; gifts: {}; photos: {}; reply before next: {}; window ends: {}",
            name_of(&l.status),
            if l.allowed { "yes" } else { "no" },
            num(l.max_letters_per_side),
            name_of(&l.gifts),
            name_of(&l.photos),
            if l.reply_before_next { "yes" } else { "no" },
            date(l.window_ends),
        );
        for (side, s) in [("donor", &l.donor), ("patient", &l.patient)] {
            let blocks = if s.blocked_by.is_empty() { "-".to_owned() } else { join(&s.blocked_by) };
            let _ = writeln!(
                out,
                "  {side}: may write now: {}; remaining: {}; blocked by: {blocks}",
                if s.may_write_now { "yes" } else { "no" },
                num(s.remaining),
            );
        }
        let _ = writeln!(
            out,
            "Identity release: {}; months: {}; counted from: {}; earliest date: {}; open conditions: {}",
            name_of(&r.possible),
            r.months.map_or("-".to_owned(), |m| m.to_string()),
            r.counted_from.as_str(),
            date(r.earliest_date),
            if r.open_conditions.is_empty() { "-".to_owned() } else { join(&r.open_conditions) },
        );
        if let Some(max) = l.max_letters_total {
            let _ = writeln!(out, "  letters in the whole pairing: at most {max}");
        }
        if !l.forbidden_content.is_empty() {
            let _ = writeln!(out, "  letters must not contain: {}", join(&l.forbidden_content));
        }
        if r.period_length_unknown || r.conditions_unknown {
            let _ = writeln!(
                out,
                "  unknown: {}",
                [
                    (r.period_length_unknown, "the length of the waiting period"),
                    (r.conditions_unknown, "the conditions")
                ]
                .iter()
                .filter_map(|(on, what)| on.then_some(*what))
                .collect::<Vec<_>>()
                .join(", ")
            );
        }
        let _ = writeln!(out, "Health updates: {}", name_of(&self.health_updates));
        if let Some(tell) = &self.before_release_may_tell {
            let _ = writeln!(
                out,
                "May be told before release: {}",
                if tell.is_empty() { "nothing".into() } else { join(tell) }
            );
        }
        out.push_str("Rules applied:\n");
        for a in &self.rules_applied {
            let _ = writeln!(out, "  {} ({})", a.rule, join(&a.applies_as));
        }
        for c in &self.countries_without_rules {
            let _ = writeln!(out, "  {c}: no rule data, everything unknown");
        }
        out.push_str("Reasons:\n");
        for reason in &self.reasons {
            let confidence = reason.confidence.map(|c| format!(", confidence {}", name_of(&c))).unwrap_or_default();
            let _ = writeln!(out, "  [{}] {}: {}{confidence}", reason.dimension.as_str(), reason.rule, reason.says);
            for s in &reason.sources {
                let _ = writeln!(out, "      {s}");
            }
            if let Some(note) = &reason.note {
                let _ = writeln!(out, "      note: {note}");
            }
        }
        out
    }
}

/// One stated dimension of an entry, for the listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListedDimension {
    /// The dimension.
    pub dimension: Dimension,
    /// What the entry says, in short.
    pub says: String,
    /// Where it comes from.
    #[serde(flatten)]
    pub provenance: Provenance,
}

/// One entry for `policy list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ListedRule {
    /// The id.
    pub id: RuleId,
    /// The country.
    pub country: CountryCode,
    /// Country law or organisation policy.
    pub kind: RuleKind,
    /// Whether it is the country's main registry.
    pub main_registry: bool,
    /// Full name.
    pub name: String,
    /// Every stated dimension with its sources.
    pub dimensions: Vec<ListedDimension>,
}

/// Every entry of the rule data with its sources (`policy list --format json` is this, as an array).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Listing {
    /// The entries, in file order.
    pub rules: Vec<ListedRule>,
}

impl RuleBook {
    /// The listing of every entry with its sources.
    pub fn listing(&self) -> Listing {
        let rules = self
            .rules()
            .iter()
            .map(|r| ListedRule {
                id: r.id().clone(),
                country: r.id().country(),
                kind: r.kind(),
                main_registry: r.is_main_registry(),
                name: r.name().to_owned(),
                dimensions: r
                    .stated()
                    .map(|(dimension, provenance)| ListedDimension {
                        dimension,
                        says: describe(r.terms(), dimension),
                        provenance: provenance.clone(),
                    })
                    .collect(),
            })
            .collect();
        Listing { rules }
    }
}

impl Listing {
    /// A text table: one line per entry and stated dimension, sources below.
    pub fn text_table(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:<34} {:<13} {:<4} {:<17} {:<10} {:<10} SAYS",
            "ID", "KIND", "MAIN", "DIMENSION", "CHECKED", "CONFIDENCE"
        );
        for rule in &self.rules {
            for d in &rule.dimensions {
                let _ = writeln!(
                    out,
                    "{:<34} {:<13} {:<4} {:<17} {:<10} {:<10} {}",
                    rule.id.as_str(),
                    name_of(&rule.kind),
                    if rule.main_registry { "yes" } else { "" },
                    d.dimension.as_str(),
                    d.provenance.checked,
                    name_of(&d.provenance.confidence),
                    d.says,
                );
                for s in &d.provenance.sources {
                    let _ = writeln!(out, "{:<34} source: {s}", "");
                }
            }
        }
        out
    }
}
