//! One lane on screen: a mark for every event, labels stacked in rows by
//! importance, and badges only for events left without a row.
//!
//! The selected event is placed first (with its whole title), then Key events,
//! then Normal, then Minor, each in date order. A label set below its own row
//! or beside its mark gets a leader line back to the mark. Events whose labels
//! found no room are summed up in "N events" badges, placed in the rows too
//! when there is room, so that no label ever covers a badge.

use super::rows::{LabelPlace, RowSpace, row_top};
use super::{BadgeWidth, Crowding, LayoutInput, fit_text, shape_of};
use crate::data::model::{Importance, Timeline};
use crate::timeline::scene::{ClusterBadge, EventLabel, Mark, MarkShape, Scene};
use egui::{Rect, pos2, vec2};
use std::cmp::Reverse;

/// Lays out one lane's `events` (indices in date order): on screen, events
/// left without a row go into badges; in an export, they get numbers.
pub(super) fn layout_lane(
    timeline: &Timeline,
    input: &LayoutInput<'_>,
    scene: &mut Scene,
    lane_index: usize,
    events: &[usize],
) {
    let m = input.metrics;
    let lane = &scene.lanes[lane_index];
    let (baseline, color, band) = (lane.baseline, lane.color, lane.rect);
    let rows_top = baseline + m.point_radius * KEY_SCALE + 4.0;
    let fit = ((band.bottom() - rows_top) / m.row_height).floor().max(0.0) as usize;
    // Row 0 is the lane's header line, beside its name and above the marks;
    // it is used once the rows under the marks are full.
    let below = match input.crowding {
        Crowding::Cluster => fit.min(m.max_label_rows),
        // An export grows to fit its rows.
        Crowding::Number => m.max_label_rows,
    };
    let order = (1..=below).chain(std::iter::once(0)).collect();
    let mut space = RowSpace::with_order(below + 1, m.label_gap, order);
    let name_w = (input.measure)(&lane.name) * crate::timeline::style::AXIS_FONT_SIZE
        / crate::timeline::style::LABEL_FONT_SIZE;
    space.reserve(0, band.left(), band.left() + 30.0 + name_w);
    let shapes = push_marks(timeline, input, scene, lane_index, events);
    let mut order: Vec<usize> = (0..shapes.len()).collect();
    order.sort_by_key(|&k| {
        let i = shapes[k].0;
        (
            input.selected != Some(i),
            Reverse(timeline.events[i].importance),
            k,
        )
    });
    let mut unlabeled = Vec::new();
    let mut key_rows = 0;
    for k in order {
        let (i, shape) = shapes[k];
        let place = LabelPlace {
            rows_top,
            band,
            baseline,
        };
        match place_label(timeline, input, scene, &mut space, place, i, shape) {
            Some(row) if timeline.events[i].importance == Importance::Key => {
                key_rows = key_rows.max(row)
            }
            Some(_) => {}
            None => unlabeled.push(k),
        }
    }
    scene.lanes[lane_index].key_height =
        rows_top - band.top() + key_rows as f32 * m.row_height + 4.0;
    unlabeled.sort_unstable();
    let place = LabelPlace {
        rows_top,
        band,
        baseline,
    };
    let badge_rows = match input.crowding {
        Crowding::Cluster => place_badges(
            timeline,
            input,
            scene,
            &mut space,
            (&shapes, &unlabeled),
            (place, color),
        ),
        Crowding::Number => {
            super::numbers::place_numbers(input, scene, &mut space, (&shapes, &unlabeled), place)
        }
    };
    // Rows under the marks that hold anything (row 0, the header line, costs no height).
    let used = space.used().saturating_sub(1).max(badge_rows);
    scene.lanes[lane_index].needed_height =
        rows_top - band.top() + used as f32 * m.row_height + 4.0;
}

/// A mark for every event (Key events larger); returns each event with its shape.
fn push_marks(
    timeline: &Timeline,
    input: &LayoutInput<'_>,
    scene: &mut Scene,
    lane_index: usize,
    events: &[usize],
) -> Vec<(usize, MarkShape)> {
    let lane = &scene.lanes[lane_index];
    let (baseline, color, band) = (lane.baseline, lane.color, lane.rect);
    let matches = |i: usize| {
        input
            .matches
            .is_none_or(|mm| mm.get(i).copied().unwrap_or(true))
    };
    let mut shapes = Vec::with_capacity(events.len());
    for &i in events {
        let e = &timeline.events[i];
        let key = e.importance == Importance::Key;
        let mut m = input.metrics;
        if key {
            m.point_radius *= KEY_SCALE;
            m.bar_height += 2.0;
        }
        let shape = shape_of(e, &input.map, baseline, &m, band);
        shapes.push((i, shape));
        scene.marks.push(Mark {
            event: i,
            shape,
            color,
            dimmed: !matches(i),
            selected: input.selected == Some(i),
            key,
            disputed: !e.disputes.is_empty(),
            related: false,
            sides: pips_at(input, timeline, i),
        });
    }
    shapes
}

/// Below this zoom (points per day) marks are too close for pips to read: a
/// mark says which governments spoke once there is room to see it.
const PIPS_MIN_PX_PER_DAY: f64 = 1.5;

/// The pips of event `i` at this zoom: none when zoomed out too far.
pub(super) fn pips_at(
    input: &LayoutInput<'_>,
    timeline: &Timeline,
    i: usize,
) -> crate::timeline::voices::SidesSpoken {
    if input.map.px_per_day() < PIPS_MIN_PX_PER_DAY {
        return crate::timeline::voices::SidesSpoken::default();
    }
    crate::timeline::voices::sides_spoken(timeline, i)
}

/// Key events' points are this much larger.
pub const KEY_SCALE: f32 = 1.4;

/// Places an event's label in the first free row; its row, or `None` when there is none.
fn place_label(
    timeline: &Timeline,
    input: &LayoutInput<'_>,
    scene: &mut Scene,
    space: &mut RowSpace,
    place: LabelPlace,
    i: usize,
    shape: MarkShape,
) -> Option<usize> {
    let m = input.metrics;
    let band = place.band;
    let selected = input.selected == Some(i);
    let max_w = if selected {
        band.width() - 8.0
    } else {
        m.max_label_px
    };
    let (text, w) = fit_text(
        timeline.events[i].title_in(input.lang),
        max_w,
        input.measure,
    );
    let mark = shape.bounds();
    let natural = match shape {
        MarkShape::Point { center, radius } => center.x - radius,
        _ => mark.left().max(band.left() + 2.0),
    };
    // In an export, a title too long for one line takes two before it is cut.
    if input.crowding == Crowding::Number
        && text.ends_with('…')
        && let Some(row) = place_two_lines(timeline, input, scene, space, place, (i, natural))
    {
        return Some(row);
    }
    let anchor = natural.min(band.right() - w - 4.0).max(band.left() + 2.0);
    let row = space.place(anchor, w)?;
    let top = row_top(place, row, m.row_height);
    let rect = Rect::from_min_size(pos2(anchor, top), vec2(w, m.row_height - 2.0));
    // A leader when the label is not right next to its mark.
    let mark_x = mark.center().x.clamp(band.left(), band.right());
    let leader = (row != 1 || (anchor - natural).abs() > 2.0).then(|| {
        let x = mark_x.clamp(rect.left() + 2.0, rect.right() - 2.0);
        if row == 0 {
            [
                pos2(mark_x, place.baseline - mark.height() / 2.0),
                pos2(x, rect.bottom()),
            ]
        } else {
            [
                pos2(mark_x, place.baseline + mark.height() / 2.0),
                pos2(x, rect.top()),
            ]
        }
    });
    let matches = input
        .matches
        .is_none_or(|mm| mm.get(i).copied().unwrap_or(true));
    scene.labels.push(EventLabel {
        event: i,
        rect,
        text,
        dimmed: !matches,
        selected,
        leader,
    });
    Some(row)
}

/// A title on two rows, split at a word: both rows must be free; returns the
/// first row, or `None` (nothing placed) when no two rows have room.
fn place_two_lines(
    timeline: &Timeline,
    input: &LayoutInput<'_>,
    scene: &mut Scene,
    space: &mut RowSpace,
    place: LabelPlace,
    (i, natural): (usize, f32),
) -> Option<usize> {
    let m = input.metrics;
    let title = crate::base::text::one_line(timeline.events[i].title_in(input.lang)).into_owned();
    let words: Vec<&str> = title.split(' ').collect();
    // The longest first line that fits, then the rest (cut only if it is still too long).
    let split = (1..words.len())
        .rev()
        .find(|&k| (input.measure)(&words[..k].join(" ")) <= m.max_label_px)?;
    let first = words[..split].join(" ");
    let (second, w2) = fit_text(&words[split..].join(" "), m.max_label_px, input.measure);
    let w = (input.measure)(&first).max(w2);
    let band = place.band;
    let anchor = natural.min(band.right() - w - 4.0).max(band.left() + 2.0);
    let row = space.place_pair(anchor, w)?;
    for (k, line) in [first, second].into_iter().enumerate() {
        let top = row_top(place, row + k, m.row_height);
        let rect = Rect::from_min_size(pos2(anchor, top), vec2(w, m.row_height - 2.0));
        let leader = (k == 0 && row > 1).then(|| {
            let x = (natural + 4.0).clamp(rect.left() + 2.0, rect.right() - 2.0);
            [pos2(x, place.baseline + 4.0), pos2(x, rect.top())]
        });
        scene.labels.push(EventLabel {
            event: i,
            rect,
            text: line,
            dimmed: false,
            selected: false,
            leader,
        });
    }
    Some(row)
}

/// Sums up runs of unlabeled events whose marks crowd together in badges, in
/// a free row when there is one, else over their marks on the baseline.
/// Returns how many rows the badges reach.
fn place_badges(
    timeline: &Timeline,
    input: &LayoutInput<'_>,
    scene: &mut Scene,
    space: &mut RowSpace,
    (shapes, unlabeled): (&[(usize, MarkShape)], &[usize]),
    (place, color): (LabelPlace, egui::Color32),
) -> usize {
    let baseline = place.baseline;
    let m = input.metrics;
    let badge = BadgeWidth::new(input.measure, input.lang);
    let reach = badge.of(2);
    // Runs of (event, mark centre x), in date order.
    let mut runs: Vec<Vec<(usize, f32)>> = Vec::new();
    for &k in unlabeled {
        let (i, shape) = shapes[k];
        let x = shape.bounds().center().x;
        match runs.last_mut() {
            Some(run) if run.last().is_some_and(|&(_, last)| x - last < reach) => run.push((i, x)),
            _ => runs.push(vec![(i, x)]),
        }
    }
    let matches = |i: usize| {
        input
            .matches
            .is_none_or(|mm| mm.get(i).copied().unwrap_or(true))
    };
    let mut rows_reached = 0;
    let mut on_baseline: Option<usize> = None;
    for run in runs.into_iter().filter(|r| r.len() > 1) {
        let center = (run[0].1 + run[run.len() - 1].1) / 2.0;
        let events: Vec<usize> = run.iter().map(|&(i, _)| i).collect();
        let w = badge.of(events.len());
        let in_row = space.place_near(center - w / 2.0, w, w);
        let rect = match in_row {
            Some((row, left)) => {
                rows_reached = rows_reached.max(row);
                let top = row_top(place, row, m.row_height);
                Rect::from_min_size(pos2(left, top), vec2(w, m.row_height - 2.0))
            }
            None => Rect::from_center_size(pos2(center, baseline), vec2(w, m.row_height)),
        };
        let badge_of = ClusterBadge {
            rect,
            count: events.len(),
            label: crate::timeline::scene::badge_text(input.lang, events.len()),
            color,
            from_day: events
                .iter()
                .map(|&i| timeline.events[i].start_day())
                .min()
                .unwrap_or_default() as f64,
            to_day: events
                .iter()
                .map(|&i| timeline.events[i].end_day())
                .max()
                .unwrap_or_default() as f64,
            dimmed: events.iter().all(|&i| !matches(i)),
            events,
        };
        // Badges left on the baseline merge when they touch, so none covers another.
        if in_row.is_none() {
            if let Some(prev) = on_baseline.map(|p| &mut scene.clusters[p])
                && prev.rect.right() + 3.0 > rect.left()
            {
                prev.events.extend(badge_of.events);
                prev.count = prev.events.len();
                prev.to_day = prev.to_day.max(badge_of.to_day);
                prev.dimmed &= badge_of.dimmed;
                let w = badge.of(prev.count);
                let left = prev.rect.left();
                prev.rect =
                    Rect::from_min_size(pos2(left, prev.rect.top()), vec2(w, prev.rect.height()));
                continue;
            }
            on_baseline = Some(scene.clusters.len());
        }
        scene.clusters.push(badge_of);
    }
    rows_reached
}
