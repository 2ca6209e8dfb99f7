//! Rendered snapshots of the app (GPU, or mesa's software Vulkan driver).
//! Run with `cargo test --features snapshots`; update with `UPDATE_SNAPSHOTS=1`.
#![cfg(feature = "snapshots")]

use egui::vec2;
use egui_kittest::Harness;
use india_canada_timeline::app::{Command, TimelineApp};
use india_canada_timeline::data::load;
use india_canada_timeline::timeline::view::TimeView;

fn harness(app: TimelineApp) -> Harness<'static, TimelineApp> {
    let mut h = Harness::builder()
        .with_size(vec2(1280.0, 800.0))
        .with_context_setup(india_canada_timeline::render::fonts::install)
        .with_max_steps(120)
        .wgpu()
        .build_ui_state(|ui, app: &mut TimelineApp| app.show(ui), app);
    h.run();
    h
}

#[test]
fn selected_event_in_a_quarter() {
    let timeline = load::bundled().unwrap();
    let i = timeline
        .event_index("trudeau-announces-resignation")
        .expect("event in the bundled dataset");
    let start = timeline.events[i].start_day() as f64 - 30.0;
    let mut app = TimelineApp::new(timeline, None);
    app.apply(Command::SetView(TimeView::new(start, 92.0)));
    app.apply(Command::Select(Some(i)));
    let mut h = harness(app);
    h.snapshot("selected_event_quarter");
}

/// The looks that matter, in both themes: the first view, a disputed event,
/// the list, the tour, the export dialog and the shortcuts sheet (12 images),
/// and the first view at 2 pixels per point in both themes.
#[test]
fn every_main_view_in_both_themes() {
    use egui::ThemePreference;
    type Setup = fn(&mut TimelineApp);
    let views: [(&str, Setup); 6] = [
        ("first_view", |_| {}),
        ("disputed_event", |app| {
            let i = app.timeline().event_index("nijjar-killed").unwrap();
            app.apply(Command::Select(Some(i)));
        }),
        ("list", |app| app.apply(Command::ToggleList)),
        ("tour", |app| app.apply(Command::StartTour)),
        ("export_dialog", |app| {
            app.apply(Command::OpenExport);
            // The default folder is the user's home: the same on every machine here.
            app.apply(Command::SetExportPath(
                "/home/reader/india-canada.png".into(),
            ));
        }),
        ("shortcuts", |app| app.apply(Command::ToggleShortcuts)),
    ];
    let mut errors = Vec::new();
    for (theme, suffix) in [
        (ThemePreference::Light, "light"),
        (ThemePreference::Dark, "dark"),
    ] {
        for (name, setup) in views {
            let mut app = TimelineApp::new(load::bundled().unwrap(), None);
            app.apply(Command::SetTheme(theme));
            setup(&mut app);
            let mut h = harness(app);
            if let Err(e) = h.try_snapshot(format!("{name}_{suffix}")) {
                errors.push(e.to_string());
            }
        }
        let mut app = TimelineApp::new(load::bundled().unwrap(), None);
        app.apply(Command::SetTheme(theme));
        let mut h = Harness::builder()
            .with_size(vec2(1280.0, 800.0))
            .with_pixels_per_point(2.0)
            .with_context_setup(india_canada_timeline::render::fonts::install)
            .with_max_steps(120)
            .wgpu()
            .build_ui_state(|ui, app: &mut TimelineApp| app.show(ui), app);
        h.run();
        if let Err(e) = h.try_snapshot(format!("first_view_2x_{suffix}")) {
            errors.push(e.to_string());
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}
