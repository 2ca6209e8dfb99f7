//! One styled scene through both backends: the screen's shapes and the SVG's
//! elements must be the same primitives, in the same colours.

use super::export::svg::write_drawing;
use super::paint::shape_of;
use crate::timeline::drawing::{Drawing, Prim, draw};
use crate::timeline::layout::{Crowding, LayoutInput, layout};
use crate::timeline::palette::Palette;
use crate::timeline::view::TimeView;
use egui::{Color32, Shape, pos2};

/// A busy scene: the autumn of 2024 with a disputed, related event selected,
/// soft spans, eras, badges and leaders.
fn drawing_of<'a>(scene: &'a crate::timeline::scene::Scene, palette: &Palette) -> Drawing<'a> {
    draw(scene, palette, Some(0))
}

fn scene() -> (crate::data::model::Timeline, crate::timeline::scene::Scene) {
    let t = crate::data::load::bundled().unwrap();
    let selected = t.event_index("nijjar-killed").unwrap();
    let start = crate::data::date::PartialDate::parse("2023-06")
        .unwrap()
        .first_day() as f64;
    let lanes: Vec<usize> = (0..t.categories.len()).collect();
    let measure = |s: &str| s.chars().count() as f32 * 6.5;
    let rect = egui::Rect::from_min_max(pos2(0.0, 0.0), pos2(1400.0, 700.0));
    let input = LayoutInput {
        selected: Some(selected),
        ..LayoutInput::new(
            TimeView::new(start, 500.0),
            rect,
            &lanes,
            Crowding::Cluster,
            &measure,
        )
    };
    let scene = layout(&t, &input);
    (t, scene)
}

/// The hex colour and opacity an SVG writes for a colour.
fn svg_colour(c: Color32) -> String {
    let [r, g, b, a] = c.to_srgba_unmultiplied();
    if a == 255 {
        format!("#{r:02x}{g:02x}{b:02x}\"")
    } else {
        format!(
            "#{r:02x}{g:02x}{b:02x}\" fill-opacity=\"{:.3}",
            f32::from(a) / 255.0
        )
    }
}

#[test]
fn the_screen_and_the_svg_draw_the_same_primitives_in_the_same_colours() {
    let (t, scene) = scene();
    let palette = Palette::light();
    let d = drawing_of(&scene, &palette);
    assert!(d.items.len() > 200, "a busy scene: {}", d.items.len());
    let ctx = egui::Context::default();
    let mut first = ctx.run_ui(egui::RawInput::default(), |_| {});
    first.textures_delta.clear();
    let mut kinds = [0usize; 6];
    for item in &d.items {
        let shape = shape_of(&ctx, &item.prim);
        let (k, ok) = match (&item.prim, &shape) {
            (Prim::Rect { fill, .. }, Shape::Rect(r)) => (0, r.fill == *fill),
            (Prim::Circle { fill, .. }, Shape::Circle(c)) => (1, c.fill == *fill),
            (Prim::Segment { line, .. }, Shape::LineSegment { stroke, .. }) => {
                (2, stroke.color == line.color && line.dash.is_none())
            }
            (Prim::Segment { line, .. }, Shape::Vec(dashes)) => {
                (2, line.dash.is_some() && !dashes.is_empty())
            }
            (Prim::Path { .. }, Shape::Path(p)) => (3, !p.closed),
            (Prim::Polygon { fill, .. }, Shape::Path(p)) => (4, p.closed && p.fill == *fill),
            (Prim::Text { color, text, .. }, Shape::Text(s)) => (
                5,
                s.fallback_color == *color && s.galley.text() == text.as_ref(),
            ),
            (p, s) => panic!("{p:?} became {s:?}"),
        };
        assert!(ok, "{:?} became {shape:?}", item.prim);
        kinds[k] += 1;
    }
    let mut svg = String::new();
    write_drawing(&mut svg, &t, &d, crate::base::i18n::Lang::En);
    let count = |tag: &str| svg.matches(tag).count();
    assert_eq!(
        [
            count("<rect "),
            count("<circle "),
            count("<line "),
            count("<polyline "),
            count("<polygon "),
            count("<text ")
        ],
        kinds,
        "one SVG element per screen shape, kind by kind"
    );
    for item in &d.items {
        let fill = match &item.prim {
            Prim::Rect { fill, .. } | Prim::Circle { fill, .. } | Prim::Polygon { fill, .. } => {
                *fill
            }
            Prim::Text { color, .. } => *color,
            Prim::Segment { .. } | Prim::Path { .. } => continue,
        };
        if fill != Color32::TRANSPARENT {
            assert!(
                svg.contains(&svg_colour(fill)),
                "{fill:?} is not in the SVG"
            );
        }
    }
    assert!(
        kinds.iter().all(|&k| k > 0),
        "every kind is drawn: {kinds:?}"
    );
}
