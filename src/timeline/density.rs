//! Lanes too crowded for one mark per event: bars of how many events start in
//! each few-pixel column.
//!
//! When thousands of events fall in a pixel column, marks and "N events" badges
//! say nothing more than a bar would, and cost a frame per event. A bar per
//! column costs two binary searches into the lane's start days, so a frame
//! touches columns, not events, whatever the size of the dataset.

use crate::data::date::Day;
use crate::data::model::Timeline;
use crate::timeline::view::ScreenMap;

/// Width of one density column, in points.
pub const COLUMN_PX: f32 = 3.0;

/// Most events a lane shows one by one in a frame; above this it shows bars.
/// Also never more than one event per two points of width on average.
pub const MAX_DETAILED_EVENTS: usize = 500;

/// Most events of one lane an export labels or numbers; above this the lane is
/// drawn as bars with a note, since a page listing hundreds of events is neither
/// readable nor quick to render.
pub const MAX_LISTED_EVENTS: usize = 40;

/// Whether a lane with `visible` events over `width` points is drawn as bars on screen.
pub fn is_dense(visible: usize, width: f32) -> bool {
    visible > MAX_DETAILED_EVENTS.min((width / 2.0).max(1.0) as usize)
}

/// One column: events of one category starting in `[from_day, to_day)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    pub left: f32,
    pub right: f32,
    pub from_day: Day,
    pub to_day: Day,
    pub count: usize,
}

/// Columns `column_px` wide of `category` across `[left, right)` on screen;
/// empty columns are left out.
pub fn columns(
    timeline: &Timeline,
    category: usize,
    map: &ScreenMap,
    (left, right): (f32, f32),
    column_px: f32,
) -> Vec<Column> {
    let n = ((right - left) / column_px).ceil().max(0.0) as usize;
    let edge = |k: usize| left + k as f32 * column_px;
    // A day belongs to the column where it begins.
    let boundaries: Vec<Day> = (0..=n)
        .map(|k| map.time_from_x(edge(k)).ceil() as Day)
        .collect();
    let before = timeline.starts_before(category, &boundaries);
    (0..n)
        .filter_map(|k| {
            let count = before[k + 1] - before[k];
            (count > 0).then(|| Column {
                left: edge(k),
                right: edge(k + 1).min(right),
                from_day: boundaries[k],
                to_day: boundaries[k + 1],
                count,
            })
        })
        .collect()
}

/// Height of a bar for `count`, as a share of the tallest (logarithmic, so that
/// a column of 3 stays visible beside one of 3000).
pub fn bar_share(count: usize, max: usize) -> f32 {
    if count == 0 || max == 0 {
        return 0.0;
    }
    let share = ((count as f32).ln_1p() / (max as f32).ln_1p()).clamp(0.0, 1.0);
    0.12 + 0.88 * share
}

/// 12345 → "12,345".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::view::TimeView;

    fn big() -> Timeline {
        crate::data::load::load_str(&crate::data::generate::generate(5000, 7), "gen").unwrap()
    }

    #[test]
    fn columns_count_every_visible_start_once() {
        let t = big();
        let (first, last) = t.span().unwrap();
        let view = TimeView::new(first as f64 + 100.3, (last - first) as f64 / 3.0);
        let map = ScreenMap::new(view, 10.0, 1000.0);
        for c in 0..t.categories.len() {
            let cols = columns(&t, c, &map, (10.0, 1010.0), COLUMN_PX);
            let (from, to) = (cols[0].from_day, cols.last().unwrap().to_day);
            let brute = t
                .events
                .iter()
                .filter(|e| e.category == c && (from..to).contains(&e.start_day()))
                .count();
            assert_eq!(cols.iter().map(|k| k.count).sum::<usize>(), brute);
            for k in &cols {
                let here = t
                    .events
                    .iter()
                    .filter(|e| e.category == c && (k.from_day..k.to_day).contains(&e.start_day()))
                    .count();
                assert_eq!(k.count, here);
                assert!(k.right - k.left <= COLUMN_PX + 1e-3 && k.right > k.left);
            }
            assert!(cols.windows(2).all(|w| w[0].right <= w[1].left + 1e-3));
        }
    }

    #[test]
    fn dense_only_past_the_limit_and_bars_grow_with_counts() {
        assert!(!is_dense(MAX_DETAILED_EVENTS, 4000.0));
        assert!(is_dense(MAX_DETAILED_EVENTS + 1, 4000.0));
        assert!(is_dense(301, 600.0));
        assert!(!is_dense(300, 600.0));
        assert_eq!(bar_share(0, 10), 0.0);
        assert_eq!(bar_share(10, 10), 1.0);
        assert!(bar_share(3, 3000) > 0.12 && bar_share(3, 3000) < bar_share(300, 3000));
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }
}
