//! The compare view's glue: which rows it shows (the dates in view, or the
//! storyline shown alone) and saving them to a file.

use super::{Notice, TimelineApp};
use crate::data::date::{Day, PartialDate};
use crate::timeline::compare::{CompareRow, compare_rows};

impl TimelineApp {
    /// The rows for the current voices, and what they cover in words.
    pub fn compare_rows_now(&self) -> (Vec<CompareRow>, String) {
        let (from, to, scope) = match self
            .thread_filter
            .and_then(|t| self.timeline.threads.get(t))
        {
            Some(thread) => (
                Day::MIN,
                Day::MAX,
                format!("the storyline “{}”", thread.name),
            ),
            None => {
                let (a, b) = (
                    self.view.start.floor() as Day,
                    self.view.end().ceil() as Day,
                );
                let range = match (day_date(a), day_date(b - 1)) {
                    (Some(from), Some(to)) => crate::data::date::format_range(&from, Some(&to)),
                    _ => String::new(),
                };
                (a, b, format!("the dates in view, {range}"))
            }
        };
        let rows = compare_rows(&self.timeline, self.compare, from, to, self.thread_filter);
        (rows, scope)
    }

    /// Asks where to save the rows (as `ext`) and writes them atomically.
    pub(super) fn export_compare(&mut self, ext: &'static str) {
        let Some((name, _)) = super::compare_ui::COMPARE_FORMATS
            .iter()
            .find(|(_, e)| *e == ext)
        else {
            log::warn!("unknown compare export format {ext}");
            return;
        };
        let picker = rfd::FileDialog::new()
            .set_title("Export the comparison")
            .set_file_name(format!("compare.{ext}"))
            .add_filter(*name, &[ext]);
        let Some(path) = picker.save_file() else {
            return;
        };
        self.notice = Some(match self.compare_file_bytes(ext) {
            Ok(bytes) => match crate::base::files::write_atomic(&path, &bytes) {
                Ok(()) => Notice::note(format!("Wrote the comparison to {}", path.display())),
                Err(e) => Notice::problems(
                    format!("{}: cannot write the file: {e}", path.display()),
                    Vec::new(),
                ),
            },
            Err(e) => Notice::problems(format!("{}: {e}", path.display()), Vec::new()),
        });
    }

    /// The rows as a file of the given extension.
    pub fn compare_file_bytes(
        &self,
        ext: &str,
    ) -> Result<Vec<u8>, crate::render::export::ExportError> {
        let (rows, scope) = self.compare_rows_now();
        let today = chrono::Local::now().date_naive();
        let style = self.citation_style;
        let format = match ext {
            "md" => {
                return Ok(crate::timeline::compare::to_markdown(
                    &self.timeline,
                    self.compare,
                    &rows,
                    style,
                    today,
                )
                .into_bytes());
            }
            "csv" => {
                return Ok(
                    crate::timeline::compare::to_csv(&self.timeline, &rows, style, today)
                        .into_bytes(),
                );
            }
            "pdf" => crate::render::export::Format::Pdf,
            "svg" => crate::render::export::Format::Svg,
            _ => crate::render::export::Format::Png,
        };
        let spec = crate::render::export::ComparePageSpec {
            title: &self.timeline.title,
            range: scope,
            spec: self.compare,
            style,
            palette: crate::render::export::Theme::Light.palette(),
        };
        let measurer = crate::render::measure::Measurer::new();
        crate::render::export::compare_bytes(
            &self.timeline,
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
