//! The validated timeline: what every other module reads.
//!
//! Built only by [`crate::load`], so its invariants hold everywhere else:
//! events are sorted by start, every reference is an index that exists, and
//! `end` is never before `start`.

use crate::date::{Day, PartialDate};

/// A whole dataset, immutable once loaded.
#[derive(Clone, Debug)]
pub struct Timeline {
    pub title: String,
    pub description: String,
    pub categories: Vec<Category>,
    pub sources: Vec<Source>,
    /// Sorted by first day, then by id.
    pub events: Vec<Event>,
    /// `reach[i]` is the largest `end_day()` among `events[..=i]`; lets a
    /// binary search find every event overlapping a range.
    reach: Vec<Day>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    pub id: String,
    pub name: String,
    /// sRGB colour.
    pub color: [u8; 3],
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub author: Option<String>,
    pub published: Option<PartialDate>,
    pub url: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    /// Index into [`Timeline::categories`].
    pub category: usize,
    pub summary: String,
    pub quotes: Vec<Quote>,
    pub disputes: Vec<Dispute>,
    pub tags: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Index into [`Timeline::sources`].
    pub source: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dispute {
    pub text: String,
    /// Indices into [`Timeline::sources`].
    pub sources: Vec<usize>,
}

impl Event {
    /// First day the event may cover.
    pub fn start_day(&self) -> Day {
        self.start.first_day()
    }

    /// Day after the last day the event may cover.
    pub fn end_day(&self) -> Day {
        self.end.unwrap_or(self.start).end_day_exclusive()
    }

    /// "6–7 Feb 2026", "June 2023": the date as precisely as it is known.
    pub fn date_label(&self) -> String {
        crate::date::format_range(&self.start, self.end.as_ref())
    }

    /// True when the event spans more than one known day, or its date is vague.
    pub fn is_span(&self) -> bool {
        self.end_day() - self.start_day() > 1
    }
}

impl Timeline {
    /// Builds a timeline, sorting events by start. References must already be valid.
    pub fn new(
        title: String,
        description: String,
        categories: Vec<Category>,
        sources: Vec<Source>,
        mut events: Vec<Event>,
    ) -> Self {
        events.sort_by(|a, b| {
            (a.start_day(), a.end_day(), &a.id).cmp(&(b.start_day(), b.end_day(), &b.id))
        });
        let mut reach = Vec::with_capacity(events.len());
        let mut max = Day::MIN;
        for e in &events {
            max = max.max(e.end_day());
            reach.push(max);
        }
        Self {
            title,
            description,
            categories,
            sources,
            events,
            reach,
        }
    }

    /// Indices of the events that overlap `[from, to)` (days), in start order.
    /// Costs a binary search plus the events in and just before the range.
    pub fn overlapping(&self, from: Day, to: Day) -> impl Iterator<Item = usize> + '_ {
        let first = self.reach.partition_point(|&r| r <= from);
        let last = self.events.partition_point(|e| e.start_day() < to);
        (first..last.max(first)).filter(move |&i| self.events[i].end_day() > from)
    }

    /// First and last day covered by any event (exclusive end).
    pub fn span(&self) -> Option<(Day, Day)> {
        let first = self.events.first()?.start_day();
        Some((first, *self.reach.last()?))
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    pub fn quote_count(&self) -> usize {
        self.events.iter().map(|e| e.quotes.len()).sum()
    }
}
