//! The bar above the timeline: title, search, category toggles, fit, open.

use super::command::Command;
use crate::model::Timeline;
use egui::{Color32, RichText, Ui};

/// Id of the search box, so that Ctrl+F can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("timeline-search")
}

/// What the top bar shows and edits.
pub struct TopBar<'a> {
    pub timeline: &'a Timeline,
    pub search: &'a mut String,
    pub match_count: Option<usize>,
    pub hidden: &'a [bool],
}

pub fn top_bar_ui(ui: &mut Ui, bar: TopBar<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(&bar.timeline.title).strong().size(16.0));
        ui.separator();
        let edit = egui::TextEdit::singleline(bar.search)
            .id(search_id())
            .hint_text("Search (Ctrl+F)")
            .desired_width(200.0);
        let response = ui.add(edit);
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            let back = ui.input(|i| i.modifiers.shift);
            out.push(Command::StepMatch(if back { -1 } else { 1 }));
            response.request_focus();
        }
        if let Some(n) = bar.match_count {
            ui.label(match n {
                0 => "no match".to_owned(),
                1 => "1 match".to_owned(),
                n => format!("{n} matches"),
            });
            if ui
                .small_button("Clear")
                .on_hover_text("Clear the search")
                .clicked()
            {
                bar.search.clear();
            }
        }
        ui.separator();
        for (i, c) in bar.timeline.categories.iter().enumerate() {
            let [r, g, b] = c.color;
            let shown = !bar.hidden.get(i).copied().unwrap_or(false);
            let dot = if shown { "●" } else { "○" };
            let text = RichText::new(format!("{dot} {}", c.name)).color(if shown {
                Color32::from_rgb(r, g, b)
            } else {
                ui.visuals().weak_text_color()
            });
            let toggle = ui.selectable_label(shown, text).on_hover_text(if shown {
                "Hide this lane"
            } else {
                "Show this lane"
            });
            if toggle.clicked() {
                out.push(Command::ToggleCategory(i));
            }
        }
        ui.separator();
        if ui
            .button("Fit all")
            .on_hover_text("Show the whole timeline (F)")
            .clicked()
        {
            out.push(Command::FitAll);
        }
        let export_hint =
            "Export the selected range (Shift+drag) or the visible one to PNG or SVG (Ctrl+E)";
        if ui.button("Export…").on_hover_text(export_hint).clicked() {
            out.push(Command::OpenExport);
        }
        if ui
            .button("Open…")
            .on_hover_text("Open another timeline file (.ron)")
            .clicked()
        {
            out.push(Command::OpenFile);
        }
    });
    out
}
