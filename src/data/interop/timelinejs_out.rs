//! Our timeline out as TimelineJS: JSON, or the Google-Sheets CSV.
//!
//! TimelineJS has no quotes, sources or disputes, so an event's text carries
//! them for a reader: the summary, then each quote as `“words” — Speaker,
//! Outlet (date)` (the outlet linked to its page), then any dispute. Everything
//! is HTML-escaped; ids, titles, dates (with their precision), categories (as
//! groups), the title slide and the eras map onto TimelineJS fields directly.

use super::dates::DateParts;
use super::html;
use crate::data::date::PartialDate;
use crate::data::model::{Attribution, Event, Timeline};
use serde::Serialize;

/// The columns of the TimelineJS sheet template, then our id.
pub const CSV_HEADER: [&str; 19] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
    "Unique ID",
];

#[derive(Serialize)]
struct JsonOut {
    title: SlideOut,
    events: Vec<SlideOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    eras: Vec<SlideOut>,
}

#[derive(Serialize)]
struct SlideOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_date: Option<DateOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_date: Option<DateOut>,
    text: TextOut,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<String>,
}

#[derive(Serialize)]
struct TextOut {
    headline: String,
    text: String,
}

/// A date as TimelineJS writes it: what is unknown is left out.
#[derive(Serialize)]
struct DateOut {
    year: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    month: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    day: String,
}

impl DateOut {
    fn of(date: &PartialDate) -> Self {
        let DateParts { year, month, day } = DateParts::of(date);
        Self { year, month, day }
    }
}

/// The timeline as TimelineJS JSON.
pub fn to_json(timeline: &Timeline) -> String {
    let out = JsonOut {
        title: SlideOut {
            unique_id: None,
            start_date: None,
            end_date: None,
            text: TextOut {
                headline: html::escape(&timeline.title),
                text: html::paragraphs(&timeline.description),
            },
            group: None,
        },
        events: timeline
            .events
            .iter()
            .map(|e| SlideOut {
                unique_id: Some(e.id.clone()),
                start_date: Some(DateOut::of(&e.start)),
                end_date: e.end.as_ref().map(DateOut::of),
                text: TextOut {
                    headline: html::escape(&e.title),
                    text: event_html(timeline, e),
                },
                group: Some(timeline.categories[e.category].name.clone()),
            })
            .collect(),
        eras: timeline
            .eras
            .iter()
            .map(|era| SlideOut {
                unique_id: None,
                start_date: Some(DateOut::of(&era.start)),
                end_date: Some(DateOut::of(&era.end)),
                text: TextOut {
                    headline: html::escape(&era.name),
                    text: html::paragraphs(&era.description),
                },
                group: None,
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&out).expect("plain structs always serialize");
    text.push('\n');
    text
}

/// An event's TimelineJS text: summary, quotes with their sources, disputes.
pub fn event_html(timeline: &Timeline, event: &Event) -> String {
    let mut out = html::paragraphs(&event.summary);
    for q in &event.quotes {
        let source = &timeline.sources[q.source];
        let mut line = format!("<p>“{}” — ", html::escape(&q.text));
        let outlet = html::escape(&source.outlet);
        let outlet = match &source.url {
            Some(url) => format!("<a href=\"{}\">{outlet}</a>", html::escape(url)),
            None => outlet,
        };
        let name = |i: usize| html::escape(&timeline.speakers[i].name);
        match q.attribution() {
            Attribution::Own(i) => {
                line.push_str(&format!("{}, in their own words, {outlet}", name(i)))
            }
            Attribution::Reported(i) => {
                line.push_str(&format!("{outlet}, reporting what {} said", name(i)))
            }
            Attribution::Narration => line.push_str(&format!("{outlet} (narration)")),
        }
        if let Some(date) = &source.published {
            line.push_str(&format!(" ({})", date.long()));
        }
        line.push_str("</p>");
        out.push_str(&line);
    }
    for d in &event.disputes {
        out.push_str(&format!(
            "<p>Sources differ on {}:</p>",
            html::escape(&d.about)
        ));
        for side in &d.sides {
            let outlet = html::escape(&timeline.sources[side.source].outlet);
            if side.text.is_empty() {
                out.push_str(&format!("<p>{outlet}</p>"));
            } else {
                out.push_str(&format!("<p>{outlet}: “{}”</p>", html::escape(&side.text)));
            }
        }
        if let Some(note) = &d.note {
            out.push_str(&format!("<p>{}</p>", html::escape(note)));
        }
    }
    out
}

/// One sheet row: the template's columns in order, then our id.
fn row(date: Option<(&PartialDate, Option<&PartialDate>)>, texts: [&str; 5]) -> Vec<String> {
    let [headline, text, kind, group, id] = texts;
    let (start, end) = match date {
        Some((start, end)) => (
            DateParts::of(start),
            end.map(DateParts::of).unwrap_or_default(),
        ),
        None => Default::default(),
    };
    let mut row = vec![String::new(); CSV_HEADER.len()];
    row[0..3].clone_from_slice(&[start.year, start.month, start.day]);
    row[4..7].clone_from_slice(&[end.year, end.month, end.day]);
    row[9] = headline.to_owned();
    row[10] = text.to_owned();
    row[15] = kind.to_owned();
    row[16] = group.to_owned();
    row[18] = id.to_owned();
    row
}

/// The timeline as a TimelineJS sheet in CSV: the template's columns plus
/// `Unique ID` (TimelineJS ignores columns it does not know).
pub fn to_csv(timeline: &Timeline) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut rows = vec![CSV_HEADER.map(str::to_owned).to_vec()];
    let title = html::escape(&timeline.title);
    let description = html::paragraphs(&timeline.description);
    rows.push(row(None, [&title, &description, "title", "", ""]));
    for e in &timeline.events {
        let headline = html::escape(&e.title);
        let text = event_html(timeline, e);
        let group = &timeline.categories[e.category].name;
        rows.push(row(
            Some((&e.start, e.end.as_ref())),
            [&headline, &text, "", group, &e.id],
        ));
    }
    for era in &timeline.eras {
        let name = html::escape(&era.name);
        let text = html::paragraphs(&era.description);
        rows.push(row(
            Some((&era.start, Some(&era.end))),
            [&name, &text, "era", "", ""],
        ));
    }
    for r in rows {
        writer
            .write_record(&r)
            .expect("writing to memory cannot fail");
    }
    let bytes = writer.into_inner().expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("the CSV is built from strings")
}
