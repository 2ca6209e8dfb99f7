//! The shortcuts overlay (F1 or ?) and the About box.

use super::command::{Command, WindowKind};
use super::shortcuts::{GESTURES, SHORTCUTS, gesture_keys, label, what};
use super::words::{lang, t, ta};
use crate::base::i18n::tr;
use crate::data::model::Timeline;
use egui::{RichText, Ui};

/// The shortcuts window, when `open`; asks to close it when its × is clicked.
pub fn shortcuts_ui(ctx: &egui::Context, open: bool) -> Option<Command> {
    let mut still_open = open;
    let lang = lang(ctx);
    // A fixed id: the title changes with the language.
    egui::Window::new(tr(lang, "shortcuts-title"))
        .id(egui::Id::unique("shortcuts_window"))
        .open(&mut still_open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .striped(true)
                .show(ui, |ui| {
                    let mac = cfg!(target_os = "macos");
                    let gestures = GESTURES
                        .iter()
                        .map(|&(k, w)| (gesture_keys(k, lang), tr(lang, w)));
                    let keys = SHORTCUTS
                        .iter()
                        .map(|s| (label(s, mac, lang), what(s, lang)));
                    for (keys, what) in gestures.chain(keys) {
                        ui.label(RichText::new(keys).monospace().strong());
                        ui.label(what);
                        ui.end_row();
                    }
                });
        });
    (open && !still_open).then_some(Command::CloseWindow(WindowKind::Shortcuts))
}

/// The About box, when `open`: version, the dataset on screen, where it came from.
pub fn about_ui(
    ctx: &egui::Context,
    open: bool,
    timeline: &Timeline,
    source_name: &str,
) -> Option<Command> {
    let mut still_open = open;
    egui::Window::new(tr(lang(ctx), "about-title"))
        .id(egui::Id::unique("about_window"))
        .open(&mut still_open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| about_contents_ui(ui, timeline, source_name));
    (open && !still_open).then_some(Command::CloseWindow(WindowKind::About))
}

fn about_contents_ui(ui: &mut Ui, timeline: &Timeline, source_name: &str) {
    ui.heading(t(ui, "about-app-name"));
    ui.label(ta(
        ui,
        "about-version",
        &[("version", env!("CARGO_PKG_VERSION").into())],
    ));
    ui.add_space(8.0);
    ui.label(RichText::new(&timeline.title).strong());
    let quotes = timeline
        .events
        .iter()
        .map(|e| e.quotes.len())
        .sum::<usize>();
    ui.label(ta(
        ui,
        "about-counts",
        &[
            ("events", timeline.events.len().into()),
            ("sources", timeline.sources.len().into()),
            ("quotes", quotes.into()),
        ],
    ));
    ui.label(ta(ui, "about-source", &[("source", source_name.into())]));
    ui.add_space(8.0);
    ui.label(t(ui, "about-verbatim"));
}
