//! What changed between two versions of a timeline: events added, removed,
//! re-dated, re-titled or moved between lanes, and quotes added, removed or
//! re-attributed.
//!
//! People who keep a dataset others cite need to review a new version before
//! they publish it; this is that review, for a reader rather than a line diff.
//! Events are matched by id and quotes by source and words, so two files in
//! different formats (RON, TimelineJS) compare by content.

use crate::data::date::Day;
use crate::data::model::{Attribution, Event, Quote, Timeline};
use serde::Serialize;
use std::collections::HashMap;

/// Every change, grouped by event, in date order.
#[derive(Debug, Default, PartialEq, Serialize)]
pub struct TimelineDiff {
    pub events: Vec<EventChanges>,
}

/// The changes to one event.
#[derive(Debug, PartialEq, Serialize)]
pub struct EventChanges {
    pub id: String,
    /// The title in the new version (the old one for a removed event).
    pub title: String,
    /// Its date label in the new version (the old one for a removed event).
    pub date: String,
    pub changes: Vec<Change>,
    #[serde(skip)]
    day: Day,
}

/// One change to an event or one of its quotes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    Added,
    Removed,
    Redated {
        from: String,
        to: String,
    },
    Retitled {
        from: String,
        to: String,
    },
    MovedLane {
        from: String,
        to: String,
    },
    QuoteAdded {
        quote: QuoteRef,
    },
    QuoteRemoved {
        quote: QuoteRef,
    },
    QuoteReattributed {
        quote: QuoteRef,
        from: String,
        to: String,
    },
}

/// A quote as a reader finds it: its words, its outlet and who it is credited to.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteRef {
    pub text: String,
    pub source: String,
    pub outlet: String,
    /// "Name (own words)", "Name (reported)" or "narration".
    pub attribution: String,
}

/// The changes from `old` to `new`.
pub fn diff(old: &Timeline, new: &Timeline) -> TimelineDiff {
    let old_ids: HashMap<&str, &Event> = old.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let new_ids: HashMap<&str, &Event> = new.events.iter().map(|e| (e.id.as_str(), e)).collect();
    let mut events = Vec::new();
    for e in &new.events {
        let changes = match old_ids.get(e.id.as_str()) {
            None => vec![Change::Added],
            Some(before) => event_changes(old, before, new, e),
        };
        if !changes.is_empty() {
            events.push(entry(e, changes));
        }
    }
    for e in old
        .events
        .iter()
        .filter(|e| !new_ids.contains_key(e.id.as_str()))
    {
        events.push(entry(e, vec![Change::Removed]));
    }
    events.sort_by(|a, b| (a.day, &a.id).cmp(&(b.day, &b.id)));
    TimelineDiff { events }
}

fn entry(e: &Event, changes: Vec<Change>) -> EventChanges {
    EventChanges {
        id: e.id.clone(),
        title: e.title.clone(),
        date: e.date_label(),
        changes,
        day: e.start_day(),
    }
}

fn event_changes(old: &Timeline, a: &Event, new: &Timeline, b: &Event) -> Vec<Change> {
    let mut out = Vec::new();
    if (a.start, a.end) != (b.start, b.end) {
        out.push(Change::Redated {
            from: a.date_label(),
            to: b.date_label(),
        });
    }
    if a.title != b.title {
        out.push(Change::Retitled {
            from: a.title.clone(),
            to: b.title.clone(),
        });
    }
    let (lane_a, lane_b) = (&old.categories[a.category], &new.categories[b.category]);
    if lane_a.id != lane_b.id {
        out.push(Change::MovedLane {
            from: lane_a.name.clone(),
            to: lane_b.name.clone(),
        });
    }
    out.extend(quote_changes(old, a, new, b));
    out
}

/// Quotes match when they have the same source id and the same words
/// (white space folded); a match whose speaker or voice differs is re-attributed.
fn quote_changes(old: &Timeline, a: &Event, new: &Timeline, b: &Event) -> Vec<Change> {
    let key = |t: &Timeline, q: &Quote| {
        let words = crate::base::text::single_spaced(&q.text);
        (t.sources[q.source].id.clone(), words)
    };
    let before: HashMap<_, &Quote> = a.quotes.iter().map(|q| (key(old, q), q)).collect();
    let after: HashMap<_, &Quote> = b.quotes.iter().map(|q| (key(new, q), q)).collect();
    let mut out = Vec::new();
    for q in &b.quotes {
        match before.get(&key(new, q)) {
            None => out.push(Change::QuoteAdded {
                quote: quote_ref(new, q),
            }),
            Some(was) => {
                let (from, to) = (attribution(old, was), attribution(new, q));
                if from != to {
                    out.push(Change::QuoteReattributed {
                        quote: quote_ref(new, q),
                        from,
                        to,
                    });
                }
            }
        }
    }
    for q in a
        .quotes
        .iter()
        .filter(|q| !after.contains_key(&key(old, q)))
    {
        out.push(Change::QuoteRemoved {
            quote: quote_ref(old, q),
        });
    }
    out
}

fn quote_ref(t: &Timeline, q: &Quote) -> QuoteRef {
    let source = &t.sources[q.source];
    QuoteRef {
        text: q.text.clone(),
        source: source.id.clone(),
        outlet: source.outlet.clone(),
        attribution: attribution(t, q),
    }
}

/// Who a quote is credited to, in words that compare across versions.
fn attribution(t: &Timeline, q: &Quote) -> String {
    let name = |i: usize| t.speakers.get(i).map_or("?", |s| s.name.as_str());
    match q.attribution() {
        Attribution::Own(i) => format!("{} (own words)", name(i)),
        Attribution::Reported(i) => format!("{} (reported)", name(i)),
        Attribution::Narration => "narration".to_owned(),
    }
}

/// Counts of each kind of change, for the closing line.
#[derive(Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub redated: usize,
    pub retitled: usize,
    pub moved: usize,
    pub quotes_added: usize,
    pub quotes_removed: usize,
    pub quotes_reattributed: usize,
}

impl TimelineDiff {
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for change in self.events.iter().flat_map(|e| &e.changes) {
            *match change {
                Change::Added => &mut c.added,
                Change::Removed => &mut c.removed,
                Change::Redated { .. } => &mut c.redated,
                Change::Retitled { .. } => &mut c.retitled,
                Change::MovedLane { .. } => &mut c.moved,
                Change::QuoteAdded { .. } => &mut c.quotes_added,
                Change::QuoteRemoved { .. } => &mut c.quotes_removed,
                Change::QuoteReattributed { .. } => &mut c.quotes_reattributed,
            } += 1;
        }
        c
    }

    /// The changes as text for a reader, one event a block.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for e in &self.events {
            out.push_str(&format!("{} · {} ({})\n", e.date, e.title, e.id));
            for change in &e.changes {
                out.push_str(&format!("  {}\n", change_line(change)));
            }
        }
        let c = self.counts();
        out.push_str(&format!(
            "{} events added, {} removed, {} re-dated, {} re-titled, {} moved; {} quotes added, {} removed, {} re-attributed\n",
            c.added, c.removed, c.redated, c.retitled, c.moved, c.quotes_added, c.quotes_removed, c.quotes_reattributed
        ));
        out
    }

    /// The changes as JSON: `{"events": [...], "counts": {...}}` (see README).
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            events: &'a [EventChanges],
            counts: Counts,
        }
        let out = Out {
            events: &self.events,
            counts: self.counts(),
        };
        let mut text = serde_json::to_string_pretty(&out).expect("plain structs always serialize");
        text.push('\n');
        text
    }
}

fn change_line(change: &Change) -> String {
    let quote = |q: &QuoteRef| {
        format!(
            "“{}” ({})",
            crate::base::text::truncate_chars(&q.text, 80),
            q.outlet
        )
    };
    match change {
        Change::Added => "added".to_owned(),
        Change::Removed => "removed".to_owned(),
        Change::Redated { from, to } => format!("re-dated: {from} → {to}"),
        Change::Retitled { from, to } => format!("re-titled: “{from}” → “{to}”"),
        Change::MovedLane { from, to } => format!("moved: {from} → {to}"),
        Change::QuoteAdded { quote: q } => format!("quote added: {} — {}", quote(q), q.attribution),
        Change::QuoteRemoved { quote: q } => {
            format!("quote removed: {} — {}", quote(q), q.attribution)
        }
        Change::QuoteReattributed { quote: q, from, to } => {
            format!("quote re-attributed: {}: {from} → {to}", quote(q))
        }
    }
}
