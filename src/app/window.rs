//! Starting the native window: icon, app id, saved state, and what the
//! command line asks for (a file, an event to select, dates to show).

use super::state::SavedState;
use super::{TimelineApp, app_icon};
use crate::base::i18n::Lang;
use crate::data::date::PartialDate;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// What the window opens on, from the command line.
#[derive(Clone, Debug, Default)]
pub struct StartOptions {
    /// A timeline file to open instead of the one open last time.
    pub file: Option<PathBuf>,
    /// The id of the event to select.
    pub event: Option<String>,
    /// The speaker whose page to open (id, name or alias).
    pub speaker: Option<String>,
    /// The dates to show: from the first day of the first to the last day of the second.
    pub range: Option<(PartialDate, PartialDate)>,
    /// The interface's language, over the one chosen last time or the system's.
    pub lang: Option<Lang>,
}

/// Opens the app window: on `start.file` if given, else on the dataset open
/// last time; then selects `start.event` and shows `start.range`, if given.
pub fn run(start: StartOptions) -> ExitCode {
    let started = Instant::now();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("India–Canada Timeline")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if let Some(icon) = app_icon() {
        viewport = viewport.with_icon(icon);
    }
    super::saved_file::repair_saved_state(APP_ID);
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            crate::render::fonts::install_in_background(&cc.egui_ctx);
            let mut saved = cc.storage.map(SavedState::read).unwrap_or_default();
            // The system's language on first start; the one chosen since after that.
            saved.lang = Some(start.lang.or(saved.lang).unwrap_or_else(Lang::from_system));
            let status = super::link_status_path()
                .map(|p| super::LinkStatus::read(&p))
                .unwrap_or_default();
            let app = TimelineApp::restore(&saved, start.file.clone()).with_link_status(status);
            if let Some(notice) = &app.windows.notice {
                eprintln!("{}", notice.heading);
                for line in &notice.lines {
                    eprintln!("{line}");
                }
            }
            cc.egui_ctx
                .data_mut(|d| d.insert_temp(super::frame::started_id(), started));
            Ok(Box::new(Starting {
                app,
                start: Some(start),
            }))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("india-canada-timeline: cannot open a window: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The app, with the command line's event and dates still to apply: they are
/// applied once the timeline is on screen (a large file loads in the background).
struct Starting {
    app: TimelineApp,
    start: Option<StartOptions>,
}

impl eframe::App for Starting {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        if self.app.files.loading.is_none()
            && let Some(start) = self.start.take()
        {
            apply_start(&mut self.app, &start);
        }
        eframe::App::ui(&mut self.app, ui, frame);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::App::save(&mut self.app, storage);
    }
}

/// Selects the event and shows the dates the command line asked for. An
/// unknown id is reported on stderr and the app opens without a selection.
fn apply_start(app: &mut TimelineApp, start: &StartOptions) {
    if let Some(id) = &start.event {
        match app.doc.timeline.event_index(id) {
            Some(i) => {
                app.reading.selected = Some(i);
                if start.range.is_none() {
                    let e = &app.doc.timeline.events[i];
                    let (from, to) = (e.start_day() as f64, e.end_day() as f64);
                    app.target = app.view().scrolled_to_show(from, to, 0.05);
                    app.view = app.target();
                }
            }
            None => eprintln!(
                "india-canada-timeline: warning: no event has the id `{}`; opening without a selection",
                crate::base::text::shown(id)
            ),
        }
    }
    if let Some(wanted) = &start.speaker {
        match crate::timeline::quotes::find_speaker(&app.doc.timeline, wanted) {
            Ok(i) => app.reading.speaker_page = Some(i),
            Err(message) => {
                eprintln!("india-canada-timeline: warning: {message}; opening without it")
            }
        }
    }
    if let Some((from, to)) = start.range {
        let view = crate::timeline::view::TimeView::fit(
            from.first_day() as f64,
            to.end_day_exclusive() as f64,
            0.02,
        );
        app.view = view;
        app.target = view;
    }
}

/// The app id: window class on Linux (matches the .desktop file) and the
/// name of the folder where eframe keeps the saved state.
pub const APP_ID: &str = "india-canada-timeline";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::date::PartialDate;

    fn app() -> TimelineApp {
        TimelineApp::new(crate::data::load::bundled().unwrap(), None)
    }

    #[test]
    fn the_command_line_selects_an_event_and_shows_dates() {
        let mut a = app();
        let id = a.doc.timeline.events[10].id.clone();
        let date = |s| PartialDate::parse(s).unwrap();
        let start = StartOptions {
            file: None,
            event: Some(id),
            speaker: Some("Jaishankar".into()),
            range: Some((date("2024-10"), date("2024-12"))),
            lang: None,
        };
        apply_start(&mut a, &start);
        assert_eq!(a.reading.selected, Some(10));
        let page = a
            .reading
            .speaker_page
            .map(|i| a.doc.timeline.speakers[i].id.as_str());
        assert_eq!(page, Some("s-jaishankar"), "the page opens by alias");
        let first = date("2024-10").first_day() as f64;
        let end = date("2024-12").end_day_exclusive() as f64;
        assert!(a.view.start < first && a.view.end() > end, "{:?}", a.view);
        assert!(a.view.end() - a.view.start < (end - first) * 1.1);
        assert_eq!(a.view, a.target);
    }

    #[test]
    fn an_unknown_event_opens_without_a_selection() {
        let mut a = app();
        let before = a.view;
        let start = StartOptions {
            event: Some("no-such-event".into()),
            ..StartOptions::default()
        };
        apply_start(&mut a, &start);
        assert_eq!((a.reading.selected, a.view), (None, before));
    }
}
