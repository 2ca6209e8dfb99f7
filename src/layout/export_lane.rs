//! One lane of an export: every event drawn and titled; where rows run out,
//! events get numbers (listed under the image) instead of labels, and a burst
//! of events at one place shares one number range ("12–51").

use super::{LayoutInput, fit_text, shape_of};
use crate::model::{Importance, Timeline};
use crate::scene::{EventLabel, Mark, MarkShape, Scene};
use egui::{Pos2, Rect, pos2, vec2};

/// Rows of labels in one lane, filled left to right: the right edge reached in each.
struct Rows {
    ends: Vec<f32>,
    gap: f32,
}

impl Rows {
    fn place(&mut self, left: f32, width: f32) -> Option<usize> {
        let row = self.ends.iter().position(|&end| left >= end + self.gap)?;
        self.ends[row] = left + width;
        Some(row)
    }

    /// Places in the first free row, adding a row when all are taken.
    fn place_or_grow(&mut self, left: f32, width: f32) -> usize {
        self.place(left, width).unwrap_or_else(|| {
            self.ends.push(left + width);
            self.ends.len() - 1
        })
    }
}

/// A number label that covers consecutive events at one place.
struct NumberRun {
    /// Index into the scene's labels.
    label: usize,
    row: usize,
    /// Where the events' marks are.
    x: f32,
    /// The run's first number.
    first: usize,
}

/// Where one lane's rows are.
struct LaneRows {
    rows: Rows,
    top: f32,
    band: Rect,
    baseline: f32,
}

/// Lays out one lane's `events` (date order) for an export.
pub(super) fn layout_export_lane(
    timeline: &Timeline,
    input: &LayoutInput<'_>,
    scene: &mut Scene,
    lane_index: usize,
    events: &[usize],
) {
    let m = input.metrics;
    let lane = &scene.lanes[lane_index];
    let (baseline, color, band) = (lane.baseline, lane.color, lane.rect);
    let mut lane = LaneRows {
        rows: Rows {
            ends: vec![f32::NEG_INFINITY; m.max_label_rows],
            gap: m.label_gap,
        },
        top: baseline + m.point_radius + 4.0,
        band,
        baseline,
    };
    let mut run: Option<NumberRun> = None;
    for &i in events {
        let e = &timeline.events[i];
        let shape = shape_of(e, &input.map, baseline, &m, band);
        scene.marks.push(Mark {
            event: i,
            shape,
            color,
            dimmed: false,
            selected: input.selected == Some(i),
            key: e.importance == Importance::Key,
            disputed: !e.disputes.is_empty(),
            related: false,
        });
        let b = shape.bounds();
        let natural = match shape {
            MarkShape::Point { center, radius } => center.x - radius,
            _ => b.left().max(band.left() + 2.0),
        };
        let (text, w) = fit_text(&e.title, m.max_label_px, input.measure);
        // Near the right edge, end the label at the edge rather than cut it off.
        let anchor = natural
            .min(band.right() - w - 4.0)
            .max(natural - w)
            .max(band.left() + 2.0);
        match lane.rows.place(anchor, w) {
            Some(row) => {
                let rect = row_rect(&lane, row, anchor, w, m.row_height);
                let leader = leader_for(&lane, b, rect, row > 0, m.point_radius);
                scene.labels.push(EventLabel {
                    event: i,
                    rect,
                    text,
                    dimmed: false,
                    selected: false,
                    leader,
                });
                run = None;
            }
            None => {
                let x = b.center().x;
                run = number_label(scene, input, &mut lane, run, (i, x, anchor));
            }
        }
    }
    let used_rows = lane.rows.ends.iter().filter(|e| e.is_finite()).count();
    scene.lanes[lane_index].needed_height = lane.top - band.top() + used_rows as f32 * m.row_height;
}

fn row_rect(lane: &LaneRows, row: usize, left: f32, width: f32, row_height: f32) -> Rect {
    let top = lane.top + row as f32 * row_height;
    Rect::from_min_size(pos2(left, top), vec2(width, row_height - 2.0))
}

/// A thin line from the mark to its label when the label is set apart from it.
fn leader_for(
    lane: &LaneRows,
    mark: Rect,
    label: Rect,
    lower_row: bool,
    radius: f32,
) -> Option<[Pos2; 2]> {
    let mark_x = mark.center().x.clamp(lane.band.left(), lane.band.right());
    let apart = lower_row || (mark_x - label.left()).abs() > radius + 2.0;
    apart.then(|| {
        let x = mark_x.clamp(label.left() + 2.0, label.right() - 2.0);
        [
            pos2(mark_x, lane.baseline + mark.height() / 2.0),
            pos2(x, label.top()),
        ]
    })
}

/// Gives event `i` (mark at `x`) the next number, joining the previous run
/// when it sits at the same place; returns the run the next event may join.
fn number_label(
    scene: &mut Scene,
    input: &LayoutInput<'_>,
    lane: &mut LaneRows,
    run: Option<NumberRun>,
    (i, x, anchor): (usize, f32, f32),
) -> Option<NumberRun> {
    let m = input.metrics;
    scene.numbered.push(i);
    let number = scene.numbered.len();
    // Events drawn at the same place share one label, "12–51": a burst of
    // events on one day takes one line, not one line each.
    if let Some(run) = run.filter(|r| (r.x - x).abs() < 0.5) {
        let text = format!("{}–{number}", run.first);
        let label = &mut scene.labels[run.label];
        label.rect.set_width((input.measure)(&text));
        label.text = text;
        lane.rows.ends[run.row] = label.rect.right();
        return Some(run);
    }
    let text = number.to_string();
    let w = (input.measure)(&text);
    let anchor = anchor.min(lane.band.right() - w - 4.0);
    let row = lane.rows.place_or_grow(anchor, w);
    let rect = row_rect(lane, row, anchor, w, m.row_height);
    let label = scene.labels.len();
    scene.labels.push(EventLabel {
        event: i,
        rect,
        text,
        dimmed: false,
        selected: false,
        leader: None,
    });
    Some(NumberRun {
        label,
        row,
        x,
        first: number,
    })
}
