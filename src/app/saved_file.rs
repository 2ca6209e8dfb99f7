//! Repairs eframe's saved-state file before eframe reads it.
//!
//! eframe restores egui's memory (text zoom, panel sizes) and the window's
//! geometry before the app exists, and some bad values there (a zoom of NaN, 0
//! or 1e308, a panel of NaN width) panic or black out every start. Nothing
//! saved may stop the app from starting, so such entries are dropped here, and
//! a file that cannot be read at all is moved aside (never deleted).

use std::collections::HashMap;
use std::path::Path;

/// The key under which eframe keeps egui's memory.
const EGUI_KEY: &str = "egui";
/// The key under which eframe keeps the window's size and place.
const WINDOW_KEY: &str = "window";
/// A saved-state file larger than this is not ours.
const MAX_BYTES: u64 = 16 * 1024 * 1024;
/// The text zoom egui itself allows.
const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.2..=5.0;

/// Repairs `<storage dir>/app.ron` for `app_id`, if there is one.
pub fn repair_saved_state(app_id: &str) {
    if let Some(dir) = eframe::storage_dir(app_id) {
        repair_file(&dir.join("app.ron"));
    }
}

/// Repairs one saved-state file in place (atomically), or moves it aside.
pub fn repair_file(path: &Path) {
    if std::fs::symlink_metadata(path).is_err() {
        return;
    }
    let kv = crate::base::files::read_bounded(path, MAX_BYTES)
        .ok()
        .and_then(|bytes| String::from_utf8(bytes).ok())
        .and_then(|text| ron::from_str::<HashMap<String, String>>(&text).ok());
    let Some(mut kv) = kv else {
        let aside = path.with_extension("ron.unreadable");
        match std::fs::rename(path, &aside) {
            Ok(()) => log::warn!(
                "the saved state {} could not be read; moved it to {} and started afresh",
                path.display(),
                aside.display()
            ),
            Err(e) => log::warn!(
                "the saved state {} could not be read or moved: {e}",
                path.display()
            ),
        }
        return;
    };
    let dropped = repair_entries(&mut kv);
    if dropped.is_empty() {
        return;
    }
    log::warn!("dropped unusable saved settings: {}", dropped.join(", "));
    let written = ron::to_string(&kv)
        .map_err(std::io::Error::other)
        .and_then(|text| crate::base::files::write_atomic(path, text.as_bytes()));
    if let Err(e) = written {
        log::warn!(
            "cannot write the repaired saved state {}: {e}",
            path.display()
        );
    }
}

/// Fixes or removes the entries eframe would choke on; returns what was changed.
pub fn repair_entries(kv: &mut HashMap<String, String>) -> Vec<&'static str> {
    let mut changed = Vec::new();
    if kv.get(WINDOW_KEY).is_some_and(|v| has_non_finite(v)) {
        kv.remove(WINDOW_KEY);
        changed.push("window size and place");
    }
    let Some(text) = kv.get(EGUI_KEY) else {
        return changed;
    };
    let memory = ron::from_str::<egui::Memory>(text).ok();
    match memory {
        Some(_) if has_non_finite(text) => {
            kv.remove(EGUI_KEY);
            changed.push("panel sizes and text zoom");
        }
        None => {
            kv.remove(EGUI_KEY);
            changed.push("panel sizes and text zoom");
        }
        Some(mut memory) if !ZOOM_RANGE.contains(&memory.options.zoom_factor) => {
            memory.options.zoom_factor = 1.0;
            match ron::to_string(&memory) {
                Ok(fixed) => kv.insert(EGUI_KEY.to_owned(), fixed),
                Err(_) => kv.remove(EGUI_KEY),
            };
            changed.push("text zoom");
        }
        Some(_) => {}
    }
    changed
}

/// Whether RON text holds a NaN or an infinity anywhere (nested values included).
fn has_non_finite(text: &str) -> bool {
    let bytes = text.as_bytes();
    ["NaN", "inf"].iter().any(|token| {
        text.match_indices(token).any(|(at, _)| {
            let before = at.checked_sub(1).map(|i| bytes[i]);
            let after = bytes.get(at + token.len()).copied();
            let word = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_');
            !word(before) && !word(after)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn memory_with_zoom(zoom: f32) -> String {
        let mut memory = egui::Memory::default();
        memory.options.zoom_factor = zoom;
        ron::to_string(&memory).unwrap()
    }

    #[test]
    fn a_zoom_out_of_range_is_reset_and_a_good_one_kept() {
        for bad in [0.0, -1.0, 1e-30, 100.0, 1e30] {
            let mut kv = HashMap::from([(EGUI_KEY.to_owned(), memory_with_zoom(bad))]);
            assert_eq!(repair_entries(&mut kv), ["text zoom"], "{bad}");
            let memory: egui::Memory = ron::from_str(&kv[EGUI_KEY]).unwrap();
            assert_eq!(memory.options.zoom_factor, 1.0);
        }
        let mut kv = HashMap::from([(EGUI_KEY.to_owned(), memory_with_zoom(1.5))]);
        assert!(repair_entries(&mut kv).is_empty());
    }

    #[test]
    fn non_finite_values_drop_the_entry() {
        for bad in [f32::NAN, f32::INFINITY] {
            let mut kv = HashMap::from([
                (EGUI_KEY.to_owned(), memory_with_zoom(bad)),
                (
                    WINDOW_KEY.to_owned(),
                    "(inner_size_points: Some((NaN, 3.0)))".to_owned(),
                ),
                ("ours".to_owned(), "(x: 1)".to_owned()),
            ]);
            assert_eq!(repair_entries(&mut kv).len(), 2);
            assert_eq!(kv.keys().collect::<Vec<_>>(), ["ours"]);
        }
        assert!(!has_non_finite(
            "(name: \"Infinite Jest\", information: 1.0)"
        ));
    }

    #[test]
    fn an_unreadable_file_is_moved_aside_and_a_repaired_one_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("app.ron");
        std::fs::write(&path, "not ron at all {").unwrap();
        repair_file(&path);
        assert!(!path.exists() && path.with_extension("ron.unreadable").exists());

        let kv = HashMap::from([(EGUI_KEY.to_owned(), memory_with_zoom(f32::NAN))]);
        std::fs::write(&path, ron::to_string(&kv).unwrap()).unwrap();
        repair_file(&path);
        let back: HashMap<String, String> =
            ron::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(back.is_empty());
    }
}
