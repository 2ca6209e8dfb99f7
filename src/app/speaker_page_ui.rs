//! A speaker's page: who they are, the roles they held, and every statement
//! credited to them, with its date, event, voice and a citation.
//!
//! It answers "what did Jaishankar say about Canada, from first to last?"
//! in the side panel, while the timeline lights up the events where they spoke.

use super::command::Command;
use super::copied_ui::{copied_note_ui, mark_copied, today};
use crate::data::cite::{self, CitationStyle};
use crate::data::date::format_range;
use crate::data::model::{Attribution, Speaker, SpeakerKind, Timeline};
use egui::{RichText, Ui};

/// The page's own choices, kept in egui memory.
#[derive(Clone, Copy, Debug, Default)]
struct PageOptions {
    own_only: bool,
    newest_first: bool,
}

/// The page of speaker `index`; returns what the reader asked for.
pub fn speaker_page_ui(
    ui: &mut Ui,
    timeline: &Timeline,
    index: usize,
    style: CitationStyle,
) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(speaker) = timeline.speakers.get(index) else {
        out.push(Command::CloseSpeaker);
        return out;
    };
    if ui
        .button("◀ Back")
        .on_hover_text("Back to where you were (Esc)")
        .clicked()
    {
        out.push(Command::CloseSpeaker);
    }
    ui.separator();
    let options_id = egui::Id::unique(("speaker-page", index));
    let mut options: PageOptions = ui.data(|d| d.get_temp(options_id)).unwrap_or_default();
    // One pass over the quotes a frame: the own-words list is a subset of all.
    let all = crate::timeline::voices::statements(timeline, index);
    let is_own = |&(e, q): &(usize, usize)| {
        matches!(
            timeline.events[e].quotes[q].attribution(),
            Attribution::Own(_)
        )
    };
    let own = all.iter().filter(|s| is_own(s)).count();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            speaker_head_ui(ui, speaker, all.len(), own);
            ui.horizontal_wrapped(|ui| {
                ui.checkbox(&mut options.own_only, "Own words only");
                ui.checkbox(&mut options.newest_first, "Newest first");
            });
            ui.separator();
            let mut shown: Vec<(usize, usize)> = if options.own_only {
                all.iter().copied().filter(is_own).collect()
            } else {
                all.clone()
            };
            if options.newest_first {
                shown.reverse();
            }
            for (k, &(e, q)) in shown.iter().enumerate() {
                ui.push_id(k, |ui| out.extend(statement_ui(ui, timeline, e, q, style)));
                ui.add_space(6.0);
            }
        });
    ui.data_mut(|d| d.insert_temp(options_id, options));
    out
}

/// Name, side, roles with their dates, and the count of statements.
fn speaker_head_ui(ui: &mut Ui, s: &Speaker, statements: usize, own: usize) {
    ui.label(RichText::new(&s.name).heading().strong());
    let kind = match s.kind {
        SpeakerKind::Person => "Person",
        SpeakerKind::Body => "Institution",
    };
    match &s.side {
        Some(side) => ui.weak(format!("{kind} · speaks for {}", side.label())),
        None => ui.weak(kind),
    };
    for r in &s.roles {
        let dates = match (&r.from, &r.to) {
            (None, None) => String::new(),
            (Some(from), None) => format!(" · since {}", from.long()),
            (Some(from), Some(to)) => format!(" · {}", format_range(from, Some(to))),
            (None, Some(to)) => format!(" · until {}", to.long()),
        };
        ui.label(format!("{}{dates}", r.title));
    }
    ui.add_space(4.0);
    ui.label(
        RichText::new(format!(
            "{statements} statements: {own} in their own words, {} reported by outlets",
            statements - own
        ))
        .strong(),
    );
    if !s.aliases.is_empty() {
        ui.weak(format!("Also called {}", s.aliases.join(", ")));
    }
}

/// One statement: date and event (a link that selects it), the words, the
/// voice, and *Copy citation*.
fn statement_ui(
    ui: &mut Ui,
    timeline: &Timeline,
    e: usize,
    q: usize,
    style: CitationStyle,
) -> Vec<Command> {
    let mut out = Vec::new();
    let event = &timeline.events[e];
    let quote = &event.quotes[q];
    let Some(source) = timeline.sources.get(quote.source) else {
        return out;
    };
    let who = timeline.speaker_of(quote).map_or("", |s| s.name.as_str());
    let spoken = format!("{}, {who}: {}", event.date_label(), quote.text);
    let row = ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(event.date_label()).strong());
        if ui
            .link(&event.title)
            .on_hover_text("Show this event")
            .clicked()
        {
            out.push(Command::CloseSpeaker);
            out.push(Command::Select(Some(e)));
        }
    });
    row.response
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Row, true, &spoken));
    ui.label(RichText::new(format!("“{}”", quote.text)).italics());
    ui.horizontal_wrapped(|ui| {
        let voice = match quote.attribution() {
            Attribution::Own(_) => format!("own words · {}", source.outlet_via()),
            _ => format!("reported by {}", source.outlet_via()),
        };
        ui.weak(voice);
        let copy = ui.small_button("Copy citation");
        if copy.clicked() {
            let speaker = timeline.speaker_of(quote);
            ui.ctx()
                .copy_text(cite::quote_citation(quote, speaker, source, style, today()));
            mark_copied(ui, copy.id);
        }
        copied_note_ui(ui, copy.id);
    });
    out
}

/// Every speaker, grouped by side, busiest first, each a link to their page.
pub fn speakers_list_ui(ui: &mut Ui, timeline: &Timeline) -> Vec<Command> {
    let mut out = Vec::new();
    if timeline.speakers.is_empty() {
        return out;
    }
    ui.add_space(10.0);
    ui.collapsing(format!("Speakers ({})", timeline.speakers.len()), |ui| {
        // Counted only while the list is open.
        let mut counts = vec![0usize; timeline.speakers.len()];
        for q in timeline.events.iter().flat_map(|e| &e.quotes) {
            if let Attribution::Own(s) | Attribution::Reported(s) = q.attribution() {
                counts[s] += 1;
            }
        }
        let groups = crate::timeline::quotes::SideFilter::ALL
            .map(Some)
            .into_iter()
            .chain([None]);
        for side in groups {
            let belongs = |i: &usize| {
                let of = timeline.speakers[*i].side.as_ref();
                side.map_or(of.is_none(), |side| side.matches(of))
            };
            let mut theirs: Vec<usize> = (0..timeline.speakers.len()).filter(belongs).collect();
            if theirs.is_empty() {
                continue;
            }
            theirs.sort_by_key(|&i| std::cmp::Reverse(counts[i]));
            let heading = side.map_or("Side not given", crate::timeline::quotes::SideFilter::label);
            ui.label(RichText::new(heading).strong());
            ui.horizontal_wrapped(|ui| {
                for i in theirs {
                    let name = format!("{} ({})", timeline.speakers[i].name, counts[i]);
                    if ui
                        .link(name)
                        .on_hover_text("Everything they said")
                        .clicked()
                    {
                        out.push(Command::OpenSpeaker(i));
                    }
                }
            });
        }
    });
    out
}
