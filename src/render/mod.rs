//! Backends that translate a scene: egui's painter on screen, SVG (and from
//! it PNG and PDF) in exports; and the fonts both use.

pub mod export;
pub mod fonts;
pub mod measure;
pub(crate) mod paint;

#[cfg(test)]
mod tests;
