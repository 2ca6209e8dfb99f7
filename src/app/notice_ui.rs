//! The message strip above the timeline: a file's problems, or a note.

use super::words::t;
use crate::base::i18n::{Lang, tr_args};
use std::path::PathBuf;

/// A message above the timeline until dismissed: a problem, or a note.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub heading: String,
    /// One problem per line (`file:line:column: message`).
    pub lines: Vec<String>,
    pub is_error: bool,
    /// Put up by live reload, so that a later good reload takes it down.
    pub from_reload: bool,
    /// A file that could not be opened: the notice offers to try it again.
    pub retry: Option<PathBuf>,
    /// Work under way (a file loading): shown with a spinner.
    pub busy: bool,
}

impl Notice {
    /// Longest heading and problem line shown, and most lines: a hostile file's
    /// text must not fill the window or push the buttons out of reach.
    const MAX_HEADING: usize = 400;
    const MAX_LINE: usize = 300;
    const MAX_LINES: usize = 250;

    /// Problems (or a refusal), shown in the error colour; `lang` words the
    /// line that counts the problems left out.
    pub fn problems(lang: Lang, heading: String, lines: Vec<String>) -> Self {
        let left_out = lines.len().saturating_sub(Self::MAX_LINES);
        let mut notice = Self::capped(heading, lines);
        if left_out > 0 {
            let more = tr_args(lang, "notice-more-lines", &[("count", left_out.into())]);
            notice.lines.push(more);
        }
        notice
    }

    /// The heading and the first lines, each cut to size, in the error colour.
    fn capped(heading: String, lines: Vec<String>) -> Self {
        use crate::base::text::{escape_controls, truncate_chars};
        let cap = |s: &str, max| escape_controls(&truncate_chars(s, max)).into_owned();
        let capped: Vec<String> = lines
            .iter()
            .take(Self::MAX_LINES)
            .map(|l| cap(l, Self::MAX_LINE))
            .collect();
        Self {
            heading: cap(&heading, Self::MAX_HEADING),
            lines: capped,
            is_error: true,
            from_reload: false,
            retry: None,
            busy: false,
        }
    }

    /// Something to know that is not an error.
    pub fn note(heading: String) -> Self {
        Self {
            is_error: false,
            ..Self::capped(heading, Vec::new())
        }
    }
}

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
        if ui.button(t(ui, "notice-dismiss")).clicked() {
            action = Some(NoticeAction::Dismiss);
        }
        if notice.retry.is_some()
            && ui
                .button(t(ui, "notice-retry"))
                .on_hover_text(t(ui, "notice-retry-tip"))
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
