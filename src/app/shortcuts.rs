//! Every keyboard shortcut, in one table: key handling, the F1 sheet, menu
//! hints and tooltips all read it, so they cannot drift apart.

use crate::base::i18n::{Lang, tr, tr_args};
use egui::{InputState, Key, KeyboardShortcut, ModifierNames, Modifiers};

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
    /// The keys as people read them ("Ctrl+E"); several when there are
    /// several ways to press it (["F1", "?"]: "F1 or ?").
    pub shown: &'static [&'static str],
    /// The message id of what it does, for the shortcuts sheet (see [`what`]).
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
        shown: &["+"],
        what: "shortcuts-zoom-in",
    },
    Shortcut {
        action: Action::ZoomOut,
        keys: &[(NONE, Key::Minus)],
        shown: &["-"],
        what: "shortcuts-zoom-out",
    },
    Shortcut {
        action: Action::PanBack,
        keys: &[(NONE, Key::A)],
        shown: &["A"],
        what: "shortcuts-pan-back",
    },
    Shortcut {
        action: Action::PanForward,
        keys: &[(NONE, Key::D)],
        shown: &["D"],
        what: "shortcuts-pan-forward",
    },
    Shortcut {
        action: Action::FitAll,
        keys: &[(NONE, Key::F)],
        shown: &["F"],
        what: "shortcuts-fit-all",
    },
    Shortcut {
        action: Action::Previous,
        keys: &[(NONE, Key::ArrowLeft)],
        shown: &["←"],
        what: "shortcuts-previous",
    },
    Shortcut {
        action: Action::Next,
        keys: &[(NONE, Key::ArrowRight)],
        shown: &["→"],
        what: "shortcuts-next",
    },
    Shortcut {
        action: Action::FirstEvent,
        keys: &[(NONE, Key::Home)],
        shown: &["Home"],
        what: "shortcuts-first",
    },
    Shortcut {
        action: Action::LastEvent,
        keys: &[(NONE, Key::End)],
        shown: &["End"],
        what: "shortcuts-last",
    },
    Shortcut {
        action: Action::Clear,
        keys: &[(NONE, Key::Escape)],
        shown: &["Esc"],
        what: "shortcuts-clear",
    },
    Shortcut {
        action: Action::Search,
        keys: &[(COMMAND, Key::F)],
        shown: &["Ctrl+F"],
        what: "shortcuts-search",
    },
    Shortcut {
        action: Action::Export,
        keys: &[(COMMAND, Key::E)],
        shown: &["Ctrl+E"],
        what: "shortcuts-export",
    },
    Shortcut {
        action: Action::Open,
        keys: &[(COMMAND, Key::O)],
        shown: &["Ctrl+O"],
        what: "shortcuts-open",
    },
    Shortcut {
        action: Action::List,
        keys: &[(NONE, Key::L)],
        shown: &["L"],
        what: "shortcuts-list",
    },
    Shortcut {
        action: Action::ListPrevious,
        keys: &[(NONE, Key::ArrowUp)],
        shown: &["↑"],
        what: "shortcuts-list-previous",
    },
    Shortcut {
        action: Action::ListNext,
        keys: &[(NONE, Key::ArrowDown)],
        shown: &["↓"],
        what: "shortcuts-list-next",
    },
    Shortcut {
        action: Action::Tour,
        keys: &[(NONE, Key::T)],
        shown: &["T"],
        what: "shortcuts-tour",
    },
    Shortcut {
        action: Action::TourNext,
        keys: &[(NONE, Key::Space)],
        shown: &["Space"],
        what: "shortcuts-tour-next",
    },
    Shortcut {
        action: Action::Shortcuts,
        keys: &[
            (NONE, Key::F1),
            (NONE, Key::Questionmark),
            (SHIFT, Key::Questionmark),
        ],
        shown: &["F1", "?"],
        what: "shortcuts-toggle",
    },
    Shortcut {
        action: Action::Quit,
        keys: &[(COMMAND, Key::Q)],
        shown: &["Ctrl+Q"],
        what: "shortcuts-quit",
    },
];

/// Pointer gestures and keys egui handles itself, listed on the sheet after the
/// table: the message ids of the keys (see [`gesture_keys`]) and of what they do.
pub const GESTURES: &[(&str, &str)] = &[
    ("shortcuts-gesture-zoom-keys", "shortcuts-gesture-zoom"),
    ("shortcuts-gesture-pan-keys", "shortcuts-gesture-pan"),
    ("shortcuts-gesture-click-keys", "shortcuts-gesture-click"),
    ("shortcuts-gesture-range-keys", "shortcuts-gesture-range"),
    (
        "shortcuts-gesture-text-size-keys",
        "shortcuts-gesture-text-size",
    ),
];

fn row(action: Action) -> Option<&'static Shortcut> {
    SHORTCUTS.iter().find(|s| s.action == action)
}

fn is_mac() -> bool {
    cfg!(target_os = "macos")
}

/// The keys of an action as shown in menus, tooltips and the sheet: "Ctrl+E"
/// on Linux and Windows, "Cmd+E" on a Mac (egui's own formatting).
pub fn hint(lang: Lang, action: Action) -> String {
    row(action).map_or_else(String::new, |s| label(s, is_mac(), lang))
}

/// A row's keys for a reader: shortcuts with Ctrl/Cmd are formatted by egui for
/// the platform; plain keys keep the table's symbols ("←", "Esc", "F1 or ?").
pub fn label(s: &Shortcut, is_mac: bool, lang: Lang) -> String {
    keys_text(s, is_mac, &|a: &str, b: &str| either(lang, a, b))
}

/// "F1 or ?": two keys that do the same thing.
pub fn either(lang: Lang, first: &str, second: &str) -> String {
    tr_args(
        lang,
        "tip-keys-either",
        &[("first", first.into()), ("second", second.into())],
    )
}

/// A row's keys, the ways to press it joined by `or`.
fn keys_text(s: &Shortcut, is_mac: bool, or: &dyn Fn(&str, &str) -> String) -> String {
    match s.keys.first() {
        Some(&(m, k)) if m.command => {
            KeyboardShortcut::new(m, k).format(&ModifierNames::NAMES, is_mac)
        }
        _ => s
            .shown
            .iter()
            .map(|k| (*k).to_owned())
            .reduce(|a, b| or(&a, &b))
            .unwrap_or_default(),
    }
}

/// `text (keys)`, for a tooltip; `text` is already in the reader's language.
/// A row with several ways to press it shows them without words ("F1 / ?").
pub fn with_hint(text: &str, action: Action) -> String {
    let keys = row(action).map_or_else(String::new, |s| {
        keys_text(s, is_mac(), &|a: &str, b: &str| format!("{a} / {b}"))
    });
    format!("{text} ({keys})")
}

/// What a row does, in `lang`, with the keys its words name.
pub fn what(s: &Shortcut, lang: Lang) -> String {
    let mac = is_mac();
    match s.action {
        Action::Search => {
            let next = Key::Enter.name();
            let previous =
                KeyboardShortcut::new(SHIFT, Key::Enter).format(&ModifierNames::NAMES, mac);
            tr_args(
                lang,
                s.what,
                &[
                    ("nextKey", next.into()),
                    ("previousKey", previous.as_str().into()),
                ],
            )
        }
        Action::Tour => {
            let [next, previous, leave] =
                [Action::Next, Action::Previous, Action::Clear].map(|a| hint(lang, a));
            tr_args(
                lang,
                s.what,
                &[
                    ("nextKey", next.as_str().into()),
                    ("previousKey", previous.as_str().into()),
                    ("leaveKey", leave.as_str().into()),
                ],
            )
        }
        _ => tr(lang, s.what),
    }
}

/// A gesture's keys in `lang` ("Ctrl + wheel, pinch"), from its message id.
pub fn gesture_keys(id: &str, lang: Lang) -> String {
    let names = ModifierNames::NAMES;
    tr_args(
        lang,
        id,
        &[("ctrl", names.ctrl.into()), ("shift", names.shift.into())],
    )
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
        assert_eq!(label(export, false, Lang::En), "Ctrl+E");
        assert_eq!(label(export, true, Lang::En), "Cmd+E", "a Mac says Cmd");
        let fit = SHORTCUTS
            .iter()
            .find(|s| s.action == Action::FitAll)
            .unwrap();
        assert_eq!(
            label(fit, true, Lang::En),
            "F",
            "plain keys are the same everywhere"
        );
        assert_eq!(
            with_hint("Show the whole timeline", Action::FitAll),
            "Show the whole timeline (F)"
        );
    }

    #[test]
    fn the_sheet_says_every_row_in_words_with_its_keys() {
        let ids = crate::base::i18n::message_ids(Lang::En.source());
        for s in SHORTCUTS {
            assert!(ids.iter().any(|id| id == s.what), "no message {}", s.what);
        }
        for (keys, what) in GESTURES {
            assert!(ids.iter().any(|id| id == keys), "no message {keys}");
            assert!(ids.iter().any(|id| id == what), "no message {what}");
        }
        let find = |a| SHORTCUTS.iter().find(|s| s.action == a).unwrap();
        assert_eq!(label(find(Action::Shortcuts), false, Lang::En), "F1 or ?");
        assert_eq!(
            what(find(Action::Search), Lang::En),
            "Search words or dates; Enter / Shift+Enter: next / previous match"
        );
        assert_eq!(
            what(find(Action::Tour), Lang::En),
            "Tour of the key events (→, ← and Esc while touring)"
        );
        assert_eq!(
            gesture_keys("shortcuts-gesture-zoom-keys", Lang::En),
            "Ctrl + wheel, pinch"
        );
        assert_eq!(
            gesture_keys("shortcuts-gesture-text-size-keys", Lang::En),
            "Ctrl++ / Ctrl+- / Ctrl+0"
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
