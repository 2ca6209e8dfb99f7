//! Opening a timeline by dropping its file on the window.

use super::words::t;
use egui::{Align2, Color32, FontId, Ui};
use std::path::PathBuf;

/// What was dropped this frame.
#[derive(Debug, PartialEq)]
pub enum Dropped {
    Timeline(PathBuf),
    /// Something that is not a `.ron`, `.json` or `.csv` file (named for the message).
    NotATimeline(String),
}

/// The first dropped file, if any.
pub fn dropped_file(ui: &Ui) -> Option<Dropped> {
    let path = ui.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned()))?;
    Some(if is_timeline_file(&path) {
        Dropped::Timeline(path)
    } else {
        Dropped::NotATimeline(path.display().to_string())
    })
}

/// Timelines are `.ron` files, or TimelineJS `.json` and `.csv` files (any case).
pub fn is_timeline_file(path: &std::path::Path) -> bool {
    crate::data::formats::FileFormat::for_path(crate::data::formats::Use::Open, path).is_some()
}

/// While a file is dragged over the window, says what dropping it will do.
pub fn paint_drop_hint(ui: &Ui) {
    let hovered = ui.input(|i| i.raw.hovered_files.first().map(|f| f.path.clone()));
    let Some(path) = hovered else { return };
    let text = match path {
        Some(p) if !is_timeline_file(&p) => t(ui, "drop-hint-refuse"),
        _ => t(ui, "drop-hint-open"),
    };
    let painter = ui.ctx().layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("file-drop-hint"),
    ));
    let rect = ui.ctx().content_rect();
    painter.rect_filled(rect, 0.0, Color32::from_black_alpha(150));
    painter.text(
        rect.center(),
        Align2::CENTER_CENTER,
        text,
        FontId::proportional(24.0),
        Color32::WHITE,
    );
}

#[cfg(test)]
mod tests {
    use super::is_timeline_file;
    use std::path::Path;

    #[test]
    fn ron_json_and_csv_files_are_timelines() {
        assert!(is_timeline_file(Path::new("/a/b.ron")));
        assert!(is_timeline_file(Path::new("B.RON")));
        assert!(is_timeline_file(Path::new("/a/b.json")));
        assert!(is_timeline_file(Path::new("B.CSV")));
        assert!(!is_timeline_file(Path::new("b.ron.txt")));
        assert!(!is_timeline_file(Path::new("ron")));
        assert!(!is_timeline_file(Path::new("b.png")));
    }
}
