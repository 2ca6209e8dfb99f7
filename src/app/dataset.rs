//! Which dataset is on screen: restoring the last one, opening others, saving
//! the state, and taking in new versions of the open file.

use super::state::{self, SavedState};
use super::{Notice, TimelineApp, whole_view};
use crate::load;
use crate::model::Timeline;
use crate::view::TimeView;
use crate::watch::FileWatcher;
use std::path::PathBuf;

impl TimelineApp {
    /// The app as it was left: the dataset last open (or `file`, from the
    /// command line), the view, selection, search, filters, theme and recent files.
    /// A dataset that cannot be opened gives the bundled one and a notice saying why.
    pub fn restore(saved: &SavedState, file: Option<PathBuf>) -> Self {
        let from_command_line = file.is_some();
        let wanted = file.or_else(|| saved.dataset.clone());
        let mut notice = None;
        let (timeline, path) = match wanted {
            None => (bundled_timeline(), None),
            Some(p) => match load::load_path(&p) {
                Ok(t) => (t, Some(p)),
                Err(e) if e.is_not_found() && !from_command_line => {
                    notice = Some(Notice::note(format!(
                        "The timeline you had open, {}, is no longer there; showing the bundled dataset instead. Use File › Open… to find it.",
                        p.display()
                    )));
                    (bundled_timeline(), None)
                }
                Err(e) => {
                    notice = Some(Notice::problems(
                        format!(
                            "{} could not be opened; showing the bundled dataset instead. Fix these problems and open it again:",
                            p.display()
                        ),
                        e.lines(),
                    ));
                    (bundled_timeline(), None)
                }
            },
        };
        let same_dataset = path == saved.dataset;
        let mut app = Self::new(timeline, path);
        app.recent = saved.recent.clone();
        if let Some(p) = app.path.clone() {
            state::push_recent(&mut app.recent, &p);
        }
        app.theme = saved.theme;
        app.search = saved.search.clone();
        app.hidden = hidden_from_ids(&app.timeline, &saved.hidden);
        if same_dataset {
            if let Some((start, span)) = saved.view {
                app.view = TimeView::new(start, span);
                app.target = app.view;
            }
            app.selected = saved
                .selected
                .as_deref()
                .and_then(|id| app.timeline.event_index(id));
        }
        app.notice = notice;
        app
    }

    /// What to remember for the next start.
    pub fn saved_state(&self) -> SavedState {
        SavedState {
            dataset: self.path.clone(),
            recent: self.recent.clone(),
            view: Some((self.target.start, self.target.span)),
            selected: self.selected.map(|i| self.timeline.events[i].id.clone()),
            search: self.search.clone(),
            hidden: self
                .timeline
                .categories
                .iter()
                .zip(&self.hidden)
                .filter(|(_, h)| **h)
                .map(|(c, _)| c.id.clone())
                .collect(),
            theme: self.theme,
        }
    }

    /// Where the timeline came from, for messages.
    pub fn source_name(&self) -> String {
        self.path.as_ref().map_or_else(
            || format!("{} (bundled)", load::BUNDLED_NAME),
            |p| p.display().to_string(),
        )
    }

    /// Puts a new version of the dataset on screen, keeping the place: the
    /// view, the selected event and hidden categories (by id), the search.
    fn swap_timeline(&mut self, timeline: Timeline) {
        let selected = self.selected.map(|i| self.timeline.events[i].id.clone());
        let hidden = self.saved_state().hidden;
        self.index = None;
        self.hidden = hidden_from_ids(&timeline, &hidden);
        self.selected = selected.and_then(|id| timeline.event_index(&id));
        self.timeline = timeline;
        self.matches_for.clear();
        self.matches = None;
    }

    /// Shows a different dataset from its start.
    pub(super) fn show_new_timeline(&mut self, timeline: Timeline, path: Option<PathBuf>) {
        self.swap_timeline(timeline);
        self.selected = None;
        self.range = None;
        self.view = whole_view(&self.timeline);
        self.target = self.view;
        if let Some(p) = &path {
            state::push_recent(&mut self.recent, p);
        }
        self.path = path;
        self.notice = None;
    }

    pub(super) fn open_file_dialog(&mut self) {
        let picked = rfd::FileDialog::new()
            .set_title("Open a timeline")
            .add_filter("Timeline (RON)", &["ron"])
            .pick_file();
        if let Some(path) = picked {
            self.open_path(path);
        }
    }

    /// Opens a dataset file; on failure keeps the current one and shows the problems.
    pub fn open_path(&mut self, path: PathBuf) {
        match load::load_path(&path) {
            Ok(t) => self.show_new_timeline(t, Some(path)),
            Err(e) => {
                self.notice = Some(Notice::problems(
                    format!(
                        "{} could not be opened; the timeline on screen is unchanged. Fix these problems and open it again:",
                        path.display()
                    ),
                    e.lines(),
                ));
            }
        }
    }

    /// Follows the open file on disk: starts watching it, and takes in new versions.
    pub(super) fn follow_file(&mut self, ctx: &egui::Context) {
        let watching = self.watcher.as_ref().map(FileWatcher::path);
        if watching != self.path.as_deref() {
            self.watcher = self.path.clone().map(|p| {
                let ctx = ctx.clone();
                FileWatcher::spawn(p, crate::watch::POLL, crate::watch::SETTLE, move || {
                    ctx.request_repaint()
                })
            });
        }
        let Some(result) = self.watcher.as_ref().and_then(FileWatcher::take_reload) else {
            return;
        };
        match result {
            Ok(t) => {
                self.swap_timeline(t);
                if self.notice.as_ref().is_some_and(|n| n.from_reload) {
                    self.notice = None;
                }
            }
            Err(e) => {
                let heading = format!(
                    "{} changed on disk and now has problems; still showing the last good version. It reloads when you save a fixed version.",
                    self.source_name()
                );
                self.notice = Some(Notice {
                    from_reload: true,
                    ..Notice::problems(heading, e.lines())
                });
            }
        }
    }
}

/// The dataset built into the binary.
pub(super) fn bundled_timeline() -> Timeline {
    // The bundled file is checked by the tests; failing here would be a build defect.
    load::bundled().expect("the bundled dataset is valid")
}

/// Per category of `timeline`: whether its id is among `ids`.
fn hidden_from_ids(timeline: &Timeline, ids: &[String]) -> Vec<bool> {
    timeline
        .categories
        .iter()
        .map(|c| ids.contains(&c.id))
        .collect()
}
