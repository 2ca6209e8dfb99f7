//! Turns the parsed file into a [`Timeline`], collecting every problem on the way.
//!
//! Strings move from the parsed file into the model; nothing is copied. Every
//! check is linear in the file, and every message names at most a few
//! candidates, so that a hostile file cannot make checking slow or its output huge.

use super::checks::{check_length, check_unique, limits, occurrences};
use super::raw::{RawCategory, RawEra, RawSource, RawThread, RawTimeline};
use super::report::{Item, Report, Section};
use super::speakers;
use crate::base::text::shown;
use crate::data::date::PartialDate;
use crate::data::model::{Category, Era, Source, Thread, Timeline, TimelineParts};
use crate::data::problem::Problem;

fn parse_color(text: &str) -> Option<[u8; 3]> {
    let hex = text.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
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
        let published = source_date(report, item, "published", s.published.as_deref());
        for url in [&s.url, &s.archived].into_iter().flatten() {
            check_url(report, item, &s.id, url);
        }
        let accessed = source_date(report, item, "accessed", s.accessed.as_deref());
        sources.push(Source {
            id: s.id,
            outlet: s.outlet,
            title: s.title,
            author: s.author,
            published,
            url: s.url,
            via: s.via,
            kind: s.kind,
            archived: s.archived,
            accessed,
        });
    }
    sources
}

/// A source's optional date (`published`, `accessed`), reported where it is
/// written when it does not parse.
fn source_date(
    report: &mut Report<'_>,
    item: Item<'_>,
    field: &str,
    text: Option<&str>,
) -> Option<PartialDate> {
    let text = text?;
    PartialDate::parse(text)
        .map_err(|e| {
            let message = format!("source `{}`: {field} date {e}", shown(item.id));
            report.value(item, text, None, message);
        })
        .ok()
}

fn check_url(report: &mut Report<'_>, item: Item<'_>, id: &str, url: &str) {
    let problem = if url.len() > limits::URL {
        Some(format!("is over {} characters", limits::URL))
    } else {
        crate::base::links::web_address(url)
            .err()
            .map(|e| e.to_string())
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

#[cfg(test)]
mod tests {
    use super::parse_color;
    use crate::data::load::checks::did_you_mean;

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
