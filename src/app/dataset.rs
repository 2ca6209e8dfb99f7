//! Which dataset is on screen: restoring the last one, opening others, saving
//! the state, and taking in new versions of the open file.

use super::state::{self, SavedState};
use super::{Notice, TimelineApp, whole_view};
use crate::app::watch::{Change, FileWatcher};
use crate::data::load;
use crate::data::model::Timeline;
use crate::timeline::compare::CompareSpec;
use crate::timeline::view::TimeView;
use crate::timeline::voices::VoiceFilter;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError};

impl TimelineApp {
    /// The app as it was left: the dataset last open (or `file`, from the
    /// command line), the view, selection, search, filters, theme and recent files.
    /// A dataset that cannot be opened gives the bundled one and a notice saying why.
    pub fn restore(saved: &SavedState, file: Option<PathBuf>) -> Self {
        let saved = saved.clone().sanitized();
        let from_command_line = file.is_some();
        let wanted = file.or_else(|| saved.dataset.clone());
        let same_dataset = wanted == saved.dataset;
        let Some(p) = wanted else {
            return Self::new(bundled_timeline(), None).with_saved(&saved);
        };
        let mut app = Self::new(bundled_timeline(), None).with_saved(&SavedState {
            view: None,
            selected: None,
            ..saved.clone()
        });
        if is_large(&p) {
            // The first frame never waits for a large file.
            app.windows.notice = Some(Notice {
                busy: true,
                ..Notice::note(app.say(
                    "notice-opening",
                    &[("path", (&p.display().to_string()).into())],
                ))
            });
            app.files.loading = Some(Loading::spawn(p, same_dataset.then_some(saved)));
            return app;
        }
        match crate::data::open::load_path(&p) {
            Ok(t) => {
                app.show_new_timeline(t, Some(p));
                if same_dataset {
                    app.apply_saved_place(&saved);
                }
            }
            Err(e) if e.is_not_found() && !from_command_line => {
                let shown = p.display().to_string();
                let text = app.say("notice-missing-reopened", &[("path", (&shown).into())]);
                app.windows.notice = Some(Notice::note(text));
            }
            Err(e) => {
                let shown = p.display().to_string();
                let heading = app.say("notice-failed-bundled", &[("path", (&shown).into())]);
                app.windows.notice = Some(Notice {
                    retry: Some(p.clone()),
                    ..Notice::problems(app.settings.lang, heading, e.lines())
                });
                app.files.pending = Some(p);
            }
        }
        app
    }

    /// The app with saved settings (theme, citation style, recent files), search
    /// and place (view, selection, hidden categories) put back, for its dataset.
    pub fn with_saved(mut self, saved: &SavedState) -> Self {
        let saved = saved.clone().sanitized();
        self.settings.recent = saved.recent.clone();
        self.settings.theme = saved.theme;
        self.settings.lang = saved.lang.unwrap_or_default();
        self.settings.citation_style = saved.citation_style;
        self.filters.search = saved.search.clone();
        self.apply_saved_place(&saved);
        self
    }

    /// The app with what the last check of the sources' addresses found.
    pub fn with_link_status(mut self, status: super::LinkStatus) -> Self {
        self.settings.link_status = std::sync::Arc::new(status);
        self
    }

    /// Puts back the saved view, selection and hidden categories.
    fn apply_saved_place(&mut self, saved: &SavedState) {
        self.filters.hidden = hidden_from_ids(&self.doc.timeline, &saved.hidden);
        if let Some((start, span)) = saved.view {
            self.view = TimeView::new(start, span);
            self.target = self.view;
        }
        self.reading.selected = saved
            .selected
            .as_deref()
            .and_then(|id| self.doc.timeline.event_index(id));
    }

    /// What to remember for the next start.
    pub fn saved_state(&self) -> SavedState {
        SavedState {
            dataset: self.doc.path.clone(),
            recent: self.settings.recent.clone(),
            view: Some((self.target.start, self.target.span)),
            selected: self
                .reading
                .selected
                .map(|i| self.doc.timeline.events[i].id.clone()),
            search: self.filters.search.clone(),
            hidden: self
                .doc
                .timeline
                .categories
                .iter()
                .zip(&self.filters.hidden)
                .filter(|(_, h)| **h)
                .map(|(c, _)| c.id.clone())
                .collect(),
            theme: self.settings.theme,
            lang: Some(self.settings.lang),
            citation_style: self.settings.citation_style,
        }
    }

    /// Where the timeline came from, for messages.
    pub fn source_name(&self) -> String {
        self.doc.path.as_ref().map_or_else(
            || self.say("about-bundled-name", &[]),
            |p| p.display().to_string(),
        )
    }

    /// Puts a new version of the dataset on screen, keeping the place: the
    /// view, the selected event, hidden categories, storyline and speakers (by
    /// id), the search. Everything derived from the old version is dropped.
    fn swap_timeline(&mut self, timeline: Timeline) {
        let old = &self.doc.timeline;
        let selected = self.reading.selected.map(|i| old.events[i].id.clone());
        let hidden = self.saved_state().hidden;
        let thread = self.filters.thread.map(|t| old.threads[t].id.clone());
        let speaker = |i: usize| {
            let id = &old.speakers[i].id;
            timeline.speakers.iter().position(|s| &s.id == id)
        };
        let voice = |v: VoiceFilter| match v {
            VoiceFilter::Speaker(i) => speaker(i).map(VoiceFilter::Speaker),
            side @ VoiceFilter::Side(_) => Some(side),
        };
        self.reading.speaker_page = self.reading.speaker_page.and_then(speaker);
        self.filters.voices = self.filters.voices.and_then(voice);
        let spec = &self.central.compare;
        self.central.compare = match (voice(spec.left), voice(spec.right)) {
            (Some(left), Some(right)) => CompareSpec { left, right },
            _ => CompareSpec::default(),
        };
        self.central.compare_cursor = None;
        self.filters.hidden = hidden_from_ids(&timeline, &hidden);
        self.reading.selected = selected.and_then(|id| timeline.event_index(&id));
        self.filters.thread =
            thread.and_then(|id| timeline.threads.iter().position(|t| t.id == id));
        self.reading.tour = None;
        self.doc.timeline = timeline;
        self.doc.generation += 1;
    }

    /// Shows a different dataset from its start.
    pub(super) fn show_new_timeline(&mut self, timeline: Timeline, path: Option<PathBuf>) {
        self.swap_timeline(timeline);
        self.reading.selected = None;
        self.reading.range = None;
        self.view = whole_view(&self.doc.timeline);
        self.target = self.view;
        if let Some(p) = &path {
            state::push_recent(&mut self.settings.recent, p);
        }
        self.doc.path = path;
        self.windows.notice = None;
    }

    pub(super) fn open_file_dialog(&mut self) {
        let picked = rfd::FileDialog::new()
            .set_title(self.say("menu-dialog-open-title", &[]))
            .add_filter(
                self.say("menu-dialog-filter-all", &[]),
                &["ron", "json", "csv"],
            )
            .add_filter(self.say("menu-dialog-filter-ron", &[]), &["ron"])
            .add_filter(
                self.say("menu-dialog-filter-timelinejs", &[]),
                &["json", "csv"],
            )
            .pick_file();
        if let Some(path) = picked {
            self.open_path(path);
        }
    }

    /// Opens a dataset file; on failure keeps the current one, shows the
    /// problems with a Retry button, and keeps watching the file so that a fixed
    /// version opens by itself. Large files load off the UI thread.
    pub fn open_path(&mut self, path: PathBuf) {
        if is_large(&path) {
            self.files.loading = Some(Loading::spawn(path.clone(), None));
            self.windows.notice = Some(Notice {
                busy: true,
                ..Notice::note(self.say(
                    "notice-opening",
                    &[("path", (&path.display().to_string()).into())],
                ))
            });
            return;
        }
        let result = crate::data::open::load_path(&path);
        self.take_opened(path, result);
    }

    /// Shows a freshly opened file, or why it could not be opened.
    fn take_opened(&mut self, path: PathBuf, result: Result<Timeline, load::LoadError>) {
        match result {
            Ok(t) => {
                self.files.pending = None;
                self.show_new_timeline(t, Some(path));
            }
            Err(e) => {
                let shown = path.display().to_string();
                let heading = self.say("notice-failed-unchanged", &[("path", (&shown).into())]);
                self.windows.notice = Some(Notice {
                    retry: Some(path.clone()),
                    ..Notice::problems(self.settings.lang, heading, e.lines())
                });
                self.files.pending = Some(path);
            }
        }
    }

    /// Follows the open file (or the one that failed to open) on disk, and
    /// takes in background loads and new versions.
    pub(super) fn follow_file(&mut self, ctx: &egui::Context) {
        self.take_background_load();
        if self.files.loading.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        let wanted = self.files.pending.clone().or_else(|| self.doc.path.clone());
        let watching = self.files.watcher.as_ref().map(FileWatcher::path);
        if watching != wanted.as_deref() {
            self.files.watcher = wanted.map(|p| {
                let ctx = ctx.clone();
                FileWatcher::spawn(p, move || ctx.request_repaint())
            });
        }
        let Some(change) = self
            .files
            .watcher
            .as_ref()
            .and_then(FileWatcher::take_change)
        else {
            return;
        };
        if let Some(pending) = self.files.pending.clone() {
            match change {
                Change::Loaded(result) => self.take_opened(pending, result),
                Change::Gone => {}
            }
            return;
        }
        match change {
            Change::Loaded(Ok(t)) => {
                self.swap_timeline(t);
                if self.windows.notice.as_ref().is_some_and(|n| n.from_reload) {
                    self.windows.notice = None;
                }
            }
            Change::Loaded(Err(e)) => {
                let name = self.source_name();
                let heading = self.say("notice-reload-problems", &[("path", (&name).into())]);
                self.windows.notice = Some(Notice {
                    from_reload: true,
                    ..Notice::problems(self.settings.lang, heading, e.lines())
                });
            }
            Change::Gone => {
                let name = self.source_name();
                let heading = self.say("notice-file-gone", &[("path", (&name).into())]);
                self.windows.notice = Some(Notice {
                    from_reload: true,
                    ..Notice::note(heading)
                });
            }
        }
    }

    /// Shows a file loaded in the background once it is ready.
    fn take_background_load(&mut self) {
        let Some(result) = self.files.loading.as_ref().and_then(Loading::take) else {
            return;
        };
        let Some(loading) = self.files.loading.take() else {
            return;
        };
        self.windows.notice = None;
        let opened = result.is_ok();
        self.take_opened(loading.path, result);
        if let (true, Some(saved)) = (opened, loading.restore) {
            self.apply_saved_place(&saved);
        }
    }
}

/// Files larger than this open off the UI thread, with a progress note.
const BACKGROUND_BYTES: u64 = 1024 * 1024;

fn is_large(path: &std::path::Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > BACKGROUND_BYTES)
}

/// A dataset being loaded on another thread.
pub(super) struct Loading {
    path: PathBuf,
    result: Receiver<Result<Timeline, load::LoadError>>,
    /// Saved state to apply once it is on screen (when restoring at start-up).
    restore: Option<SavedState>,
}

impl Loading {
    fn spawn(path: PathBuf, restore: Option<SavedState>) -> Self {
        let (tx, result) = std::sync::mpsc::channel();
        let thread_path = path.clone();
        let spawned = std::thread::Builder::new()
            .name("dataset-loader".into())
            .spawn(move || {
                let _ = tx.send(crate::data::open::load_path(&thread_path));
            });
        if let Err(e) = spawned {
            log::warn!(
                "cannot start a loading thread ({e}); {} is not opened",
                path.display()
            );
        }
        Self {
            path,
            result,
            restore,
        }
    }

    /// The result, once the load has finished.
    fn take(&self) -> Option<Result<Timeline, load::LoadError>> {
        match self.result.try_recv() {
            Ok(r) => Some(r),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err(crate::base::files::ReadError::Io {
                path: self.path.clone(),
                source: std::io::Error::other("the loading thread stopped"),
            }
            .into())),
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
