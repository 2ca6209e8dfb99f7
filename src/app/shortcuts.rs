//! Every keyboard shortcut, in one table: key handling, the F1 sheet, menu
//! hints and tooltips all read it, so they cannot drift apart.

use egui::{InputState, Key, Modifiers};

/// Something a key does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    ZoomIn,
    ZoomOut,
    PanBack,
    PanForward,
    FitAll,
    Previous,
    Next,
    FirstEvent,
    LastEvent,
    Clear,
    Search,
    Export,
    Open,
    List,
    ListPrevious,
    ListNext,
    Tour,
    TourNext,
    Shortcuts,
    Quit,
}

/// One row of the table: what it does, the keys (any of them), and how to show them.
pub struct Shortcut {
    pub action: Action,
    pub keys: &'static [(Modifiers, Key)],
    /// The keys as people read them ("Ctrl+E").
    pub shown: &'static str,
    /// What it does, for the shortcuts sheet.
    pub what: &'static str,
}

const NONE: Modifiers = Modifiers::NONE;
const SHIFT: Modifiers = Modifiers::SHIFT;
const COMMAND: Modifiers = Modifiers::COMMAND;

/// Every shortcut, in the order the sheet lists them.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        action: Action::ZoomIn,
        keys: &[(NONE, Key::Plus), (NONE, Key::Equals), (SHIFT, Key::Equals)],
        shown: "+",
        what: "Zoom in",
    },
    Shortcut {
        action: Action::ZoomOut,
        keys: &[(NONE, Key::Minus)],
        shown: "-",
        what: "Zoom out",
    },
    Shortcut {
        action: Action::PanBack,
        keys: &[(NONE, Key::A)],
        shown: "A",
        what: "Move back in time",
    },
    Shortcut {
        action: Action::PanForward,
        keys: &[(NONE, Key::D)],
        shown: "D",
        what: "Move forward in time",
    },
    Shortcut {
        action: Action::FitAll,
        keys: &[(NONE, Key::F)],
        shown: "F",
        what: "Show the whole timeline (or double-click)",
    },
    Shortcut {
        action: Action::Previous,
        keys: &[(NONE, Key::ArrowLeft)],
        shown: "←",
        what: "Previous event (from the last one in view)",
    },
    Shortcut {
        action: Action::Next,
        keys: &[(NONE, Key::ArrowRight)],
        shown: "→",
        what: "Next event (from the first one in view)",
    },
    Shortcut {
        action: Action::FirstEvent,
        keys: &[(NONE, Key::Home)],
        shown: "Home",
        what: "First event",
    },
    Shortcut {
        action: Action::LastEvent,
        keys: &[(NONE, Key::End)],
        shown: "End",
        what: "Last event",
    },
    Shortcut {
        action: Action::Clear,
        keys: &[(NONE, Key::Escape)],
        shown: "Esc",
        what: "Close a window, leave the tour, or clear the selection and range",
    },
    Shortcut {
        action: Action::Search,
        keys: &[(COMMAND, Key::F)],
        shown: "Ctrl+F",
        what: "Search words or dates; Enter / Shift+Enter: next / previous match",
    },
    Shortcut {
        action: Action::Export,
        keys: &[(COMMAND, Key::E)],
        shown: "Ctrl+E",
        what: "Export the range to PNG, SVG or PDF",
    },
    Shortcut {
        action: Action::Open,
        keys: &[(COMMAND, Key::O)],
        shown: "Ctrl+O",
        what: "Open a timeline (.ron, TimelineJS .json or .csv)",
    },
    Shortcut {
        action: Action::List,
        keys: &[(NONE, Key::L)],
        shown: "L",
        what: "The events as a sortable list",
    },
    Shortcut {
        action: Action::ListPrevious,
        keys: &[(NONE, Key::ArrowUp)],
        shown: "↑",
        what: "Previous row of the list",
    },
    Shortcut {
        action: Action::ListNext,
        keys: &[(NONE, Key::ArrowDown)],
        shown: "↓",
        what: "Next row of the list",
    },
    Shortcut {
        action: Action::Tour,
        keys: &[(NONE, Key::T)],
        shown: "T",
        what: "Tour of the key events (→, ← and Esc while touring)",
    },
    Shortcut {
        action: Action::TourNext,
        keys: &[(NONE, Key::Space)],
        shown: "Space",
        what: "Next stop of the tour",
    },
    Shortcut {
        action: Action::Shortcuts,
        keys: &[
            (NONE, Key::F1),
            (NONE, Key::Questionmark),
            (SHIFT, Key::Questionmark),
        ],
        shown: "F1 or ?",
        what: "Show or hide these shortcuts",
    },
    Shortcut {
        action: Action::Quit,
        keys: &[(COMMAND, Key::Q)],
        shown: "Ctrl+Q",
        what: "Quit (the app reopens as you left it)",
    },
];

/// Pointer gestures and keys egui handles itself, listed on the sheet after the table.
pub const GESTURES: &[(&str, &str)] = &[
    ("Ctrl + wheel, pinch", "Zoom the timeline about the pointer"),
    ("Wheel, drag", "Move through time"),
    (
        "Click",
        "Select an event; on a badge, zoom in or pick from a list",
    ),
    ("Shift + drag", "Select a date range to export"),
    ("Ctrl++ / Ctrl+- / Ctrl+0", "Larger / smaller / normal text"),
];

fn row(action: Action) -> Option<&'static Shortcut> {
    SHORTCUTS.iter().find(|s| s.action == action)
}

/// The keys of an action as shown in menus, tooltips and the sheet: "Ctrl+E"
/// on Linux and Windows, "Cmd+E" on a Mac (egui's own formatting).
pub fn hint(action: Action) -> String {
    row(action).map_or_else(String::new, |s| label(s, cfg!(target_os = "macos")))
}

/// A row's keys for a reader: shortcuts with Ctrl/Cmd are formatted by egui for
/// the platform; plain keys keep the table's symbols ("←", "Esc", "F1 or ?").
pub fn label(s: &Shortcut, is_mac: bool) -> String {
    match s.keys.first() {
        Some(&(m, k)) if m.command => {
            egui::KeyboardShortcut::new(m, k).format(&egui::ModifierNames::NAMES, is_mac)
        }
        _ => s.shown.to_owned(),
    }
}

/// `text (keys)`, for a tooltip.
pub fn with_hint(text: &str, action: Action) -> String {
    format!("{text} ({})", hint(action))
}

/// Whether any key of `action` was pressed this frame; consumes it.
pub fn pressed(i: &mut InputState, action: Action) -> bool {
    row(action).is_some_and(|s| s.keys.iter().any(|&(m, k)| i.consume_key(m, k)))
}

/// Whether the action needs a plain key, which must not fire while typing.
pub fn is_plain(action: Action) -> bool {
    row(action).is_some_and(|s| s.keys.iter().all(|(m, _)| m.is_none() || *m == SHIFT))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_has_one_row_with_keys_and_words() {
        let mut seen = Vec::new();
        for s in SHORTCUTS {
            assert!(!seen.contains(&s.action), "{:?} listed twice", s.action);
            seen.push(s.action);
            assert!(!s.keys.is_empty() && !s.shown.is_empty() && !s.what.is_empty());
        }
        let export = SHORTCUTS
            .iter()
            .find(|s| s.action == Action::Export)
            .unwrap();
        assert_eq!(label(export, false), "Ctrl+E");
        assert_eq!(label(export, true), "Cmd+E", "a Mac says Cmd");
        let fit = SHORTCUTS
            .iter()
            .find(|s| s.action == Action::FitAll)
            .unwrap();
        assert_eq!(label(fit, true), "F", "plain keys are the same everywhere");
        assert_eq!(
            with_hint("Show the whole timeline", Action::FitAll),
            "Show the whole timeline (F)"
        );
    }

    #[test]
    fn no_two_actions_share_a_key() {
        let mut keys = Vec::new();
        for s in SHORTCUTS {
            for k in s.keys {
                assert!(!keys.contains(k), "{k:?} is used twice");
                keys.push(*k);
            }
        }
    }
}
