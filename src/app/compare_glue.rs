//! The compare view's glue: which rows it shows (the dates in view, or the
//! storyline shown alone) and saving them to a file.

use super::{Notice, TimelineApp};
use crate::data::date::{Day, PartialDate};
use crate::data::formats::FileFormat;
use crate::timeline::compare::{CompareRow, compare_rows};

impl TimelineApp {
    /// The rows for the current voices, and what they cover in words.
    pub fn compare_rows_now(&self) -> (Vec<CompareRow>, String) {
        let (from, to, scope) = match self
            .filters
            .thread
            .and_then(|t| self.doc.timeline.threads.get(t))
        {
            Some(thread) => (
                Day::MIN,
                Day::MAX,
                self.say(
                    "compare-scope-storyline",
                    &[("storyline", (&thread.name).into())],
                ),
            ),
            None => {
                let (a, b) = (
                    self.view.start.floor() as Day,
                    self.view.end().ceil() as Day,
                );
                let range = match (day_date(a), day_date(b - 1)) {
                    (Some(from), Some(to)) => {
                        crate::data::date::format_range_in(&from, Some(&to), self.settings.lang)
                    }
                    _ => String::new(),
                };
                (
                    a,
                    b,
                    self.say("compare-scope-dates", &[("range", (&range).into())]),
                )
            }
        };
        let rows = compare_rows(
            &self.doc.timeline,
            self.central.compare,
            from,
            to,
            self.filters.thread,
        );
        (rows, scope)
    }

    /// Asks where to save the rows (in `format`) and writes them atomically.
    pub(super) fn export_compare(&mut self, format: FileFormat) {
        let ext = format.extension();
        let picker = rfd::FileDialog::new()
            .set_title(self.say("compare-dialog-title", &[]))
            .set_file_name(format!("compare.{ext}"))
            .add_filter(format.name(), &[ext]);
        let Some(path) = picker.save_file() else {
            return;
        };
        self.windows.notice = Some(match self.compare_file_bytes(format) {
            Ok(bytes) => {
                let shown = path.display().to_string();
                let wrote = self.say("notice-wrote-comparison", &[("path", (&shown).into())]);
                self.write_with_notice(&path, &bytes, wrote)
            }
            Err(e) => Notice::problems(
                self.settings.lang,
                format!("{}: {}", path.display(), e.message(self.settings.lang)),
                Vec::new(),
            ),
        });
    }

    /// The rows as a file in `format` (Markdown, CSV, or a picture of the page).
    pub fn compare_file_bytes(
        &self,
        format: FileFormat,
    ) -> Result<Vec<u8>, crate::render::export::ExportError> {
        let (rows, scope) = self.compare_rows_now();
        let today = chrono::Local::now().date_naive();
        let style = self.settings.citation_style;
        let t = &self.doc.timeline;
        match format {
            FileFormat::Markdown => {
                let md = crate::timeline::compare::to_markdown(
                    t,
                    self.central.compare,
                    &rows,
                    style,
                    today,
                );
                return Ok(md.into_bytes());
            }
            FileFormat::Csv | FileFormat::TimelineJsCsv => {
                let csv = crate::timeline::compare::to_csv(t, &rows, style, today);
                return Ok(csv.into_bytes());
            }
            FileFormat::Png
            | FileFormat::Svg
            | FileFormat::Pdf
            | FileFormat::Ron
            | FileFormat::TimelineJsJson
            | FileFormat::BibTeX => {}
        }
        let spec = crate::render::export::ComparePageSpec {
            title: &self.doc.timeline.title,
            range: scope,
            spec: self.central.compare,
            style,
            palette: crate::render::export::Theme::Light.palette(),
            lang: self.settings.lang,
        };
        let measurer = crate::render::measure::Measurer::new();
        crate::render::export::compare_bytes(
            &self.doc.timeline,
            &rows,
            &spec,
            format,
            crate::render::export::DEFAULT_WIDTH,
            &measurer,
        )
    }
}

fn day_date(day: Day) -> Option<PartialDate> {
    crate::data::date::date_from_day(day).map(PartialDate::from_naive)
}
