//! Turns the parsed file into a [`Timeline`], collecting every problem on the way.
//!
//! Strings move from the parsed file into the model; nothing is copied. Where an
//! item starts in the text is worked out only once a problem has to be reported,
//! so a valid file never pays for the position index.

use super::locate::{all_key_offsets, keyword_offset, line_col, literal_between};
use super::problem::Problem;
use super::raw::{RawEvent, RawTimeline};
use crate::date::PartialDate;
use crate::model::{Category, Dispute, Event, Quote, Source, Timeline};
use std::cell::OnceCell;
use std::collections::HashMap;

/// The three lists of the file, whose items are found by id.
#[derive(Clone, Copy)]
enum Section {
    Categories,
    Sources,
    Events,
}

/// One item of a list: the `nth` (from 0) with this id in its section.
#[derive(Clone, Copy)]
struct Item<'a> {
    section: Section,
    id: &'a str,
    nth: usize,
}

/// Where things are in the text; built on first use.
struct TextIndex {
    ids: HashMap<String, Vec<usize>>,
    sections: [usize; 3],
}

/// Collects problems with positions in one file's text.
struct Report<'a> {
    file: &'a str,
    text: &'a str,
    index: OnceCell<TextIndex>,
    problems: Vec<Problem>,
}

impl<'a> Report<'a> {
    fn new(file: &'a str, text: &'a str) -> Self {
        Self {
            file,
            text,
            index: OnceCell::new(),
            problems: Vec::new(),
        }
    }

    fn index(&self) -> &TextIndex {
        self.index.get_or_init(|| TextIndex {
            ids: all_key_offsets(self.text, "id"),
            sections: ["categories", "sources", "events"].map(|k| keyword_offset(self.text, k)),
        })
    }

    /// Offset of the section's keyword.
    fn section_at(&self, section: Section) -> usize {
        self.index().sections[section as usize]
    }

    /// Offset where an item's id is written (0 when it cannot be found).
    fn item_at(&self, item: Item<'_>) -> usize {
        let index = self.index();
        let after = index.sections[item.section as usize];
        let Some(all) = index.ids.get(item.id) else {
            return 0;
        };
        let later: Vec<usize> = all.iter().copied().filter(|&o| o >= after).collect();
        let candidates = if later.is_empty() { all } else { &later };
        candidates
            .get(item.nth)
            .or(candidates.last())
            .copied()
            .unwrap_or(0)
    }

    /// Offset of `value` written as a string after the item, or of the item.
    fn value_at(&self, item: Item<'_>, value: &str) -> usize {
        let at = self.item_at(item);
        literal_between(self.text, value, at, self.text.len()).unwrap_or(at)
    }

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

    /// A problem with an item.
    fn item(&mut self, item: Item<'_>, event: Option<&str>, message: String) {
        let at = self.item_at(item);
        self.at(at, event, message);
    }

    /// A problem with one of an item's values.
    fn value(&mut self, item: Item<'_>, value: &str, event: Option<&str>, message: String) {
        let at = self.value_at(item, value);
        self.at(at, event, message);
    }
}

/// For each id in order: how many earlier ids were the same (0 for the first).
fn occurrences<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<usize> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    ids.map(|id| {
        let n = seen.entry(id).or_insert(0);
        *n += 1;
        *n - 1
    })
    .collect()
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
    let mut report = Report::new(file, text);

    let mut categories = Vec::with_capacity(raw.categories.len());
    let mut category_index = HashMap::new();
    let nths = occurrences(raw.categories.iter().map(|c| c.id.as_str()));
    for (c, nth) in raw.categories.into_iter().zip(nths) {
        let item = Item {
            section: Section::Categories,
            id: &c.id,
            nth,
        };
        if category_index
            .insert(c.id.clone(), categories.len())
            .is_some()
        {
            report.item(
                item,
                None,
                format!(
                    "category id `{}` is used twice: give each category its own id",
                    c.id
                ),
            );
        }
        let color = parse_color(&c.color).unwrap_or_else(|| {
            report.value(
                item,
                &c.color,
                None,
                format!(
                    "category `{}`: colour `{}` is not of the form \"#rrggbb\"",
                    c.id, c.color
                ),
            );
            [128, 128, 128]
        });
        categories.push(Category {
            id: c.id,
            name: c.name,
            color,
        });
    }

    let mut sources = Vec::with_capacity(raw.sources.len());
    let mut source_index = HashMap::new();
    let nths = occurrences(raw.sources.iter().map(|s| s.id.as_str()));
    for (s, nth) in raw.sources.into_iter().zip(nths) {
        let item = Item {
            section: Section::Sources,
            id: &s.id,
            nth,
        };
        if source_index.insert(s.id.clone(), sources.len()).is_some() {
            report.item(
                item,
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
                    report.value(
                        item,
                        p,
                        None,
                        format!("source `{}`: published date {e}", s.id),
                    );
                    None
                }
            });
        if let Some(url) = &s.url
            && !(url.starts_with("https://") || url.starts_with("http://"))
        {
            report.value(
                item,
                url,
                None,
                format!(
                    "source `{}`: address `{url}` must start with http:// or https://",
                    s.id
                ),
            );
        }
        sources.push(Source {
            id: s.id,
            outlet: s.outlet,
            title: s.title,
            author: s.author,
            published,
            url: s.url,
        });
    }

    let lookups = Lookups {
        categories: &category_index,
        sources: &source_index,
    };
    let no_events = raw.events.is_empty();
    let mut events = Vec::with_capacity(raw.events.len());
    let nths = occurrences(raw.events.iter().map(|e| e.id.as_str()));
    for (e, nth) in raw.events.into_iter().zip(nths) {
        if nth > 0 {
            let first = Item {
                section: Section::Events,
                id: &e.id,
                nth: 0,
            };
            let (line, _) = line_col(text, report.item_at(first));
            report.item(
                Item { nth, ..first },
                Some(&e.id),
                format!("id is used twice (first on line {line}): give each event its own id"),
            );
        }
        if let Some(event) = validate_event(e, nth, &mut report, &lookups) {
            events.push(event);
        }
    }
    if no_events {
        let at = report.section_at(Section::Events);
        report.at(at, None, "the timeline has no events".to_owned());
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

/// Ids of the categories and sources, to their index.
struct Lookups<'a> {
    categories: &'a HashMap<String, usize>,
    sources: &'a HashMap<String, usize>,
}

fn validate_event(
    e: RawEvent,
    nth: usize,
    report: &mut Report<'_>,
    lookups: &Lookups<'_>,
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
    if e.title.trim().is_empty() {
        report.item(item, id, "title is empty".to_owned());
    }
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
    if let (Some(start), Some(Some(end))) = (start, end)
        && end.end_day_exclusive() < start.end_day_exclusive()
    {
        report.value(
            item,
            e.end.as_deref().unwrap_or_default(),
            id,
            format!("end {end} is before start {start}: swap them or fix the typo"),
        );
    }
    let category = lookups.categories.get(e.category.as_ref()).copied();
    if category.is_none() {
        let known: Vec<&str> = lookups.categories.keys().map(String::as_str).collect();
        report.value(
            item,
            &e.category,
            id,
            format!(
                "category `{}` is not defined (known: {})",
                e.category,
                sorted(known)
            ),
        );
    }
    let mut quotes = Vec::with_capacity(e.quotes.len());
    for q in e.quotes {
        let source = lookup_source(report, lookups.sources, &q.source, item, "quote");
        if q.text.trim().is_empty() {
            report.value(
                item,
                &q.source,
                id,
                "a quote has empty text: paste the verbatim words or remove it".to_owned(),
            );
        }
        quotes.push(Quote {
            source: source.unwrap_or(0),
            text: q.text,
        });
    }
    let mut disputes = Vec::with_capacity(e.disputes.len());
    for d in e.disputes {
        if d.text.trim().is_empty() {
            report.item(
                item,
                id,
                "a dispute has empty text: say what the sources disagree on".to_owned(),
            );
        }
        let ids = d
            .sources
            .iter()
            .filter_map(|s| lookup_source(report, lookups.sources, s, item, "dispute"))
            .collect();
        disputes.push(Dispute {
            text: d.text,
            sources: ids,
        });
    }
    let (start, end, category) = (start?, end?, category?);
    Some(Event {
        id: e.id,
        title: e.title,
        start,
        end,
        category,
        summary: e.summary,
        quotes,
        disputes,
        tags: e.tags,
    })
}

fn lookup_source(
    report: &mut Report<'_>,
    sources: &HashMap<String, usize>,
    name: &str,
    item: Item<'_>,
    what: &str,
) -> Option<usize> {
    let found = sources.get(name).copied();
    if found.is_none() {
        report.value(
            item,
            name,
            Some(item.id),
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
