//! TimelineJS JSON in: the file's fields pulled out into [`Slides`].
//!
//! serde_json places syntax and type errors itself. Problems found later (a
//! month of 13, a duplicate id) are placed by finding the event in the text
//! again: a small scanner walks the already-valid JSON to the event's object
//! and then to the field at fault, so the position points into that event.

use super::dates::{DateParts, Part};
use super::slides::{Field, Locate, Slide, SlideRef, Slides};
use crate::data::problem::Problem;
use serde::Deserialize;
use std::cell::OnceCell;

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JsonTimeline {
    title: Option<JsonSlide>,
    events: Vec<JsonSlide>,
    eras: Vec<JsonSlide>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JsonSlide {
    start_date: Option<JsonDate>,
    end_date: Option<JsonDate>,
    text: Option<JsonText>,
    media: Option<JsonMedia>,
    group: Loose,
    unique_id: Loose,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JsonDate {
    year: Loose,
    month: Loose,
    day: Loose,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JsonText {
    headline: Loose,
    text: Loose,
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JsonMedia {
    url: Loose,
    credit: Loose,
    caption: Loose,
}

/// A text field that TimelineJS files write as a string, a number or null.
#[derive(Debug, Default)]
struct Loose(String);

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        Ok(Loose(match value {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s,
            serde_json::Value::Number(n) => n.to_string(),
            serde_json::Value::Bool(b) => b.to_string(),
            other => {
                let found = if other.is_array() {
                    "a list"
                } else {
                    "an object"
                };
                return Err(serde::de::Error::custom(format!(
                    "expected text or a number, found {found}"
                )));
            }
        }))
    }
}

impl JsonSlide {
    fn into_slide(self) -> Slide {
        let date = |d: Option<JsonDate>| {
            d.map(|d| DateParts {
                year: d.year.0,
                month: d.month.0,
                day: d.day.0,
            })
            .unwrap_or_default()
        };
        let text = self.text.unwrap_or_default();
        let media = self.media.unwrap_or_default();
        Slide {
            start: date(self.start_date),
            end: date(self.end_date),
            headline: text.headline.0,
            text: text.text.0,
            media_url: media.url.0,
            media_credit: media.credit.0,
            media_caption: media.caption.0,
            group: self.group.0,
            unique_id: self.unique_id.0,
        }
    }
}

/// Reads TimelineJS JSON; `name` names the file in messages.
pub fn read<'a>(text: &'a str, name: &str) -> Result<(Slides, JsonLocator<'a>), Vec<Problem>> {
    let parsed: JsonTimeline = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let message = match message.rfind(" at line ") {
            Some(cut) => message[..cut].to_owned(),
            None => message,
        };
        let offset = super::offset_of_byte_column(text, e.line(), e.column());
        let (line, column) = super::line_col(text, offset);
        vec![Problem {
            file: name.to_owned(),
            line,
            column,
            event: None,
            message: format!("not TimelineJS JSON: {message}"),
        }]
    })?;
    let slides = Slides {
        title: parsed.title.map(JsonSlide::into_slide),
        events: parsed
            .events
            .into_iter()
            .map(JsonSlide::into_slide)
            .collect(),
        eras: parsed.eras.into_iter().map(JsonSlide::into_slide).collect(),
    };
    Ok((slides, JsonLocator::new(text)))
}

/// Finds slides and their fields in the JSON text, for problems found after parsing.
pub struct JsonLocator<'a> {
    text: &'a str,
    spans: OnceCell<Spans>,
}

/// Byte ranges of the slides' objects.
struct Spans {
    root: Span,
    title: Option<Span>,
    events: Vec<Span>,
    eras: Vec<Span>,
}

type Span = (usize, usize);

impl<'a> JsonLocator<'a> {
    fn new(text: &'a str) -> Self {
        Self {
            text,
            spans: OnceCell::new(),
        }
    }

    fn spans(&self) -> &Spans {
        self.spans.get_or_init(|| {
            let b = self.text.as_bytes();
            let start = skip_ws(b, 0);
            let root = (start, value_end(b, start));
            let list = |key| member(b, root, key).map_or_else(Vec::new, |span| elements(b, span));
            Spans {
                root,
                title: member(b, root, "title"),
                events: list("events"),
                eras: list("eras"),
            }
        })
    }

    /// Byte offset of a field of a slide: as deep as the path can be followed.
    fn offset(&self, slide: SlideRef, field: Field) -> usize {
        let spans = self.spans();
        let found = match slide {
            SlideRef::Title => spans.title,
            SlideRef::Event(i) => spans.events.get(i).copied(),
            SlideRef::Era(i) => spans.eras.get(i).copied(),
        };
        let Some(mut span) = found else {
            return spans.root.0;
        };
        for key in path(field) {
            match member(self.text.as_bytes(), span, key) {
                Some(inner) => span = inner,
                None => break,
            }
        }
        span.0
    }
}

impl Locate for JsonLocator<'_> {
    fn locate(&self, slide: SlideRef, field: Field) -> (usize, usize) {
        super::line_col(self.text, self.offset(slide, field))
    }
}

/// The keys leading from a slide's object to a field.
fn path(field: Field) -> &'static [&'static str] {
    match field {
        Field::Slide => &[],
        Field::Headline => &["text", "headline"],
        Field::Text => &["text", "text"],
        Field::Media => &["media", "url"],
        Field::UniqueId => &["unique_id"],
        Field::Start(Part::Year) => &["start_date", "year"],
        Field::Start(Part::Month) => &["start_date", "month"],
        Field::Start(Part::Day) => &["start_date", "day"],
        Field::End(Part::Year) => &["end_date", "year"],
        Field::End(Part::Month) => &["end_date", "month"],
        Field::End(Part::Day) => &["end_date", "day"],
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while b.get(i).is_some_and(u8::is_ascii_whitespace) {
        i += 1;
    }
    i
}

/// The index just past the string starting at `i` (on its opening quote).
fn string_end(b: &[u8], mut i: usize) -> usize {
    i += 1;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

/// The index just past the value starting at `i`.
fn value_end(b: &[u8], mut i: usize) -> usize {
    match b.get(i) {
        Some(b'"') => string_end(b, i),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            while let Some(&c) = b.get(i) {
                match c {
                    b'"' => {
                        i = string_end(b, i);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return i + 1;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            b.len()
        }
        _ => {
            let start = i.min(b.len());
            let stop = |c: &u8| matches!(c, b',' | b'}' | b']') || c.is_ascii_whitespace();
            b[start..]
                .iter()
                .position(stop)
                .map_or(b.len(), |p| start + p)
        }
    }
}

/// The span of the value of `key` in the object spanning `span`.
fn member(b: &[u8], span: Span, key: &str) -> Option<Span> {
    if b.get(span.0) != Some(&b'{') {
        return None;
    }
    let mut i = skip_ws(b, span.0 + 1);
    while i < span.1 && b.get(i) == Some(&b'"') {
        let key_end = string_end(b, i);
        let name = &b[i + 1..key_end.saturating_sub(1).max(i + 1)];
        let colon = skip_ws(b, key_end);
        if b.get(colon) != Some(&b':') {
            return None;
        }
        let value = skip_ws(b, colon + 1);
        let end = value_end(b, value);
        if name == key.as_bytes() {
            return Some((value, end));
        }
        i = skip_ws(b, end);
        if b.get(i) == Some(&b',') {
            i = skip_ws(b, i + 1);
        }
    }
    None
}

/// The spans of the elements of the array spanning `span`.
fn elements(b: &[u8], span: Span) -> Vec<Span> {
    let mut out = Vec::new();
    if b.get(span.0) != Some(&b'[') {
        return out;
    }
    let mut i = skip_ws(b, span.0 + 1);
    while i < span.1 && !matches!(b.get(i), Some(b']') | None) {
        let end = value_end(b, i);
        out.push((i, end));
        i = skip_ws(b, end);
        if b.get(i) == Some(&b',') {
            i = skip_ws(b, i + 1);
        } else {
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_scanner_finds_fields_of_the_nth_event() {
        let text = r#"{"title": {"text": {"headline": "T"}},
 "events": [
  {"text": {"headline": "a \"}{\" b"}, "start_date": {"year": 1}},
  {"start_date": {"year": "2000", "month": "13"}, "text": {"headline": "B"}}
 ]}"#;
        let (slides, locator) = read(text, "t.json").unwrap();
        assert_eq!(slides.events.len(), 2);
        assert_eq!(slides.events[0].start.year, "1");
        let (line, column) = locator.locate(SlideRef::Event(1), Field::Start(Part::Month));
        assert_eq!(line, 4);
        let at = &text.lines().nth(3).unwrap()[column - 1..];
        assert!(at.starts_with("\"13\""), "{at}");
        assert_eq!(locator.locate(SlideRef::Event(0), Field::Slide), (3, 3));
    }
}
