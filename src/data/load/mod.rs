//! Reading a dataset: size check, RON parsing, validation.
//!
//! Never panics on input; every problem comes back with `file:line:column`.

mod checks;
mod event;
pub mod lint;
mod locate;
mod raw;
mod report;
mod speakers;
mod validate;

pub use crate::base::files::ReadError;
use crate::base::files::read_bounded;
pub use crate::data::problem::{LoadError, Problem};
pub(crate) use checks::limits;
pub(crate) use report::MAX_LISTED;

use crate::data::model::Timeline;
use std::path::Path;

/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How deeply values may nest before the parser gives up (keeps the stack safe).
const MAX_NESTING: usize = 64;

/// The dataset that ships inside the binary.
pub const BUNDLED: &str = include_str!("../../../data/india_canada.ron");
/// The name the bundled dataset goes by in messages.
pub const BUNDLED_NAME: &str = "india_canada.ron (bundled)";

/// Loads and validates the dataset shipped inside the binary.
pub fn bundled() -> Result<Timeline, LoadError> {
    load_str(BUNDLED, BUNDLED_NAME)
}

/// The text of a dataset file: a regular file of at most [`MAX_FILE_BYTES`],
/// read without blocking on a pipe or device, and valid UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let bytes = read_bounded(path, MAX_FILE_BYTES)?;
    let name = path.display().to_string();
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.into_bytes()[..offset]).into_owned();
        let (line, column) = locate::line_col(&text, offset);
        LoadError::Invalid(vec![Problem {
            file: name.clone(),
            line,
            column,
            event: None,
            message: "the file is not valid UTF-8 text: save it as UTF-8".to_owned(),
        }])
    })
}

/// Parses and validates dataset text; `name` is used in messages.
pub fn load_str(text: &str, name: &str) -> Result<Timeline, LoadError> {
    // Notepad and Excel start UTF-8 files with a byte-order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .with_recursion_limit(MAX_NESTING);
    let raw: raw::RawTimeline = options.from_str(text).map_err(|e| {
        let (line, column) = (e.span.start.line.max(1), e.span.start.col.max(1));
        LoadError::Invalid(vec![Problem {
            file: name.to_owned(),
            line,
            column,
            event: locate::event_around(text, locate::offset_of(text, line, column)),
            message: parse_message(&e.code),
        }])
    })?;
    validate::validate(raw, name, text).map_err(LoadError::Invalid)
}

fn parse_message(code: &ron::Error) -> String {
    match code {
        ron::Error::ExceededRecursionLimit => {
            format!("values nest more than {MAX_NESTING} levels deep: flatten the structure")
        }
        ron::Error::NoSuchStructField {
            found,
            expected,
            outer,
        } => format!(
            "unknown field `{}`{} (expected one of: {}): check the spelling",
            crate::base::text::shown(found),
            outer
                .as_ref()
                .map(|o| format!(" in `{}`", crate::base::text::shown(o)))
                .unwrap_or_default(),
            expected.join(", ")
        ),
        other => crate::base::text::truncate_chars(&other.to_string(), 300).into_owned(),
    }
}
