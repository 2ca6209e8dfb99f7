//! The selected event: what happened, who said what, and where sources disagree.

use super::attribution_ui::{attribution_ui, corrections_ui, dispute_ui};
use super::command::Command;
use super::copied_ui::{copied_note_ui, mark_copied, today};
use super::shortcuts::{Action, hint, with_hint};
use super::words::{t, ta};
use crate::base::links::web_address;
use crate::base::quote_link::quote_link;
use crate::data::cite::{self, CitationStyle};
use crate::data::model::{Archive, Quote, Source, SourceKind, Timeline};
use egui::{Color32, RichText, Ui};

/// What the side panel shows besides the timeline.
pub struct SidePanel<'a> {
    pub timeline: &'a Timeline,
    pub selected: Option<usize>,
    /// A speaker's page, shown instead of the event.
    pub speaker_page: Option<usize>,
    pub style: CitationStyle,
    /// Where the timeline came from ("india_canada.ron (bundled)", a path).
    pub source_name: &'a str,
    /// What the last check of the sources' addresses found.
    pub link_status: &'a super::LinkStatus,
}

/// Shows the selected event, or the dataset's overview when nothing is selected.
pub fn side_panel_ui(ui: &mut Ui, panel: &SidePanel<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    let timeline = panel.timeline;
    if let Some(speaker) = panel.speaker_page {
        return super::speaker_page_ui::speaker_page_ui(ui, timeline, speaker, panel.style);
    }
    let Some(index) = panel.selected.filter(|&i| i < timeline.events.len()) else {
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                overview_ui(ui, timeline, panel.source_name);
                out.extend(super::speaker_page_ui::speakers_list_ui(ui, timeline));
                corrections_log_ui(ui, timeline);
            });
        return out;
    };
    let e = &timeline.events[index];
    ui.horizontal(|ui| {
        if ui
            .button(t(ui, "side-previous"))
            .on_hover_text(with_hint(&t(ui, "side-previous-tip"), Action::Previous))
            .clicked()
        {
            out.push(Command::Step(-1));
        }
        if ui
            .button(t(ui, "side-next"))
            .on_hover_text(with_hint(&t(ui, "side-next-tip"), Action::Next))
            .clicked()
        {
            out.push(Command::Step(1));
        }
    });
    ui.separator();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            event_head_ui(ui, timeline, e);
            for d in &e.disputes {
                ui.add_space(8.0);
                dispute_ui(ui, timeline, d);
            }
            if !e.quotes.is_empty() {
                ui.add_space(10.0);
                out.extend(citation_bar_ui(ui, timeline, e, panel.style));
            }
            for (k, q) in e.quotes.iter().enumerate() {
                ui.add_space(6.0);
                let clicked = ui.push_id(k, |ui| quote_ui(ui, panel, e, q));
                out.extend(clicked.inner);
            }
            corrections_ui(ui, timeline.corrections_of(index));
        });
    out
}

/// Title, date, category, precision, storyline, summary and tags.
fn event_head_ui(ui: &mut Ui, timeline: &Timeline, e: &crate::data::model::Event) {
    let lang = super::words::lang(ui.ctx());
    ui.label(RichText::new(e.title_in(lang)).heading().strong());
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(e.date_label_in(super::words::lang(ui.ctx()))).strong());
        if let Some(c) = timeline.categories.get(e.category) {
            let [r, g, b] = c.color;
            ui.label(RichText::new(format!("● {}", c.name)).color(Color32::from_rgb(r, g, b)));
        }
    });
    precision_note_ui(ui, e);
    story_ui(ui, timeline, e);
    ui.add_space(6.0);
    ui.label(e.summary_in(lang));
    if !e.tags.is_empty() {
        ui.add_space(4.0);
        let tags = e.tags.join(", ");
        ui.weak(ta(ui, "side-tags", &[("tags", (&tags).into())]));
    }
}

/// "What the sources say", the citation style picker and "Copy all citations".
fn citation_bar_ui(
    ui: &mut Ui,
    timeline: &Timeline,
    e: &crate::data::model::Event,
    style: CitationStyle,
) -> Vec<Command> {
    let mut out = Vec::new();
    ui.label(RichText::new(t(ui, "side-sources-say")).strong());
    ui.horizontal_wrapped(|ui| {
        // A fixed id: the label changes with the language.
        egui::ComboBox::new("cite-as", t(ui, "side-cite-as"))
            .selected_text(style_label(ui, style))
            .show_ui(ui, |ui| {
                for s in CitationStyle::ALL {
                    if ui
                        .selectable_label(s == style, style_label(ui, s))
                        .clicked()
                    {
                        out.push(Command::SetCitationStyle(s));
                    }
                }
            });
        let all = ui.small_button(t(ui, "side-copy-all-citations"));
        if all.clicked() {
            ui.ctx()
                .copy_text(cite::event_citations(timeline, e, style, today()));
            mark_copied(ui, all.id);
        }
        copied_note_ui(ui, all.id);
    });
    out
}

/// A citation style's name: "Plain" is translated, the others are names.
fn style_label(ui: &Ui, style: CitationStyle) -> String {
    match style {
        CitationStyle::Plain => t(ui, "side-cite-style-plain"),
        _ => style.label().to_owned(),
    }
}

/// The page's archived copy, or a Wayback Machine lookup labelled as one.
fn archive_link_ui(ui: &mut Ui, source: &Source) {
    let Some(archive) = source.archive() else {
        return;
    };
    let Ok(url) = web_address(archive.url()) else {
        return;
    };
    let (label, tip) = match archive {
        Archive::Copy(_) => (t(ui, "side-archived"), url.to_string()),
        Archive::Lookup(_) => (
            t(ui, "side-archive-lookup"),
            ta(
                ui,
                "side-archive-lookup-tip",
                &[("url", url.as_str().into())],
            ),
        ),
    };
    ui.hyperlink_to(label, url.as_str()).on_hover_text(tip);
}

/// Nothing selected: the dataset's title and description, its periods, its
/// size and where it came from.
fn overview_ui(ui: &mut Ui, timeline: &Timeline, source_name: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(&timeline.title).heading().strong());
    if !timeline.description.is_empty() {
        ui.add_space(4.0);
        ui.label(&timeline.description);
    }
    ui.add_space(8.0);
    ui.weak(ta(
        ui,
        "overview-counts",
        &[
            ("events", timeline.events.len().into()),
            ("sources", timeline.sources.len().into()),
            ("quotes", timeline.quote_count().into()),
            ("disputed", timeline.disputed_count().into()),
        ],
    ));
    ui.weak(ta(ui, "overview-source", &[("source", source_name.into())]));
    if !timeline.eras.is_empty() {
        ui.add_space(10.0);
        ui.label(RichText::new(t(ui, "overview-periods")).strong());
        for era in &timeline.eras {
            ui.add_space(4.0);
            ui.label(RichText::new(&era.name).strong());
            ui.weak(crate::data::date::format_range_in(
                &era.start,
                Some(&era.end),
                super::words::lang(ui.ctx()),
            ));
            if !era.description.is_empty() {
                ui.label(&era.description);
            }
        }
    }
    ui.add_space(12.0);
    ui.weak(t(ui, "overview-click-hint"));
    let lang = super::words::lang(ui.ctx());
    ui.weak(ta(
        ui,
        "overview-keys-hint",
        &[
            ("previousKey", hint(lang, Action::Previous).as_str().into()),
            ("nextKey", hint(lang, Action::Next).as_str().into()),
            ("tourKey", hint(lang, Action::Tour).as_str().into()),
            ("listKey", hint(lang, Action::List).as_str().into()),
            // F1 alone, as the hint always said ("F1 or ?" would be longer).
            ("helpKey", egui::Key::F1.name().into()),
        ],
    ));
}

/// The whole corrections log, newest first, each with the events it changed.
fn corrections_log_ui(ui: &mut Ui, timeline: &Timeline) {
    if !timeline.corrections.is_empty() {
        ui.add_space(10.0);
        let heading = ta(
            ui,
            "overview-corrections",
            &[("count", timeline.corrections.len().into())],
        );
        ui.label(RichText::new(heading).strong());
        for c in &timeline.corrections {
            ui.add_space(4.0);
            let titles: Vec<&str> = c
                .events
                .iter()
                .filter_map(|&i| timeline.events.get(i))
                .map(|e| e.title.as_str())
                .collect();
            let date = c.date.long_in(super::words::lang(ui.ctx()));
            ui.label(RichText::new(format!("{date} · {}", titles.join("; "))).strong());
            ui.label(&c.text);
        }
    }
}

/// Whether the event is a turning point, and the storylines it belongs to.
fn story_ui(ui: &mut Ui, timeline: &Timeline, e: &crate::data::model::Event) {
    let threads: Vec<&str> = e
        .threads
        .iter()
        .filter_map(|&t| timeline.threads.get(t))
        .map(|t| t.name.as_str())
        .collect();
    if e.importance != crate::data::model::Importance::Key && threads.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if e.importance == crate::data::model::Importance::Key {
            ui.label(RichText::new(t(ui, "side-key-event")).strong());
        }
        if !threads.is_empty() {
            let names = threads.join(", ");
            ui.weak(ta(ui, "side-storylines", &[("names", (&names).into())]));
        }
    });
}

fn precision_note_ui(ui: &mut Ui, e: &crate::data::model::Event) {
    use crate::data::date::Precision;
    let vague = [Some(e.start), e.end]
        .into_iter()
        .flatten()
        .map(|d| d.precision())
        .min();
    match vague {
        Some(Precision::Month) => {
            ui.weak(t(ui, "side-precision-month"));
        }
        Some(Precision::Year) => {
            ui.weak(t(ui, "side-precision-year"));
        }
        _ => {}
    }
}

fn quote_ui(
    ui: &mut Ui,
    panel: &SidePanel<'_>,
    e: &crate::data::model::Event,
    q: &Quote,
) -> Option<Command> {
    let (timeline, style) = (panel.timeline, panel.style);
    let source = timeline.sources.get(q.source)?;
    let gone = source
        .url
        .as_deref()
        .and_then(|u| panel.link_status.gone_since(u));
    let mut out = None;
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
            out = attribution_ui(ui, timeline, q.attribution(), source, e.start_day());
            source_line_ui(ui, source);
            if let Some(day) = gone {
                // The page was gone at the last check: say so, and lead with the copy.
                let date = crate::data::date::PartialDate::from_naive(day)
                    .short_in(super::words::lang(ui.ctx()));
                let text = ta(ui, "side-page-gone", &[("date", (&date).into())]);
                ui.colored_label(ui.visuals().warn_fg_color, text);
                ui.horizontal_wrapped(|ui| archive_link_ui(ui, source));
            }
            ui.horizontal_wrapped(|ui| {
                if let Some(url) = source.url.as_deref().and_then(|u| web_address(u).ok()) {
                    // Opens the page at the quote; the plain address is what citations carry.
                    let at_quote = quote_link(&url, &q.text);
                    let tip = ta(ui, "side-open-source-tip", &[("url", url.as_str().into())]);
                    ui.hyperlink_to(t(ui, "side-open-source"), at_quote.as_str())
                        .on_hover_text(tip);
                    let copy_link = ui
                        .small_button(t(ui, "side-copy-quote-link"))
                        .on_hover_text(t(ui, "side-copy-quote-link-tip"));
                    if copy_link.clicked() {
                        ui.ctx().copy_text(at_quote.to_string());
                        mark_copied(ui, copy_link.id);
                    }
                    copied_note_ui(ui, copy_link.id);
                }
                if gone.is_none() {
                    archive_link_ui(ui, source);
                }
                let copy = ui.small_button(t(ui, "side-copy-citation"));
                if copy.clicked() {
                    ui.ctx().copy_text(cite::quote_citation(
                        q,
                        timeline.speaker_of(q),
                        source,
                        style,
                        today(),
                    ));
                    mark_copied(ui, copy.id);
                }
                copied_note_ui(ui, copy.id);
            });
            let bottom = ui.cursor().top();
            let x = ui.min_rect().left() - 8.0;
            ui.painter()
                .vline(x, top..=bottom, egui::Stroke::new(3.0, bar));
        });
    out
}

/// Where the words were read, by whom, when, and what kind of source.
fn source_line_ui(ui: &mut Ui, source: &Source) {
    ui.horizontal_wrapped(|ui| {
        if let Some(via) = &source.via {
            ui.weak(ta(ui, "side-source-via", &[("via", via.into())]));
        }
        if let Some(a) = &source.author {
            ui.weak(format!("{a} ·"));
        }
        ui.weak(source.published.map_or_else(
            || t(ui, "side-source-no-date"),
            |p| p.long_in(super::words::lang(ui.ctx())),
        ));
        ui.weak(format!("· {}", source_kind_label(ui, &source.kind)));
    });
    if let Some(title) = &source.title {
        ui.weak(format!("“{title}”"));
    }
}

/// "Official statement", "News report", "Reference", "Copy of PTI's report".
fn source_kind_label(ui: &Ui, kind: &SourceKind) -> String {
    match kind {
        SourceKind::Official => t(ui, "side-source-kind-official"),
        SourceKind::News => t(ui, "side-source-kind-news"),
        SourceKind::Reference => t(ui, "side-source-kind-reference"),
        SourceKind::Copy { of } => ta(ui, "side-source-kind-copy", &[("outlet", of.into())]),
    }
}
