//! The one place where the app's state changes: each [`Command`] a widget
//! returned is applied here, with the navigation it needs (stepping through
//! events, the tour, the list) and the file work it starts.

use super::command::WindowKind;
use super::{Command, Notice, TimelineApp, dataset, tour_ui, whole_view};
use crate::data::formats::{FileFormat, Use};
use crate::timeline::view::TimeView;

impl TimelineApp {
    /// `view`, kept near the data (see [`TimeView::kept_near`]).
    fn near_data(&self, view: TimeView) -> TimeView {
        match self.doc.timeline.span() {
            Some((a, b)) => view.kept_near(a as f64, b as f64),
            None => TimeView::new(view.start, view.span),
        }
    }

    /// Clears the selection when a filter hides the selected event.
    fn drop_filtered_selection(&mut self) {
        if let Some(i) = self.reading.selected
            && self.filter().is_some_and(|f| !f[i])
        {
            self.reading.selected = None;
        }
    }

    /// Applies one command from a widget. Every variant is named here, so a
    /// new command does not compile until it is given an effect.
    #[deny(clippy::wildcard_enum_match_arm)]
    #[allow(
        clippy::too_many_lines,
        reason = "one match that names every command; the long arms are methods"
    )]
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(i) => self.reading.selected = i,
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
            Command::FitAll => self.target = whole_view(&self.doc.timeline),
            Command::Step(dir) => {
                if let Some(i) = self.step_from(self.reading.selected, dir) {
                    self.reveal(i);
                }
            }
            Command::SetThreadFilter(t) => {
                self.filters.thread = t.filter(|&t| t < self.doc.timeline.threads.len());
                self.drop_filtered_selection();
            }
            Command::SearchFor(text) => {
                self.filters.search = text;
            }
            Command::SetDisputedOnly(on) => {
                self.filters.disputed_only = on;
                self.drop_filtered_selection();
            }
            Command::ToggleCategory(c) => {
                if let Some(h) = self.filters.hidden.get_mut(c) {
                    *h = !*h;
                }
                if self
                    .reading
                    .selected
                    .is_some_and(|i| self.doc.timeline.events[i].category == c)
                {
                    self.reading.selected = None;
                }
            }
            Command::StepMatch(dir) => {
                // Through every match in date order, wrapping around at either end.
                let wrap = |app: &mut Self| app.end_event(-dir);
                if let Some(i) = self
                    .step_from(self.reading.selected, dir)
                    .or_else(|| wrap(self))
                {
                    self.reveal(i);
                }
            }
            Command::SelectEnd(dir) => {
                if let Some(i) = self.end_event(dir) {
                    self.reveal(i);
                }
            }
            Command::SetRange(r) => self.reading.range = r.filter(|(a, b)| b - a > 0.0),
            Command::OpenExport => {
                let (from, to) = self
                    .reading
                    .range
                    .unwrap_or((self.view.start, self.view.end()));
                self.windows
                    .export
                    .open_for(from, to, &self.doc.timeline.title);
            }
            Command::SetExportPath(p) => self.windows.export.path = p.display().to_string(),
            Command::OpenFile => self.open_file_dialog(),
            Command::OpenPath(p) => self.open_path(p),
            Command::OpenBundled => self.show_new_timeline(dataset::bundled_timeline(), None),
            Command::ClearRecent => self.settings.recent.clear(),
            Command::SetTheme(t) => self.settings.theme = t,
            Command::SetLang(l) => self.settings.lang = l,
            Command::ToggleShortcuts => self.windows.show_shortcuts = !self.windows.show_shortcuts,
            Command::ShowAbout => self.windows.show_about = true,
            Command::Quit => self.windows.quit = true,
            Command::CloseWindows => {
                self.windows.show_shortcuts = false;
                self.windows.show_about = false;
                self.windows.export.open = false;
            }
            Command::CloseWindow(w) => match w {
                WindowKind::Export => self.windows.export.open = false,
                WindowKind::Shortcuts => self.windows.show_shortcuts = false,
                WindowKind::About => self.windows.show_about = false,
            },
            Command::ShowNotice(n) => self.windows.notice = Some(n),
            Command::DismissNotice => self.windows.notice = None,
            Command::OpenSpeaker(_)
            | Command::CloseSpeaker
            | Command::ToggleCompare
            | Command::SetCompare(_)
            | Command::SetCompareCursor(_)
            | Command::ExportCompare(_)
            | Command::SetVoices(_)
            | Command::SetCitationStyle(_)
            | Command::ExportCitations
            | Command::ToggleList
            | Command::SortList(_)
            | Command::ListStep(_)
            | Command::StartTour
            | Command::TourStep(_)
            | Command::EndTour => self.apply_reading(command),
        }
    }

    /// Commands of the reading tools: citations, speakers and voices, the list, the tour.
    #[deny(clippy::wildcard_enum_match_arm)]
    fn apply_reading(&mut self, command: Command) {
        match command {
            Command::OpenSpeaker(i) => {
                self.reading.speaker_page = (i < self.doc.timeline.speakers.len()).then_some(i);
            }
            Command::CloseSpeaker => self.reading.speaker_page = None,
            Command::ToggleCompare => {
                self.central.compare_mode = !self.central.compare_mode;
                self.central.list_mode = false;
            }
            Command::SetCompare(spec) => {
                self.central.compare = spec;
                self.central.compare_cursor = None;
            }
            Command::SetCompareCursor(k) => self.central.compare_cursor = Some(k),
            Command::ExportCompare(ext) => self.export_compare(ext),
            Command::SetVoices(v) => {
                self.filters.voices = v.filter(|v| match v {
                    crate::timeline::voices::VoiceFilter::Speaker(i) => {
                        *i < self.doc.timeline.speakers.len()
                    }
                    crate::timeline::voices::VoiceFilter::Side(_) => true,
                });
            }
            Command::SetCitationStyle(style) => self.settings.citation_style = style,
            Command::ExportCitations => self.export_citations(),
            Command::ToggleList => {
                self.central.list_mode = !self.central.list_mode;
                self.central.compare_mode = false;
            }
            Command::SortList(sort) => self.central.list_sort = sort,
            Command::ListStep(dir) => self.list_step(dir),
            Command::StartTour => {
                self.reading.tour = tour_ui::Tour::new(&self.doc.timeline, self.filters.thread);
                self.visit_tour_stop();
            }
            Command::TourStep(step) => {
                if let Some(tour) = &mut self.reading.tour {
                    tour.step(step);
                }
                self.visit_tour_stop();
            }
            Command::EndTour => self.reading.tour = None,
            Command::Select(_)
            | Command::SetView(_)
            | Command::AnimateTo(_)
            | Command::ZoomAt { .. }
            | Command::FitAll
            | Command::Step(_)
            | Command::ToggleCategory(_)
            | Command::SetThreadFilter(_)
            | Command::SearchFor(_)
            | Command::SetDisputedOnly(_)
            | Command::StepMatch(_)
            | Command::SelectEnd(_)
            | Command::SetRange(_)
            | Command::OpenExport
            | Command::SetExportPath(_)
            | Command::OpenFile
            | Command::OpenPath(_)
            | Command::OpenBundled
            | Command::ClearRecent
            | Command::SetTheme(_)
            | Command::SetLang(_)
            | Command::ToggleShortcuts
            | Command::ShowAbout
            | Command::Quit
            | Command::CloseWindows
            | Command::CloseWindow(_)
            | Command::ShowNotice(_)
            | Command::DismissNotice => {
                log::error!("{command:?} reached the reading commands; apply handles it");
            }
        }
    }

    /// Selects the previous (-1) or next (+1) row of the list.
    fn list_step(&mut self, dir: i32) {
        let rows = self.list_rows().to_vec();
        let at = self
            .reading
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

    /// Selects the tour's current stop and moves the timeline to it.
    fn visit_tour_stop(&mut self) {
        let Some(i) = self.reading.tour.as_ref().map(tour_ui::Tour::current) else {
            return;
        };
        self.reading.selected = Some(i);
        let e = &self.doc.timeline.events[i];
        let (s, t) = (e.start_day() as f64, e.end_day() as f64);
        let span = ((t - s) * 3.0).max(120.0);
        self.target = self.near_data(TimeView::new((s + t) / 2.0 - span / 2.0, span));
    }

    /// Asks where to save the sources of the events in view (or in the range)
    /// and writes them in the format the file name asks for.
    fn export_citations(&mut self) {
        let (from, to) = self
            .reading
            .range
            .unwrap_or((self.view.start, self.view.end()));
        let in_view: Vec<usize> = (0..self.doc.timeline.events.len())
            .filter(|&i| {
                let e = &self.doc.timeline.events[i];
                (e.start_day() as f64) < to && (e.end_day() as f64) > from
            })
            .collect();
        let events: Vec<usize> = in_view.into_iter().filter(|&i| self.passes(i)).collect();
        let mut picker = rfd::FileDialog::new()
            .set_title(self.say("menu-dialog-export-citations-title", &[]))
            .set_file_name("sources.md");
        for format in FileFormat::all_for(Use::SourceList) {
            picker = picker.add_filter(format.name(), &[format.extension()]);
        }
        let Some(path) = picker.save_file() else {
            return;
        };
        let today = chrono::Local::now().date_naive();
        let text = FileFormat::for_path(Use::SourceList, &path).and_then(|format| {
            let style = self.settings.citation_style;
            crate::data::cite::source_list(&self.doc.timeline, &events, format, style, today)
        });
        let Some(text) = text else {
            let shown = path.display().to_string();
            let text = self.say("error-citations-extension", &[("path", (&shown).into())]);
            self.windows.notice = Some(Notice::problems(self.settings.lang, text, Vec::new()));
            return;
        };
        self.windows.notice = Some(self.write_with_notice(
            &path,
            text.as_bytes(),
            self.say(
                "notice-wrote-citations",
                &[
                    ("count", events.len().into()),
                    ("path", (&path.display().to_string()).into()),
                ],
            ),
        ));
    }

    /// Writes `bytes` to `path` atomically; the notice says `wrote`, or why not.
    pub(super) fn write_with_notice(
        &self,
        path: &std::path::Path,
        bytes: &[u8],
        wrote: String,
    ) -> Notice {
        match crate::base::files::write_atomic(path, bytes) {
            Ok(()) => Notice::note(wrote),
            Err(e) => {
                let (shown, error) = (path.display().to_string(), e.to_string());
                let args = [("path", (&shown).into()), ("error", (&error).into())];
                let text = self.say("error-write-file", &args);
                Notice::problems(self.settings.lang, text, Vec::new())
            }
        }
    }

    /// The first (`dir` < 0) or last event that passes search and filters.
    fn end_event(&mut self, dir: i32) -> Option<usize> {
        let n = self.doc.timeline.events.len() as i64;
        self.scan(if dir < 0 { 0 } else { n - 1 }, -dir.signum())
    }

    /// The next event in date order from `from` that passes filters. With
    /// nothing selected: forward from the first event in view, back from the last.
    fn step_from(&mut self, from: Option<usize>, dir: i32) -> Option<usize> {
        let i = match from {
            Some(i) => i as i64 + i64::from(dir.signum()),
            None => {
                let events = &self.doc.timeline.events;
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
        let n = self.doc.timeline.events.len();
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
        self.reading.selected = Some(i);
        let e = &self.doc.timeline.events[i];
        let (s, t) = (e.start_day() as f64, e.end_day() as f64);
        self.target = self
            .target
            .scrolled_to_show(s, t.min(s + self.target.span * 0.5), 0.12);
    }
}
