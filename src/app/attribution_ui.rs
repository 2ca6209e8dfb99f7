//! Who said it, in what voice, and where sources disagree: the parts of the
//! side panel a reader cites from.
//!
//! Own words, an outlet's report of them and the outlet's narration read
//! differently at a glance, because citing one as another misquotes someone.

use super::command::Command;
use super::words::{lang, t, ta};
use crate::data::model::{
    Attribution, Correction, Dispute, Side, Source, Speaker, SpeakerKind, Timeline,
};
use crate::timeline::quotes::SideFilter;
use crate::timeline::voices::VoiceFilter;
use egui::{RichText, Ui};

/// The attribution line under a quote; a click on the speaker's name asks for
/// their statements (a search for now).
pub fn attribution_ui(
    ui: &mut Ui,
    timeline: &Timeline,
    attribution: Attribution,
    source: &Source,
    day: crate::data::date::Day,
) -> Option<Command> {
    let mut out = None;
    let speaker = |i: usize| timeline.speakers.get(i);
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = 4.0;
        ui.weak("—");
        match attribution {
            Attribution::Own(i) => {
                if let Some(s) = speaker(i) {
                    out = speaker_link_ui(ui, s, i, day);
                    if let Some(role) = s.role_on(day) {
                        // The comma sits against the name.
                        ui.spacing_mut().item_spacing.x = 0.0;
                        ui.label(format!(", {}", role.title));
                        ui.spacing_mut().item_spacing.x = 4.0;
                    }
                    ui.weak(match s.kind {
                        SpeakerKind::Person => t(ui, "side-own-words-person"),
                        SpeakerKind::Body => t(ui, "side-own-words-body"),
                    });
                }
                ui.label(RichText::new(&source.outlet).strong());
            }
            Attribution::Reported(i) => {
                ui.label(RichText::new(&source.outlet).strong());
                ui.weak(t(ui, "side-reported-before"));
                if let Some(s) = speaker(i) {
                    out = speaker_link_ui(ui, s, i, day);
                }
                ui.weak(t(ui, "side-reported-after"));
            }
            Attribution::Narration => {
                ui.label(RichText::new(&source.outlet).strong());
                ui.weak(t(ui, "side-narration"));
            }
        }
    });
    out
}

/// The speaker's name as a link to their page; hover shows their role on
/// that day and their side.
fn speaker_link_ui(
    ui: &mut Ui,
    s: &Speaker,
    index: usize,
    day: crate::data::date::Day,
) -> Option<Command> {
    let mut hover = s.name.clone();
    if let Some(role) = s.role_on(day) {
        hover.push_str(&format!("\n{}", role.title));
    }
    if let Some(side) = &s.side {
        let side = side_name(ui, side);
        hover.push('\n');
        hover.push_str(&ta(
            ui,
            "side-speaker-speaks-for",
            &[("side", (&side).into())],
        ));
    }
    hover.push('\n');
    hover.push_str(&t(ui, "side-speaker-click"));
    let link = ui
        .link(RichText::new(&s.name).strong())
        .on_hover_text(hover);
    link.clicked().then_some(Command::OpenSpeaker(index))
}

/// A dispute: what is in question, then each side's words next to each other.
pub fn dispute_ui(ui: &mut Ui, timeline: &Timeline, d: &Dispute) {
    let warn = ui.visuals().warn_fg_color;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, warn))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            let quoted = d.sides.iter().all(|s| !s.text.is_empty());
            let head = if quoted {
                ta(ui, "side-dispute-differ", &[("about", (&d.about).into())])
            } else {
                t(ui, "side-dispute")
            };
            ui.label(RichText::new(head).color(warn).strong());
            if !quoted {
                ui.label(&d.about);
            }
            let sides: Vec<(&Source, &str)> = d
                .sides
                .iter()
                .filter_map(|s| Some((timeline.sources.get(s.source)?, s.text.as_str())))
                .collect();
            if quoted && sides.len() >= 2 {
                sides_ui(ui, &sides);
            } else if !sides.is_empty() {
                let names: Vec<String> = sides
                    .iter()
                    .map(|(s, _)| source_short(s, super::words::lang(ui.ctx())))
                    .collect();
                let names = names.join("; ");
                ui.weak(ta(
                    ui,
                    "side-dispute-sources",
                    &[("sources", (&names).into())],
                ));
            }
            if let Some(note) = &d.note {
                ui.weak(note);
            }
        });
}

/// Two sides in two columns; more than two, two to a row.
fn sides_ui(ui: &mut Ui, sides: &[(&Source, &str)]) {
    for pair in sides.chunks(2) {
        ui.columns(2, |columns| {
            for ((source, text), column) in pair.iter().zip(columns.iter_mut()) {
                // Columns lay out justified, which would stretch the words apart.
                column.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
                    ui.label(
                        RichText::new(source_short(source, super::words::lang(ui.ctx()))).strong(),
                    );
                    ui.label(RichText::new(format!("“{text}”")).italics());
                });
            }
        });
        ui.add_space(4.0);
    }
}

/// "Outlet (via site), 9 Feb 2026".
pub fn source_short(s: &Source, lang: crate::base::i18n::Lang) -> String {
    match s.published {
        Some(p) => format!("{}, {}", s.outlet_via(), p.short_in(lang)),
        None => s.outlet_via(),
    }
}

/// Corrections under a heading, each with its date.
pub fn corrections_ui<'a>(ui: &mut Ui, corrections: impl Iterator<Item = &'a Correction>) {
    let mut first = true;
    for c in corrections {
        if first {
            ui.add_space(10.0);
            ui.label(RichText::new(t(ui, "side-corrected")).strong());
            first = false;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(c.date.long_in(super::words::lang(ui.ctx()))).strong());
            ui.label(&c.text);
        });
    }
}

/// A selectable row per side (India's government, ...); the one clicked, if any.
pub fn side_choices_ui(ui: &mut Ui, current: Option<VoiceFilter>) -> Option<VoiceFilter> {
    let mut chosen = None;
    for side in SideFilter::ALL {
        let v = VoiceFilter::Side(side);
        if ui
            .selectable_label(current == Some(v), side.label_in(lang(ui.ctx())))
            .clicked()
        {
            chosen = Some(v);
        }
    }
    chosen
}

/// A selectable row per speaker, in order of name; the one clicked, if any.
pub fn speaker_choices_ui(
    ui: &mut Ui,
    timeline: &Timeline,
    current: Option<VoiceFilter>,
) -> Option<VoiceFilter> {
    let mut order: Vec<usize> = (0..timeline.speakers.len()).collect();
    order.sort_by_key(|&i| crate::base::text::fold(&timeline.speakers[i].name));
    let mut chosen = None;
    for i in order {
        let v = VoiceFilter::Speaker(i);
        if ui
            .selectable_label(current == Some(v), &timeline.speakers[i].name)
            .clicked()
        {
            chosen = Some(v);
        }
    }
    chosen
}

/// The side a speaker speaks for: "India", "Canada", a country's name, "non-state".
pub fn side_name(ui: &Ui, side: &Side) -> String {
    match side {
        Side::India => t(ui, "voices-short-india"),
        Side::Canada => t(ui, "voices-short-canada"),
        Side::Other(name) => name.clone(),
        Side::NonState => t(ui, "voices-short-non-state"),
    }
}
