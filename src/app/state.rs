//! What the app remembers between runs, kept in eframe's storage under one key.
//!
//! Events and categories are remembered by id, not by index, so that a dataset
//! edited between runs cannot point the restored state at the wrong event.
//! Window size and position (eframe) and the side panel's width (egui memory)
//! are stored by eframe itself.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The storage key of [`SavedState`].
pub const STORAGE_KEY: &str = "india-canada-timeline";

/// How many files the Open Recent menu keeps.
pub const RECENT_LIMIT: usize = 8;

/// Light, dark, or whatever the system uses: egui's own preference type.
pub type ThemeChoice = egui::ThemePreference;

/// Everything restored at the next start.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SavedState {
    /// The dataset file last opened; `None` for the bundled one.
    pub dataset: Option<PathBuf>,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// Visible range as (first day, span in days).
    pub view: Option<(f64, f64)>,
    /// Id of the selected event.
    pub selected: Option<String>,
    pub search: String,
    /// Ids of the hidden categories.
    pub hidden: Vec<String>,
    pub theme: ThemeChoice,
    /// The interface's language; `None` until chosen (the system's is used).
    pub lang: Option<crate::base::i18n::Lang>,
    pub citation_style: crate::data::cite::CitationStyle,
}

impl SavedState {
    /// Reads the state; anything missing or unreadable gives the defaults
    /// (a bad state file must never stop the app from starting).
    pub fn read(storage: &dyn eframe::Storage) -> Self {
        // eframe's helper decodes (and logs what it cannot); we then make every value safe.
        eframe::get_value::<Self>(storage, STORAGE_KEY)
            .map(Self::sanitized)
            .unwrap_or_default()
    }

    /// The state with every value made safe to use: a view that is finite and
    /// within the zoom limits, paths and texts of sane length, short lists.
    /// Whatever was saved (or tampered with), restoring it cannot break the app.
    pub fn sanitized(mut self) -> Self {
        const MAX_PATH_BYTES: usize = 4096;
        const MAX_ITEMS: usize = 1000;
        let sane_path = |p: &PathBuf| p.as_os_str().len() <= MAX_PATH_BYTES;
        self.view = self.view.filter(|&(start, span)| {
            start.is_finite()
                && start.abs() < 1e9
                && (crate::timeline::view::MIN_SPAN_DAYS..=crate::timeline::view::MAX_SPAN_DAYS)
                    .contains(&span)
        });
        self.dataset = self.dataset.filter(sane_path);
        self.recent.retain(sane_path);
        self.recent.truncate(RECENT_LIMIT);
        self.selected = self.selected.filter(|id| id.len() <= 1000);
        self.search = crate::base::text::truncate_chars(&self.search, 200).into_owned();
        self.hidden.truncate(MAX_ITEMS);
        self
    }

    pub fn write(&self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, self);
    }
}

/// Puts `path` first in the recent list, without duplicates, keeping at most
/// [`RECENT_LIMIT`] entries.
pub fn push_recent(recent: &mut Vec<PathBuf>, path: &Path) {
    recent.retain(|p| p != path);
    recent.insert(0, path.to_owned());
    recent.truncate(RECENT_LIMIT);
}

/// eframe storage kept in memory: for tests, and for trying what a saved
/// state restores without touching the user's files.
#[derive(Debug, Default)]
pub struct MemoryStorage(HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::Storage;

    #[test]
    fn saved_values_that_would_break_the_view_are_dropped() {
        for view in [
            (f64::NAN, 30.0),
            (0.0, f64::INFINITY),
            (0.0, 0.0),
            (1e300, 30.0),
            (0.0, -5.0),
        ] {
            let state = SavedState {
                view: Some(view),
                ..Default::default()
            }
            .sanitized();
            assert_eq!(state.view, None, "{view:?}");
        }
        let good = SavedState {
            view: Some((19_000.0, 90.0)),
            ..Default::default()
        };
        assert_eq!(good.clone().sanitized(), good);
        let long = SavedState {
            dataset: Some(PathBuf::from("x".repeat(100_000))),
            search: "y".repeat(10_000),
            ..Default::default()
        }
        .sanitized();
        assert_eq!(long.dataset, None);
        assert!(long.search.chars().count() <= 201);
    }

    #[test]
    fn state_round_trips_and_junk_gives_defaults() {
        let state = SavedState {
            dataset: Some("/data/t.ron".into()),
            recent: vec!["/data/t.ron".into(), "/data/u.ron".into()],
            view: Some((19_500.5, 90.25)),
            selected: Some("g20".into()),
            search: "Nijjar é".into(),
            hidden: vec!["trade".into()],
            theme: ThemeChoice::Dark,
            lang: Some(crate::base::i18n::Lang::Hi),
            citation_style: crate::data::cite::CitationStyle::Mla,
        };
        let mut storage = MemoryStorage::default();
        state.write(&mut storage);
        assert_eq!(SavedState::read(&storage), state);

        storage.set_string(STORAGE_KEY, "(view: oops".into());
        assert_eq!(SavedState::read(&storage), SavedState::default());
        assert_eq!(
            SavedState::read(&MemoryStorage::default()),
            SavedState::default()
        );
    }

    #[test]
    fn recent_list_moves_reopened_files_first_and_stays_short() {
        let mut recent = Vec::new();
        for i in 0..12 {
            push_recent(&mut recent, Path::new(&format!("/f{i}.ron")));
        }
        assert_eq!(recent.len(), RECENT_LIMIT);
        assert_eq!(recent[0], Path::new("/f11.ron"));
        push_recent(&mut recent, Path::new("/f8.ron"));
        assert_eq!(recent.len(), RECENT_LIMIT);
        assert_eq!(recent[0], Path::new("/f8.ron"));
        assert_eq!(
            recent
                .iter()
                .filter(|p| **p == Path::new("/f8.ron"))
                .count(),
            1
        );
    }
}
