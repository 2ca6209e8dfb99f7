//! The selected event: what happened, who said what, and where sources disagree.

use super::command::Command;
use crate::links::web_address;
use crate::model::{Quote, Source, Timeline};
use egui::{Color32, RichText, Ui};

/// Shows the selected event (or a hint when nothing is selected).
pub fn side_panel_ui(ui: &mut Ui, timeline: &Timeline, selected: Option<usize>) -> Vec<Command> {
    let mut out = Vec::new();
    let Some(index) = selected.filter(|&i| i < timeline.events.len()) else {
        empty_state_ui(ui, timeline);
        return out;
    };
    let e = &timeline.events[index];
    ui.horizontal(|ui| {
        if ui
            .button("◀ Previous")
            .on_hover_text("Previous event (←)")
            .clicked()
        {
            out.push(Command::Step(-1));
        }
        if ui
            .button("Next ▶")
            .on_hover_text("Next event (→)")
            .clicked()
        {
            out.push(Command::Step(1));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(RichText::new(&e.title).heading().strong());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(e.date_label()).strong());
                if let Some(c) = timeline.categories.get(e.category) {
                    let [r, g, b] = c.color;
                    ui.label(
                        RichText::new(format!("● {}", c.name)).color(Color32::from_rgb(r, g, b)),
                    );
                }
            });
            precision_note_ui(ui, e);
            story_ui(ui, timeline, e);
            ui.add_space(6.0);
            ui.label(&e.summary);
            if !e.tags.is_empty() {
                ui.add_space(4.0);
                ui.weak(format!("Tags: {}", e.tags.join(", ")));
            }
            for d in &e.disputes {
                ui.add_space(8.0);
                dispute_ui(ui, timeline, d);
            }
            if !e.quotes.is_empty() {
                ui.add_space(10.0);
                ui.label(RichText::new("What the sources say").strong());
            }
            for (k, q) in e.quotes.iter().enumerate() {
                ui.add_space(6.0);
                ui.push_id(k, |ui| quote_ui(ui, timeline, q));
            }
        });
    out
}

/// Whether the event is a turning point, and the storylines it belongs to.
fn story_ui(ui: &mut Ui, timeline: &Timeline, e: &crate::model::Event) {
    let threads: Vec<&str> = e
        .threads
        .iter()
        .filter_map(|&t| timeline.threads.get(t))
        .map(|t| t.name.as_str())
        .collect();
    if e.importance != crate::model::Importance::Key && threads.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if e.importance == crate::model::Importance::Key {
            ui.label(RichText::new("★ Key event").strong());
        }
        if !threads.is_empty() {
            ui.weak(format!("Storyline: {}", threads.join(", ")));
        }
    });
}

fn empty_state_ui(ui: &mut Ui, timeline: &Timeline) {
    ui.add_space(12.0);
    ui.label(RichText::new("No event selected").heading());
    ui.add_space(6.0);
    ui.label("Click an event on the timeline to read what happened and what the sources said.");
    ui.add_space(6.0);
    ui.weak(
        "← → step through events · Ctrl+wheel zooms · drag pans · F fits all · Ctrl+F searches · F1 lists every shortcut",
    );
    ui.add_space(12.0);
    ui.weak(format!(
        "{} events · {} sources · {} quotes",
        timeline.events.len(),
        timeline.sources.len(),
        timeline.quote_count()
    ));
}

fn precision_note_ui(ui: &mut Ui, e: &crate::model::Event) {
    use crate::date::Precision;
    let vague = [Some(e.start), e.end]
        .into_iter()
        .flatten()
        .map(|d| d.precision())
        .min();
    match vague {
        Some(Precision::Month) => {
            ui.weak(
                "Known to the month only: the soft band on the timeline covers the whole month.",
            );
        }
        Some(Precision::Year) => {
            ui.weak("Known to the year only.");
        }
        _ => {}
    }
}

fn dispute_ui(ui: &mut Ui, timeline: &Timeline, d: &crate::model::Dispute) {
    let warn = ui.visuals().warn_fg_color;
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, warn))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new("Sources disagree").color(warn).strong());
            ui.label(&d.text);
            let names: Vec<String> = d
                .sources
                .iter()
                .filter_map(|&s| timeline.sources.get(s))
                .map(source_short)
                .collect();
            if !names.is_empty() {
                ui.weak(format!("Sources: {}", names.join("; ")));
            }
        });
}

fn source_short(s: &Source) -> String {
    match s.published {
        Some(p) => format!("{} ({})", s.outlet_via(), p.short()),
        None => s.outlet_via(),
    }
}

fn quote_ui(ui: &mut Ui, timeline: &Timeline, q: &Quote) {
    let Some(source) = timeline.sources.get(q.source) else {
        return;
    };
    let bar = ui.visuals().weak_text_color();
    egui::Frame::new()
        .inner_margin(egui::Margin {
            left: 10,
            right: 4,
            top: 2,
            bottom: 2,
        })
        .show(ui, |ui| {
            let top = ui.cursor().top();
            ui.label(RichText::new(format!("“{}”", q.text)).italics());
            attribution_ui(ui, q, source);
            ui.horizontal_wrapped(|ui| {
                if let Some(url) = source.url.as_deref().and_then(|u| web_address(u).ok()) {
                    ui.hyperlink_to("Open source →", url.as_str())
                        .on_hover_text(url.as_str());
                }
                if ui.small_button("Copy citation").clicked() {
                    ui.ctx().copy_text(citation(q, source));
                }
            });
            let bottom = ui.cursor().top();
            let x = ui.min_rect().left() - 8.0;
            ui.painter()
                .vline(x, top..=bottom, egui::Stroke::new(3.0, bar));
        });
}

/// Who spoke, who published it (and where it was read), what kind of source, when.
fn attribution_ui(ui: &mut Ui, q: &Quote, source: &Source) {
    ui.horizontal_wrapped(|ui| {
        ui.weak("—");
        if let Some(speaker) = &q.speaker {
            ui.label(RichText::new(speaker).strong());
            ui.weak("in");
        }
        ui.label(RichText::new(&source.outlet).strong());
        if let Some(via) = &source.via {
            ui.weak(format!("(via {via})"));
        }
        if let Some(a) = &source.author {
            ui.weak(a);
        }
        ui.weak(
            source
                .published
                .map_or_else(|| "date not given".to_owned(), |p| p.long()),
        );
        ui.weak(format!("· {}", source.kind.label()));
    });
    if let Some(title) = &source.title {
        ui.weak(format!("“{title}”"));
    }
}

/// A citation a reader can paste: quote, speaker, outlet (and via), author,
/// title, date, address.
pub fn citation(q: &Quote, s: &Source) -> String {
    let mut c = format!("“{}” — ", q.text);
    if let Some(speaker) = &q.speaker {
        c.push_str(&format!("{speaker}, quoted in "));
    }
    c.push_str(&s.outlet_via());
    if let Some(a) = &s.author {
        c.push_str(&format!(", {a}"));
    }
    if let Some(title) = &s.title {
        c.push_str(&format!(", “{title}”"));
    }
    if let Some(p) = s.published {
        c.push_str(&format!(", {}", p.long()));
    }
    if let Some(u) = &s.url {
        c.push_str(&format!(". {u}"));
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn citation_names_everything_a_reader_needs() {
        let t = crate::load::bundled().unwrap();
        let e = t
            .events
            .iter()
            .find(|e| t.sources[e.quotes[0].source].author.is_some())
            .unwrap();
        let q = &e.quotes[0];
        let s = &t.sources[q.source];
        let c = citation(q, s);
        assert!(
            c.contains(&q.text)
                && c.contains(&s.outlet)
                && c.contains(s.author.as_deref().unwrap())
        );
    }

    #[test]
    fn citation_names_the_speaker_and_the_site_it_was_read_on() {
        let s = Source {
            id: "s".into(),
            outlet: "Ministry of External Affairs".into(),
            title: None,
            author: None,
            published: None,
            url: None,
            via: Some("WION".into()),
            kind: crate::model::SourceKind::Official,
        };
        let q = Quote {
            source: 0,
            text: "absurd and motivated".into(),
            speaker: Some("Arindam Bagchi".into()),
        };
        let c = citation(&q, &s);
        assert!(
            c.contains("Arindam Bagchi, quoted in Ministry of External Affairs (via WION)"),
            "{c}"
        );
    }
}
