//! The bar above the timeline: title, search, category toggles, fit, open.

use super::command::Command;
use super::shortcuts::{Action, with_hint};
use super::words::{lang, t, ta};
use crate::data::model::Timeline;
use crate::timeline::voices::VoiceFilter;
use egui::{Color32, RichText, Ui};

/// Id of the search box, so that Ctrl+F can focus it.
pub fn search_id() -> egui::Id {
    egui::Id::unique("timeline-search")
}

/// What the top bar shows and edits.
pub struct TopBar<'a> {
    pub timeline: &'a Timeline,
    pub search: &'a str,
    pub match_count: Option<usize>,
    pub hidden: &'a [bool],
    /// The storyline shown alone, if any.
    pub thread: Option<usize>,
    pub disputed_only: bool,
    pub list_mode: bool,
    pub compare_mode: bool,
    /// The *Voices* filter.
    pub voices: Option<VoiceFilter>,
}

pub fn top_bar_ui(ui: &mut Ui, bar: TopBar<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    // Wraps to a second row where a language's longer words need it.
    ui.horizontal_wrapped(|ui| {
        let title = crate::base::text::truncate_chars(&bar.timeline.title, 40);
        ui.label(RichText::new(title.as_ref()).strong().size(16.0))
            .on_hover_text(&bar.timeline.title);
        ui.separator();
        // The box edits a copy; the app's search changes only through a command.
        let mut text = bar.search.to_owned();
        let edit = egui::TextEdit::singleline(&mut text)
            .id(search_id())
            .hint_text(with_hint(&t(ui, "search-hint"), Action::Search))
            .desired_width(180.0);
        let response = ui.add(edit);
        if response.changed() {
            out.push(Command::SearchFor(text.clone()));
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            let back = ui.input(|i| i.modifiers.shift);
            out.push(Command::StepMatch(if back { -1 } else { 1 }));
            response.request_focus();
        }
        out.extend(speaker_offer_ui(ui, bar.timeline, &text));
        if let Some(n) = bar.match_count {
            out.extend(matches_ui(ui, n));
        }
        ui.separator();
        out.extend(filters_ui(ui, &bar));
        ui.separator();
        out.extend(views_ui(ui, &bar));
        out.extend(actions_ui(ui));
    });
    out
}

/// "3 matches" and the button that clears the search.
fn matches_ui(ui: &mut Ui, n: usize) -> Option<Command> {
    ui.label(ta(ui, "search-matches", &[("count", n.into())]));
    ui.small_button(t(ui, "search-clear"))
        .on_hover_text(t(ui, "search-clear-tip"))
        .clicked()
        .then(|| Command::SearchFor(String::new()))
}

/// Tour, Fit all, Export…, Open….
fn actions_ui(ui: &mut Ui) -> Vec<Command> {
    let mut out = Vec::new();
    if ui
        .button(t(ui, "top-tour"))
        .on_hover_text(with_hint(&t(ui, "top-tour-tip"), Action::Tour))
        .clicked()
    {
        out.push(Command::StartTour);
    }
    if ui
        .button(t(ui, "top-fit-all"))
        .on_hover_text(with_hint(&t(ui, "top-fit-all-tip"), Action::FitAll))
        .clicked()
    {
        out.push(Command::FitAll);
    }
    let shift = egui::ModifierNames::NAMES.shift;
    let export_tip = ta(ui, "top-export-tip", &[("shift", shift.into())]);
    let export_hint = with_hint(&export_tip, Action::Export);
    if ui
        .button(t(ui, "top-export"))
        .on_hover_text(export_hint)
        .clicked()
    {
        out.push(Command::OpenExport);
    }
    if ui
        .button(t(ui, "top-open"))
        .on_hover_text(with_hint(&t(ui, "top-open-tip"), Action::Open))
        .clicked()
    {
        out.push(Command::OpenFile);
    }
    out
}

/// The lanes menu (a coloured dot and neutral text per category), the
/// storyline menu, and the disputed-only toggle.
fn filters_ui(ui: &mut Ui, bar: &TopBar<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    let hidden = bar.hidden.iter().filter(|h| **h).count();
    let lanes = if hidden == 0 {
        t(ui, "top-lanes")
    } else {
        ta(ui, "top-lanes-hidden", &[("count", hidden.into())])
    };
    ui.menu_button(lanes, |ui| {
        for (i, c) in bar.timeline.categories.iter().enumerate() {
            let [r, g, b] = c.color;
            let shown = !bar.hidden.get(i).copied().unwrap_or(false);
            let mut text = egui::text::LayoutJob::default();
            let dot = "● ";
            let normal = ui.visuals().text_color();
            text.append(
                dot,
                0.0,
                egui::TextFormat {
                    color: Color32::from_rgb(r, g, b),
                    ..Default::default()
                },
            );
            text.append(
                &c.name,
                0.0,
                egui::TextFormat {
                    color: normal,
                    ..Default::default()
                },
            );
            let hint = t(
                ui,
                if shown {
                    "top-lane-hide"
                } else {
                    "top-lane-show"
                },
            );
            // A checkbox, not a filled selection: neutral text stays readable in both themes.
            let mut checked = shown;
            if ui
                .checkbox(&mut checked, text)
                .on_hover_text(hint)
                .changed()
            {
                out.push(Command::ToggleCategory(i));
            }
        }
    });
    if !bar.timeline.threads.is_empty() {
        let current = bar.thread.and_then(|t| bar.timeline.threads.get(t));
        let label = current.map_or_else(
            || t(ui, "top-storylines-all"),
            |th| ta(ui, "top-storyline", &[("name", (&th.name).into())]),
        );
        ui.menu_button(label, |ui| {
            if ui
                .selectable_label(current.is_none(), t(ui, "top-storylines-all"))
                .clicked()
            {
                out.push(Command::SetThreadFilter(None));
            }
            for (k, t) in bar.timeline.threads.iter().enumerate() {
                let response = ui
                    .selectable_label(bar.thread == Some(k), &t.name)
                    .on_hover_text(&t.description);
                if response.clicked() {
                    out.push(Command::SetThreadFilter(Some(k)));
                }
            }
        });
    }
    out.extend(voices_ui(ui, bar.timeline, bar.voices));
    let toggle = ui
        .selectable_label(bar.disputed_only, t(ui, "top-disputed"))
        .on_hover_text(t(ui, "top-disputed-tip"));
    if toggle.clicked() {
        out.push(Command::SetDisputedOnly(!bar.disputed_only));
    }
    out
}

/// "Show <name>'s page" when the search names a speaker.
fn speaker_offer_ui(ui: &mut Ui, timeline: &Timeline, search: &str) -> Option<Command> {
    let i = speaker_named(timeline, search)?;
    let name = &timeline.speakers[i].name;
    ui.button(ta(ui, "search-speaker-page", &[("name", name.into())]))
        .on_hover_text(t(ui, "search-speaker-page-tip"))
        .clicked()
        .then_some(Command::OpenSpeaker(i))
}

/// The speaker whose name or alias the search text is (accents and case
/// folded), if any: the search then offers their page first.
fn speaker_named(timeline: &Timeline, search: &str) -> Option<usize> {
    if search.trim().chars().count() < 2 {
        return None;
    }
    crate::timeline::search::speaker_named(timeline, search)
}

/// The *Voices* menu: everyone, one side, or one speaker.
fn voices_ui(ui: &mut Ui, timeline: &Timeline, voices: Option<VoiceFilter>) -> Vec<Command> {
    let mut out = Vec::new();
    if timeline.speakers.is_empty() {
        return out;
    }
    let label = match voices {
        None => t(ui, "voices-menu-all"),
        Some(v) => {
            let voice = v.short_label_in(timeline, lang(ui.ctx()));
            ta(ui, "voices-menu-one", &[("voice", (&voice).into())])
        }
    };
    let menu = ui.menu_button(label, |ui| {
        if ui
            .selectable_label(voices.is_none(), t(ui, "voices-all"))
            .clicked()
        {
            out.push(Command::SetVoices(None));
        }
        if let Some(v) = super::attribution_ui::side_choices_ui(ui, voices) {
            out.push(Command::SetVoices(Some(v)));
        }
        ui.menu_button(t(ui, "voices-one-speaker"), |ui| {
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    let speaker = super::attribution_ui::speaker_choices_ui(ui, timeline, voices);
                    out.extend(speaker.map(|v| Command::SetVoices(Some(v))));
                });
        });
    });
    menu.response.on_hover_text(t(ui, "voices-menu-tip"));
    out
}

/// The views besides the timeline: the list and the compare view.
fn views_ui(ui: &mut Ui, bar: &TopBar<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    if ui
        .selectable_label(bar.list_mode, t(ui, "top-list"))
        .on_hover_text(with_hint(&t(ui, "top-list-tip"), Action::List))
        .clicked()
    {
        out.push(Command::ToggleList);
    }
    if ui
        .selectable_label(bar.compare_mode, t(ui, "top-compare"))
        .on_hover_text(t(ui, "top-compare-tip"))
        .clicked()
    {
        out.push(Command::ToggleCompare);
    }
    out
}
