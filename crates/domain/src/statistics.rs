//! Figures an organisation reports about its contact service, with small-number suppression: a count of
//! 1 to 4 could point at one donor or patient, so it is shown as `<5`, and a median or percentile taken
//! from fewer than 5 values is not shown at all (docs/adr/0017-statistics.md). Zero is shown: "nothing
//! happened" identifies nobody.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Serialize, Serializer};

use crate::ParseError;

/// The smallest count shown as a number (besides zero), and the fewest values a median is taken from.
pub const SMALLEST_SHOWN: u64 = 5;

/// A count as it may be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    /// Zero, or at least [`SMALLEST_SHOWN`].
    Shown(u64),
    /// Between 1 and 4: too few to show.
    Suppressed,
}

impl Count {
    /// The publishable form of `n`.
    pub const fn of(n: u64) -> Self {
        if n == 0 || n >= SMALLEST_SHOWN { Self::Shown(n) } else { Self::Suppressed }
    }

    /// Counts the items of an iterator.
    pub fn of_len(items: impl IntoIterator) -> Self {
        Self::of(items.into_iter().count() as u64)
    }

    /// The number, when it may be shown.
    pub const fn shown(self) -> Option<u64> {
        match self {
            Self::Shown(n) => Some(n),
            Self::Suppressed => None,
        }
    }
}

/// `<5` for a suppressed count (JSON, CSV); pages show their own words for it.
pub const SUPPRESSED_TEXT: &str = "<5";

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Shown(n) => write!(f, "{n}"),
            Self::Suppressed => f.write_str(SUPPRESSED_TEXT),
        }
    }
}

/// A number, or the string `"<5"`.
impl Serialize for Count {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::Shown(n) => serializer.serialize_u64(*n),
            Self::Suppressed => serializer.serialize_str(SUPPRESSED_TEXT),
        }
    }
}

/// Counts under names, in a fixed order (names first given, then names as they come); published only as
/// [`Count`]s.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Tally(Vec<(String, u64)>);

impl Tally {
    /// A tally with these names at zero, in this order.
    pub fn with_names<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        Self(names.into_iter().map(|n| (n.to_owned(), 0)).collect())
    }

    /// Counts one more under `name`.
    pub fn add(&mut self, name: &str) {
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some((_, count)) => *count += 1,
            None => self.0.push((name.to_owned(), 1)),
        }
    }

    /// The count under `name`.
    pub fn get(&self, name: &str) -> Count {
        Count::of(self.0.iter().find(|(n, _)| n == name).map_or(0, |(_, c)| *c))
    }

    /// All counted together.
    pub fn total(&self) -> Count {
        Count::of(self.0.iter().map(|(_, c)| c).sum())
    }

    /// Each name with its count, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Count)> {
        self.0.iter().map(|(n, c)| (n.as_str(), Count::of(*c)))
    }
}

/// An object from names to counts.
impl Serialize for Tally {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter())
    }
}

/// How a duration (or any measure) spreads over its cases: how many, the median and the 90th percentile
/// (nearest rank), rounded to a tenth; the median and percentile only from at least [`SMALLEST_SHOWN`]
/// values.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    /// How many values.
    pub count: Count,
    /// The middle value.
    pub median: Option<f64>,
    /// The value 90 % of cases do not exceed.
    pub p90: Option<f64>,
}

impl Spread {
    /// The spread of `values` (in any order; values that are not numbers are left out).
    pub fn of(mut values: Vec<f64>) -> Self {
        values.retain(|v| v.is_finite());
        values.sort_by(f64::total_cmp);
        let n = values.len();
        let count = Count::of(n as u64);
        if (n as u64) < SMALLEST_SHOWN {
            return Self { count, median: None, p90: None };
        }
        let median = if n % 2 == 1 { values[n / 2] } else { (values[n / 2 - 1] + values[n / 2]) / 2.0 };
        // Nearest rank: the smallest value with at least 90 % of the values at or below it.
        let rank = (n * 9).div_ceil(10).max(1);
        Self { count, median: Some(tenths(median)), p90: Some(tenths(values[rank - 1])) }
    }
}

/// The mean of `total` over `cases`, rounded to a hundredth; `None` from fewer than [`SMALLEST_SHOWN`] cases.
pub fn mean(total: u64, cases: u64) -> Option<f64> {
    (cases >= SMALLEST_SHOWN).then(|| (total as f64 / cases as f64 * 100.0).round() / 100.0)
}

fn tenths(value: f64) -> f64 {
    (value * 10.0).round() / 10.0
}

/// Hours from `start` to `end` (negative when `end` is earlier).
pub fn hours_between(start: DateTime<Utc>, end: DateTime<Utc>) -> f64 {
    (end - start).num_seconds() as f64 / 3600.0
}

/// The days a report covers, both included (UTC); either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Period {
    /// The first day.
    pub from: Option<NaiveDate>,
    /// The last day.
    pub to: Option<NaiveDate>,
}

impl Period {
    /// Parses `from` and `to` (`YYYY-MM-DD`, empty for open); `from` must not lie after `to`.
    pub fn parse(from: Option<&str>, to: Option<&str>) -> Result<Self, ParseError> {
        let day = |text: Option<&str>, what| match text.map(str::trim).filter(|t| !t.is_empty()) {
            Some(t) => crate::date::parse(t, what).map(Some),
            None => Ok(None),
        };
        let period = Self { from: day(from, "from")?, to: day(to, "to")? };
        if let (Some(from), Some(to)) = (period.from, period.to)
            && from > to
        {
            return Err(ParseError::new("from", "must not be after to"));
        }
        Ok(period)
    }

    /// Whether `at` falls on one of the period's days.
    pub fn contains(&self, at: DateTime<Utc>) -> bool {
        let day = at.date_naive();
        self.from.is_none_or(|from| day >= from) && self.to.is_none_or(|to| day <= to)
    }
}

/// The month of `at`, as `YYYY-MM`.
pub fn month_of(at: DateTime<Utc>) -> String {
    at.format("%Y-%m").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_to_four_are_suppressed_and_zero_and_five_shown() {
        assert_eq!(Count::of(0), Count::Shown(0));
        for n in 1..=4 {
            assert_eq!(Count::of(n), Count::Suppressed, "{n}");
        }
        assert_eq!(Count::of(5), Count::Shown(5));
        assert_eq!(Count::of(120).shown(), Some(120));
        assert_eq!(Count::of_len([1, 2, 3]), Count::Suppressed);
    }

    #[test]
    fn counts_serialize_as_numbers_or_the_suppression_mark() {
        assert_eq!(serde_json::to_string(&Count::of(7)).unwrap(), "7");
        assert_eq!(serde_json::to_string(&Count::of(0)).unwrap(), "0");
        assert_eq!(serde_json::to_string(&Count::of(3)).unwrap(), "\"<5\"");
        assert_eq!(Count::of(3).to_string(), "<5");
    }

    #[test]
    fn a_tally_keeps_its_order_and_publishes_counts() {
        let mut tally = Tally::with_names(["delivered", "returned"]);
        for _ in 0..6 {
            tally.add("delivered");
        }
        tally.add("returned");
        tally.add("withdrawn");
        let names: Vec<_> = tally.iter().map(|(n, _)| n).collect();
        assert_eq!(names, ["delivered", "returned", "withdrawn"]);
        assert_eq!(
            (tally.get("delivered"), tally.get("returned"), tally.get("rejected")),
            (Count::Shown(6), Count::Suppressed, Count::Shown(0))
        );
        assert_eq!(tally.total(), Count::Shown(8));
        assert_eq!(serde_json::to_string(&tally).unwrap(), r#"{"delivered":6,"returned":"<5","withdrawn":"<5"}"#);
    }

    #[test]
    fn a_spread_needs_five_values() {
        let few = Spread::of(vec![1.0, 2.0, 3.0, 4.0]);
        assert_eq!(few, Spread { count: Count::Suppressed, median: None, p90: None });
        assert_eq!(Spread::of(Vec::new()).count, Count::Shown(0));
    }

    #[test]
    fn median_and_nearest_rank_p90() {
        let odd = Spread::of(vec![5.0, 1.0, 3.0, 2.0, 4.0]);
        assert_eq!((odd.median, odd.p90), (Some(3.0), Some(5.0)));
        let ten: Vec<f64> = (1..=10).map(f64::from).rev().collect();
        let even = Spread::of(ten);
        assert_eq!((even.count, even.median, even.p90), (Count::Shown(10), Some(5.5), Some(9.0)));
        let twenty = Spread::of((1..=20).map(f64::from).collect());
        assert_eq!(twenty.p90, Some(18.0));
        assert_eq!(Spread::of(vec![1.04, 1.04, 1.04, 1.04, 1.04]).median, Some(1.0), "rounded to tenths");
    }

    #[test]
    fn a_mean_needs_five_cases() {
        assert_eq!(mean(3, 4), None);
        assert_eq!(mean(7, 5), Some(1.4));
        assert_eq!(mean(0, 6), Some(0.0));
    }

    #[test]
    fn periods_parse_and_contain_their_end_days() {
        let p = Period::parse(Some("2026-03-01"), Some(" 2026-03-31 ")).unwrap();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        assert!(p.contains(at("2026-03-01T00:00:00Z")) && p.contains(at("2026-03-31T23:59:59Z")));
        assert!(!p.contains(at("2026-02-28T23:59:59Z")) && !p.contains(at("2026-04-01T00:00:00Z")));
        assert_eq!(Period::parse(None, Some("")).unwrap(), Period::default());
        assert!(Period::parse(Some("2026-04-01"), Some("2026-03-01")).is_err(), "from after to");
        assert!(Period::parse(Some("March"), None).is_err());
        assert!(Period::parse(None, Some("2026-02-30")).is_err());
        assert!(Period::parse(Some("0226-01-01"), None).is_err(), "year out of range");
        assert_eq!(month_of(at("2026-03-31T23:59:59Z")), "2026-03");
    }
}
