//! Paints a [`Scene`] with egui. Emits shapes only; no input, no state.

use crate::timeline::palette::Palette;
use crate::timeline::scene::{MarkShape, Scene};
use crate::timeline::style;
use egui::{Align2, Color32, CornerRadius, FontId, Painter, Stroke, StrokeKind, pos2};

/// Widest soft band whose edges are drawn dashed, in points.
const MAX_DASHED_WIDTH: f32 = 240.0;

/// Opacity of things that do not match the search.
const DIMMED: f32 = 0.22;

/// The font of event labels and badges on screen.
pub fn label_font() -> FontId {
    FontId::proportional(style::LABEL_FONT_SIZE)
}

/// The font of axis labels and lane names on screen.
pub fn axis_font() -> FontId {
    FontId::proportional(style::AXIS_FONT_SIZE)
}

/// Paints lanes, grid, axis, marks, clusters and labels. `hovered` is an event index.
pub fn paint_scene(painter: &Painter, scene: &Scene, palette: &Palette, hovered: Option<usize>) {
    painter.rect_filled(scene.rect, CornerRadius::ZERO, palette.background);
    paint_lanes(painter, scene, palette);
    paint_eras(painter, scene, palette);
    paint_ticks(painter, scene, palette);
    paint_density(painter, scene);
    paint_storyline(painter, scene, palette);
    paint_leaders(painter, scene, palette);
    paint_marks(painter, scene, palette, hovered, |_| true);
    paint_clusters(painter, scene);
    // The selected event stays on top of any badge.
    paint_marks(painter, scene, palette, hovered, |m| m.selected);
    paint_labels(painter, scene, palette, hovered);
}

/// Era bands: a faint shade on alternate periods, a thin edge, the name in the strip.
fn paint_eras(painter: &Painter, scene: &Scene, palette: &Palette) {
    let shade = Palette::faded(palette.grid, if palette.dark { 0.10 } else { 0.08 });
    for era in &scene.eras {
        if era.shade {
            painter.rect_filled(era.rect, CornerRadius::ZERO, shade);
        }
        painter.rect_filled(
            era.strip,
            CornerRadius::ZERO,
            Palette::faded(palette.grid, 0.12),
        );
        let edge = Stroke::new(1.0, Palette::faded(palette.grid, 0.5));
        painter.vline(era.rect.left(), era.rect.y_range(), edge);
        if let Some(name) = &era.name {
            painter.text(
                pos2(era.strip.left() + 4.0, era.strip.center().y),
                Align2::LEFT_CENTER,
                name,
                axis_font(),
                palette.weak_text,
            );
        }
    }
}

/// The selected event's storyline: a thin line through its thread's marks.
fn paint_storyline(painter: &Painter, scene: &Scene, palette: &Palette) {
    if scene.storyline.len() > 1 {
        let stroke = Stroke::new(1.0, Palette::faded(palette.selection, 0.35));
        painter.add(egui::Shape::line(scene.storyline.clone(), stroke));
    }
}

/// Thin lines from marks to the labels set apart from them.
fn paint_leaders(painter: &Painter, scene: &Scene, palette: &Palette) {
    for l in &scene.labels {
        if let Some([from, to]) = l.leader {
            let alpha = if l.dimmed {
                DIMMED * 0.5
            } else {
                style::LEADER_ALPHA
            };
            painter.line_segment(
                [from, to],
                Stroke::new(1.0, Palette::faded(palette.weak_text, alpha)),
            );
        }
    }
}

fn paint_lanes(painter: &Painter, scene: &Scene, palette: &Palette) {
    for (i, lane) in scene.lanes.iter().enumerate() {
        if i % 2 == 1 {
            painter.rect_filled(lane.rect, CornerRadius::ZERO, palette.lane_tint);
        }
        painter.line_segment(
            [lane.rect.left_top(), lane.rect.right_top()],
            Stroke::new(1.0, Palette::faded(palette.grid, 0.35)),
        );
        let name_pos = pos2(lane.rect.left() + 8.0, lane.rect.top() + 3.0);
        let swatch =
            egui::Rect::from_min_size(name_pos + egui::vec2(0.0, 2.0), egui::vec2(9.0, 9.0));
        painter.rect_filled(swatch, CornerRadius::same(2), lane.color);
        painter.text(
            name_pos + egui::vec2(14.0, 0.0),
            Align2::LEFT_TOP,
            &lane.name,
            axis_font(),
            palette.weak_text,
        );
        if let Some(note) = &lane.note {
            painter.text(
                pos2(note.left, name_pos.y),
                Align2::LEFT_TOP,
                &note.text,
                axis_font(),
                Palette::faded(palette.weak_text, 0.8),
            );
        }
        painter.line_segment(
            [
                pos2(lane.rect.left(), lane.baseline),
                pos2(lane.rect.right(), lane.baseline),
            ],
            Stroke::new(1.0, Palette::faded(lane.color, 0.25)),
        );
    }
}

/// Grid lines through the lanes, and the axis strip with its labels.
pub fn paint_ticks(painter: &Painter, scene: &Scene, palette: &Palette) {
    let axis = scene.axis;
    painter.rect_filled(axis, CornerRadius::ZERO, palette.axis_background);
    for t in &scene.ticks.ticks {
        let line = Palette::faded(palette.grid, style::GRID_ALPHA * t.strength);
        painter.line_segment(
            [pos2(t.x, axis.bottom()), pos2(t.x, scene.rect.bottom())],
            Stroke::new(1.0, line),
        );
        let tick_len = 4.0 + 8.0 * t.strength;
        painter.line_segment(
            [
                pos2(t.x, axis.bottom() - tick_len),
                pos2(t.x, axis.bottom()),
            ],
            Stroke::new(1.0, Palette::faded(palette.grid, t.strength.max(0.3))),
        );
        if let Some(label) = &t.label {
            painter.text(
                pos2(label.left, axis.top() + 5.0),
                Align2::LEFT_TOP,
                &label.text,
                axis_font(),
                Palette::faded(palette.text, label.alpha),
            );
        }
    }
    if let Some(context) = &scene.ticks.context {
        let galley = painter.layout_no_wrap(context.clone(), axis_font(), palette.text);
        let r = egui::Rect::from_min_size(
            pos2(axis.left(), axis.top()),
            galley.size() + egui::vec2(12.0, 10.0),
        );
        painter.rect_filled(r, CornerRadius::ZERO, palette.axis_background);
        painter.galley(
            pos2(axis.left() + 3.0, axis.top() + 5.0),
            galley,
            palette.text,
        );
    }
    painter.line_segment(
        [axis.left_bottom(), axis.right_bottom()],
        Stroke::new(1.0, palette.grid),
    );
}

fn paint_marks(
    painter: &Painter,
    scene: &Scene,
    palette: &Palette,
    hovered: Option<usize>,
    which: impl Fn(&crate::timeline::scene::Mark) -> bool,
) {
    for m in scene.marks.iter().filter(|m| which(m)) {
        let alpha = if m.dimmed { DIMMED } else { 1.0 };
        let color = Palette::faded(m.color, alpha);
        let emphasis = m.selected || hovered == Some(m.event);
        let ring = Stroke::new(
            2.0,
            if m.selected {
                palette.selection
            } else {
                palette.text
            },
        );
        paint_mark_flags(painter, m, palette, alpha);
        match m.shape {
            MarkShape::Point { center, radius } => {
                painter.circle_filled(center, radius, color);
                painter.circle_stroke(center, radius, Stroke::new(1.0, palette.background));
                if m.key {
                    // Turning points: larger, with a ring in the text colour.
                    let faded = Palette::faded(palette.text, style::KEY_RING_ALPHA * alpha);
                    let ring = Stroke::new(style::KEY_RING_WIDTH, faded);
                    painter.circle_stroke(center, radius + style::KEY_RING_GAP, ring);
                }
                if emphasis {
                    painter.circle_stroke(center, radius + 3.0, ring);
                }
            }
            MarkShape::Bar(r) => {
                painter.rect_filled(r, CornerRadius::same(3), color);
                if emphasis {
                    painter.rect_stroke(
                        r.expand(2.0),
                        CornerRadius::same(4),
                        ring,
                        StrokeKind::Outside,
                    );
                }
            }
            MarkShape::Soft(r) => {
                painter.rect_filled(
                    r,
                    CornerRadius::same(4),
                    Palette::faded(m.color, style::SOFT_FILL_ALPHA * alpha),
                );
                let edge =
                    Stroke::new(1.0, Palette::faded(m.color, style::SOFT_EDGE_ALPHA * alpha));
                for (a, b) in [
                    (r.left_top(), r.right_top()),
                    (r.left_bottom(), r.right_bottom()),
                ] {
                    // A dash costs a shape: past a few hundred points the edge is
                    // drawn as a fainter solid line, so a frame does not cost thousands of dashes.
                    if r.width() <= MAX_DASHED_WIDTH {
                        let [dash, gap] = style::DASH;
                        painter.extend(egui::Shape::dashed_line(&[a, b], edge, dash, gap));
                    } else {
                        let faint = Stroke::new(1.0, Palette::faded(m.color, 0.45 * alpha));
                        painter.line_segment([a, b], faint);
                    }
                }
                if emphasis {
                    painter.rect_stroke(
                        r.expand(2.0),
                        CornerRadius::same(5),
                        ring,
                        StrokeKind::Outside,
                    );
                }
            }
        }
    }
}

/// A ring around marks of the selected event's storyline, and a small
/// warning-coloured diamond above marks where sources disagree.
fn paint_mark_flags(
    painter: &Painter,
    m: &crate::timeline::scene::Mark,
    palette: &Palette,
    alpha: f32,
) {
    let b = m.shape.bounds();
    if m.related {
        let r = Stroke::new(1.5, Palette::faded(palette.selection, 0.8));
        painter.rect_stroke(b.expand(3.0), CornerRadius::same(6), r, StrokeKind::Outside);
    }
    for (center, radius, color) in m.pips() {
        painter.circle_filled(center, radius, Palette::faded(color, alpha));
    }
    if m.disputed {
        let pts = style::dispute_diamond(b).to_vec();
        let warn = Palette::faded(style::DISPUTE_COLOR, alpha);
        painter.add(egui::Shape::convex_polygon(pts, warn, Stroke::NONE));
    }
}

/// Bars of crowded lanes: one rectangle per few-pixel column.
fn paint_density(painter: &Painter, scene: &Scene) {
    for bar in &scene.density {
        painter.rect_filled(
            bar.rect,
            CornerRadius::ZERO,
            Palette::faded(bar.color, 0.85),
        );
    }
}

fn paint_clusters(painter: &Painter, scene: &Scene) {
    for c in &scene.clusters {
        // A dimmed badge keeps its count readable on light and dark backgrounds:
        // a faint tint with text in the lane colour, instead of faded white on faded colour.
        let (fill, text) = if c.dimmed {
            (
                Palette::faded(c.color, DIMMED * 0.7),
                Palette::faded(c.color, 0.8),
            )
        } else {
            (c.color, Color32::WHITE)
        };
        painter.rect_filled(c.rect, CornerRadius::same(9), fill);
        painter.text(
            c.rect.center(),
            Align2::CENTER_CENTER,
            c.text(),
            label_font(),
            text,
        );
    }
}

fn paint_labels(painter: &Painter, scene: &Scene, palette: &Palette, hovered: Option<usize>) {
    for l in &scene.labels {
        let alpha = if l.dimmed { DIMMED + 0.1 } else { 1.0 };
        if l.selected || hovered == Some(l.event) {
            let fill = if l.selected {
                Palette::faded(palette.selection, 0.35)
            } else {
                Palette::faded(palette.grid, 0.2)
            };
            painter.rect_filled(l.rect.expand(2.0), CornerRadius::same(3), fill);
        }
        painter.text(
            l.rect.left_top(),
            Align2::LEFT_TOP,
            &l.text,
            label_font(),
            Palette::faded(palette.text, alpha),
        );
    }
}
