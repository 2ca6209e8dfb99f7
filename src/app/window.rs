//! Starting the native window: icon, app id, saved state.

use super::state::SavedState;
use super::{TimelineApp, app_icon};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Opens the app window: on `file` if given, else on the dataset open last time.
pub fn run(file: Option<PathBuf>) -> ExitCode {
    let started = Instant::now();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("India–Canada Timeline")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if let Some(icon) = app_icon() {
        viewport = viewport.with_icon(icon);
    }
    super::saved_file::repair_saved_state(APP_ID);
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            crate::fonts::install(&cc.egui_ctx);
            let saved = cc.storage.map(SavedState::read).unwrap_or_default();
            let mut app = TimelineApp::restore(&saved, file);
            if let Some(notice) = &app.notice {
                eprintln!("{}", notice.heading);
                for line in &notice.lines {
                    eprintln!("{line}");
                }
            }
            app.started = Some(started);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("india-canada-timeline: cannot open a window: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The app id: window class on Linux (matches the .desktop file) and the
/// name of the folder where eframe keeps the saved state.
pub const APP_ID: &str = "india-canada-timeline";
