//! The bottom layer: nothing here imports the rest of the crate.

pub(crate) mod files;
pub(crate) mod links;
pub mod text;
