//! Every file format the app reads or writes, in one table: its name, its
//! extension and what it is used for. Open and save dialogs, the command line,
//! dropped files and messages read the table; each reader or writer matches
//! on [`FileFormat`], so a new format does not compile until it is handled.

use std::path::Path;

/// A file format the app knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileFormat {
    /// Our own timeline format (`data/FORMAT.md`).
    Ron,
    /// TimelineJS JSON.
    TimelineJsJson,
    /// TimelineJS's Google-Sheets template saved as CSV.
    TimelineJsCsv,
    Png,
    Svg,
    Pdf,
    Markdown,
    /// A table of sources or compared quotes (not a timeline).
    Csv,
    BibTeX,
}

/// What a format is used for; a format may serve several uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Use {
    /// A timeline the app opens.
    Open,
    /// A timeline the `convert` command writes.
    Convert,
    /// A picture of the timeline (the export dialog, `export`).
    Picture,
    /// The list of sources the events cite (*Export sources…*).
    SourceList,
    /// Two voices side by side (the compare view's export).
    Compare,
}

/// One row of the table.
pub struct Entry {
    pub format: FileFormat,
    /// What a person calls it, in menus and file dialogs.
    pub name: &'static str,
    /// The file extension, without the dot, lower case.
    pub extension: &'static str,
    pub uses: &'static [Use],
}

const TIMELINE: &[Use] = &[Use::Open, Use::Convert];

/// The table itself; the order is the order menus show.
pub const FORMATS: [Entry; 9] = [
    entry(FileFormat::Ron, "Timeline (RON)", "ron", TIMELINE),
    entry(
        FileFormat::TimelineJsJson,
        "TimelineJS (JSON)",
        "json",
        TIMELINE,
    ),
    entry(
        FileFormat::TimelineJsCsv,
        "TimelineJS (CSV)",
        "csv",
        TIMELINE,
    ),
    entry(
        FileFormat::Png,
        "PNG image",
        "png",
        &[Use::Picture, Use::Compare],
    ),
    entry(FileFormat::Svg, "SVG drawing", "svg", &[Use::Picture]),
    entry(
        FileFormat::Pdf,
        "PDF document",
        "pdf",
        &[Use::Picture, Use::Compare],
    ),
    entry(
        FileFormat::Markdown,
        "Markdown",
        "md",
        &[Use::SourceList, Use::Compare],
    ),
    entry(
        FileFormat::Csv,
        "CSV",
        "csv",
        &[Use::SourceList, Use::Compare],
    ),
    entry(FileFormat::BibTeX, "BibTeX", "bib", &[Use::SourceList]),
];

const fn entry(
    format: FileFormat,
    name: &'static str,
    extension: &'static str,
    uses: &'static [Use],
) -> Entry {
    Entry {
        format,
        name,
        extension,
        uses,
    }
}

impl FileFormat {
    fn entry(self) -> &'static Entry {
        FORMATS
            .iter()
            .find(|e| e.format == self)
            .unwrap_or(&FORMATS[0])
    }

    /// "PNG image", "TimelineJS (CSV)"...
    pub fn name(self) -> &'static str {
        self.entry().name
    }

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        self.entry().extension
    }

    /// The formats for a use, in menu order.
    pub fn all_for(use_: Use) -> impl Iterator<Item = FileFormat> {
        FORMATS
            .iter()
            .filter(move |e| e.uses.contains(&use_))
            .map(|e| e.format)
    }

    /// The format for a use that a file's extension (any case) names.
    pub fn for_path(use_: Use, path: &Path) -> Option<FileFormat> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::all_for(use_).find(|f| f.extension() == ext)
    }

    /// ".png, .svg or .pdf": the extensions of a use, for messages.
    pub fn extensions_listed(use_: Use) -> String {
        Self::extensions_listed_in(use_, crate::base::i18n::Lang::En)
    }

    /// [`FileFormat::extensions_listed`] in a language's words (".png, .svg ou .pdf").
    pub fn extensions_listed_in(use_: Use, lang: crate::base::i18n::Lang) -> String {
        let all: Vec<String> = Self::all_for(use_)
            .map(|f| format!(".{}", f.extension()))
            .collect();
        match all.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                let rest = rest.join(", ");
                let args = [("rest", (&rest).into()), ("last", last.into())];
                crate::base::i18n::tr_args(lang, "error-list-or", &args)
            }
            _ => all.join(""),
        }
    }

    /// The format a timeline file is read as: by extension, RON for anything else.
    pub fn to_open(path: &Path) -> FileFormat {
        Self::for_path(Use::Open, path).unwrap_or(FileFormat::Ron)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_format_is_in_the_table_once_and_every_use_has_one() {
        let all = [
            FileFormat::Ron,
            FileFormat::TimelineJsJson,
            FileFormat::TimelineJsCsv,
            FileFormat::Png,
            FileFormat::Svg,
            FileFormat::Pdf,
            FileFormat::Markdown,
            FileFormat::Csv,
            FileFormat::BibTeX,
        ];
        for f in all {
            assert_eq!(FORMATS.iter().filter(|e| e.format == f).count(), 1, "{f:?}");
        }
        for u in [
            Use::Open,
            Use::Convert,
            Use::Picture,
            Use::SourceList,
            Use::Compare,
        ] {
            let exts: Vec<_> = FileFormat::all_for(u).map(FileFormat::extension).collect();
            assert!(!exts.is_empty(), "{u:?}");
            let mut unique = exts.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(
                unique.len(),
                exts.len(),
                "one format per extension for {u:?}"
            );
        }
    }

    #[test]
    fn the_use_decides_what_an_extension_means() {
        let csv = Path::new("Events.CSV");
        assert_eq!(
            FileFormat::for_path(Use::Open, csv),
            Some(FileFormat::TimelineJsCsv)
        );
        assert_eq!(
            FileFormat::for_path(Use::SourceList, csv),
            Some(FileFormat::Csv)
        );
        assert_eq!(FileFormat::for_path(Use::Picture, csv), None);
        assert_eq!(FileFormat::to_open(Path::new("notes.txt")), FileFormat::Ron);
        assert_eq!(
            FileFormat::extensions_listed(Use::Picture),
            ".png, .svg or .pdf"
        );
    }
}
