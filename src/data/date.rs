//! Dates as the sources give them: a day, a month or only a year.
//!
//! An event known only to the month must not be drawn as if it happened on the
//! first of that month, so every date keeps its precision, and turns into the
//! whole span of days it may stand for.

use crate::base::i18n::Lang;
use chrono::{Datelike, NaiveDate};
use std::fmt;

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to the day, the month or the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u32>,
    day: Option<u32>,
    /// First day covered and the day after the last, computed once: layout asks
    /// for them for every visible event in every frame.
    first: Day,
    end: Day,
}

/// Why a date string was refused.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date: write \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\"")]
    Format(String),
    #[error("`{0}` does not exist in the calendar")]
    Impossible(String),
}

/// Days since 1970-01-01 (negative before). The unit of time everywhere in the app.
pub type Day = i64;

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTH_NAME: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn unix_epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("1970-01-01 is a valid date")
}

/// Day number of a calendar date.
pub fn day_from_date(date: NaiveDate) -> Day {
    (date - unix_epoch()).num_days()
}

/// Calendar date of a day number; `None` far outside chrono's range.
pub fn date_from_day(day: Day) -> Option<NaiveDate> {
    unix_epoch().checked_add_signed(chrono::TimeDelta::try_days(day)?)
}

/// Full English month name, 1-based ("January").
pub fn month_name(month: u32) -> &'static str {
    MONTH_NAME[(month.clamp(1, 12) - 1) as usize]
}

/// Abbreviated English month name, 1-based ("Jan").
pub fn month_abbr(month: u32) -> &'static str {
    MONTH_ABBR[(month.clamp(1, 12) - 1) as usize]
}

impl PartialDate {
    /// Parses `"YYYY-MM-DD"`, `"YYYY-MM"` or `"YYYY"` (four-digit years only).
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let format_err = || DateError::Format(crate::base::text::shown(text));
        let parts: Vec<&str> = text.split('-').collect();
        let widths_ok = match parts.as_slice() {
            [y] => y.len() == 4,
            [y, m] => y.len() == 4 && m.len() == 2,
            [y, m, d] => y.len() == 4 && m.len() == 2 && d.len() == 2,
            _ => false,
        };
        if !widths_ok || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(format_err());
        }
        let num = |s: &str| s.parse::<u32>().map_err(|_| format_err());
        let year = num(parts[0])? as i32;
        let month = parts.get(1).map(|m| num(m)).transpose()?;
        let day = parts.get(2).map(|d| num(d)).transpose()?;
        let impossible = || DateError::Impossible(text.to_owned());
        if let Some(m) = month
            && !(1..=12).contains(&m)
        {
            return Err(impossible());
        }
        if let (Some(m), Some(d)) = (month, day)
            && NaiveDate::from_ymd_opt(year, m, d).is_none()
        {
            return Err(impossible());
        }
        Ok(Self::new(year, month, day))
    }

    fn new(year: i32, month: Option<u32>, day: Option<u32>) -> Self {
        let mut date = Self {
            year,
            month,
            day,
            first: 0,
            end: 0,
        };
        date.first = day_from_date(date.first_date());
        date.end = day_from_date(date.last_date()) + 1;
        date
    }

    /// A date known to the day.
    pub fn from_naive(date: NaiveDate) -> Self {
        Self::new(date.year(), Some(date.month()), Some(date.day()))
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month (1–12), when known.
    pub fn month(&self) -> Option<u32> {
        self.month
    }

    /// The day of the month, when known.
    pub fn day(&self) -> Option<u32> {
        self.day
    }

    /// The first calendar day this date may stand for.
    pub fn first_date(&self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
            .expect("validated on parse")
    }

    /// The last calendar day this date may stand for.
    pub fn last_date(&self) -> NaiveDate {
        match (self.month, self.day) {
            (Some(_), Some(_)) => self.first_date(),
            (Some(m), None) => {
                let (ny, nm) = if m == 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, m + 1)
                };
                NaiveDate::from_ymd_opt(ny, nm, 1).expect("valid") - chrono::TimeDelta::days(1)
            }
            _ => NaiveDate::from_ymd_opt(self.year, 12, 31).expect("valid"),
        }
    }

    /// First day covered, as a day number.
    pub fn first_day(&self) -> Day {
        self.first
    }

    /// Day after the last day covered (exclusive end), as a day number.
    pub fn end_day_exclusive(&self) -> Day {
        self.end
    }

    /// The date as a reader says it: "18 June 2023", "June 2023", "2023".
    pub fn long(&self) -> String {
        self.long_in(Lang::En)
    }

    /// The date in a language's words: "18 juin 2023", "जून 2023", "2023".
    pub fn long_in(&self, lang: Lang) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", lang.month_name(m), self.year),
            (Some(m), None) => format!("{} {}", lang.month_name(m), self.year),
            _ => self.year.to_string(),
        }
    }

    /// Compact form: "18 Jun 2023", "Jun 2023", "2023".
    pub fn short(&self) -> String {
        self.short_in(Lang::En)
    }

    /// Compact form in a language's words: "18 juin 2023", "juin 2023".
    pub fn short_in(&self, lang: Lang) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", lang.month_abbr(m), self.year),
            (Some(m), None) => format!("{} {}", lang.month_abbr(m), self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for PartialDate {
    /// The canonical data form: "2023-06-18", "2023-06" or "2023".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// A date or a span of dates as a reader says it, merging what the two ends share:
/// "6–7 Feb 2026", "27 Feb – 2 Mar 2026", "June 2023", "Sep 2025 – Jan 2026".
pub fn format_range(start: &PartialDate, end: Option<&PartialDate>) -> String {
    format_range_in(start, end, Lang::En)
}

/// [`format_range`] in a language's words.
pub fn format_range_in(start: &PartialDate, end: Option<&PartialDate>, lang: Lang) -> String {
    let month_abbr = |m| lang.month_abbr(m);
    let Some(end) = end.filter(|e| *e != start) else {
        return start.long_in(lang);
    };
    let both_days = start.precision() == Precision::Day && end.precision() == Precision::Day;
    if both_days && start.year == end.year {
        let (sm, em) = (start.month.unwrap_or(1), end.month.unwrap_or(1));
        let (sd, ed) = (start.day.unwrap_or(1), end.day.unwrap_or(1));
        if sm == em {
            return format!("{sd}–{ed} {} {}", month_abbr(sm), start.year);
        }
        return format!(
            "{sd} {} – {ed} {} {}",
            month_abbr(sm),
            month_abbr(em),
            start.year
        );
    }
    format!("{} – {}", start.short_in(lang), end.short_in(lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(
            PartialDate::parse("2023-06-18").unwrap().precision(),
            Precision::Day
        );
        assert_eq!(
            PartialDate::parse("2023-06").unwrap().precision(),
            Precision::Month
        );
        assert_eq!(
            PartialDate::parse("2023").unwrap().precision(),
            Precision::Year
        );
    }

    #[test]
    fn refuses_bad_and_impossible_dates() {
        for bad in [
            "",
            "23-06-18",
            "2023/06/18",
            "2023-6-18",
            "2023-06-18T00",
            "abcd",
        ] {
            assert!(
                matches!(PartialDate::parse(bad), Err(DateError::Format(_))),
                "{bad}"
            );
        }
        for bad in [
            "2025-02-30",
            "2023-13",
            "2023-00-10",
            "2023-04-31",
            "2023-02-29",
        ] {
            assert!(
                matches!(PartialDate::parse(bad), Err(DateError::Impossible(_))),
                "{bad}"
            );
        }
        assert!(PartialDate::parse("2024-02-29").is_ok(), "leap day");
    }

    #[test]
    fn month_and_year_cover_all_their_days() {
        let m = PartialDate::parse("2024-02").unwrap();
        assert_eq!(m.end_day_exclusive() - m.first_day(), 29);
        let y = PartialDate::parse("2023").unwrap();
        assert_eq!(y.end_day_exclusive() - y.first_day(), 365);
        let d = PartialDate::parse("2023-12-31").unwrap();
        assert_eq!(d.end_day_exclusive() - d.first_day(), 1);
        let dec = PartialDate::parse("2023-12").unwrap();
        assert_eq!(
            dec.last_date(),
            NaiveDate::from_ymd_opt(2023, 12, 31).unwrap()
        );
    }

    #[test]
    fn day_numbers_round_trip() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 6).unwrap();
        assert_eq!(date_from_day(day_from_date(d)), Some(d));
        assert_eq!(day_from_date(unix_epoch()), 0);
    }

    #[test]
    fn canonical_form_round_trips() {
        for s in ["2023-06-18", "2023-06", "2023"] {
            assert_eq!(PartialDate::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn ranges_read_naturally() {
        let p = |s| PartialDate::parse(s).unwrap();
        assert_eq!(
            format_range(&p("2026-02-06"), Some(&p("2026-02-07"))),
            "6–7 Feb 2026"
        );
        assert_eq!(
            format_range(&p("2026-02-27"), Some(&p("2026-03-02"))),
            "27 Feb – 2 Mar 2026"
        );
        assert_eq!(format_range(&p("2023-06"), None), "June 2023");
        assert_eq!(format_range(&p("2023-06-18"), None), "18 June 2023");
        assert_eq!(
            format_range(&p("2025-09"), Some(&p("2026-01"))),
            "Sep 2025 – Jan 2026"
        );
    }
}
