//! Writes an export [`Page`] as SVG. Each event is a group `id="event-<id>"`.

use super::page::Page;
use crate::base::i18n::Lang;
use crate::data::model::Timeline;
use crate::timeline::drawing::{Anchor, Drawing, Layer, Prim, draw};
use crate::timeline::style::LineStyle;
use egui::{Color32, Rect};
use std::fmt::Write;

/// Font families asked for, first found wins (the app's text face first).
pub const FONT_FAMILIES: &str = "Ubuntu, 'Ubuntu Light', Hack, sans-serif";

/// Where a line's baseline sits below the top of its text box, and how tall
/// the box is, per point of size: the metrics of the fonts, as egui lays them out.
const ASCENT: f32 = 0.93;
const LINE_HEIGHT: f32 = 1.2;

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

/// The styled scene: lanes, eras and the axis in their groups, then each
/// event as a group `id="event-<id>"` (its mark, flags, leader and label, so
/// an event can be picked out in an editor), then the overlay.
pub(crate) fn write_drawing(out: &mut String, timeline: &Timeline, d: &Drawing<'_>, lang: Lang) {
    for (layer, id) in [
        (Layer::Lanes, "lanes"),
        (Layer::Eras, "eras"),
        (Layer::Axis, "axis"),
    ] {
        let mut items = d.items.iter().filter(|i| i.layer == layer).peekable();
        if items.peek().is_none() {
            continue;
        }
        let _ = writeln!(out, "<g id=\"{id}\">");
        for item in items {
            write_prim(out, &item.prim, d.rect);
        }
        out.push_str("</g>\n");
    }
    write_events(out, timeline, d, lang);
    let overlay: Vec<_> = d
        .items
        .iter()
        .filter(|i| i.layer == Layer::Overlay)
        .collect();
    if !overlay.is_empty() {
        out.push_str("<g id=\"overlay\">\n");
        for item in overlay {
            write_prim(out, &item.prim, d.rect);
        }
        out.push_str("</g>\n");
    }
}

/// Each event's items in one group, events in the order they are first drawn.
fn write_events(out: &mut String, timeline: &Timeline, d: &Drawing<'_>, lang: Lang) {
    let mut order: Vec<usize> = Vec::new();
    let mut by_event: std::collections::HashMap<usize, Vec<&Prim<'_>>> =
        std::collections::HashMap::new();
    for item in &d.items {
        if let Layer::Event(i) = item.layer {
            by_event
                .entry(i)
                .or_insert_with(|| {
                    order.push(i);
                    Vec::new()
                })
                .push(&item.prim);
        }
    }
    out.push_str("<g id=\"events\">\n");
    for i in order {
        let Some(e) = timeline.events.get(i) else {
            continue;
        };
        let _ = writeln!(out, "<g id=\"event-{}\">", esc(&e.id));
        let _ = writeln!(
            out,
            "<title>{}, {}</title>",
            esc(e.title_in(lang)),
            esc(&e.date_label_in(lang))
        );
        for prim in by_event.get(&i).into_iter().flatten() {
            write_prim(out, prim, d.rect);
        }
        out.push_str("</g>\n");
    }
    out.push_str("</g>\n");
}

/// One primitive as one SVG element. Shapes past the scene's edges are cut
/// by geometry (a clip path would cost the rasterizer a full-size mask).
fn write_prim(out: &mut String, prim: &Prim<'_>, bounds: Rect) {
    match prim {
        Prim::Rect {
            rect: r,
            radius,
            fill,
            outline,
        } => {
            let attrs = format!(
                "{} {}",
                paint(*fill),
                outline.map(line_attrs).unwrap_or_default()
            );
            rect(out, r.intersect(bounds), *radius, attrs.trim_end());
        }
        Prim::Circle {
            center,
            radius,
            fill,
            outline,
        } => {
            let _ = writeln!(
                out,
                "<circle cx=\"{:.2}\" cy=\"{:.2}\" r=\"{radius:.2}\" {} {}/>",
                center.x,
                center.y,
                paint(*fill),
                outline.map(line_attrs).unwrap_or_default()
            );
        }
        Prim::Segment { from, to, line: l } => {
            let (x1, x2) = (
                from.x.clamp(bounds.left(), bounds.right()),
                to.x.clamp(bounds.left(), bounds.right()),
            );
            line(out, [x1, from.y, x2, to.y], &line_attrs(*l));
        }
        Prim::Path { points, line: l } => {
            let points: Vec<String> = points
                .iter()
                .map(|p| format!("{:.2},{:.2}", p.x, p.y))
                .collect();
            let _ = writeln!(
                out,
                "<polyline points=\"{}\" fill=\"none\" {}/>",
                points.join(" "),
                line_attrs(*l)
            );
        }
        Prim::Polygon {
            points,
            fill,
            title,
        } => {
            let points: Vec<String> = points
                .iter()
                .map(|p| format!("{:.2},{:.2}", p.x, p.y))
                .collect();
            let title = title
                .map(|t| format!("<title>{}</title>", esc(t)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<polygon points=\"{}\" {}>{title}</polygon>",
                points.join(" "),
                paint(*fill)
            );
        }
        Prim::Text {
            pos,
            anchor,
            text: body,
            size,
            bold,
            color,
        } => match anchor {
            Anchor::LeftTop => text(out, pos.x, pos.y, *size, *color, *bold, body),
            Anchor::Center => centred_text(out, *pos, *size, *color, body),
        },
    }
}

/// Text centred on `center` (a badge's count).
fn centred_text(out: &mut String, center: egui::Pos2, size: f32, color: Color32, body: &str) {
    let _ = writeln!(
        out,
        "<text x=\"{:.2}\" y=\"{:.2}\" font-size=\"{size}\" text-anchor=\"middle\" {}>{}</text>",
        center.x,
        center.y + size * (ASCENT - 0.5 * LINE_HEIGHT),
        paint(color),
        esc(body)
    );
}

/// `stroke`, its opacity and width, and its dashes if any.
fn line_attrs(l: LineStyle) -> String {
    let dash = l
        .dash
        .map(|[d, g]| format!(" stroke-dasharray=\"{d} {g}\""))
        .unwrap_or_default();
    format!("{}{dash}", stroke(l.color, l.width))
}

fn paint(c: Color32) -> String {
    if c == Color32::TRANSPARENT {
        return "fill=\"none\"".to_owned();
    }
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
    write_drawing(&mut out, timeline, &draw(scene, p, None), page.lang);
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
