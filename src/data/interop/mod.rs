//! TimelineJS in and out, and converting between the three formats.
//!
//! Many timelines already exist as TimelineJS JSON or as its Google-Sheets CSV.
//! Reading them into the same validated [`Timeline`] lets the app, `check` and
//! `export` use them unchanged; writing them lets our data go to TimelineJS, and
//! writing RON turns either into a file in our own format. Problems are
//! [`crate::data::problem::Problem`]s placed in the file as written, like the RON loader's.

mod csv_in;
mod dates;
mod html;
mod json_in;
mod ron_out;
mod slides;
mod timelinejs_out;

pub use html::to_text as html_to_text;
pub use ron_out::to_ron;
pub use timelinejs_out::{to_csv, to_json};

use crate::base::text::line_col;
use crate::data::formats::{FileFormat, Use};
use crate::data::load::{LoadError, Problem};
use crate::data::model::Timeline;

/// Parses and validates timeline text in a format; `name` is used in messages.
/// A format that is not a timeline (a picture or a list) is an error.
pub fn load_text(text: &str, name: &str, format: FileFormat) -> Result<Timeline, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let built = match format {
        FileFormat::Ron => return crate::data::load::load_str(text, name),
        FileFormat::TimelineJsJson => json_in::read(text, name)
            .and_then(|(slides, locator)| slides::build(slides, name, &locator)),
        FileFormat::TimelineJsCsv => csv_in::read(text, name)
            .and_then(|(slides, locator)| slides::build(slides, name, &locator)),
        FileFormat::Png
        | FileFormat::Svg
        | FileFormat::Pdf
        | FileFormat::Markdown
        | FileFormat::Csv
        | FileFormat::BibTeX => Err(vec![Problem {
            file: name.to_owned(),
            line: 1,
            column: 1,
            event: None,
            message: format!(
                "a {} is not a timeline: open a {} file",
                format.name(),
                FileFormat::extensions_listed(Use::Open)
            ),
        }]),
    };
    built.map_err(LoadError::Invalid)
}

/// The timeline written in a timeline format; `None` for any other format.
pub fn render(timeline: &Timeline, format: FileFormat) -> Option<String> {
    match format {
        FileFormat::Ron => Some(to_ron(timeline)),
        FileFormat::TimelineJsJson => Some(to_json(timeline)),
        FileFormat::TimelineJsCsv => Some(to_csv(timeline)),
        FileFormat::Png
        | FileFormat::Svg
        | FileFormat::Pdf
        | FileFormat::Markdown
        | FileFormat::Csv
        | FileFormat::BibTeX => None,
    }
}

/// Byte offset of a 1-based line and byte column (as serde_json counts them).
fn offset_of_byte_column(text: &str, line: usize, column: usize) -> usize {
    let line_start = match line {
        0 | 1 => 0,
        n => text
            .match_indices('\n')
            .nth(n - 2)
            .map_or(text.len(), |(i, _)| i + 1),
    };
    (line_start + column.saturating_sub(1)).min(text.len())
}

#[cfg(test)]
mod tests;
