//! Reading `rules/contact-rules.toml`. The file is reviewed like code, so every mistake (a typo in a key, a
//! country code that does not exist, a letter quota on forbidden letters) stops the service at start with
//! the line to fix, instead of silently matching nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::RuleBook;
use super::model::{
    Condition, Confidence, Dimension, Disclosure, Gifts, HealthUpdates, LetterContent, LetterStatus, Letters, Period,
    Photos, Possible, Provenance, Release, Rule, RuleId, RuleKind, Side, StartEvent, Terms, Window,
};

/// A rule file that cannot be used, with the line to look at.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RuleFileError {
    /// 1-based line in the file, when known.
    pub line: Option<usize>,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for RuleFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "rules/contact-rules.toml line {line}: {}", self.message),
            None => write!(f, "rules/contact-rules.toml: {}", self.message),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rule: Vec<Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: Spanned<String>,
    kind: RuleKind,
    name: String,
    #[serde(default)]
    main: bool,
    letters: Option<Spanned<RawLetters>>,
    gifts: Option<Spanned<RawGifts>>,
    photos: Option<Spanned<RawLevel<Photos>>>,
    release: Option<Spanned<RawRelease>>,
    health_updates: Option<Spanned<RawLevel<HealthUpdates>>>,
    before_release: Option<Spanned<RawBeforeRelease>>,
}

/// The word `"unknown"`, where a key otherwise takes a number or a list.
#[derive(Deserialize)]
enum UnknownWord {
    #[serde(rename = "unknown")]
    Unknown,
}

/// A value, or `"unknown"` where the sources do not state it.
#[derive(Deserialize)]
#[serde(untagged)]
enum OrUnknown<T> {
    Known(T),
    Unknown(UnknownWord),
}

impl<T> OrUnknown<T> {
    fn known(self) -> Option<T> {
        match self {
            Self::Known(value) => Some(value),
            Self::Unknown(UnknownWord::Unknown) => None,
        }
    }
}

/// Where a letter must go first; only the transplant centre is stated by any source.
#[derive(Deserialize, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
enum Via {
    TransplantCentre,
}

/// The provenance keys every dimension table carries.
struct RawSource {
    sources: Vec<String>,
    checked: Option<toml::value::Datetime>,
    confidence: Option<Confidence>,
    note: Option<String>,
}

macro_rules! take_source {
    ($raw:expr) => {
        RawSource { sources: $raw.sources, checked: $raw.checked, confidence: $raw.confidence, note: $raw.note }
    };
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLetters {
    status: LetterStatus,
    max_per_side: Option<u32>,
    window_months: Option<u32>,
    window_from: Option<StartEvent>,
    #[serde(default)]
    not_before: Vec<StartEvent>,
    #[serde(default)]
    reply_before_next: bool,
    initiators: Option<Vec<Side>>,
    max_pages: Option<u32>,
    max_total: Option<u32>,
    first_patient_letter_via: Option<Via>,
    #[serde(default)]
    written_consent_first: bool,
    #[serde(default)]
    forbidden_content: Vec<LetterContent>,
    #[serde(default)]
    sources: Vec<String>,
    checked: Option<toml::value::Datetime>,
    confidence: Option<Confidence>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLevel<T> {
    level: T,
    #[serde(default)]
    sources: Vec<String>,
    checked: Option<toml::value::Datetime>,
    confidence: Option<Confidence>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGifts {
    level: Gifts,
    max_count: Option<u32>,
    #[serde(default)]
    sources: Vec<String>,
    checked: Option<toml::value::Datetime>,
    confidence: Option<Confidence>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRelease {
    possible: Possible,
    months: Option<OrUnknown<u32>>,
    #[serde(default)]
    counted_from: Vec<StartEvent>,
    conditions: Option<OrUnknown<Vec<Condition>>>,
    initiators: Option<Vec<Side>>,
    #[serde(default)]
    sources: Vec<String>,
    checked: Option<toml::value::Datetime>,
    confidence: Option<Confidence>,
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawBeforeRelease {
    may_tell: OrUnknown<Vec<Disclosure>>,
    #[serde(default)]
    sources: Vec<String>,
    checked: Option<toml::value::Datetime>,
    confidence: Option<Confidence>,
    note: Option<String>,
}

/// Maps byte offsets to 1-based line numbers.
struct Lines<'a>(&'a str);

impl Lines<'_> {
    fn of(&self, span: Range<usize>) -> usize {
        let end = span.start.min(self.0.len());
        self.0.as_bytes()[..end].iter().filter(|b| **b == b'\n').count() + 1
    }
}

/// The longest period the file may state (50 years): anything longer is a typo.
const MAX_MONTHS: u32 = 600;

pub(crate) fn parse(text: &str) -> Result<RuleBook, RuleFileError> {
    let lines = Lines(text);
    let raw: RawFile = toml::from_str(text)
        .map_err(|e| RuleFileError { line: e.span().map(|s| lines.of(s)), message: e.message().trim().to_owned() })?;
    let mut rules: Vec<Rule> = Vec::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut mains: BTreeMap<String, String> = BTreeMap::new();
    for spanned in raw.rule {
        let rule_line = lines.of(spanned.span());
        let raw_rule = spanned.into_inner();
        let id_line = lines.of(raw_rule.id.span());
        let fail = |line: usize, message: String| RuleFileError { line: Some(line), message };
        let id = RuleId::parse(raw_rule.id.get_ref()).map_err(|e| fail(id_line, format!("{e}")))?;
        if let Some(first) = seen.insert(id.as_str().to_owned(), id_line) {
            return Err(fail(id_line, format!("duplicate id \"{id}\" (first used on line {first})")));
        }
        if raw_rule.name.trim().is_empty() {
            return Err(fail(rule_line, format!("\"{id}\" needs a name")));
        }
        if raw_rule.main {
            if raw_rule.kind != RuleKind::Organisation {
                return Err(fail(id_line, format!("\"{id}\" is not an organisation and cannot be the main registry")));
            }
            let country = id.country().to_string();
            if let Some(other) = mains.insert(country.clone(), id.as_str().to_owned()) {
                return Err(fail(id_line, format!("{country} has two main registries: \"{other}\" and \"{id}\"")));
            }
        }
        let missing: Vec<&str> = [
            ("letters", raw_rule.letters.is_none()),
            ("gifts", raw_rule.gifts.is_none()),
            ("photos", raw_rule.photos.is_none()),
            ("release", raw_rule.release.is_none()),
            ("health_updates", raw_rule.health_updates.is_none()),
            ("before_release", raw_rule.before_release.is_none()),
        ]
        .into_iter()
        .filter_map(|(table, absent)| absent.then_some(table))
        .collect();
        if !missing.is_empty() {
            return Err(fail(
                rule_line,
                format!(
                    "\"{id}\" leaves out {}: state every dimension, as \"unknown\" where the sources are silent \
                     (a dimension left out would let the other side's rules decide alone)",
                    missing.iter().map(|t| format!("[rule.{t}]")).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        let mut terms = Terms::default();
        let mut provenance = Vec::new();
        if let Some(letters) = raw_rule.letters {
            let line = lines.of(letters.span());
            let raw = letters.into_inner();
            terms.letters = Some(letters_of(&raw, line)?);
            provenance.push((Dimension::AnonymousLetters, source(take_source!(raw), line)?));
        }
        if let Some(gifts) = raw_rule.gifts {
            let line = lines.of(gifts.span());
            let raw = gifts.into_inner();
            if raw.max_count == Some(0) {
                return Err(fail(line, "contradiction: at most 0 gifts means gifts are none; say so".into()));
            }
            if raw.max_count.is_some() && raw.level <= Gifts::Unknown {
                return Err(fail(line, "contradiction: a gift count is given but gifts are not allowed".into()));
            }
            terms.max_gifts = raw.max_count;
            provenance.push((Dimension::Gifts, source(take_source!(raw), line)?));
            terms.gifts = Some(raw.level);
        }
        if let Some(photos) = raw_rule.photos {
            let line = lines.of(photos.span());
            let raw = photos.into_inner();
            provenance.push((Dimension::Photos, source(take_source!(raw), line)?));
            terms.photos = Some(raw.level);
        }
        if let Some(release) = raw_rule.release {
            let line = lines.of(release.span());
            let raw = release.into_inner();
            terms.release = Some(release_of(&raw, line)?);
            provenance.push((Dimension::IdentityRelease, source(take_source!(raw), line)?));
        }
        if let Some(updates) = raw_rule.health_updates {
            let line = lines.of(updates.span());
            let raw = updates.into_inner();
            provenance.push((Dimension::HealthUpdates, source(take_source!(raw), line)?));
            terms.health_updates = Some(raw.level);
        }
        if let Some(before) = raw_rule.before_release {
            let line = lines.of(before.span());
            let raw = before.into_inner();
            provenance.push((Dimension::BeforeRelease, source(take_source!(raw), line)?));
            // Not knowing what may be told is read as: nothing may be told.
            terms.may_tell = Some(raw.may_tell.known().unwrap_or_default().into_iter().collect());
        }
        rules.push(Rule {
            id,
            kind: raw_rule.kind,
            main_registry: raw_rule.main,
            name: raw_rule.name.trim().to_owned(),
            terms,
            provenance,
        });
    }
    Ok(RuleBook { rules: rules.into_iter().map(std::sync::Arc::new).collect() })
}

fn source(raw: RawSource, line: usize) -> Result<Provenance, RuleFileError> {
    let fail = |message: &str| RuleFileError { line: Some(line), message: message.to_owned() };
    if raw.sources.is_empty() {
        return Err(fail("missing sources: every stated dimension needs at least one source URL"));
    }
    if let Some(bad) = raw.sources.iter().find(|s| !(s.starts_with("https://") || s.starts_with("http://"))) {
        return Err(RuleFileError { line: Some(line), message: format!("source \"{bad}\" is not an http(s) URL") });
    }
    let Some(checked) = raw.checked else {
        return Err(fail("missing `checked`: the date the sources were read"));
    };
    let checked = match (checked.date, checked.time) {
        (Some(d), None) => NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day)),
        _ => None,
    };
    let Some(checked) = checked else {
        return Err(fail("`checked` must be a plain date such as 2026-11-20"));
    };
    let Some(confidence) = raw.confidence else {
        return Err(fail("missing `confidence`: high, medium or low"));
    };
    Ok(Provenance { sources: raw.sources, checked, confidence, note: raw.note.filter(|n| !n.trim().is_empty()) })
}

fn sides(raw: Option<&Vec<Side>>, line: usize) -> Result<Option<BTreeSet<Side>>, RuleFileError> {
    match raw {
        Some(list) if list.is_empty() => Err(RuleFileError {
            line: Some(line),
            message: "`initiators` must name at least one side (leave it out when the sources do not say)".into(),
        }),
        Some(list) => Ok(Some(list.iter().copied().collect())),
        None => Ok(None),
    }
}

fn letters_of(raw: &RawLetters, line: usize) -> Result<Letters, RuleFileError> {
    let fail = |message: String| RuleFileError { line: Some(line), message };
    let limited = raw.max_per_side.is_some()
        || raw.window_months.is_some()
        || raw.window_from.is_some()
        || !raw.not_before.is_empty()
        || raw.reply_before_next
        || raw.initiators.is_some()
        || raw.max_pages.is_some()
        || raw.max_total.is_some()
        || raw.first_patient_letter_via.is_some()
        || raw.written_consent_first
        || !raw.forbidden_content.is_empty();
    if raw.status != LetterStatus::Allowed && limited {
        return Err(fail(format!(
            "contradiction: letters are {} but limits are given (limits only make sense for allowed letters)",
            match raw.status {
                LetterStatus::Forbidden => "forbidden",
                _ => "unknown",
            }
        )));
    }
    if raw.max_per_side == Some(0) || raw.max_total == Some(0) {
        return Err(fail("contradiction: a quota of 0 letters means letters are forbidden; say so".into()));
    }
    if raw.max_pages == Some(0) {
        return Err(fail("`max_pages` must be at least 1".into()));
    }
    let windows = match (raw.window_months, raw.window_from) {
        (Some(months), Some(from)) if (1..=MAX_MONTHS).contains(&months) => BTreeSet::from([Window { months, from }]),
        (Some(_), Some(_)) => return Err(fail(format!("`window_months` must be between 1 and {MAX_MONTHS}"))),
        (None, None) => BTreeSet::new(),
        _ => return Err(fail("`window_months` and `window_from` go together".into())),
    };
    Ok(Letters {
        status: raw.status,
        max_per_side: raw.max_per_side,
        windows,
        not_before: raw.not_before.iter().copied().collect(),
        reply_before_next: raw.reply_before_next,
        initiators: sides(raw.initiators.as_ref(), line)?,
        max_pages: raw.max_pages,
        max_total: raw.max_total,
        first_patient_letter_via_centre: raw.first_patient_letter_via == Some(Via::TransplantCentre),
        written_consent_first: raw.written_consent_first,
        forbidden_content: raw.forbidden_content.iter().copied().collect(),
    })
}

fn release_of(raw: &RawRelease, line: usize) -> Result<Release, RuleFileError> {
    let fail = |message: String| RuleFileError { line: Some(line), message };
    let initiators = sides(raw.initiators.as_ref(), line)?;
    if raw.possible != Possible::AfterPeriod {
        let word = if raw.possible == Possible::Never { "never" } else { "unknown" };
        if raw.months.is_some() || !raw.counted_from.is_empty() {
            return Err(fail(format!("contradiction: release is {word} but a waiting period is given")));
        }
        if raw.conditions.is_some() || initiators.is_some() {
            return Err(fail(format!("contradiction: release is {word} but conditions or initiators are given")));
        }
        return Ok(Release::plain(raw.possible));
    }
    let Some(months) = &raw.months else {
        return Err(fail("release after a period needs `months` (a number, or \"unknown\")".into()));
    };
    let months = match months {
        OrUnknown::Known(months) => Some(*months),
        OrUnknown::Unknown(_) => None,
    };
    if months.is_some_and(|m| m > MAX_MONTHS) {
        return Err(fail(format!("`months` must be at most {MAX_MONTHS}")));
    }
    if raw.counted_from.is_empty() {
        return Err(fail("release after a period needs `counted_from` (use [\"unknown\"] if not known)".into()));
    }
    let Some(conditions) = &raw.conditions else {
        return Err(fail(
            "release after a period needs `conditions`: a list ([] when the sources say there are none), or \"unknown\""
                .into(),
        ));
    };
    let (conditions, conditions_unknown) = match conditions {
        OrUnknown::Known(list) => (list.iter().copied().collect(), false),
        OrUnknown::Unknown(_) => (BTreeSet::new(), true),
    };
    Ok(Release {
        possible: Possible::AfterPeriod,
        periods: months
            .map(|months| raw.counted_from.iter().map(|&counted_from| Period { months, counted_from }).collect())
            .unwrap_or_default(),
        conditions,
        initiators,
        period_length_unknown: months.is_none(),
        conditions_unknown,
    })
}
