//! The bottom layer: nothing here imports the rest of the crate.

pub(crate) mod files;
pub mod i18n;
pub(crate) mod linkcheck;
pub(crate) mod links;
pub(crate) mod quote_link;
pub mod text;
