//! TimelineJS dates (year, month and day as separate fields) to [`PartialDate`].
//!
//! TimelineJS leaves out what it does not know: a missing day makes a date known
//! to the month, a missing month one known to the year, which is exactly our
//! precision. What our model cannot show (years before 1 or after 9999, month 13,
//! day 32, words) is refused with the part at fault, so that the problem can be
//! placed on that field.

use crate::data::date::{PartialDate, Precision};

/// The date fields of a slide, as written (numbers already turned into text).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DateParts {
    pub year: String,
    pub month: String,
    pub day: String,
}

/// Which field a date problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Year,
    Month,
    Day,
}

/// A date that cannot be read or shown, and the field at fault.
#[derive(Clone, Debug, PartialEq)]
pub struct DateProblem {
    pub part: Part,
    pub message: String,
}

impl DateParts {
    /// Whether no field is filled in.
    pub fn is_empty(&self) -> bool {
        [&self.year, &self.month, &self.day]
            .iter()
            .all(|p| p.trim().is_empty())
    }

    /// The fields of a date, leaving out what it does not know.
    pub fn of(date: &PartialDate) -> Self {
        let first = date.first_date();
        let precision = date.precision();
        let month = precision >= Precision::Month;
        let day = precision == Precision::Day;
        use chrono::Datelike;
        Self {
            year: date.year().to_string(),
            month: if month {
                first.month().to_string()
            } else {
                String::new()
            },
            day: if day {
                first.day().to_string()
            } else {
                String::new()
            },
        }
    }

    /// The date these fields give; `None` when the year is empty (no date).
    pub fn to_date(&self) -> Result<Option<PartialDate>, DateProblem> {
        let year = number(&self.year, Part::Year)?;
        let month = number(&self.month, Part::Month)?;
        let day = number(&self.day, Part::Day)?;
        let Some(year) = year else {
            return match (month, day) {
                (None, None) => Ok(None),
                (Some(_), _) => Err(problem(Part::Month, "a month without a year")),
                (None, Some(_)) => Err(problem(Part::Day, "a day without a year")),
            };
        };
        if !(1..=9999).contains(&year) {
            let message = format!("year {year} cannot be shown: use a year from 1 to 9999");
            return Err(problem(Part::Year, &message));
        }
        if let Some(m) = month.filter(|m| !(1..=12).contains(m)) {
            let message = format!("month {m} does not exist: use 1 to 12");
            return Err(problem(Part::Month, &message));
        }
        if let Some(d) = day.filter(|d| !(1..=31).contains(d)) {
            let message = format!("day {d} does not exist: use 1 to 31");
            return Err(problem(Part::Day, &message));
        }
        let text = match (month, day) {
            (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year:04}-{m:02}"),
            (None, None) => format!("{year:04}"),
            (None, Some(_)) => return Err(problem(Part::Day, "a day without a month")),
        };
        PartialDate::parse(&text)
            .map(Some)
            .map_err(|e| DateProblem {
                part: Part::Day,
                message: e.to_string(),
            })
    }
}

fn problem(part: Part, message: &str) -> DateProblem {
    DateProblem {
        part,
        message: message.to_owned(),
    }
}

/// A whole number in a date field; `None` when the field is empty.
fn number(text: &str, part: Part) -> Result<Option<i64>, DateProblem> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let parsed =
        if digits.is_empty() || digits.len() > 12 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            None
        } else {
            text.trim_start_matches('+').parse::<i64>().ok()
        };
    parsed.map(Some).ok_or_else(|| DateProblem {
        part,
        message: format!(
            "`{}` is not a number",
            crate::base::text::shown(&crate::base::text::truncate_chars(text, 40))
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(year: &str, month: &str, day: &str) -> DateParts {
        DateParts {
            year: year.into(),
            month: month.into(),
            day: day.into(),
        }
    }

    #[test]
    fn missing_parts_give_the_precision() {
        let d = parts("1943", "7", "").to_date().unwrap().unwrap();
        assert_eq!(
            (d.precision(), d.to_string()),
            (Precision::Month, "1943-07".into())
        );
        let d = parts(" 1951 ", "", "").to_date().unwrap().unwrap();
        assert_eq!(
            (d.precision(), d.to_string()),
            (Precision::Year, "1951".into())
        );
        let d = parts("1815", "12", "10").to_date().unwrap().unwrap();
        assert_eq!(
            (d.precision(), d.to_string()),
            (Precision::Day, "1815-12-10".into())
        );
        assert_eq!(parts("", "", "").to_date(), Ok(None));
    }

    #[test]
    fn fields_round_trip_with_their_precision() {
        for text in ["2023-06-18", "2023-06", "0800"] {
            let date = PartialDate::parse(text).unwrap();
            assert_eq!(DateParts::of(&date).to_date(), Ok(Some(date)));
        }
        let month = DateParts::of(&PartialDate::parse("2024-02").unwrap());
        assert_eq!(month, parts("2024", "2", ""));
    }

    #[test]
    fn dates_that_cannot_be_shown_name_their_part() {
        let part = |p: DateParts| p.to_date().unwrap_err().part;
        assert_eq!(part(parts("-500", "", "")), Part::Year);
        assert_eq!(part(parts("0", "", "")), Part::Year);
        assert_eq!(part(parts("10000", "", "")), Part::Year);
        assert_eq!(part(parts("1999", "13", "")), Part::Month);
        assert_eq!(part(parts("1999", "1", "32")), Part::Day);
        assert_eq!(part(parts("1999", "2", "30")), Part::Day);
        assert_eq!(part(parts("1999", "", "3")), Part::Day);
        assert_eq!(part(parts("nineteen", "", "")), Part::Year);
        assert_eq!(part(parts("1999", "Jan", "")), Part::Month);
        assert_eq!(part(parts("", "4", "")), Part::Month);
        let message = parts("1999", "13", "").to_date().unwrap_err().message;
        assert!(message.contains("month 13"), "{message}");
    }
}
