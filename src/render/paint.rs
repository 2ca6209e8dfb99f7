//! The styled scene on screen: each [`Prim`] of a [`Drawing`] becomes one
//! egui shape. No style of its own: every colour, width and size comes from
//! the drawing.

use crate::timeline::drawing::{Anchor, Drawing, Prim, draw};
use crate::timeline::palette::Palette;
use crate::timeline::scene::Scene;
use crate::timeline::style::{self, LineStyle};
use egui::{Align2, CornerRadius, FontId, Painter, Shape, Stroke, StrokeKind};

/// The font of event labels and badges on screen.
pub fn label_font() -> FontId {
    FontId::proportional(style::LABEL_FONT_SIZE)
}

/// The font of axis labels and lane names on screen.
pub fn axis_font() -> FontId {
    FontId::proportional(style::AXIS_FONT_SIZE)
}

/// Paints the scene styled with `palette`; `hovered` is an event index.
pub fn paint_scene(painter: &Painter, scene: &Scene, palette: &Palette, hovered: Option<usize>) {
    paint_drawing(painter, &draw(scene, palette, hovered));
}

/// Paints a drawing: its background, then each item in order.
pub fn paint_drawing(painter: &Painter, drawing: &Drawing<'_>) {
    painter.rect_filled(drawing.rect, CornerRadius::ZERO, drawing.background);
    // Made before they are added: laying out text locks the fonts, and adding
    // locks the paint list, so the two must not overlap.
    let shapes: Vec<Shape> = drawing
        .items
        .iter()
        .map(|item| shape_of(painter.ctx(), &item.prim))
        .collect();
    painter.extend(shapes);
}

fn stroke(line: LineStyle) -> Stroke {
    Stroke::new(line.width, line.color)
}

fn radius(r: f32) -> CornerRadius {
    CornerRadius::same(r.round().clamp(0.0, 255.0) as u8)
}

/// The egui shape of one primitive.
pub fn shape_of(ctx: &egui::Context, prim: &Prim<'_>) -> Shape {
    match prim {
        Prim::Rect {
            rect,
            radius: r,
            fill,
            outline,
        } => {
            let outline = outline.map_or(Stroke::NONE, stroke);
            Shape::Rect(egui::epaint::RectShape::new(
                *rect,
                radius(*r),
                *fill,
                outline,
                StrokeKind::Middle,
            ))
        }
        Prim::Circle {
            center,
            radius,
            fill,
            outline,
        } => Shape::Circle(egui::epaint::CircleShape {
            center: *center,
            radius: *radius,
            fill: *fill,
            stroke: outline.map_or(Stroke::NONE, stroke),
        }),
        Prim::Segment { from, to, line } => match line.dash {
            Some([dash, gap]) => {
                Shape::Vec(Shape::dashed_line(&[*from, *to], stroke(*line), dash, gap))
            }
            None => Shape::line_segment([*from, *to], stroke(*line)),
        },
        Prim::Path { points, line } => Shape::line(points.to_vec(), stroke(*line)),
        Prim::Polygon { points, fill, .. } => {
            Shape::convex_polygon(points.to_vec(), *fill, Stroke::NONE)
        }
        Prim::Text {
            pos,
            anchor,
            text,
            size,
            bold: _,
            color,
        } => {
            let align = match anchor {
                Anchor::LeftTop => Align2::LEFT_TOP,
                Anchor::Center => Align2::CENTER_CENTER,
            };
            let font = FontId::proportional(*size);
            ctx.fonts_mut(|f| Shape::text(f, *pos, align, text, font, *color))
        }
    }
}
