//! eframe glue: panels, commands, animation. The logic lives in the modules
//! this one calls; here is only the wiring.

mod command;
mod dataset;
mod export_dialog_ui;
mod file_drop_ui;
mod frame;
mod help_ui;
mod icon;
pub mod list_ui;
mod menu_ui;
mod notice_ui;
mod overview_ui;
pub mod saved_file;
pub mod shortcuts;
mod side_panel_ui;
pub mod state;
mod timeline_interaction;
mod timeline_ui;
mod top_bar_ui;
pub mod tour_ui;
mod window;

pub use command::Command;
pub use icon::app_icon;
pub use timeline_ui::scene_id;
pub use window::{APP_ID, run};

use crate::model::Timeline;
use crate::search::SearchIndex;
use crate::view::{ScreenMap, TimeView};
use crate::watch::FileWatcher;
use state::ThemeChoice;
use std::path::PathBuf;
use std::time::Instant;

/// Rate of the view animation (per second): higher is snappier.
const ANIMATION_RATE: f64 = 14.0;

/// A message above the timeline until dismissed: a problem, or a note.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub heading: String,
    /// One problem per line (`file:line:column: message`).
    pub lines: Vec<String>,
    pub is_error: bool,
    /// Put up by live reload, so that a later good reload takes it down.
    pub from_reload: bool,
    /// A file that could not be opened: the notice offers to try it again.
    pub retry: Option<PathBuf>,
    /// Work under way (a file loading): shown with a spinner.
    pub busy: bool,
}

impl Notice {
    /// Longest heading and problem line shown, and most lines: a hostile file's
    /// text must not fill the window or push the buttons out of reach.
    const MAX_HEADING: usize = 400;
    const MAX_LINE: usize = 300;
    const MAX_LINES: usize = 250;

    /// Problems (or a refusal), shown in the error colour.
    pub fn problems(heading: String, lines: Vec<String>) -> Self {
        use crate::text::{escape_controls, truncate_chars};
        let cap = |s: &str, max| escape_controls(&truncate_chars(s, max)).into_owned();
        let shown = lines.len().min(Self::MAX_LINES);
        let mut capped: Vec<String> = lines[..shown]
            .iter()
            .map(|l| cap(l, Self::MAX_LINE))
            .collect();
        if lines.len() > shown {
            capped.push(format!("… and {} more lines", lines.len() - shown));
        }
        Self {
            heading: cap(&heading, Self::MAX_HEADING),
            lines: capped,
            is_error: true,
            from_reload: false,
            retry: None,
            busy: false,
        }
    }

    /// Something to know that is not an error.
    pub fn note(heading: String) -> Self {
        Self {
            is_error: false,
            ..Self::problems(heading, Vec::new())
        }
    }
}

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
    /// Events passing the storyline and dispute filters, for the filters it was made for.
    filter_mask: Option<(Option<usize>, bool, Vec<bool>)>,
    /// The list of events is shown instead of the timeline.
    pub list_mode: bool,
    pub list_sort: list_ui::ListSort,
    /// The list's rows, for the inputs they were made from.
    list_cache: Option<(u64, Vec<usize>)>,
    /// The guided tour under way, if any.
    pub tour: Option<tour_ui::Tour>,
    pub citation_style: crate::cite::CitationStyle,
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
            filter_mask: None,
            list_mode: false,
            list_sort: list_ui::ListSort::default(),
            list_cache: None,
            tour: None,
            citation_style: crate::cite::CitationStyle::default(),
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
            && self.matches().is_none_or(|m| m[i])
    }

    /// `view`, kept near the data (see [`TimeView::kept_near`]).
    fn near_data(&self, view: TimeView) -> TimeView {
        match self.timeline.span() {
            Some((a, b)) => view.kept_near(a as f64, b as f64),
            None => TimeView::new(view.start, view.span),
        }
    }

    /// Clears the selection when a filter hides the selected event.
    fn drop_filtered_selection(&mut self) {
        if let Some(i) = self.selected
            && self.filter().is_some_and(|f| !f[i])
        {
            self.selected = None;
        }
    }

    /// Applies one command from a widget.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(i) => self.selected = i,
            Command::SetView(v) => {
                let v = self.near_data(v);
                self.view = v;
                self.target = v;
            }
            Command::AnimateTo(v) => self.target = self.near_data(v),
            Command::ZoomAt {
                center,
                factor,
                animate,
            } => {
                let base = if animate { self.target } else { self.view };
                let v = self.near_data(base.zoom_at(center, factor));
                self.target = v;
                if !animate {
                    self.view = v;
                }
            }
            Command::FitAll => self.target = whole_view(&self.timeline),
            Command::Step(dir) => {
                if let Some(i) = self.step_from(self.selected, dir) {
                    self.reveal(i);
                }
            }
            Command::SetThreadFilter(t) => {
                self.thread_filter = t.filter(|&t| t < self.timeline.threads.len());
                self.drop_filtered_selection();
            }
            Command::SetDisputedOnly(on) => {
                self.disputed_only = on;
                self.drop_filtered_selection();
            }
            Command::ToggleCategory(c) => {
                if let Some(h) = self.hidden.get_mut(c) {
                    *h = !*h;
                }
                if self
                    .selected
                    .is_some_and(|i| self.timeline.events[i].category == c)
                {
                    self.selected = None;
                }
            }
            Command::StepMatch(dir) => {
                // Through every match in date order, wrapping around at either end.
                let wrap = |app: &mut Self| app.end_event(-dir);
                if let Some(i) = self.step_from(self.selected, dir).or_else(|| wrap(self)) {
                    self.reveal(i);
                }
            }
            Command::SelectEnd(dir) => {
                if let Some(i) = self.end_event(dir) {
                    self.reveal(i);
                }
            }
            Command::SetRange(r) => self.range = r.filter(|(a, b)| b - a > 0.0),
            Command::OpenExport => {
                let (from, to) = self.range.unwrap_or((self.view.start, self.view.end()));
                self.export.open_for(from, to, &self.timeline.title);
            }
            Command::OpenFile => self.open_file_dialog(),
            Command::OpenPath(p) => self.open_path(p),
            Command::OpenBundled => self.show_new_timeline(dataset::bundled_timeline(), None),
            Command::ClearRecent => self.recent.clear(),
            Command::SetTheme(t) => self.theme = t,
            Command::ToggleShortcuts => self.show_shortcuts = !self.show_shortcuts,
            Command::ShowAbout => self.show_about = true,
            Command::Quit => self.quit = true,
            other => self.apply_reading(other),
        }
    }

    /// Commands of the reading tools: citations, the list, the tour.
    fn apply_reading(&mut self, command: Command) {
        match command {
            Command::SetCitationStyle(style) => self.citation_style = style,
            Command::ExportCitations => self.export_citations(),
            Command::ToggleList => self.list_mode = !self.list_mode,
            Command::SortList(sort) => self.list_sort = sort,
            Command::ListStep(dir) => {
                let rows = self.list_rows().to_vec();
                let at = self
                    .selected
                    .and_then(|s| rows.iter().position(|&i| i == s));
                let next = match at {
                    Some(k) => (k as i64 + i64::from(dir)).clamp(0, rows.len() as i64 - 1) as usize,
                    None if dir > 0 => 0,
                    None => rows.len().saturating_sub(1),
                };
                if let Some(&i) = rows.get(next) {
                    self.reveal(i);
                }
            }
            Command::StartTour => {
                self.tour = tour_ui::Tour::new(&self.timeline, self.thread_filter);
                self.visit_tour_stop();
            }
            Command::TourStep(step) => {
                if let Some(tour) = &mut self.tour {
                    tour.step(step);
                }
                self.visit_tour_stop();
            }
            Command::EndTour => self.tour = None,
            _ => {}
        }
    }

    /// Selects the tour's current stop and moves the timeline to it.
    fn visit_tour_stop(&mut self) {
        let Some(i) = self.tour.as_ref().map(tour_ui::Tour::current) else {
            return;
        };
        self.selected = Some(i);
        let e = &self.timeline.events[i];
        let (s, t) = (e.start_day() as f64, e.end_day() as f64);
        let span = ((t - s) * 3.0).max(120.0);
        self.target = self.near_data(TimeView::new((s + t) / 2.0 - span / 2.0, span));
    }

    /// The list's rows: the events that pass the search and filters, sorted.
    pub fn list_rows(&mut self) -> &[usize] {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        (
            self.list_sort,
            &self.search,
            &self.hidden,
            self.thread_filter,
            self.disputed_only,
        )
            .hash(&mut h);
        self.timeline.events.len().hash(&mut h);
        let key = h.finish();
        if self.list_cache.as_ref().is_none_or(|(k, _)| *k != key) {
            let shown: Vec<usize> = (0..self.timeline.events.len())
                .filter(|&i| self.passes(i))
                .collect();
            let rows = list_ui::sorted(&self.timeline, &shown, self.list_sort);
            self.list_cache = Some((key, rows));
        }
        self.list_cache
            .as_ref()
            .map_or(&[], |(_, rows)| rows.as_slice())
    }

    /// Asks where to save the sources of the events in view (or in the range)
    /// and writes them in the format the file name asks for.
    fn export_citations(&mut self) {
        let (from, to) = self.range.unwrap_or((self.view.start, self.view.end()));
        let in_view: Vec<usize> = (0..self.timeline.events.len())
            .filter(|&i| {
                let e = &self.timeline.events[i];
                (e.start_day() as f64) < to && (e.end_day() as f64) > from
            })
            .collect();
        let events: Vec<usize> = in_view.into_iter().filter(|&i| self.passes(i)).collect();
        let mut picker = rfd::FileDialog::new()
            .set_title("Export citations")
            .set_file_name("sources.md");
        for (_, name, ext) in crate::cite::SourceListFormat::ALL {
            picker = picker.add_filter(name, &[ext]);
        }
        let Some(path) = picker.save_file() else {
            return;
        };
        let Some(format) = crate::cite::SourceListFormat::of(&path) else {
            self.notice = Some(Notice::problems(
                format!("{}: name the file .md, .csv or .bib", path.display()),
                Vec::new(),
            ));
            return;
        };
        let today = chrono::Local::now().date_naive();
        let text =
            crate::cite::source_list(&self.timeline, &events, format, self.citation_style, today);
        self.notice = Some(match crate::export::write_atomic(&path, text.as_bytes()) {
            Ok(()) => Notice::note(format!(
                "Wrote the sources of {} events to {}",
                events.len(),
                path.display()
            )),
            Err(e) => Notice::problems(
                format!("{}: cannot write the file: {e}", path.display()),
                Vec::new(),
            ),
        });
    }

    /// The first (`dir` < 0) or last event that passes search and filters.
    fn end_event(&mut self, dir: i32) -> Option<usize> {
        let n = self.timeline.events.len() as i64;
        self.scan(if dir < 0 { 0 } else { n - 1 }, -dir.signum())
    }

    /// The next event in date order from `from` that passes filters. With
    /// nothing selected: forward from the first event in view, back from the last.
    fn step_from(&mut self, from: Option<usize>, dir: i32) -> Option<usize> {
        let i = match from {
            Some(i) => i as i64 + i64::from(dir.signum()),
            None => {
                let events = &self.timeline.events;
                let (start, end) = (self.view.start, self.view.end());
                if dir > 0 {
                    events.partition_point(|e| (e.end_day() as f64) <= start) as i64
                } else {
                    events.partition_point(|e| (e.start_day() as f64) < end) as i64 - 1
                }
            }
        };
        self.scan(i, dir)
    }

    /// From `i` in steps of `dir`, the first event that passes filters.
    fn scan(&mut self, mut i: i64, dir: i32) -> Option<usize> {
        let n = self.timeline.events.len();
        while (0..n as i64).contains(&i) {
            if self.passes(i as usize) {
                return Some(i as usize);
            }
            i += i64::from(dir.signum());
        }
        None
    }

    /// Selects an event and scrolls the view so that it is visible.
    fn reveal(&mut self, i: usize) {
        self.selected = Some(i);
        let e = &self.timeline.events[i];
        let (s, t) = (e.start_day() as f64, e.end_day() as f64);
        self.target = self
            .target
            .scrolled_to_show(s, t.min(s + self.target.span * 0.5), 0.12);
    }

    /// Keys that work anywhere in the window.
    fn global_keys(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        use shortcuts::{Action, is_plain, pressed};
        let typing = ui.ctx().text_edit_focused();
        let window_open = self.show_shortcuts || self.show_about || self.export.open;
        let (list_mode, touring) = (self.list_mode, self.tour.is_some());
        let mut close_windows = false;
        let out = ui.input_mut(|i| {
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
            if (window_open || touring) && key(Action::Clear) {
                if window_open {
                    close_windows = true;
                } else {
                    out.push(Command::EndTour);
                }
            }
            out
        });
        if close_windows {
            self.show_shortcuts = false;
            self.show_about = false;
            self.export.open = false;
        }
        out
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
