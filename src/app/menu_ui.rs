//! The menu bar: File, View, Help. Every item names its shortcut.

use super::command::Command;
use super::shortcuts::{Action, hint};
use super::state::ThemeChoice;
use super::words::{lang, t, ta};
use crate::base::i18n::Lang;
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
        ui.menu_button(t(ui, "menu-file"), |ui| file_menu_ui(ui, menus, &mut out));
        ui.menu_button(t(ui, "menu-view"), |ui| view_menu_ui(ui, menus, &mut out));
        ui.menu_button(t(ui, "menu-help"), |ui| {
            let keys = hint(lang(ui.ctx()), Action::Shortcuts);
            if item(ui, "menu-help-shortcuts", &keys) {
                out.push(Command::ToggleShortcuts);
            }
            if ui.button(t(ui, "menu-help-about")).clicked() {
                out.push(Command::ShowAbout);
            }
        });
    });
    out
}

fn file_menu_ui(ui: &mut Ui, menus: &Menus<'_>, out: &mut Vec<Command>) {
    let lang = lang(ui.ctx());
    if item(ui, "menu-file-open", &hint(lang, Action::Open)) {
        out.push(Command::OpenFile);
    }
    ui.add_enabled_ui(!menus.recent.is_empty(), |ui| {
        ui.menu_button(t(ui, "menu-file-open-recent"), |ui| {
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
                        t(ui, "menu-file-recent-open-now")
                    } else {
                        let shown = path.display().to_string();
                        ta(ui, "menu-file-recent-missing", &[("path", (&shown).into())])
                    });
                if button.clicked() {
                    out.push(Command::OpenPath(path.clone()));
                }
            }
            ui.separator();
            if ui.button(t(ui, "menu-file-recent-clear")).clicked() {
                out.push(Command::ClearRecent);
            }
        });
    });
    if ui
        .add_enabled(
            menus.open_path.is_some(),
            Button::new(t(ui, "menu-file-open-bundled")),
        )
        .clicked()
    {
        out.push(Command::OpenBundled);
    }
    ui.separator();
    if item(ui, "menu-file-export", &hint(lang, Action::Export)) {
        out.push(Command::OpenExport);
    }
    if ui
        .button(t(ui, "menu-file-export-citations"))
        .on_hover_text(t(ui, "menu-file-export-citations-tip"))
        .clicked()
    {
        out.push(Command::ExportCitations);
    }
    ui.separator();
    if item(ui, "menu-file-quit", &hint(lang, Action::Quit)) {
        out.push(Command::Quit);
    }
}

fn view_menu_ui(ui: &mut Ui, menus: &Menus<'_>, out: &mut Vec<Command>) {
    let lang = lang(ui.ctx());
    if item(ui, "menu-view-fit-all", &hint(lang, Action::FitAll)) {
        out.push(Command::FitAll);
    }
    if item(ui, "menu-view-list", &hint(lang, Action::List)) {
        out.push(Command::ToggleList);
    }
    if item(ui, "menu-view-compare", "") {
        out.push(Command::ToggleCompare);
    }
    if item(ui, "menu-view-tour", &hint(lang, Action::Tour)) {
        out.push(Command::StartTour);
    }
    ui.separator();
    ui.label(t(ui, "menu-view-theme"));
    for (choice, id) in [
        (ThemeChoice::System, "menu-view-theme-system"),
        (ThemeChoice::Light, "menu-view-theme-light"),
        (ThemeChoice::Dark, "menu-view-theme-dark"),
    ] {
        if ui.radio(menus.theme == choice, t(ui, id)).clicked() {
            out.push(Command::SetTheme(choice));
        }
    }
    ui.separator();
    ui.menu_button(t(ui, "menu-view-language"), |ui| {
        // Each language is named in itself, so a reader finds their own.
        for choice in Lang::ALL {
            if ui.radio(lang == choice, choice.native_name()).clicked() {
                out.push(Command::SetLang(choice));
                ui.close();
            }
        }
    });
    ui.separator();
    // Text size is egui's own state (it persists with egui's memory).
    if item(ui, "menu-view-larger-text", "Ctrl++") {
        egui::gui_zoom::zoom_in(ui.ctx());
    }
    if item(ui, "menu-view-smaller-text", "Ctrl+-") {
        egui::gui_zoom::zoom_out(ui.ctx());
    }
    if item(ui, "menu-view-actual-size", "Ctrl+0") {
        ui.ctx().set_zoom_factor(1.0);
    }
}

/// A menu item (the message `id`) with its shortcut shown on the right; true when clicked.
fn item(ui: &mut Ui, id: &str, shortcut: &str) -> bool {
    let text = t(ui, id);
    ui.add(Button::new(text).shortcut_text(shortcut)).clicked()
}
