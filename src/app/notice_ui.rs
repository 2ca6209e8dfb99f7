//! The message strip above the timeline: a file's problems, or a note.

use super::Notice;

/// What the user asked of a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    Dismiss,
    /// Open the file that failed again.
    Retry,
}

/// Shows a notice. The buttons come first, so no text can push them out of reach.
pub fn notice_ui(ui: &mut egui::Ui, notice: &Notice) -> Option<NoticeAction> {
    let mut action = None;
    ui.add_space(4.0);
    ui.horizontal(|ui| {
        if ui.button("Dismiss").clicked() {
            action = Some(NoticeAction::Dismiss);
        }
        if notice.retry.is_some()
            && ui
                .button("Retry")
                .on_hover_text("Open the file again (it also reloads by itself when saved)")
                .clicked()
        {
            action = Some(NoticeAction::Retry);
        }
        if notice.busy {
            ui.spinner();
        }
        let color = if notice.is_error {
            ui.visuals().error_fg_color
        } else {
            ui.visuals().warn_fg_color
        };
        ui.add(egui::Label::new(egui::RichText::new(&notice.heading).color(color)).wrap());
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
    action
}
