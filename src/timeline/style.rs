//! The numbers of the look, in one place: [`super::drawing`] reads them to
//! style the scene, which the screen painter and the SVG writer only translate.
//! Colours that depend on the theme are in [`super::palette`].

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
/// Opacity of what does not match the search or the voices.
pub const DIMMED: f32 = 0.22;
/// Opacity of the bars of a crowded lane.
pub const DENSITY_ALPHA: f32 = 0.85;
/// The selected event's storyline.
pub const STORYLINE_ALPHA: f32 = 0.35;
/// The line between lanes, the note after a lane's name, the marks' baseline.
pub const LANE_EDGE_ALPHA: f32 = 0.35;
pub const NOTE_ALPHA: f32 = 0.8;
pub const BASELINE_ALPHA: f32 = 0.25;
/// A lane's colour swatch: corner radius.
pub const SWATCH_RADIUS: f32 = 2.0;
/// Named periods: alternate bands shaded (more on dark), the strip, the edge.
pub const ERA_SHADE_LIGHT: f32 = 0.08;
pub const ERA_SHADE_DARK: f32 = 0.10;
pub const ERA_STRIP_ALPHA: f32 = 0.12;
pub const ERA_EDGE_ALPHA: f32 = 0.5;
/// Tick marks at the bottom of the axis: the length of the weakest, plus more for strong ones.
pub const TICK_MIN_LENGTH: f32 = 4.0;
pub const TICK_EXTRA_LENGTH: f32 = 8.0;
/// The ring around a selected or hovered mark.
pub const EMPHASIS_WIDTH: f32 = 2.0;
/// Corner radii of bars, soft spans, badges and label highlights.
pub const BAR_RADIUS: f32 = 3.0;
pub const SOFT_RADIUS: f32 = 4.0;
pub const BADGE_RADIUS: f32 = 9.0;
pub const LABEL_RADIUS: f32 = 3.0;
/// Widest soft span whose edges are dashed; wider ones get a fainter solid edge.
pub const MAX_DASHED_WIDTH: f32 = 240.0;
pub const SOFT_WIDE_EDGE_ALPHA: f32 = 0.45;
/// The ring around marks of the selected event's storyline.
pub const RELATED_ALPHA: f32 = 0.8;
pub const RELATED_RADIUS: f32 = 6.0;
/// The highlight behind a selected or hovered label.
pub const SELECTED_LABEL_ALPHA: f32 = 0.35;
pub const HOVERED_LABEL_ALPHA: f32 = 0.2;

/// How a line is drawn: width in points, colour with its opacity, and an
/// optional dash and gap.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LineStyle {
    pub width: f32,
    pub color: Color32,
    pub dash: Option<[f32; 2]>,
}

impl LineStyle {
    pub const fn solid(width: f32, color: Color32) -> Self {
        Self {
            width,
            color,
            dash: None,
        }
    }
}

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
