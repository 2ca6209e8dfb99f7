//! The whole app driven as a user would, without a GPU (egui_kittest).

use egui::accesskit::Role;
use egui::{Event, Modifiers, MouseWheelUnit, PointerButton, Pos2, TouchPhase, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use india_canada_timeline::app::{Command, TimelineApp};
use india_canada_timeline::data::load;
use india_canada_timeline::timeline::view::TimeView;

use crate::common;

fn harness() -> Harness<'static, TimelineApp> {
    common::harness_for(TimelineApp::new(load::bundled().unwrap(), None))
}

/// Shows a window of time around an event and settles the animation.
fn look_at(h: &mut Harness<'static, TimelineApp>, id: &str, span: f64) -> usize {
    let i = h.state().timeline().event_index(id).unwrap();
    let e = &h.state().timeline().events[i];
    let v = TimeView::new(e.start_day() as f64 - span * 0.3, span);
    h.state_mut().apply(Command::SetView(v));
    h.run();
    i
}

fn label_of(h: &Harness<'static, TimelineApp>, i: usize) -> String {
    let e = &h.state().timeline().events[i];
    format!("{}, {}", e.title, e.date_label())
}

/// "2024-10-01" for a day number.
fn day(d: f64) -> String {
    india_canada_timeline::data::date::date_from_day(d as i64)
        .unwrap()
        .format("%Y-%m-%d")
        .to_string()
}

/// Presses at `from`, moves to `to` in ten steps, releases, with `modifiers` held.
fn drag(h: &mut Harness<'static, TimelineApp>, from: Pos2, to: Pos2, modifiers: Modifiers) {
    h.event(Event::PointerMoved(from));
    h.event(Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers,
    });
    h.step();
    for k in 1..=10 {
        h.event_modifiers(
            Event::PointerMoved(from + (to - from) * (k as f32 / 10.0)),
            modifiers,
        );
        h.step();
    }
    h.event(Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers,
    });
    h.run();
}

fn timeline_point(h: &Harness<'static, TimelineApp>, fx: f32) -> Pos2 {
    let map = india_canada_timeline::app::last_screen_map(&h.ctx).unwrap();
    Pos2::new(map.left + map.width * fx, 300.0)
}

#[test]
fn clicking_an_event_shows_its_quote_in_the_side_panel() {
    let mut h = harness();
    let first_id = h.state().timeline().events[0].id.clone();
    let i = look_at(&mut h, &first_id, 60.0);
    h.get_by_label(&label_of(&h, i)).click();
    h.run();
    assert_eq!(h.state().reading().selected, Some(i));
    let quote = h.state().timeline().events[i].quotes[0].text.clone();
    let snippet: String = quote.chars().take(40).collect();
    assert!(
        h.query_by_label_contains(&snippet).is_some(),
        "side panel shows the quote"
    );
    let quotes = h.state().timeline().events[i].quotes.len();
    assert_eq!(
        h.query_all_by_label("Copy citation").count(),
        quotes,
        "one citation button per quote"
    );
}

#[test]
fn ctrl_wheel_zooms_about_the_pointer() {
    let mut h = harness();
    let pos = timeline_point(&h, 0.3);
    let before = india_canada_timeline::app::last_screen_map(&h.ctx).unwrap();
    let day_under_pointer = before.time_from_x(pos.x);
    h.hover_at(pos);
    h.event(Event::MouseWheel {
        unit: MouseWheelUnit::Point,
        delta: vec2(0.0, 120.0),
        phase: TouchPhase::Move,
        source: egui::MouseWheelSource::Unknown,
        modifiers: Modifiers::COMMAND,
    });
    h.run();
    let after = india_canada_timeline::app::last_screen_map(&h.ctx).unwrap();
    assert!(
        after.view.span < before.view.span * 0.95,
        "{:?} -> {:?}",
        before.view,
        after.view
    );
    let drift_px = (after.x_from_time(day_under_pointer) - pos.x).abs();
    assert!(
        drift_px < 1.0,
        "the date under the pointer moved {drift_px} px"
    );
}

#[test]
fn dragging_pans_the_view() {
    let mut h = harness();
    let start = timeline_point(&h, 0.6);
    let end = start - vec2(200.0, 0.0);
    let before = h.state().view();
    let px_per_day = india_canada_timeline::app::last_screen_map(&h.ctx)
        .unwrap()
        .px_per_day();
    drag(&mut h, start, end, Modifiers::NONE);
    let moved_days = h.state().view().start - before.start;
    let expected = 200.0 / px_per_day;
    assert!(
        (moved_days - expected).abs() < expected * 0.15,
        "moved {moved_days} days, expected about {expected}"
    );
    assert_eq!(h.state().view().span, before.span);
    assert_eq!(h.state().reading().selected, None, "a drag is not a click");
}

#[test]
fn arrow_keys_step_through_events_in_date_order() {
    let mut h = harness();
    let first_id = h.state().timeline().events[0].id.clone();
    look_at(&mut h, &first_id, 60.0);
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let a = h.state().reading().selected.expect("→ selects an event");
    h.key_press(egui::Key::ArrowRight);
    h.run();
    let b = h.state().reading().selected.unwrap();
    assert_eq!(b, a + 1);
    let t = &h.state().timeline();
    assert!(t.events[a].start_day() <= t.events[b].start_day());
    let view = h.state().view();
    let e = &t.events[b];
    assert!(
        view.start <= e.start_day() as f64 && (e.start_day() as f64) < view.end(),
        "the selection is in view"
    );
    h.key_press(egui::Key::ArrowLeft);
    h.run();
    assert_eq!(h.state().reading().selected, Some(a));
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(h.state().reading().selected, None);
}

#[test]
fn search_narrows_the_matches_and_enter_jumps_to_one() {
    let mut h = harness();
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::F);
    h.run();
    let search = h.get_by_role(Role::TextInput);
    assert!(search.is_focused(), "Ctrl+F focuses the search box");
    search.type_text("uranium");
    h.run();
    let total = h.state().timeline().events.len();
    let n = h
        .state_mut()
        .matches()
        .unwrap()
        .iter()
        .filter(|m| **m)
        .count();
    assert!(n >= 1 && n < total, "{n} of {total}");
    let shown = if n == 1 {
        "1 match".to_owned()
    } else {
        format!("{n} matches")
    };
    assert!(
        h.query_by_label(&shown).is_some(),
        "the count shows: {shown}"
    );
    h.key_press(egui::Key::Enter);
    h.run();
    let i = h.state().reading().selected.expect("Enter selects a match");
    let e = &h.state().timeline().events[i];
    let hay = format!("{} {} {:?}", e.title, e.summary, e.quotes).to_lowercase();
    assert!(hay.contains("uranium"), "{}", e.id);
}

#[test]
fn category_toggle_hides_a_lane() {
    let mut h = harness();
    let c = h
        .state()
        .timeline()
        .categories
        .iter()
        .position(|c| c.id == "trade")
        .unwrap();
    let name = h.state().timeline().categories[c].name.clone();
    let trade_event = h
        .state()
        .timeline()
        .events
        .iter()
        .position(|e| e.category == c)
        .unwrap();
    let id = h.state().timeline().events[trade_event].id.clone();
    look_at(&mut h, &id, 40.0);
    let label = label_of(&h, trade_event);
    assert!(h.query_by_label(&label).is_some(), "visible before");
    h.get_by_label("Lanes").click();
    h.run();
    h.get_by_label_contains(&name).click();
    h.run();
    assert!(h.state().filters().hidden[c]);
    assert!(
        h.query_by_label(&label).is_none(),
        "hidden after the toggle"
    );
}

#[test]
fn shift_drag_selects_a_range_that_the_export_dialog_shows() {
    let mut h = harness();
    let a = timeline_point(&h, 0.3);
    let b = timeline_point(&h, 0.6);
    let map = india_canada_timeline::app::last_screen_map(&h.ctx).unwrap();
    let (day_a, day_b) = (map.time_from_x(a.x), map.time_from_x(b.x));
    let view_before = h.state().view();
    drag(&mut h, a, b, Modifiers::SHIFT);
    let (from, to) = h
        .state()
        .reading()
        .range
        .expect("Shift+drag selects a range");
    assert!(
        (from - day_a).abs() < 3.0 && (to - day_b).abs() < 3.0,
        "{from}..{to} vs {day_a}..{day_b}"
    );
    assert_eq!(h.state().view(), view_before, "a range drag does not pan");

    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::E);
    h.run();
    assert!(h.state().windows().export.open);
    assert_eq!(
        h.get_by_label("From").value().as_deref(),
        Some(day(from.floor()).as_str())
    );
    assert_eq!(
        h.get_by_label("To").value().as_deref(),
        Some(day(to.ceil() - 1.0).as_str())
    );

    h.key_press(egui::Key::Escape);
    h.run();
    assert!(
        !h.state().windows().export.open,
        "Esc closes the dialog first"
    );
    assert!(h.state().reading().range.is_some(), "and leaves the range");
    h.key_press(egui::Key::Escape);
    h.run();
    assert_eq!(
        h.state().reading().range,
        None,
        "a second Esc clears the range"
    );
}

#[test]
fn the_export_button_opens_the_dialog_on_the_visible_range() {
    let mut h = harness();
    h.get_by_label("Export…").click();
    h.run();
    assert!(h.state().windows().export.open);
    let view = h.state().view();
    assert_eq!(
        h.get_by_label("From").value().as_deref(),
        Some(day(view.start.floor()).as_str())
    );
}

#[test]
fn an_events_tooltip_never_shows_over_a_window() {
    use india_canada_timeline::app::{Command, scene_id};
    use india_canada_timeline::timeline::scene::Scene;
    use std::sync::Arc;
    let mut h = harness();
    h.state_mut().apply(Command::ToggleShortcuts);
    h.run();
    let window = h
        .query_all_by_role(Role::Window)
        .map(|n| n.rect())
        .next()
        .expect("the shortcuts window");
    let scene = h
        .ctx
        .data(|d| d.get_temp::<Arc<Scene>>(scene_id()))
        .unwrap();
    let t = h.state().timeline().clone();
    let (mark, at) = scene
        .marks
        .iter()
        .map(|m| (m.event, m.shape.bounds().center()))
        .find(|(_, c)| window.shrink(20.0).contains(*c))
        .expect("a mark under the window");
    let title = t.events[mark].title.clone();
    h.hover_at(at);
    h.run();
    assert!(
        h.query_by_label(&title).is_none(),
        "no tooltip over the window"
    );
    // With the window closed, the same place shows the event's tooltip.
    h.state_mut().apply(Command::ToggleShortcuts);
    h.run();
    h.hover_at(at);
    h.run();
    assert!(h.query_by_label(&title).is_some(), "the tooltip of {title}");
    // Opening the window while the pointer rests there hides it (F1, no motion).
    h.key_press(egui::Key::F1);
    h.run();
    assert!(h.state().windows().show_shortcuts);
    assert!(
        h.query_by_label(&title).is_none(),
        "the tooltip went with the window"
    );
}
