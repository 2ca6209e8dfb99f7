//! Colours shared by the screen painter and the export, so both look alike.

use egui::Color32;

/// The colours of a theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub dark: bool,
    pub background: Color32,
    pub text: Color32,
    pub weak_text: Color32,
    pub grid: Color32,
    pub axis_background: Color32,
    /// Every other lane is tinted with this.
    pub lane_tint: Color32,
    pub selection: Color32,
    pub range_fill: Color32,
}

/// Pip under a mark: India's government is quoted (saffron, readable on both themes).
pub const INDIA_PIP: Color32 = Color32::from_rgb(0xf0, 0x8a, 0x00);
/// Pip under a mark: Canada's government is quoted (maple red).
pub const CANADA_PIP: Color32 = Color32::from_rgb(0xd5, 0x2b, 0x1e);

impl Palette {
    pub fn light() -> Self {
        Self {
            dark: false,
            background: Color32::from_rgb(0xfb, 0xfb, 0xfa),
            text: Color32::from_rgb(0x1f, 0x23, 0x28),
            weak_text: Color32::from_rgb(0x5f, 0x66, 0x6d),
            grid: Color32::from_rgb(0x9a, 0xa0, 0xa6),
            axis_background: Color32::from_rgb(0xee, 0xef, 0xf1),
            lane_tint: Color32::from_rgba_unmultiplied(0, 0, 0, 8),
            selection: Color32::from_rgb(0xf5, 0xa6, 0x23),
            range_fill: Color32::from_rgba_unmultiplied(0x3b, 0x6e, 0xa5, 40),
        }
    }

    pub fn dark() -> Self {
        Self {
            dark: true,
            background: Color32::from_rgb(0x1b, 0x1d, 0x21),
            text: Color32::from_rgb(0xe6, 0xe6, 0xe3),
            weak_text: Color32::from_rgb(0xa0, 0xa4, 0xa8),
            grid: Color32::from_rgb(0x70, 0x76, 0x7c),
            axis_background: Color32::from_rgb(0x25, 0x28, 0x2d),
            lane_tint: Color32::from_rgba_unmultiplied(255, 255, 255, 6),
            selection: Color32::from_rgb(0xff, 0xc1, 0x4d),
            range_fill: Color32::from_rgba_unmultiplied(0x7f, 0xb2, 0xe5, 45),
        }
    }

    pub fn for_dark_mode(dark: bool) -> Self {
        if dark { Self::dark() } else { Self::light() }
    }

    /// A colour at a fraction of its opacity.
    pub fn faded(color: Color32, alpha: f32) -> Color32 {
        color.gamma_multiply(alpha.clamp(0.0, 1.0))
    }
}
