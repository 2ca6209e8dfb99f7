//! Text widths without a window: a headless egui context with the app's fonts,
//! so that exports are laid out with exactly the metrics of the screen.

use egui::{Color32, FontId, RawInput};

/// Measures text in the app's proportional font.
pub struct Measurer {
    ctx: egui::Context,
}

impl Default for Measurer {
    fn default() -> Self {
        Self::new()
    }
}

impl Measurer {
    pub fn new() -> Self {
        let ctx = egui::Context::default();
        crate::render::fonts::install(&ctx);
        // Fonts are loaded at the start of a pass; nothing renders its textures.
        let mut output = ctx.run_ui(RawInput::default(), |_| {});
        output.textures_delta.clear();
        Self { ctx }
    }

    /// Width in points of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.ctx.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), FontId::proportional(size), Color32::WHITE)
                .size()
                .x
        })
    }
}
