//! Validation of the events: dates, references to categories, threads and
//! sources, and the lengths of their texts.

use super::checks::{did_you_mean, event_length, id_map, limits, occurrences};
use super::raw::{RawDispute, RawEvent, RawQuote, RawTranslation};
use super::report::{Item, Report, Section};
use super::speakers::SpeakerBook;
use crate::base::i18n::Lang;
use crate::base::text::shown;
use crate::data::date::PartialDate;
use crate::data::model::{
    Category, Dispute, DisputeSide, Event, Quote, Source, Thread, Translation, Voice,
};
use std::collections::HashMap;

/// The validated lists events refer to.
#[derive(Clone, Copy)]
pub(super) struct Lists<'a> {
    pub categories: &'a [Category],
    pub threads: &'a [Thread],
    pub sources: &'a [Source],
}

/// Ids of the categories, threads and sources, to their index; the speakers;
/// and where upgrade notes for old-style files go.
struct Lookups<'a, 'b, 'n> {
    categories: HashMap<&'a str, usize>,
    threads: HashMap<&'a str, usize>,
    sources: HashMap<&'a str, usize>,
    speakers: &'b mut SpeakerBook<'a>,
    notes: &'b mut Report<'n>,
    /// Old-style disputes seen, and where the first is.
    legacy_disputes: (usize, usize),
}

/// Validates every event; those with problems are left out (and reported).
/// Old-style disputes load, with a note in `notes` on how to upgrade them.
pub(super) fn validate_events<'a>(
    raw: Vec<RawEvent>,
    report: &mut Report<'_>,
    notes: &mut Report<'_>,
    lists: Lists<'a>,
    speakers: &mut SpeakerBook<'a>,
) -> Vec<Event> {
    let mut lookups = Lookups {
        categories: id_map(lists.categories, |c| &c.id),
        threads: id_map(lists.threads, |t| &t.id),
        sources: id_map(lists.sources, |s| &s.id),
        speakers,
        notes,
        legacy_disputes: (0, 0),
    };
    if raw.is_empty() {
        let at = report.section_at(Section::Events);
        report.at(at, None, "the timeline has no events".to_owned());
    }
    let nths = occurrences(raw.iter().map(|e| e.id.as_str()));
    let mut events = Vec::with_capacity(raw.len());
    for (e, nth) in raw.into_iter().zip(nths) {
        if nth > 0 {
            let first = report.item_at(Item {
                section: Section::Events,
                id: &e.id,
                nth: 0,
            });
            let line = report.line_of(first);
            let item = Item {
                section: Section::Events,
                id: &e.id,
                nth,
            };
            let message =
                format!("id is used twice (first on line {line}): give each event its own id");
            report.item(item, Some(&e.id), message);
        }
        if let Some(event) = validate_event(e, nth, report, &mut lookups) {
            events.push(event);
        }
    }
    let (count, at) = lookups.legacy_disputes;
    if count > 0 {
        let message = format!(
            "{count} disputes use the old form `Dispute(text: ..., sources: [...])`: write `Dispute(about: \"what is in question\", sides: [Side(source: \"id\", text: \"its verbatim words\"), ...], note: None)` so that readers see each side's words (see FORMAT.md)"
        );
        lookups.notes.at(at, None, message);
    }
    events
}

fn validate_event(
    e: RawEvent,
    nth: usize,
    report: &mut Report<'_>,
    lookups: &mut Lookups<'_, '_, '_>,
) -> Option<Event> {
    let item = Item {
        section: Section::Events,
        id: &e.id,
        nth,
    };
    let id = Some(e.id.as_str());
    if e.id.trim().is_empty() {
        report.item(item, None, "an event has an empty id".to_owned());
    }
    event_length(report, item, "the id", &e.id, limits::ID);
    if e.title.trim().is_empty() {
        report.item(item, id, "title is empty".to_owned());
    }
    event_length(report, item, "the title", &e.title, limits::TITLE);
    event_length(report, item, "the summary", &e.summary, limits::TEXT);
    let dates = event_dates(&e, item, report);
    let category = lookups.categories.get(e.category.as_ref()).copied();
    if category.is_none() {
        let hint = did_you_mean(&e.category, lookups.categories.keys().copied());
        let message = format!("category `{}` is not defined{hint}", shown(&e.category));
        report.value(item, &e.category, id, message);
    }
    let mut threads = Vec::with_capacity(e.threads.len());
    for t in &e.threads {
        match lookups.threads.get(t.as_ref()) {
            Some(&i) => threads.push(i),
            None => {
                let hint = did_you_mean(t, lookups.threads.keys().copied());
                let message = format!("thread `{}` is not in `threads`{hint}", shown(t));
                report.value(item, t, id, message);
            }
        }
    }
    let quotes = e
        .quotes
        .into_iter()
        .map(|q| validate_quote(q, item, report, lookups))
        .collect();
    let disputes = e
        .disputes
        .into_iter()
        .map(|d| validate_dispute(d, item, report, lookups))
        .collect();
    let translations = validate_translations(e.translations, item, report);
    let (start, end) = dates?;
    Some(Event {
        id: e.id,
        title: e.title,
        start,
        end,
        category: category?,
        importance: e.importance,
        threads,
        summary: e.summary,
        quotes,
        disputes,
        tags: e.tags,
        translations,
    })
}

/// An event's translations: each keyed by a language the app speaks (other
/// than English, the dataset's own), each text within the limits.
fn validate_translations(
    raw: std::collections::BTreeMap<String, RawTranslation>,
    item: Item<'_>,
    report: &mut Report<'_>,
) -> Vec<(Lang, Translation)> {
    let id = Some(item.id);
    let mut out = Vec::with_capacity(raw.len());
    for (code, t) in raw {
        let lang = Lang::ALL
            .into_iter()
            .find(|l| l.code() == code && *l != Lang::En);
        let Some(lang) = lang else {
            let message = format!(
                "translations: `{}` is not a language the app speaks; use fr, hi or pa",
                shown(&code)
            );
            report.value(item, &code, id, message);
            continue;
        };
        for (field, text, max) in [
            ("the translated title", &t.title, limits::TITLE),
            ("the translated summary", &t.summary, limits::TEXT),
        ] {
            if let Some(text) = text {
                event_length(report, item, field, text, max);
            }
        }
        let translation = Translation {
            title: t.title.filter(|s| !s.trim().is_empty()),
            summary: t.summary.filter(|s| !s.trim().is_empty()),
        };
        out.push((lang, translation));
    }
    out
}

/// The start and end, or `None` (reported) when either is wrong.
fn event_dates(
    e: &RawEvent,
    item: Item<'_>,
    report: &mut Report<'_>,
) -> Option<(PartialDate, Option<PartialDate>)> {
    let id = Some(item.id);
    let start = PartialDate::parse(&e.start)
        .map_err(|err| report.value(item, &e.start, id, format!("start {err}")))
        .ok();
    let end = match &e.end {
        Some(s) => PartialDate::parse(s)
            .map(Some)
            .map_err(|err| report.value(item, s, id, format!("end {err}")))
            .ok(),
        None => Some(None),
    };
    let (start, end) = (start?, end?);
    if let Some(last) = end
        && last.end_day_exclusive() < start.end_day_exclusive()
    {
        let message = format!("end {last} is before start {start}: swap them or fix the typo");
        report.value(item, e.end.as_deref().unwrap_or_default(), id, message);
        return None;
    }
    Some((start, end))
}

fn validate_quote(
    q: RawQuote,
    item: Item<'_>,
    report: &mut Report<'_>,
    lookups: &mut Lookups<'_, '_, '_>,
) -> Quote {
    let source = lookup_source(report, &lookups.sources, &q.source, item, "quote");
    if q.text.trim().is_empty() {
        let message = "a quote has empty text: paste the verbatim words or remove it".to_owned();
        report.value(item, &q.source, Some(item.id), message);
    }
    event_length(report, item, "a quote", &q.text, limits::TEXT);
    let speaker = q.speaker.as_deref().and_then(|name| {
        event_length(report, item, "a quote's speaker", name, limits::NAME);
        lookups.speakers.find(name, item, report)
    });
    if q.speaker.is_none() && q.voice.is_some() {
        let message = "a quote has a `voice` but no `speaker`: name the speaker, or drop `voice` for the outlet's own narration".to_owned();
        report.value(item, &q.text, Some(item.id), message);
    }
    Quote {
        source: source.unwrap_or(0),
        text: q.text,
        speaker,
        voice: q.voice.unwrap_or(Voice::Own),
    }
}

fn validate_dispute(
    d: RawDispute,
    item: Item<'_>,
    report: &mut Report<'_>,
    lookups: &mut Lookups<'_, '_, '_>,
) -> Dispute {
    let id = Some(item.id);
    let legacy = d.text.is_some() || !d.sources.is_empty();
    let current = d.about.is_some() || !d.sides.is_empty() || d.note.is_some();
    if legacy && current {
        let message = "a dispute mixes the old form (`text`, `sources`) with the new one (`about`, `sides`): keep only `about`, `sides` and `note`".to_owned();
        report.item(item, id, message);
    }
    if legacy {
        let text = d.text.unwrap_or_default();
        if lookups.legacy_disputes.0 == 0 {
            lookups.legacy_disputes.1 = report.item_at(item);
        }
        lookups.legacy_disputes.0 += 1;
        return legacy_dispute(text, &d.sources, item, report, lookups);
    }
    let about = d.about.unwrap_or_default();
    if about.trim().is_empty() {
        let message = "a dispute has no `about`: say what the sources disagree on".to_owned();
        report.item(item, id, message);
    }
    event_length(report, item, "a dispute's `about`", &about, limits::TEXT);
    if let Some(note) = &d.note {
        event_length(report, item, "a dispute's note", note, limits::TEXT);
    }
    let mut sides = Vec::with_capacity(d.sides.len());
    for side in d.sides {
        if side.text.trim().is_empty() {
            let message =
                "a dispute side has no text: quote the words on that page that carry its version"
                    .to_owned();
            report.value(item, &side.source, id, message);
        }
        event_length(report, item, "a dispute side", &side.text, limits::TEXT);
        if let Some(source) = lookup_source(report, &lookups.sources, &side.source, item, "dispute")
        {
            sides.push(DisputeSide {
                source,
                text: side.text,
            });
        }
    }
    Dispute {
        about,
        sides,
        note: d.note,
    }
}

/// An old-style dispute: its sentence becomes `about`, its sources sides without words.
fn legacy_dispute(
    text: String,
    sources: &[std::borrow::Cow<'_, str>],
    item: Item<'_>,
    report: &mut Report<'_>,
    lookups: &Lookups<'_, '_, '_>,
) -> Dispute {
    if text.trim().is_empty() {
        let message = "a dispute has empty text: say what the sources disagree on".to_owned();
        report.item(item, Some(item.id), message);
    }
    event_length(report, item, "a dispute", &text, limits::TEXT);
    let sides = sources
        .iter()
        .filter_map(|s| lookup_source(report, &lookups.sources, s, item, "dispute"))
        .map(|source| DisputeSide {
            source,
            text: String::new(),
        })
        .collect();
    Dispute {
        about: text,
        sides,
        note: None,
    }
}

fn lookup_source(
    report: &mut Report<'_>,
    sources: &HashMap<&str, usize>,
    name: &str,
    item: Item<'_>,
    what: &str,
) -> Option<usize> {
    let found = sources.get(name).copied();
    if found.is_none() {
        let message = format!(
            "{what} names source `{}`, which is not in `sources`: add it or fix the id",
            shown(name)
        );
        report.value(item, name, Some(item.id), message);
    }
    found
}
