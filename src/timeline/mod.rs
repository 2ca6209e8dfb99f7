//! From a dataset and a view to a styled scene: the time axis, ticks, layout,
//! and what filters and searches decide is bright.

pub mod compare;
pub(crate) mod density;
pub mod drawing;
pub mod layout;
pub mod list;
pub(crate) mod palette;
pub mod quotes;
pub mod scene;
pub mod search;
pub mod style;
pub(crate) mod ticks;
pub mod view;
pub mod voices;
