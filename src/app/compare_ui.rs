//! The compare view: two voices side by side, a row per day, so that a
//! statement and its answer sit at the same height. Rows have one height and
//! are drawn only as they scroll into view; `↑`/`↓` move through them and
//! `Enter` selects the row's event.

use super::command::Command;
use super::copied_ui::{copied_note_ui, mark_copied, today};
use super::words::{lang, t, ta};
use crate::base::i18n::Lang;
use crate::data::cite::CitationStyle;
use crate::data::formats::{FileFormat, Use};
use crate::data::model::Timeline;
use crate::timeline::compare::{
    CompareRow, CompareSpec, Statement, citation, statement_heading_in,
};
use crate::timeline::voices::VoiceFilter;
use egui::{RichText, Ui};

/// Height of a row, in points.
const ROW_HEIGHT: f32 = 104.0;

/// What the compare view shows.
pub struct CompareView<'a> {
    pub timeline: &'a Timeline,
    pub spec: CompareSpec,
    pub rows: &'a [CompareRow],
    /// The row the keyboard is on.
    pub cursor: Option<usize>,
    pub selected: Option<usize>,
    pub style: CitationStyle,
    /// "the visible dates" or "the storyline: ...".
    pub scope: String,
}

pub fn compare_ui(ui: &mut Ui, view: &CompareView<'_>) -> Vec<Command> {
    let mut out = toolbar_ui(ui, view);
    ui.separator();
    if view.rows.is_empty() {
        ui.add_space(20.0);
        ui.weak(t(ui, "compare-empty"));
        return out;
    }
    out.extend(keys_interaction(ui, view));
    let width = ui.available_width();
    let mut scroll = egui::ScrollArea::vertical().auto_shrink([false, false]);
    if let Some(k) = view.cursor.filter(|_| ui.memory(|m| m.focused().is_none())) {
        let target = ui.data(|d| d.get_temp::<usize>(scrolled_id())) != Some(k);
        if target {
            scroll = scroll.vertical_scroll_offset((k as f32 - 2.0).max(0.0) * ROW_HEIGHT);
            ui.data_mut(|d| d.insert_temp(scrolled_id(), k));
        }
    }
    scroll.show_rows(ui, ROW_HEIGHT, view.rows.len(), |ui, range| {
        for k in range {
            let row = view.rows[k];
            let size = egui::vec2(width - 12.0, ROW_HEIGHT);
            let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
            let language = lang(ui.ctx());
            response.widget_info(|| row_info(view, row, language));
            let mut child = ui.new_child(egui::UiBuilder::new().max_rect(rect).id_salt(k));
            if view.cursor == Some(k) {
                child.painter().rect_stroke(
                    rect.shrink(1.0),
                    4.0,
                    ui.visuals().selection.stroke,
                    egui::StrokeKind::Inside,
                );
            }
            child.columns(2, |cols| {
                for (col, s) in cols.iter_mut().zip([row.left, row.right]) {
                    if let Some(s) = s {
                        // Columns lay out justified, which would stretch words and buttons.
                        let layout = egui::Layout::top_down(egui::Align::Min);
                        out.extend(col.with_layout(layout, |ui| cell_ui(ui, view, s)).inner);
                    }
                }
            });
        }
    });
    out
}

/// What a screen reader says of a row: the date, then each side's speaker and words.
fn row_info(view: &CompareView<'_>, row: CompareRow, lang: Lang) -> egui::WidgetInfo {
    let t = view.timeline;
    let mut text = crate::data::date::date_from_day(row.day).map_or_else(String::new, |d| {
        crate::data::date::PartialDate::from_naive(d).long_in(lang)
    });
    for (side, s) in [(view.spec.left, row.left), (view.spec.right, row.right)] {
        if let Some(s) = s {
            let q = &t.events[s.event].quotes[s.quote];
            let who = t.speaker_of(q).map_or("", |sp| sp.name.as_str());
            text.push_str(&format!(". {}: {who}: {}", side.label_in(t, lang), q.text));
        }
    }
    egui::WidgetInfo::labeled(egui::Role::Row, true, text)
}

fn scrolled_id() -> egui::Id {
    egui::Id::unique("compare_scrolled_to")
}

/// The two voices, swap, the scope and the exports.
fn toolbar_ui(ui: &mut Ui, view: &CompareView<'_>) -> Vec<Command> {
    let mut out = Vec::new();
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t(ui, "compare-title")).strong());
        let left = t(ui, "compare-left");
        if let Some(v) =
            voice_picker_ui(ui, view.timeline, ("Left:", left.as_str()), view.spec.left)
        {
            out.push(Command::SetCompare(CompareSpec {
                left: v,
                ..view.spec
            }));
        }
        if ui
            .button("⇆")
            .on_hover_text(t(ui, "compare-swap-tip"))
            .clicked()
        {
            let swapped = CompareSpec {
                left: view.spec.right,
                right: view.spec.left,
            };
            out.push(Command::SetCompare(swapped));
        }
        let right = t(ui, "compare-right");
        if let Some(v) = voice_picker_ui(
            ui,
            view.timeline,
            ("Right:", right.as_str()),
            view.spec.right,
        ) {
            out.push(Command::SetCompare(CompareSpec {
                right: v,
                ..view.spec
            }));
        }
        ui.weak(ta(
            ui,
            "compare-rows",
            &[
                ("count", view.rows.len().into()),
                ("scope", (&view.scope).into()),
            ],
        ));
        ui.separator();
        out.extend(export_buttons_ui(ui));
        if ui
            .button(t(ui, "compare-close"))
            .on_hover_text(t(ui, "compare-close-tip"))
            .clicked()
        {
            out.push(Command::ToggleCompare);
        }
    });
    out
}

/// One button per format the comparison saves to.
fn export_buttons_ui(ui: &mut Ui) -> Vec<Command> {
    let mut out = Vec::new();
    let lang = lang(ui.ctx());
    for format in FileFormat::all_for(Use::Compare) {
        let name = super::export_dialog_ui::format_name(lang, format);
        let hint = ta(ui, "compare-export-tip", &[("format", (&name).into())]);
        let extension = format.extension().to_uppercase();
        if ui
            .button(ta(ui, "compare-export", &[("format", (&extension).into())]))
            .on_hover_text(hint)
            .clicked()
        {
            out.push(Command::ExportCompare(format));
        }
    }
    out
}

/// A menu of the sides and the speakers; the new choice, if any. `(id, label)`:
/// the picker's fixed id, and its label in the reader's language.
fn voice_picker_ui(
    ui: &mut Ui,
    t: &Timeline,
    (id, label): (&str, &str),
    current: VoiceFilter,
) -> Option<VoiceFilter> {
    let mut chosen = None;
    let name = ui.label(label);
    let picker = egui::ComboBox::from_id_salt(id)
        .selected_text(current.label_in(t, lang(ui.ctx())))
        .height(360.0)
        .show_ui(ui, |ui| {
            let side = super::attribution_ui::side_choices_ui(ui, Some(current));
            ui.separator();
            let speaker = super::attribution_ui::speaker_choices_ui(ui, t, Some(current));
            chosen = side.or(speaker);
        });
    picker.response.labelled_by(name.id);
    chosen
}

/// One statement: heading (a link to its event), three lines of words, *Copy citation*.
fn cell_ui(ui: &mut Ui, view: &CompareView<'_>, s: Statement) -> Vec<Command> {
    let mut out = Vec::new();
    let t = view.timeline;
    let q = &t.events[s.event].quotes[s.quote];
    let heading = statement_heading_in(t, s, super::words::lang(ui.ctx()));
    let strong = view.selected == Some(s.event);
    let color = ui.visuals().hyperlink_color;
    let text = RichText::new(&heading).small().strong().color(color);
    let link = ui.add(
        egui::Label::new(text)
            .truncate()
            .sense(egui::Sense::click()),
    );
    if link.on_hover_text(&heading).clicked() {
        out.push(Command::Select(Some(s.event)));
    }
    let mut job = egui::text::LayoutJob::simple(
        format!("“{}”", q.text),
        egui::TextStyle::Body.resolve(ui.style()),
        if strong {
            ui.visuals().strong_text_color()
        } else {
            ui.visuals().text_color()
        },
        ui.available_width(),
    );
    job.wrap.max_rows = 3;
    job.wrap.overflow_character = Some('…');
    ui.label(job).on_hover_text(&q.text);
    let copy = ui.small_button(super::words::t(ui, "side-copy-citation"));
    if copy.clicked() {
        ui.ctx().copy_text(citation(t, s, view.style, today()));
        mark_copied(ui, copy.id);
    }
    copied_note_ui(ui, copy.id);
    out
}

/// `↑`/`↓` move the cursor, `Enter` selects its event (the left one first).
fn keys_interaction(ui: &mut Ui, view: &CompareView<'_>) -> Vec<Command> {
    if ui.ctx().text_edit_focused() {
        return Vec::new();
    }
    let last = view.rows.len().saturating_sub(1);
    ui.input_mut(|i| {
        let mut out = Vec::new();
        let at = view.cursor.map_or(0, |c| c.min(last));
        if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowDown) {
            out.push(Command::SetCompareCursor(
                view.cursor.map_or(0, |c| (c + 1).min(last)),
            ));
        }
        if i.consume_key(egui::Modifiers::NONE, egui::Key::ArrowUp) {
            out.push(Command::SetCompareCursor(at.saturating_sub(1)));
        }
        if i.consume_key(egui::Modifiers::NONE, egui::Key::Enter)
            && let Some(s) = view.rows.get(at).and_then(|r| r.statements().next())
        {
            out.push(Command::Select(Some(s.event)));
        }
        out
    })
}
