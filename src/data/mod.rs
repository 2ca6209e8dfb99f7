//! The dataset: dates as sources give them, the validated model, reading and
//! checking files in every format the app knows, and what is derived from the
//! data alone (citations, differences between two versions).

pub mod cite;
pub mod date;
pub mod diff;
pub mod formats;
pub mod generate;
pub mod interop;
pub mod load;
pub mod model;
pub mod open;
pub(crate) mod problem;
