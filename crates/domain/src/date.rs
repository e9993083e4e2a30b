//! Dates that enter from outside (the API, the command line, a coordinator's form). One rule for all of
//! them: a mistyped year (`0225`, `20255`) would move every waiting period by centuries, so a year outside
//! 1900–2100 is refused wherever a date is typed, and a day that has happened cannot lie after today.

use chrono::{Datelike, NaiveDate};

use crate::ParseError;

/// The first year a date may have.
pub const EARLIEST_YEAR: i32 = 1900;
/// The last year a date may have.
pub const LATEST_YEAR: i32 = 2100;

/// `date` when its year lies between [`EARLIEST_YEAR`] and [`LATEST_YEAR`]; `what` names the value in the
/// error.
pub fn in_range(date: NaiveDate, what: &'static str) -> Result<NaiveDate, ParseError> {
    if (EARLIEST_YEAR..=LATEST_YEAR).contains(&date.year()) {
        Ok(date)
    } else {
        Err(ParseError::new(what, "the year must be between 1900 and 2100"))
    }
}

/// The day something happened (a donation, a transplant, a birth): in range and not after `today`.
pub fn in_past(date: NaiveDate, today: NaiveDate, what: &'static str) -> Result<NaiveDate, ParseError> {
    let date = in_range(date, what)?;
    if date > today {
        return Err(ParseError::new(what, "must not be after today"));
    }
    Ok(date)
}

/// Parses `YYYY-MM-DD` (surrounding spaces allowed) into a date in range.
pub fn parse(text: &str, what: &'static str) -> Result<NaiveDate, ParseError> {
    let date = text.trim().parse::<NaiveDate>().map_err(|_| ParseError::new(what, "must be of the form YYYY-MM-DD"))?;
    in_range(date, what)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn years_from_1900_to_2100_are_accepted_and_no_others() {
        assert_eq!(in_range(day(1900, 1, 1), "date"), Ok(day(1900, 1, 1)));
        assert_eq!(in_range(day(2100, 12, 31), "date"), Ok(day(2100, 12, 31)));
        for bad in [day(1899, 12, 31), day(2101, 1, 1), day(225, 3, 1), day(0, 1, 1), day(-5, 1, 1)] {
            assert!(in_range(bad, "date").is_err(), "{bad}");
        }
    }

    #[test]
    fn a_past_day_may_be_today_but_not_tomorrow() {
        let today = day(2026, 6, 15);
        assert_eq!(in_past(today, today, "date"), Ok(today));
        let tomorrow = in_past(day(2026, 6, 16), today, "collection date");
        assert_eq!(tomorrow, Err(ParseError::new("collection date", "must not be after today")));
        assert!(in_past(day(1850, 1, 1), today, "date").is_err());
    }

    #[test]
    fn text_is_parsed_strictly_and_checked_for_its_year() {
        assert_eq!(parse(" 2025-03-01 ", "date"), Ok(day(2025, 3, 1)));
        for bad in ["2025-13-01", "01.03.2025", "", "0225-03-01", "+20255-03-01", "2101-01-01"] {
            assert!(parse(bad, "date").is_err(), "{bad}");
        }
    }
}
