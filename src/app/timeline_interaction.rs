//! Turns pointer and keyboard input over the timeline into [`Command`]s.

use super::command::Command;
use super::shortcuts::{Action, pressed};
use crate::timeline::scene::{Hit, Scene};
use crate::timeline::view::ScreenMap;
use egui::{Response, Ui};

/// Fraction of the view moved by `A`/`D`.
const KEY_PAN: f64 = 0.2;
/// Zoom factor of one `+`/`-` press.
const KEY_ZOOM: f64 = 1.5;

/// What the pointer did on the timeline this frame.
pub fn pointer_interaction(
    ui: &Ui,
    response: &Response,
    scene: &Scene,
    map: &ScreenMap,
    range: Option<(f64, f64)>,
) -> Vec<Command> {
    let mut out = Vec::new();
    // The end of the range that stays put while the other is dragged.
    let anchor_id = response.id.with("range-drag");
    let mut range_drag: Option<f64> = ui.data(|d| d.get_temp(anchor_id)).flatten();
    let (zoom, scroll, modifiers) =
        ui.input(|i| (i.zoom_delta(), i.smooth_scroll_delta(), i.modifiers));
    if let Some(pos) = response.hover_pos() {
        if zoom != 1.0 {
            out.push(Command::ZoomAt {
                center: map.time_from_x(pos.x),
                factor: f64::from(zoom),
                animate: false,
            });
        }
        let dx = scroll.x + scroll.y;
        if dx != 0.0 {
            out.push(Command::SetView(map.view.pan(map.days_from_dx(-dx))));
        }
    }

    if response.drag_started()
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        range_drag = range_drag_anchor(origin.x, modifiers.shift, range, map);
    }
    if response.dragged() {
        if let (Some(anchor), Some(pos)) = (range_drag, response.interact_pointer_pos()) {
            let t = map.time_from_x(pos.x);
            out.push(Command::SetRange(Some((anchor.min(t), anchor.max(t)))));
        } else {
            let dx = response.drag_delta().x;
            if dx != 0.0 {
                out.push(Command::SetView(map.view.pan(map.days_from_dx(-dx))));
            }
        }
    }
    if response.drag_stopped() {
        range_drag = None;
    }
    ui.data_mut(|d| d.insert_temp(anchor_id, range_drag));

    if response.double_clicked() {
        if response
            .interact_pointer_pos()
            .and_then(|p| scene.hit(p))
            .is_none()
        {
            out.push(Command::FitAll);
        }
    } else if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        match scene.hit(pos) {
            Some(Hit::Event(i)) => out.push(Command::Select(Some(i))),
            // Badges are widgets of their own (see timeline_ui::badge_widgets).
            Some(Hit::Cluster(_)) => {}
            Some(Hit::Density(d)) => {
                let d = &scene.density[d];
                out.push(Command::ZoomAt {
                    center: (d.from_day + d.to_day) / 2.0,
                    factor: DENSITY_CLICK_ZOOM,
                    animate: true,
                });
            }
            None => out.push(Command::Select(None)),
        }
    }
    out
}

/// How much a click on a density bar zooms in, about that bar.
const DENSITY_CLICK_ZOOM: f64 = 8.0;

/// How close to a range edge a drag grabs that edge.
const EDGE_GRAB_PX: f32 = 6.0;

/// The fixed end of a range drag starting at `x`: Shift starts a new range
/// there; grabbing an edge of the current range moves that edge.
fn range_drag_anchor(
    x: f32,
    shift: bool,
    range: Option<(f64, f64)>,
    map: &ScreenMap,
) -> Option<f64> {
    if shift {
        return Some(map.time_from_x(x));
    }
    let (from, to) = range?;
    if (map.x_from_time(from) - x).abs() <= EDGE_GRAB_PX {
        Some(to)
    } else if (map.x_from_time(to) - x).abs() <= EDGE_GRAB_PX {
        Some(from)
    } else {
        None
    }
}

/// Keyboard shortcuts of the timeline; ignored while a text field has focus.
pub fn keyboard_interaction(ui: &Ui, map: &ScreenMap) -> Vec<Command> {
    let mut out = Vec::new();
    if ui.ctx().text_edit_focused() {
        return out;
    }
    let center = map.view.start + map.view.span / 2.0;
    ui.input_mut(|i| {
        let zoom = |factor| Command::ZoomAt {
            center,
            factor,
            animate: true,
        };
        let pan = |share: f64| Command::AnimateTo(map.view.pan(map.view.span * share));
        for (action, commands) in [
            (Action::ZoomIn, vec![zoom(KEY_ZOOM)]),
            (Action::ZoomOut, vec![zoom(1.0 / KEY_ZOOM)]),
            (Action::PanBack, vec![pan(-KEY_PAN)]),
            (Action::PanForward, vec![pan(KEY_PAN)]),
            (Action::FitAll, vec![Command::FitAll]),
            (Action::FirstEvent, vec![Command::SelectEnd(-1)]),
            (Action::LastEvent, vec![Command::SelectEnd(1)]),
            (Action::Previous, vec![Command::Step(-1)]),
            (Action::Next, vec![Command::Step(1)]),
            (
                Action::Clear,
                vec![Command::SetRange(None), Command::Select(None)],
            ),
        ] {
            if pressed(i, action) {
                out.extend(commands);
            }
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::view::TimeView;

    #[test]
    fn drags_start_ranges_with_shift_and_grab_edges_without() {
        let map = ScreenMap::new(TimeView::new(0.0, 100.0), 0.0, 1000.0);
        assert_eq!(range_drag_anchor(250.0, true, None, &map), Some(25.0));
        assert_eq!(
            range_drag_anchor(250.0, false, None, &map),
            None,
            "a plain drag pans"
        );
        let range = Some((20.0, 40.0));
        assert_eq!(
            range_drag_anchor(203.0, false, range, &map),
            Some(40.0),
            "start edge moves"
        );
        assert_eq!(
            range_drag_anchor(398.0, false, range, &map),
            Some(20.0),
            "end edge moves"
        );
        assert_eq!(
            range_drag_anchor(300.0, false, range, &map),
            None,
            "inside pans"
        );
    }
}
