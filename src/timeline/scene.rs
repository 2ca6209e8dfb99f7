//! What the timeline looks like, as plain shapes in screen coordinates.
//!
//! Built by [`crate::timeline::layout`]; painted on screen by [`crate::render::paint`] and written
//! to SVG by [`crate::render::export`]. One scene, two backends: what you export is what
//! you saw.

use crate::timeline::ticks::Ticks;
use egui::{Color32, Pos2, Rect};

/// Everything drawn in the timeline area.
#[derive(Clone, Debug)]
pub struct Scene {
    pub rect: Rect,
    /// The strip with the date axis.
    pub axis: Rect,
    pub ticks: Ticks,
    pub lanes: Vec<LaneBand>,
    pub marks: Vec<Mark>,
    pub labels: Vec<EventLabel>,
    pub clusters: Vec<ClusterBadge>,
    /// Bars of crowded lanes (see [`crate::timeline::density`]).
    pub density: Vec<DensityBar>,
    /// Events that got a number instead of a label (export only), in number order.
    pub numbered: Vec<usize>,
    /// Named periods behind the lanes.
    pub eras: Vec<EraBand>,
    /// The selected event's storyline: points to join, in date order.
    pub storyline: Vec<Pos2>,
    /// What a disputed mark says on hover in an export, in the page's language.
    pub dispute_title: String,
}

/// A named period: a faint band behind the lanes, named in a strip under the axis.
#[derive(Clone, Debug)]
pub struct EraBand {
    /// The whole band, strip included.
    pub rect: Rect,
    /// Where its name goes.
    pub strip: Rect,
    /// The name as it fits; `None` when too narrow.
    pub name: Option<String>,
    /// Alternate bands are shaded so neighbours can be told apart.
    pub shade: bool,
}

/// One category's horizontal band.
#[derive(Clone, Debug)]
pub struct LaneBand {
    pub category: usize,
    pub rect: Rect,
    pub name: String,
    pub color: Color32,
    /// y of the line the markers sit on.
    pub baseline: f32,
    /// Height the lane's labels need (may exceed `rect` in exports before refitting).
    pub needed_height: f32,
    /// Height the lane needs to title its Key events.
    pub key_height: f32,
    /// Said after the lane's name, e.g. that it is shown as bars.
    pub note: Option<LaneNote>,
}

/// A line of text after a lane's name.
#[derive(Clone, Debug)]
pub struct LaneNote {
    /// x of its left edge.
    pub left: f32,
    pub text: String,
}

/// Events of one lane starting in a few-pixel column, drawn as a bar.
#[derive(Clone, Debug)]
pub struct DensityBar {
    pub rect: Rect,
    /// Where a click counts: the column across the lane.
    pub hit_rect: Rect,
    pub count: usize,
    pub color: Color32,
    pub from_day: f64,
    pub to_day: f64,
}

/// How an event's time is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MarkShape {
    /// A single known day.
    Point { center: Pos2, radius: f32 },
    /// Several known days.
    Bar(Rect),
    /// A month or year known only vaguely: a soft band over every day it may be.
    Soft(Rect),
}

#[derive(Clone, Debug)]
pub struct Mark {
    pub event: usize,
    pub shape: MarkShape,
    pub color: Color32,
    /// Not matching the search: drawn faintly.
    pub dimmed: bool,
    pub selected: bool,
    /// A turning point: drawn larger.
    pub key: bool,
    /// Sources disagree about it: a small marker above the mark.
    pub disputed: bool,
    /// Shares a storyline (thread) with the selected event.
    pub related: bool,
    /// Which governments are quoted: pips under the mark.
    pub sides: crate::timeline::voices::SidesSpoken,
}

impl Mark {
    /// The pips under the mark, left India's government, right Canada's:
    /// centre, radius and colour, the same on screen and in exports.
    pub fn pips(&self) -> Vec<(Pos2, f32, Color32)> {
        let b = self.shape.bounds();
        let x = match self.shape {
            MarkShape::Point { center, .. } => center.x,
            MarkShape::Bar(r) | MarkShape::Soft(r) => r.left() + 6.0,
        };
        let y = b.bottom() + 4.5;
        let mut out = Vec::with_capacity(2);
        if self.sides.india {
            out.push((
                egui::pos2(x - 3.0, y),
                2.4,
                crate::timeline::palette::INDIA_PIP,
            ));
        }
        if self.sides.canada {
            out.push((
                egui::pos2(x + 3.0, y),
                2.4,
                crate::timeline::palette::CANADA_PIP,
            ));
        }
        out
    }
}

#[derive(Clone, Debug)]
pub struct EventLabel {
    pub event: usize,
    /// Where the text goes (its left-top corner and size).
    pub rect: Rect,
    pub text: String,
    pub dimmed: bool,
    pub selected: bool,
    /// A thin line from the mark to the label, when the label is set apart from it.
    pub leader: Option<[Pos2; 2]>,
}

/// Several events too close to tell apart at this zoom.
#[derive(Clone, Debug)]
pub struct ClusterBadge {
    pub rect: Rect,
    pub count: usize,
    pub color: Color32,
    /// Day range covered by the clustered events (for zooming in on a click).
    pub from_day: f64,
    pub to_day: f64,
    /// True when every clustered event is dimmed by the search.
    pub dimmed: bool,
    /// The events it stands for, in date order.
    pub events: Vec<usize>,
    /// "12 events", in the reader's language.
    pub label: String,
}

impl ClusterBadge {
    pub fn text(&self) -> &str {
        &self.label
    }
}

/// What a badge of `count` events says: "12 events", "12 événements".
pub fn badge_text(lang: crate::base::i18n::Lang, count: usize) -> String {
    crate::base::i18n::tr_args(lang, "tip-badge-events", &[("count", count.into())])
}

/// What is under the pointer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hit {
    Event(usize),
    Cluster(usize),
    Density(usize),
}

/// How far from a mark a click still counts.
const HIT_SLOP: f32 = 4.0;

impl MarkShape {
    pub fn bounds(&self) -> Rect {
        match *self {
            MarkShape::Point { center, radius } => {
                Rect::from_center_size(center, egui::vec2(radius * 2.0, radius * 2.0))
            }
            MarkShape::Bar(r) | MarkShape::Soft(r) => r,
        }
    }
}

impl Scene {
    /// The event or cluster at `pos`, preferring labels and points over spans.
    pub fn hit(&self, pos: Pos2) -> Option<Hit> {
        if let Some(i) = self
            .clusters
            .iter()
            .position(|c| c.rect.expand(HIT_SLOP).contains(pos))
        {
            return Some(Hit::Cluster(i));
        }
        if let Some(l) = self.labels.iter().find(|l| l.rect.contains(pos)) {
            return Some(Hit::Event(l.event));
        }
        let mut best: Option<(f32, usize)> = None;
        for m in &self.marks {
            let b = m.shape.bounds().expand(HIT_SLOP);
            if b.contains(pos) {
                let d = (b.center() - pos).length_sq();
                let soft = matches!(m.shape, MarkShape::Soft(_));
                let score = if soft { d + 1e6 } else { d };
                if best.is_none_or(|(s, _)| score < s) {
                    best = Some((score, m.event));
                }
            }
        }
        if let Some((_, e)) = best {
            return Some(Hit::Event(e));
        }
        self.density
            .iter()
            .position(|d| d.hit_rect.contains(pos))
            .map(Hit::Density)
    }

    /// Screen rectangle of an event's mark, if it is drawn.
    pub fn mark_of(&self, event: usize) -> Option<Rect> {
        self.marks
            .iter()
            .find(|m| m.event == event)
            .map(|m| m.shape.bounds())
    }

    /// Every event drawn in the scene (marks and clustered ones excluded).
    pub fn drawn_events(&self) -> impl Iterator<Item = usize> + '_ {
        self.marks.iter().map(|m| m.event)
    }
}
