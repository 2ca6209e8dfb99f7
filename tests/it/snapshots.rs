//! Rendered snapshots of the app (GPU, or mesa's software Vulkan driver).
//! Run with `cargo test --features snapshots`; update with `UPDATE_SNAPSHOTS=1`.
#![cfg(feature = "snapshots")]

use egui::vec2;
use egui_kittest::Harness;
use india_canada_timeline::app::TimelineApp;
use india_canada_timeline::load;
use india_canada_timeline::view::TimeView;

fn harness(app: TimelineApp) -> Harness<'static, TimelineApp> {
    let mut h = Harness::builder()
        .with_size(vec2(1280.0, 800.0))
        .with_context_setup(india_canada_timeline::fonts::install)
        .with_max_steps(120)
        .wgpu()
        .build_ui_state(|ui, app: &mut TimelineApp| app.show(ui), app);
    h.run();
    h
}

#[test]
fn default_view() {
    let app = TimelineApp::new(load::bundled().unwrap(), None);
    let mut h = harness(app);
    h.snapshot("default_view");
}

#[test]
fn selected_event_in_a_quarter() {
    let timeline = load::bundled().unwrap();
    let i = timeline
        .event_index("trudeau-announces-resignation")
        .expect("event in the bundled dataset");
    let start = timeline.events[i].start_day() as f64 - 30.0;
    let mut app = TimelineApp::new(timeline, None);
    app.view = TimeView::new(start, 92.0);
    app.target = app.view;
    app.selected = Some(i);
    let mut h = harness(app);
    h.snapshot("selected_event_quarter");
}
