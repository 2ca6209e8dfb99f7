//! Statements pulled out of the timeline: who said what, when, in what voice,
//! with a citation (the `quotes` command).
//!
//! Analysts ask "every on-the-record statement by the RCMP" or "what did
//! India's government say in October 2024"; this answers in date order, in a
//! form they can paste (Markdown), sort (CSV) or build on (JSON, whose field
//! names are documented in the README and kept stable).

use crate::data::cite::{self, CitationStyle};
use crate::data::date::Day;
use crate::data::model::{Attribution, Speaker, Timeline};
use chrono::NaiveDate;
use serde::Serialize;

/// Which side a statement came from, as the command line names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SideFilter {
    India,
    Canada,
    Other,
    NonState,
}

/// What to select. Empty lists and `None`s select everything.
#[derive(Clone, Debug, Default)]
pub struct QuoteFilter {
    /// Indices into `Timeline::speakers`.
    pub speakers: Vec<usize>,
    pub side: Option<SideFilter>,
    /// Only the speakers' own words (no reports, no narration).
    pub own_words: bool,
    /// First and last day, inclusive.
    pub from: Option<Day>,
    pub to: Option<Day>,
    /// Index into `Timeline::events`.
    pub event: Option<usize>,
}

/// The speaker a name, alias or id on the command line means; otherwise a
/// message with the closest names.
pub fn find_speaker(t: &Timeline, wanted: &str) -> Result<usize, String> {
    let folded = crate::base::text::fold(wanted.trim());
    let by_id = t
        .speakers
        .iter()
        .position(|s| crate::base::text::fold(&s.id) == folded);
    if let Some(i) = by_id.or_else(|| crate::timeline::search::speaker_named(t, wanted)) {
        return Ok(i);
    }
    let names = |s: &Speaker| {
        let mut all = vec![s.id.clone(), s.name.clone()];
        all.extend(s.aliases.iter().cloned());
        all
    };
    let mut closest: Vec<(usize, String)> = t
        .speakers
        .iter()
        .flat_map(names)
        .map(|n| {
            (
                strsim::levenshtein(&folded, &crate::base::text::fold(&n)),
                n,
            )
        })
        .collect();
    closest.sort();
    let hint = match closest.first() {
        Some((d, name)) if *d <= (folded.chars().count() / 3).max(2) => {
            format!(" (did you mean `{name}`?)")
        }
        _ => format!(" ({} speakers are listed)", t.speakers.len()),
    };
    Err(format!(
        "no speaker is called `{}`{hint}",
        crate::base::text::shown(wanted)
    ))
}

/// One selected statement, resolved for printing.
#[derive(Debug, PartialEq, Serialize)]
pub struct QuoteRow {
    pub date: String,
    pub event_id: String,
    pub event_title: String,
    pub speaker_id: Option<String>,
    pub speaker: Option<String>,
    /// The role held on the event's date, when known.
    pub role: Option<String>,
    pub side: Option<String>,
    /// "own", "reported" or "narration".
    pub voice: &'static str,
    pub text: String,
    pub outlet: String,
    pub source_id: String,
    pub url: Option<String>,
    pub citation: String,
}

/// The quotes that pass the filter, in date order, with citations.
pub fn select(
    t: &Timeline,
    filter: &QuoteFilter,
    cite_with: &dyn Fn(
        &crate::data::model::Quote,
        Option<&Speaker>,
        &crate::data::model::Source,
    ) -> String,
) -> Vec<QuoteRow> {
    let mut rows = Vec::new();
    for (i, e) in t.events.iter().enumerate() {
        let day = e.start_day();
        if filter.event.is_some_and(|only| only != i)
            || filter.from.is_some_and(|f| e.end_day() <= f)
            || filter.to.is_some_and(|to| day > to)
        {
            continue;
        }
        for q in &e.quotes {
            let (speaker_index, voice) = match q.attribution() {
                Attribution::Own(s) => (Some(s), "own"),
                Attribution::Reported(s) => (Some(s), "reported"),
                Attribution::Narration => (None, "narration"),
            };
            let speaker = speaker_index.and_then(|s| t.speakers.get(s));
            let wanted = (filter.speakers.is_empty()
                || speaker_index.is_some_and(|s| filter.speakers.contains(&s)))
                && filter
                    .side
                    .is_none_or(|side| side.matches(speaker.and_then(|s| s.side.as_ref())))
                && (!filter.own_words || voice == "own");
            let Some(source) = t.sources.get(q.source).filter(|_| wanted) else {
                continue;
            };
            rows.push(QuoteRow {
                date: e.date_label(),
                event_id: e.id.clone(),
                event_title: e.title.clone(),
                speaker_id: speaker.map(|s| s.id.clone()),
                speaker: speaker.map(|s| s.name.clone()),
                role: speaker
                    .and_then(|s| s.role_on(day))
                    .map(|r| r.title.clone()),
                side: speaker
                    .and_then(|s| s.side.as_ref())
                    .map(|s| s.label().to_owned()),
                voice,
                text: q.text.clone(),
                outlet: source.outlet_via(),
                source_id: source.id.clone(),
                url: source.url.clone(),
                citation: cite_with(q, speaker, source),
            });
        }
    }
    rows
}

/// A citation function for a style; BibTeX gives the source's entry.
pub fn citer(
    style: Option<CitationStyle>,
    accessed: NaiveDate,
) -> impl Fn(&crate::data::model::Quote, Option<&Speaker>, &crate::data::model::Source) -> String {
    move |q, speaker, source| match style {
        Some(style) => cite::quote_citation(q, speaker, source, style, accessed),
        None => cite::bibtex_entry(source, accessed),
    }
}

/// Markdown: one bullet per statement.
pub fn to_markdown(rows: &[QuoteRow]) -> String {
    let mut out = String::new();
    for r in rows {
        let who = match (&r.speaker, r.voice) {
            (Some(name), "own") => match &r.role {
                Some(role) => format!("**{name}** ({role}), own words"),
                None => format!("**{name}**, own words"),
            },
            (Some(name), _) => format!("{}, reporting what **{name}** said", r.outlet),
            (None, _) => format!("{} (narration)", r.outlet),
        };
        out.push_str(&format!(
            "- {} · {} · {who}\n  > {}\n  {}\n",
            r.date,
            r.event_title,
            r.text,
            r.citation.replace('\n', " ")
        ));
    }
    out
}

/// CSV with a header row; the columns are the JSON field names.
pub fn to_csv(rows: &[QuoteRow]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let header = [
        "date",
        "event_id",
        "event_title",
        "speaker_id",
        "speaker",
        "role",
        "side",
        "voice",
        "text",
        "outlet",
        "source_id",
        "url",
        "citation",
    ];
    let _ = w.write_record(header);
    for r in rows {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let record = [
            r.date.clone(),
            r.event_id.clone(),
            r.event_title.clone(),
            opt(&r.speaker_id),
            opt(&r.speaker),
            opt(&r.role),
            opt(&r.side),
            r.voice.to_owned(),
            r.text.clone(),
            r.outlet.clone(),
            r.source_id.clone(),
            opt(&r.url),
            r.citation.clone(),
        ];
        let _ = w.write_record(record);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// JSON: an array of rows with the fields of [`QuoteRow`].
pub fn to_json(rows: &[QuoteRow]) -> String {
    let mut text = serde_json::to_string_pretty(rows).expect("plain structs always serialize");
    text.push('\n');
    text
}
