//! The export page: header, the timeline scene, the numbered list, legend and
//! footer, all in logical points. The SVG writer turns it into a file.

use crate::base::i18n::{Lang, tr, tr_args};
use crate::data::date::{PartialDate, format_range_in};
use crate::data::model::Timeline;
use crate::render::measure::Measurer;
use crate::timeline::layout::{Crowding, LayoutInput, Metrics, layout_fitting};
use crate::timeline::palette::Palette;
use crate::timeline::scene::Scene;
use crate::timeline::view::TimeView;
use egui::{Color32, Pos2, Rect, pos2, vec2};
use std::collections::BTreeSet;

/// Logical width of every export; the pixel width only scales it, so a wide
/// export is sharper, not smaller-lettered.
pub const PAGE_WIDTH: f32 = 1100.0;
pub(super) const MARGIN: f32 = 28.0;
const LIST_FONT: f32 = 12.0;
const LIST_ROW: f32 = 17.0;
/// Narrowest column of the numbered list.
const LIST_COLUMN_MIN: f32 = 560.0;

/// A line of text on the page (left-top anchored).
#[derive(Clone, Debug, PartialEq)]
pub struct PageText {
    pub pos: Pos2,
    pub text: String,
    pub size: f32,
    pub color: Color32,
    pub bold: bool,
}

/// A filled rectangle on the page (legend swatches).
#[derive(Clone, Debug, PartialEq)]
pub struct PageRect {
    pub rect: Rect,
    pub color: Color32,
}

/// Everything an export draws.
pub struct Page {
    pub width: f32,
    pub height: f32,
    pub palette: Palette,
    pub scene: Scene,
    pub texts: Vec<PageText>,
    pub rects: Vec<PageRect>,
    /// The language of the page's own words and dates.
    pub lang: Lang,
}

/// What to put on the page.
#[derive(Clone, Debug, PartialEq)]
pub struct PageSpec {
    /// First and last day shown (inclusive).
    pub from: PartialDate,
    pub to: PartialDate,
    pub palette: Palette,
    pub title: String,
    pub legend: bool,
    pub sources: bool,
    /// Only the Key events (turning points).
    pub key_only: bool,
    /// Categories drawn, top to bottom.
    pub lanes: Vec<usize>,
    /// "22 November 2026": when the export was made.
    pub exported_on: String,
    /// The language of the page's own words and dates.
    pub lang: Lang,
}

/// Text and swatches being written down the page (also the compare page's).
pub(super) struct PageWriter<'a> {
    pub(super) texts: Vec<PageText>,
    pub(super) rects: Vec<PageRect>,
    pub(super) y: f32,
    pub(super) palette: Palette,
    pub(super) measurer: &'a Measurer,
    pub(super) lang: Lang,
}

impl<'a> PageWriter<'a> {
    /// A page with its title at the top; writing goes on below it.
    pub(super) fn titled(
        title: &str,
        palette: Palette,
        measurer: &'a Measurer,
        lang: Lang,
    ) -> Self {
        let mut w = PageWriter {
            texts: Vec::new(),
            rects: Vec::new(),
            y: MARGIN,
            palette,
            measurer,
            lang,
        };
        w.text(MARGIN, title.to_owned(), 22.0, palette.text, true);
        w.y += 32.0;
        w
    }

    pub(super) fn text(&mut self, x: f32, text: String, size: f32, color: Color32, bold: bool) {
        self.texts.push(PageText {
            pos: pos2(x, self.y),
            text,
            size,
            color,
            bold,
        });
    }

    /// `text` wrapped to `width` at `x`, list-sized, lines `row` apart,
    /// from the current height; moves down past it.
    pub(super) fn wrapped(
        &mut self,
        x: f32,
        width: f32,
        text: &str,
        style: (Color32, bool),
        row: f32,
    ) {
        let (color, bold) = style;
        for line in wrap(text, width, &|s| self.measurer.width(s, LIST_FONT)) {
            self.text(x, line, LIST_FONT, color, bold);
            self.y += row;
        }
    }

    /// Events that got numbers, listed in as many columns as fit.
    fn numbered_list(&mut self, timeline: &Timeline, numbered: &[usize]) {
        if numbered.is_empty() {
            return;
        }
        let heading = tr(self.lang, "export-page-numbered-events");
        self.text(MARGIN, heading, 13.0, self.palette.text, true);
        self.y += 20.0;
        let inner = PAGE_WIDTH - 2.0 * MARGIN;
        let columns = ((inner / LIST_COLUMN_MIN).floor() as usize).clamp(1, 6);
        let col_w = inner / columns as f32;
        let rows = numbered.len().div_ceil(columns);
        for (k, &i) in numbered.iter().enumerate() {
            let (col, row) = (k / rows, k % rows);
            let e = &timeline.events[i];
            let line = format!(
                "{}.  {}  {}",
                k + 1,
                e.date_label_in(self.lang),
                e.title_in(self.lang)
            );
            let (line, _) = crate::timeline::layout::fit_text(&line, col_w - 12.0, &|s| {
                self.measurer.width(s, LIST_FONT)
            });
            let pos = pos2(MARGIN + col as f32 * col_w, self.y + row as f32 * LIST_ROW);
            self.texts.push(PageText {
                pos,
                text: line,
                size: LIST_FONT,
                color: self.palette.text,
                bold: false,
            });
        }
        self.y += rows as f32 * LIST_ROW + 10.0;
    }

    /// A swatch and name per lane shown, wrapping at the page's width.
    fn legend(&mut self, timeline: &Timeline, lanes: &[usize]) {
        let mut x = MARGIN;
        for &c in lanes {
            let cat = &timeline.categories[c];
            let [r, g, b] = cat.color;
            let width = 16.0 + self.measurer.width(&cat.name, LIST_FONT) + 22.0;
            if x > MARGIN && x + width > PAGE_WIDTH - MARGIN {
                x = MARGIN;
                self.y += 20.0;
            }
            let swatch = Rect::from_min_size(pos2(x, self.y + 2.0), vec2(11.0, 11.0));
            self.rects.push(PageRect {
                rect: swatch,
                color: Color32::from_rgb(r, g, b),
            });
            self.text(
                x + 16.0,
                cat.name.clone(),
                LIST_FONT,
                self.palette.text,
                false,
            );
            x += width;
        }
        self.y += 24.0;
    }

    /// The outlets quoted by the events drawn (with "via" and official sources marked).
    fn sources(&mut self, timeline: &Timeline, shown: &[usize]) {
        let outlets: BTreeSet<String> = shown
            .iter()
            .flat_map(|&i| &timeline.events[i].quotes)
            .filter_map(|q| timeline.sources.get(q.source))
            .map(|s| match s.kind {
                crate::data::model::SourceKind::Official => tr_args(
                    self.lang,
                    "export-page-official",
                    &[("outlet", (&s.outlet_via()).into())],
                ),
                _ => s.outlet_via(),
            })
            .collect();
        if outlets.is_empty() {
            return;
        }
        let list = outlets.into_iter().collect::<Vec<_>>().join(", ");
        let all = tr_args(
            self.lang,
            "export-page-sources-quoted",
            &[("outlets", (&list).into())],
        );
        let inner = PAGE_WIDTH - 2.0 * MARGIN;
        let weak = (self.palette.weak_text, false);
        self.wrapped(MARGIN, inner, &all, weak, LIST_ROW);
        self.y += 4.0;
    }

    /// The corrections logged for the events drawn, newest first; past
    /// [`MAX_CORRECTIONS`] the rest are counted.
    fn corrections(&mut self, timeline: &Timeline, shown: &[usize]) {
        let shown: BTreeSet<usize> = shown.iter().copied().collect();
        let logged: Vec<_> = timeline
            .corrections
            .iter()
            .filter(|c| c.events.iter().any(|e| shown.contains(e)))
            .collect();
        if logged.is_empty() {
            return;
        }
        let heading = tr(self.lang, "export-page-corrected");
        self.text(MARGIN, heading, 13.0, self.palette.text, true);
        self.y += 20.0;
        let inner = PAGE_WIDTH - 2.0 * MARGIN;
        for c in logged.iter().take(MAX_CORRECTIONS) {
            let line = format!("{}: {}", c.date.long_in(self.lang), c.text);
            let weak = (self.palette.weak_text, false);
            self.wrapped(MARGIN, inner, &line, weak, LIST_ROW);
        }
        if logged.len() > MAX_CORRECTIONS {
            let count = logged.len() - MAX_CORRECTIONS;
            let more = tr_args(
                self.lang,
                "export-page-more-corrections",
                &[("count", count.into())],
            );
            self.text(MARGIN, more, LIST_FONT, self.palette.weak_text, false);
            self.y += LIST_ROW;
        }
        self.y += 4.0;
    }
}

/// The most corrections listed one by one on a page.
const MAX_CORRECTIONS: usize = 60;

/// Lays out an export page for `timeline`.
pub fn compose(timeline: &Timeline, spec: &PageSpec, measurer: &Measurer) -> Page {
    let palette = spec.palette;
    let mut w = PageWriter::titled(&spec.title, palette, measurer, spec.lang);
    let subtitle_y = w.y;
    w.y += 26.0;
    let (scene, lanes, in_range) = page_scene(timeline, spec, measurer, w.y);
    let shown: Vec<usize> = scene.drawn_events().collect();
    let count = if in_range > shown.len() {
        let in_bars = (in_range - shown.len()).into();
        let args = [("count", in_range.into()), ("inBars", in_bars)];
        tr_args(spec.lang, "export-page-events-in-bars", &args)
    } else {
        tr_args(
            spec.lang,
            "export-page-events",
            &[("count", in_range.into())],
        )
    };
    let range = format_range_in(&spec.from, Some(&spec.to), spec.lang);
    let subtitle = PageText {
        pos: pos2(MARGIN, subtitle_y),
        text: format!("{range} · {count}"),
        size: 14.0,
        color: palette.weak_text,
        bold: false,
    };
    w.texts.push(subtitle);
    w.y = scene.rect.bottom() + 18.0;
    w.numbered_list(timeline, &scene.numbered);
    if spec.legend {
        w.legend(timeline, &lanes);
    }
    if spec.sources {
        w.sources(timeline, &shown);
        w.corrections(timeline, &shown);
    }
    let footer = footer(spec.lang, &timeline.title, &spec.exported_on);
    w.text(MARGIN, footer, LIST_FONT, palette.weak_text, false);
    let height = (w.y + LIST_ROW + MARGIN).ceil();
    Page {
        width: PAGE_WIDTH,
        height,
        palette,
        scene,
        texts: w.texts,
        rects: w.rects,
        lang: spec.lang,
    }
}

/// The timeline part of the page, from `top`: the scene, the lanes it shows
/// (those with events in the range), and how many events are in the range.
fn page_scene(
    timeline: &Timeline,
    spec: &PageSpec,
    measurer: &Measurer,
    top: f32,
) -> (Scene, Vec<usize>, usize) {
    let measure = |s: &str| measurer.width(s, crate::timeline::style::LABEL_FONT_SIZE);
    let from_day = spec.from.first_day();
    let to_day = spec.to.end_day_exclusive();
    // Not `TimeView::new`: an export may span more than the screen's zoom limit.
    let view = TimeView {
        start: from_day as f64,
        span: (to_day - from_day).max(1) as f64,
    };
    let mask: Option<Vec<bool>> = spec.key_only.then(|| {
        let key =
            |e: &crate::data::model::Event| e.importance == crate::data::model::Importance::Key;
        timeline.events.iter().map(key).collect()
    });
    let shown_in = |c: usize| {
        timeline
            .overlapping_in(c, from_day, to_day)
            .filter(|&i| mask.as_ref().is_none_or(|m| m[i]))
    };
    // Lanes with nothing in the range are left out, and so is their legend entry.
    let lanes: Vec<usize> = spec
        .lanes
        .iter()
        .copied()
        .filter(|&c| shown_in(c).next().is_some())
        .collect();
    let metrics = Metrics {
        min_lane_height: 44.0,
        max_label_px: 420.0,
        ..Metrics::default()
    };
    let height = metrics.axis_height + lanes.len().max(1) as f32 * 44.0;
    let rect = Rect::from_min_size(pos2(MARGIN, top), vec2(PAGE_WIDTH - 2.0 * MARGIN, height));
    let input = LayoutInput {
        metrics,
        filter: mask.as_deref(),
        lang: spec.lang,
        ..LayoutInput::new(view, rect, &lanes, Crowding::Number, &measure)
    };
    let scene = layout_fitting(timeline, &input);
    let in_range = lanes.iter().map(|&c| shown_in(c).count()).sum();
    (scene, lanes, in_range)
}

/// Greedy word wrap to `width`.
pub fn wrap(text: &str, width: f32, measure: &dyn Fn(&str) -> f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if measure(&candidate) > width && !line.is_empty() {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// "22 November 2026" for today's date.
pub fn today_long(lang: Lang) -> String {
    let today = chrono::Local::now().date_naive();
    PartialDate::from_naive(today).long_in(lang)
}

/// "Title · exported 2 December 2026 with India–Canada Timeline 0.1.0".
pub(super) fn footer(lang: Lang, title: &str, exported_on: &str) -> String {
    let version = env!("CARGO_PKG_VERSION");
    let args = [
        ("title", title.into()),
        ("date", exported_on.into()),
        ("version", version.into()),
    ];
    tr_args(lang, "export-page-footer", &args)
}

/// A page of text and rectangles.
pub struct TextPage {
    pub width: f32,
    pub height: f32,
    pub palette: Palette,
    pub texts: Vec<PageText>,
    pub rects: Vec<PageRect>,
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_keeps_every_word_within_the_width() {
        let m = |s: &str| s.chars().count() as f32;
        let lines = wrap("aa bbb cccc dd e", 7.0, &m);
        assert_eq!(lines, ["aa bbb", "cccc dd", "e"]);
        assert!(lines.iter().all(|l| m(l) <= 7.0));
    }
}
