//! The validated timeline: what every other module reads.
//!
//! Built only by [`crate::data::load`], so its invariants hold everywhere else:
//! events are sorted by start, every reference is an index that exists, and
//! `end` is never before `start`.

mod attribution;

pub use attribution::{
    Attribution, Correction, Dispute, DisputeSide, Role, Side, Speaker, SpeakerKind,
    SpeakersByName, Voice,
};

use crate::base::i18n::Lang;
use crate::data::date::{Day, PartialDate};

/// A whole dataset, immutable once loaded.
#[derive(Clone, Debug)]
pub struct Timeline {
    pub title: String,
    pub description: String,
    pub categories: Vec<Category>,
    /// Storylines that cross categories.
    pub threads: Vec<Thread>,
    /// Named periods, sorted by start.
    pub eras: Vec<Era>,
    pub sources: Vec<Source>,
    /// The people and bodies quoted.
    pub speakers: Vec<Speaker>,
    /// Sorted by first day, then by id.
    pub events: Vec<Event>,
    /// The corrections log, newest first.
    pub corrections: Vec<Correction>,
    /// How to bring an old-style file up to date (empty for current files).
    pub upgrade_notes: Vec<crate::data::problem::Problem>,
    /// The last day any event covers (exclusive); `Day::MIN` without events.
    end: Day,
    /// Per category, what a lane needs to find its events without touching the others.
    by_category: Vec<CategoryIndex>,
}

/// One category's events in date order, for lanes that must not scan the whole timeline.
#[derive(Clone, Debug, Default)]
struct CategoryIndex {
    /// Indices into `Timeline::events`.
    events: Vec<u32>,
    starts: Vec<Day>,
    /// `reach[k]` is the largest end day among `events[..=k]`; lets a binary
    /// search find every event overlapping a range.
    reach: Vec<Day>,
}

impl CategoryIndex {
    fn push(&mut self, index: usize, start: Day, end: Day) {
        let max = self.reach.last().map_or(end, |&r| r.max(end));
        self.events.push(index as u32);
        self.starts.push(start);
        self.reach.push(max);
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Category {
    pub id: String,
    pub name: String,
    /// sRGB colour.
    pub color: [u8; 3],
}

/// A storyline that crosses categories ("the Nijjar case", "trade talks").
#[derive(Clone, Debug, PartialEq)]
pub struct Thread {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// A named period drawn behind the lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct Era {
    pub id: String,
    pub name: String,
    pub start: PartialDate,
    /// Inclusive last date.
    pub end: PartialDate,
    pub description: String,
}

impl Era {
    /// First day of the period.
    pub fn start_day(&self) -> Day {
        self.start.first_day()
    }

    /// Day after the period's last day.
    pub fn end_day(&self) -> Day {
        self.end.end_day_exclusive()
    }
}

/// What kind of publisher a source is.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
pub enum SourceKind {
    /// A government's, parliament's or court's own statement or record.
    Official,
    #[default]
    News,
    /// Study notes, encyclopaedias and the like.
    Reference,
    /// A page that republishes another outlet's story; not a witness of its own.
    Copy {
        /// The outlet whose story it carries.
        of: String,
    },
}

impl SourceKind {
    /// "Official statement", "News report", "Reference", "Copy of PTI's report".
    pub fn label(&self) -> String {
        match self {
            Self::Official => "Official statement".to_owned(),
            Self::News => "News report".to_owned(),
            Self::Reference => "Reference".to_owned(),
            Self::Copy { of } => format!("Copy of {of}'s report"),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    /// Who published the words (for a government text carried elsewhere, the government body).
    pub outlet: String,
    /// The page's real headline, when known.
    pub title: Option<String>,
    pub author: Option<String>,
    pub published: Option<PartialDate>,
    /// A well-formed http(s) address (checked when loading).
    pub url: Option<String>,
    /// The site the words were read on, when it is not the outlet.
    pub via: Option<String>,
    pub kind: SourceKind,
    /// An archived copy of the page, checked like every address.
    pub archived: Option<String>,
    /// When the page was read.
    pub accessed: Option<PartialDate>,
}

impl Source {
    /// Where to read the page if it is gone: its archived copy, or else the
    /// Wayback Machine's capture nearest the publication date (a lookup, not a
    /// verified copy: the archive redirects to its closest capture, if any).
    pub fn archive(&self) -> Option<Archive> {
        if let Some(a) = &self.archived {
            return Some(Archive::Copy(a.clone()));
        }
        let url = self.url.as_deref()?;
        let stamp = self
            .published
            .map(|p| p.first_date().format("%Y%m%d").to_string())
            .unwrap_or_else(|| "2".to_owned());
        Some(Archive::Lookup(format!(
            "https://web.archive.org/web/{stamp}/{url}"
        )))
    }

    /// "Ministry of External Affairs (via WION)" or just the outlet.
    pub fn outlet_via(&self) -> String {
        match &self.via {
            Some(via) => format!("{} (via {via})", self.outlet),
            None => self.outlet.clone(),
        }
    }
}

/// An archived copy of a source's page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Archive {
    /// A copy the dataset names.
    Copy(String),
    /// The Wayback Machine's capture nearest a date, looked up when opened.
    Lookup(String),
}

impl Archive {
    pub fn url(&self) -> &str {
        match self {
            Archive::Copy(u) | Archive::Lookup(u) => u,
        }
    }
}

/// How much an event matters to the story; decides who keeps a label when space runs out.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
pub enum Importance {
    Minor,
    #[default]
    Normal,
    /// A turning point.
    Key,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub id: String,
    pub title: String,
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    /// Index into [`Timeline::categories`].
    pub category: usize,
    pub importance: Importance,
    /// Indices into [`Timeline::threads`].
    pub threads: Vec<usize>,
    pub summary: String,
    pub quotes: Vec<Quote>,
    pub disputes: Vec<Dispute>,
    pub tags: Vec<String>,
    /// The title and summary in other languages, when the dataset gives them.
    pub translations: Vec<(Lang, Translation)>,
}

/// An event's title and summary in another language (quotes are never translated).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Translation {
    pub title: Option<String>,
    pub summary: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// Index into [`Timeline::sources`].
    pub source: usize,
    pub text: String,
    /// Index into [`Timeline::speakers`]: whose words these are, or whom the
    /// outlet reports; `None` when the outlet narrates.
    pub speaker: Option<usize>,
    /// Meaningful only with a speaker.
    pub voice: Voice,
}

impl Quote {
    /// Own words, reported speech or narration.
    pub fn attribution(&self) -> Attribution {
        match (self.speaker, self.voice) {
            (Some(s), Voice::Own) => Attribution::Own(s),
            (Some(s), Voice::Reported) => Attribution::Reported(s),
            (None, _) => Attribution::Narration,
        }
    }
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
        crate::data::date::format_range(&self.start, self.end.as_ref())
    }

    /// The title in `lang` when the dataset translates it, else as written.
    pub fn title_in(&self, lang: Lang) -> &str {
        self.translation(lang)
            .and_then(|t| t.title.as_deref())
            .unwrap_or(&self.title)
    }

    /// The summary in `lang` when the dataset translates it, else as written.
    pub fn summary_in(&self, lang: Lang) -> &str {
        self.translation(lang)
            .and_then(|t| t.summary.as_deref())
            .unwrap_or(&self.summary)
    }

    fn translation(&self, lang: Lang) -> Option<&Translation> {
        self.translations
            .iter()
            .find(|(l, _)| *l == lang)
            .map(|(_, t)| t)
    }

    /// [`Event::date_label`] in a language's words: "6–7 févr. 2026".
    pub fn date_label_in(&self, lang: Lang) -> String {
        crate::data::date::format_range_in(&self.start, self.end.as_ref(), lang)
    }

    /// True when the event spans more than one known day, or its date is vague.
    pub fn is_span(&self) -> bool {
        self.end_day() - self.start_day() > 1
    }
}

/// Everything a [`Timeline`] is built from.
#[derive(Clone, Debug, Default)]
pub struct TimelineParts {
    pub title: String,
    pub description: String,
    pub categories: Vec<Category>,
    pub threads: Vec<Thread>,
    pub eras: Vec<Era>,
    pub sources: Vec<Source>,
    pub speakers: Vec<Speaker>,
    pub events: Vec<Event>,
    /// Each with the ids of its events (resolved once events are sorted).
    pub corrections: Vec<(Correction, Vec<String>)>,
    pub upgrade_notes: Vec<crate::data::problem::Problem>,
}

impl Timeline {
    /// Builds a timeline, sorting events by start. References must already be valid.
    pub fn new(parts: TimelineParts) -> Self {
        let TimelineParts {
            title,
            description,
            categories,
            threads,
            mut eras,
            sources,
            speakers,
            mut events,
            corrections,
            upgrade_notes,
        } = parts;
        eras.sort_by_key(Era::start_day);
        events.sort_by(|a, b| {
            (a.start_day(), a.end_day(), &a.id).cmp(&(b.start_day(), b.end_day(), &b.id))
        });
        let corrections = resolve_corrections(corrections, &events);
        let end = events.iter().map(Event::end_day).max().unwrap_or(Day::MIN);
        let mut by_category = vec![CategoryIndex::default(); categories.len()];
        for (i, e) in events.iter().enumerate() {
            if let Some(index) = by_category.get_mut(e.category) {
                index.push(i, e.start_day(), e.end_day());
            }
        }
        Self {
            title,
            description,
            categories,
            threads,
            eras,
            sources,
            speakers,
            events,
            corrections,
            upgrade_notes,
            end,
            by_category,
        }
    }

    /// The corrections that name event `index`, newest first.
    pub fn corrections_of(&self, index: usize) -> impl Iterator<Item = &Correction> {
        self.corrections
            .iter()
            .filter(move |c| c.events.contains(&index))
    }

    /// The speaker of a quote, if it has one.
    pub fn speaker_of(&self, quote: &Quote) -> Option<&Speaker> {
        quote.speaker.and_then(|s| self.speakers.get(s))
    }

    /// Indices of the events of a category that overlap `[from, to)` (days), in
    /// start order. Costs a binary search plus the events in and just before the range.
    pub fn overlapping_in(
        &self,
        category: usize,
        from: Day,
        to: Day,
    ) -> impl Iterator<Item = usize> + '_ {
        let index = &self.by_category[category];
        let first = index.reach.partition_point(|&r| r <= from);
        let last = index.starts.partition_point(|&s| s < to);
        index.events[first..last.max(first)]
            .iter()
            .map(|&i| i as usize)
            .filter(move |&i| self.events[i].end_day() > from)
    }

    /// How many events of a category start in `[from, to)`: two binary searches.
    pub fn count_starting_in(&self, category: usize, from: Day, to: Day) -> usize {
        let starts = &self.by_category[category].starts;
        starts
            .partition_point(|&s| s < to)
            .saturating_sub(starts.partition_point(|&s| s < from))
    }

    /// For each boundary day `b[k]` (ascending): how many events of the category
    /// start before it. Counts per column are the differences of neighbours.
    pub fn starts_before(&self, category: usize, boundaries: &[Day]) -> Vec<usize> {
        let starts = &self.by_category[category].starts;
        let mut out = Vec::with_capacity(boundaries.len());
        let mut low = 0;
        for &b in boundaries {
            low += starts[low..].partition_point(|&s| s < b);
            out.push(low);
        }
        out
    }

    /// First and last day covered by any event (exclusive end).
    pub fn span(&self) -> Option<(Day, Day)> {
        let first = self.events.first()?.start_day();
        Some((first, self.end))
    }

    pub fn event_index(&self, id: &str) -> Option<usize> {
        self.events.iter().position(|e| e.id == id)
    }

    pub fn quote_count(&self) -> usize {
        self.events.iter().map(|e| e.quotes.len()).sum()
    }

    /// How many events carry at least one dispute.
    pub fn disputed_count(&self) -> usize {
        self.events
            .iter()
            .filter(|e| !e.disputes.is_empty())
            .count()
    }
}

/// Event ids to indices in the sorted list; corrections newest first.
fn resolve_corrections(
    corrections: Vec<(Correction, Vec<String>)>,
    events: &[Event],
) -> Vec<Correction> {
    let index: std::collections::HashMap<&str, usize> = events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut out: Vec<Correction> = corrections
        .into_iter()
        .map(|(mut c, ids)| {
            c.events = ids
                .iter()
                .filter_map(|id| index.get(id.as_str()).copied())
                .collect();
            c
        })
        .collect();
    out.sort_by_key(|c| std::cmp::Reverse(c.date.first_day()));
    out
}
