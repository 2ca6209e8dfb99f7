//! Exports draw every event: an event whose title found no row gets a number,
//! listed under the image, and a burst of events at one place shares one
//! number range ("12–51") instead of taking a line each.

use super::LayoutInput;
use super::rows::{LabelPlace, RowSpace, row_top};
use crate::timeline::scene::{EventLabel, MarkShape, Scene};
use egui::{Rect, pos2, vec2};

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

/// Numbers the `unlabeled` events (indices into `shapes`, in date order);
/// returns how many rows under the marks the numbers reach.
pub(super) fn place_numbers(
    input: &LayoutInput<'_>,
    scene: &mut Scene,
    space: &mut RowSpace,
    (shapes, unlabeled): (&[(usize, MarkShape)], &[usize]),
    place: LabelPlace,
) -> usize {
    let m = input.metrics;
    let mut run: Option<NumberRun> = None;
    let mut reached = 0;
    for &k in unlabeled {
        let (i, shape) = shapes[k];
        let x = shape.bounds().center().x;
        scene.numbered.push(i);
        let number = scene.numbered.len();
        if let Some(run) = run.as_ref().filter(|r| (r.x - x).abs() < 0.5) {
            let text = format!("{}–{number}", run.first);
            let label = &mut scene.labels[run.label];
            let left = label.rect.left();
            label.rect.set_width((input.measure)(&text));
            label.text = text;
            space.widen(run.row, left, label.rect.right());
            continue;
        }
        let text = number.to_string();
        let w = (input.measure)(&text);
        let left = (x - w / 2.0)
            .min(place.band.right() - w - 4.0)
            .max(place.band.left() + 2.0);
        let row = space.place_or_grow(left, w);
        reached = reached.max(row);
        let rect = Rect::from_min_size(
            pos2(left, row_top(place, row, m.row_height)),
            vec2(w, m.row_height - 2.0),
        );
        run = Some(NumberRun {
            label: scene.labels.len(),
            row,
            x,
            first: number,
        });
        scene.labels.push(EventLabel {
            event: i,
            rect,
            text,
            dimmed: false,
            selected: false,
            leader: None,
        });
    }
    reached
}
