//! SVG to PNG on the CPU (resvg), with the app's fonts: no GPU, any size.

use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// Largest image we agree to allocate (pixels), about 8000 × 12500.
const MAX_PIXELS: u64 = 100_000_000;

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

/// Why rasterizing failed.
#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    #[error("the SVG could not be read: {0}")]
    Svg(#[source] usvg::Error),
    #[error("the image would be {0} × {1} pixels, too large to render")]
    TooLarge(u32, u32),
    #[error("the PNG could not be encoded: {0}")]
    Encode(#[source] png::EncodingError),
}

impl RasterError {
    /// The error in a language's words, for the window.
    pub fn message(&self, lang: crate::base::i18n::Lang) -> String {
        use crate::base::i18n::tr_args;
        match self {
            Self::Svg(e) => tr_args(
                lang,
                "error-svg-read",
                &[("error", (&e.to_string()).into())],
            ),
            Self::TooLarge(w, h) => tr_args(
                lang,
                "error-image-too-large",
                &[
                    ("width", (*w as usize).into()),
                    ("height", (*h as usize).into()),
                ],
            ),
            Self::Encode(e) => tr_args(
                lang,
                "error-png-encode",
                &[("error", (&e.to_string()).into())],
            ),
        }
    }
}

/// Renders SVG text to PNG bytes at the SVG's own pixel size.
pub fn png_from_svg(svg: &str) -> Result<Vec<u8>, RasterError> {
    let db = fontdb();
    let family = db
        .faces()
        .next()
        .and_then(|f| f.families.first().map(|(name, _)| name.clone()))
        .unwrap_or_else(|| "sans-serif".into());
    let options = usvg::Options {
        fontdb: db,
        font_family: family,
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(RasterError::Svg)?;
    let size = tree.size().to_int_size();
    let (w, h) = (size.width(), size.height());
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(RasterError::TooLarge(w, h));
    }
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or(RasterError::TooLarge(w, h))?;
    render_in_bands(&tree, &mut pixmap);
    encode_png(&pixmap).map_err(RasterError::Encode)
}

/// PNG with fast compression: exports are large and mostly flat colour, where
/// fast deflate takes a fraction of the default's time for a similar size.
fn encode_png(pixmap: &tiny_skia::Pixmap) -> Result<Vec<u8>, png::EncodingError> {
    let mut rgba = Vec::with_capacity(pixmap.data().len());
    for p in pixmap.pixels() {
        let c = p.demultiply();
        rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, pixmap.width(), pixmap.height());
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_compression(png::Compression::Fast);
    encoder.write_header()?.write_image_data(&rgba)?;
    Ok(out)
}

/// Renders horizontal bands of the image on all cores into one pixmap.
fn render_in_bands(tree: &usvg::Tree, pixmap: &mut tiny_skia::Pixmap) {
    let width = pixmap.width();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8) as u32;
    let band_rows = pixmap.height().div_ceil(threads).max(1);
    let row_bytes = width as usize * 4;
    std::thread::scope(|scope| {
        for (k, chunk) in pixmap
            .data_mut()
            .chunks_mut(band_rows as usize * row_bytes)
            .enumerate()
        {
            scope.spawn(move || {
                let rows = (chunk.len() / row_bytes) as u32;
                if let Some(mut band) = tiny_skia::PixmapMut::from_bytes(chunk, width, rows) {
                    let top = (k as u32 * band_rows) as f32;
                    resvg::render(
                        tree,
                        tiny_skia::Transform::from_translate(0.0, -top),
                        &mut band,
                    );
                }
            });
        }
    });
}
