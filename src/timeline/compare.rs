//! Side by side: two voices' statements in date order, aligned by day, so that
//! a statement and its answer sit on the same row.
//!
//! Rows come from the events in a date range (the timeline's visible one, or a
//! storyline's), found through the per-category index, so the cost follows
//! what is shown. The screen, the PNG/PDF page and the Markdown/CSV files all
//! read the same rows.

use crate::base::i18n::{Lang, tr};
use crate::data::cite::{self, CitationStyle};
use crate::data::date::Day;
use crate::data::model::{Attribution, Timeline};
use crate::timeline::voices::VoiceFilter;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The two voices compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompareSpec {
    pub left: VoiceFilter,
    pub right: VoiceFilter,
}

impl Default for CompareSpec {
    fn default() -> Self {
        use crate::timeline::quotes::SideFilter;
        Self {
            left: VoiceFilter::Side(SideFilter::India),
            right: VoiceFilter::Side(SideFilter::Canada),
        }
    }
}

/// A quote, by its event and its place in the event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    pub event: usize,
    pub quote: usize,
}

/// One row: a day, and at most one statement of each voice on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompareRow {
    pub day: Day,
    pub left: Option<Statement>,
    pub right: Option<Statement>,
}

impl CompareRow {
    /// The statements of the row, left first.
    pub fn statements(&self) -> impl Iterator<Item = Statement> {
        self.left.into_iter().chain(self.right)
    }
}

/// The rows for events overlapping `[from, to)` (days), of one storyline when
/// `thread` is given. Statements of one day pair up in order; the longer side's
/// extra statements get rows of their own.
pub fn compare_rows(
    t: &Timeline,
    spec: CompareSpec,
    from: Day,
    to: Day,
    thread: Option<usize>,
) -> Vec<CompareRow> {
    let mut events: Vec<usize> = (0..t.categories.len())
        .flat_map(|c| t.overlapping_in(c, from, to))
        .filter(|&i| thread.is_none_or(|th| t.events[i].threads.contains(&th)))
        .collect();
    events.sort_unstable();
    let mut days: BTreeMap<Day, (Vec<Statement>, Vec<Statement>)> = BTreeMap::new();
    for i in events {
        let e = &t.events[i];
        for (k, q) in e.quotes.iter().enumerate() {
            let speaker = match q.attribution() {
                Attribution::Own(s) | Attribution::Reported(s) => s,
                Attribution::Narration => continue,
            };
            let statement = Statement { event: i, quote: k };
            let day = days.entry(e.start_day()).or_default();
            if spec.left.includes(t, speaker) {
                day.0.push(statement);
            } else if spec.right.includes(t, speaker) {
                day.1.push(statement);
            }
        }
    }
    let mut rows = Vec::new();
    for (day, (left, right)) in days {
        for k in 0..left.len().max(right.len()) {
            rows.push(CompareRow {
                day,
                left: left.get(k).copied(),
                right: right.get(k).copied(),
            });
        }
    }
    rows
}

/// One statement as a reader cites it: "date · speaker, role · event".
pub fn statement_heading(t: &Timeline, s: Statement) -> String {
    statement_heading_in(t, s, Lang::En)
}

/// [`statement_heading`] in a language's words (names and roles as written).
pub fn statement_heading_in(t: &Timeline, s: Statement, lang: Lang) -> String {
    let e = &t.events[s.event];
    let q = &e.quotes[s.quote];
    let who = t.speaker_of(q).map_or_else(String::new, |sp| {
        let role = sp
            .role_on(e.start_day())
            .map_or_else(String::new, |r| format!(", {}", r.title));
        let voice = match q.attribution() {
            Attribution::Own(_) => String::new(),
            _ => tr(lang, "compare-reported"),
        };
        format!("{}{role}{voice}", sp.name)
    });
    format!("{} · {who} · {}", e.date_label_in(lang), e.title_in(lang))
}

/// The citation of a statement in a style.
pub fn citation(t: &Timeline, s: Statement, style: CitationStyle, accessed: NaiveDate) -> String {
    let q = &t.events[s.event].quotes[s.quote];
    match t.sources.get(q.source) {
        Some(source) => cite::quote_citation(q, t.speaker_of(q), source, style, accessed),
        None => String::new(),
    }
}

/// Markdown: a heading per row's day, each side's statement with its citation.
pub fn to_markdown(
    t: &Timeline,
    spec: CompareSpec,
    rows: &[CompareRow],
    style: CitationStyle,
    accessed: NaiveDate,
) -> String {
    let (left, right) = (spec.left.label(t), spec.right.label(t));
    let mut out = format!("# {left} and {right}\n\n");
    for row in rows {
        for (side, s) in [(&left, row.left), (&right, row.right)] {
            if let Some(s) = s {
                out.push_str(&format!(
                    "- **{side}** · {}\n  {}\n",
                    statement_heading(t, s),
                    citation(t, s, style, accessed)
                ));
            }
        }
    }
    out
}

/// CSV: one line per row, the two sides' headings and citations.
pub fn to_csv(
    t: &Timeline,
    rows: &[CompareRow],
    style: CitationStyle,
    accessed: NaiveDate,
) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["date", "left", "left_citation", "right", "right_citation"]);
    for row in rows {
        let cell = |s: Option<Statement>| {
            s.map_or((String::new(), String::new()), |s| {
                (statement_heading(t, s), citation(t, s, style, accessed))
            })
        };
        let ((lh, lc), (rh, rc)) = (cell(row.left), cell(row.right));
        let date =
            crate::data::date::date_from_day(row.day).map_or_else(String::new, |d| d.to_string());
        let _ = w.write_record([date, lh, lc, rh, rc]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
