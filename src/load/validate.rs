//! Turns the parsed file into a [`Timeline`], collecting every problem on the way.

use super::locate::{all_key_offsets, keyword_offset, line_col, literal_between};
use super::problem::Problem;
use super::raw::{RawEvent, RawTimeline};
use crate::date::PartialDate;
use crate::model::{Category, Dispute, Event, Quote, Source, Timeline};
use std::collections::HashMap;

/// Collects problems with positions in one file's text.
struct Report<'a> {
    file: &'a str,
    text: &'a str,
    problems: Vec<Problem>,
}

impl Report<'_> {
    fn at(&mut self, offset: usize, event: Option<&str>, message: String) {
        let (line, column) = line_col(self.text, offset);
        self.problems.push(Problem {
            file: self.file.to_owned(),
            line,
            column,
            event: event.map(str::to_owned),
            message,
        });
    }
}

/// Where the n-th item with this id (of one kind) starts, and where the next item starts.
struct Places {
    starts: HashMap<String, Vec<usize>>,
    seen: HashMap<String, usize>,
}

impl Places {
    fn new(index: &HashMap<String, Vec<usize>>, ids: &[&str], after: usize) -> Self {
        let mut starts = HashMap::new();
        for id in ids {
            starts.entry((*id).to_owned()).or_insert_with(|| {
                let all = index.get(*id).cloned().unwrap_or_default();
                let later: Vec<usize> = all.iter().copied().filter(|&o| o >= after).collect();
                if later.is_empty() { all } else { later }
            });
        }
        Self {
            starts,
            seen: HashMap::new(),
        }
    }

    /// Offset of the next unclaimed item with this id (0 when it cannot be found).
    fn claim(&mut self, id: &str) -> usize {
        let n = self.seen.entry(id.to_owned()).or_insert(0);
        let offset = self
            .starts
            .get(id)
            .and_then(|v| v.get(*n).or(v.last()))
            .copied()
            .unwrap_or(0);
        *n += 1;
        offset
    }
}

fn parse_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// Validates a parsed file. `file` names it in messages; `text` is its content.
pub fn validate(raw: RawTimeline, file: &str, text: &str) -> Result<Timeline, Vec<Problem>> {
    let mut report = Report {
        file,
        text,
        problems: Vec::new(),
    };

    let id_index = all_key_offsets(text, "id");
    let category_ids: Vec<&str> = raw.categories.iter().map(|c| c.id.as_str()).collect();
    let mut category_places =
        Places::new(&id_index, &category_ids, keyword_offset(text, "categories"));
    let mut categories = Vec::new();
    let mut category_index = HashMap::new();
    for c in &raw.categories {
        let at = category_places.claim(&c.id);
        if category_index
            .insert(c.id.clone(), categories.len())
            .is_some()
        {
            report.at(
                at,
                None,
                format!(
                    "category id `{}` is used twice: give each category its own id",
                    c.id
                ),
            );
        }
        let color = parse_color(&c.color).unwrap_or_else(|| {
            let pos = literal_between(text, &c.color, at, text.len()).unwrap_or(at);
            report.at(
                pos,
                None,
                format!(
                    "category `{}`: colour `{}` is not of the form \"#rrggbb\"",
                    c.id, c.color
                ),
            );
            [128, 128, 128]
        });
        categories.push(Category {
            id: c.id.clone(),
            name: c.name.clone(),
            color,
        });
    }

    let source_ids: Vec<&str> = raw.sources.iter().map(|s| s.id.as_str()).collect();
    let mut source_places = Places::new(&id_index, &source_ids, keyword_offset(text, "sources"));
    let mut sources = Vec::new();
    let mut source_index = HashMap::new();
    for s in &raw.sources {
        let at = source_places.claim(&s.id);
        if source_index.insert(s.id.clone(), sources.len()).is_some() {
            report.at(
                at,
                None,
                format!(
                    "source id `{}` is used twice: give each source its own id",
                    s.id
                ),
            );
        }
        let published = s
            .published
            .as_deref()
            .and_then(|p| match PartialDate::parse(p) {
                Ok(d) => Some(d),
                Err(e) => {
                    let pos = literal_between(text, p, at, text.len()).unwrap_or(at);
                    report.at(pos, None, format!("source `{}`: published date {e}", s.id));
                    None
                }
            });
        if let Some(url) = &s.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            let pos = literal_between(text, url, at, text.len()).unwrap_or(at);
            report.at(
                pos,
                None,
                format!(
                    "source `{}`: address `{url}` must start with http:// or https://",
                    s.id
                ),
            );
        }
        sources.push(Source {
            id: s.id.clone(),
            outlet: s.outlet.clone(),
            title: s.title.clone(),
            author: s.author.clone(),
            published,
            url: s.url.clone(),
        });
    }

    let event_ids: Vec<&str> = raw.events.iter().map(|e| e.id.as_str()).collect();
    let events_at = keyword_offset(text, "events");
    let mut event_places = Places::new(&id_index, &event_ids, events_at);
    let mut seen_events = HashMap::new();
    let mut events = Vec::new();
    for e in &raw.events {
        let at = event_places.claim(&e.id);
        if let Some(first) = seen_events.insert(e.id.clone(), at) {
            let (line, _) = line_col(text, first);
            report.at(
                at,
                Some(&e.id),
                format!("id is used twice (first on line {line}): give each event its own id"),
            );
        }
        if let Some(event) = validate_event(e, at, &mut report, &category_index, &source_index) {
            events.push(event);
        }
    }
    if raw.events.is_empty() {
        report.at(events_at, None, "the timeline has no events".to_owned());
    }

    if report.problems.is_empty() {
        Ok(Timeline::new(
            raw.title,
            raw.description,
            categories,
            sources,
            events,
        ))
    } else {
        report.problems.sort_by_key(|p| (p.line, p.column));
        Err(report.problems)
    }
}

fn validate_event(
    e: &RawEvent,
    at: usize,
    report: &mut Report<'_>,
    categories: &HashMap<String, usize>,
    sources: &HashMap<String, usize>,
) -> Option<Event> {
    let id = Some(e.id.as_str());
    let text = report.text;
    let near = |value: &str| literal_between(text, value, at, text.len()).unwrap_or(at);
    if e.id.trim().is_empty() {
        report.at(at, None, "an event has an empty id".to_owned());
    }
    if e.title.trim().is_empty() {
        report.at(at, id, "title is empty".to_owned());
    }
    let start = PartialDate::parse(&e.start)
        .map_err(|err| report.at(near(&e.start), id, format!("start {err}")))
        .ok();
    let end = match &e.end {
        Some(s) => PartialDate::parse(s)
            .map(Some)
            .map_err(|err| report.at(near(s), id, format!("end {err}")))
            .ok(),
        None => Some(None),
    };
    if let (Some(start), Some(Some(end))) = (start, end)
        && end.end_day_exclusive() < start.end_day_exclusive()
    {
        report.at(
            near(e.end.as_deref().unwrap_or_default()),
            id,
            format!("end {end} is before start {start}: swap them or fix the typo"),
        );
    }
    let category = categories.get(&e.category).copied();
    if category.is_none() {
        let known: Vec<&str> = categories.keys().map(String::as_str).collect();
        report.at(
            near(&e.category),
            id,
            format!(
                "category `{}` is not defined (known: {})",
                e.category,
                sorted(known)
            ),
        );
    }
    let mut quotes = Vec::new();
    for q in &e.quotes {
        let source = lookup_source(report, sources, &q.source, at, id, "quote");
        if q.text.trim().is_empty() {
            report.at(
                near(&q.source),
                id,
                "a quote has empty text: paste the verbatim words or remove it".to_owned(),
            );
        }
        quotes.push(Quote {
            source: source.unwrap_or(0),
            text: q.text.clone(),
        });
    }
    let mut disputes = Vec::new();
    for d in &e.disputes {
        if d.text.trim().is_empty() {
            report.at(
                at,
                id,
                "a dispute has empty text: say what the sources disagree on".to_owned(),
            );
        }
        let ids = d
            .sources
            .iter()
            .filter_map(|s| lookup_source(report, sources, s, at, id, "dispute"))
            .collect();
        disputes.push(Dispute {
            text: d.text.clone(),
            sources: ids,
        });
    }
    Some(Event {
        id: e.id.clone(),
        title: e.title.clone(),
        start: start?,
        end: end?,
        category: category?,
        summary: e.summary.clone(),
        quotes,
        disputes,
        tags: e.tags.clone(),
    })
}

fn lookup_source(
    report: &mut Report<'_>,
    sources: &HashMap<String, usize>,
    name: &str,
    at: usize,
    event: Option<&str>,
    what: &str,
) -> Option<usize> {
    let found = sources.get(name).copied();
    if found.is_none() {
        let pos = literal_between(report.text, name, at, report.text.len()).unwrap_or(at);
        report.at(
            pos,
            event,
            format!(
                "{what} names source `{name}`, which is not in `sources`: add it or fix the id"
            ),
        );
    }
    found
}

fn sorted(mut v: Vec<&str>) -> String {
    v.sort_unstable();
    v.join(", ")
}

#[cfg(test)]
mod tests {
    use super::parse_color;

    #[test]
    fn colours_are_six_hex_digits() {
        assert_eq!(parse_color("#d1495b"), Some([0xd1, 0x49, 0x5b]));
        assert_eq!(parse_color("#D1495B"), Some([0xd1, 0x49, 0x5b]));
        for bad in ["d1495b", "#d1495", "#d1495bb", "#g1495b", "red", ""] {
            assert_eq!(parse_color(bad), None, "{bad}");
        }
    }
}
