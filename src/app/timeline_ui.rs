//! The central timeline widget: lays out the visible events, paints them,
//! exposes them to AccessKit, and reports what the user did.

use super::command::Command;
use super::timeline_interaction::{keyboard_interaction, pointer_interaction};
use super::words::{t, ta};
use crate::data::model::Timeline;
use crate::render::paint::{label_font, paint_scene};
use crate::timeline::layout::{Crowding, LayoutInput, layout};
use crate::timeline::palette::Palette;
use crate::timeline::scene::{Hit, Scene};
use crate::timeline::view::{ScreenMap, TimeView};
use egui::{Color32, CornerRadius, Sense, Ui};

/// What the timeline widget needs to draw itself.
pub struct TimelineWidget<'a> {
    pub timeline: &'a Timeline,
    pub view: TimeView,
    pub lanes: &'a [usize],
    pub matches: Option<&'a [bool]>,
    /// Events shown (storyline and dispute filters); `None` shows all.
    pub filter: Option<&'a [bool]>,
    pub selected: Option<usize>,
    pub range: Option<(f64, f64)>,
}

/// Shows the timeline in the remaining space of `ui`; returns commands. The
/// screen map used is kept in egui's memory ([`last_screen_map`]).
pub fn timeline_ui(ui: &mut Ui, w: &TimelineWidget<'_>) -> Vec<Command> {
    let rect = ui.available_rect_before_wrap();
    let response = ui.allocate_rect(rect, Sense::click_and_drag());
    let map = ScreenMap::new(w.view, rect.left(), rect.width());
    let painter = ui.painter_at(rect);
    let font = label_font();
    let measure = |s: &str| {
        painter
            .layout_no_wrap(s.to_owned(), font.clone(), Color32::WHITE)
            .size()
            .x
    };
    let input = LayoutInput {
        matches: w.matches,
        filter: w.filter,
        selected: w.selected,
        lang: super::words::lang(ui.ctx()),
        ..LayoutInput::new(w.view, rect, w.lanes, Crowding::Cluster, &measure)
    };
    let scene = std::sync::Arc::new(layout(w.timeline, &input));
    // Kept for this frame's readers (tests, tools) in egui's memory, not on the app.
    ui.data_mut(|d| {
        d.insert_temp(scene_id(), scene.clone());
        d.insert_temp(screen_map_id(), map);
    });

    let mut commands = Vec::new();
    let hovered_event = event_widgets(ui, w.timeline, &scene, &mut commands);
    // The list first: the click that opens it must not also count as a click elsewhere.
    commands.extend(badge_list_ui(ui, w.timeline));
    commands.extend(badge_widgets(ui, w.timeline, &scene, w.view));
    let pointer_hit = response.hover_pos().and_then(|p| scene.hit(p));
    let hovered = hovered_event.or(match pointer_hit {
        Some(Hit::Event(i)) => Some(i),
        _ => None,
    });

    let palette = Palette::for_dark_mode(ui.visuals().dark_mode);
    paint_scene(&painter, &scene, &palette, hovered);
    if let Some((from, to)) = w.range {
        paint_range(&painter, &scene, &map, from, to, &palette);
    }
    if let Some(Hit::Event(i)) = pointer_hit
        && hovered_event.is_none()
    {
        response
            .clone()
            .on_hover_ui_at_pointer(|ui| event_tooltip_ui(ui, w.timeline, i));
    }
    if let (Some(pos), Some((from, to))) = (response.hover_pos(), w.range)
        && [from, to]
            .iter()
            .any(|&d| (map.x_from_time(d) - pos.x).abs() <= 6.0)
    {
        ui.ctx().set_cursor_icon(egui::CursorIcon::ResizeHorizontal);
    }
    if matches!(pointer_hit, Some(Hit::Cluster(_) | Hit::Density(_))) {
        ui.ctx().set_cursor_icon(egui::CursorIcon::ZoomIn);
    }
    if let Some(Hit::Density(d)) = pointer_hit {
        let bar = &scene.density[d];
        let when = day_range_label(ui, bar.from_day, bar.to_day);
        let events = ta(
            ui,
            "tip-density-events",
            &[("count", bar.count.into()), ("when", (&when).into())],
        );
        let text = format!("{events}\n{}", t(ui, "tip-click-to-zoom"));
        response.clone().on_hover_text_at_pointer(text);
    }

    commands.extend(pointer_interaction(ui, &response, &scene, &map, w.range));
    commands.extend(keyboard_interaction(ui, &map));
    commands
}

/// One focusable, labelled widget per drawn event: screen readers and tests find
/// events by "title, date"; Tab reaches them; Enter selects.
fn event_widgets(
    ui: &mut Ui,
    timeline: &Timeline,
    scene: &Scene,
    commands: &mut Vec<Command>,
) -> Option<usize> {
    let mut hovered = None;
    for label in &scene.labels {
        let e = &timeline.events[label.event];
        let id = ui.scope_id().with(("event", &e.id));
        // The label alone: with leaders, label and mark may be far apart, and a
        // rectangle around both would cover other events. Marks are hit-tested.
        let response = ui.interact(label.rect, id, Sense::click());
        let lang = super::words::lang(ui.ctx());
        let name = format!("{}, {}", e.title_in(lang), e.date_label_in(lang));
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, label.selected, &name)
        });
        if response.clicked() {
            commands.push(Command::Select(Some(label.event)));
        }
        if response.hovered() {
            hovered = Some(label.event);
        }
        if response.has_focus() {
            ui.painter().rect_stroke(
                label.rect.expand(3.0),
                CornerRadius::same(3),
                ui.visuals().selection.stroke,
                egui::StrokeKind::Outside,
            );
        }
        response.on_hover_ui(|ui| event_tooltip_ui(ui, timeline, label.event));
    }
    hovered
}

/// Where the last laid-out [`Scene`] is kept in egui's temporary memory.
pub fn scene_id() -> egui::Id {
    egui::Id::unique("timeline-scene")
}

fn screen_map_id() -> egui::Id {
    egui::Id::unique("timeline-screen-map")
}

/// How days mapped to the screen in the last frame that drew the timeline.
pub fn last_screen_map(ctx: &egui::Context) -> Option<ScreenMap> {
    ctx.data(|d| d.get_temp(screen_map_id()))
}

/// How many events a badge's hover list names before "and N more".
const LISTED_IN_TOOLTIP: usize = 12;

/// The events of a badge being picked from (same-day events cannot be split by zooming).
#[derive(Clone, Debug)]
struct BadgeList {
    events: Vec<usize>,
    at: egui::Pos2,
}

fn badge_list_id() -> egui::Id {
    egui::Id::unique("timeline-badge-list")
}

/// One widget per badge: hover lists its events; a click zooms in when that
/// can split them, and otherwise opens a list to pick from.
fn badge_widgets(ui: &mut Ui, timeline: &Timeline, scene: &Scene, view: TimeView) -> Vec<Command> {
    let mut out = Vec::new();
    for (k, badge) in scene.clusters.iter().enumerate() {
        let id = ui.scope_id().with(("badge", k, badge.events.first()));
        let response = ui.interact(badge.rect, id, Sense::click());
        let when = day_range_label(ui, badge.from_day, badge.to_day);
        let name = format!("{}, {when}", badge.text());
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if response.clicked() {
            let one_day = badge.to_day - badge.from_day <= 1.0;
            if one_day || view.span <= crate::timeline::view::MIN_SPAN_DAYS * 1.5 {
                let at = badge.rect.left_bottom() + egui::vec2(0.0, 2.0);
                let list = BadgeList {
                    events: badge.events.clone(),
                    at,
                };
                ui.data_mut(|d| d.insert_temp(badge_list_id(), list));
            } else {
                out.push(Command::AnimateTo(TimeView::fit(
                    badge.from_day,
                    badge.to_day,
                    0.15,
                )));
            }
        }
        response.on_hover_ui(|ui| {
            for &i in badge.events.iter().take(LISTED_IN_TOOLTIP) {
                let e = &timeline.events[i];
                let lang = super::words::lang(ui.ctx());
                ui.label(format!("{} · {}", e.date_label_in(lang), e.title_in(lang)));
            }
            if badge.events.len() > LISTED_IN_TOOLTIP {
                let more = badge.events.len() - LISTED_IN_TOOLTIP;
                ui.weak(ta(ui, "tip-badge-more", &[("count", more.into())]));
            }
            ui.weak(t(ui, "tip-badge-click"));
        });
    }
    out
}

/// The open list of a same-day badge, if any: a click on an entry selects it.
fn badge_list_ui(ui: &mut Ui, timeline: &Timeline) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(list) = ui.data(|d| d.get_temp::<BadgeList>(badge_list_id())) else {
        return out;
    };
    let area = egui::Area::new(badge_list_id().with("area"))
        .order(egui::Order::Foreground)
        .fixed_pos(list.at)
        .show(ui.ctx(), |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_max_width(420.0);
                for &i in list.events.iter().filter(|&&i| i < timeline.events.len()) {
                    let e = &timeline.events[i];
                    let lang = super::words::lang(ui.ctx());
                    let text = format!("{} · {}", e.date_label_in(lang), e.title_in(lang));
                    if ui.selectable_label(false, text).clicked() {
                        out.push(Command::Select(Some(i)));
                    }
                }
            });
        });
    let clicked_elsewhere = area.response.clicked_elsewhere();
    let escape = ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape));
    if !out.is_empty() || clicked_elsewhere || escape {
        ui.data_mut(|d| d.remove::<BadgeList>(badge_list_id()));
    }
    out
}

/// Title and date, as precisely as the date is known.
pub fn event_tooltip_ui(ui: &mut Ui, timeline: &Timeline, index: usize) {
    let e = &timeline.events[index];
    let lang = super::words::lang(ui.ctx());
    ui.strong(e.title_in(lang));
    ui.label(e.date_label_in(lang));
    if let Some(c) = timeline.categories.get(e.category) {
        ui.weak(&c.name);
    }
    let sides = crate::timeline::voices::sides_spoken(timeline, index);
    let quoted: Vec<(String, egui::Color32)> = [
        (
            sides.india,
            "voices-side-india",
            crate::timeline::palette::INDIA_PIP,
        ),
        (
            sides.canada,
            "voices-side-canada",
            crate::timeline::palette::CANADA_PIP,
        ),
    ]
    .into_iter()
    .filter(|(on, _, _)| *on)
    .map(|(_, id, color)| (t(ui, id), color))
    .collect();
    if !quoted.is_empty() {
        ui.horizontal_wrapped(|ui| {
            ui.weak(t(ui, "tip-quoted"));
            for (name, color) in quoted {
                ui.label(egui::RichText::new(format!("● {name}")).color(color));
            }
        });
    }
}

fn paint_range(
    painter: &egui::Painter,
    scene: &Scene,
    map: &ScreenMap,
    from: f64,
    to: f64,
    palette: &Palette,
) {
    let (x0, x1) = (map.x_from_time(from), map.x_from_time(to));
    let band = egui::Rect::from_x_y_ranges(x0..=x1, scene.rect.y_range());
    painter.rect_filled(band, CornerRadius::ZERO, palette.range_fill);
    let stroke = egui::Stroke::new(1.5, palette.selection);
    painter.vline(x0, scene.rect.y_range(), stroke);
    painter.vline(x1, scene.rect.y_range(), stroke);
    let label = |day: f64| {
        crate::data::date::date_from_day(day.round() as i64).map_or_else(String::new, |d| {
            crate::data::date::PartialDate::from_naive(d)
                .short_in(super::words::lang(painter.ctx()))
        })
    };
    let font = crate::render::paint::axis_font();
    let y = scene.axis.bottom() + 4.0;
    painter.text(
        egui::pos2(x0 + 4.0, y),
        egui::Align2::LEFT_TOP,
        label(from),
        font.clone(),
        palette.text,
    );
    painter.text(
        egui::pos2(x1 - 4.0, y),
        egui::Align2::RIGHT_TOP,
        label(to - 1.0),
        font,
        palette.text,
    );
}

/// "on 3 Mar 2020" or "from 3–5 Mar 2020": the half-open day range `[from, to)`.
fn day_range_label(ui: &Ui, from: f64, to: f64) -> String {
    use crate::data::date::{PartialDate, date_from_day};
    let day = |d: f64| date_from_day(d as i64).map(PartialDate::from_naive);
    match (day(from), day(to - 1.0)) {
        (Some(a), Some(b)) if a == b => {
            let date = a.long_in(super::words::lang(ui.ctx()));
            ta(ui, "tip-when-day", &[("date", (&date).into())])
        }
        (Some(a), Some(b)) => {
            let range =
                crate::data::date::format_range_in(&a, Some(&b), super::words::lang(ui.ctx()));
            ta(ui, "tip-when-range", &[("range", (&range).into())])
        }
        _ => String::new(),
    }
}
