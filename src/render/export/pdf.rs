//! The export's SVG as a PDF: vector shapes and real, searchable text (fonts
//! embedded as subsets), for reports and print. krilla reads the same SVG that
//! the PNG is rasterized from, with the same fonts; it maps shaped Devanagari
//! and Gurmukhi clusters back to their text, so a Hindi or Punjabi export can be
//! searched and copied from (svg2pdf, used before, lost the letters of clusters
//! whose vowel sign is drawn first).

use krilla::Document;
use krilla::geom::Size;
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};
use pdf_usvg as usvg;
use std::sync::{Arc, OnceLock};

/// Why writing the PDF failed.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("the drawing could not be read for the PDF: {0}")]
    Svg(#[source] usvg::Error),
    #[error("the PDF could not be written: {0}")]
    Write(#[source] krilla::error::KrillaError),
    #[error("the PDF could not be written: the drawing is {0} × {1}, an impossible page")]
    PageSize(f32, f32),
}

impl PdfError {
    /// The error in a language's words, for the window.
    pub fn message(&self, lang: crate::base::i18n::Lang) -> String {
        use crate::base::i18n::tr_args;
        match self {
            Self::Svg(e) => tr_args(
                lang,
                "error-pdf-read",
                &[("error", (&e.to_string()).into())],
            ),
            Self::Write(e) => tr_args(
                lang,
                "error-pdf-write",
                &[("error", (&e.to_string()).into())],
            ),
            Self::PageSize(w, h) => tr_args(
                lang,
                "error-pdf-write",
                &[("error", (&format!("{w} × {h}")).into())],
            ),
        }
    }
}

/// The app's fonts (and the system fallbacks), loaded once.
fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        crate::render::fonts::export_font_files().for_each(|f| {
            db.load_font_source(usvg::fontdb::Source::Binary(f));
        });
        Arc::new(db)
    })
    .clone()
}

/// Converts SVG text to PDF bytes, one page the size of the drawing.
pub fn pdf_from_svg(svg: &str) -> Result<Vec<u8>, PdfError> {
    let options = usvg::Options {
        fontdb: fontdb(),
        font_family: crate::render::fonts::TEXT_FAMILY.to_owned(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(PdfError::Svg)?;
    let (w, h) = (tree.size().width(), tree.size().height());
    let (Some(page_size), Some(size)) = (PageSettings::from_wh(w, h), Size::from_wh(w, h)) else {
        return Err(PdfError::PageSize(w, h));
    };
    let mut document = Document::new();
    let mut page = document.start_page_with(page_size);
    let mut surface = page.surface();
    if surface
        .draw_svg(&tree, size, SvgSettings::default())
        .is_none()
    {
        log::warn!("part of the drawing could not be written to the PDF");
    }
    surface.finish();
    page.finish();
    document.finish().map_err(PdfError::Write)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_drawing_becomes_a_pdf() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="5" y="30" font-family="Ubuntu" font-size="14">Nijjar</text></svg>"#;
        let pdf = pdf_from_svg(svg).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf_from_svg("<svg").is_err());
    }
}
