//! Opening any dataset file the app reads, whatever its format: RON through
//! [`crate::data::load`], TimelineJS JSON and CSV through [`crate::data::interop`].

use crate::data::load::{LoadError, read_text};
use crate::data::model::Timeline;
use std::path::Path;

/// Loads and validates a dataset file. Reads only regular files, never more
/// than [`crate::data::load::MAX_FILE_BYTES`], and never blocks on a pipe or
/// device. `.json` and `.csv` files (any case) are read as TimelineJS, anything
/// else as RON.
pub fn load_path(path: &Path) -> Result<Timeline, LoadError> {
    let text = read_text(path)?;
    let format = crate::data::formats::FileFormat::to_open(path);
    crate::data::interop::load_text(&text, &path.display().to_string(), format)
}
