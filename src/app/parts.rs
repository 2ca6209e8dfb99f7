//! The app's state in a few plain parts, each a group of fields that change
//! together. [`super::TimelineApp`] holds one of each; only `apply` and the
//! file handling in `dataset.rs` change them.

use super::export_dialog_ui::ExportDialog;
use super::notice_ui::Notice;
use super::state::ThemeChoice;
use super::tour_ui::Tour;
use crate::data::cite::CitationStyle;
use crate::data::model::Timeline;
use crate::timeline::compare::CompareSpec;
use crate::timeline::list::ListSort;
use crate::timeline::voices::VoiceFilter;
use std::path::PathBuf;

/// The dataset on screen, where it came from, and which version it is.
pub(super) struct Document {
    pub timeline: Timeline,
    /// The file the timeline came from; `None` for the bundled dataset.
    pub path: Option<PathBuf>,
    /// Counts the datasets shown: derived data made for another is stale.
    pub generation: u64,
}

/// Where the reader is: the selected event, a date range, a speaker's page, a tour.
#[derive(Default)]
pub struct Reading {
    pub selected: Option<usize>,
    /// A selected date range in days, half-open.
    pub range: Option<(f64, f64)>,
    /// The speaker whose page the side panel shows, if any.
    pub speaker_page: Option<usize>,
    /// The guided tour under way, if any.
    pub tour: Option<Tour>,
}

/// What decides which events are shown and which stay bright.
#[derive(Default)]
pub struct Filters {
    pub search: String,
    /// Per category: hidden from the timeline.
    pub hidden: Vec<bool>,
    /// The storyline shown alone, if any.
    pub thread: Option<usize>,
    /// Only events where sources disagree.
    pub disputed_only: bool,
    /// The *Voices* filter: events where this side or speaker spoke stay bright.
    pub voices: Option<VoiceFilter>,
}

/// What the central panel shows instead of the timeline, and how.
#[derive(Default)]
pub struct Central {
    pub list_mode: bool,
    pub list_sort: ListSort,
    pub compare_mode: bool,
    pub compare: CompareSpec,
    /// The compare view's keyboard cursor (a row).
    pub compare_cursor: Option<usize>,
}

/// Choices remembered between runs (besides the place, saved from the parts above).
#[derive(Default)]
pub struct Settings {
    /// The language of the interface and of dates.
    pub lang: crate::base::i18n::Lang,
    pub theme: ThemeChoice,
    pub citation_style: CitationStyle,
    /// Recently opened files, newest first.
    pub recent: Vec<PathBuf>,
    /// What the last `links` check found (read at start).
    pub link_status: std::sync::Arc<super::LinkStatus>,
}

/// Windows and strips over the timeline, and a request to close the app.
#[derive(Default)]
pub struct Windows {
    /// Shown above the timeline until dismissed.
    pub notice: Option<Notice>,
    pub export: ExportDialog,
    pub show_shortcuts: bool,
    pub show_about: bool,
    pub quit: bool,
}

impl Windows {
    /// Whether a window that Esc closes is open.
    pub fn any_open(&self) -> bool {
        self.show_shortcuts || self.show_about || self.export.open
    }
}

/// Files being watched or opened.
#[derive(Default)]
pub(super) struct Files {
    /// Reloads the open file when it changes on disk.
    pub watcher: Option<super::watch::FileWatcher>,
    /// A file the user asked for that could not be opened: watched, so that a
    /// fixed version opens by itself.
    pub pending: Option<PathBuf>,
    /// A large file being opened in the background.
    pub loading: Option<super::dataset::Loading>,
}
