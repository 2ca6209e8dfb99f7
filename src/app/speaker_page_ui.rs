//! A speaker's page: who they are, the roles they held, and every statement
//! credited to them, with its date, event, voice and a citation.
//!
//! It answers "what did Jaishankar say about Canada, from first to last?"
//! in the side panel, while the timeline lights up the events where they spoke.

use super::command::Command;
use super::copied_ui::{copied_note_ui, mark_copied, today};
use super::shortcuts::{Action, hint};
use super::words::{lang, t, ta};
use crate::base::i18n::Arg;
use crate::data::cite::{self, CitationStyle};
use crate::data::model::{Attribution, Role, Speaker, SpeakerKind, Timeline};
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
    let back_tip = ta(
        ui,
        "speaker-back-tip",
        &[("key", hint(lang(ui.ctx()), Action::Clear).as_str().into())],
    );
    if ui
        .button(t(ui, "speaker-back"))
        .on_hover_text(back_tip)
        .clicked()
    {
        out.push(Command::CloseSpeaker);
    }
    ui.separator();
    let options_id = egui::Id::unique(("speaker_page", index));
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
                ui.checkbox(&mut options.own_only, t(ui, "speaker-own-only"));
                ui.checkbox(&mut options.newest_first, t(ui, "speaker-newest-first"));
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
        SpeakerKind::Person => t(ui, "speaker-kind-person"),
        SpeakerKind::Body => t(ui, "speaker-kind-body"),
    };
    match &s.side {
        Some(side) => {
            let side = super::attribution_ui::side_name(ui, side);
            let args = [("kind", Arg::from(&kind)), ("side", Arg::from(&side))];
            ui.weak(ta(ui, "speaker-kind-side", &args))
        }
        None => ui.weak(kind),
    };
    for r in &s.roles {
        ui.label(role_line(ui, r));
    }
    ui.add_space(4.0);
    let count = ta(
        ui,
        "speaker-statement-count",
        &[
            ("count", statements.into()),
            ("own", own.into()),
            ("reported", (statements - own).into()),
        ],
    );
    ui.label(RichText::new(count).strong());
    if !s.aliases.is_empty() {
        let names = s.aliases.join(", ");
        ui.weak(ta(ui, "speaker-aliases", &[("names", (&names).into())]));
    }
}

/// A role with the dates it was held: "Minister · since 2023", "Minister · 2019 – 2023".
fn role_line(ui: &Ui, r: &Role) -> String {
    let role = ("role", Arg::from(&r.title));
    match (&r.from, &r.to) {
        (None, None) => r.title.clone(),
        (Some(from), None) => {
            let date = from.long_in(super::words::lang(ui.ctx()));
            ta(ui, "speaker-role-since", &[role, ("date", (&date).into())])
        }
        (Some(from), Some(to)) => format!(
            "{} · {}",
            r.title,
            crate::data::date::format_range_in(from, Some(to), super::words::lang(ui.ctx()))
        ),
        (None, Some(to)) => {
            let date = to.long_in(super::words::lang(ui.ctx()));
            ta(ui, "speaker-role-until", &[role, ("date", (&date).into())])
        }
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
    let spoken = format!(
        "{}, {who}: {}",
        event.date_label_in(super::words::lang(ui.ctx())),
        quote.text
    );
    let row = ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(event.date_label_in(super::words::lang(ui.ctx()))).strong());
        if ui
            .link(event.title_in(super::words::lang(ui.ctx())))
            .on_hover_text(t(ui, "speaker-show-event"))
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
        let outlet = source.outlet_via();
        let id = match quote.attribution() {
            Attribution::Own(_) => "speaker-voice-own",
            _ => "speaker-voice-reported",
        };
        ui.weak(ta(ui, id, &[("outlet", (&outlet).into())]));
        let copy = ui.small_button(t(ui, "side-copy-citation"));
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
    let heading = ta(
        ui,
        "speaker-list-heading",
        &[("count", timeline.speakers.len().into())],
    );
    // A fixed id: the heading changes with the language.
    let header = egui::CollapsingHeader::new(heading).id_salt("speakers-list");
    header.show(ui, |ui| {
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
            let heading = side.map_or_else(
                || t(ui, "speaker-side-unknown"),
                |s| s.label_in(lang(ui.ctx())),
            );
            ui.label(RichText::new(heading).strong());
            ui.horizontal_wrapped(|ui| {
                for i in theirs {
                    let name = format!("{} ({})", timeline.speakers[i].name, counts[i]);
                    if ui
                        .link(name)
                        .on_hover_text(t(ui, "speaker-list-tip"))
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
