//! India–Canada timeline viewer: a RON dataset of events, validated, laid out
//! on a zoomable time axis, painted on screen and exported to SVG, PNG and PDF.
//!
//! The folders are layers, each importing only from those below it:
//!
//! - [`base`]: text escaping, web addresses, bounded reads and atomic writes;
//! - [`data`]: dates, the model, loading and checking, other formats, citations;
//! - [`timeline`]: view math, ticks, layout, the styled scene, search and voices;
//! - [`render`]: the scene on screen (egui), in SVG, PNG and PDF, and fonts;
//! - [`app`] (the window) and [`cli`] (the command line) on top.

/// Loading a large timeline is mostly many small allocations and frees, where
/// mimalloc is much faster than the system allocator (see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

pub mod app;
pub mod base;
pub mod cli;
pub mod data;
pub mod render;
pub mod timeline;
