//! The label rows of one lane: which stretches of each row are taken.
//!
//! Labels are placed by importance, not left to right, so a row keeps every
//! taken span (sorted) rather than only its right end.

use egui::Rect;

/// Taken spans per row, each sorted by left edge and never overlapping.
pub struct RowSpace {
    rows: Vec<Vec<(f32, f32)>>,
    gap: f32,
    /// The order in which rows are tried.
    order: Vec<usize>,
}

impl RowSpace {
    #[cfg(test)]
    pub fn new(rows: usize, gap: f32) -> Self {
        Self::with_order(rows, gap, (0..rows).collect())
    }

    /// Rows tried in `order` (which must list each row once).
    pub fn with_order(rows: usize, gap: f32, order: Vec<usize>) -> Self {
        Self {
            rows: vec![Vec::new(); rows],
            gap,
            order,
        }
    }

    /// Marks a span as taken (a lane's name, say).
    pub fn reserve(&mut self, row: usize, left: f32, right: f32) {
        if row < self.rows.len() {
            self.take(row, left, right);
        }
    }

    /// Whether `[left, right]` keeps `gap` clear of everything in the row.
    fn is_free(&self, row: usize, left: f32, right: f32) -> bool {
        let spans = &self.rows[row];
        let after = spans.partition_point(|&(l, _)| l < right + self.gap);
        after == 0 || spans[after - 1].1 + self.gap <= left
    }

    fn take(&mut self, row: usize, left: f32, right: f32) {
        let spans = &mut self.rows[row];
        let at = spans.partition_point(|&(l, _)| l < left);
        spans.insert(at, (left, right));
    }

    /// Takes the first row (from the top) where `width` fits at `left`.
    pub fn place(&mut self, left: f32, width: f32) -> Option<usize> {
        let row = self
            .order
            .iter()
            .copied()
            .find(|&r| self.is_free(r, left, left + width))?;
        self.take(row, left, left + width);
        Some(row)
    }

    /// Like [`Self::place`], also trying positions up to `slack` to either side;
    /// returns the row and the left edge used.
    pub fn place_near(&mut self, left: f32, width: f32, slack: f32) -> Option<(usize, f32)> {
        for row in self.order.clone() {
            for shift in [0.0, -0.5, 0.5, -1.0, 1.0] {
                let l = left + shift * slack;
                if self.is_free(row, l, l + width) {
                    self.take(row, l, l + width);
                    return Some((row, l));
                }
            }
        }
        None
    }

    /// Takes two neighbouring rows under the marks (`r` and `r + 1`, r ≥ 1) where
    /// `width` fits at `left`; returns the upper one.
    pub fn place_pair(&mut self, left: f32, width: f32) -> Option<usize> {
        let right = left + width;
        let row = (1..self.rows.len().saturating_sub(1))
            .find(|&r| self.is_free(r, left, right) && self.is_free(r + 1, left, right))?;
        self.take(row, left, right);
        self.take(row + 1, left, right);
        Some(row)
    }

    /// Like [`Self::place`], adding a row at the bottom when none has room.
    pub fn place_or_grow(&mut self, left: f32, width: f32) -> usize {
        self.place(left, width).unwrap_or_else(|| {
            let row = self.rows.len();
            self.rows.push(vec![(left, left + width)]);
            self.order.push(row);
            row
        })
    }

    /// Moves the right edge of the span that starts at `left` in `row`.
    pub fn widen(&mut self, row: usize, left: f32, right: f32) {
        let spans = self.rows.get_mut(row);
        if let Some(span) = spans.and_then(|r| r.iter_mut().find(|s| s.0 == left)) {
            span.1 = right;
        }
    }

    /// One past the last row that holds anything.
    pub fn used(&self) -> usize {
        self.rows
            .iter()
            .rposition(|r| !r.is_empty())
            .map_or(0, |r| r + 1)
    }
}

/// Where a lane's labels go.
#[derive(Clone, Copy)]
pub(super) struct LabelPlace {
    pub rows_top: f32,
    pub band: Rect,
    pub baseline: f32,
}

/// Top of a label row: row 0 is the header line, rows 1.. are under the marks.
pub(super) fn row_top(place: LabelPlace, row: usize, row_height: f32) -> f32 {
    match row {
        0 => place.band.top() + 1.0,
        _ => place.rows_top + (row - 1) as f32 * row_height,
    }
}

#[cfg(test)]
mod tests {
    use super::RowSpace;

    #[test]
    fn spans_in_a_row_never_overlap_whatever_the_order() {
        let mut rows = RowSpace::new(2, 10.0);
        assert_eq!(rows.place(100.0, 50.0), Some(0));
        assert_eq!(rows.place(0.0, 50.0), Some(0), "room to the left");
        assert_eq!(rows.place(40.0, 50.0), Some(1), "would touch both");
        assert_eq!(rows.place(160.0, 10.0), Some(0), "just past the gap");
        assert_eq!(rows.place(45.0, 10.0), None, "both rows taken there");
        assert_eq!(rows.used(), 2);
    }

    #[test]
    fn rows_are_tried_in_the_given_order_around_reserved_spans() {
        let mut rows = RowSpace::with_order(3, 0.0, vec![1, 2, 0]);
        rows.reserve(0, 0.0, 100.0);
        assert_eq!(rows.place(0.0, 10.0), Some(1));
        assert_eq!(rows.place(0.0, 10.0), Some(2));
        assert_eq!(rows.place(0.0, 10.0), None, "row 0 is reserved there");
        assert_eq!(rows.place(200.0, 10.0), Some(1));
    }

    #[test]
    fn a_near_place_may_shift_sideways() {
        let mut rows = RowSpace::new(1, 0.0);
        rows.place(0.0, 100.0);
        assert_eq!(rows.place_near(90.0, 20.0, 20.0), Some((0, 100.0)));
    }
}
