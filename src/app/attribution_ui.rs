//! Who said it, in what voice, and where sources disagree: the parts of the
//! side panel a reader cites from.
//!
//! Own words, an outlet's report of them and the outlet's narration read
//! differently at a glance, because citing one as another misquotes someone.

use super::command::Command;
use crate::data::model::{
    Attribution, Correction, Dispute, Source, Speaker, SpeakerKind, Timeline,
};
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
                        SpeakerKind::Person => "— in their own words ·",
                        SpeakerKind::Body => "— its own statement ·",
                    });
                }
                ui.label(RichText::new(&source.outlet).strong());
            }
            Attribution::Reported(i) => {
                ui.label(RichText::new(&source.outlet).strong());
                ui.weak(", reporting what");
                if let Some(s) = speaker(i) {
                    out = speaker_link_ui(ui, s, i, day);
                }
                ui.weak("said");
            }
            Attribution::Narration => {
                ui.label(RichText::new(&source.outlet).strong());
                ui.weak("(narration)");
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
        hover.push_str(&format!("\nSpeaks for: {}", side.label()));
    }
    hover.push_str("\nClick for everything they said");
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
                format!("Sources differ on {}", d.about)
            } else {
                "Sources disagree".to_owned()
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
                let names: Vec<String> = sides.iter().map(|(s, _)| source_short(s)).collect();
                ui.weak(format!("Sources: {}", names.join("; ")));
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
                    ui.label(RichText::new(source_short(source)).strong());
                    ui.label(RichText::new(format!("“{text}”")).italics());
                });
            }
        });
        ui.add_space(4.0);
    }
}

/// "Outlet (via site), 9 Feb 2026".
pub fn source_short(s: &Source) -> String {
    match s.published {
        Some(p) => format!("{}, {}", s.outlet_via(), p.short()),
        None => s.outlet_via(),
    }
}

/// Corrections under a heading, each with its date.
pub fn corrections_ui<'a>(ui: &mut Ui, corrections: impl Iterator<Item = &'a Correction>) {
    let mut first = true;
    for c in corrections {
        if first {
            ui.add_space(10.0);
            ui.label(RichText::new("Corrected").strong());
            first = false;
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(c.date.long()).strong());
            ui.label(&c.text);
        });
    }
}

/// A selectable row per side (India's government, ...); the one clicked, if any.
pub fn side_choices_ui(
    ui: &mut Ui,
    current: Option<crate::timeline::voices::VoiceFilter>,
) -> Option<crate::timeline::voices::VoiceFilter> {
    let mut chosen = None;
    for side in crate::timeline::quotes::SideFilter::ALL {
        let v = crate::timeline::voices::VoiceFilter::Side(side);
        if ui
            .selectable_label(current == Some(v), side.label())
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
    current: Option<crate::timeline::voices::VoiceFilter>,
) -> Option<crate::timeline::voices::VoiceFilter> {
    let mut order: Vec<usize> = (0..timeline.speakers.len()).collect();
    order.sort_by_key(|&i| crate::base::text::fold(&timeline.speakers[i].name));
    let mut chosen = None;
    for i in order {
        let v = crate::timeline::voices::VoiceFilter::Speaker(i);
        if ui
            .selectable_label(current == Some(v), &timeline.speakers[i].name)
            .clicked()
        {
            chosen = Some(v);
        }
    }
    chosen
}
