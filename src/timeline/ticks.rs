//! Calendar ticks for the time axis.
//!
//! A ladder of calendar steps (day, week, month, quarter, year, five years).
//! Every step whose ticks are at least a few pixels apart draws lines that grow
//! stronger with room; a step's labels fade in once they fit, and a last pass
//! drops any label that would touch another, coarser labels first. Pure.

use crate::base::i18n::Lang;
use crate::data::date::{Day, date_from_day, day_from_date};
use crate::timeline::view::ScreenMap;
use chrono::{Datelike, NaiveDate};

/// One calendar step of the ladder, finest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    /// Every n years (5, 10, 25, 50, 100): timelines of decades or centuries.
    Years(u16),
}

const LADDER: [Step; 10] = [
    Step::Years(100),
    Step::Years(50),
    Step::Years(25),
    Step::Years(10),
    Step::Years(5),
    Step::Year,
    Step::Quarter,
    Step::Month,
    Step::Week,
    Step::Day,
];

/// Lines appear when ticks are this far apart, and are full strength at `LINE_FULL_PX`.
const LINE_MIN_PX: f64 = 4.0;
const LINE_FULL_PX: f64 = 40.0;
/// Space kept between two labels.
pub const LABEL_GAP_PX: f32 = 8.0;
/// Labels sit this far right of their tick line.
pub const LABEL_INSET_PX: f32 = 3.0;

impl Step {
    /// The shortest this step can be, in days (for spacing guarantees).
    fn min_days(self) -> f64 {
        match self {
            Step::Day => 1.0,
            Step::Week => 7.0,
            Step::Month => 28.0,
            Step::Quarter => 90.0,
            Step::Year => 365.0,
            Step::Years(n) => 365.0 * f64::from(n),
        }
    }

    /// Whether a calendar day starts a period of this step.
    fn starts_at(self, date: NaiveDate) -> bool {
        match self {
            Step::Day => true,
            Step::Week => date.weekday() == chrono::Weekday::Mon,
            Step::Month => date.day() == 1,
            Step::Quarter => date.day() == 1 && (date.month() - 1).is_multiple_of(3),
            Step::Year => date.ordinal() == 1,
            Step::Years(n) => date.ordinal() == 1 && date.year().rem_euclid(i32::from(n)) == 0,
        }
    }

    /// Next day on or after `date` that starts a period of this step.
    fn next_start(self, date: NaiveDate) -> Option<NaiveDate> {
        let first_of_month = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1);
        match self {
            Step::Day => Some(date),
            Step::Week => {
                let ahead = (7 - date.weekday().num_days_from_monday()) % 7;
                date.checked_add_days(chrono::Days::new(u64::from(ahead)))
            }
            Step::Month | Step::Quarter => {
                let mut d = if date.day() == 1 {
                    date
                } else if date.month() == 12 {
                    first_of_month(date.year() + 1, 1)?
                } else {
                    first_of_month(date.year(), date.month() + 1)?
                };
                while !self.starts_at(d) {
                    d = if d.month() == 12 {
                        first_of_month(d.year() + 1, 1)?
                    } else {
                        first_of_month(d.year(), d.month() + 1)?
                    };
                }
                Some(d)
            }
            Step::Year | Step::Years(_) => {
                let mut y = if date.ordinal() == 1 {
                    date.year()
                } else {
                    date.year() + 1
                };
                if let Step::Years(n) = self {
                    let n = i32::from(n);
                    y += (n - y.rem_euclid(n)) % n;
                }
                first_of_month(y, 1)
            }
        }
    }

    /// Advances from one period start to the next.
    fn after(self, date: NaiveDate) -> Option<NaiveDate> {
        self.next_start(date.succ_opt()?)
    }
}

/// A tick on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub day: Day,
    pub x: f32,
    /// The coarsest step this tick starts.
    pub step: Step,
    /// Line strength, 0 to 1.
    pub strength: f32,
    pub label: Option<TickLabel>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TickLabel {
    pub text: String,
    /// Opacity, 0 to 1: labels fade in as they get room.
    pub alpha: f32,
    /// Left and right edge of the text on screen.
    pub left: f32,
    pub right: f32,
}

/// Ticks for the view, plus the period the view is in ("October 2024") when the
/// labels alone would not say the year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ticks {
    pub ticks: Vec<Tick>,
    pub context: Option<String>,
    /// How wide the context label is, in points.
    pub context_width: f32,
}

fn smooth(x: f64, from: f64, to: f64) -> f32 {
    ((x - from) / (to - from)).clamp(0.0, 1.0) as f32
}

fn label_text(step: Step, date: NaiveDate, years_labelled: bool, lang: Lang) -> String {
    let month = lang.month_abbr(date.month());
    match step {
        Step::Year | Step::Years(_) => date.year().to_string(),
        Step::Quarter | Step::Month if years_labelled => month.to_owned(),
        Step::Quarter | Step::Month => format!("{month} {}", date.year()),
        Step::Week | Step::Day => format!("{} {month}", date.day()),
    }
}

/// A wide label of a step, for deciding whether its labels can fit at all:
/// the longest month name of the language in the step's form.
fn widest_sample(step: Step, years_labelled: bool, lang: Lang) -> String {
    let longest = (1..=12)
        .max_by_key(|&m| lang.month_abbr(m).chars().count())
        .unwrap_or(5);
    let date = NaiveDate::from_ymd_opt(2028, longest, 28).unwrap_or_default();
    label_text(step, date, years_labelled, lang)
}

/// Builds the ticks of `map`'s view. `measure` gives a label's width in pixels.
pub fn ticks(map: &ScreenMap, measure: &dyn Fn(&str) -> f32, lang: Lang) -> Ticks {
    let from = map.view.start.floor() as Day;
    let to = map.view.end().ceil() as Day + 1;
    let (Some(first), Some(last)) = (date_from_day(from), date_from_day(to)) else {
        return Ticks::default();
    };
    let px_per_day = map.px_per_day();
    let spacing = |s: Step| s.min_days() * px_per_day;
    let fits = |s: Step, years: bool| {
        spacing(s)
            >= f64::from(measure(&widest_sample(s, years, lang)) + LABEL_GAP_PX + LABEL_INSET_PX)
    };
    let year_in_view = LADDER
        .iter()
        .any(|&s| s == Step::Year && Step::Year.next_start(first).is_some_and(|d| d < last));
    let years_labelled = year_in_view && fits(Step::Year, true);

    let mut out: Vec<Tick> = Vec::new();
    for step in LADDER {
        if spacing(step) < LINE_MIN_PX {
            break;
        }
        let strength = smooth(spacing(step), LINE_MIN_PX, LINE_FULL_PX);
        let labelled = fits(step, years_labelled);
        let need = f64::from(measure(&widest_sample(step, years_labelled, lang)) + LABEL_GAP_PX);
        let alpha = smooth(spacing(step), need, need * 1.6).max(0.25);
        let mut date = step.next_start(first);
        while let Some(d) = date.filter(|d| *d < last) {
            let day = day_from_date(d);
            if !out.iter().any(|t| t.day == day) {
                let x = map.x_from_time(day as f64);
                let label = labelled.then(|| {
                    let text = label_text(step, d, years_labelled, lang);
                    let left = x + LABEL_INSET_PX;
                    let right = left + measure(&text);
                    TickLabel {
                        text,
                        alpha,
                        left,
                        right,
                    }
                });
                out.push(Tick {
                    day,
                    x,
                    step,
                    strength,
                    label,
                });
            }
            date = step.after(d);
        }
    }
    out.sort_by_key(|t| t.day);

    let bounds = (map.left, map.left + map.width);
    for t in &mut out {
        if t.label
            .as_ref()
            .is_some_and(|l| l.left < bounds.0 || l.right > bounds.1)
        {
            t.label = None;
        }
    }
    let context = context_label(map, &out, years_labelled, lang);
    let context_width = context.as_deref().map_or(0.0, measure);
    let reserved = context
        .as_ref()
        .map(|_| (map.left, map.left + LABEL_INSET_PX + context_width));
    drop_colliding_labels(&mut out, reserved);
    Ticks {
        ticks: out,
        context,
        context_width,
    }
}

/// The period at the left edge, when no visible label names the year.
fn context_label(
    map: &ScreenMap,
    ticks: &[Tick],
    years_labelled: bool,
    lang: Lang,
) -> Option<String> {
    let date = date_from_day(map.view.start.floor() as Day)?;
    let month = || format!("{} {}", lang.month_name(date.month()), date.year());
    // Zoomed in to a few days, the left edge names its day in full.
    if map.view.span <= 4.0 {
        return Some(format!(
            "{} {} {}",
            date.day(),
            lang.month_abbr(date.month()),
            date.year()
        ));
    }
    let finest = ticks
        .iter()
        .filter(|t| t.label.is_some())
        .map(|t| t.step)
        .min();
    match finest {
        Some(Step::Day | Step::Week) => Some(month()),
        Some(Step::Month | Step::Quarter) if years_labelled => Some(date.year().to_string()),
        Some(_) => None,
        None if map.view.span < 62.0 => Some(month()),
        None => Some(date.year().to_string()),
    }
}

/// Keeps labels apart: coarser steps win, then earlier ticks.
fn drop_colliding_labels(ticks: &mut [Tick], reserved: Option<(f32, f32)>) {
    let mut order: Vec<usize> = (0..ticks.len())
        .filter(|&i| ticks[i].label.is_some())
        .collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(ticks[i].step), ticks[i].day));
    let mut placed: Vec<(f32, f32)> = reserved.into_iter().collect();
    for i in order {
        let Some(label) = &ticks[i].label else {
            continue;
        };
        let clear = placed
            .iter()
            .all(|&(l, r)| label.right + LABEL_GAP_PX <= l || label.left >= r + LABEL_GAP_PX);
        if clear {
            placed.push((label.left, label.right));
        } else {
            ticks[i].label = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::view::TimeView;

    /// A rough stand-in for a 12 px proportional font.
    fn measure(s: &str) -> f32 {
        s.chars().count() as f32 * 7.0
    }

    fn day(y: i32, m: u32, d: u32) -> f64 {
        day_from_date(NaiveDate::from_ymd_opt(y, m, d).unwrap()) as f64
    }

    fn labels(t: &Ticks) -> Vec<&str> {
        t.ticks
            .iter()
            .filter_map(|t| t.label.as_ref().map(|l| l.text.as_str()))
            .collect()
    }

    #[test]
    fn labels_never_overlap_at_any_zoom_or_width() {
        let mut span = 1.0;
        while span <= 3653.0 {
            for width in [200.0, 640.0, 1280.0, 3840.0] {
                for offset in [0.0, 0.37, 13.5, 200.2] {
                    let map =
                        ScreenMap::new(TimeView::new(day(2024, 1, 1) + offset, span), 10.0, width);
                    let t = ticks(&map, &measure, Lang::En);
                    let mut spans: Vec<(f32, f32)> = t
                        .ticks
                        .iter()
                        .filter_map(|t| t.label.as_ref().map(|l| (l.left, l.right)))
                        .collect();
                    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
                    for w in spans.windows(2) {
                        assert!(
                            w[0].1 + LABEL_GAP_PX <= w[1].0,
                            "span {span} width {width}: {w:?}"
                        );
                    }
                    assert!(
                        t.ticks.len() < width as usize,
                        "bounded by pixels, not days"
                    );
                    assert!(
                        !labels(&t).is_empty() || t.context.is_some(),
                        "span {span} width {width}"
                    );
                }
            }
            span *= 1.3;
        }
    }

    #[test]
    fn years_show_as_years_when_zoomed_out() {
        let map = ScreenMap::new(TimeView::new(day(2023, 1, 1), 4.0 * 365.0), 0.0, 1200.0);
        let t = ticks(&map, &measure, Lang::En);
        let l = labels(&t);
        assert!(l.contains(&"2024") && l.contains(&"2025"), "{l:?}");
    }

    #[test]
    fn a_quarter_shows_months_and_the_year() {
        let map = ScreenMap::new(TimeView::new(day(2024, 9, 20), 92.0), 0.0, 1200.0);
        let t = ticks(&map, &measure, Lang::En);
        let l = labels(&t);
        assert!(l.iter().any(|s| s.starts_with("Oct")), "{l:?}");
        let says_year =
            l.iter().any(|s| s.contains("2024")) || t.context.as_deref() == Some("2024");
        assert!(says_year, "{l:?} {:?}", t.context);
    }

    #[test]
    fn a_week_shows_days_and_the_month() {
        let map = ScreenMap::new(TimeView::new(day(2024, 10, 10), 7.0), 0.0, 1200.0);
        let t = ticks(&map, &measure, Lang::En);
        let l = labels(&t);
        assert!(l.contains(&"14 Oct"), "{l:?}");
        assert_eq!(t.context.as_deref(), Some("October 2024"));
    }

    #[test]
    fn ticks_fall_on_calendar_boundaries() {
        let map = ScreenMap::new(TimeView::new(day(2024, 1, 15), 120.0), 0.0, 1000.0);
        for t in ticks(&map, &measure, Lang::En).ticks {
            let d = date_from_day(t.day).unwrap();
            assert!(t.step.starts_at(d), "{d} is not a {:?} start", t.step);
        }
    }
}
