//! How long identities are kept after the contact ended: each organisation may set a retention period in
//! months, counted from the closing of a case. A person is erased once every case they take part in is
//! closed and the period has passed since the last of those closings (ADR 0019). Without a period, or
//! while any of their cases is open, they are kept (and erased only on request).

use chrono::{DateTime, Months, NaiveDate, Utc};

/// The longest period an organisation may set: fifty years.
pub const MAX_RETENTION_MONTHS: u32 = 600;

/// The day from which a person whose cases closed at `closings` (`None`: still open) may be erased under
/// a retention period of `months`; `None` when they are to be kept.
pub fn erasure_due_on(closings: &[Option<DateTime<Utc>>], months: Option<u32>) -> Option<NaiveDate> {
    let months = months?;
    if closings.is_empty() {
        return None;
    }
    let last = closings.iter().copied().collect::<Option<Vec<_>>>()?.into_iter().max()?;
    last.date_naive().checked_add_months(Months::new(months))
}

/// Whether the person is to be erased on `today` (see [`erasure_due_on`]).
pub fn erasure_due(closings: &[Option<DateTime<Utc>>], months: Option<u32>, today: NaiveDate) -> bool {
    erasure_due_on(closings, months).is_some_and(|due| due <= today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(day: &str) -> Option<DateTime<Utc>> {
        day.parse::<NaiveDate>().ok().and_then(|d| d.and_hms_opt(12, 0, 0)).map(|t| t.and_utc())
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap_or_default()
    }

    #[test]
    fn the_period_runs_from_the_last_closing() {
        let closings = [at("2020-03-01"), at("2021-06-15")];
        assert_eq!(erasure_due_on(&closings, Some(24)), Some(day("2023-06-15")));
        assert!(!erasure_due(&closings, Some(24), day("2023-06-14")));
        assert!(erasure_due(&closings, Some(24), day("2023-06-15")));
    }

    #[test]
    fn an_open_case_or_no_period_keeps_the_person() {
        assert!(!erasure_due(&[at("2010-01-01"), None], Some(12), day("2030-01-01")));
        assert!(!erasure_due(&[at("2010-01-01")], None, day("2030-01-01")));
        assert!(!erasure_due(&[], Some(12), day("2030-01-01")), "a person in no case is not this rule's");
    }

    #[test]
    fn month_ends_stay_in_their_month() {
        assert_eq!(erasure_due_on(&[at("2024-01-31")], Some(1)), Some(day("2024-02-29")));
    }
}
