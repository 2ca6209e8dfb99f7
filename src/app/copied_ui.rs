//! "Copied" feedback beside a button that put a citation on the clipboard,
//! remembered in egui's memory for a moment; and the access date citations carry.

use super::words::t;
use egui::{RichText, Ui};

/// Today, the access date of a citation.
pub(crate) fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// How long "Copied" stays after a copy, in seconds.
const COPIED_SECONDS: f64 = 2.0;

/// Remembers (in egui memory) that the button `id` copied something just now.
pub(crate) fn mark_copied(ui: &Ui, id: egui::Id) {
    let now = ui.input(|i| i.time);
    ui.data_mut(|d| d.insert_temp(id.with("copied"), now));
}

/// "Copied" beside a button for a moment after it copied.
pub(crate) fn copied_note_ui(ui: &mut Ui, id: egui::Id) {
    let now = ui.input(|i| i.time);
    let at = ui.data(|d| d.get_temp::<f64>(id.with("copied")));
    if let Some(at) = at.filter(|&at| now - at < COPIED_SECONDS) {
        let copied = RichText::new(t(ui, "side-copied")).color(ui.visuals().hyperlink_color);
        ui.label(copied);
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(
                COPIED_SECONDS - (now - at),
            ));
    }
}
