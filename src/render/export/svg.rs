//! Writes an export [`Page`] as SVG. Each event is a group `id="event-<id>"`.

use super::page::Page;
use crate::data::model::Timeline;
use crate::timeline::scene::MarkShape;
use crate::timeline::style;
use egui::{Color32, Rect};
use std::fmt::Write;

/// Font families asked for, first found wins (the app's text face first).
pub const FONT_FAMILIES: &str = "Ubuntu, 'Ubuntu Light', Hack, sans-serif";

/// Where a line's baseline sits below the top of its text box, per point of size.
const ASCENT: f32 = 0.93;

fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if !is_xml_char(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether XML 1.0 allows the character in text (`Char` in the spec):
/// control characters other than tab and line breaks, and U+FFFE/U+FFFF, are not.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Lane bands, baselines, names and notes, and density bars.
fn write_lanes(
    out: &mut String,
    scene: &crate::timeline::scene::Scene,
    p: &crate::timeline::palette::Palette,
) {
    out.push_str("<g id=\"lanes\">\n");
    for (k, lane) in scene.lanes.iter().enumerate() {
        if k % 2 == 1 {
            rect(out, lane.rect, 0.0, &paint(p.lane_tint));
        }
        let (left, right) = (lane.rect.left(), lane.rect.right());
        let y = lane.baseline;
        line(
            out,
            [left, y, right, y],
            &stroke(lane.color.gamma_multiply(0.35), 1.0),
        );
        let swatch = Rect::from_min_size(
            lane.rect.left_top() + egui::vec2(8.0, 5.0),
            egui::vec2(9.0, 9.0),
        );
        rect(out, swatch, 2.0, &paint(lane.color));
        text(
            out,
            lane.rect.left() + 22.0,
            lane.rect.top() + 3.0,
            crate::timeline::style::AXIS_FONT_SIZE,
            p.weak_text,
            false,
            &lane.name,
        );
        if let Some(note) = &lane.note {
            text(
                out,
                note.left,
                lane.rect.top() + 3.0,
                crate::timeline::style::AXIS_FONT_SIZE,
                p.weak_text.gamma_multiply(0.8),
                false,
                &note.text,
            );
        }
    }
    for bar in &scene.density {
        rect(out, bar.rect, 0.0, &paint(bar.color.gamma_multiply(0.85)));
    }
    out.push_str("</g>\n");
}

/// The axis strip, grid lines and tick labels.
fn write_axis(
    out: &mut String,
    scene: &crate::timeline::scene::Scene,
    p: &crate::timeline::palette::Palette,
) {
    out.push_str("<g id=\"axis\">\n");
    rect(out, scene.axis, 0.0, &paint(p.axis_background));
    for t in &scene.ticks.ticks {
        let grid = stroke(p.grid.gamma_multiply(style::GRID_ALPHA * t.strength), 1.0);
        line(
            out,
            [t.x, scene.axis.bottom(), t.x, scene.rect.bottom()],
            &grid,
        );
        if let Some(l) = &t.label {
            text(
                out,
                l.left,
                scene.axis.top() + 5.0,
                crate::timeline::style::AXIS_FONT_SIZE,
                p.text.gamma_multiply(l.alpha),
                false,
                &l.text,
            );
        }
    }
    if let Some(c) = &scene.ticks.context {
        text(
            out,
            scene.axis.left() + 3.0,
            scene.axis.top() + 5.0,
            crate::timeline::style::AXIS_FONT_SIZE,
            p.text,
            false,
            c,
        );
    }
    out.push_str("</g>\n");
}

/// Each event as a group `id="event-<id>"`: its mark, flags, leaders and labels.
fn write_events(
    out: &mut String,
    timeline: &Timeline,
    scene: &crate::timeline::scene::Scene,
    p: &crate::timeline::palette::Palette,
) {
    // Events. Spans that run past the range are cut at its edges by geometry
    // (a clip path would cost the rasterizer a full-size mask).
    out.push_str("<g id=\"events\">\n");
    for m in &scene.marks {
        let e = &timeline.events[m.event];
        let _ = writeln!(out, "<g id=\"event-{}\">", esc(&e.id));
        let _ = writeln!(
            out,
            "<title>{}, {}</title>",
            esc(&e.title),
            esc(&e.date_label())
        );
        match m.shape {
            MarkShape::Point { center, radius } => {
                let _ = writeln!(
                    out,
                    "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{radius}\" {} {}/>",
                    center.x,
                    center.y,
                    paint(m.color),
                    stroke(p.background, 1.0)
                );
            }
            MarkShape::Bar(r) => rect(out, r.intersect(scene.rect), 3.0, &paint(m.color)),
            MarkShape::Soft(r) => {
                let r = r.intersect(scene.rect);
                let [dash, gap] = style::DASH;
                let attrs = format!(
                    "{} {} stroke-dasharray=\"{dash} {gap}\"",
                    paint(m.color.gamma_multiply(style::SOFT_FILL_ALPHA)),
                    stroke(m.color.gamma_multiply(style::SOFT_EDGE_ALPHA), 1.0)
                );
                rect(out, r, 4.0, &attrs);
            }
        }
        write_mark_extras(out, m, p);
        for l in scene.labels.iter().filter(|l| l.event == m.event) {
            if let Some([a, b]) = l.leader {
                line(
                    out,
                    [a.x, a.y, b.x, b.y],
                    &stroke(p.weak_text.gamma_multiply(style::LEADER_ALPHA), 1.0),
                );
            }
            text(
                out,
                l.rect.left(),
                l.rect.top(),
                crate::timeline::style::LABEL_FONT_SIZE,
                p.text,
                false,
                &l.text,
            );
        }
        out.push_str("</g>\n");
    }
    out.push_str("</g>\n");
}

/// Named periods: shaded bands behind the lanes, their names in the strip under the axis.
fn write_eras(
    out: &mut String,
    scene: &crate::timeline::scene::Scene,
    p: &crate::timeline::palette::Palette,
) {
    if scene.eras.is_empty() {
        return;
    }
    out.push_str("<g id=\"eras\">\n");
    for era in &scene.eras {
        if era.shade {
            rect(out, era.rect, 0.0, &paint(p.grid.gamma_multiply(0.08)));
        }
        rect(out, era.strip, 0.0, &paint(p.grid.gamma_multiply(0.12)));
        let x = era.rect.left();
        line(
            out,
            [x, era.rect.top(), x, era.rect.bottom()],
            &stroke(p.grid.gamma_multiply(0.5), 1.0),
        );
        if let Some(name) = &era.name {
            let top = era.strip.center().y - crate::timeline::style::AXIS_FONT_SIZE * 0.6;
            text(
                out,
                era.strip.left() + 4.0,
                top,
                crate::timeline::style::AXIS_FONT_SIZE,
                p.weak_text,
                false,
                name,
            );
        }
    }
    out.push_str("</g>\n");
}

/// A Key event's ring and a disputed event's diamond, as on screen.
fn write_mark_extras(
    out: &mut String,
    m: &crate::timeline::scene::Mark,
    p: &crate::timeline::palette::Palette,
) {
    let b = m.shape.bounds();
    if let (true, MarkShape::Point { center, radius }) = (m.key, m.shape) {
        let _ = writeln!(
            out,
            "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{:.2}\" fill=\"none\" {}/>",
            center.x,
            center.y,
            radius + style::KEY_RING_GAP,
            stroke(
                p.text.gamma_multiply(style::KEY_RING_ALPHA),
                style::KEY_RING_WIDTH
            )
        );
    }
    for (c, r, color) in m.pips() {
        let _ = writeln!(
            out,
            "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{r:.2}\" {}/>",
            c.x,
            c.y,
            paint(color)
        );
    }
    if m.disputed {
        let points: Vec<String> = style::dispute_diamond(b)
            .iter()
            .map(|p| format!("{:.2},{:.2}", p.x, p.y))
            .collect();
        let _ = writeln!(
            out,
            "<polygon points=\"{}\" {}><title>Sources disagree</title></polygon>",
            points.join(" "),
            paint(style::DISPUTE_COLOR)
        );
    }
}

fn paint(c: Color32) -> String {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    if a == 255 {
        format!("fill=\"#{r:02x}{g:02x}{b:02x}\"")
    } else {
        format!(
            "fill=\"#{r:02x}{g:02x}{b:02x}\" fill-opacity=\"{:.3}\"",
            f32::from(a) / 255.0
        )
    }
}

fn stroke(c: Color32, width: f32) -> String {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    format!(
        "stroke=\"#{r:02x}{g:02x}{b:02x}\" stroke-opacity=\"{:.3}\" stroke-width=\"{width}\"",
        f32::from(a) / 255.0
    )
}

fn rect(out: &mut String, r: Rect, radius: f32, attrs: &str) {
    let _ = writeln!(
        out,
        "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{:.2}\" height=\"{:.2}\" rx=\"{radius}\" {attrs}/>",
        r.left(),
        r.top(),
        r.width().max(0.0),
        r.height().max(0.0)
    );
}

/// A straight line from `(x1, y1)` to `(x2, y2)`.
fn line(out: &mut String, [x1, y1, x2, y2]: [f32; 4], attrs: &str) {
    let _ = writeln!(
        out,
        "<line x1=\"{x1:.2}\" y1=\"{y1:.2}\" x2=\"{x2:.2}\" y2=\"{y2:.2}\" {attrs}/>"
    );
}

fn text(out: &mut String, x: f32, top: f32, size: f32, color: Color32, bold: bool, body: &str) {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    let _ = writeln!(
        out,
        "<text x=\"{x:.2}\" y=\"{:.2}\" font-size=\"{size}\"{weight} {}>{}</text>",
        top + size * ASCENT,
        paint(color),
        esc(body)
    );
}

/// The SVG document of a page, `pixel_width` wide.
pub fn write_svg(timeline: &Timeline, page: &Page, pixel_width: u32) -> String {
    let p = &page.palette;
    let scene = &page.scene;
    let size = egui::vec2(page.width, page.height);
    let mut out = String::with_capacity(64 * 1024);
    open_document(&mut out, &timeline.title, size, p.background, pixel_width);
    write_lanes(&mut out, scene, p);
    write_eras(&mut out, scene, p);
    write_axis(&mut out, scene, p);
    write_events(&mut out, timeline, scene, p);
    let axis_y = scene.axis.bottom();
    line(
        &mut out,
        [scene.axis.left(), axis_y, scene.axis.right(), axis_y],
        &stroke(p.grid, 1.0),
    );
    close_document(&mut out, &page.rects, &page.texts);
    out
}

/// A page of text and rectangles only (the compare page), as SVG.
pub fn write_text_page_svg(title: &str, page: &super::page::TextPage, pixel_width: u32) -> String {
    let size = egui::vec2(page.width, page.height);
    let mut out = String::with_capacity(32 * 1024);
    open_document(&mut out, title, size, page.palette.background, pixel_width);
    close_document(&mut out, &page.rects, &page.texts);
    out
}

/// The `<svg>` element scaled to `pixel_width`, its title and its background.
fn open_document(
    out: &mut String,
    title: &str,
    size: egui::Vec2,
    background: Color32,
    pixel_width: u32,
) {
    let scale = pixel_width as f32 / size.x;
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{pixel_width}\" height=\"{}\" viewBox=\"0 0 {} {}\" font-family=\"{FONT_FAMILIES}\">",
        (size.y * scale).round(),
        size.x,
        size.y
    );
    let _ = writeln!(out, "<title>{}</title>", esc(title));
    rect(
        out,
        Rect::from_min_size(egui::Pos2::ZERO, size),
        0.0,
        &paint(background),
    );
}

/// The page's rectangles and texts, then the end of the document.
fn close_document(
    out: &mut String,
    rects: &[super::page::PageRect],
    texts: &[super::page::PageText],
) {
    for r in rects {
        rect(out, r.rect, 2.0, &paint(r.color));
    }
    for t in texts {
        text(out, t.pos.x, t.pos.y, t.size, t.color, t.bold, &t.text);
    }
    out.push_str("</svg>\n");
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(esc("x\u{fffe}y\u{ffff}z\u{1F600}"), "xyz\u{1F600}");
    }
}
