//! The guided tour: the turning points (Key events) from the first, or one
//! storyline's events, one at a time, as TimelineJS's slides take students
//! through a story. The timeline moves to each stop and the side panel shows it.

use super::command::Command;
use super::shortcuts::{Action, either, hint};
use super::words::{lang, t, ta};
use crate::data::model::{Importance, Timeline};
use egui::{RichText, Ui};

/// A tour under way.
#[derive(Clone, Debug, PartialEq)]
pub struct Tour {
    /// Event indices in date order.
    pub stops: Vec<usize>,
    /// Index into `stops`.
    pub at: usize,
    /// The storyline's name when the tour follows one; `None` for the Key events.
    pub storyline: Option<String>,
}

impl Tour {
    /// The tour of a storyline (thread) if one is given, else of the Key events;
    /// `None` when there is nothing to visit.
    pub fn new(t: &Timeline, thread: Option<usize>) -> Option<Self> {
        let (stops, storyline): (Vec<usize>, Option<String>) =
            match thread.and_then(|k| t.threads.get(k).map(|th| (k, th))) {
                Some((k, th)) => (
                    (0..t.events.len())
                        .filter(|&i| t.events[i].threads.contains(&k))
                        .collect(),
                    Some(th.name.clone()),
                ),
                None => (
                    (0..t.events.len())
                        .filter(|&i| t.events[i].importance == Importance::Key)
                        .collect(),
                    None,
                ),
            };
        (!stops.is_empty()).then_some(Self {
            stops,
            at: 0,
            storyline,
        })
    }

    /// The event at the current stop.
    pub fn current(&self) -> usize {
        self.stops[self.at.min(self.stops.len() - 1)]
    }

    /// Moves by `step` stops, staying within the tour.
    pub fn step(&mut self, step: i32) {
        let last = self.stops.len() as i64 - 1;
        self.at = (self.at as i64 + i64::from(step)).clamp(0, last) as usize;
    }
}

/// The tour's bar: where we are ("3 of 21"), Previous, Next, Leave.
pub fn tour_ui(ui: &mut Ui, tour: &Tour, timeline: &Timeline) -> Vec<Command> {
    let mut out = Vec::new();
    ui.horizontal(|ui| {
        let title = match &tour.storyline {
            Some(name) => ta(ui, "tour-of-storyline", &[("storyline", name.into())]),
            None => t(ui, "tour-of-key-events"),
        };
        ui.label(RichText::new(title).strong());
        ui.label(ta(
            ui,
            "tour-position",
            &[
                ("current", (tour.at + 1).into()),
                ("total", tour.stops.len().into()),
            ],
        ));
        out.extend(steps_ui(ui, tour));
        ui.weak(crate::base::text::truncate_chars(
            timeline.events[tour.current()].title_in(super::words::lang(ui.ctx())),
            90,
        ));
    });
    out
}

/// Previous stop, Next stop, Leave the tour.
fn steps_ui(ui: &mut Ui, tour: &Tour) -> Vec<Command> {
    let mut out = Vec::new();
    let lang = lang(ui.ctx());
    let first = tour.at == 0;
    let last = tour.at + 1 == tour.stops.len();
    if ui
        .add_enabled(!first, egui::Button::new(t(ui, "tour-previous")))
        .on_hover_text(hint(lang, Action::Previous))
        .clicked()
    {
        out.push(Command::TourStep(-1));
    }
    let next_keys = either(
        lang,
        &hint(lang, Action::Next),
        &hint(lang, Action::TourNext),
    );
    if ui
        .add_enabled(!last, egui::Button::new(t(ui, "tour-next")))
        .on_hover_text(next_keys)
        .clicked()
    {
        out.push(Command::TourStep(1));
    }
    if ui
        .button(t(ui, "tour-leave"))
        .on_hover_text(hint(lang, Action::Clear))
        .clicked()
    {
        out.push(Command::EndTour);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tour_visits_the_key_events_in_order_and_stays_in_bounds() {
        let t = crate::data::load::bundled().unwrap();
        let mut tour = Tour::new(&t, None).unwrap();
        assert!(tour.stops.windows(2).all(|w| w[0] < w[1]));
        assert!(
            tour.stops
                .iter()
                .all(|&i| t.events[i].importance == Importance::Key)
        );
        tour.step(-1);
        assert_eq!(tour.at, 0);
        tour.step(1000);
        assert_eq!(tour.at, tour.stops.len() - 1);
        let thread = t
            .threads
            .iter()
            .position(|th| th.id == "trade-talks")
            .unwrap();
        let trade = Tour::new(&t, Some(thread)).unwrap();
        assert!(
            trade
                .stops
                .iter()
                .all(|&i| t.events[i].threads.contains(&thread))
        );
    }
}
