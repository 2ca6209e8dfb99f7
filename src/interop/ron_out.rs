//! Our timeline out as a RON file in our own format (`data/FORMAT.md`).
//!
//! Every field is written, so that the file loads back to the same timeline;
//! strings escape exactly what RON needs (`"`, `\`, line breaks and other
//! control characters), so that any text is read back as it was.

use crate::date::PartialDate;
use crate::model::{Category, Era, Event, Importance, Source, SourceKind, Thread, Timeline};
use std::fmt::Write;

/// A RON string literal.
fn s(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `Some("...")` or `None`.
fn opt(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_owned(), |t| format!("Some({})", s(t)))
}

fn date(d: &PartialDate) -> String {
    s(&d.to_string())
}

/// `["a", "b"]`.
fn list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(s).collect();
    format!("[{}]", items.join(", "))
}

/// The timeline as RON text that [`crate::load::load_str`] reads back to an equal timeline.
pub fn to_ron(t: &Timeline) -> String {
    let mut out = String::with_capacity(256 + t.events.len() * 512);
    out.push_str("Timeline(\n");
    let _ = writeln!(out, "    title: {},", s(&t.title));
    let _ = writeln!(out, "    description: {},", s(&t.description));
    section(&mut out, "categories", t.categories.iter().map(category));
    section(&mut out, "threads", t.threads.iter().map(thread));
    section(&mut out, "eras", t.eras.iter().map(era));
    section(&mut out, "sources", t.sources.iter().map(source));
    section(&mut out, "events", t.events.iter().map(|e| event(t, e)));
    out.push_str(")\n");
    out
}

/// `    name: [` each item on its own lines `],`.
fn section(out: &mut String, name: &str, items: impl Iterator<Item = String>) {
    let mut items = items.peekable();
    if items.peek().is_none() {
        let _ = writeln!(out, "    {name}: [],");
        return;
    }
    let _ = writeln!(out, "    {name}: [");
    for item in items {
        let _ = writeln!(out, "        {item},");
    }
    out.push_str("    ],\n");
}

fn category(c: &Category) -> String {
    let [r, g, b] = c.color;
    format!(
        "Category(id: {}, name: {}, color: \"#{r:02x}{g:02x}{b:02x}\")",
        s(&c.id),
        s(&c.name)
    )
}

fn thread(th: &Thread) -> String {
    format!(
        "Thread(id: {}, name: {}, description: {})",
        s(&th.id),
        s(&th.name),
        s(&th.description)
    )
}

fn era(e: &Era) -> String {
    format!(
        "Era(id: {}, name: {}, start: {}, end: {}, description: {})",
        s(&e.id),
        s(&e.name),
        date(&e.start),
        date(&e.end),
        s(&e.description)
    )
}

fn source(src: &Source) -> String {
    let kind = match src.kind {
        SourceKind::Official => "Official",
        SourceKind::News => "News",
        SourceKind::Reference => "Reference",
    };
    let published = src.published.as_ref().map(PartialDate::to_string);
    format!(
        "Source(\n            id: {},\n            outlet: {},\n            title: {},\n            \
         author: {},\n            published: {},\n            url: {},\n            via: {},\n            \
         kind: {kind},\n        )",
        s(&src.id),
        s(&src.outlet),
        opt(src.title.as_deref()),
        opt(src.author.as_deref()),
        opt(published.as_deref()),
        opt(src.url.as_deref()),
        opt(src.via.as_deref()),
    )
}

fn event(t: &Timeline, e: &Event) -> String {
    const IN: &str = "\n            ";
    let importance = match e.importance {
        Importance::Key => "Key",
        Importance::Normal => "Normal",
        Importance::Minor => "Minor",
    };
    let end = e.end.as_ref().map(PartialDate::to_string);
    let threads = list(e.threads.iter().map(|&i| t.threads[i].id.as_str()));
    let mut out = format!(
        "Event({IN}id: {},{IN}title: {},{IN}start: {},{IN}end: {},{IN}category: {},\
         {IN}importance: {importance},{IN}threads: {threads},{IN}summary: {},{IN}quotes: [",
        s(&e.id),
        s(&e.title),
        date(&e.start),
        opt(end.as_deref()),
        s(&t.categories[e.category].id),
        s(&e.summary),
    );
    for q in &e.quotes {
        let _ = write!(
            out,
            "{IN}    Quote(source: {}, text: {}, speaker: {}),",
            s(&t.sources[q.source].id),
            s(&q.text),
            opt(q.speaker.as_deref())
        );
    }
    if !e.quotes.is_empty() {
        out.push_str(IN);
    }
    let _ = write!(out, "],{IN}disputes: [");
    for d in &e.disputes {
        let sources = list(d.sources.iter().map(|&i| t.sources[i].id.as_str()));
        let _ = write!(
            out,
            "{IN}    Dispute(text: {}, sources: {sources}),",
            s(&d.text)
        );
    }
    if !e.disputes.is_empty() {
        out.push_str(IN);
    }
    let _ = write!(
        out,
        "],{IN}tags: {},\n        )",
        list(e.tags.iter().map(String::as_str))
    );
    out
}
