//! One frame of the app: the panels in order, then the commands they returned.
//! Each panel is its own `*_ui` module; this file only wires them.

use super::{
    Command, FIRST_FRAME_ENV, Notice, TimelineApp, compare_ui, export_dialog_ui, file_drop_ui,
    help_ui, list_ui, menu_ui, notice_ui, overview_ui, side_panel_ui, timeline_ui, top_bar_ui,
    tour_ui,
};

impl TimelineApp {
    /// The whole UI, inside any `Ui` (eframe's root, or a test harness).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        super::words::set_lang(ui.ctx(), self.settings.lang);
        self.frame_start(ui);
        let mut commands = self.global_keys(ui);
        commands.extend(self.dropped_file(ui));
        commands.extend(self.top_panels_ui(ui));
        commands.extend(self.side_panels_ui(ui));
        commands.extend(self.central_ui(ui));
        let lanes = self.lanes();
        commands.extend(export_dialog_ui::export_dialog_ui(
            ui,
            &mut self.windows.export,
            &self.doc.timeline,
            &lanes,
            self.doc.path.as_deref(),
        ));
        commands.extend(help_ui::shortcuts_ui(ui.ctx(), self.windows.show_shortcuts));
        let source_name = self.source_name();
        commands.extend(help_ui::about_ui(
            ui.ctx(),
            self.windows.show_about,
            &self.doc.timeline,
            &source_name,
        ));
        file_drop_ui::paint_drop_hint(ui);
        for c in commands {
            self.apply(c);
        }
        self.frame_end(ui);
    }

    /// Animation, live reload, window title, theme and the search shortcut.
    fn frame_start(&mut self, ui: &mut egui::Ui) {
        let dt = ui.input(|i| i.stable_dt);
        if self.animate(ui.ctx(), dt) {
            ui.ctx().request_repaint();
        }
        self.follow_file(ui.ctx());
        let title = self.say(
            "top-window-title",
            &[("title", (&self.doc.timeline.title).into())],
        );
        // The title last sent is kept in egui's memory, to send it only when it changes.
        let title_id = egui::Id::unique("window-title-sent");
        if ui.data(|d| d.get_temp::<String>(title_id)).as_ref() != Some(&title) {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            ui.data_mut(|d| d.insert_temp(title_id, title));
        }
        if ui.ctx().options(|o| o.theme_preference) != self.settings.theme {
            ui.ctx().set_theme(self.settings.theme);
        }
        if ui.input_mut(|i| super::shortcuts::pressed(i, super::shortcuts::Action::Search)) {
            ui.memory_mut(|m| m.request_focus(top_bar_ui::search_id()));
        }
    }

    /// A file dropped on the window: open it, or say why not.
    fn dropped_file(&mut self, ui: &egui::Ui) -> Vec<Command> {
        match file_drop_ui::dropped_file(ui) {
            Some(file_drop_ui::Dropped::Timeline(p)) => vec![Command::OpenPath(p)],
            Some(file_drop_ui::Dropped::NotATimeline(name)) => {
                let text = self.say("drop-not-timeline", &[("path", (&name).into())]);
                vec![Command::ShowNotice(Notice::problems(
                    self.settings.lang,
                    text,
                    Vec::new(),
                ))]
            }
            None => Vec::new(),
        }
    }

    /// Menus and top bar, the notice strip, the tour's bar.
    fn top_panels_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        let match_count = self.matches().map(|m| m.iter().filter(|b| **b).count());
        let hidden = self.filters.hidden.clone();
        let voices = self.voice_filter();
        egui::Panel::top("top_bar").show(ui, |ui| {
            let menus = menu_ui::Menus {
                recent: &self.settings.recent,
                open_path: self.doc.path.as_deref(),
                theme: self.settings.theme,
            };
            commands.extend(menu_ui::menu_bar_ui(ui, &menus));
            ui.separator();
            let bar = top_bar_ui::TopBar {
                timeline: &self.doc.timeline,
                search: &self.filters.search,
                match_count,
                hidden: &hidden,
                thread: self.filters.thread,
                disputed_only: self.filters.disputed_only,
                list_mode: self.central.list_mode,
                compare_mode: self.central.compare_mode,
                voices,
            };
            commands.extend(top_bar_ui::top_bar_ui(ui, bar));
            ui.add_space(2.0);
        });
        if let Some(notice) = &self.windows.notice {
            let action = egui::Panel::top("notice")
                .show(ui, |ui| notice_ui::notice_ui(ui, notice))
                .inner;
            match action {
                Some(notice_ui::NoticeAction::Dismiss) => commands.push(Command::DismissNotice),
                Some(notice_ui::NoticeAction::Retry) => {
                    commands.extend(notice.retry.clone().map(Command::OpenPath));
                }
                None => {}
            }
        }
        commands
    }

    /// The side panel, the tour's bar and the overview strip.
    fn side_panels_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        egui::Panel::right("details")
            .resizable(true)
            .default_size(340.0)
            .min_size(240.0)
            .show(ui, |ui| {
                let source_name = self.source_name();
                let panel = side_panel_ui::SidePanel {
                    timeline: &self.doc.timeline,
                    selected: self.reading.selected,
                    speaker_page: self.reading.speaker_page,
                    style: self.settings.citation_style,
                    source_name: &source_name,
                    link_status: &self.settings.link_status,
                };
                commands.extend(side_panel_ui::side_panel_ui(ui, &panel));
            });
        if let Some(tour) = &self.reading.tour {
            egui::Panel::top("tour").show(ui, |ui| {
                commands.extend(tour_ui::tour_ui(ui, tour, &self.doc.timeline))
            });
        }
        let lanes = self.lanes();
        egui::Panel::bottom("overview")
            .exact_size(46.0)
            .show(ui, |ui| {
                commands.extend(overview_ui::overview_ui(
                    ui,
                    &self.doc.timeline,
                    self.view,
                    &lanes,
                ));
            });
        commands
    }

    /// The timeline, or the list of events.
    fn central_ui(&mut self, ui: &mut egui::Ui) -> Vec<Command> {
        let mut commands = Vec::new();
        // The search may have changed in the top bar: refresh once, then borrow.
        self.highlight();
        self.filter();
        if self.central.compare_mode {
            let (rows, scope) = self.compare_rows_now();
            egui::CentralPanel::default().show(ui, |ui| {
                let view = compare_ui::CompareView {
                    timeline: &self.doc.timeline,
                    spec: self.central.compare,
                    rows: &rows,
                    cursor: self.central.compare_cursor,
                    selected: self.reading.selected,
                    style: self.settings.citation_style,
                    scope,
                };
                commands.extend(compare_ui::compare_ui(ui, &view));
            });
            return commands;
        }
        if self.central.list_mode {
            let rows = self.list_rows().to_vec();
            let rows = rows.as_slice();
            egui::CentralPanel::default().show(ui, |ui| {
                commands.extend(list_ui::list_ui(
                    ui,
                    &self.doc.timeline,
                    rows,
                    self.reading.selected,
                    self.central.list_sort,
                ));
            });
            return commands;
        }
        let lanes = self.lanes();
        egui::CentralPanel::default()
            .frame(egui::Frame::new())
            .show(ui, |ui| {
                let widget = timeline_ui::TimelineWidget {
                    timeline: &self.doc.timeline,
                    view: self.view,
                    lanes: &lanes,
                    matches: self.derived.made_highlight(),
                    filter: self.derived.made_filter(),
                    selected: self.reading.selected,
                    range: self.reading.range,
                };
                commands.extend(timeline_ui::timeline_ui(ui, &widget));
            });
        commands
    }

    /// Quit, keep animating, and report the first frame when asked to.
    fn frame_end(&mut self, ui: &mut egui::Ui) {
        if std::mem::take(&mut self.windows.quit) {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
        if self.view != self.target {
            ui.ctx().request_repaint();
        }
        let started = ui.data_mut(|d| {
            let started = d.get_temp::<std::time::Instant>(started_id());
            d.remove::<std::time::Instant>(started_id());
            started
        });
        if let Some(started) = started
            && std::env::var_os(FIRST_FRAME_ENV).is_some()
        {
            eprintln!(
                "first frame drawn {:.0} ms after start",
                started.elapsed().as_secs_f64() * 1000.0
            );
        }
    }
}

/// When the process started, kept in egui's memory until the first frame reports it.
pub(super) fn started_id() -> egui::Id {
    egui::Id::unique("process-started")
}
