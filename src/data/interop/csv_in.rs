//! TimelineJS's Google-Sheets CSV in: rows pulled out into [`Slides`].
//!
//! Columns are found by their header, in any order and case, so a sheet with
//! extra or missing columns still reads. A row of type `title` is the title
//! slide, rows of type `era` are eras, every other non-empty row is an event.
//! Problems are placed at the row's line in the file and the field's column.

use super::dates::{DateParts, Part};
use super::slides::{Field, Locate, Slide, SlideRef, Slides};
use crate::data::problem::Problem;
use std::collections::HashMap;

/// The columns this reader uses, by their normalised header.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Column {
    Year,
    Month,
    Day,
    EndYear,
    EndMonth,
    EndDay,
    Headline,
    Text,
    Media,
    MediaCredit,
    MediaCaption,
    Type,
    Group,
    UniqueId,
}

impl Column {
    /// The column a header names ("End Year", "end_year" → `EndYear`).
    fn of_header(header: &str) -> Option<Self> {
        let key: String = header
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase();
        Some(match key.as_str() {
            "year" => Self::Year,
            "month" => Self::Month,
            "day" => Self::Day,
            "endyear" => Self::EndYear,
            "endmonth" => Self::EndMonth,
            "endday" => Self::EndDay,
            "headline" => Self::Headline,
            "text" => Self::Text,
            "media" => Self::Media,
            "mediacredit" => Self::MediaCredit,
            "mediacaption" => Self::MediaCaption,
            "type" => Self::Type,
            "group" | "tag" => Self::Group,
            "uniqueid" => Self::UniqueId,
            _ => return None,
        })
    }

    /// The column of a field of a slide.
    fn of_field(field: Field) -> Option<Self> {
        Some(match field {
            Field::Slide => return None,
            Field::Headline => Self::Headline,
            Field::Text => Self::Text,
            Field::Media => Self::Media,
            Field::UniqueId => Self::UniqueId,
            Field::Start(Part::Year) => Self::Year,
            Field::Start(Part::Month) => Self::Month,
            Field::Start(Part::Day) => Self::Day,
            Field::End(Part::Year) => Self::EndYear,
            Field::End(Part::Month) => Self::EndMonth,
            Field::End(Part::Day) => Self::EndDay,
        })
    }
}

/// Where each slide's row starts, and where each column is.
pub struct CsvLocator {
    /// 0-based index of each column (the first header that names it).
    columns: HashMap<Column, usize>,
    title: Option<usize>,
    events: Vec<usize>,
    eras: Vec<usize>,
}

impl Locate for CsvLocator {
    fn locate(&self, slide: SlideRef, field: Field) -> (usize, usize) {
        let line = match slide {
            SlideRef::Title => self.title,
            SlideRef::Event(i) => self.events.get(i).copied(),
            SlideRef::Era(i) => self.eras.get(i).copied(),
        };
        let column = Column::of_field(field)
            .and_then(|c| self.columns.get(&c))
            .map_or(1, |i| i + 1);
        (line.unwrap_or(1), column)
    }
}

/// Reads a TimelineJS sheet saved as CSV; `name` names the file in messages.
pub fn read(text: &str, name: &str) -> Result<(Slides, CsvLocator), Vec<Problem>> {
    let problem = |line: usize, message: String| {
        vec![Problem {
            file: name.to_owned(),
            line,
            column: 1,
            event: None,
            message,
        }]
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| problem(1, format!("not a TimelineJS sheet: {e}")))?;
    let mut columns = HashMap::new();
    for (i, header) in headers.iter().enumerate() {
        if let Some(c) = Column::of_header(header) {
            columns.entry(c).or_insert(i);
        }
    }
    if !columns.contains_key(&Column::Year) || !columns.contains_key(&Column::Headline) {
        let message = "not a TimelineJS sheet: the first row must name the columns \
                       (Year, Month, Day, ..., Headline, Text, ..., Type, Group)";
        return Err(problem(1, message.to_owned()));
    }
    let mut slides = Slides::default();
    let mut locator = CsvLocator {
        columns,
        title: None,
        events: Vec::new(),
        eras: Vec::new(),
    };
    let mut lines = LineCounter::new(text);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(1, |p| lines.line_at(p.byte()));
            problem(line, format!("the row cannot be read: {e}"))
        })?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(1, |p| lines.line_at(p.byte()));
        let get = |c: Column| {
            locator
                .columns
                .get(&c)
                .and_then(|&i| record.get(i))
                .unwrap_or_default()
                .to_owned()
        };
        let slide = slide_of(&get);
        match get(Column::Type).trim().to_ascii_lowercase().as_str() {
            "title" if slides.title.is_none() => {
                slides.title = Some(slide);
                locator.title = Some(line);
            }
            "era" => {
                slides.eras.push(slide);
                locator.eras.push(line);
            }
            _ => {
                slides.events.push(slide);
                locator.events.push(line);
            }
        }
    }
    Ok((slides, locator))
}

/// Lines of byte offsets that only grow, counted once: linear in the file.
///
/// The csv crate's own line numbers lag behind after `\r\n` line ends (Google
/// Sheets writes those), so lines are counted here from the record's byte offset.
struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line of the first character at or after `byte` that is not a line end.
    fn line_at(&mut self, byte: u64) -> usize {
        let mut to = (byte as usize).min(self.text.len());
        while matches!(self.text.get(to), Some(b'\r' | b'\n')) {
            to += 1;
        }
        if to >= self.at {
            self.line += self.text[self.at..to]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            self.at = to;
        }
        self.line
    }
}

/// The slide of a row, given how to read a column of it.
fn slide_of(get: &dyn Fn(Column) -> String) -> Slide {
    Slide {
        start: DateParts {
            year: get(Column::Year),
            month: get(Column::Month),
            day: get(Column::Day),
        },
        end: DateParts {
            year: get(Column::EndYear),
            month: get(Column::EndMonth),
            day: get(Column::EndDay),
        },
        headline: get(Column::Headline),
        text: get(Column::Text),
        media_url: get(Column::Media),
        media_credit: get(Column::MediaCredit),
        media_caption: get(Column::MediaCaption),
        group: get(Column::Group),
        unique_id: get(Column::UniqueId),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_found_by_header_and_placed_by_line() {
        let text = "Headline,Year,Month,Type\n\
                    My title,,,title\n\
                    \"Two\nlines\",1999,3,\n\
                    ,,,\n\
                    Era,1990,,era\n";
        let (slides, locator) = read(text, "t.csv").unwrap();
        assert_eq!(slides.title.unwrap().headline, "My title");
        assert_eq!(slides.events.len(), 1);
        assert_eq!(slides.events[0].start.month, "3");
        assert_eq!(slides.eras.len(), 1);
        assert_eq!(
            locator.locate(SlideRef::Event(0), Field::Start(Part::Month)),
            (3, 3)
        );
        assert_eq!(locator.locate(SlideRef::Era(0), Field::Slide), (6, 1));
    }

    #[test]
    fn lines_are_right_after_crlf_line_ends() {
        let text = "Year,Headline\r\n1999,A\r\n2000,\"B\r\nb\"\r\n\r\n2001,C\n2002,D\n";
        let (_, locator) = read(text, "t.csv").unwrap();
        assert_eq!(locator.events, [2, 3, 6, 7]);
    }

    #[test]
    fn a_sheet_without_the_columns_is_refused_at_its_first_line() {
        let problems = read("a,b\n1,2\n", "t.csv").err().unwrap();
        assert_eq!((problems[0].line, problems[0].column), (1, 1));
    }
}
