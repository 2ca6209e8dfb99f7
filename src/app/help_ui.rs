//! The shortcuts overlay (F1 or ?) and the About box.

use crate::model::Timeline;
use egui::{RichText, Ui};

/// Every shortcut, as shown in the overlay: (keys, what they do).
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("Ctrl + wheel, pinch", "Zoom the timeline about the pointer"),
    ("+ / -", "Zoom the timeline in / out"),
    ("Wheel, drag, A / D", "Move through time"),
    ("F, double-click", "Show the whole timeline"),
    (
        "Left / Right",
        "Previous / next event (from the first one in view)",
    ),
    ("Home / End", "First / last event"),
    ("L", "The events as a sortable list (Up / Down move in it)"),
    (
        "T",
        "Tour of the key events (→ / Space next, ← back, Esc leaves)",
    ),
    (
        "Click",
        "Select an event; on a badge, zoom in or pick from a list",
    ),
    ("Shift + drag", "Select a date range to export"),
    ("Esc", "Clear the selection and range, close this"),
    (
        "Ctrl+F, Enter / Shift+Enter",
        "Search (words or dates), then next / previous match",
    ),
    ("Ctrl+E", "Export the range to PNG, SVG or PDF"),
    ("Ctrl+O", "Open a timeline file (or drop one on the window)"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "Larger / smaller / normal text"),
    ("F1 or ?", "Show or hide these shortcuts"),
    ("Ctrl+Q", "Quit (the app reopens as you left it)"),
];

/// The shortcuts window; `open` is cleared when it is closed.
pub fn shortcuts_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .striped(true)
                .show(ui, |ui| {
                    for (keys, what) in SHORTCUTS {
                        ui.label(RichText::new(*keys).monospace().strong());
                        ui.label(*what);
                        ui.end_row();
                    }
                });
        });
}

/// The About box: version, the dataset on screen, where it came from.
pub fn about_ui(ctx: &egui::Context, open: &mut bool, timeline: &Timeline, source_name: &str) {
    egui::Window::new("About")
        .open(open)
        .collapsible(false)
        .resizable(false)
        .anchor(egui::Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| about_contents_ui(ui, timeline, source_name));
}

fn about_contents_ui(ui: &mut Ui, timeline: &Timeline, source_name: &str) {
    ui.heading("India–Canada Timeline");
    ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
    ui.add_space(8.0);
    ui.label(RichText::new(&timeline.title).strong());
    ui.label(format!(
        "{} events, {} sources, {} quotes",
        timeline.events.len(),
        timeline.sources.len(),
        timeline
            .events
            .iter()
            .map(|e| e.quotes.len())
            .sum::<usize>(),
    ));
    ui.label(format!("From {source_name}"));
    ui.add_space(8.0);
    ui.label(
        "Every quote is verbatim from the named source; where sources disagree, both are shown.",
    );
}
