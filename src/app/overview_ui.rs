//! The overview strip: the whole dataset at a glance, with the visible window
//! as a rectangle that can be dragged.

use super::command::Command;
use super::words::t;
use crate::data::model::Timeline;
use crate::timeline::palette::Palette;
use crate::timeline::view::{ScreenMap, TimeView};
use egui::{Color32, CornerRadius, Sense, Stroke, Ui, pos2};

/// Shows the strip across the width of `ui`.
pub fn overview_ui(
    ui: &mut Ui,
    timeline: &Timeline,
    view: TimeView,
    lanes: &[usize],
) -> Vec<Command> {
    let mut out = Vec::new();
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    let Some((first, last)) = timeline.span() else {
        return out;
    };
    let whole = TimeView::fit(first as f64, last as f64, 0.02);
    let whole = TimeView {
        span: whole.span.max(1.0),
        ..whole
    };
    let map = ScreenMap::new(whole, rect.left(), rect.width());
    let palette = Palette::for_dark_mode(ui.visuals().dark_mode);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, CornerRadius::ZERO, palette.axis_background);

    paint_lane_ticks(&painter, timeline, lanes, &map, rect);
    paint_axis_labels(&painter, &map, rect, &palette);

    let window = egui::Rect::from_x_y_ranges(
        map.x_from_time(view.start).max(rect.left())
            ..=map.x_from_time(view.end()).min(rect.right()),
        rect.y_range(),
    );
    painter.rect_filled(
        window,
        CornerRadius::same(2),
        Palette::faded(palette.selection, 0.18),
    );
    painter.rect_stroke(
        window,
        CornerRadius::same(2),
        Stroke::new(1.5, palette.selection),
        egui::StrokeKind::Inside,
    );

    if response.dragged() {
        let dx = response.drag_delta().x;
        out.push(Command::SetView(view.pan(map.days_from_dx(dx))));
    } else if response.clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        let center = map.time_from_x(p.x);
        out.push(Command::AnimateTo(TimeView {
            start: center - view.span / 2.0,
            ..view
        }));
    }
    response.on_hover_text(t(ui, "overview-strip-tip"));
    out
}

/// A tick in each pixel column where a lane has events starting (the density
/// columns of the timeline, one point wide): the cost follows the strip's
/// width, not the dataset.
fn paint_lane_ticks(
    painter: &egui::Painter,
    timeline: &Timeline,
    lanes: &[usize],
    map: &ScreenMap,
    rect: egui::Rect,
) {
    let rows = lanes.len().max(1) as f32;
    let row_h = (rect.height() - 6.0) / rows;
    for (row, &c) in lanes.iter().enumerate() {
        let [r, g, b] = timeline.categories[c].color;
        let stroke = Stroke::new(1.5, Color32::from_rgb(r, g, b));
        let y0 = rect.top() + 3.0 + row as f32 * row_h;
        let span = (rect.left(), rect.right());
        for column in crate::timeline::density::columns(timeline, c, map, span, 1.0) {
            painter.vline(column.left + 0.5, y0..=y0 + row_h - 1.0, stroke);
        }
    }
}

/// The axis's own ticks: labels that never collide, by year, decade or century.
fn paint_axis_labels(
    painter: &egui::Painter,
    map: &ScreenMap,
    rect: egui::Rect,
    palette: &Palette,
) {
    let font = egui::FontId::proportional(10.0);
    let measure = |t: &str| {
        painter
            .layout_no_wrap(t.to_owned(), font.clone(), Color32::WHITE)
            .size()
            .x
    };
    let lang = super::words::lang(painter.ctx());
    for tick in crate::timeline::ticks::ticks(map, &measure, lang).ticks {
        let Some(label) = tick.label else {
            continue;
        };
        let grid = Stroke::new(1.0, Palette::faded(palette.grid, 0.5));
        painter.vline(tick.x, rect.y_range(), grid);
        let at = pos2(label.left, rect.top() + 1.0);
        painter.text(
            at,
            egui::Align2::LEFT_TOP,
            label.text,
            font.clone(),
            palette.weak_text,
        );
    }
}
