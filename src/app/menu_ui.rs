//! The menu bar: File, View, Help. Every item names its shortcut.

use super::command::Command;
use super::shortcuts::{Action, hint};
use super::state::ThemeChoice;
use egui::{Button, Ui};
use std::path::{Path, PathBuf};

/// What the menus need to know.
pub struct Menus<'a> {
    pub recent: &'a [PathBuf],
    /// The open file, `None` for the bundled dataset.
    pub open_path: Option<&'a Path>,
    pub theme: ThemeChoice,
}

pub fn menu_bar_ui(ui: &mut Ui, menus: &Menus<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, menus, &mut out));
        ui.menu_button("View", |ui| view_menu_ui(ui, menus, &mut out));
        ui.menu_button("Help", |ui| {
            if item(ui, "Keyboard shortcuts", &hint(Action::Shortcuts)) {
                out.push(Command::ToggleShortcuts);
            }
            if ui.button("About").clicked() {
                out.push(Command::ShowAbout);
            }
        });
    });
    out
}

fn file_menu_ui(ui: &mut Ui, menus: &Menus<'_>, out: &mut Vec<Command>) {
    if item(ui, "Open…", &hint(Action::Open)) {
        out.push(Command::OpenFile);
    }
    ui.add_enabled_ui(!menus.recent.is_empty(), |ui| {
        ui.menu_button("Open recent", |ui| {
            for path in menus.recent {
                let name = path.file_name().map_or_else(
                    || path.display().to_string(),
                    |n| n.to_string_lossy().into(),
                );
                let is_open = menus.open_path == Some(path.as_path());
                let button = ui
                    .add_enabled(path.exists() && !is_open, Button::new(name))
                    .on_hover_text(path.display().to_string())
                    .on_disabled_hover_text(if is_open {
                        "Open now".to_owned()
                    } else {
                        format!("{} is no longer there", path.display())
                    });
                if button.clicked() {
                    out.push(Command::OpenPath(path.clone()));
                }
            }
            ui.separator();
            if ui.button("Clear the list").clicked() {
                out.push(Command::ClearRecent);
            }
        });
    });
    if ui
        .add_enabled(
            menus.open_path.is_some(),
            Button::new("Open the bundled dataset"),
        )
        .clicked()
    {
        out.push(Command::OpenBundled);
    }
    ui.separator();
    if item(ui, "Export…", &hint(Action::Export)) {
        out.push(Command::OpenExport);
    }
    if ui
        .button("Export citations…")
        .on_hover_text(
            "The sources of the events in view (or the selected range), as Markdown, CSV or BibTeX",
        )
        .clicked()
    {
        out.push(Command::ExportCitations);
    }
    ui.separator();
    if item(ui, "Quit", &hint(Action::Quit)) {
        out.push(Command::Quit);
    }
}

fn view_menu_ui(ui: &mut Ui, menus: &Menus<'_>, out: &mut Vec<Command>) {
    if item(ui, "Fit all", &hint(Action::FitAll)) {
        out.push(Command::FitAll);
    }
    if item(ui, "List", &hint(Action::List)) {
        out.push(Command::ToggleList);
    }
    if item(ui, "Compare voices", "") {
        out.push(Command::ToggleCompare);
    }
    if item(ui, "Tour of the key events", &hint(Action::Tour)) {
        out.push(Command::StartTour);
    }
    ui.separator();
    ui.label("Theme");
    for (choice, name) in [
        (ThemeChoice::System, "Follow the system"),
        (ThemeChoice::Light, "Light"),
        (ThemeChoice::Dark, "Dark"),
    ] {
        if ui.radio(menus.theme == choice, name).clicked() {
            out.push(Command::SetTheme(choice));
        }
    }
    ui.separator();
    // Text size is egui's own state (it persists with egui's memory).
    if item(ui, "Larger text", "Ctrl++") {
        egui::gui_zoom::zoom_in(ui.ctx());
    }
    if item(ui, "Smaller text", "Ctrl+-") {
        egui::gui_zoom::zoom_out(ui.ctx());
    }
    if item(ui, "Actual size", "Ctrl+0") {
        ui.ctx().set_zoom_factor(1.0);
    }
}

/// A menu item with its shortcut shown on the right; true when clicked.
fn item(ui: &mut Ui, text: &str, shortcut: &str) -> bool {
    ui.add(Button::new(text).shortcut_text(shortcut)).clicked()
}
