//! SVG to PNG on the CPU (resvg), with the app's fonts: no GPU, any size.

use resvg::{tiny_skia, usvg};
use std::sync::{Arc, OnceLock};

/// Largest image we agree to allocate (pixels), about 8000 × 12500.
const MAX_PIXELS: u64 = 100_000_000;

fn fontdb() -> Arc<usvg::fontdb::Database> {
    static DB: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    DB.get_or_init(|| {
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(crate::fonts::TEXT_FONT.to_vec());
        db.load_font_data(crate::fonts::SYMBOL_FONT.to_vec());
        Arc::new(db)
    })
    .clone()
}

/// Why rasterizing failed.
#[derive(Debug, thiserror::Error)]
pub enum RasterError {
    #[error("the SVG could not be read: {0}")]
    Svg(String),
    #[error("the image would be {0} × {1} pixels, too large to render")]
    TooLarge(u32, u32),
    #[error("the PNG could not be encoded: {0}")]
    Encode(String),
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
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| RasterError::Svg(e.to_string()))?;
    let size = tree.size().to_int_size();
    let (w, h) = (size.width(), size.height());
    if u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(RasterError::TooLarge(w, h));
    }
    let mut pixmap = tiny_skia::Pixmap::new(w, h).ok_or(RasterError::TooLarge(w, h))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|e| RasterError::Encode(e.to_string()))
}
