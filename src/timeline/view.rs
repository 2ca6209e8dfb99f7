//! The visible window of time and its mapping to screen x.
//!
//! Time is in days (f64) since 1970-01-01, so that a pixel can stand for an
//! hour or for a month without loss. Everything here is pure.

/// Narrowest window: about a day on screen.
pub const MIN_SPAN_DAYS: f64 = 1.0;
/// Widest window: a thousand years (a timeline of centuries fits). The app
/// also keeps the view near the data: see [`TimeView::kept_near`].
pub const MAX_SPAN_DAYS: f64 = 365_250.0;

/// The visible range of time: `[start, start + span)` in days.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TimeView {
    pub start: f64,
    pub span: f64,
}

/// A view placed on screen: maps between days and x over `[left, left + width)`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScreenMap {
    pub view: TimeView,
    pub left: f32,
    pub width: f32,
}

impl TimeView {
    pub fn new(start: f64, span: f64) -> Self {
        Self {
            start,
            span: span.clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS),
        }
    }

    pub fn end(&self) -> f64 {
        self.start + self.span
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the time `center` where it is on screen.
    pub fn zoom_at(&self, center: f64, factor: f64) -> Self {
        if !(factor.is_finite() && factor > 0.0) {
            return *self;
        }
        let span = (self.span / factor).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        let applied = self.span / span;
        Self {
            start: center - (center - self.start) / applied,
            span,
        }
    }

    /// Moves the window by `days` (positive moves later in time).
    pub fn pan(&self, days: f64) -> Self {
        Self {
            start: self.start + days,
            ..*self
        }
    }

    /// The view kept near the data `[first, last)`: no wider than the data
    /// (plus margins), and panned no further than a quarter of a screen past
    /// either end.
    pub fn kept_near(&self, first: f64, last: f64) -> Self {
        let data = (last - first).max(MIN_SPAN_DAYS);
        let span = self.span.min((data * 1.5).max(30.0));
        let slack = span * 0.25;
        let (lo, hi) = (first - slack, last + slack);
        let start = if hi - lo <= span {
            (first + last) / 2.0 - span / 2.0
        } else {
            self.start.clamp(lo, hi - span)
        };
        Self::new(start, span)
    }

    /// A view showing `[from, to)` with a margin of `margin` (fraction of the span) each side.
    pub fn fit(from: f64, to: f64, margin: f64) -> Self {
        let span = (to - from).max(MIN_SPAN_DAYS);
        let padded = (span * (1.0 + 2.0 * margin)).clamp(MIN_SPAN_DAYS, MAX_SPAN_DAYS);
        Self {
            start: from + span / 2.0 - padded / 2.0,
            span: padded,
        }
    }

    /// The smallest move that brings `[from, to)` into view with `margin` (fraction) to spare.
    pub fn scrolled_to_show(&self, from: f64, to: f64, margin: f64) -> Self {
        let pad = self.span * margin;
        if to - from > self.span - 2.0 * pad {
            return self.pan(from - pad - self.start);
        }
        if from < self.start + pad {
            self.pan(from - pad - self.start)
        } else if to > self.end() - pad {
            self.pan(to + pad - self.end())
        } else {
            *self
        }
    }

    /// Linear step towards `target`; linear in start and span keeps any point
    /// that is fixed in both ends (a zoom centre) fixed all the way.
    pub fn lerp(&self, target: &Self, t: f64) -> Self {
        Self {
            start: self.start + (target.start - self.start) * t,
            span: self.span + (target.span - self.span) * t,
        }
    }

    /// True when the two views differ by less than a fraction of a pixel at `width`.
    pub fn close_to(&self, other: &Self, width: f32) -> bool {
        let per_px = self.span / f64::from(width.max(1.0));
        (self.start - other.start).abs() < per_px * 0.1
            && (self.span - other.span).abs() < per_px * 0.1
    }
}

impl ScreenMap {
    pub fn new(view: TimeView, left: f32, width: f32) -> Self {
        Self {
            view,
            left,
            width: width.max(1.0),
        }
    }

    pub fn px_per_day(&self) -> f64 {
        f64::from(self.width) / self.view.span
    }

    pub fn x_from_time(&self, day: f64) -> f32 {
        (f64::from(self.left) + (day - self.view.start) * self.px_per_day()) as f32
    }

    pub fn time_from_x(&self, x: f32) -> f64 {
        self.view.start + f64::from(x - self.left) / self.px_per_day()
    }

    /// Days per pixel moved: for turning drags and wheel deltas into pans.
    pub fn days_from_dx(&self, dx: f32) -> f64 {
        f64::from(dx) / self.px_per_day()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> ScreenMap {
        ScreenMap::new(TimeView::new(19_000.0, 365.0), 100.0, 800.0)
    }

    #[test]
    fn x_and_time_round_trip() {
        let m = map();
        for day in [19_000.0, 19_100.25, 19_364.9, 18_000.0] {
            assert!(
                (m.time_from_x(m.x_from_time(day)) - day).abs() < 1e-3,
                "{day}"
            );
        }
        assert_eq!(m.x_from_time(19_000.0), 100.0);
        assert_eq!(m.x_from_time(19_365.0), 900.0);
    }

    #[test]
    fn zoom_keeps_the_point_under_the_pointer() {
        let m = map();
        let x = 345.0;
        let c = m.time_from_x(x);
        for factor in [1.5, 0.5, 10.0, 0.01, 1e6] {
            let zoomed = ScreenMap::new(m.view.zoom_at(c, factor), m.left, m.width);
            assert!((zoomed.x_from_time(c) - x).abs() < 1e-2, "factor {factor}");
        }
    }

    #[test]
    fn zoom_is_limited_from_a_day_to_a_thousand_years() {
        let v = TimeView::new(0.0, 100.0);
        assert_eq!(v.zoom_at(50.0, 1e9).span, MIN_SPAN_DAYS);
        assert_eq!(v.zoom_at(50.0, 1e-9).span, MAX_SPAN_DAYS);
        assert_eq!(v.zoom_at(50.0, f64::NAN), v);
    }

    #[test]
    fn the_view_stays_near_the_data_whatever_its_span() {
        let (first, last) = (1000.0, 1100.0);
        let far = TimeView::new(5000.0, 50.0).kept_near(first, last);
        assert!(far.end() <= last + 50.0 * 0.25 + 1e-9, "{far:?}");
        let wide = TimeView::new(0.0, 100_000.0).kept_near(first, last);
        assert!(wide.span <= 150.0 && wide.start <= first && wide.end() >= last);
        // Centuries: a 1600–2012 timeline fits whole.
        let centuries = TimeView::fit(-135_000.0, 15_000.0, 0.03).kept_near(-135_000.0, 15_000.0);
        assert!(centuries.start <= -135_000.0 && centuries.end() >= 15_000.0);
    }

    #[test]
    fn pan_moves_by_days() {
        let v = TimeView::new(10.0, 20.0).pan(5.0);
        assert_eq!((v.start, v.span), (15.0, 20.0));
        assert!((map().days_from_dx(800.0) - 365.0).abs() < 1e-9);
    }

    #[test]
    fn fit_shows_the_range_with_margins() {
        let v = TimeView::fit(100.0, 200.0, 0.05);
        assert!(v.start < 100.0 && v.end() > 200.0);
        assert!((v.span - 110.0).abs() < 1e-9);
    }

    #[test]
    fn lerp_keeps_a_zoom_centre_fixed() {
        let v = TimeView::new(0.0, 100.0);
        let target = v.zoom_at(30.0, 4.0);
        for t in [0.1, 0.5, 0.9] {
            let mid = v.lerp(&target, t);
            let frac_before = (30.0 - v.start) / v.span;
            let frac_mid = (30.0 - mid.start) / mid.span;
            assert!((frac_before - frac_mid).abs() < 1e-9);
        }
    }

    #[test]
    fn scrolling_to_show_moves_only_as_needed() {
        let v = TimeView::new(0.0, 100.0);
        assert_eq!(v.scrolled_to_show(40.0, 41.0, 0.1), v);
        let later = v.scrolled_to_show(150.0, 151.0, 0.1);
        assert!(later.start + later.span >= 151.0 && later.start <= 150.0);
        let earlier = v.scrolled_to_show(-50.0, -49.0, 0.1);
        assert!(earlier.start <= -50.0);
    }
}
