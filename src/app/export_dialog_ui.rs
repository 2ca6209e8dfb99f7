//! The export dialog: dates, size, theme, what to include, where to save.
//! The export itself runs on a worker thread; the window stays responsive.

use crate::data::date::{PartialDate, date_from_day};
use crate::data::model::Timeline;
use crate::render::export::{self, ExportOptions, Format, Theme};
use egui::Ui;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// Result of a finished export: the file written, or a message.
type Outcome = Result<PathBuf, String>;

/// State of the export dialog.
pub struct ExportDialog {
    pub open: bool,
    pub from: String,
    pub to: String,
    pub width: u32,
    pub theme: Theme,
    pub title: String,
    pub legend: bool,
    pub sources: bool,
    /// Only the turning points.
    pub key_only: bool,
    /// Where to save; filled by Choose… or typed (also the fallback when no native dialog exists).
    pub path: String,
    job: Option<Receiver<Outcome>>,
    pub outcome: Option<Outcome>,
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            open: false,
            from: String::new(),
            to: String::new(),
            width: export::DEFAULT_WIDTH,
            theme: Theme::Light,
            title: String::new(),
            legend: true,
            sources: true,
            key_only: false,
            path: String::new(),
            job: None,
            outcome: None,
        }
    }
}

/// "2024-10-01" for a day number.
fn day_text(day: i64) -> String {
    date_from_day(day).map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

impl ExportDialog {
    /// Opens the dialog for a range of days `[from, to)`.
    pub fn open_for(&mut self, from: f64, to: f64, title: &str) {
        let first = from.floor() as i64;
        let last = (to.ceil() as i64 - 1).max(first);
        self.from = day_text(first);
        self.to = day_text(last);
        if self.title.is_empty() {
            self.title = title.to_owned();
        }
        self.path = default_path(&self.from, &self.to, &self.path);
        self.outcome = None;
        self.open = true;
    }

    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    fn dates(&self) -> Result<(PartialDate, PartialDate), String> {
        let from = PartialDate::parse(self.from.trim()).map_err(|e| format!("From: {e}"))?;
        let to = PartialDate::parse(self.to.trim()).map_err(|e| format!("To: {e}"))?;
        Ok((from, to))
    }

    /// Starts the export on a worker thread.
    fn start(
        &mut self,
        ctx: &egui::Context,
        timeline: &Timeline,
        lanes: Vec<usize>,
        input: Option<PathBuf>,
    ) {
        let (from, to) = match self.dates() {
            Ok(d) => d,
            Err(e) => {
                self.outcome = Some(Err(e));
                return;
            }
        };
        let path = PathBuf::from(self.path.trim());
        let options = ExportOptions {
            from,
            to,
            width: self.width,
            theme: self.theme,
            title: self.title.clone(),
            legend: self.legend,
            sources: self.sources,
            key_only: self.key_only,
            lanes: Some(lanes),
            input,
        };
        let timeline = timeline.clone();
        let ctx = ctx.clone();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let measurer = crate::render::measure::Measurer::new();
            let result = export::export_to_file(&timeline, &options, &path, &measurer)
                .map(|()| path)
                .map_err(|e| e.to_string());
            let _ = tx.send(result);
            ctx.request_repaint();
        });
        self.outcome = None;
        self.job = Some(rx);
    }

    /// Collects a finished export, if any.
    fn poll(&mut self) {
        if let Some(rx) = &self.job
            && let Ok(outcome) = rx.try_recv()
        {
            self.outcome = Some(outcome);
            self.job = None;
        }
    }
}

/// A path in the user's pictures (or home, or current) folder.
fn default_path(from: &str, to: &str, previous: &str) -> String {
    let name = match (PartialDate::parse(from), PartialDate::parse(to)) {
        (Ok(a), Ok(b)) => export::default_file_name(&a, &b, Format::Png),
        _ => "india-canada.png".to_owned(),
    };
    // The folder used last, else the user's (localized) Pictures folder, else home.
    let dir = PathBuf::from(previous)
        .parent()
        .filter(|p| p.is_dir())
        .map(PathBuf::from)
        .or_else(|| dirs::picture_dir().filter(|p| p.is_dir()))
        .or_else(dirs::home_dir)
        .unwrap_or_else(|| PathBuf::from("."));
    dir.join(name).display().to_string()
}

/// Shows the dialog window when open.
pub fn export_dialog_ui(
    ui: &mut Ui,
    dialog: &mut ExportDialog,
    timeline: &Timeline,
    lanes: &[usize],
    input: Option<&Path>,
) {
    dialog.poll();
    if dialog.is_running() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
    }
    let mut open = dialog.open;
    egui::Window::new("Export")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ui.ctx(), |ui| {
            egui::Grid::new("export-grid")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| form_ui(ui, dialog));
            format_ui(ui, &mut dialog.path);
            ui.separator();
            ui.horizontal(|ui| {
                let busy = dialog.is_running();
                if ui.add_enabled(!busy, egui::Button::new("Export")).clicked() {
                    let input = input.map(Path::to_path_buf);
                    dialog.start(ui.ctx(), timeline, lanes.to_vec(), input);
                }
                if busy {
                    ui.spinner();
                    ui.label("Exporting…");
                }
            });
            outcome_ui(ui, dialog.outcome.as_ref());
        });
    dialog.open = open;
}

/// The dates, size, theme, title, what to include, and where to save.
fn form_ui(ui: &mut Ui, dialog: &mut ExportDialog) {
    let text_row = |ui: &mut Ui, label: &str, value: &mut String, width: f32| {
        let l = ui.label(label);
        ui.add(egui::TextEdit::singleline(value).desired_width(width))
            .labelled_by(l.id);
        ui.end_row();
    };
    text_row(ui, "From", &mut dialog.from, 120.0);
    text_row(ui, "To", &mut dialog.to, 120.0);
    let l = ui.label("Width");
    let width = egui::DragValue::new(&mut dialog.width)
        .range(export::MIN_WIDTH..=export::MAX_WIDTH)
        .speed(10.0)
        .suffix(" px");
    ui.add(width).labelled_by(l.id);
    ui.end_row();
    ui.label("Theme");
    ui.horizontal(|ui| {
        ui.radio_value(&mut dialog.theme, Theme::Light, "Light (print)");
        ui.radio_value(&mut dialog.theme, Theme::Dark, "Dark");
    });
    ui.end_row();
    text_row(ui, "Title", &mut dialog.title, 320.0);
    ui.label("Include");
    ui.horizontal(|ui| {
        ui.checkbox(&mut dialog.legend, "Legend");
        ui.checkbox(&mut dialog.sources, "Source list");
        ui.checkbox(&mut dialog.key_only, "Key events only");
    });
    ui.end_row();
    let l = ui.label("Save to");
    ui.horizontal(|ui| {
        ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(320.0))
            .labelled_by(l.id);
        if ui.button("Choose…").clicked()
            && let Some(chosen) = choose_file(&dialog.path)
        {
            dialog.path = chosen.display().to_string();
        }
    });
    ui.end_row();
}

/// The system's save dialog, starting from `current`.
fn choose_file(current: &str) -> Option<PathBuf> {
    let file = PathBuf::from(current);
    let mut picker = rfd::FileDialog::new().set_title("Export");
    for (_, name, ext) in export::Format::ALL {
        picker = picker.add_filter(name, &[ext]);
    }
    if let Some(name) = file.file_name() {
        picker = picker.set_file_name(name.to_string_lossy());
    }
    if let Some(dir) = file.parent().filter(|d| d.is_dir()) {
        picker = picker.set_directory(dir);
    }
    picker.save_file()
}

/// Where the export was saved (with a button to show the folder), or why it failed.
fn outcome_ui(ui: &mut Ui, outcome: Option<&Outcome>) {
    match outcome {
        Some(Ok(path)) => {
            ui.label(format!("Saved {}", path.display()));
            if let Some(dir) = path.parent()
                && ui.button("Open folder").clicked()
                && let Err(e) = open::that_detached(dir)
            {
                log::warn!("cannot open the folder {}: {e}", dir.display());
            }
        }
        Some(Err(e)) => {
            ui.colored_label(ui.visuals().error_fg_color, e);
        }
        None => {}
    }
}

/// One button per export format; choosing one sets the file's extension.
fn format_ui(ui: &mut Ui, path: &mut String) {
    let current = export::format_of(Path::new(path.trim())).ok();
    ui.horizontal(|ui| {
        ui.label("Format");
        for (format, name, ext) in export::Format::ALL {
            if ui.selectable_label(current == Some(format), name).clicked() {
                let p = PathBuf::from(path.trim()).with_extension(ext);
                *path = p.display().to_string();
            }
        }
    });
}
