//! The events as a table, for reading in order and for analysts who sort:
//! date, title, category, importance, outlets quoted, disputes. It shows the
//! events that pass the search and filters; rows are virtualised, so a list of
//! 100 000 events costs what is on screen.

use super::command::Command;
use super::words::t;
use crate::data::model::{Importance, Timeline};
use crate::timeline::list::{ListSort, SortColumn, outlet_count};
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

/// Shows the table of `rows` (already sorted); returns what the user chose.
pub fn list_ui(
    ui: &mut Ui,
    timeline: &Timeline,
    rows: &[usize],
    selected: Option<usize>,
    sort: ListSort,
) -> Vec<Command> {
    let mut out = Vec::new();
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    // Scroll to the selected row once, when the selection changes (kept in egui's memory).
    let scrolled_id = egui::Id::unique("list_scrolled_to");
    let scrolled_to = ui
        .data(|d| d.get_temp::<Option<usize>>(scrolled_id))
        .flatten();
    let scroll_to = (scrolled_to != selected)
        .then(|| selected.and_then(|s| rows.iter().position(|&i| i == s)))
        .flatten();
    if scrolled_to != selected {
        ui.data_mut(|d| d.insert_temp(scrolled_id, selected));
    }
    let mut table = TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .column(Column::auto().at_least(110.0))
        .column(Column::remainder().at_least(220.0).clip(true))
        .column(Column::auto().at_least(120.0))
        .columns(Column::auto().at_least(70.0), 3);
    if let Some(row) = scroll_to {
        table = table.scroll_to_row(row, Some(egui::Align::Center));
    }
    table
        .header(row_height + 2.0, |mut header| {
            for (column, id) in SortColumn::ALL {
                header.col(|ui| {
                    let name = t(ui, id);
                    let arrow = match (sort.column == column, sort.descending) {
                        (true, false) => " ▲",
                        (true, true) => " ▼",
                        _ => "",
                    };
                    let button = ui.add(
                        egui::Button::new(RichText::new(format!("{name}{arrow}")).strong())
                            .frame(false),
                    );
                    if button.on_hover_text(t(ui, "list-sort-tip")).clicked() {
                        let descending = sort.column == column && !sort.descending;
                        out.push(Command::SortList(ListSort { column, descending }));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let i = rows[row.index()];
                row.set_selected(selected == Some(i));
                row_cells(&mut row, timeline, i);
                if row.response().clicked() {
                    out.push(Command::Select(Some(i)));
                }
            });
        });
    out
}

fn row_cells(row: &mut egui_extras::TableRow<'_, '_>, timeline: &Timeline, i: usize) {
    let e = &timeline.events[i];
    row.col(|ui| {
        ui.label(e.date_label());
    });
    row.col(|ui| {
        let title = crate::base::text::one_line(e.title_in(super::words::lang(ui.ctx())));
        let text = if e.importance == Importance::Key {
            RichText::new(title).strong()
        } else {
            RichText::new(title)
        };
        ui.add(egui::Label::new(text).truncate().selectable(false));
    });
    row.col(|ui| {
        let c = &timeline.categories[e.category];
        let [r, g, b] = c.color;
        ui.label(RichText::new(format!("● {}", c.name)).color(egui::Color32::from_rgb(r, g, b)));
    });
    row.col(|ui| {
        let text = match e.importance {
            Importance::Key => t(ui, "list-key"),
            Importance::Normal => String::new(),
            Importance::Minor => t(ui, "list-minor"),
        };
        ui.label(text);
    });
    row.col(|ui| {
        ui.label(outlet_count(timeline, i).to_string());
    });
    row.col(|ui| {
        if !e.disputes.is_empty() {
            ui.label("⚠").on_hover_text(t(ui, "side-dispute"));
        }
    });
}
