//! Our timeline out as a RON file in our own format (`data/FORMAT.md`).
//!
//! Every field is written, so that the file loads back to the same timeline;
//! strings escape exactly what RON needs (`"`, `\`, line breaks and other
//! control characters), so that any text is read back as it was.

use crate::data::date::PartialDate;
use crate::data::model::{
    Category, Correction, Dispute, Era, Event, Importance, Quote, Role, Side, Source, SourceKind,
    Speaker, SpeakerKind, Thread, Timeline, Voice,
};
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

/// The timeline as RON text that [`crate::data::load::load_str`] reads back to an equal timeline.
pub fn to_ron(t: &Timeline) -> String {
    let mut out = String::with_capacity(256 + t.events.len() * 512);
    out.push_str("Timeline(\n");
    let _ = writeln!(out, "    title: {},", s(&t.title));
    let _ = writeln!(out, "    description: {},", s(&t.description));
    section(&mut out, "categories", t.categories.iter().map(category));
    section(&mut out, "threads", t.threads.iter().map(thread));
    section(&mut out, "eras", t.eras.iter().map(era));
    section(&mut out, "sources", t.sources.iter().map(source));
    section(&mut out, "speakers", t.speakers.iter().map(speaker));
    section(&mut out, "events", t.events.iter().map(|e| event(t, e)));
    section(
        &mut out,
        "corrections",
        t.corrections.iter().map(|c| correction(t, c)),
    );
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
    let kind = match &src.kind {
        SourceKind::Official => "Official".to_owned(),
        SourceKind::News => "News".to_owned(),
        SourceKind::Reference => "Reference".to_owned(),
        SourceKind::Copy { of } => format!("Copy(of: {})", s(of)),
    };
    let published = src.published.as_ref().map(PartialDate::to_string);
    let mut out = format!(
        "Source(\n            id: {},\n            outlet: {},\n            title: {},\n            \
         author: {},\n            published: {},\n            url: {},\n            via: {},\n            \
         kind: {kind},",
        s(&src.id),
        s(&src.outlet),
        opt(src.title.as_deref()),
        opt(src.author.as_deref()),
        opt(published.as_deref()),
        opt(src.url.as_deref()),
        opt(src.via.as_deref()),
    );
    // Only when set, so files without them stay as they were.
    if let Some(a) = &src.archived {
        out.push_str(&format!("\n            archived: Some({}),", s(a)));
    }
    if let Some(d) = &src.accessed {
        out.push_str(&format!(
            "\n            accessed: Some({}),",
            s(&d.to_string())
        ));
    }
    out.push_str("\n        )");
    out
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
        let _ = write!(out, "{IN}    {},", quote(t, q));
    }
    if !e.quotes.is_empty() {
        out.push_str(IN);
    }
    let _ = write!(out, "],{IN}disputes: [");
    for d in &e.disputes {
        let _ = write!(out, "{IN}    {},", dispute(t, d));
    }
    if !e.disputes.is_empty() {
        out.push_str(IN);
    }
    let _ = write!(
        out,
        "],{IN}tags: {},",
        list(e.tags.iter().map(String::as_str))
    );
    if !e.translations.is_empty() {
        let _ = write!(out, "{IN}translations: {{");
        for (lang, t) in &e.translations {
            let mut fields = Vec::new();
            if let Some(title) = &t.title {
                fields.push(format!("title: {}", s(title)));
            }
            if let Some(summary) = &t.summary {
                fields.push(format!("summary: {}", s(summary)));
            }
            let _ = write!(out, "{IN}    {}: ({}),", s(lang.code()), fields.join(", "));
        }
        let _ = write!(out, "{IN}}},");
    }
    out.push_str("\n        )");
    out
}

fn speaker(sp: &Speaker) -> String {
    const IN: &str = "\n            ";
    let mut out = format!("Speaker({IN}id: {},{IN}name: {},", s(&sp.id), s(&sp.name));
    if let Some(side) = &sp.side {
        let side = match side {
            Side::India => "India".to_owned(),
            Side::Canada => "Canada".to_owned(),
            Side::Other(name) => format!("Other({})", s(name)),
            Side::NonState => "NonState".to_owned(),
        };
        let _ = write!(out, "{IN}side: {side},");
    }
    if sp.kind == SpeakerKind::Body {
        let _ = write!(out, "{IN}kind: Body,");
    }
    let roles: Vec<String> = sp.roles.iter().map(role).collect();
    let _ = write!(
        out,
        "{IN}roles: [{}],{IN}aliases: {},\n        )",
        roles.join(", "),
        list(sp.aliases.iter().map(String::as_str))
    );
    out
}

fn role(r: &Role) -> String {
    let from = r.from.as_ref().map(PartialDate::to_string);
    let to = r.to.as_ref().map(PartialDate::to_string);
    format!(
        "Role(title: {}, from: {}, to: {})",
        s(&r.title),
        opt(from.as_deref()),
        opt(to.as_deref())
    )
}

fn quote(t: &Timeline, q: &Quote) -> String {
    let source = s(&t.sources[q.source].id);
    match q.speaker {
        None => format!("Quote(source: {source}, text: {})", s(&q.text)),
        Some(i) => {
            let voice = match q.voice {
                Voice::Own => "Own",
                Voice::Reported => "Reported",
            };
            format!(
                "Quote(source: {source}, text: {}, speaker: Some({}), voice: {voice})",
                s(&q.text),
                s(&t.speakers[i].id)
            )
        }
    }
}

fn dispute(t: &Timeline, d: &Dispute) -> String {
    if d.sides.iter().any(|side| side.text.is_empty()) {
        // An old-style dispute named its sources without their words; it is
        // kept in that form rather than given sides that quote nothing.
        let sources = list(
            d.sides
                .iter()
                .map(|side| t.sources[side.source].id.as_str()),
        );
        return format!("Dispute(text: {}, sources: {sources})", s(&d.about));
    }
    let sides: Vec<String> = d
        .sides
        .iter()
        .map(|side| {
            format!(
                "Side(source: {}, text: {})",
                s(&t.sources[side.source].id),
                s(&side.text)
            )
        })
        .collect();
    format!(
        "Dispute(about: {}, sides: [{}], note: {})",
        s(&d.about),
        sides.join(", "),
        opt(d.note.as_deref())
    )
}

fn correction(t: &Timeline, c: &Correction) -> String {
    let events = list(c.events.iter().map(|&i| t.events[i].id.as_str()));
    format!(
        "Correction(date: {}, events: {events}, text: {})",
        date(&c.date),
        s(&c.text)
    )
}
