//! The message strip above the timeline: a file's problems, or a note.

use super::Notice;

/// Shows a notice; returns true when dismissed.
pub fn notice_ui(ui: &mut egui::Ui, notice: &Notice) -> bool {
    let mut dismissed = false;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        let color = if notice.is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        ui.add(egui::Label::new(egui::RichText::new(&notice.heading).color(color)).wrap());
        if ui.button("Dismiss").clicked() {
            dismissed = true;
        }
    });
    if !notice.lines.is_empty() {
        egui::ScrollArea::vertical()
            .max_height(140.0)
            .show(ui, |ui| {
                for line in &notice.lines {
                    ui.monospace(line);
                }
            });
    }
    ui.add_space(4.0);
    dismissed
}
