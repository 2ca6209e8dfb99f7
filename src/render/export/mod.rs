//! Exporting a date range as SVG or PNG, headless and GPU-free.
//!
//! The page is laid out with the same layout code and fonts as the screen,
//! written as SVG, and rasterized with resvg for PNG. Files are written
//! atomically.

mod compare_page;
mod page;
mod pdf;
mod raster;
pub(crate) mod svg;

use crate::base::files::{is_same_file, write_atomic};
pub use compare_page::{ComparePageSpec, MAX_ROWS, compare_bytes, compose_compare};
pub use page::TextPage;
pub use page::{PAGE_WIDTH, Page, PageSpec, compose, today_long};
pub use pdf::{PdfError, pdf_from_svg};
pub use raster::{RasterError, png_from_svg};
pub use svg::write_svg;

use crate::base::i18n::{Arg, Lang, tr_args};
use crate::data::date::PartialDate;
use crate::data::formats::{FileFormat, Use};
use crate::data::model::Timeline;
use crate::render::measure::Measurer;
use crate::timeline::palette::Palette;
use std::path::{Path, PathBuf};

/// Narrowest and widest export, in pixels.
pub const MIN_WIDTH: u32 = 1200;
pub const MAX_WIDTH: u32 = 8000;
pub const DEFAULT_WIDTH: u32 = 2400;

/// Light (for print) or dark.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Default,
    serde::Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette::light(),
            Theme::Dark => Palette::dark(),
        }
    }
}

/// What to export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportOptions {
    /// First and last day (inclusive); month or year precision covers the whole period.
    pub from: PartialDate,
    pub to: PartialDate,
    pub width: u32,
    pub theme: Theme,
    pub title: String,
    pub legend: bool,
    pub sources: bool,
    /// Only the Key events (turning points).
    pub key_only: bool,
    /// Categories drawn; `None` for all.
    pub lanes: Option<Vec<usize>>,
    /// The dataset file exported from, which the export must never replace.
    pub input: Option<PathBuf>,
    /// The language of the page's own words and dates (the dataset's text stays as written).
    pub lang: Lang,
}

impl ExportOptions {
    /// The defaults of the dialog and the command line: 2400 px, light,
    /// legend and source list, every category.
    pub fn new(from: PartialDate, to: PartialDate, title: impl Into<String>) -> Self {
        Self {
            from,
            to,
            width: DEFAULT_WIDTH,
            theme: Theme::Light,
            title: title.into(),
            legend: true,
            sources: true,
            key_only: false,
            lanes: None,
            input: None,
            lang: Lang::En,
        }
    }
}

/// Why an export failed. Nothing is written when it does.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("the start {from} is after the end {to}: swap them")]
    StartAfterEnd { from: String, to: String },
    #[error("width {0} is out of range: use {MIN_WIDTH} to {MAX_WIDTH} pixels")]
    Width(u32),
    #[error("{}: unknown file type; name the file {}", .0.display(), FileFormat::extensions_listed(Use::Picture))]
    Extension(PathBuf),
    #[error(
        "a {name} is not a picture: choose {}",
        FileFormat::extensions_listed(Use::Picture)
    )]
    NotAPicture { name: &'static str },
    #[error("{}: the folder does not exist; create it or choose another", .0.display())]
    MissingFolder(PathBuf),
    #[error("{}: cannot write the file: {source}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}: this is the timeline being exported; choose another file name", .0.display())]
    WouldReplaceInput(PathBuf),
    #[error(transparent)]
    Raster(#[from] RasterError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
}

impl ExportError {
    /// The error in a language's words, for the window (the command line
    /// prints the English `Display`). Causes from libraries stay as they say them.
    pub fn message(&self, lang: Lang) -> String {
        let shown = |p: &Path| p.display().to_string();
        let pictures = FileFormat::extensions_listed_in(Use::Picture, lang);
        let (id, args): (&str, Vec<(&str, String)>) = match self {
            Self::StartAfterEnd { from, to } => (
                "error-export-start-after-end",
                vec![("from", from.clone()), ("to", to.clone())],
            ),
            Self::Width(w) => (
                "error-export-width",
                vec![
                    ("width", w.to_string()),
                    ("min", MIN_WIDTH.to_string()),
                    ("max", MAX_WIDTH.to_string()),
                ],
            ),
            Self::Extension(p) => (
                "error-export-extension",
                vec![("path", shown(p)), ("extensions", pictures)],
            ),
            Self::NotAPicture { name } => (
                "error-export-not-a-picture",
                vec![("format", (*name).to_owned()), ("extensions", pictures)],
            ),
            Self::MissingFolder(p) => ("error-export-missing-folder", vec![("path", shown(p))]),
            Self::Write { path, source } => (
                "error-write-file",
                vec![("path", shown(path)), ("error", source.to_string())],
            ),
            Self::WouldReplaceInput(p) => {
                ("error-export-would-replace-input", vec![("path", shown(p))])
            }
            Self::Raster(e) => return e.message(lang),
            Self::Pdf(e) => return e.message(lang),
        };
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
        tr_args(lang, id, &args)
    }
}

/// The format a path asks for, from its extension.
pub fn format_of(path: &Path) -> Result<FileFormat, ExportError> {
    FileFormat::for_path(Use::Picture, path).ok_or_else(|| ExportError::Extension(path.to_owned()))
}

/// A file name that says what was exported: `india-canada_2024-10-01_2025-06-30.png`.
pub fn default_file_name(from: &PartialDate, to: &PartialDate, format: FileFormat) -> String {
    format!("india-canada_{from}_{to}.{}", format.extension())
}

fn check(options: &ExportOptions) -> Result<(), ExportError> {
    if options.from.first_day() > options.to.end_day_exclusive() - 1 {
        return Err(ExportError::StartAfterEnd {
            from: options.from.to_string(),
            to: options.to.to_string(),
        });
    }
    if !(MIN_WIDTH..=MAX_WIDTH).contains(&options.width) {
        return Err(ExportError::Width(options.width));
    }
    Ok(())
}

/// The SVG text of an export.
pub fn export_svg(
    timeline: &Timeline,
    options: &ExportOptions,
    measurer: &Measurer,
) -> Result<String, ExportError> {
    check(options)?;
    let spec = PageSpec {
        from: options.from,
        to: options.to,
        palette: options.theme.palette(),
        title: options.title.clone(),
        legend: options.legend,
        sources: options.sources,
        key_only: options.key_only,
        lanes: options
            .lanes
            .clone()
            .unwrap_or_else(|| (0..timeline.categories.len()).collect()),
        exported_on: today_long(options.lang),
        lang: options.lang,
    };
    let page = compose(timeline, &spec, measurer);
    Ok(write_svg(timeline, &page, options.width))
}

/// Renders the export in `format`.
pub fn export_bytes(
    timeline: &Timeline,
    options: &ExportOptions,
    format: FileFormat,
    measurer: &Measurer,
) -> Result<Vec<u8>, ExportError> {
    let svg = export_svg(timeline, options, measurer)?;
    picture_bytes(svg, format)
}

/// An SVG page as a file in `format`: SVG as it is, PNG or PDF converted;
/// any format that is not a picture is an error.
pub fn picture_bytes(svg: String, format: FileFormat) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        FileFormat::Svg => svg.into_bytes(),
        FileFormat::Png => png_from_svg(&svg)?,
        FileFormat::Pdf => pdf_from_svg(&svg)?,
        FileFormat::Ron
        | FileFormat::TimelineJsJson
        | FileFormat::TimelineJsCsv
        | FileFormat::Markdown
        | FileFormat::Csv
        | FileFormat::BibTeX => {
            return Err(ExportError::NotAPicture {
                name: format.name(),
            });
        }
    })
}

/// Exports to `path` (format from its extension), atomically.
pub fn export_to_file(
    timeline: &Timeline,
    options: &ExportOptions,
    path: &Path,
    measurer: &Measurer,
) -> Result<(), ExportError> {
    let format = format_of(path)?;
    if let Some(input) = &options.input
        && is_same_file(path, input)
    {
        return Err(ExportError::WouldReplaceInput(path.to_owned()));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        return Err(ExportError::MissingFolder(dir.to_owned()));
    }
    let bytes = export_bytes(timeline, options, format, measurer)?;
    write_atomic(path, &bytes).map_err(|source| ExportError::Write {
        path: path.to_owned(),
        source,
    })
}
