//! Turns the parsed file into a [`Timeline`], collecting every problem on the way.
//!
//! Strings move from the parsed file into the model; nothing is copied. Every
//! check is linear in the file, and every message names at most a few
//! candidates, so that a hostile file cannot make checking slow or its output huge.

use super::problem::Problem;
use super::raw::{RawCategory, RawEra, RawSource, RawThread, RawTimeline};
use super::report::{Item, Report, Section};
use super::speakers;
use crate::date::PartialDate;
use crate::model::{Category, Era, Source, Thread, Timeline, TimelineParts};
use crate::text::shown;
use std::collections::HashMap;

/// Longest texts accepted, in characters: anything longer is a broken file, and
/// would freeze the window or fill it.
pub(crate) mod limits {
    pub const ID: usize = 200;
    pub const NAME: usize = 300;
    pub const TITLE: usize = 500;
    pub const TIMELINE_TITLE: usize = 200;
    pub const TEXT: usize = 20_000;
    pub const URL: usize = 2_000;
}

/// For each id in order: how many earlier ids were the same (0 for the first).
pub(super) fn occurrences<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<usize> {
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

/// " (did you mean `x`?)" for the closest known ids, or how many there are.
pub(super) fn did_you_mean<'a>(
    name: &str,
    known: impl ExactSizeIterator<Item = &'a str>,
) -> String {
    const MAX_COMPARED: usize = 500;
    let count = known.len();
    if count == 0 {
        return " (none are defined)".to_owned();
    }
    if count > MAX_COMPARED || name.len() > 200 {
        return format!(" ({count} are defined)");
    }
    const LISTED: usize = 10;
    let limit = (name.chars().count() / 3).max(2);
    let mut all: Vec<(usize, &str)> = known.map(|k| (strsim::levenshtein(name, k), k)).collect();
    all.sort_unstable();
    match all.first() {
        Some(&(d, closest)) if d <= limit => format!(" (did you mean `{}`?)", shown(closest)),
        _ if count <= LISTED => {
            let mut names: Vec<String> = all.iter().map(|(_, k)| shown(k)).collect();
            names.sort_unstable();
            format!(" (known: {})", names.join(", "))
        }
        _ => format!(" ({count} are defined)"),
    }
}

/// Reports a text longer than `max` characters.
pub(super) fn check_length(
    report: &mut Report<'_>,
    item: Item<'_>,
    event: Option<&str>,
    field: &str,
    value: &str,
    max: usize,
) {
    if value.len() > max && value.chars().count() > max {
        report.item(
            item,
            event,
            format!(
                "{field} is {} characters long; keep it under {max}",
                value.chars().count()
            ),
        );
    }
}

/// Reports an id used twice in one list.
pub(super) fn check_unique(report: &mut Report<'_>, item: Item<'_>, what: &str) {
    if item.nth > 0 {
        let first = report.item_at(Item { nth: 0, ..item });
        let line = report.line_of(first);
        report.item(
            item,
            None,
            format!(
                "{what} id `{}` is used twice (first on line {line}): give each its own id",
                shown(item.id)
            ),
        );
    }
    check_length(report, item, None, "the id", item.id, limits::ID);
}

fn validate_categories(raw: Vec<RawCategory>, report: &mut Report<'_>) -> Vec<Category> {
    let nths = occurrences(raw.iter().map(|c| c.id.as_str()));
    raw.into_iter()
        .zip(nths)
        .map(|(c, nth)| {
            let item = Item {
                section: Section::Categories,
                id: &c.id,
                nth,
            };
            check_unique(report, item, "category");
            check_length(
                report,
                item,
                None,
                "the category name",
                &c.name,
                limits::NAME,
            );
            let color = parse_color(&c.color).unwrap_or_else(|| {
                let message = format!(
                    "category `{}`: colour `{}` is not of the form \"#rrggbb\"",
                    shown(&c.id),
                    shown(&c.color)
                );
                report.value(item, &c.color, None, message);
                [128, 128, 128]
            });
            Category {
                id: c.id,
                name: c.name,
                color,
            }
        })
        .collect()
}

fn validate_threads(raw: Vec<RawThread>, report: &mut Report<'_>) -> Vec<Thread> {
    let nths = occurrences(raw.iter().map(|t| t.id.as_str()));
    raw.into_iter()
        .zip(nths)
        .map(|(t, nth)| {
            let item = Item {
                section: Section::Threads,
                id: &t.id,
                nth,
            };
            check_unique(report, item, "thread");
            check_length(report, item, None, "the thread name", &t.name, limits::NAME);
            check_length(
                report,
                item,
                None,
                "the description",
                &t.description,
                limits::TEXT,
            );
            Thread {
                id: t.id,
                name: t.name,
                description: t.description,
            }
        })
        .collect()
}

fn validate_eras(raw: Vec<RawEra>, report: &mut Report<'_>) -> Vec<Era> {
    let nths = occurrences(raw.iter().map(|e| e.id.as_str()));
    let mut eras = Vec::with_capacity(raw.len());
    for (e, nth) in raw.into_iter().zip(nths) {
        let item = Item {
            section: Section::Eras,
            id: &e.id,
            nth,
        };
        check_unique(report, item, "era");
        check_length(report, item, None, "the era name", &e.name, limits::NAME);
        check_length(
            report,
            item,
            None,
            "the description",
            &e.description,
            limits::TEXT,
        );
        let mut date = |text: &str, what: &str| {
            PartialDate::parse(text)
                .map_err(|err| {
                    let message = format!("era `{}`: {what} {err}", shown(&e.id));
                    report.value(item, text, None, message);
                })
                .ok()
        };
        let (Some(start), Some(end)) = (date(&e.start, "start"), date(&e.end, "end")) else {
            continue;
        };
        if end.end_day_exclusive() <= start.first_day() {
            let message = format!("era `{}`: end {end} is before start {start}", shown(&e.id));
            report.value(item, &e.end, None, message);
            continue;
        }
        eras.push(Era {
            id: e.id,
            name: e.name,
            start,
            end,
            description: e.description,
        });
    }
    eras
}

fn validate_sources(raw: Vec<RawSource>, report: &mut Report<'_>) -> Vec<Source> {
    let nths = occurrences(raw.iter().map(|s| s.id.as_str()));
    let mut sources = Vec::with_capacity(raw.len());
    for (s, nth) in raw.into_iter().zip(nths) {
        let item = Item {
            section: Section::Sources,
            id: &s.id,
            nth,
        };
        check_unique(report, item, "source");
        check_length(report, item, None, "the outlet", &s.outlet, limits::NAME);
        for text in [&s.title, &s.author, &s.via].into_iter().flatten() {
            check_length(
                report,
                item,
                None,
                "a source's title, author or via",
                text,
                limits::TITLE,
            );
        }
        let published = s.published.as_deref().and_then(|p| {
            PartialDate::parse(p)
                .map_err(|e| {
                    let message = format!("source `{}`: published date {e}", shown(&s.id));
                    report.value(item, p, None, message);
                })
                .ok()
        });
        if let Some(url) = &s.url {
            check_url(report, item, &s.id, url);
        }
        sources.push(Source {
            id: s.id,
            outlet: s.outlet,
            title: s.title,
            author: s.author,
            published,
            url: s.url,
            via: s.via,
            kind: s.kind,
        });
    }
    sources
}

fn check_url(report: &mut Report<'_>, item: Item<'_>, id: &str, url: &str) {
    let problem = if url.len() > limits::URL {
        Some(format!("is over {} characters", limits::URL))
    } else {
        crate::links::web_address(url).err().map(|e| e.to_string())
    };
    if let Some(why) = problem {
        let message = format!(
            "source `{}`: address `{}` {why}: give the page's http:// or https:// address, or None",
            shown(id),
            shown(url)
        );
        report.value(item, url, None, message);
    }
}

/// Validates a parsed file. `file` names it in messages; `text` is its content.
pub fn validate(raw: RawTimeline, file: &str, text: &str) -> Result<Timeline, Vec<Problem>> {
    let mut report = Report::new(file, text);
    for (what, value, max) in [
        ("the timeline's title", &raw.title, limits::TIMELINE_TITLE),
        ("the timeline's description", &raw.description, limits::TEXT),
    ] {
        if value.chars().count() > max {
            let at = report.section_at(Section::Categories);
            report.at(
                at,
                None,
                format!(
                    "{what} is {} characters long; keep it under {max}",
                    value.chars().count()
                ),
            );
        }
    }
    let categories = validate_categories(raw.categories, &mut report);
    let threads = validate_threads(raw.threads, &mut report);
    let eras = validate_eras(raw.eras, &mut report);
    let sources = validate_sources(raw.sources, &mut report);
    let mut notes = Report::new(file, text);
    let declared = raw.speakers.is_some();
    let mut speakers = speakers::validate_speakers(raw.speakers.unwrap_or_default(), &mut report);
    let mut book = if declared {
        speakers::SpeakerBook::declared(&speakers)
    } else {
        speakers::SpeakerBook::legacy()
    };
    let lists = super::event::Lists {
        categories: &categories,
        threads: &threads,
        sources: &sources,
    };
    let events =
        super::event::validate_events(raw.events, &mut report, &mut notes, lists, &mut book);
    let legacy = book.finish(&mut notes);
    if !declared {
        speakers = legacy;
    }
    let corrections = speakers::validate_corrections(raw.corrections, &events, &mut report);
    if report.is_empty() {
        Ok(Timeline::new(TimelineParts {
            title: raw.title,
            description: raw.description,
            categories,
            threads,
            eras,
            sources,
            speakers,
            events,
            corrections,
            upgrade_notes: if notes.is_empty() {
                Vec::new()
            } else {
                notes.finish()
            },
        }))
    } else {
        Err(report.finish())
    }
}

/// Ids of an already validated list, to their index.
pub(super) fn id_map<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<&str, usize> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        map.entry(id(item)).or_insert(i);
    }
    map
}

/// Checks that an event's value is not too long.
pub(super) fn event_length(
    report: &mut Report<'_>,
    item: Item<'_>,
    field: &str,
    value: &str,
    max: usize,
) {
    check_length(report, item, Some(item.id), field, value, max);
}

#[cfg(test)]
mod tests {
    use super::{did_you_mean, parse_color};

    #[test]
    fn colours_are_six_hex_digits() {
        assert_eq!(parse_color("#d1495b"), Some([0xd1, 0x49, 0x5b]));
        assert_eq!(parse_color("#D1495B"), Some([0xd1, 0x49, 0x5b]));
        for bad in ["d1495b", "#d1495", "#d1495bb", "#g1495b", "red", ""] {
            assert_eq!(parse_color(bad), None, "{bad}");
        }
    }

    #[test]
    fn suggestions_name_one_close_id_never_the_whole_list() {
        let known = ["security", "diplomacy", "trade"];
        assert_eq!(
            did_you_mean("securty", known.into_iter()),
            " (did you mean `security`?)"
        );
        assert_eq!(
            did_you_mean("zzzzzzzz", known.into_iter()),
            " (known: diplomacy, security, trade)"
        );
        let many: Vec<String> = (0..2000).map(|i| format!("c{i}")).collect();
        let text = did_you_mean("c1", many.iter().map(String::as_str));
        assert_eq!(text, " (2000 are defined)");
    }
}
