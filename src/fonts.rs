//! Fonts shipped inside the binary, so the app and its exports look the same
//! on every machine and never meet a missing glyph.

use egui::{FontDefinitions, FontFamily};

/// The text face of labels on screen and in exports.
pub const TEXT_FONT: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;
/// Fallback for arrows, bullets and other symbols the text face lacks.
pub const SYMBOL_FONT: &[u8] = epaint_default_fonts::HACK_REGULAR;
/// Family name of [`TEXT_FONT`], as SVG exports refer to it.
pub const TEXT_FAMILY: &str = "Ubuntu";

/// egui's default fonts plus a symbol fallback for proportional text.
pub fn definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    let proportional = fonts.families.entry(FontFamily::Proportional).or_default();
    for name in ["Hack"] {
        if !proportional.iter().any(|f| f == name) {
            proportional.push(name.to_owned());
        }
    }
    fonts
}

/// Installs [`definitions`] in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}
