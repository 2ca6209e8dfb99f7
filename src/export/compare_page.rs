//! The compare view on paper: two columns of statements aligned by day, each
//! numbered, and the numbered citations in the footer.
//!
//! It goes through the same SVG → PNG/PDF writers as the timeline export, so
//! the fonts, the themes and the atomic writes are the same.

use super::page::{PAGE_WIDTH, PageRect, PageText, today_long, wrap};
use super::{ExportError, Format, pdf_from_svg, png_from_svg};
use crate::cite::CitationStyle;
use crate::compare::{CompareRow, CompareSpec, Statement, citation, statement_heading};
use crate::measure::Measurer;
use crate::model::Timeline;
use crate::palette::Palette;
use egui::{Rect, pos2, vec2};

const MARGIN: f32 = 28.0;
const GUTTER: f32 = 24.0;
const FONT: f32 = 12.0;
const ROW: f32 = 16.0;
/// The most rows a page lists; the rest are counted.
pub const MAX_ROWS: usize = 400;

/// A page of text and rectangles.
pub struct TextPage {
    pub width: f32,
    pub height: f32,
    pub palette: Palette,
    pub texts: Vec<PageText>,
    pub rects: Vec<PageRect>,
}

/// What goes on a compare page besides the rows.
pub struct ComparePageSpec<'a> {
    pub title: &'a str,
    /// "1 October 2024 – 31 October 2024".
    pub range: String,
    pub spec: CompareSpec,
    pub style: CitationStyle,
    pub palette: Palette,
}

struct Writer<'a> {
    page: TextPage,
    y: f32,
    measurer: &'a Measurer,
}

impl Writer<'_> {
    /// Wrapped lines at `x` within `width` from `top`; returns the bottom.
    fn block(&mut self, x: f32, top: f32, width: f32, text: &str, weak: bool, bold: bool) -> f32 {
        let color = if weak {
            self.page.palette.weak_text
        } else {
            self.page.palette.text
        };
        let mut y = top;
        for line in wrap(text, width, &|s| self.measurer.width(s, FONT)) {
            self.page.texts.push(PageText {
                pos: pos2(x, y),
                text: line,
                size: FONT,
                color,
                bold,
            });
            y += ROW;
        }
        y
    }
}

/// Lays out the compare page for `rows`.
pub fn compose_compare(
    t: &Timeline,
    rows: &[CompareRow],
    spec: &ComparePageSpec<'_>,
    measurer: &Measurer,
) -> TextPage {
    let palette = spec.palette;
    let mut w = Writer {
        page: TextPage {
            width: PAGE_WIDTH,
            height: 0.0,
            palette,
            texts: Vec::new(),
            rects: Vec::new(),
        },
        y: MARGIN,
        measurer,
    };
    let title = PageText {
        pos: pos2(MARGIN, w.y),
        text: spec.title.to_owned(),
        size: 22.0,
        color: palette.text,
        bold: true,
    };
    w.page.texts.push(title);
    w.y += 32.0;
    let (left, right) = (spec.spec.left.label(t), spec.spec.right.label(t));
    w.y = w.block(
        MARGIN,
        w.y,
        PAGE_WIDTH - 2.0 * MARGIN,
        &format!("{left} and {right} · {}", spec.range),
        true,
        false,
    ) + 10.0;
    let column = (PAGE_WIDTH - 2.0 * MARGIN - GUTTER) / 2.0;
    let right_x = MARGIN + column + GUTTER;
    w.block(MARGIN, w.y, column, &left, false, true);
    w.block(right_x, w.y, column, &right, false, true);
    w.y += ROW + 4.0;
    let cited = rows_block(&mut w, t, rows, column, right_x);
    w.y += 14.0;
    w.y = w.block(MARGIN, w.y, PAGE_WIDTH, "Citations", false, true) + 2.0;
    let accessed = chrono::Local::now().date_naive();
    for (k, s) in cited.iter().enumerate() {
        let line = format!("[{}] {}", k + 1, citation(t, *s, spec.style, accessed));
        w.y = w.block(MARGIN, w.y, PAGE_WIDTH - 2.0 * MARGIN, &line, true, false);
    }
    let version = env!("CARGO_PKG_VERSION");
    let footer = format!(
        "{} · exported {} with India–Canada Timeline {version}",
        t.title,
        today_long()
    );
    w.y = w.block(
        MARGIN,
        w.y + 8.0,
        PAGE_WIDTH - 2.0 * MARGIN,
        &footer,
        true,
        false,
    );
    w.page.height = (w.y + MARGIN).ceil();
    w.page
}

/// The rows, each statement numbered; returns the statements in number order.
fn rows_block(
    w: &mut Writer<'_>,
    t: &Timeline,
    rows: &[CompareRow],
    column: f32,
    right_x: f32,
) -> Vec<Statement> {
    let palette = w.page.palette;
    let mut cited: Vec<Statement> = Vec::new();
    for row in rows.iter().take(MAX_ROWS) {
        w.page.rects.push(PageRect {
            rect: Rect::from_min_size(pos2(MARGIN, w.y), vec2(PAGE_WIDTH - 2.0 * MARGIN, 1.0)),
            color: palette.grid,
        });
        let top = w.y + 6.0;
        let mut bottom = top;
        for (x, s) in [(MARGIN, row.left), (right_x, row.right)] {
            if let Some(s) = s {
                cited.push(s);
                let q = &t.events[s.event].quotes[s.quote];
                let head = format!("[{}] {}", cited.len(), statement_heading(t, s));
                let y = w.block(x, top, column, &head, true, false);
                bottom = bottom.max(w.block(x, y, column, &format!("“{}”", q.text), false, false));
            }
        }
        w.y = bottom + 6.0;
    }
    if rows.len() > MAX_ROWS {
        let more = format!(
            "…and {} more rows: choose a shorter range.",
            rows.len() - MAX_ROWS
        );
        w.y = w.block(MARGIN, w.y, PAGE_WIDTH - 2.0 * MARGIN, &more, true, false);
    }
    cited
}

/// The compare page as PNG, SVG or PDF bytes, `pixel_width` wide.
pub fn compare_bytes(
    t: &Timeline,
    rows: &[CompareRow],
    spec: &ComparePageSpec<'_>,
    format: Format,
    pixel_width: u32,
    measurer: &Measurer,
) -> Result<Vec<u8>, ExportError> {
    if !(super::MIN_WIDTH..=super::MAX_WIDTH).contains(&pixel_width) {
        return Err(ExportError::Width(pixel_width));
    }
    let page = compose_compare(t, rows, spec, measurer);
    let svg = super::svg::write_text_page_svg(spec.title, &page, pixel_width);
    Ok(match format {
        Format::Svg => svg.into_bytes(),
        Format::Png => png_from_svg(&svg)?,
        Format::Pdf => pdf_from_svg(&svg)?,
    })
}
