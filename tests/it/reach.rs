//! Every event can be found: reached by clicks alone from the first view,
//! labelled and on screen once selected however it was selected, and never
//! covered by another label or a badge.

use crate::common;
use egui::{Event, Modifiers, PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use india_canada_timeline::app::{Command, TimelineApp, scene_id};
use india_canada_timeline::data::load;
use india_canada_timeline::timeline::layout::{Crowding, LayoutInput, layout};
use india_canada_timeline::timeline::scene::{Hit, Scene};
use india_canada_timeline::timeline::view::TimeView;
use std::sync::Arc;

type H = Harness<'static, TimelineApp>;

fn harness() -> H {
    common::harness_for(TimelineApp::new(load::bundled().unwrap(), None))
}

fn scene(h: &H) -> Arc<Scene> {
    h.ctx
        .data(|d| d.get_temp::<Arc<Scene>>(scene_id()))
        .expect("a scene was laid out")
}

fn click_at(h: &mut H, pos: Pos2) {
    h.event(Event::PointerMoved(pos));
    for pressed in [true, false] {
        h.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    h.run();
}

/// One click towards event `i`: its label, its mark, or the badge holding it
/// (and then the entry of the badge's list, if it opened one).
fn click_towards(h: &mut H, i: usize) {
    let s = scene(h);
    if let Some(l) = s.labels.iter().find(|l| l.event == i) {
        return click_at(h, l.rect.center());
    }
    if let Some(mark) = s.mark_of(i)
        && s.hit(mark.center()) == Some(Hit::Event(i))
    {
        return click_at(h, mark.center());
    }
    let badge = s
        .clusters
        .iter()
        .find(|c| c.events.contains(&i))
        .expect("the event is labelled, marked or in a badge");
    click_at(h, badge.rect.center());
    let e = &h.state().timeline().events[i];
    let entry = format!("{} · {}", e.date_label(), e.title);
    if let Some(node) = h.query_by_label(&entry) {
        node.click();
        h.run();
    }
}

#[test]
fn every_event_can_be_reached_by_clicks_from_the_first_view() {
    let mut h = harness();
    let n = h.state().timeline().events.len();
    for i in 0..n {
        h.state_mut().apply(Command::Select(None));
        h.state_mut().apply(Command::FitAll);
        h.run();
        let mut clicks = 0;
        while h.state().reading().selected != Some(i) {
            assert!(
                clicks < 8,
                "event {} not reached in 8 clicks",
                h.state().timeline().events[i].id
            );
            click_towards(&mut h, i);
            clicks += 1;
        }
    }
}

/// The selected event has a label inside the timeline.
fn selected_is_labelled_on_screen(h: &H) -> bool {
    let (Some(i), Some(map)) = (
        h.state().reading().selected,
        india_canada_timeline::app::last_screen_map(&h.ctx),
    ) else {
        return false;
    };
    scene(h).labels.iter().any(|l| {
        l.event == i
            && l.rect.left() >= map.left - 1.0
            && l.rect.right() <= map.left + map.width + 1.0
    })
}

#[test]
fn the_selected_event_is_on_screen_however_it_was_selected() {
    let mut h = harness();
    let keys = [
        egui::Key::ArrowRight,
        egui::Key::End,
        egui::Key::ArrowLeft,
        egui::Key::Home,
        egui::Key::ArrowRight,
    ];
    for key in keys {
        h.key_press(key);
        h.run();
        assert!(selected_is_labelled_on_screen(&h), "after {key:?}");
    }
    assert_eq!(
        h.state().reading().selected,
        Some(1),
        "Home went to the first event, then one on"
    );
    for _ in 0..3 {
        h.get_by_label("Next ▶").click();
        h.run();
        assert!(selected_is_labelled_on_screen(&h), "after Next");
    }
    // Deep in one day, then a search far away.
    let v = TimeView::new(h.state().timeline().events[0].start_day() as f64, 1.0);
    h.state_mut().apply(Command::SetView(v));
    h.state_mut().apply(Command::SearchFor("Cameco".into()));
    h.state_mut().apply(Command::StepMatch(1));
    h.run();
    assert!(selected_is_labelled_on_screen(&h), "after a search match");
}

#[test]
fn search_steps_through_every_match_and_wraps() {
    let mut h = harness();
    h.state_mut().apply(Command::SearchFor("expel".into()));
    h.run();
    let matches: Vec<usize> = {
        let t = &h.state().timeline();
        let index = india_canada_timeline::timeline::search::SearchIndex::new(t);
        let m = index.matches("expel").unwrap();
        (0..m.len()).filter(|&i| m[i]).collect()
    };
    assert!(matches.len() > 3);
    // From the end of the timeline, where no match lies after the view's middle.
    let last = h.state().timeline().events.len() - 1;
    h.state_mut().apply(Command::Select(Some(last)));
    let mut seen = Vec::new();
    for _ in 0..matches.len() {
        h.state_mut().apply(Command::StepMatch(1));
        seen.push(h.state().reading().selected.unwrap());
    }
    assert_eq!(
        seen, matches,
        "every match, in date order, starting over from the first"
    );
    assert_eq!(h.state().reading().selected, matches.last().copied());
    h.state_mut().apply(Command::Select(Some(matches[0])));
    h.state_mut().apply(Command::StepMatch(-1));
    assert_eq!(
        h.state().reading().selected,
        matches.last().copied(),
        "Shift+Enter wraps backwards"
    );
}

/// Twenty events on one day in one lane: more than its rows can label.
fn same_day_timeline() -> india_canada_timeline::data::model::Timeline {
    let events: String = (0..20)
        .map(|k| format!("Event(id: \"e{k}\", title: \"Same-day event number {k}\", start: \"2024-05-01\", category: \"c\", quotes: [Quote(source: \"s\", text: \"q{k}\")]),"))
        .collect();
    let text = format!(
        "Timeline(title: \"t\", categories: [Category(id: \"c\", name: \"C\", color: \"#336699\")], sources: [Source(id: \"s\", outlet: \"O\")], events: [{events}])"
    );
    load::load_str(&text, "t.ron").unwrap()
}

#[test]
fn a_same_day_badge_opens_a_list_to_pick_from() {
    let mut h = common::harness_for(TimelineApp::new(same_day_timeline(), None));
    let s = scene(&h);
    let badge = s
        .clusters
        .iter()
        .find(|c| c.to_day - c.from_day <= 1.0)
        .expect("a same-day badge");
    let first = badge.events[0];
    let span_before = h.state().view().span;
    click_at(&mut h, badge.rect.center());
    assert_eq!(
        h.state().view().span,
        span_before,
        "zooming cannot split one day: no zoom"
    );
    let e = &h.state().timeline().events[first];
    let entry = format!("{} · {}", e.date_label(), e.title);
    h.get_by_label(&entry).click();
    h.run();
    assert_eq!(h.state().reading().selected, Some(first));
    assert!(h.query_by_label(&entry).is_none(), "the list closes");
}

#[test]
fn labels_and_badges_never_overlap_at_any_width_or_zoom() {
    let t = load::bundled().unwrap();
    let m = india_canada_timeline::render::measure::Measurer::new();
    let measure = |s: &str| m.width(s, india_canada_timeline::timeline::style::LABEL_FONT_SIZE);
    let lanes: Vec<usize> = (0..t.categories.len()).collect();
    let (first, last) = t.span().unwrap();
    for width in [800.0, 1280.0, 1920.0, 3840.0] {
        let rect = egui::Rect::from_min_size(egui::pos2(0.0, 0.0), egui::vec2(width, 700.0));
        let mut span = (last - first) as f64 * 1.1;
        while span >= 1.0 {
            for start in [
                first as f64,
                (first + last) as f64 / 2.0 - span / 2.0,
                last as f64 - span,
            ] {
                let view = TimeView::new(start, span);
                let s = layout(
                    &t,
                    &LayoutInput::new(view, rect, &lanes, Crowding::Cluster, &measure),
                );
                let boxes: Vec<egui::Rect> = s
                    .labels
                    .iter()
                    .map(|l| l.rect)
                    .chain(s.clusters.iter().map(|c| c.rect))
                    .collect();
                for (a, ra) in boxes.iter().enumerate() {
                    for rb in &boxes[a + 1..] {
                        assert!(
                            ra.intersect(*rb).area() <= 0.0 || !ra.intersects(*rb),
                            "width {width}, span {span}"
                        );
                    }
                }
                for tick in s.ticks.ticks.iter().filter_map(|t| t.label.as_ref()) {
                    assert!(
                        tick.left >= 0.0 && tick.right <= width + 0.5,
                        "axis label {} clipped at width {width}, span {span}",
                        tick.text
                    );
                }
            }
            span /= 3.0;
        }
    }
}

#[test]
fn the_first_view_tells_the_story_with_titles_not_badges() {
    let mut h = egui_kittest::Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(india_canada_timeline::render::fonts::install)
        .with_max_steps(120)
        .build_ui_state(
            |ui, app: &mut TimelineApp| app.show(ui),
            TimelineApp::new(load::bundled().unwrap(), None),
        );
    h.run();
    let s = scene(&h);
    let t = &h.state().timeline();
    let titled: std::collections::HashSet<usize> = s.labels.iter().map(|l| l.event).collect();
    assert!(
        titled.len() >= 40,
        "{} titles in the first view",
        titled.len()
    );
    let untitled_keys: Vec<&str> = t
        .events
        .iter()
        .enumerate()
        .filter(|(i, e)| {
            e.importance == india_canada_timeline::data::model::Importance::Key
                && !titled.contains(i)
        })
        .map(|(_, e)| e.id.as_str())
        .collect();
    assert!(
        untitled_keys.is_empty(),
        "key events without a title: {untitled_keys:?}"
    );
}

#[test]
fn storylines_eras_and_disputes_show_on_the_timeline() {
    let mut h = harness();
    let s = scene(&h);
    assert!(
        s.eras.len() >= 3 && s.eras.iter().any(|e| e.name.is_some()),
        "named eras in view"
    );
    assert!(s.marks.iter().any(|m| m.disputed) && s.marks.iter().any(|m| m.key));

    // Selecting an event of a storyline highlights the rest of it and joins them.
    let t = h.state().timeline().clone();
    let i = t.event_index("nijjar-three-arrested").unwrap();
    h.state_mut().apply(Command::Select(Some(i)));
    h.run();
    let s = scene(&h);
    let related: Vec<usize> = s
        .marks
        .iter()
        .filter(|m| m.related)
        .map(|m| m.event)
        .collect();
    assert!(!related.is_empty() && s.storyline.len() > 1);
    for r in related {
        assert!(
            t.events[r]
                .threads
                .iter()
                .any(|th| t.events[i].threads.contains(th))
        );
    }

    // One storyline alone, then disputed events alone.
    let nijjar = t
        .threads
        .iter()
        .position(|th| th.id == "nijjar-case")
        .unwrap();
    h.state_mut().apply(Command::SetThreadFilter(Some(nijjar)));
    h.state_mut().apply(Command::FitAll);
    h.run();
    let s = scene(&h);
    assert!(!s.marks.is_empty());
    assert!(
        s.marks
            .iter()
            .all(|m| t.events[m.event].threads.contains(&nijjar))
    );
    h.state_mut().apply(Command::SetThreadFilter(None));
    h.state_mut().apply(Command::SetDisputedOnly(true));
    h.run();
    let s = scene(&h);
    assert!(!s.marks.is_empty() && s.marks.iter().all(|m| m.disputed));
    // Stepping through events skips the filtered-out ones.
    h.state_mut().apply(Command::SelectEnd(-1));
    let first = h.state().reading().selected.unwrap();
    assert!(!t.events[first].disputes.is_empty());
}
