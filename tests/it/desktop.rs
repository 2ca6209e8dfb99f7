//! The app as a desktop program: other datasets (drop, open, broken files),
//! state kept across runs through eframe's storage, live reload, help and quit.

use crate::common::{SMALL, harness_for};
use egui::{Key, Modifiers, ViewportCommand, ViewportId};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use india_canada_timeline::app::state::{MemoryStorage, SavedState, ThemeChoice};
use india_canada_timeline::app::{Command, TimelineApp};
use india_canada_timeline::data::load;
use india_canada_timeline::timeline::view::TimeView;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

type H = Harness<'static, TimelineApp>;

fn bundled_app() -> H {
    harness_for(TimelineApp::new(load::bundled().unwrap(), None))
}

/// A file dropped on the window, as the windowing backend hands it over.
#[derive(Debug)]
struct DroppedPath(PathBuf);

impl egui::DroppedFile for DroppedPath {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut H, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(DroppedPath(path.to_owned())));
    h.run();
}

/// Steps the app (in real time: the file watcher runs on its own thread)
/// until `done` holds; false after 15 s.
fn step_until(h: &mut H, done: impl Fn(&H) -> bool) -> bool {
    let deadline = Instant::now() + Duration::from_secs(15);
    while Instant::now() < deadline {
        h.step();
        if done(h) {
            h.run();
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// SMALL with one more event.
fn small_with_added_event() -> String {
    let anchor = "    events: [\n";
    assert!(SMALL.contains(anchor));
    SMALL.replacen(
        anchor,
        &format!(
            "{anchor}        Event(id: \"added\", title: \"Added after an edit\", start: \"2024-02-20\", category: \"security\", summary: \"New.\", quotes: [Quote(source: \"a\", text: \"a new quote\")]),\n"
        ),
        1,
    )
}

/// SMALL with an impossible date in the "middle" event.
fn small_broken() -> String {
    let good = "start: \"2024-02-10\"";
    assert!(SMALL.contains(good));
    SMALL.replace(good, "start: \"2024-02-31\"")
}

#[test]
fn a_broken_file_dropped_on_the_window_keeps_the_timeline_and_lists_its_problems() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, small_broken()).unwrap();
    let mut h = bundled_app();
    let before = h.state().timeline().events.len();

    drop_file(&mut h, &broken);
    let notice = h
        .state()
        .windows()
        .notice
        .clone()
        .expect("the problems are shown");
    assert!(notice.is_error);
    assert_eq!(h.state().timeline().events.len(), before, "timeline kept");
    assert_eq!(h.state().path(), None);
    let line = &notice.lines[0];
    let prefix = format!("{}:", broken.display());
    let position: Vec<&str> = line[prefix.len()..].splitn(3, ':').collect();
    assert!(line.starts_with(&prefix), "{line}");
    assert!(position[0].parse::<u32>().is_ok() && position[1].parse::<u32>().is_ok());
    assert!(line.contains("middle"), "names the event: {line}");
    h.get_by_label(line);
    h.get_by_label_contains("the timeline on screen is unchanged");

    // A good file then opens, replaces the notice and joins the recent list.
    let good = dir.path().join("good.ron");
    std::fs::write(&good, SMALL).unwrap();
    drop_file(&mut h, &good);
    assert_eq!(h.state().timeline().title, "Test timeline");
    assert!(h.state().windows().notice.is_none());
    assert_eq!(h.state().settings().recent, vec![good.clone()]);

    // Anything but a timeline file is refused with a message.
    let text = dir.path().join("notes.txt");
    std::fs::write(&text, "hello").unwrap();
    drop_file(&mut h, &text);
    assert_eq!(h.state().timeline().title, "Test timeline");
    h.get_by_label_contains(
        "notes.txt is not a timeline: open .ron files, or TimelineJS .json and .csv files",
    );
}

#[test]
fn state_round_trips_through_eframe_storage() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("small.ron");
    std::fs::write(&file, SMALL).unwrap();
    let mut h = harness_for(TimelineApp::restore(
        &SavedState::default(),
        Some(file.clone()),
    ));
    let later = h.state().timeline().event_index("later").unwrap();
    let view = TimeView::new(19_730.0, 20.5);
    for c in [
        Command::SetView(view),
        Command::Select(Some(later)),
        Command::ToggleCategory(0),
        Command::SetTheme(ThemeChoice::Dark),
    ] {
        h.state_mut().apply(c);
    }
    h.state_mut().apply(Command::SearchFor("quote".into()));
    h.run();
    assert_eq!(h.ctx.theme(), egui::Theme::Dark);

    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let again = harness_for(TimelineApp::restore(&SavedState::read(&storage), None));
    let app = again.state();
    assert_eq!(app.path(), Some(file.as_path()));
    assert_eq!(app.target(), view);
    assert_eq!(app.reading().selected, Some(later));
    assert_eq!(app.filters().hidden, vec![true, false]);
    assert_eq!(app.filters().search, "quote");
    assert_eq!(app.settings().theme, ThemeChoice::Dark);
    assert_eq!(app.settings().recent, vec![file.clone()]);
    assert_eq!(again.ctx.theme(), egui::Theme::Dark);
    again.get_by_label_contains("a later quote");

    // When the file has gone, the bundled dataset opens with a notice saying so.
    std::fs::remove_file(&file).unwrap();
    let gone = harness_for(TimelineApp::restore(&SavedState::read(&storage), None));
    assert_eq!(gone.state().path(), None);
    assert_eq!(
        gone.state().timeline().events.len(),
        load::bundled().unwrap().events.len()
    );
    let notice = gone.state().windows().notice.clone().expect("a notice");
    assert!(!notice.is_error);
    assert!(
        notice.heading.contains("no longer there"),
        "{}",
        notice.heading
    );
    gone.get_by_label_contains("no longer there");
}

#[test]
fn a_good_edit_on_disk_shows_the_new_event_and_a_bad_one_keeps_the_last_good() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("live.ron");
    std::fs::write(&file, SMALL).unwrap();
    let mut h = harness_for(TimelineApp::restore(
        &SavedState::default(),
        Some(file.clone()),
    ));
    let feb_1 = india_canada_timeline::data::date::PartialDate::parse("2024-02-01").unwrap();
    let feb = TimeView::new(feb_1.first_day() as f64, 30.0);
    h.state_mut().apply(Command::SetView(feb));
    h.run();
    assert!(h.query_by_label_contains("Added after an edit").is_none());

    std::fs::write(&file, small_with_added_event()).unwrap();
    assert!(
        step_until(&mut h, |h| h
            .state()
            .timeline()
            .event_index("added")
            .is_some()),
        "the edit was not picked up"
    );
    h.get_by_label_contains("Added after an edit");
    assert_eq!(h.state().target(), feb, "the view stays where it was");

    std::fs::write(&file, small_broken()).unwrap();
    assert!(
        step_until(&mut h, |h| h.state().windows().notice.is_some()),
        "the broken edit was not reported"
    );
    assert!(
        h.state().timeline().event_index("added").is_some(),
        "last good kept"
    );
    h.get_by_label_contains("still showing the last good version");

    std::fs::write(&file, SMALL).unwrap();
    assert!(
        step_until(&mut h, |h| h.state().windows().notice.is_none()),
        "the fix did not clear the problems"
    );
    assert!(h.state().timeline().event_index("added").is_none());
}

#[test]
fn f1_shows_the_shortcuts_and_ctrl_plus_scales_the_text_not_the_timeline() {
    let mut h = bundled_app();
    assert!(h.query_by_label("Keyboard shortcuts").is_none());
    h.key_press(Key::F1);
    h.run();
    h.get_by_label("Show or hide these shortcuts");
    h.key_press(Key::Escape);
    h.run();
    assert!(h.query_by_label("Show or hide these shortcuts").is_none());

    let view = h.state().target();
    h.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    h.run();
    assert!(
        h.ctx.zoom_factor() > 1.05,
        "text zoom {}",
        h.ctx.zoom_factor()
    );
    assert_eq!(h.state().target(), view, "the timeline did not zoom");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    h.run();
    assert_eq!(h.ctx.zoom_factor(), 1.0);
}

#[test]
fn about_names_the_version_and_the_dataset_and_quit_closes_the_window() {
    let mut h = bundled_app();
    h.state_mut().apply(Command::ShowAbout);
    h.run();
    h.get_by_label(&format!("Version {}", env!("CARGO_PKG_VERSION")));
    let t = load::bundled().unwrap();
    let quotes: usize = t.events.iter().map(|e| e.quotes.len()).sum();
    h.get_by_label(&format!(
        "{} events, {} sources, {quotes} quotes",
        t.events.len(),
        t.sources.len()
    ));
    assert!(
        h.query_all_by_label_contains("india_canada.ron (built in)")
            .count()
            >= 1
    );
    assert!(h.query_by_label_contains("(built in) (built in)").is_none());

    h.state_mut().apply(Command::Quit);
    h.step();
    let closes = h
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.commands.contains(&ViewportCommand::Close));
    assert!(closes, "Quit asks the window to close");
}

#[test]
fn a_file_that_failed_to_open_is_watched_and_opens_once_fixed_or_retried() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("later.ron");
    std::fs::write(&path, small_broken()).unwrap();
    let mut h = bundled_app();
    h.state_mut().open_path(path.clone());
    h.run();
    assert!(h.state().path().is_none(), "the bundled timeline stays");
    assert!(h.query_by_label("Retry").is_some(), "a Retry button");
    std::fs::write(&path, SMALL).unwrap();
    assert!(
        step_until(&mut h, |h| h.state().path() == Some(path.as_path())),
        "a fixed version opens by itself"
    );
    assert!(h.state().windows().notice.is_none());

    let other = dir.path().join("other.ron");
    std::fs::write(&other, small_broken()).unwrap();
    h.state_mut().open_path(other.clone());
    h.run();
    std::fs::write(&other, small_with_added_event()).unwrap();
    h.get_by_label("Retry").click();
    h.run();
    assert_eq!(h.state().path(), Some(other.as_path()), "Retry opens it");
}

#[test]
fn a_deleted_file_is_reported_and_the_timeline_stays() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.ron");
    std::fs::write(&path, SMALL).unwrap();
    let mut h = bundled_app();
    h.state_mut().open_path(path.clone());
    h.run();
    std::thread::sleep(Duration::from_millis(200));
    std::fs::remove_file(&path).unwrap();
    assert!(
        step_until(&mut h, |h| h
            .state()
            .windows()
            .notice
            .as_ref()
            .is_some_and(|n| n.heading.contains("deleted or moved"))),
        "the user is told"
    );
    assert_eq!(h.state().timeline().events.len(), 3);
}

#[test]
fn a_large_file_opens_in_the_background_without_blocking_the_frame() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.ron");
    std::fs::write(
        &path,
        india_canada_timeline::data::generate::generate(6000, 3),
    )
    .unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 1024 * 1024);
    let mut h = bundled_app();
    let before = h.state().timeline().events.len();
    h.state_mut().open_path(path.clone());
    assert_eq!(
        h.state().timeline().events.len(),
        before,
        "returned before loading"
    );
    assert!(
        h.state().windows().notice.as_ref().is_some_and(|n| n.busy),
        "a progress note"
    );
    assert!(step_until(&mut h, |h| h.state().timeline().events.len() == 6000));
    assert!(h.state().windows().notice.is_none());
}

#[cfg(unix)]
#[test]
fn a_pipe_as_the_last_file_does_not_stop_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let saved = SavedState {
        dataset: Some(fifo),
        view: Some((f64::NAN, f64::INFINITY)),
        ..Default::default()
    };
    let app = TimelineApp::restore(&saved, None);
    assert!(app.path().is_none());
    assert!(
        app.windows()
            .notice
            .as_ref()
            .is_some_and(|n| n.lines.iter().any(|l| l.contains("not a regular file")))
    );
    assert!(app.view().start.is_finite() && app.view().span.is_finite());
}

#[test]
fn esc_closes_the_shortcuts_and_export_windows_before_clearing_the_selection() {
    let mut h = bundled_app();
    h.state_mut().apply(Command::Select(Some(0)));
    h.state_mut().apply(Command::OpenExport);
    h.run();
    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().windows().export.open);
    assert_eq!(h.state().reading().selected, Some(0), "the selection stays");
    h.key_press(Key::Escape);
    h.run();
    assert_eq!(h.state().reading().selected, None);
}
