//! The export dialog: dates, size, theme, what to include, where to save.
//! The export itself runs on a worker thread; the window stays responsive.

use super::command::{Command, WindowKind};
use super::words::{lang, t, ta};
use crate::base::i18n::{Lang, tr, tr_args};
use crate::data::date::{PartialDate, date_from_day};
use crate::data::formats::{FileFormat, Use};
use crate::data::model::Timeline;
use crate::render::export::{self, ExportOptions, Theme};
use egui::Ui;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

/// Result of a finished export: the file written, or a message.
type Outcome = Result<PathBuf, String>;

/// The export dialog's draft: the dates as typed, the options the export
/// takes (edited in place), where to save, and the export under way.
pub struct ExportDialog {
    pub open: bool,
    /// The dates as typed; they become `options.from` and `options.to` when the export starts.
    pub from: String,
    pub to: String,
    pub options: ExportOptions,
    /// Where to save; filled by Choose… or typed (also the fallback when no native dialog exists).
    pub path: String,
    job: Option<Receiver<Outcome>>,
    pub outcome: Option<Outcome>,
}

impl Default for ExportDialog {
    fn default() -> Self {
        let day = PartialDate::from_naive(chrono::NaiveDate::default());
        Self {
            open: false,
            from: String::new(),
            to: String::new(),
            options: ExportOptions::new(day, day, ""),
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
        if self.options.title.is_empty() {
            self.options.title = title.to_owned();
        }
        self.path = default_path(&self.from, &self.to, &self.path);
        self.outcome = None;
        self.open = true;
    }

    pub fn is_running(&self) -> bool {
        self.job.is_some()
    }

    /// The typed dates; an error names the field in `lang`.
    fn dates(&self, lang: Lang) -> Result<(PartialDate, PartialDate), String> {
        let field = |id: &str, e: &dyn std::fmt::Display| {
            tr_args(lang, id, &[("error", e.to_string().as_str().into())])
        };
        let from =
            PartialDate::parse(self.from.trim()).map_err(|e| field("error-export-from", &e))?;
        let to = PartialDate::parse(self.to.trim()).map_err(|e| field("error-export-to", &e))?;
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
        let lang = lang(ctx);
        let (from, to) = match self.dates(lang) {
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
            lanes: Some(lanes),
            input,
            lang,
            ..self.options.clone()
        };
        let timeline = timeline.clone();
        let ctx = ctx.clone();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let measurer = crate::render::measure::Measurer::new();
            let result = export::export_to_file(&timeline, &options, &path, &measurer)
                .map(|()| path)
                .map_err(|e| e.message(lang));
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
        (Ok(a), Ok(b)) => export::default_file_name(&a, &b, FileFormat::Png),
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
) -> Vec<Command> {
    let mut out = Vec::new();
    dialog.poll();
    if dialog.is_running() {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_millis(100));
    }
    let mut open = dialog.open;
    egui::Window::new(t(ui, "export-window-title"))
        // A fixed id: the title changes with the language.
        .id(egui::Id::unique("export_window"))
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .show(ui.ctx(), |ui| {
            egui::Grid::new("export_grid")
                .num_columns(2)
                .spacing([12.0, 8.0])
                .show(ui, |ui| out.extend(form_ui(ui, dialog)));
            format_ui(ui, &mut dialog.path);
            ui.separator();
            ui.horizontal(|ui| {
                let busy = dialog.is_running();
                let button = egui::Button::new(t(ui, "export-button"));
                if ui.add_enabled(!busy, button).clicked() {
                    let input = input.map(Path::to_path_buf);
                    dialog.start(ui.ctx(), timeline, lanes.to_vec(), input);
                }
                if busy {
                    ui.spinner();
                    ui.label(t(ui, "export-running"));
                }
            });
            outcome_ui(ui, dialog.outcome.as_ref());
        });
    if dialog.open && !open {
        out.push(Command::CloseWindow(WindowKind::Export));
    }
    out
}

/// The dates, size, theme, title, what to include, and where to save.
fn form_ui(ui: &mut Ui, dialog: &mut ExportDialog) -> Option<Command> {
    let mut out = None;
    let text_row = |ui: &mut Ui, label: &str, value: &mut String, width: f32| {
        let l = ui.label(label);
        ui.add(egui::TextEdit::singleline(value).desired_width(width))
            .labelled_by(l.id);
        ui.end_row();
    };
    let [from, to, title] = ["export-from", "export-to", "export-title"].map(|id| t(ui, id));
    text_row(ui, &from, &mut dialog.from, 120.0);
    text_row(ui, &to, &mut dialog.to, 120.0);
    let l = ui.label(t(ui, "export-width"));
    let width = egui::DragValue::new(&mut dialog.options.width)
        .range(export::MIN_WIDTH..=export::MAX_WIDTH)
        .speed(10.0)
        .suffix(" px");
    ui.add(width).labelled_by(l.id);
    ui.end_row();
    ui.label(t(ui, "export-theme"));
    ui.horizontal(|ui| {
        let light = t(ui, "export-theme-light");
        ui.radio_value(&mut dialog.options.theme, Theme::Light, light);
        let dark = t(ui, "export-theme-dark");
        ui.radio_value(&mut dialog.options.theme, Theme::Dark, dark);
    });
    ui.end_row();
    text_row(ui, &title, &mut dialog.options.title, 320.0);
    ui.label(t(ui, "export-include"));
    ui.horizontal(|ui| {
        ui.checkbox(&mut dialog.options.legend, t(ui, "export-legend"));
        ui.checkbox(&mut dialog.options.sources, t(ui, "export-source-list"));
        ui.checkbox(&mut dialog.options.key_only, t(ui, "export-key-only"));
    });
    ui.end_row();
    let l = ui.label(t(ui, "export-save-to"));
    ui.horizontal(|ui| {
        ui.add(egui::TextEdit::singleline(&mut dialog.path).desired_width(320.0))
            .labelled_by(l.id);
        if ui.button(t(ui, "export-choose")).clicked() {
            out = choose_file(lang(ui.ctx()), &dialog.path).map(Command::SetExportPath);
        }
    });
    ui.end_row();
    out
}

/// The system's save dialog, starting from `current`.
fn choose_file(lang: Lang, current: &str) -> Option<PathBuf> {
    let file = PathBuf::from(current);
    let mut picker = rfd::FileDialog::new().set_title(tr(lang, "export-window-title"));
    for format in FileFormat::all_for(Use::Picture) {
        picker = picker.add_filter(format_name(lang, format), &[format.extension()]);
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
            let shown = path.display().to_string();
            ui.label(ta(ui, "export-saved", &[("path", (&shown).into())]));
            if let Some(dir) = path.parent()
                && ui.button(t(ui, "export-open-folder")).clicked()
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
        ui.label(t(ui, "export-format"));
        let lang = lang(ui.ctx());
        for format in FileFormat::all_for(Use::Picture) {
            if ui
                .selectable_label(current == Some(format), format_name(lang, format))
                .clicked()
            {
                let p = PathBuf::from(path.trim()).with_extension(format.extension());
                *path = p.display().to_string();
            }
        }
    });
}

/// A format's name in `lang`: "PNG image", "Image PNG"; names that are the
/// same in every language ("Markdown", "CSV") as they are.
pub(super) fn format_name(lang: Lang, format: FileFormat) -> String {
    match format {
        FileFormat::Png => tr(lang, "export-format-png"),
        FileFormat::Svg => tr(lang, "export-format-svg"),
        FileFormat::Pdf => tr(lang, "export-format-pdf"),
        _ => format.name().to_owned(),
    }
}
