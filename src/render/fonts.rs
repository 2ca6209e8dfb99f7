//! Fonts shipped inside the binary, so the app and its exports look the same
//! on every machine; then, for scripts they lack (Devanagari, Gurmukhi, Arabic,
//! Hebrew, CJK...), the system's own fonts as fallbacks, on screen and in exports.
//!
//! The bundled faces always come first, so Latin text looks the same everywhere;
//! a fallback face is only reached for characters the bundled ones do not have.

use egui::{FontData, FontDefinitions, FontFamily};
use std::sync::{Arc, OnceLock};

/// The text face of labels on screen and in exports.
pub const TEXT_FONT: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;
/// Fallback for arrows, bullets and other symbols the text face lacks.
pub const SYMBOL_FONT: &[u8] = epaint_default_fonts::HACK_REGULAR;
/// Family name of [`TEXT_FONT`], as SVG exports refer to it.
pub const TEXT_FAMILY: &str = "Ubuntu";
/// Hindi's script, bundled so that a machine without Indian fonts shows it
/// (Noto Sans Devanagari, SIL Open Font License: `assets/fonts/OFL.txt`).
pub const DEVANAGARI_FONT: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansDevanagari-Regular.ttf");
/// Punjabi's script (Noto Sans Gurmukhi, same licence).
pub const GURMUKHI_FONT: &[u8] = include_bytes!("../../assets/fonts/NotoSansGurmukhi-Regular.ttf");

/// The faces inside the binary, in the order they are tried: egui's names
/// for them and their bytes. egui's monochrome emoji faces carry the symbols
/// of the interface (⚠ ★ ☰ ✔ ⇆); egui no longer loads them by default.
pub const BUNDLED_FACES: [(&str, &[u8]); 6] = [
    ("Ubuntu-Light", TEXT_FONT),
    ("Hack", SYMBOL_FONT),
    ("NotoSansDevanagari", DEVANAGARI_FONT),
    ("NotoSansGurmukhi", GURMUKHI_FONT),
    (
        "NotoEmoji-Regular",
        epaint_default_fonts::NOTO_EMOJI_REGULAR,
    ),
    ("emoji-icon-font", epaint_default_fonts::EMOJI_ICON),
];

/// One character of each script the bundled fonts lack; a system face that
/// has it is taken as that script's fallback.
const SCRIPT_SAMPLES: [(&str, char); 12] = [
    ("Devanagari", '\u{915}'),
    ("Gurmukhi", '\u{A15}'),
    ("Bengali", '\u{995}'),
    ("Gujarati", '\u{A95}'),
    ("Tamil", '\u{B95}'),
    ("Telugu", '\u{C15}'),
    ("Arabic", '\u{628}'),
    ("Hebrew", '\u{5D0}'),
    ("Thai", '\u{E01}'),
    ("Han", '\u{4E2D}'),
    ("Hangul", '\u{D55C}'),
    ("Kana", '\u{3042}'),
];

/// A system font face used as a fallback for one or more scripts.
#[derive(Clone)]
pub struct FallbackFace {
    /// A name for egui's font table.
    pub name: String,
    pub data: Arc<Vec<u8>>,
    /// Face index within a collection file.
    pub index: u32,
}

/// The system faces that cover the scripts of [`SCRIPT_SAMPLES`], found once.
pub fn fallback_faces() -> &'static [FallbackFace] {
    static FACES: OnceLock<Vec<FallbackFace>> = OnceLock::new();
    FACES.get_or_init(find_fallback_faces)
}

fn find_fallback_faces() -> Vec<FallbackFace> {
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_system_fonts();
    let mut found: Vec<(resvg::usvg::fontdb::ID, FallbackFace)> = Vec::new();
    for (script, sample) in SCRIPT_SAMPLES {
        let bundled = BUNDLED_FACES
            .iter()
            .any(|(_, data)| covers(data, 0, sample));
        if bundled || found.iter().any(|(_, f)| covers(&f.data, f.index, sample)) {
            continue;
        }
        // Prefer regular upright faces; they are listed in a stable order.
        let mut candidates: Vec<_> = db
            .faces()
            .filter(|f| f.style == resvg::usvg::fontdb::Style::Normal)
            .collect();
        candidates.sort_by_key(|f| (f.weight.0.abs_diff(400), f.post_script_name.clone()));
        let face = candidates.into_iter().find_map(|info| {
            db.with_face_data(info.id, |data, index| {
                covers(data, index, sample).then(|| FallbackFace {
                    name: format!("system-{script}-{}", info.post_script_name),
                    data: Arc::new(data.to_vec()),
                    index,
                })
            })
            .flatten()
            .map(|f| (info.id, f))
        });
        match face {
            Some(face) => found.push(face),
            None => log::info!("no system font covers {script}; its text shows as boxes"),
        }
    }
    found.into_iter().map(|(_, f)| f).collect()
}

/// Font bytes shared between font databases without copying.
pub type SharedFont = Arc<dyn AsRef<[u8]> + Send + Sync>;

/// The font files an export is drawn with, in the order they are tried: the
/// bundled faces first (so exports look the same everywhere), then the system
/// fallbacks. The PNG and PDF writers each load them into their own database
/// (krilla-svg and resvg use two versions of fontdb), sharing the same bytes.
pub fn export_font_files() -> impl Iterator<Item = SharedFont> {
    let bundled = BUNDLED_FACES.map(|(_, data)| Arc::new(data) as SharedFont);
    let fallbacks = fallback_faces()
        .iter()
        .map(|f| Arc::clone(&f.data) as SharedFont);
    bundled.into_iter().chain(fallbacks)
}

/// Whether a face maps the character to a glyph.
fn covers(data: &[u8], index: u32, c: char) -> bool {
    use skrifa::MetadataProvider;
    skrifa::FontRef::from_index(data, index).is_ok_and(|font| font.charmap().map(c).is_some())
}

/// egui's default fonts plus a symbol fallback for proportional text, then
/// the system fallbacks for other scripts.
pub fn definitions() -> FontDefinitions {
    with_fallbacks(bundled_definitions(), fallback_faces())
}

/// egui's default fonts plus the symbol fallback and the Devanagari and
/// Gurmukhi faces: no system fonts, no disk access.
pub fn bundled_definitions() -> FontDefinitions {
    let mut fonts = FontDefinitions::default();
    for (name, data) in &BUNDLED_FACES[2..] {
        let face = Arc::new(FontData::from_static(data));
        fonts.font_data.insert((*name).to_owned(), face);
    }
    for family in [FontFamily::Proportional, FontFamily::Monospace] {
        let list = fonts.families.entry(family).or_default();
        for (name, _) in &BUNDLED_FACES[1..] {
            if !list.iter().any(|f| f == name) {
                list.push((*name).to_owned());
            }
        }
    }
    fonts
}

/// `fonts` with the system fallback faces appended to every family.
fn with_fallbacks(mut fonts: FontDefinitions, faces: &[FallbackFace]) -> FontDefinitions {
    for face in faces {
        // The same bytes the exports use: egui shares them, no copy.
        let data = FontData::from_blob(face.data.clone(), face.index);
        fonts.font_data.insert(face.name.clone(), Arc::new(data));
        for family in [FontFamily::Proportional, FontFamily::Monospace] {
            fonts
                .families
                .entry(family)
                .or_default()
                .push(face.name.clone());
        }
    }
    fonts
}

/// Installs [`definitions`] in a context.
pub fn install(ctx: &egui::Context) {
    ctx.set_fonts(definitions());
}

/// Installs the bundled fonts at once and the system fallbacks when they have
/// been found: looking through the system's fonts takes a moment that the
/// first frame should not wait for.
pub fn install_in_background(ctx: &egui::Context) {
    ctx.set_fonts(bundled_definitions());
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("fallback-fonts".into())
        .spawn(move || {
            ctx.set_fonts(definitions());
            ctx.request_repaint();
        });
    if let Err(e) = spawned {
        log::warn!(
            "cannot look for fallback fonts in the background ({e}); other scripts may show as boxes"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Without any system font, every character of every language file and of
    /// every localized month name has a glyph in the faces inside the binary.
    #[test]
    fn the_bundled_faces_alone_cover_every_language() {
        use crate::base::i18n::Lang;
        let mut text = String::new();
        for lang in Lang::ALL {
            text.push_str(lang.source());
            for m in 1..=12 {
                text.push_str(lang.month_name(m));
                text.push_str(lang.month_abbr(m));
            }
        }
        let defs = bundled_definitions();
        let faces: Vec<&FontData> = defs.font_data.values().map(AsRef::as_ref).collect();
        let missing: std::collections::BTreeSet<char> = text
            .chars()
            .filter(|c| !c.is_control() && !c.is_whitespace())
            .filter(|&c| !faces.iter().any(|f| covers((*f.font).as_ref(), f.index, c)))
            .collect();
        assert!(missing.is_empty(), "no bundled glyph for {missing:?}");
        let proportional = &defs.families[&FontFamily::Proportional];
        assert_eq!(proportional[0], "Ubuntu-Light", "the text face stays first");
        for (name, _) in &BUNDLED_FACES {
            assert!(proportional.iter().any(|n| n == name), "{name}");
        }
    }

    /// CI installs Debian's fonts-noto-core; elsewhere the test needs those fonts to mean anything.
    #[test]
    fn bengali_text_finds_a_system_font() {
        let noto =
            std::path::Path::new("/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf");
        if std::env::var_os("CI").is_none() && !noto.exists() {
            eprintln!("skipped: no Noto fonts here (apt install fonts-noto-core)");
            return;
        }
        assert!(
            fallback_faces()
                .iter()
                .any(|f| covers(&f.data, f.index, '\u{995}')),
            "no fallback font for Bengali"
        );
        let defs = definitions();
        let proportional = &defs.families[&FontFamily::Proportional];
        assert!(proportional.iter().any(|n| n.starts_with("system-Bengali")));
    }
}
