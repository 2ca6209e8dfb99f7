//! Every command has an effect: a new `Command` variant fails to compile here
//! until it is listed, and a listed one that changes nothing fails the test.

use crate::common::SPOKEN;
use india_canada_timeline::app::state::SavedState;
use india_canada_timeline::app::{Command, Notice, TimelineApp, WindowKind};
use india_canada_timeline::data::cite::CitationStyle;
use india_canada_timeline::data::load;
use india_canada_timeline::timeline::compare::CompareSpec;
use india_canada_timeline::timeline::list::{ListSort, SortColumn};
use india_canada_timeline::timeline::quotes::SideFilter;
use india_canada_timeline::timeline::view::TimeView;
use india_canada_timeline::timeline::voices::VoiceFilter;

/// What a reader can see change, as text.
fn digest(app: &TimelineApp) -> String {
    format!(
        "{:?}",
        (
            (
                app.view(),
                app.target(),
                app.reading().selected,
                &app.filters().search,
                &app.filters().hidden
            ),
            (
                app.filters().thread,
                app.filters().disputed_only,
                app.reading().speaker_page,
                app.filters().voices
            ),
            (
                app.central().compare_mode,
                app.central().compare,
                app.central().compare_cursor
            ),
            (
                app.central().list_mode,
                app.central().list_sort,
                &app.reading().tour,
                app.settings().citation_style,
                app.reading().range
            ),
            (
                &app.windows().notice,
                app.windows().export.open,
                &app.windows().export.path,
                &app.settings().recent,
                app.settings().theme,
                app.settings().lang
            ),
            (
                app.windows().show_shortcuts,
                app.windows().show_about,
                app.path().as_ref()
            ),
        )
    )
}

/// One of each command, with arguments that change something.
fn every_command(app: &TimelineApp) -> Vec<Command> {
    let talks = app.timeline().event_index("talks").unwrap();
    let commands = vec![
        Command::Select(Some(talks)),
        Command::SetView(TimeView::new(app.view().start + 3.0, app.view().span)),
        Command::AnimateTo(TimeView::new(app.view().start + 3.0, app.view().span)),
        Command::ZoomAt {
            center: app.view().start + 10.0,
            factor: 2.0,
            animate: false,
        },
        Command::FitAll,
        Command::Step(1),
        Command::ToggleCategory(0),
        Command::SetThreadFilter(None),
        Command::SearchFor("visit".into()),
        Command::OpenSpeaker(0),
        Command::CloseSpeaker,
        Command::SetVoices(Some(VoiceFilter::Side(SideFilter::Canada))),
        Command::ToggleCompare,
        Command::SetCompare(CompareSpec {
            left: VoiceFilter::Speaker(0),
            right: VoiceFilter::Speaker(1),
        }),
        Command::SetCompareCursor(1),
        Command::ExportCompare(india_canada_timeline::data::formats::FileFormat::Markdown),
        Command::SetDisputedOnly(true),
        Command::StepMatch(1),
        Command::SelectEnd(1),
        Command::SetRange(Some((app.view().start, app.view().start + 5.0))),
        Command::OpenExport,
        Command::SetExportPath("/elsewhere/picture.png".into()),
        Command::OpenFile,
        Command::OpenPath("/nonexistent/timeline.ron".into()),
        Command::OpenBundled,
        Command::ClearRecent,
        Command::SetTheme(egui::ThemePreference::Light),
        Command::SetLang(india_canada_timeline::base::i18n::Lang::Fr),
        Command::ToggleShortcuts,
        Command::ShowAbout,
        Command::Quit,
        Command::CloseWindows,
        Command::CloseWindow(WindowKind::Shortcuts),
        Command::ShowNotice(Notice::note("A note".into())),
        Command::DismissNotice,
        Command::SetCitationStyle(CitationStyle::Apa),
        Command::ExportCitations,
        Command::ToggleList,
        Command::SortList(ListSort {
            column: SortColumn::Title,
            descending: true,
        }),
        Command::ListStep(1),
        Command::StartTour,
        Command::TourStep(1),
        Command::EndTour,
    ];
    commands.iter().for_each(listed);
    commands
}

/// Fails to compile when a variant is added and not listed above.
fn listed(c: &Command) {
    match c {
        Command::Select(_)
        | Command::SetView(_)
        | Command::AnimateTo(_)
        | Command::ZoomAt { .. }
        | Command::FitAll
        | Command::Step(_)
        | Command::ToggleCategory(_)
        | Command::SetThreadFilter(_)
        | Command::SearchFor(_)
        | Command::OpenSpeaker(_)
        | Command::CloseSpeaker
        | Command::SetVoices(_)
        | Command::ToggleCompare
        | Command::SetCompare(_)
        | Command::SetCompareCursor(_)
        | Command::ExportCompare(_)
        | Command::SetDisputedOnly(_)
        | Command::StepMatch(_)
        | Command::SelectEnd(_)
        | Command::SetRange(_)
        | Command::OpenExport
        | Command::SetExportPath(_)
        | Command::OpenFile
        | Command::OpenPath(_)
        | Command::OpenBundled
        | Command::ClearRecent
        | Command::SetTheme(_)
        | Command::SetLang(_)
        | Command::ToggleShortcuts
        | Command::ShowAbout
        | Command::Quit
        | Command::CloseWindows
        | Command::CloseWindow(_)
        | Command::ShowNotice(_)
        | Command::DismissNotice
        | Command::SetCitationStyle(_)
        | Command::ExportCitations
        | Command::ToggleList
        | Command::SortList(_)
        | Command::ListStep(_)
        | Command::StartTour
        | Command::TourStep(_)
        | Command::EndTour => {}
    }
}

/// The app in the state a command needs to show its effect.
fn prepared(c: &Command) -> TimelineApp {
    // The tour visits key events, and storylines need threads: the small file has neither.
    let touring = matches!(
        c,
        Command::StartTour
            | Command::TourStep(_)
            | Command::EndTour
            | Command::SetThreadFilter(None)
    );
    let timeline = if touring {
        load::bundled().unwrap()
    } else {
        load::load_str(SPOKEN, "t.ron").unwrap()
    };
    let saved = SavedState {
        recent: vec!["/somewhere/else.ron".into()],
        ..SavedState::default()
    };
    let mut app = TimelineApp::new(timeline, None).with_saved(&saved);
    let before = match c {
        Command::CloseSpeaker => Some(Command::OpenSpeaker(0)),
        Command::SetThreadFilter(None) => Some(Command::SetThreadFilter(Some(0))),
        Command::FitAll => Some(Command::AnimateTo(TimeView::new(0.0, 10.0))),
        Command::StepMatch(_) => Some(Command::SearchFor("visit".into())),
        Command::TourStep(_) | Command::EndTour => Some(Command::StartTour),
        Command::ListStep(_) => Some(Command::ToggleList),
        Command::CloseWindows | Command::CloseWindow(_) => Some(Command::ToggleShortcuts),
        Command::DismissNotice => Some(Command::ShowNotice(Notice::note("A note".into()))),
        _ => None,
    };
    if let Some(before) = before {
        app.apply(before);
    }
    app
}

#[test]
fn every_command_changes_what_the_reader_sees() {
    // These ask the operating system (a file dialog) or close the window:
    // their effect is outside the app's state and is tested where it can be.
    let outside = |c: &Command| {
        matches!(
            c,
            Command::OpenFile
                | Command::ExportCitations
                | Command::ExportCompare(_)
                | Command::Quit
        )
    };
    let sample = prepared(&Command::FitAll);
    for c in every_command(&sample).into_iter().filter(|c| !outside(c)) {
        let mut app = prepared(&c);
        let before = digest(&app);
        app.apply(c.clone());
        assert_ne!(digest(&app), before, "{c:?} changed nothing");
    }
}
