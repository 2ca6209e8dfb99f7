//! Content warnings for a valid timeline: what a journalist would not trust.
//!
//! A file can be well-formed and still unfit to cite: placeholder titles,
//! research notes left in the text, broken quotations, tracking links. These
//! are warnings (`check --strict` makes them errors), each with its position.

mod attribution;

use super::report::{Item, Report, Section};
use crate::data::model::{Event, Timeline};
use crate::data::problem::Problem;
use std::collections::{HashMap, HashSet};

/// The longest quote the project accepts, in characters.
pub const MAX_QUOTE_CHARS: usize = 300;

/// What the linter found.
#[derive(Debug, Default)]
pub struct Lints {
    pub warnings: Vec<Problem>,
    /// Events whose quotes all come from one outlet (counted, not listed).
    pub single_outlet_events: usize,
}

/// Lints a timeline loaded from `text`; `file` names it in messages.
pub fn lint(timeline: &Timeline, text: &str, file: &str) -> Lints {
    let mut report = Report::new(file, text);
    lint_sources(timeline, &mut report);
    attribution::lint_attribution(timeline, &mut report);
    let mut seen_quotes: HashMap<String, &str> = HashMap::new();
    let mut single_outlet_events = 0;
    for e in &timeline.events {
        lint_event(e, &mut report, &mut seen_quotes);
        let outlets: HashSet<&str> = e
            .quotes
            .iter()
            .map(|q| timeline.sources[q.source].outlet.as_str())
            .collect();
        if outlets.len() < 2 {
            single_outlet_events += 1;
        }
    }
    let threads = timeline
        .threads
        .iter()
        .map(|t| (Section::Threads, &t.id, [&t.name, &t.description]));
    let eras = timeline
        .eras
        .iter()
        .map(|e| (Section::Eras, &e.id, [&e.name, &e.description]));
    lint_corrections(timeline, &mut report);
    for (section, id, texts) in threads.chain(eras) {
        let item = Item {
            section,
            id,
            nth: 0,
        };
        for text in texts {
            if let Some(word) = research_word(text) {
                report.value(item, text, None, research_message(word));
            }
        }
    }
    let mut warnings = if report.is_empty() {
        Vec::new()
    } else {
        report.finish()
    };
    warnings.extend(timeline.upgrade_notes.iter().cloned());
    Lints {
        warnings,
        single_outlet_events,
    }
}

fn lint_sources(timeline: &Timeline, report: &mut Report<'_>) {
    let mut cited = vec![false; timeline.sources.len()];
    for e in &timeline.events {
        e.quotes.iter().for_each(|q| cited[q.source] = true);
        e.disputes
            .iter()
            .flat_map(|d| &d.sides)
            .for_each(|side| cited[side.source] = true);
    }
    for (s, cited) in timeline.sources.iter().zip(cited) {
        let item = Item {
            section: Section::Sources,
            id: &s.id,
            nth: 0,
        };
        if let Some(title) = &s.title {
            if looks_like_placeholder(title) {
                let message =
                    "the title looks like a placeholder: give the page's real headline, or None";
                report.value(item, title, None, message.to_owned());
            } else if let Some(word) = research_word(title) {
                report.value(item, title, None, research_message(word));
            }
        }
        if let Some(param) = s.url.as_deref().and_then(tracking_parameter) {
            let message =
                format!("the address carries the tracking parameter `{param}`: remove it");
            report.value(item, s.url.as_deref().unwrap_or_default(), None, message);
        }
        if !cited {
            report.item(
                item,
                None,
                "this source is never quoted or cited: cite it or remove it".to_owned(),
            );
        }
    }
}

fn lint_event<'t>(e: &'t Event, report: &mut Report<'_>, seen: &mut HashMap<String, &'t str>) {
    let item = Item {
        section: Section::Events,
        id: &e.id,
        nth: 0,
    };
    let id = Some(e.id.as_str());
    let dispute_texts = e
        .disputes
        .iter()
        .flat_map(|d| std::iter::once(&d.about).chain(&d.note));
    for text in [&e.title, &e.summary].into_iter().chain(dispute_texts) {
        if let Some(word) = research_word(text) {
            report.value(item, text, id, research_message(word));
        }
    }
    for q in &e.quotes {
        let chars = q.text.chars().count();
        if chars > MAX_QUOTE_CHARS {
            let message =
                format!("a quote is {chars} characters long; keep quotes under {MAX_QUOTE_CHARS}");
            report.value(item, &q.text, id, message);
        }
        if let Some(mark) = unbalanced_quotation(&q.text) {
            let message = format!("a quote has an unmatched {mark}: quote whole phrases");
            report.value(item, &q.text, id, message);
        }
        let key = crate::base::text::single_spaced(&q.text);
        if let Some(first) = seen.insert(key, &e.id) {
            let message = format!(
                "the same quote is also on event `{}`: quote it once",
                crate::base::text::shown(first)
            );
            report.value(item, &q.text, id, message);
        }
    }
}

/// Research notes in the corrections log, placed on the correction's text
/// (corrections have no id, so their words are found after the list starts).
fn lint_corrections(timeline: &Timeline, report: &mut Report<'_>) {
    let start = report.section_at(Section::Corrections);
    for c in &timeline.corrections {
        if let Some(word) = research_word(&c.text) {
            let at = report.literal_after(start, &c.text).unwrap_or(start);
            report.at(at, None, research_message(word));
        }
    }
}

fn research_message(word: &str) -> String {
    format!("`{word}` is a research note, not something to show readers: reword it")
}

/// A title written where the real one was not known.
pub fn looks_like_placeholder(title: &str) -> bool {
    let lower = title.to_lowercase();
    let t = lower.trim();
    t.is_empty()
        || (t.starts_with('(') && t.ends_with(')'))
        || [
            "not shown",
            "not in the",
            "url slug",
            "headline not",
            "placeholder",
            "unknown title",
            "untitled",
            "tbd",
            "n/a",
        ]
        .iter()
        .any(|p| t.contains(p))
}

/// A word that belongs to a research pack rather than to the story, if any.
pub fn research_word(text: &str) -> Option<&'static str> {
    const PHRASES: [&str; 9] = [
        "stored copy",
        "source pack",
        "seed report",
        "unfiled",
        "not filed",
        "filed page",
        "filed excerpt",
        "filed report",
        "filed source",
    ];
    let lower = text.to_lowercase();
    if let Some(p) = PHRASES.iter().find(|p| lower.contains(*p)) {
        return Some(p);
    }
    if text
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == "INDEX")
    {
        return Some("INDEX");
    }
    has_pack_event_id(text).then_some("an event number such as E12 or Y24-03")
}

/// Whether the text contains a token like `E12` or `Y24-03`.
fn has_pack_event_id(text: &str) -> bool {
    let tokens = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
    tokens.into_iter().any(|t| {
        let b = t.as_bytes();
        let digits = |s: &[u8]| !s.is_empty() && s.iter().all(u8::is_ascii_digit);
        match b {
            [b'E', rest @ ..] => rest.len() == 2 && digits(rest),
            [b'Y', y1, y2, b'-', n1, n2] => digits(&[*y1, *y2, *n1, *n2]),
            _ => false,
        }
    })
}

/// The quotation mark left open or closed alone, if any (straight or curly double quotes).
pub fn unbalanced_quotation(text: &str) -> Option<&'static str> {
    if text.matches('"').count() % 2 == 1 {
        return Some("quotation mark (\")");
    }
    let open = text.matches('\u{201c}').count();
    let close = text.matches('\u{201d}').count();
    (open != close).then_some("curly quotation mark")
}

/// A tracking parameter in an address (`utm`, `utm_*`, `ref`, `fbclid`, `gclid`), if any.
pub fn tracking_parameter(address: &str) -> Option<String> {
    let url = url::Url::parse(address).ok()?;
    url.query_pairs()
        .map(|(k, _)| k.into_owned())
        .find(|k| k.starts_with("utm_") || matches!(k.as_str(), "utm" | "ref" | "fbclid" | "gclid"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn research_words_are_found_and_ordinary_prose_passes() {
        assert_eq!(research_word("INDEX.md keeps 18 June"), Some("INDEX"));
        assert_eq!(
            research_word("No filed page confirms it"),
            Some("filed page")
        );
        assert!(research_word("see Y24-03 for more").is_some());
        assert!(research_word("as E12 says").is_some());
        assert_eq!(
            research_word("Police filed charges; the index rose at E-day"),
            None
        );
        assert_eq!(research_word("India's E-visa returned in 2023"), None);
    }

    #[test]
    fn placeholders_and_real_headlines() {
        assert!(looks_like_placeholder(
            "not shown in the stored copy (URL slug: \"x\")"
        ));
        assert!(looks_like_placeholder("(headline not in the stored copy)"));
        assert!(!looks_like_placeholder(
            "India, Canada agree on 'shared work plan'"
        ));
    }

    #[test]
    fn quotation_marks_must_pair() {
        assert!(unbalanced_quotation("He said \"no").is_some());
        assert!(unbalanced_quotation("\u{201c}absurd and motivated").is_some());
        assert_eq!(
            unbalanced_quotation("\"absurd\" and \u{201c}x\u{201d}, it's fine"),
            None
        );
    }

    #[test]
    fn tracking_parameters_are_named() {
        assert_eq!(
            tracking_parameter("https://a.org/x?utm_source=tw").as_deref(),
            Some("utm_source")
        );
        assert_eq!(
            tracking_parameter("https://a.org/x?ref=home&id=3").as_deref(),
            Some("ref")
        );
        assert_eq!(
            tracking_parameter("https://a.org/x?utm=share").as_deref(),
            Some("utm")
        );
        assert_eq!(tracking_parameter("https://a.org/x?cache=yes&id=3"), None);
    }
}
