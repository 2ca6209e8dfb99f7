//! eframe glue: panels, commands, animation. The logic lives in the modules
//! this one calls; here is only the wiring.

mod apply;
mod attribution_ui;
mod command;
mod compare_glue;
mod compare_ui;
mod copied_ui;
mod dataset;
mod export_dialog_ui;
mod file_drop_ui;
mod frame;
mod help_ui;
mod icon;
mod list_ui;
mod menu_ui;
mod notice_ui;
mod overview_ui;
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

pub use command::Command;
pub use icon::app_icon;
pub use notice_ui::Notice;
pub use timeline_ui::scene_id;
pub use window::{APP_ID, StartOptions, run};

use crate::app::watch::FileWatcher;
use crate::data::model::Timeline;
use crate::timeline::search::SearchIndex;
use crate::timeline::view::{ScreenMap, TimeView};
use state::ThemeChoice;
use std::path::PathBuf;
use std::time::Instant;

/// Rate of the view animation (per second): higher is snappier.
const ANIMATION_RATE: f64 = 14.0;

/// The whole app state.
pub struct TimelineApp {
    pub timeline: Timeline,
    /// The file the timeline came from; `None` for the bundled dataset.
    pub path: Option<PathBuf>,
    /// Built on the first search: a large dataset opens without paying for it.
    index: Option<SearchIndex>,
    /// What is on screen now, and where it is heading.
    pub view: TimeView,
    pub target: TimeView,
    pub selected: Option<usize>,
    pub search: String,
    matches_for: String,
    matches: Option<Vec<bool>>,
    /// Per category: hidden from the timeline.
    pub hidden: Vec<bool>,
    /// The storyline shown alone, if any.
    pub thread_filter: Option<usize>,
    /// Only events where sources disagree.
    pub disputed_only: bool,
    /// The speaker whose page the side panel shows, if any.
    pub speaker_page: Option<usize>,
    /// The compare view is shown instead of the timeline.
    pub compare_mode: bool,
    pub compare: crate::timeline::compare::CompareSpec,
    /// The compare view's keyboard cursor (a row).
    pub compare_cursor: Option<usize>,
    /// The *Voices* filter: events where this side or speaker spoke stay bright.
    pub voices: Option<crate::timeline::voices::VoiceFilter>,
    /// The events the search and the voices keep bright, for the inputs it was made from.
    highlight: Option<(
        String,
        Option<crate::timeline::voices::VoiceFilter>,
        Option<Vec<bool>>,
    )>,
    /// Events passing the storyline and dispute filters, for the filters it was made for.
    filter_mask: Option<(Option<usize>, bool, Vec<bool>)>,
    /// The list of events is shown instead of the timeline.
    pub list_mode: bool,
    pub list_sort: crate::timeline::list::ListSort,
    /// The list's rows, for the inputs they were made from.
    list_cache: Option<(u64, Vec<usize>)>,
    /// The guided tour under way, if any.
    pub tour: Option<tour_ui::Tour>,
    pub citation_style: crate::data::cite::CitationStyle,
    /// A selected date range in days, half-open.
    pub range: Option<(f64, f64)>,
    range_drag: Option<f64>,
    /// How days mapped to the screen in the last frame.
    pub last_map: Option<ScreenMap>,
    /// Shown above the timeline until dismissed.
    pub notice: Option<Notice>,
    pub export: export_dialog_ui::ExportDialog,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    pub theme: ThemeChoice,
    pub show_shortcuts: bool,
    pub show_about: bool,
    quit: bool,
    /// Reloads the open file when it changes on disk.
    watcher: Option<FileWatcher>,
    /// A file the user asked for that could not be opened: watched, so that a
    /// fixed version opens by itself.
    pending: Option<PathBuf>,
    /// A large file being opened in the background.
    loading: Option<dataset::Loading>,
    /// When the process started, to report the first frame's time.
    started: Option<Instant>,
    /// The window title last sent, to send it again only when the dataset changes.
    title_shown: String,
}

impl TimelineApp {
    pub fn new(timeline: Timeline, path: Option<PathBuf>) -> Self {
        let view = whole_view(&timeline);
        let hidden = vec![false; timeline.categories.len()];
        Self {
            timeline,
            path,
            index: None,
            view,
            target: view,
            selected: None,
            search: String::new(),
            matches_for: String::new(),
            matches: None,
            hidden,
            thread_filter: None,
            disputed_only: false,
            speaker_page: None,
            compare_mode: false,
            compare: crate::timeline::compare::CompareSpec::default(),
            compare_cursor: None,
            voices: None,
            highlight: None,
            filter_mask: None,
            list_mode: false,
            list_sort: crate::timeline::list::ListSort::default(),
            list_cache: None,
            tour: None,
            citation_style: crate::data::cite::CitationStyle::default(),
            range: None,
            range_drag: None,
            last_map: None,
            notice: None,
            export: export_dialog_ui::ExportDialog::default(),
            recent: Vec::new(),
            theme: ThemeChoice::System,
            show_shortcuts: false,
            show_about: false,
            quit: false,
            watcher: None,
            pending: None,
            loading: None,
            started: None,
            title_shown: String::new(),
        }
    }

    /// Categories shown, in dataset order.
    pub fn lanes(&self) -> Vec<usize> {
        (0..self.timeline.categories.len())
            .filter(|&c| !self.hidden[c])
            .collect()
    }

    /// Search matches per event, recomputed only when the text changes.
    pub fn matches(&mut self) -> Option<&[bool]> {
        if self.matches_for != self.search {
            self.matches = if self.search.trim().is_empty() {
                None
            } else {
                let timeline = &self.timeline;
                self.index
                    .get_or_insert_with(|| SearchIndex::new(timeline))
                    .matches(&self.search)
            };
            self.matches_for = self.search.clone();
        }
        self.matches.as_deref()
    }

    /// What dims the rest: the speaker page's speaker, else the *Voices* filter.
    pub fn voice_filter(&self) -> Option<crate::timeline::voices::VoiceFilter> {
        self.speaker_page
            .map(crate::timeline::voices::VoiceFilter::Speaker)
            .or(self.voices)
    }

    /// Events kept bright by the search and the voices (both must hold);
    /// `None` when neither is on. Made again only when either changes.
    pub fn highlight(&mut self) -> Option<&[bool]> {
        let voices = self.voice_filter();
        let stale = self
            .highlight
            .as_ref()
            .is_none_or(|(search, v, _)| *search != self.search || *v != voices);
        if stale {
            let by_voice = voices.map(|v| crate::timeline::voices::spoke_mask(&self.timeline, v));
            let mask = match (self.matches().map(<[bool]>::to_vec), by_voice) {
                (Some(m), Some(v)) => Some(m.iter().zip(v).map(|(a, b)| *a && b).collect()),
                (m, v) => m.or(v),
            };
            self.highlight = Some((self.search.clone(), voices, mask));
        }
        self.highlight.as_ref().and_then(|(_, _, m)| m.as_deref())
    }

    /// Which events pass the storyline and dispute filters; `None` when neither is on.
    pub fn filter(&mut self) -> Option<&[bool]> {
        if self.thread_filter.is_none() && !self.disputed_only {
            self.filter_mask = None;
            return None;
        }
        let key = (self.thread_filter, self.disputed_only);
        if self
            .filter_mask
            .as_ref()
            .is_none_or(|(t, d, _)| (*t, *d) != key)
        {
            let mask = self
                .timeline
                .events
                .iter()
                .map(|e| {
                    key.0.is_none_or(|t| e.threads.contains(&t))
                        && (!key.1 || !e.disputes.is_empty())
                })
                .collect();
            self.filter_mask = Some((key.0, key.1, mask));
        }
        self.filter_mask.as_ref().map(|(_, _, m)| m.as_slice())
    }

    /// Whether an event passes the search, the category, storyline and dispute filters.
    fn passes(&mut self, i: usize) -> bool {
        let cat = self.timeline.events[i].category;
        !self.hidden[cat]
            && self.filter().is_none_or(|f| f[i])
            && self.highlight().is_none_or(|m| m[i])
    }

    /// Keys that work anywhere in the window.
    fn global_keys(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        use shortcuts::{Action, is_plain, pressed};
        let typing = ui.ctx().text_edit_focused();
        let window_open = self.show_shortcuts || self.show_about || self.export.open;
        let (list_mode, touring) = (self.list_mode, self.tour.is_some());
        let speaker_page = self.speaker_page.is_some();
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
    fn animate(&mut self, dt: f32) -> bool {
        if self.view == self.target {
            return false;
        }
        let t = 1.0 - (-ANIMATION_RATE * f64::from(dt.clamp(0.0, 0.1))).exp();
        self.view = self.view.lerp(&self.target, t);
        let width = self.last_map.map_or(1000.0, |m| m.width);
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
        let n = Notice::problems(format!("/{}\x1b[2J", "p".repeat(100_000)), lines);
        assert!(n.heading.chars().count() <= 401 + 8);
        assert!(!n.heading.contains('\x1b'));
        assert_eq!(n.lines.len(), 251);
        assert!(n.lines.iter().all(|l| l.chars().count() <= 301));
        assert!(n.lines[250].contains("more lines"));
    }
}
