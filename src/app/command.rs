//! What widgets ask the app to do. Widgets never change app state themselves.

use super::state::ThemeChoice;
use crate::data::cite::CitationStyle;
use crate::timeline::list::ListSort;
use crate::timeline::view::TimeView;
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Select an event by index, or clear the selection.
    Select(Option<usize>),
    /// Jump the view (drag, wheel).
    SetView(TimeView),
    /// Move the view smoothly.
    AnimateTo(TimeView),
    /// Zoom about a time by a factor (> 1 zooms in).
    ZoomAt {
        center: f64,
        factor: f64,
        animate: bool,
    },
    /// Show the whole dataset.
    FitAll,
    /// Select the previous (-1) or next (+1) event that passes search and filters.
    Step(i32),
    ToggleCategory(usize),
    /// Show only one storyline (thread), or all.
    SetThreadFilter(Option<usize>),
    /// Search for this text.
    SearchFor(String),
    /// Open a speaker's page (index into `Timeline::speakers`).
    OpenSpeaker(usize),
    /// Close the speaker's page, back to where the reader was.
    CloseSpeaker,
    /// Keep bright only the events where this side or speaker spoke, or all.
    SetVoices(Option<crate::timeline::voices::VoiceFilter>),
    /// Switch between the timeline and the compare view.
    ToggleCompare,
    /// Compare these two voices.
    SetCompare(crate::timeline::compare::CompareSpec),
    /// Put the compare view's keyboard cursor on this row.
    SetCompareCursor(usize),
    /// Save the compare view's rows to a file of this extension (png, pdf, md, csv).
    ExportCompare(crate::data::formats::FileFormat),
    /// Show only events where sources disagree.
    SetDisputedOnly(bool),
    /// Select the next (+1) or previous (-1) event matching the search, wrapping around.
    StepMatch(i32),
    /// Select the first (-1) or last (+1) event that passes search and filters.
    SelectEnd(i32),
    /// Show or clear a selected date range (days, half-open).
    SetRange(Option<(f64, f64)>),
    /// Open the export dialog.
    OpenExport,
    /// Where the export dialog saves (from its Choose… button).
    SetExportPath(PathBuf),
    /// Ask for a timeline file to open.
    OpenFile,
    /// Open this timeline file.
    OpenPath(PathBuf),
    /// Go back to the dataset built into the app.
    OpenBundled,
    ClearRecent,
    SetTheme(ThemeChoice),
    /// The language of the interface and of dates.
    SetLang(crate::base::i18n::Lang),
    /// Show or hide the keyboard shortcuts.
    ToggleShortcuts,
    ShowAbout,
    /// Close the window (the state is saved on the way out).
    Quit,
    /// Close the open windows (shortcuts, about, export).
    CloseWindows,
    /// Close one window (its × was clicked).
    CloseWindow(WindowKind),
    /// Show a message above the timeline.
    ShowNotice(super::Notice),
    /// Take the message above the timeline away.
    DismissNotice,
    /// Cite quotes in this style from now on.
    SetCitationStyle(CitationStyle),
    /// Write the sources of the events in view (or the range) to a file.
    ExportCitations,
    /// Switch between the timeline and the list of events.
    ToggleList,
    SortList(ListSort),
    /// Select the previous (-1) or next (+1) row of the list.
    ListStep(i32),
    /// Start the tour (of the key events, or of the storyline shown alone).
    StartTour,
    /// Move through the tour.
    TourStep(i32),
    EndTour,
}

/// The windows that open over the timeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowKind {
    Export,
    Shortcuts,
    About,
}
