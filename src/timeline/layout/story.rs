//! What the timeline says beyond single events: the named periods (eras) as
//! bands behind the lanes, and the storyline of the selected event (its
//! threads) as highlighted marks joined by a thin connector.

use super::{LayoutInput, fit_text};
use crate::data::model::Timeline;
use crate::timeline::scene::{EraBand, Scene};
use egui::{Rect, pos2};

/// Height of the strip under the axis that names the eras in view.
pub const ERA_STRIP: f32 = 16.0;

/// Bands for the eras overlapping the view, named in the strip when the name fits.
pub(super) fn era_bands(
    timeline: &Timeline,
    input: &LayoutInput<'_>,
    strip: Rect,
    bottom: f32,
) -> Vec<EraBand> {
    let map = input.map;
    let (from, to) = (map.view.start, map.view.end());
    timeline
        .eras
        .iter()
        .enumerate()
        .filter(|(_, e)| (e.start_day() as f64) < to && (e.end_day() as f64) > from)
        .map(|(k, e)| {
            let x0 = map.x_from_time(e.start_day() as f64).max(strip.left());
            let x1 = map.x_from_time(e.end_day() as f64).min(strip.right());
            let room = x1 - x0 - 8.0;
            let name = (room > 24.0)
                .then(|| fit_text(&e.name, room, input.measure).0)
                .filter(|n| n != "…");
            EraBand {
                rect: Rect::from_min_max(pos2(x0, strip.top()), pos2(x1, bottom)),
                strip: Rect::from_min_max(pos2(x0, strip.top()), pos2(x1, strip.bottom())),
                name,
                shade: k % 2 == 0,
            }
        })
        .collect()
}

/// Marks the selected event's storyline: related marks flagged, and a
/// connector through the selected and related marks in date order.
pub(super) fn link_storyline(timeline: &Timeline, input: &LayoutInput<'_>, scene: &mut Scene) {
    let Some(selected) = input.selected else {
        return;
    };
    let threads = timeline
        .events
        .get(selected)
        .map(|e| e.threads.as_slice())
        .unwrap_or_default();
    if threads.is_empty() {
        return;
    }
    let mut points: Vec<(usize, egui::Pos2)> = Vec::new();
    for mark in &mut scene.marks {
        let e = &timeline.events[mark.event];
        if mark.event != selected && e.threads.iter().any(|t| threads.contains(t)) {
            mark.related = true;
        }
        if mark.related || mark.event == selected {
            let b = mark.shape.bounds();
            points.push((
                mark.event,
                pos2(
                    b.left().max(scene.rect.left()).min(scene.rect.right()),
                    b.center().y,
                ),
            ));
        }
    }
    points.sort_by_key(|&(i, _)| i);
    points.dedup_by_key(|&mut (i, _)| i);
    scene.storyline = points.into_iter().map(|(_, p)| p).collect();
}
