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

use crate::data::load::LoadError;
use crate::data::model::Timeline;
use std::path::Path;

/// The formats a timeline file can be in, told by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Our own format (`data/FORMAT.md`).
    Ron,
    /// TimelineJS JSON (`.json`).
    TimelineJsJson,
    /// TimelineJS's Google-Sheets template saved as CSV (`.csv`).
    TimelineJsCsv,
}

impl Format {
    /// The format an extension names (any case): `.ron`, `.json` or `.csv`.
    pub fn of_extension(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "ron" => Some(Self::Ron),
            "json" => Some(Self::TimelineJsJson),
            "csv" => Some(Self::TimelineJsCsv),
            _ => None,
        }
    }

    /// The format a file is read as: by extension, RON for anything else.
    pub fn of_path(path: &Path) -> Self {
        Self::of_extension(path).unwrap_or(Self::Ron)
    }

    /// Whether the format is TimelineJS's rather than ours.
    pub fn is_timelinejs(self) -> bool {
        self != Self::Ron
    }
}

/// Parses and validates timeline text in a format; `name` is used in messages.
pub fn load_text(text: &str, name: &str, format: Format) -> Result<Timeline, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let built = match format {
        Format::Ron => return crate::data::load::load_str(text, name),
        Format::TimelineJsJson => json_in::read(text, name)
            .and_then(|(slides, locator)| slides::build(slides, name, &locator)),
        Format::TimelineJsCsv => csv_in::read(text, name)
            .and_then(|(slides, locator)| slides::build(slides, name, &locator)),
    };
    built.map_err(LoadError::Invalid)
}

/// The timeline written in a format.
pub fn render(timeline: &Timeline, format: Format) -> String {
    match format {
        Format::Ron => to_ron(timeline),
        Format::TimelineJsJson => to_json(timeline),
        Format::TimelineJsCsv => to_csv(timeline),
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let mut at = offset.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
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
