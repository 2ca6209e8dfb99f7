//! Every row of the shortcuts table, pressed in a window: each key gives its
//! action's commands, and a key that is shown but does nothing fails here.

use super::TimelineApp;
use super::command::Command;
use super::shortcuts::{Action, SHORTCUTS};
use super::timeline_interaction::keyboard_interaction;
use crate::timeline::view::{ScreenMap, TimeView};
use egui::{Key, Modifiers};
use egui_kittest::Harness;

/// The app in the state where `action` has something to do.
fn app_for(action: Action) -> TimelineApp {
    let mut app = TimelineApp::new(crate::data::load::bundled().unwrap(), None);
    match action {
        Action::ListNext | Action::ListPrevious => app.apply(Command::ToggleList),
        Action::TourNext => app.apply(Command::StartTour),
        Action::Clear => app.apply(Command::ToggleShortcuts),
        _ => {}
    }
    app
}

/// What pressing `key` gives, from the window's keys and the timeline's.
fn commands_after(action: Action, (modifiers, key): (Modifiers, Key)) -> Vec<Command> {
    let map = ScreenMap::new(TimeView::new(19_000.0, 100.0), 0.0, 1000.0);
    let state = (app_for(action), Vec::new());
    let mut h = Harness::new_ui_state(
        |ui, (app, out): &mut (TimelineApp, Vec<Command>)| {
            let mut commands = app.global_keys(ui);
            commands.extend(keyboard_interaction(ui, &map));
            out.extend(commands);
        },
        state,
    );
    h.step();
    h.state_mut().1.clear();
    h.key_press_modifiers(modifiers, key);
    h.step();
    h.state().1.clone()
}

/// The commands each action must give (the window's keys, the timeline's keys).
fn expected(action: Action, got: &[Command]) -> bool {
    let has = |c: &Command| got.contains(c);
    match action {
        Action::ZoomIn | Action::ZoomOut => {
            matches!(got, [Command::ZoomAt { animate: true, factor, .. }] if (*factor > 1.0) == (action == Action::ZoomIn))
        }
        Action::PanBack | Action::PanForward => matches!(got, [Command::AnimateTo(_)]),
        Action::FitAll => has(&Command::FitAll),
        Action::Previous => has(&Command::Step(-1)),
        Action::Next => has(&Command::Step(1)),
        Action::FirstEvent => has(&Command::SelectEnd(-1)),
        Action::LastEvent => has(&Command::SelectEnd(1)),
        Action::Clear => has(&Command::CloseWindows),
        Action::Export => has(&Command::OpenExport),
        Action::Open => has(&Command::OpenFile),
        Action::List => has(&Command::ToggleList),
        Action::ListNext => has(&Command::ListStep(1)),
        Action::ListPrevious => has(&Command::ListStep(-1)),
        Action::Tour => has(&Command::StartTour),
        Action::TourNext => has(&Command::TourStep(1)),
        Action::Shortcuts => has(&Command::ToggleShortcuts),
        Action::Quit => has(&Command::Quit),
        // Focuses the search field in the frame itself (no command).
        Action::Search => true,
    }
}

#[test]
fn every_key_in_the_table_gives_its_command() {
    for row in SHORTCUTS {
        if row.action == Action::Search {
            continue;
        }
        for &key in row.keys {
            let got = commands_after(row.action, key);
            assert!(
                expected(row.action, &got),
                "{:?} ({key:?}) gave {got:?}",
                row.action
            );
        }
    }
}

#[test]
fn ctrl_f_puts_the_cursor_in_the_search_field() {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_context_setup(crate::render::fonts::install)
        .build_ui_state(
            |ui, app: &mut TimelineApp| app.show(ui),
            TimelineApp::new(crate::data::load::bundled().unwrap(), None),
        );
    h.run();
    let search = SHORTCUTS
        .iter()
        .find(|s| s.action == Action::Search)
        .unwrap();
    let (m, k) = search.keys[0];
    h.key_press_modifiers(m, k);
    h.run();
    let focused = h.ctx.memory(|m| m.focused());
    assert_eq!(focused, Some(super::top_bar_ui::search_id()));
    assert!(!h.state().windows.any_open());
}
