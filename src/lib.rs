//! India–Canada timeline viewer: a RON dataset of events, validated, laid out
//! on a zoomable time axis, painted on screen and exported to SVG and PNG.
//!
//! Data flows one way: [`load`] → [`model`] → view math → layout → scene →
//! painter or export.

/// Loading a large timeline is mostly many small allocations and frees, where
/// mimalloc is much faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod app;
pub mod cite;
pub mod cli;
pub mod compare;
pub mod date;
pub mod density;
pub mod diff;
pub mod export;
pub mod fonts;
pub mod generate;
pub mod interop;
pub mod layout;
pub mod links;
pub mod load;
pub mod measure;
pub mod model;
pub mod paint;
pub mod palette;
pub mod quotes;
pub mod scene;
pub mod search;
pub mod style;
pub mod text;
pub mod ticks;
pub mod view;
pub mod voices;
pub mod watch;
