//! The scene with every visual decision made: colours with their opacity,
//! stroke widths and dashes, font sizes and weights, rings, leaders, what is
//! dimmed. The screen painter and the SVG writer only translate these
//! primitives, so the look is decided here once (its numbers in
//! [`super::style`]) and the screen and the export cannot drift apart.

use super::palette::Palette;
use super::scene::{ClusterBadge, EventLabel, Mark, MarkShape, Scene};
use super::style::{self as s, LineStyle};
use egui::{Color32, Pos2, Rect, pos2, vec2};
use std::borrow::Cow;

/// Where a text's position is on its box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    LeftTop,
    Center,
}

/// One drawing primitive, fully styled. Outlines are centred on the edge.
#[derive(Clone, Debug, PartialEq)]
pub enum Prim<'a> {
    Rect {
        rect: Rect,
        radius: f32,
        fill: Color32,
        outline: Option<LineStyle>,
    },
    Circle {
        center: Pos2,
        radius: f32,
        fill: Color32,
        outline: Option<LineStyle>,
    },
    Segment {
        from: Pos2,
        to: Pos2,
        line: LineStyle,
    },
    /// A line through several points.
    Path { points: &'a [Pos2], line: LineStyle },
    /// A filled convex shape; `title` is said on hover in an SVG.
    Polygon {
        points: [Pos2; 4],
        fill: Color32,
        title: Option<&'a str>,
    },
    Text {
        pos: Pos2,
        anchor: Anchor,
        text: Cow<'a, str>,
        size: f32,
        bold: bool,
        color: Color32,
    },
}

/// What part of the timeline an item draws; an SVG groups items by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layer {
    Lanes,
    Eras,
    Axis,
    /// An event's mark, flags, leader and label.
    Event(usize),
    /// The selected event's storyline and the badges of same-day events.
    Overlay,
}

/// One styled primitive and what it belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct Item<'a> {
    pub layer: Layer,
    pub prim: Prim<'a>,
}

/// The whole timeline, in painting order.
pub struct Drawing<'a> {
    pub rect: Rect,
    pub background: Color32,
    pub items: Vec<Item<'a>>,
}

/// Styles `scene` with `palette`; `hovered` (an event index) is emphasised.
pub fn draw<'a>(scene: &'a Scene, palette: &Palette, hovered: Option<usize>) -> Drawing<'a> {
    let mut d = Drawing {
        rect: scene.rect,
        background: palette.background,
        items: Vec::with_capacity(scene.marks.len() * 4 + scene.ticks.ticks.len() * 3 + 64),
    };
    draw_lanes(&mut d, scene, palette);
    draw_eras(&mut d, scene, palette);
    draw_ticks(&mut d, scene, palette);
    for bar in &scene.density {
        let fill = Palette::faded(bar.color, s::DENSITY_ALPHA);
        d.push(Layer::Lanes, rect(bar.rect, 0.0, fill, None));
    }
    if scene.storyline.len() > 1 {
        let line = LineStyle::solid(1.0, Palette::faded(palette.selection, s::STORYLINE_ALPHA));
        let points = scene.storyline.as_slice();
        d.push(Layer::Overlay, Prim::Path { points, line });
    }
    for l in &scene.labels {
        draw_leader(&mut d, l, palette);
    }
    for m in &scene.marks {
        draw_mark(&mut d, m, palette, hovered, &scene.dispute_title);
    }
    for c in &scene.clusters {
        draw_badge(&mut d, c);
    }
    // The selected event stays on top of any badge.
    if !scene.clusters.is_empty() {
        for m in scene.marks.iter().filter(|m| m.selected) {
            draw_mark(&mut d, m, palette, hovered, &scene.dispute_title);
        }
    }
    for l in &scene.labels {
        draw_label(&mut d, l, palette, hovered);
    }
    d
}

impl<'a> Drawing<'a> {
    fn push(&mut self, layer: Layer, prim: Prim<'a>) {
        self.items.push(Item { layer, prim });
    }
}

fn rect<'a>(rect: Rect, radius: f32, fill: Color32, outline: Option<LineStyle>) -> Prim<'a> {
    Prim::Rect {
        rect,
        radius,
        fill,
        outline,
    }
}

fn segment<'a>(from: Pos2, to: Pos2, line: LineStyle) -> Prim<'a> {
    Prim::Segment { from, to, line }
}

fn text(pos: Pos2, text: &str, size: f32, color: Color32) -> Prim<'_> {
    Prim::Text {
        pos,
        anchor: Anchor::LeftTop,
        text: Cow::Borrowed(text),
        size,
        bold: false,
        color,
    }
}

/// Alternate lanes tinted, a line between lanes, the colour swatch and name,
/// the lane's note, and the baseline the marks sit on.
fn draw_lanes<'a>(d: &mut Drawing<'a>, scene: &'a Scene, p: &Palette) {
    for (i, lane) in scene.lanes.iter().enumerate() {
        let r = lane.rect;
        if i % 2 == 1 {
            d.push(Layer::Lanes, rect(r, 0.0, p.lane_tint, None));
        }
        let between = LineStyle::solid(1.0, Palette::faded(p.grid, s::LANE_EDGE_ALPHA));
        d.push(Layer::Lanes, segment(r.left_top(), r.right_top(), between));
        let name_pos = pos2(r.left() + 8.0, r.top() + 3.0);
        let swatch = Rect::from_min_size(name_pos + vec2(0.0, 2.0), vec2(9.0, 9.0));
        d.push(
            Layer::Lanes,
            rect(swatch, s::SWATCH_RADIUS, lane.color, None),
        );
        let name = text(
            name_pos + vec2(14.0, 0.0),
            &lane.name,
            s::AXIS_FONT_SIZE,
            p.weak_text,
        );
        d.push(Layer::Lanes, name);
        if let Some(note) = &lane.note {
            let color = Palette::faded(p.weak_text, s::NOTE_ALPHA);
            let at = pos2(note.left, name_pos.y);
            d.push(Layer::Lanes, text(at, &note.text, s::AXIS_FONT_SIZE, color));
        }
        let base = LineStyle::solid(1.0, Palette::faded(lane.color, s::BASELINE_ALPHA));
        let (a, b) = (
            pos2(r.left(), lane.baseline),
            pos2(r.right(), lane.baseline),
        );
        d.push(Layer::Lanes, segment(a, b, base));
    }
}

/// Named periods: alternate bands shaded, a strip under the axis, an edge, the name.
fn draw_eras<'a>(d: &mut Drawing<'a>, scene: &'a Scene, p: &Palette) {
    let shade_alpha = if p.dark {
        s::ERA_SHADE_DARK
    } else {
        s::ERA_SHADE_LIGHT
    };
    for era in &scene.eras {
        if era.shade {
            let shade = Palette::faded(p.grid, shade_alpha);
            d.push(Layer::Eras, rect(era.rect, 0.0, shade, None));
        }
        let strip = Palette::faded(p.grid, s::ERA_STRIP_ALPHA);
        d.push(Layer::Eras, rect(era.strip, 0.0, strip, None));
        let edge = LineStyle::solid(1.0, Palette::faded(p.grid, s::ERA_EDGE_ALPHA));
        let x = era.rect.left();
        let edge_line = segment(pos2(x, era.rect.top()), pos2(x, era.rect.bottom()), edge);
        d.push(Layer::Eras, edge_line);
        if let Some(name) = &era.name {
            let top = era.strip.center().y - s::AXIS_FONT_SIZE * 0.6;
            let at = pos2(era.strip.left() + 4.0, top);
            d.push(Layer::Eras, text(at, name, s::AXIS_FONT_SIZE, p.weak_text));
        }
    }
}

/// The axis strip: grid lines through the lanes, tick marks, labels, the
/// period at the left edge on its own backdrop, and the axis line.
fn draw_ticks<'a>(d: &mut Drawing<'a>, scene: &'a Scene, p: &Palette) {
    let axis = scene.axis;
    d.push(Layer::Axis, rect(axis, 0.0, p.axis_background, None));
    for t in &scene.ticks.ticks {
        let grid = LineStyle::solid(1.0, Palette::faded(p.grid, s::GRID_ALPHA * t.strength));
        let (top, bottom) = (pos2(t.x, axis.bottom()), pos2(t.x, scene.rect.bottom()));
        d.push(Layer::Axis, segment(top, bottom, grid));
        let tick_len = s::TICK_MIN_LENGTH + s::TICK_EXTRA_LENGTH * t.strength;
        let mark = LineStyle::solid(1.0, Palette::faded(p.grid, t.strength.max(0.3)));
        d.push(Layer::Axis, segment(pos2(t.x, top.y - tick_len), top, mark));
        if let Some(label) = &t.label {
            let color = Palette::faded(p.text, label.alpha);
            let at = pos2(label.left, axis.top() + 5.0);
            d.push(Layer::Axis, text(at, &label.text, s::AXIS_FONT_SIZE, color));
        }
    }
    if let Some(context) = &scene.ticks.context {
        let size = vec2(scene.ticks.context_width, s::AXIS_FONT_SIZE * 1.2) + vec2(12.0, 10.0);
        let backdrop = Rect::from_min_size(axis.left_top(), size);
        d.push(Layer::Axis, rect(backdrop, 0.0, p.axis_background, None));
        let at = pos2(axis.left() + 3.0, axis.top() + 5.0);
        d.push(Layer::Axis, text(at, context, s::AXIS_FONT_SIZE, p.text));
    }
    let line = LineStyle::solid(1.0, p.grid);
    d.push(
        Layer::Axis,
        segment(axis.left_bottom(), axis.right_bottom(), line),
    );
}

/// The thin line from a mark to a label set apart from it.
fn draw_leader(d: &mut Drawing<'_>, l: &EventLabel, p: &Palette) {
    if let Some([from, to]) = l.leader {
        let alpha = if l.dimmed {
            s::DIMMED * 0.5
        } else {
            s::LEADER_ALPHA
        };
        let line = LineStyle::solid(1.0, Palette::faded(p.weak_text, alpha));
        d.push(Layer::Event(l.event), segment(from, to, line));
    }
}

/// A mark in its shape, its flags, and a ring when selected or hovered.
fn draw_mark<'a>(
    d: &mut Drawing<'a>,
    m: &Mark,
    p: &Palette,
    hovered: Option<usize>,
    dispute_title: &'a str,
) {
    let layer = Layer::Event(m.event);
    let alpha = if m.dimmed { s::DIMMED } else { 1.0 };
    let color = Palette::faded(m.color, alpha);
    let ring_color = if m.selected { p.selection } else { p.text };
    let ring = (m.selected || hovered == Some(m.event))
        .then(|| LineStyle::solid(s::EMPHASIS_WIDTH, ring_color));
    draw_mark_flags(d, m, p, alpha, dispute_title);
    match m.shape {
        MarkShape::Point { center, radius } => {
            let outline = Some(LineStyle::solid(1.0, p.background));
            d.push(layer, circle(center, radius, color, outline));
            if m.key {
                // Turning points: larger, with a ring in the text colour.
                let faded = Palette::faded(p.text, s::KEY_RING_ALPHA * alpha);
                let key = Some(LineStyle::solid(s::KEY_RING_WIDTH, faded));
                d.push(
                    layer,
                    circle(center, radius + s::KEY_RING_GAP, Color32::TRANSPARENT, key),
                );
            }
            if let Some(ring) = ring {
                d.push(
                    layer,
                    circle(center, radius + 3.0, Color32::TRANSPARENT, Some(ring)),
                );
            }
        }
        MarkShape::Bar(r) => {
            d.push(layer, rect(r, s::BAR_RADIUS, color, None));
            if let Some(ring) = ring {
                d.push(
                    layer,
                    rect(
                        r.expand(3.0),
                        s::BAR_RADIUS + 1.0,
                        Color32::TRANSPARENT,
                        Some(ring),
                    ),
                );
            }
        }
        MarkShape::Soft(r) => draw_soft(d, m, r, alpha, ring),
    }
}

fn circle<'a>(center: Pos2, radius: f32, fill: Color32, outline: Option<LineStyle>) -> Prim<'a> {
    Prim::Circle {
        center,
        radius,
        fill,
        outline,
    }
}

/// A span known only to the month or year: a soft fill with dashed top and
/// bottom edges (a faint solid line when wide: a dash costs a shape on screen).
fn draw_soft(d: &mut Drawing<'_>, m: &Mark, r: Rect, alpha: f32, ring: Option<LineStyle>) {
    let layer = Layer::Event(m.event);
    let fill = Palette::faded(m.color, s::SOFT_FILL_ALPHA * alpha);
    d.push(layer, rect(r, s::SOFT_RADIUS, fill, None));
    let edge = if r.width() <= s::MAX_DASHED_WIDTH {
        LineStyle {
            dash: Some(s::DASH),
            ..LineStyle::solid(1.0, Palette::faded(m.color, s::SOFT_EDGE_ALPHA * alpha))
        }
    } else {
        LineStyle::solid(
            1.0,
            Palette::faded(m.color, s::SOFT_WIDE_EDGE_ALPHA * alpha),
        )
    };
    d.push(layer, segment(r.left_top(), r.right_top(), edge));
    d.push(layer, segment(r.left_bottom(), r.right_bottom(), edge));
    if let Some(ring) = ring {
        d.push(
            layer,
            rect(
                r.expand(3.0),
                s::SOFT_RADIUS + 1.0,
                Color32::TRANSPARENT,
                Some(ring),
            ),
        );
    }
}

/// A ring around marks of the selected event's storyline, the pips of the
/// governments quoted, and a small diamond above marks where sources disagree.
fn draw_mark_flags<'a>(d: &mut Drawing<'a>, m: &Mark, p: &Palette, alpha: f32, title: &'a str) {
    let layer = Layer::Event(m.event);
    let b = m.shape.bounds();
    if m.related {
        let line = LineStyle::solid(1.5, Palette::faded(p.selection, s::RELATED_ALPHA));
        let ring = rect(
            b.expand(3.75),
            s::RELATED_RADIUS,
            Color32::TRANSPARENT,
            Some(line),
        );
        d.push(layer, ring);
    }
    for (center, radius, color) in m.pips() {
        d.push(
            layer,
            circle(center, radius, Palette::faded(color, alpha), None),
        );
    }
    if m.disputed {
        let fill = Palette::faded(s::DISPUTE_COLOR, alpha);
        let points = s::dispute_diamond(b);
        let title = Some(title);
        d.push(
            layer,
            Prim::Polygon {
                points,
                fill,
                title,
            },
        );
    }
}

/// A badge counting same-day events. A dimmed badge keeps its count readable on
/// light and dark backgrounds: a faint tint with text in the lane colour.
fn draw_badge<'a>(d: &mut Drawing<'a>, c: &'a ClusterBadge) {
    let (fill, ink) = if c.dimmed {
        (
            Palette::faded(c.color, s::DIMMED * 0.7),
            Palette::faded(c.color, 0.8),
        )
    } else {
        (c.color, Color32::WHITE)
    };
    d.push(Layer::Overlay, rect(c.rect, s::BADGE_RADIUS, fill, None));
    let count = Prim::Text {
        pos: c.rect.center(),
        anchor: Anchor::Center,
        text: Cow::Borrowed(c.text()),
        size: s::LABEL_FONT_SIZE,
        bold: false,
        color: ink,
    };
    d.push(Layer::Overlay, count);
}

/// An event's title, on a highlight when selected or hovered.
fn draw_label<'a>(d: &mut Drawing<'a>, l: &'a EventLabel, p: &Palette, hovered: Option<usize>) {
    let layer = Layer::Event(l.event);
    if l.selected || hovered == Some(l.event) {
        let fill = if l.selected {
            Palette::faded(p.selection, s::SELECTED_LABEL_ALPHA)
        } else {
            Palette::faded(p.grid, s::HOVERED_LABEL_ALPHA)
        };
        d.push(layer, rect(l.rect.expand(2.0), s::LABEL_RADIUS, fill, None));
    }
    let alpha = if l.dimmed { s::DIMMED + 0.1 } else { 1.0 };
    let color = Palette::faded(p.text, alpha);
    d.push(
        layer,
        text(l.rect.left_top(), &l.text, s::LABEL_FONT_SIZE, color),
    );
}
