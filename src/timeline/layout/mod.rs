//! From timeline + view to a [`Scene`]: lanes, marks, labels, clusters.
//!
//! Only the events that overlap the visible range are touched (a binary search
//! into the sorted events), so the cost follows what is on screen, not the
//! size of the dataset. Pure: text widths come from the `measure` callback.

mod heights;
mod lane;
mod numbers;
mod rows;
mod story;

pub use lane::KEY_SCALE;

use crate::base::i18n::Lang;
use crate::data::date::Precision;
use crate::data::model::{Event, Timeline};
use crate::timeline::density;
use crate::timeline::scene::{DensityBar, LaneBand, LaneNote, Mark, MarkShape, Scene};
use crate::timeline::ticks;
use crate::timeline::view::{ScreenMap, TimeView};
use egui::{Color32, Rect, pos2, vec2};

/// Sizes of the parts of the timeline, in points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Metrics {
    pub axis_height: f32,
    pub lane_header: f32,
    pub row_height: f32,
    pub point_radius: f32,
    pub bar_height: f32,
    /// Longest label before it is cut with "…".
    pub max_label_px: f32,
    pub label_gap: f32,
    pub min_lane_height: f32,
    /// Rows of title labels per lane at most (numbers in exports may add rows).
    pub max_label_rows: usize,
}

impl Default for Metrics {
    fn default() -> Self {
        Self {
            axis_height: 30.0,
            lane_header: 18.0,
            row_height: 17.0,
            point_radius: 5.0,
            bar_height: 8.0,
            max_label_px: 250.0,
            label_gap: 10.0,
            min_lane_height: 56.0,
            max_label_rows: 6,
        }
    }
}

/// What to do with events that do not fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Crowding {
    /// On screen: merge close events into "N events" badges; unplaced labels are hidden.
    Cluster,
    /// In an export: every event is drawn; unplaced labels become numbers listed below.
    Number,
}

/// Everything layout needs besides the timeline.
pub struct LayoutInput<'a> {
    pub map: ScreenMap,
    pub rect: Rect,
    /// Categories shown, top to bottom.
    pub lanes: &'a [usize],
    /// Search matches by event index; `None` when nothing is searched.
    pub matches: Option<&'a [bool]>,
    pub selected: Option<usize>,
    pub crowding: Crowding,
    pub metrics: Metrics,
    /// Height of each lane; `None` shares the rect's height evenly.
    pub lane_heights: Option<&'a [f32]>,
    /// Width of a label in points.
    pub measure: &'a dyn Fn(&str) -> f32,
    /// Events shown, by index (a thread or dispute filter); `None` shows all.
    pub filter: Option<&'a [bool]>,
    /// The language of dates on the axis and of badges.
    pub lang: Lang,
}

impl<'a> LayoutInput<'a> {
    /// `view` across the whole width of `rect`, nothing searched or selected,
    /// default metrics, lanes sharing the height evenly.
    pub fn new(
        view: TimeView,
        rect: Rect,
        lanes: &'a [usize],
        crowding: Crowding,
        measure: &'a dyn Fn(&str) -> f32,
    ) -> Self {
        Self {
            map: ScreenMap::new(view, rect.left(), rect.width()),
            rect,
            lanes,
            matches: None,
            selected: None,
            crowding,
            metrics: Metrics::default(),
            lane_heights: None,
            measure,
            filter: None,
            lang: Lang::En,
        }
    }
}

fn category_color(timeline: &Timeline, category: usize) -> Color32 {
    let [r, g, b] = timeline.categories[category].color;
    Color32::from_rgb(r, g, b)
}

/// Screen shape of one event.
///
/// Spans are cut a little outside the lane's `band`: zoomed in on a day, a
/// year-long event would otherwise be a shape millions of points wide, and its
/// dashed outline millions of dashes.
fn shape_of(event: &Event, map: &ScreenMap, baseline: f32, m: &Metrics, band: Rect) -> MarkShape {
    let (s, e) = (event.start_day() as f64, event.end_day() as f64);
    let vague = event.start.precision() != Precision::Day
        || event.end.is_some_and(|d| d.precision() != Precision::Day);
    let margin = 8.0;
    let cut = |x: f32| x.clamp(band.left() - margin, band.right() + margin);
    let (x0, x1) = (cut(map.x_from_time(s)), cut(map.x_from_time(e)));
    if vague {
        let h = m.bar_height + 6.0;
        MarkShape::Soft(Rect::from_min_max(
            pos2(x0, baseline - h / 2.0),
            pos2(x1.max(x0 + 2.0), baseline + h / 2.0),
        ))
    } else if event.is_span() && x1 - x0 > m.point_radius * 2.0 {
        let h = m.bar_height;
        MarkShape::Bar(Rect::from_min_max(
            pos2(x0, baseline - h / 2.0),
            pos2(x1, baseline + h / 2.0),
        ))
    } else {
        MarkShape::Point {
            center: pos2((x0 + x1) / 2.0, baseline),
            radius: m.point_radius,
        }
    }
}

/// Cuts `text` to fit `max` points, ending in "…".
pub fn fit_text(text: &str, max: f32, measure: &dyn Fn(&str) -> f32) -> (String, f32) {
    // Labels are one line, whatever the dataset holds.
    let text = crate::base::text::one_line(text);
    let w = measure(&text);
    if w <= max {
        return (text.into_owned(), w);
    }
    // Cut between grapheme clusters, never inside one (Devanagari, Gurmukhi, emoji).
    let cuts: Vec<usize> =
        unicode_segmentation::UnicodeSegmentation::grapheme_indices(text.as_ref(), true)
            .map(|(i, _)| i)
            .collect();
    if cuts.is_empty() {
        return (String::new(), 0.0);
    }
    let candidate = |keep: usize| format!("{}…", text[..cuts[keep]].trim_end());
    // Binary search for the longest prefix that fits: a few measurements, not one per character.
    let (mut fits, mut too_long) = (0, cuts.len());
    while too_long - fits > 1 {
        let mid = fits + (too_long - fits) / 2;
        if measure(&candidate(mid)) <= max {
            fits = mid;
        } else {
            too_long = mid;
        }
    }
    let best = candidate(fits);
    let w = measure(&best);
    (best, w)
}

/// Width of "N events" badges without measuring each one: digits are
/// (near enough) equally wide, and measuring text is the costly part of a frame
/// with thousands of clusters.
#[derive(Clone, Copy)]
struct BadgeWidth {
    digit: f32,
    suffix: f32,
}

impl BadgeWidth {
    fn new(measure: &dyn Fn(&str) -> f32, lang: Lang) -> Self {
        let digit = measure("0");
        Self {
            digit,
            suffix: measure(&crate::timeline::scene::badge_text(lang, 2)) - measure("2"),
        }
    }

    /// Width of the badge of `count` events, padding included.
    fn of(&self, count: usize) -> f32 {
        let digits = count.max(1).ilog10() + 1;
        digits as f32 * self.digit + self.suffix + 14.0
    }
}

/// Lays out the visible part of `timeline`. On screen, without given lane
/// heights, each lane gets the height its content needs: a first pass measures
/// what every lane would use, [`heights::share`] divides the height, a second
/// pass lays out in those heights.
pub fn layout(timeline: &Timeline, input: &LayoutInput<'_>) -> Scene {
    if input.crowding != Crowding::Cluster || input.lane_heights.is_some() {
        return layout_once(timeline, input);
    }
    let m = input.metrics;
    let minimum = m.lane_header + m.point_radius * KEY_SCALE * 2.0 + 8.0;
    let tall = vec![minimum + m.max_label_rows as f32 * m.row_height; input.lanes.len()];
    let first = layout_once(
        timeline,
        &LayoutInput {
            lane_heights: Some(&tall),
            ..*input
        },
    );
    let needed: Vec<f32> = first
        .lanes
        .iter()
        .map(|l| l.needed_height.max(minimum))
        .collect();
    let lanes_top = first
        .lanes
        .first()
        .map_or(first.axis.bottom(), |l| l.rect.top());
    let available = input.rect.bottom() - lanes_top;
    let floors: Vec<f32> = first.lanes.iter().map(|l| l.key_height).collect();
    let heights = heights::share(&needed, &floors, minimum + m.row_height, available);
    layout_once(
        timeline,
        &LayoutInput {
            lane_heights: Some(&heights),
            ..*input
        },
    )
}

/// The lanes' bands from `top` down, as tall as `input.lane_heights` says
/// (or sharing the height evenly).
fn lane_bands(timeline: &Timeline, input: &LayoutInput<'_>, top: f32) -> Vec<LaneBand> {
    let m = input.metrics;
    let rect = input.rect;
    let n = input.lanes.len().max(1) as f32;
    let even = ((rect.bottom() - top) / n).max(m.min_lane_height);
    let mut top = top;
    let mut lanes = Vec::with_capacity(input.lanes.len());
    for (i, &c) in input.lanes.iter().enumerate() {
        let lane_h = input
            .lane_heights
            .and_then(|h| h.get(i).copied())
            .unwrap_or(even);
        let band = Rect::from_min_size(pos2(rect.left(), top), vec2(rect.width(), lane_h));
        top += lane_h;
        lanes.push(LaneBand {
            category: c,
            rect: band,
            name: timeline.categories[c].name.clone(),
            color: category_color(timeline, c),
            baseline: band.top() + m.lane_header + m.point_radius + 2.0,
            needed_height: 0.0,
            key_height: 0.0,
            note: None,
        });
    }
    lanes
}

/// One layout pass with the lane heights as given (or shared evenly).
fn layout_once(timeline: &Timeline, input: &LayoutInput<'_>) -> Scene {
    let m = input.metrics;
    let rect = input.rect;
    let map = input.map;
    let axis = Rect::from_min_size(rect.min, vec2(rect.width(), m.axis_height));
    let ticks = ticks::ticks(&map, input.measure, input.lang);
    let era_strip = if timeline.eras.is_empty() {
        0.0
    } else {
        story::ERA_STRIP
    };
    let strip = Rect::from_min_size(axis.left_bottom(), vec2(rect.width(), era_strip));

    let lanes = lane_bands(timeline, input, strip.bottom());
    let mut scene = Scene {
        rect,
        axis,
        ticks,
        lanes,
        marks: Vec::new(),
        labels: Vec::new(),
        clusters: Vec::new(),
        density: Vec::new(),
        numbered: Vec::new(),
        eras: story::era_bands(timeline, input, strip, rect.bottom()),
        storyline: Vec::new(),
        dispute_title: crate::base::i18n::tr(input.lang, "export-page-disputed-title"),
    };
    // Cull: each lane looks only at its events overlapping the visible days. On
    // screen, a lane with too many of them becomes density bars.
    let from = map.time_from_x(rect.left()).floor() as i64;
    let to = map.time_from_x(rect.right()).ceil() as i64;
    for (lane_index, &category) in input.lanes.iter().enumerate() {
        // On screen the decision must not cost a pass over the events: starts are counted.
        if input.crowding == Crowding::Cluster {
            let starting = timeline.count_starting_in(category, from, to);
            if density::is_dense(starting, rect.width()) {
                layout_dense_lane(timeline, input, &mut scene, lane_index, starting);
                continue;
            }
        }
        let shown = |i: &usize| {
            input
                .filter
                .is_none_or(|f| f.get(*i).copied().unwrap_or(true))
        };
        let events: Vec<usize> = timeline
            .overlapping_in(category, from, to)
            .filter(shown)
            .collect();
        // An export lists every event it shows, including those begun before the range.
        if input.crowding == Crowding::Number && events.len() > density::MAX_LISTED_EVENTS {
            layout_dense_lane(timeline, input, &mut scene, lane_index, events.len());
            continue;
        }
        lane::layout_lane(timeline, input, &mut scene, lane_index, &events);
    }
    story::link_storyline(timeline, input, &mut scene);
    scene
}

/// A crowded lane: one bar per column, the selected event on top, and a note.
fn layout_dense_lane(
    timeline: &Timeline,
    input: &LayoutInput<'_>,
    scene: &mut Scene,
    lane_index: usize,
    starting: usize,
) {
    let m = input.metrics;
    let lane = &scene.lanes[lane_index];
    let (band, color, baseline, category) = (lane.rect, lane.color, lane.baseline, lane.category);
    let columns = density::columns(
        timeline,
        category,
        &input.map,
        (input.rect.left(), input.rect.right()),
        density::COLUMN_PX,
    );
    let max = columns.iter().map(|c| c.count).max().unwrap_or(0);
    let bottom = band.bottom() - 4.0;
    let tallest = (bottom - (band.top() + m.lane_header + 2.0)).max(4.0);
    for c in &columns {
        let height = tallest * density::bar_share(c.count, max);
        scene.density.push(DensityBar {
            rect: Rect::from_min_max(pos2(c.left, bottom - height), pos2(c.right, bottom)),
            hit_rect: Rect::from_min_max(
                pos2(c.left, band.top() + m.lane_header),
                pos2(c.right, band.bottom()),
            ),
            count: c.count,
            color,
            from_day: c.from_day as f64,
            to_day: c.to_day as f64,
        });
    }
    if let Some(i) = input.selected
        && timeline.events[i].category == category
    {
        let shape = shape_of(&timeline.events[i], &input.map, baseline, &m, band);
        if shape.bounds().intersects(band) {
            scene.marks.push(Mark {
                event: i,
                shape,
                color,
                dimmed: false,
                selected: true,
                key: false,
                disputed: !timeline.events[i].disputes.is_empty(),
                related: false,
                sides: lane::pips_at(input, timeline, i),
            });
        }
    }
    let lane = &mut scene.lanes[lane_index];
    // Lane names are drawn at the axis size; the measure callback is at the label size.
    let name_w = (input.measure)(&lane.name) * crate::timeline::style::AXIS_FONT_SIZE
        / crate::timeline::style::LABEL_FONT_SIZE;
    let text = match input.crowding {
        Crowding::Cluster => format!(
            "{} events in view: bars show how many start at each point; click to zoom in",
            density::thousands(starting)
        ),
        Crowding::Number => format!(
            "{} events: too many to label here, bars show how many start at each point; export a shorter range to list them",
            density::thousands(starting)
        ),
    };
    lane.note = Some(LaneNote {
        left: band.left() + 22.0 + name_w + 14.0,
        text,
    });
    lane.needed_height = m.lane_header + DENSE_LANE_HEIGHT;
}

/// Height of the bars of a crowded lane in an export.
const DENSE_LANE_HEIGHT: f32 = 40.0;

/// Lays out like [`layout`], giving each lane the height its labels need
/// (exports, where nothing may be hidden). The scene's rect grows or shrinks to fit.
pub fn layout_fitting(timeline: &Timeline, input: &LayoutInput<'_>) -> Scene {
    let first = layout(timeline, input);
    let m = input.metrics;
    let heights: Vec<f32> = first
        .lanes
        .iter()
        .map(|l| {
            (l.needed_height + 6.0).max(m.lane_header + m.point_radius * 2.0 + m.row_height + 6.0)
        })
        .collect();
    let mut scene = layout(
        timeline,
        &LayoutInput {
            lane_heights: Some(&heights),
            ..*input
        },
    );
    scene.rect.max.y = scene
        .lanes
        .last()
        .map_or(scene.axis.bottom(), |l| l.rect.bottom());
    let bottom = scene.rect.bottom();
    for era in &mut scene.eras {
        era.rect.max.y = bottom;
    }
    scene
}

/// Point in the middle of an event's mark, for scrolling and focus.
pub fn event_anchor(event: &Event) -> f64 {
    (event.start_day() + event.end_day()) as f64 / 2.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitted_labels_cut_between_graphemes() {
        // One unit a char: the cut lands where it fits, never inside a cluster.
        let measure = |s: &str| s.chars().count() as f32;
        let (fitted, _) = fit_text("नमस्ते भारत", 5.0, &measure);
        assert!(fitted.ends_with('…'), "{fitted}");
        let kept = fitted.trim_end_matches('…');
        assert!(!kept.ends_with('स'), "the virama is not cut off: {fitted}");
        assert!("नमस्ते भारत".starts_with(kept));
    }
    use crate::data::date::{PartialDate, day_from_date};
    use crate::data::model::{Category, Quote, Timeline};
    use crate::timeline::scene::Hit;
    use crate::timeline::view::TimeView;

    fn measure(s: &str) -> f32 {
        s.chars().count() as f32 * 7.0
    }

    fn event(id: &str, start: &str, end: Option<&str>, category: usize) -> Event {
        Event {
            id: id.into(),
            title: format!("Event {id} with a fairly long title"),
            start: PartialDate::parse(start).unwrap(),
            end: end.map(|e| PartialDate::parse(e).unwrap()),
            category,
            importance: Default::default(),
            threads: vec![],
            summary: String::new(),
            quotes: vec![Quote {
                source: 0,
                text: "q".into(),
                speaker: None,
                voice: Default::default(),
            }],
            disputes: vec![],
            tags: vec![],
            translations: vec![],
        }
    }

    fn timeline(events: Vec<Event>) -> Timeline {
        let cat = |id: &str| Category {
            id: id.into(),
            name: id.into(),
            color: [10, 20, 30],
        };
        Timeline::new(crate::data::model::TimelineParts {
            title: "t".into(),
            categories: vec![cat("a"), cat("b")],
            events,
            ..Default::default()
        })
    }

    fn day(s: &str) -> f64 {
        day_from_date(PartialDate::parse(s).unwrap().first_date()) as f64
    }

    fn run(t: &Timeline, view: TimeView, crowding: Crowding) -> Scene {
        run_selected(t, view, crowding, None)
    }

    /// Lays out two lanes in a 1000 × 400 rect (fitting the lanes in exports).
    fn run_selected(
        t: &Timeline,
        view: TimeView,
        crowding: Crowding,
        selected: Option<usize>,
    ) -> Scene {
        let fitting = crowding == Crowding::Number;
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(1000.0, 400.0));
        let input = LayoutInput {
            selected,
            ..LayoutInput::new(view, rect, &[0, 1], crowding, &measure)
        };
        if fitting {
            layout_fitting(t, &input)
        } else {
            layout(t, &input)
        }
    }

    fn many(n: usize) -> Timeline {
        let events = (0..n)
            .map(|k| {
                let d =
                    crate::data::date::date_from_day(day("2024-01-01") as i64 + (k % 300) as i64)
                        .unwrap();
                event(
                    &format!("e{k}"),
                    &d.format("%Y-%m-%d").to_string(),
                    None,
                    k % 2,
                )
            })
            .collect();
        timeline(events)
    }

    #[test]
    fn labels_never_overlap() {
        let t = many(400);
        for span in [3.0, 20.0, 90.0, 365.0, 3000.0] {
            for crowding in [Crowding::Cluster, Crowding::Number] {
                let s = run(&t, TimeView::new(day("2024-02-01"), span), crowding);
                let rects: Vec<(Rect, String)> = s
                    .labels
                    .iter()
                    .map(|l| (l.rect, l.text.clone()))
                    .chain(s.clusters.iter().map(|c| (c.rect, c.text().to_owned())))
                    .collect();
                for (a, (ra, ta)) in rects.iter().enumerate() {
                    for (rb, tb) in &rects[a + 1..] {
                        let overlap = ra.intersects(*rb) && ra.intersect(*rb).area() > 0.0;
                        assert!(!overlap, "span {span}: {ta} / {tb}");
                    }
                }
            }
        }
    }

    #[test]
    fn culling_keeps_only_visible_events() {
        let t = timeline(vec![
            event("before", "2023-01-05", None, 0),
            event("inside", "2024-03-10", None, 0),
            event("long", "2023-06-01", Some("2024-03-02"), 1),
            event("vague", "2024-03", None, 1),
            event("after", "2025-01-05", None, 0),
        ]);
        let s = run(
            &t,
            TimeView::new(day("2024-03-01"), 30.0),
            Crowding::Cluster,
        );
        let mut drawn: Vec<&str> = s.drawn_events().map(|i| t.events[i].id.as_str()).collect();
        drawn.sort_unstable();
        assert_eq!(drawn, ["inside", "long", "vague"]);
    }

    #[test]
    fn precision_decides_the_shape() {
        let t = timeline(vec![
            event("day", "2024-03-10", None, 0),
            event("days", "2024-03-12", Some("2024-03-20"), 0),
            event("month", "2024-04", None, 1),
        ]);
        let s = run(
            &t,
            TimeView::new(day("2024-03-01"), 90.0),
            Crowding::Cluster,
        );
        let shape = |id: &str| {
            let i = t.event_index(id).unwrap();
            s.marks.iter().find(|m| m.event == i).unwrap().shape
        };
        assert!(matches!(shape("day"), MarkShape::Point { .. }));
        assert!(matches!(shape("days"), MarkShape::Bar(_)));
        let MarkShape::Soft(r) = shape("month") else {
            panic!("month is soft")
        };
        let map = ScreenMap::new(TimeView::new(day("2024-03-01"), 90.0), 0.0, 1000.0);
        assert!(
            (r.width() - 30.0 * map.px_per_day() as f32).abs() < 1.0,
            "covers all of April"
        );

        // Zoomed in on one day of April, the month is cut just outside the screen.
        let zoomed = run(&t, TimeView::new(day("2024-04-10"), 1.0), Crowding::Cluster);
        let i = t.event_index("month").unwrap();
        let m = zoomed.marks.iter().find(|m| m.event == i).unwrap();
        let b = m.shape.bounds();
        assert!(b.left() >= -8.5 && b.right() <= 1008.5, "{b:?}");
        assert!(b.width() > 1000.0, "still spans the screen");
    }

    #[test]
    fn lanes_with_thousands_of_events_become_bars_on_screen_but_not_in_exports() {
        let t = many(3000);
        let view = TimeView::new(day("2023-06-01"), 1500.0);
        let selected = t.event_index("e7").unwrap();
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(1000.0, 400.0));
        let screen = run_selected(&t, view, Crowding::Cluster, Some(selected));
        assert!(screen.clusters.is_empty() && screen.labels.is_empty());
        let counted: usize = screen.density.iter().map(|d| d.count).sum();
        assert_eq!(counted, 3000, "every event is counted in one bar");
        assert!(screen.density.iter().all(|d| rect.contains_rect(d.rect)));
        assert_eq!(
            screen.marks.len(),
            1,
            "only the selected event keeps its mark"
        );
        assert_eq!(screen.marks[0].event, selected);
        assert!(screen.lanes.iter().all(|l| l.note.is_some()));
        let bar = &screen.density[0];
        assert_eq!(screen.hit(bar.hit_rect.center()), Some(Hit::Density(0)));

        let export = run(&t, view, Crowding::Number);
        assert!(export.marks.is_empty() && export.numbered.is_empty());
        assert_eq!(export.density.iter().map(|d| d.count).sum::<usize>(), 3000);
        assert!(export.lanes.iter().all(|l| {
            l.note
                .as_ref()
                .is_some_and(|n| n.text.contains("export a shorter range"))
        }));
    }

    #[test]
    fn an_export_gives_a_burst_on_one_day_one_number_range() {
        let mut events: Vec<Event> = (0..20)
            .map(|k| event(&format!("b{k:02}"), "2024-03-05", None, 0))
            .collect();
        events.push(event("alone", "2024-03-20", None, 0));
        let t = timeline(events);
        let scene = run(&t, TimeView::new(day("2024-02-20"), 60.0), Crowding::Number);
        assert_eq!(scene.marks.len(), 21, "every event keeps its mark");
        let titled = scene
            .labels
            .iter()
            .filter(|l| l.text.starts_with("Event"))
            .count();
        assert_eq!(
            titled + scene.numbered.len(),
            21,
            "each event titled or numbered"
        );
        let ranges: Vec<&str> = scene
            .labels
            .iter()
            .map(|l| l.text.as_str())
            .filter(|t| t.contains('–'))
            .collect();
        assert_eq!(ranges.len(), 1, "{ranges:?}");
        let (a, b) = ranges[0].split_once('–').unwrap();
        let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
        assert_eq!((a, b), (1, scene.numbered.len()));
        let is_number = |t: &str| t.chars().all(|c| c.is_ascii_digit() || c == '–');
        let numbered_labels = scene.labels.iter().filter(|l| is_number(&l.text)).count();
        assert_eq!(numbered_labels, 1, "one label for the whole burst");
    }

    #[test]
    fn crowded_events_cluster_on_screen_and_are_numbered_in_exports() {
        let t = many(70);
        let view = TimeView::new(day("2023-06-01"), 1500.0);
        let screen = run(&t, view, Crowding::Cluster);
        assert!(!screen.clusters.is_empty());
        assert_eq!(screen.marks.len(), 70, "every event keeps its mark");
        let labelled: std::collections::HashSet<usize> =
            screen.labels.iter().map(|l| l.event).collect();
        for c in &screen.clusters {
            assert_eq!(c.count, c.events.len());
            assert!(
                c.events.iter().all(|e| !labelled.contains(e)),
                "a badge holds only unlabelled events"
            );
        }

        let export = run(&t, view, Crowding::Number);
        assert!(export.clusters.is_empty());
        assert_eq!(export.marks.len(), 70, "an export draws every event");
        assert!(!export.numbered.is_empty());
    }

    #[test]
    fn hidden_lanes_draw_nothing() {
        let t = many(20);
        let rect = Rect::from_min_size(pos2(0.0, 0.0), vec2(1000.0, 400.0));
        let view = TimeView::new(day("2024-01-01"), 30.0);
        let input = LayoutInput::new(view, rect, &[1], Crowding::Cluster, &measure);
        let s = layout(&t, &input);
        assert!(s.marks.iter().all(|m| t.events[m.event].category == 1));
        assert_eq!(s.lanes.len(), 1);
    }

    #[test]
    fn badge_width_matches_measuring_the_text() {
        let badge = BadgeWidth::new(&measure, Lang::En);
        for n in [2, 9, 10, 99, 100, 12_345] {
            assert_eq!(badge.of(n), measure(&format!("{n} events")) + 14.0, "{n}");
        }
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        let (text, w) = fit_text(&"x".repeat(100), 70.0, &measure);
        assert!(text.ends_with('…') && w <= 70.0, "{text}");
        assert_eq!(fit_text("short", 70.0, &measure).0, "short");
        assert_eq!(fit_text("two\nlines", 700.0, &measure).0, "two lines");
    }

    #[test]
    fn fitting_a_huge_label_measures_it_a_few_times_only() {
        let calls = std::cell::Cell::new(0);
        let measure = |s: &str| {
            calls.set(calls.get() + 1);
            s.chars().count() as f32 * 7.0
        };
        let title = format!("{}{}", "a".repeat(80), "\u{200b}".repeat(16_000));
        let (text, w) = fit_text(&title, 200.0, &measure);
        assert!(w <= 200.0 && text.ends_with('…'), "{text}");
        assert!(calls.get() < 40, "{} measurements", calls.get());
    }
}
