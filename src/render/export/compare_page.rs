//! The compare view on paper: two columns of statements aligned by day, each
//! numbered, and the numbered citations in the footer.
//!
//! It goes through the same SVG → PNG/PDF writers as the timeline export, so
//! the fonts, the themes and the atomic writes are the same.

use super::ExportError;
use super::page::{MARGIN, PAGE_WIDTH, PageRect, PageWriter, TextPage, today_long};
use crate::base::i18n::{Lang, tr, tr_args};
use crate::data::cite::CitationStyle;
use crate::data::formats::FileFormat;
use crate::data::model::Timeline;
use crate::render::measure::Measurer;
use crate::timeline::compare::{
    CompareRow, CompareSpec, Statement, citation, statement_heading_in,
};
use crate::timeline::palette::Palette;
use egui::{Rect, pos2, vec2};

const GUTTER: f32 = 24.0;
const ROW: f32 = 16.0;
/// The most rows a page lists; the rest are counted.
pub const MAX_ROWS: usize = 400;

/// What goes on a compare page besides the rows.
pub struct ComparePageSpec<'a> {
    pub title: &'a str,
    /// "1 October 2024 – 31 October 2024".
    pub range: String,
    pub spec: CompareSpec,
    pub style: CitationStyle,
    pub palette: Palette,
    /// The language of the page's own words (quotes and names stay as written).
    pub lang: Lang,
}

/// Wrapped lines at `x` within `width` from `top`, the writer's own height
/// untouched (the two columns start level); returns the bottom.
fn block(
    w: &mut PageWriter<'_>,
    x: f32,
    top: f32,
    width: f32,
    text: &str,
    weak: bool,
    bold: bool,
) -> f32 {
    let color = if weak {
        w.palette.weak_text
    } else {
        w.palette.text
    };
    let level = std::mem::replace(&mut w.y, top);
    w.wrapped(x, width, text, (color, bold), ROW);
    std::mem::replace(&mut w.y, level)
}

/// Lays out the compare page for `rows`.
pub fn compose_compare(
    t: &Timeline,
    rows: &[CompareRow],
    spec: &ComparePageSpec<'_>,
    measurer: &Measurer,
) -> TextPage {
    let palette = spec.palette;
    let lang = spec.lang;
    let mut w = PageWriter::titled(spec.title, palette, measurer, lang);
    let (left, right) = (
        spec.spec.left.label_in(t, lang),
        spec.spec.right.label_in(t, lang),
    );
    let heading_args = [
        ("left", (&left).into()),
        ("right", (&right).into()),
        ("range", (&spec.range).into()),
    ];
    let heading = tr_args(lang, "export-page-compare-heading", &heading_args);
    let top = w.y;
    w.y = block(
        &mut w,
        MARGIN,
        top,
        PAGE_WIDTH - 2.0 * MARGIN,
        &heading,
        true,
        false,
    ) + 10.0;
    let column = (PAGE_WIDTH - 2.0 * MARGIN - GUTTER) / 2.0;
    let right_x = MARGIN + column + GUTTER;
    let top = w.y;
    block(&mut w, MARGIN, top, column, &left, false, true);
    block(&mut w, right_x, top, column, &right, false, true);
    w.y += ROW + 4.0;
    let cited = rows_block(&mut w, t, rows, column, right_x);
    w.y += 14.0;
    let top = w.y;
    let citations = tr(lang, "export-page-citations");
    w.y = block(&mut w, MARGIN, top, PAGE_WIDTH, &citations, false, true) + 2.0;
    let accessed = chrono::Local::now().date_naive();
    for (k, s) in cited.iter().enumerate() {
        let line = format!("[{}] {}", k + 1, citation(t, *s, spec.style, accessed));
        let top = w.y;
        w.y = block(
            &mut w,
            MARGIN,
            top,
            PAGE_WIDTH - 2.0 * MARGIN,
            &line,
            true,
            false,
        );
    }
    let footer = super::page::footer(lang, &t.title, &today_long(lang));
    let top = w.y + 8.0;
    w.y = block(
        &mut w,
        MARGIN,
        top,
        PAGE_WIDTH - 2.0 * MARGIN,
        &footer,
        true,
        false,
    );
    TextPage {
        width: PAGE_WIDTH,
        height: (w.y + MARGIN).ceil(),
        palette,
        texts: w.texts,
        rects: w.rects,
    }
}

/// The rows, each statement numbered; returns the statements in number order.
fn rows_block(
    w: &mut PageWriter<'_>,
    t: &Timeline,
    rows: &[CompareRow],
    column: f32,
    right_x: f32,
) -> Vec<Statement> {
    let palette = w.palette;
    let mut cited: Vec<Statement> = Vec::new();
    for row in rows.iter().take(MAX_ROWS) {
        w.rects.push(PageRect {
            rect: Rect::from_min_size(pos2(MARGIN, w.y), vec2(PAGE_WIDTH - 2.0 * MARGIN, 1.0)),
            color: palette.grid,
        });
        let top = w.y + 6.0;
        let mut bottom = top;
        for (x, s) in [(MARGIN, row.left), (right_x, row.right)] {
            if let Some(s) = s {
                cited.push(s);
                let q = &t.events[s.event].quotes[s.quote];
                let head = format!("[{}] {}", cited.len(), statement_heading_in(t, s, w.lang));
                let y = block(w, x, top, column, &head, true, false);
                bottom = bottom.max(block(
                    w,
                    x,
                    y,
                    column,
                    &format!("“{}”", q.text),
                    false,
                    false,
                ));
            }
        }
        w.y = bottom + 6.0;
    }
    if rows.len() > MAX_ROWS {
        let count = rows.len() - MAX_ROWS;
        let more = tr_args(w.lang, "export-page-more-rows", &[("count", count.into())]);
        w.y = block(
            w,
            MARGIN,
            w.y,
            PAGE_WIDTH - 2.0 * MARGIN,
            &more,
            true,
            false,
        );
    }
    cited
}

/// The compare page as PNG, SVG or PDF bytes, `pixel_width` wide.
pub fn compare_bytes(
    t: &Timeline,
    rows: &[CompareRow],
    spec: &ComparePageSpec<'_>,
    format: FileFormat,
    pixel_width: u32,
    measurer: &Measurer,
) -> Result<Vec<u8>, ExportError> {
    if !(super::MIN_WIDTH..=super::MAX_WIDTH).contains(&pixel_width) {
        return Err(ExportError::Width(pixel_width));
    }
    let page = compose_compare(t, rows, spec, measurer);
    let svg = super::svg::write_text_page_svg(spec.title, &page, pixel_width);
    super::picture_bytes(svg, format)
}
