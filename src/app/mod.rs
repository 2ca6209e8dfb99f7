//! eframe glue: panels, commands, animation. The logic lives in the modules
//! this one calls; here is only the wiring.

mod command;
mod export_dialog_ui;
mod overview_ui;
mod side_panel_ui;
mod timeline_interaction;
mod timeline_ui;
mod top_bar_ui;

pub use command::Command;
pub use side_panel_ui::{citation, is_web_address};

use crate::model::Timeline;
use crate::search::SearchIndex;
use crate::view::{ScreenMap, TimeView};
use std::path::PathBuf;
use std::process::ExitCode;

/// Rate of the view animation (per second): higher is snappier.
const ANIMATION_RATE: f64 = 14.0;

/// The whole app state.
pub struct TimelineApp {
    pub timeline: Timeline,
    /// Where the timeline came from, for messages ("india_canada.ron (bundled)").
    pub source_name: String,
    index: SearchIndex,
    /// What is on screen now, and where it is heading.
    pub view: TimeView,
    pub target: TimeView,
    pub selected: Option<usize>,
    pub search: String,
    matches_for: String,
    matches: Option<Vec<bool>>,
    /// Per category: hidden from the timeline.
    pub hidden: Vec<bool>,
    /// A selected date range in days, half-open.
    pub range: Option<(f64, f64)>,
    range_drag: Option<f64>,
    /// How days mapped to the screen in the last frame.
    pub last_map: Option<ScreenMap>,
    /// Problems of a file that failed to open; shown until dismissed.
    pub errors: Vec<String>,
    pub export: export_dialog_ui::ExportDialog,
}

impl TimelineApp {
    pub fn new(timeline: Timeline, source_name: String) -> Self {
        let index = SearchIndex::new(&timeline);
        let view = whole_view(&timeline);
        let hidden = vec![false; timeline.categories.len()];
        Self {
            timeline,
            source_name,
            index,
            view,
            target: view,
            selected: None,
            search: String::new(),
            matches_for: String::new(),
            matches: None,
            hidden,
            range: None,
            range_drag: None,
            last_map: None,
            errors: Vec::new(),
            export: export_dialog_ui::ExportDialog::default(),
        }
    }

    /// Replaces the dataset (after a successful open).
    pub fn set_timeline(&mut self, timeline: Timeline, source_name: String) {
        *self = Self {
            search: std::mem::take(&mut self.search),
            ..Self::new(timeline, source_name)
        };
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
            self.matches = self.index.matches(&self.search);
            self.matches_for = self.search.clone();
        }
        self.matches.as_deref()
    }

    /// Whether an event passes the search and the category filters.
    fn passes(&mut self, i: usize) -> bool {
        let cat = self.timeline.events[i].category;
        !self.hidden[cat] && self.matches().is_none_or(|m| m[i])
    }

    /// Applies one command from a widget.
    pub fn apply(&mut self, command: Command) {
        match command {
            Command::Select(i) => self.selected = i,
            Command::SetView(v) => {
                let v = TimeView::new(v.start, v.span);
                self.view = v;
                self.target = v;
            }
            Command::AnimateTo(v) => self.target = TimeView::new(v.start, v.span),
            Command::ZoomAt {
                center,
                factor,
                animate,
            } => {
                let base = if animate { self.target } else { self.view };
                let v = base.zoom_at(center, factor);
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
            Command::NextMatch => {
                if let Some(i) = self
                    .step_from(self.selected, 1)
                    .or_else(|| self.step_from(None, 1))
                {
                    self.reveal(i);
                }
            }
            Command::SetRange(r) => self.range = r.filter(|(a, b)| b - a > 0.0),
            Command::OpenExport => {
                let (from, to) = self.range.unwrap_or((self.view.start, self.view.end()));
                self.export.open_for(from, to, &self.timeline.title);
            }
            Command::OpenFile => self.open_file_dialog(),
        }
    }

    /// The next event in date order from `from` (or from the view's centre) that passes filters.
    fn step_from(&mut self, from: Option<usize>, dir: i32) -> Option<usize> {
        let n = self.timeline.events.len();
        let mut i = match from {
            Some(i) => i as i64 + i64::from(dir.signum()),
            None => {
                let center = self.view.start + self.view.span / 2.0;
                let after = self
                    .timeline
                    .events
                    .partition_point(|e| (e.start_day() as f64) < center)
                    as i64;
                if dir > 0 { after } else { after - 1 }
            }
        };
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

    fn open_file_dialog(&mut self) {
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
        match crate::load::load_path(&path) {
            Ok(t) => {
                self.set_timeline(t, path.display().to_string());
                self.errors.clear();
            }
            Err(e) => self.errors = e.lines(),
        }
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

    /// The whole UI, inside any `Ui` (eframe's root, or a test harness).
    pub fn show(&mut self, ui: &mut egui::Ui) {
        let dt = ui.input(|i| i.stable_dt);
        if self.animate(dt) {
            ui.ctx().request_repaint();
        }
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::F)) {
            ui.memory_mut(|m| m.request_focus(top_bar_ui::search_id()));
        }
        let mut commands = Vec::new();
        if ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::E)) {
            commands.push(Command::OpenExport);
        }

        let match_count = self.matches().map(|m| m.iter().filter(|b| **b).count());
        let hidden = self.hidden.clone();
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            commands.extend(top_bar_ui::top_bar_ui(
                ui,
                top_bar_ui::TopBar {
                    timeline: &self.timeline,
                    search: &mut self.search,
                    match_count,
                    hidden: &hidden,
                },
            ));
            ui.add_space(2.0);
        });
        if !self.errors.is_empty() {
            egui::Panel::top("errors").show(ui, |ui| {
                if errors_ui(ui, &self.errors) {
                    self.errors.clear();
                }
            });
        }
        egui::Panel::right("details")
            .resizable(true)
            .default_size(380.0)
            .min_size(240.0)
            .show(ui, |ui| {
                commands.extend(side_panel_ui::side_panel_ui(
                    ui,
                    &self.timeline,
                    self.selected,
                ));
            });
        let lanes = self.lanes();
        egui::Panel::bottom("overview")
            .exact_size(46.0)
            .show(ui, |ui| {
                commands.extend(overview_ui::overview_ui(
                    ui,
                    &self.timeline,
                    self.view,
                    &lanes,
                ));
            });
        // The search may have changed in the top bar: refresh once, then borrow.
        self.matches();
        egui::CentralPanel::default()
            .frame(egui::Frame::new())
            .show(ui, |ui| {
                let widget = timeline_ui::TimelineWidget {
                    timeline: &self.timeline,
                    view: self.view,
                    lanes: &lanes,
                    matches: self.matches.as_deref(),
                    selected: self.selected,
                    range: self.range,
                };
                let (c, map) = timeline_ui::timeline_ui(ui, &widget, &mut self.range_drag);
                self.last_map = Some(map);
                commands.extend(c);
            });
        export_dialog_ui::export_dialog_ui(ui, &mut self.export, &self.timeline, &lanes);
        for c in commands {
            self.apply(c);
        }
        if self.view != self.target {
            ui.ctx().request_repaint();
        }
    }
}

/// Shows load errors; returns true when dismissed.
fn errors_ui(ui: &mut egui::Ui, errors: &[String]) -> bool {
    let mut dismissed = false;
    ui.horizontal(|ui| {
        ui.colored_label(
            ui.visuals().error_fg_color,
            "This file could not be opened; the timeline on screen is unchanged.",
        );
        if ui.button("Dismiss").clicked() {
            dismissed = true;
        }
    });
    egui::ScrollArea::vertical()
        .max_height(140.0)
        .show(ui, |ui| {
            for line in errors {
                ui.monospace(line);
            }
        });
    dismissed
}

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
}

/// Opens the app window on the given dataset (or the bundled one).
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let (timeline, name) = match crate::cli::load_dataset(file.as_deref()) {
        Ok(t) => (
            t,
            file.map_or_else(
                || crate::load::BUNDLED_NAME.to_owned(),
                |p| p.display().to_string(),
            ),
        ),
        Err(e) => {
            for line in e.lines() {
                eprintln!("{line}");
            }
            return ExitCode::FAILURE;
        }
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(format!("{} — India–Canada Timeline", timeline.title))
            .with_app_id("india-canada-timeline")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([640.0, 400.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "India–Canada Timeline",
        options,
        Box::new(|cc| {
            crate::fonts::install(&cc.egui_ctx);
            Ok(Box::new(TimelineApp::new(timeline, name)))
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
