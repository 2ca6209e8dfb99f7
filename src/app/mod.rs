//! eframe glue: panels, commands, animation. The logic lives in the modules
//! this one calls; here is only the wiring.

mod apply;
mod attribution_ui;
mod command;
mod compare_glue;
mod compare_ui;
mod copied_ui;
mod dataset;
mod derived;
mod export_dialog_ui;
mod file_drop_ui;
mod frame;
mod help_ui;
mod icon;
#[cfg(test)]
mod keys_test;
mod link_status;
mod list_ui;
mod menu_ui;
mod notice_ui;
mod overview_ui;
mod parts;
mod saved_file;
mod shortcuts;
mod side_panel_ui;
mod speaker_page_ui;
pub mod state;
mod timeline_interaction;
mod timeline_ui;
mod top_bar_ui;
mod tour_ui;
mod watch;
mod window;
mod words;

pub use command::{Command, WindowKind};
pub use icon::app_icon;
pub use link_status::{Checked, LinkStatus, default_path as link_status_path};
pub use notice_ui::Notice;
pub use timeline_ui::scene_id;
pub use window::{APP_ID, StartOptions, run};

pub use parts::{Central, Filters, Reading, Settings, Windows};
pub use timeline_ui::last_screen_map;

use crate::data::model::Timeline;
use crate::timeline::view::TimeView;
use parts::{Document, Files};
use std::path::PathBuf;

/// Rate of the view animation (per second): higher is snappier.
const ANIMATION_RATE: f64 = 14.0;

/// The whole app: the document, the view, what the reader chose, the saved
/// settings and the open windows. Fields change only in [`TimelineApp::apply`]
/// and the file handling it calls; widgets read them and return commands.
pub struct TimelineApp {
    doc: Document,
    /// What is on screen now, and where it is heading.
    view: TimeView,
    target: TimeView,
    reading: Reading,
    filters: Filters,
    central: Central,
    settings: Settings,
    windows: Windows,
    files: Files,
    derived: derived::Derived,
}

impl TimelineApp {
    pub fn new(timeline: Timeline, path: Option<PathBuf>) -> Self {
        let view = whole_view(&timeline);
        let filters = Filters {
            hidden: vec![false; timeline.categories.len()],
            ..Filters::default()
        };
        Self {
            doc: Document {
                timeline,
                path,
                generation: 0,
            },
            view,
            target: view,
            reading: Reading::default(),
            filters,
            central: Central::default(),
            settings: Settings::default(),
            windows: Windows::default(),
            files: Files::default(),
            derived: derived::Derived::default(),
        }
    }

    /// The dataset shown.
    pub fn timeline(&self) -> &Timeline {
        &self.doc.timeline
    }

    /// The file the dataset came from; `None` for the bundled one.
    pub fn path(&self) -> Option<&std::path::Path> {
        self.doc.path.as_deref()
    }

    /// What is on screen now.
    pub fn view(&self) -> TimeView {
        self.view
    }

    /// Where the view is heading.
    pub fn target(&self) -> TimeView {
        self.target
    }

    /// The selection, range, speaker page and tour.
    pub fn reading(&self) -> &Reading {
        &self.reading
    }

    /// Search, categories, storyline, disputes and voices.
    pub fn filters(&self) -> &Filters {
        &self.filters
    }

    /// The list and compare views.
    pub fn central(&self) -> &Central {
        &self.central
    }

    /// Theme, citation style, recent files.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The notice, the export dialog and the other windows.
    pub fn windows(&self) -> &Windows {
        &self.windows
    }

    /// A message in the interface's language.
    fn say(&self, id: &str, args: &[(&str, crate::base::i18n::Arg<'_>)]) -> String {
        crate::base::i18n::tr_args(self.settings.lang, id, args)
    }

    /// Categories shown, in dataset order.
    pub fn lanes(&self) -> Vec<usize> {
        (0..self.doc.timeline.categories.len())
            .filter(|&c| !self.filters.hidden[c])
            .collect()
    }

    /// Search matches per event, made again only when the text changes.
    pub fn matches(&mut self) -> Option<&[bool]> {
        self.derived.matches(&self.doc, &self.filters.search)
    }

    /// What dims the rest: the speaker page's speaker, else the *Voices* filter.
    pub fn voice_filter(&self) -> Option<crate::timeline::voices::VoiceFilter> {
        self.reading
            .speaker_page
            .map(crate::timeline::voices::VoiceFilter::Speaker)
            .or(self.filters.voices)
    }

    /// Events kept bright by the search and the voices (both must hold);
    /// `None` when neither is on.
    pub fn highlight(&mut self) -> Option<&[bool]> {
        let voices = self.voice_filter();
        self.derived
            .highlight(&self.doc, &self.filters.search, voices)
    }

    /// Which events pass the storyline and dispute filters; `None` when neither is on.
    pub fn filter(&mut self) -> Option<&[bool]> {
        self.derived.filter(&self.doc, &self.filters)
    }

    /// The list's rows: the events that pass the search, the voices and the filters, sorted.
    pub fn list_rows(&mut self) -> &[usize] {
        let voices = self.voice_filter();
        self.derived
            .list_rows(&self.doc, &self.filters, voices, self.central.list_sort)
    }

    /// Whether an event passes the search, the category, storyline and dispute filters.
    fn passes(&mut self, i: usize) -> bool {
        self.filter();
        self.highlight();
        self.derived.kept(&self.doc, &self.filters, i)
    }

    /// Keys that work anywhere in the window.
    fn global_keys(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        use shortcuts::{Action, is_plain, pressed};
        let typing = ui.ctx().text_edit_focused();
        let window_open = self.windows.any_open();
        let (list_mode, touring) = (self.central.list_mode, self.reading.tour.is_some());
        let speaker_page = self.reading.speaker_page.is_some();
        ui.input_mut(|i| {
            let mut key = |a: Action| !(typing && is_plain(a)) && pressed(i, a);
            let mut out = Vec::new();
            for (action, command) in [
                (Action::Export, Command::OpenExport),
                (Action::Open, Command::OpenFile),
                (Action::Shortcuts, Command::ToggleShortcuts),
                (Action::List, Command::ToggleList),
                (Action::Tour, Command::StartTour),
                (Action::Quit, Command::Quit),
            ] {
                if key(action) {
                    out.push(command);
                }
            }
            if list_mode && key(Action::ListNext) {
                out.push(Command::ListStep(1));
            }
            if list_mode && key(Action::ListPrevious) {
                out.push(Command::ListStep(-1));
            }
            if touring && (key(Action::Next) || key(Action::TourNext)) {
                out.push(Command::TourStep(1));
            }
            if touring && key(Action::Previous) {
                out.push(Command::TourStep(-1));
            }
            // Esc closes the topmost window first, then leaves the tour; only
            // then does it reach the timeline.
            if (window_open || touring || speaker_page) && key(Action::Clear) {
                if window_open {
                    out.push(Command::CloseWindows);
                } else if touring {
                    out.push(Command::EndTour);
                } else {
                    out.push(Command::CloseSpeaker);
                }
            }
            out
        })
    }

    /// Steps the view animation; returns true while it is still moving.
    fn animate(&mut self, ctx: &egui::Context, dt: f32) -> bool {
        if self.view == self.target {
            return false;
        }
        let t = 1.0 - (-ANIMATION_RATE * f64::from(dt.clamp(0.0, 0.1))).exp();
        self.view = self.view.lerp(&self.target, t);
        let width = last_screen_map(ctx).map_or(1000.0, |m| m.width);
        if self.view.close_to(&self.target, width) {
            self.view = self.target;
            return false;
        }
        true
    }
}

/// Set this variable to have the app print when its first frame was drawn.
pub const FIRST_FRAME_ENV: &str = "INDIA_CANADA_TIMELINE_REPORT_FIRST_FRAME";

/// A view of the whole dataset with a small margin.
pub fn whole_view(timeline: &Timeline) -> TimeView {
    match timeline.span() {
        Some((a, b)) => TimeView::fit(a as f64, b as f64, 0.03),
        None => TimeView::new(0.0, 365.0),
    }
}

impl eframe::App for TimelineApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.saved_state().write(storage);
    }
}

#[cfg(test)]
mod tests {
    use super::Notice;

    #[test]
    fn a_notice_stays_small_whatever_it_is_given() {
        let lines: Vec<String> = (0..10_000)
            .map(|i| format!("{i}: {}", "x".repeat(5000)))
            .collect();
        let heading = format!("/{}\x1b[2J", "p".repeat(100_000));
        let n = Notice::problems(crate::base::i18n::Lang::En, heading, lines);
        assert!(n.heading.chars().count() <= 401 + 8);
        assert!(!n.heading.contains('\x1b'));
        assert_eq!(n.lines.len(), 251);
        assert!(n.lines.iter().all(|l| l.chars().count() <= 301));
        assert!(n.lines[250].contains("more lines"));
    }
}
