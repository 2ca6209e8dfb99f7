//! The numbers of the look that the screen painter and the SVG writer share,
//! in one place, so that a change of look is made once and the screen and the
//! export cannot drift apart.

use egui::{Color32, Pos2, Rect, pos2};

/// Font of event labels and badges, in points.
pub const LABEL_FONT_SIZE: f32 = 13.0;
/// Font of axis labels and lane names, in points.
pub const AXIS_FONT_SIZE: f32 = 12.0;

/// Grid lines through the lanes, times the tick's strength.
pub const GRID_ALPHA: f32 = 0.45;
/// The thin line from a mark to a label set apart from it.
pub const LEADER_ALPHA: f32 = 0.45;
/// Fill of an event known only to the month or year (a soft span).
pub const SOFT_FILL_ALPHA: f32 = 0.28;
/// The dashed edges of a soft span.
pub const SOFT_EDGE_ALPHA: f32 = 0.8;
/// Dash and gap of a soft span's edges, in points.
pub const DASH: [f32; 2] = [3.0, 3.0];
/// A turning point's ring: gap outside the mark, width and opacity.
pub const KEY_RING_GAP: f32 = 1.5;
pub const KEY_RING_WIDTH: f32 = 1.5;
pub const KEY_RING_ALPHA: f32 = 0.7;
/// The small diamond above marks where sources disagree.
pub const DISPUTE_COLOR: Color32 = Color32::from_rgb(0xe0, 0x8e, 0x0b);

/// The dispute diamond's corners (top, right, bottom, left) for a mark's bounds.
pub fn dispute_diamond(bounds: Rect) -> [Pos2; 4] {
    let (x, y, d) = (bounds.right() - 1.0, bounds.top() - 3.0, 3.0);
    [
        pos2(x, y - d),
        pos2(x + d, y),
        pos2(x, y + d),
        pos2(x - d, y),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dispute_diamond_sits_above_the_marks_right_edge() {
        let mark = Rect::from_min_max(pos2(10.0, 20.0), pos2(16.0, 26.0));
        let [top, right, bottom, left] = dispute_diamond(mark);
        assert_eq!((top.x, bottom.x), (15.0, 15.0));
        assert_eq!((left.y, right.y), (17.0, 17.0));
        assert!(bottom.y <= mark.top() + 0.01, "it does not cover the mark");
        assert_eq!(right.x - left.x, 6.0);
    }
}
