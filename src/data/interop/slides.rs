//! TimelineJS slides, read from either of its formats, into a validated [`Timeline`].
//!
//! The JSON and the CSV readers only pull the fields out of their files; the
//! rules of what a slide becomes (ids, categories, sources, quotes, dates,
//! limits) live here once. Every problem is placed by asking the reader where
//! the field at fault is, so that messages point into the file as it was written.

use super::dates::{DateParts, Part};
use super::html;
use crate::base::text::shown;
use crate::data::model::{
    Category, Era, Event, Importance, Quote, Source, SourceKind, SpeakersByName, Voice,
};
use crate::data::model::{Timeline, TimelineParts};
use crate::data::problem::Problem;
use std::collections::{HashMap, HashSet};

// The same limits and the same cap on listed problems as the RON loader.
use crate::data::load::{MAX_LISTED, limits};

/// Distinct colours for the groups, in order of first use (then repeated).
const GROUP_COLORS: [[u8; 3]; 10] = [
    [0x3b, 0x6e, 0xa5],
    [0xd1, 0x49, 0x5b],
    [0x2a, 0x9d, 0x8f],
    [0xe9, 0x8a, 0x15],
    [0x6a, 0x4c, 0x93],
    [0x59, 0xa1, 0x4f],
    [0xb5, 0x65, 0x76],
    [0x8c, 0x6d, 0x31],
    [0x1f, 0x9e, 0xc9],
    [0x73, 0x73, 0x73],
];

/// The category of slides without a group.
const DEFAULT_GROUP: &str = "Events";

/// One TimelineJS slide (an event, an era or the title), its texts still HTML.
#[derive(Clone, Debug, Default)]
pub struct Slide {
    pub start: DateParts,
    pub end: DateParts,
    pub headline: String,
    pub text: String,
    pub media_url: String,
    pub media_credit: String,
    pub media_caption: String,
    pub group: String,
    pub unique_id: String,
}

/// A whole TimelineJS file.
#[derive(Debug, Default)]
pub struct Slides {
    pub title: Option<Slide>,
    pub events: Vec<Slide>,
    pub eras: Vec<Slide>,
}

/// Which slide a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlideRef {
    Title,
    Event(usize),
    Era(usize),
}

/// Which field of a slide a problem is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    Slide,
    Headline,
    Text,
    Media,
    UniqueId,
    Start(Part),
    End(Part),
}

/// Where a field is in the file: 1-based line and column.
pub trait Locate {
    /// Line and column of a field of a slide (of the slide itself when the field is absent).
    fn locate(&self, slide: SlideRef, field: Field) -> (usize, usize);
}

/// Problems with their places, at most [`MAX_LISTED`] listed.
pub struct Problems<'a> {
    file: &'a str,
    locate: &'a dyn Locate,
    list: Vec<Problem>,
    unlisted: usize,
}

impl<'a> Problems<'a> {
    /// No problems yet; `file` names the file, `locate` places fields in it.
    pub fn new(file: &'a str, locate: &'a dyn Locate) -> Self {
        Self {
            file,
            locate,
            list: Vec::new(),
            unlisted: 0,
        }
    }

    /// A problem with a field of a slide; `event` names the event it belongs to.
    pub fn add(&mut self, at: (SlideRef, Field), event: Option<&str>, message: String) {
        if self.list.len() >= MAX_LISTED {
            self.unlisted += 1;
            return;
        }
        let (line, column) = self.locate.locate(at.0, at.1);
        self.list.push(Problem {
            file: self.file.to_owned(),
            line,
            column,
            event: event.map(str::to_owned),
            message,
        });
    }

    fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The problems in file order.
    fn finish(mut self) -> Vec<Problem> {
        self.list.sort_by_key(|p| (p.line, p.column));
        if self.unlisted > 0 {
            let last = self.list.last().map_or((1, 1), |p| (p.line, p.column));
            self.list.push(Problem {
                file: self.file.to_owned(),
                line: last.0,
                column: last.1,
                event: None,
                message: format!(
                    "{} more problems are not listed: fix the ones above and check again",
                    self.unlisted
                ),
            });
        }
        self.list
    }
}

/// Builds a timeline from slides; `file` names the file in messages.
pub fn build(slides: Slides, file: &str, locate: &dyn Locate) -> Result<Timeline, Vec<Problem>> {
    let mut problems = Problems::new(file, locate);
    let (title, description) = title_and_description(slides.title.as_ref(), file, &mut problems);
    let ids = event_ids(&slides.events, &mut problems);
    let mut parts = TimelineParts {
        title,
        description,
        ..TimelineParts::default()
    };
    let mut groups = Groups::default();
    let mut speakers = SpeakersByName::default();
    for (i, (slide, id)) in slides.events.iter().zip(ids).enumerate() {
        let category = groups.category(&slide.group, &mut parts.categories);
        let mut builder = EventBuilder {
            slide,
            at: SlideRef::Event(i),
            id: &id,
            problems: &mut problems,
        };
        if let Some(event) = builder.build(category, &mut parts.sources, &mut speakers) {
            parts.events.push(event);
        }
    }
    parts.speakers = speakers.into_speakers();
    parts.eras = eras(&slides.eras, &mut problems);
    if slides.events.is_empty() {
        let message = "the timeline has no events".to_owned();
        problems.add((SlideRef::Title, Field::Slide), None, message);
    }
    if problems.is_empty() {
        Ok(Timeline::new(parts))
    } else {
        Err(problems.finish())
    }
}

/// One line of plain text from HTML.
fn one_line(html_text: &str) -> String {
    html::to_text(html_text).replace('\n', " ")
}

/// At most `max` characters, "…" included when something is cut.
fn fit(text: &str, max: usize) -> String {
    crate::base::text::truncate_chars(text, max.saturating_sub(1)).into_owned()
}

/// Reports a text over `max` characters.
fn too_long(value: &str, max: usize) -> Option<String> {
    let count = value.chars().count();
    (count > max).then(|| format!("is {count} characters long; keep it under {max}"))
}

fn title_and_description(
    slide: Option<&Slide>,
    file: &str,
    problems: &mut Problems<'_>,
) -> (String, String) {
    let at = (SlideRef::Title, Field::Headline);
    let title = slide.map(|s| one_line(&s.headline)).unwrap_or_default();
    let title = if title.is_empty() {
        let stem = std::path::Path::new(file).file_stem();
        stem.map_or_else(
            || "Timeline".to_owned(),
            |s| s.to_string_lossy().into_owned(),
        )
    } else {
        title
    };
    if let Some(why) = too_long(&title, limits::TIMELINE_TITLE) {
        problems.add(at, None, format!("the timeline's title {why}"));
    }
    let description = slide.map(|s| html::to_text(&s.text)).unwrap_or_default();
    if let Some(why) = too_long(&description, limits::TEXT) {
        let at = (SlideRef::Title, Field::Text);
        problems.add(at, None, format!("the timeline's description {why}"));
    }
    (title, description)
}

/// Each event's id: its `unique_id`, else a slug of its headline, made unique.
fn event_ids(slides: &[Slide], problems: &mut Problems<'_>) -> Vec<String> {
    let mut taken = Slugs::default();
    let mut ids: Vec<Option<String>> = Vec::with_capacity(slides.len());
    for (i, slide) in slides.iter().enumerate() {
        let id = slide.unique_id.trim();
        if id.is_empty() {
            ids.push(None);
            continue;
        }
        let at = (SlideRef::Event(i), Field::UniqueId);
        if let Some(why) = too_long(id, limits::ID) {
            problems.add(at, None, format!("the unique_id {why}"));
        }
        if !taken.reserve(id) {
            let message = "unique_id is used twice: give each event its own".to_owned();
            problems.add(at, Some(id), message);
        }
        ids.push(Some(id.to_owned()));
    }
    ids.into_iter()
        .zip(slides)
        .map(|(id, slide)| id.unwrap_or_else(|| taken.slug(&slide.headline, "event")))
        .collect()
}

/// Ids already given, and for each slug the next number to try after it.
#[derive(Default)]
struct Slugs {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Slugs {
    /// Takes an id as written; false when it was already taken.
    fn reserve(&mut self, id: &str) -> bool {
        self.taken.insert(id.to_owned())
    }

    /// A lower-case ASCII slug of a headline ("Rózsa Péter" → "rozsa-peter"), not
    /// yet taken; `fallback` when the headline has no letters or digits.
    fn slug(&mut self, headline: &str, fallback: &str) -> String {
        let base = match crate::base::text::slug(&one_line(headline)) {
            s if s.is_empty() => fallback.to_owned(),
            s => s,
        };
        // Counting on from the last number given keeps many equal headlines linear.
        let n = self.next.entry(base.clone()).or_insert(1);
        let mut candidate = base.clone();
        while self.taken.contains(&candidate) {
            *n += 1;
            candidate = format!("{base}-{n}");
        }
        self.taken.insert(candidate.clone());
        candidate
    }
}

/// The categories made from groups so far.
#[derive(Default)]
struct Groups {
    by_name: HashMap<String, usize>,
    ids: Slugs,
}

impl Groups {
    /// The category of a group, made on first use with the next colour.
    fn category(&mut self, group: &str, categories: &mut Vec<Category>) -> usize {
        let name = match fit(&one_line(group), limits::NAME).trim() {
            "" => DEFAULT_GROUP.to_owned(),
            name => name.to_owned(),
        };
        if let Some(&i) = self.by_name.get(&name) {
            return i;
        }
        categories.push(Category {
            id: self.ids.slug(&name, "group"),
            name: name.clone(),
            color: GROUP_COLORS[categories.len() % GROUP_COLORS.len()],
        });
        self.by_name.insert(name, categories.len() - 1);
        categories.len() - 1
    }
}

/// Turns one event slide into an event, reporting what is wrong with it.
struct EventBuilder<'s, 'p, 'f> {
    slide: &'s Slide,
    at: SlideRef,
    id: &'s str,
    problems: &'p mut Problems<'f>,
}

impl EventBuilder<'_, '_, '_> {
    fn report(&mut self, field: Field, message: String) {
        self.problems.add((self.at, field), Some(self.id), message);
    }

    fn build(
        &mut self,
        category: usize,
        sources: &mut Vec<Source>,
        speakers: &mut SpeakersByName,
    ) -> Option<Event> {
        let title = self.title();
        let dates = self.dates();
        let (quotes, text) = self.quotes();
        let summary = html::to_text(&text);
        if let Some(why) = too_long(&summary, limits::TEXT) {
            self.report(Field::Text, format!("the text {why}"));
        }
        let source = media_source(self.slide, !quotes.is_empty(), sources.len());
        let quotes = match source {
            Some(source) => {
                sources.push(source);
                self.quotes_of(quotes, sources.len() - 1, speakers)
            }
            None => Vec::new(),
        };
        let (start, end) = dates?;
        Some(Event {
            id: self.id.to_owned(),
            title: title?,
            start,
            end,
            category,
            importance: Importance::Normal,
            threads: Vec::new(),
            summary,
            quotes,
            disputes: Vec::new(),
            tags: Vec::new(),
            translations: Vec::new(),
        })
    }

    /// The headline as plain text; else the start of the text, else the caption.
    fn title(&mut self) -> Option<String> {
        let slide = self.slide;
        let title = [&slide.headline, &slide.text, &slide.media_caption]
            .into_iter()
            .map(|h| one_line(h))
            .find(|t| !t.is_empty());
        let Some(title) = title else {
            let message = "has no headline, text or caption to name it by".to_owned();
            self.report(Field::Headline, message);
            return None;
        };
        if slide.headline.trim().is_empty() {
            return Some(fit(&title, 80));
        }
        if let Some(why) = too_long(&title, limits::TITLE) {
            self.report(Field::Headline, format!("the headline {why}"));
            return None;
        }
        Some(title)
    }

    fn dates(
        &mut self,
    ) -> Option<(
        crate::data::date::PartialDate,
        Option<crate::data::date::PartialDate>,
    )> {
        let start = match self.slide.start.to_date() {
            Ok(Some(d)) => Some(d),
            Ok(None) => {
                let message = "has no start date: give at least its year".to_owned();
                self.report(Field::Start(Part::Year), message);
                None
            }
            Err(e) => {
                self.report(Field::Start(e.part), format!("start date: {}", e.message));
                None
            }
        };
        let end = match self.slide.end.to_date() {
            Ok(end) => Some(end),
            Err(e) => {
                self.report(Field::End(e.part), format!("end date: {}", e.message));
                None
            }
        };
        let (start, end) = (start?, end?);
        if let Some(last) = end
            && last.end_day_exclusive() < start.end_day_exclusive()
        {
            let message = format!("end {last} is before start {start}: swap them or fix the typo");
            self.report(Field::End(Part::Year), message);
            return None;
        }
        Some((start, end))
    }

    /// Blockquotes in the media and the text, and the text without them.
    fn quotes(&self) -> (Vec<(html::Blockquote, Field)>, String) {
        let (in_media, _) = html::take_blockquotes(&self.slide.media_url);
        let (in_text, text) = html::take_blockquotes(&self.slide.text);
        let quotes = (in_media.into_iter().map(|q| (q, Field::Media)))
            .chain(in_text.into_iter().map(|q| (q, Field::Text)))
            .collect();
        (quotes, text)
    }

    fn quotes_of(
        &mut self,
        found: Vec<(html::Blockquote, Field)>,
        source: usize,
        speakers: &mut SpeakersByName,
    ) -> Vec<Quote> {
        let mut quotes = Vec::with_capacity(found.len());
        for (q, field) in found {
            if let Some(why) = too_long(&q.text, limits::TEXT) {
                self.report(field, format!("a quotation {why}"));
            }
            let speaker = q.cite.map(|c| speakers.index(&fit(&c, limits::NAME)));
            quotes.push(Quote {
                source,
                text: q.text,
                speaker,
                voice: Voice::Own,
            });
        }
        quotes
    }
}

/// The source a slide's media names: its credit or the address's host as the
/// outlet, and the address when it is a well-formed web address. `None` when
/// the media names no one and no quotation needs a source.
fn media_source(slide: &Slide, has_quotes: bool, nth: usize) -> Option<Source> {
    let address = slide.media_url.trim();
    let url = crate::base::links::web_address(address)
        .ok()
        .filter(|_| address.len() <= limits::URL);
    let host = url.as_ref().and_then(|u| u.host_str().map(str::to_owned));
    let credit = one_line(&slide.media_credit);
    let outlet = if !credit.is_empty() {
        credit
    } else if let Some(host) = host {
        host.strip_prefix("www.").unwrap_or(&host).to_owned()
    } else if has_quotes {
        "Unattributed".to_owned()
    } else {
        return None;
    };
    Some(Source {
        id: format!("media-{}", nth + 1),
        outlet: fit(&outlet, limits::NAME),
        // A caption describes the picture, not the page: the page's title is not known.
        title: None,
        author: None,
        published: None,
        url: url.map(|_| address.to_owned()),
        via: None,
        kind: SourceKind::News,
        archived: None,
        accessed: None,
    })
}

/// The eras, with ids made from their headlines.
fn eras(slides: &[Slide], problems: &mut Problems<'_>) -> Vec<Era> {
    let mut taken = Slugs::default();
    let mut eras = Vec::with_capacity(slides.len());
    for (i, slide) in slides.iter().enumerate() {
        let at = SlideRef::Era(i);
        let name = one_line(&slide.headline);
        let id = taken.slug(&slide.headline, "era");
        let label = if name.is_empty() {
            id.clone()
        } else {
            name.clone()
        };
        let mut report = |field: Field, message: String| {
            let message = format!("era `{}`: {message}", shown(&label));
            problems.add((at, field), None, message);
        };
        if let Some(why) = too_long(&name, limits::NAME) {
            report(Field::Headline, format!("the name {why}"));
        }
        let description = html::to_text(&slide.text);
        if let Some(why) = too_long(&description, limits::TEXT) {
            report(Field::Text, format!("the text {why}"));
        }
        let date = |parts: &DateParts, field: fn(Part) -> Field, what: &str| match parts.to_date() {
            Ok(Some(d)) => Ok(d),
            Ok(None) => Err((field(Part::Year), format!("has no {what} year"))),
            Err(e) => Err((field(e.part), format!("{what} date: {}", e.message))),
        };
        let start = date(&slide.start, Field::Start, "start");
        // An era without an end lasts as long as its start date.
        let end = if slide.end.is_empty() {
            start.clone().map_err(|_| (Field::Slide, String::new()))
        } else {
            date(&slide.end, Field::End, "end")
        };
        match (start, end) {
            (Ok(start), Ok(end)) if end.end_day_exclusive() <= start.first_day() => {
                report(
                    Field::End(Part::Year),
                    format!("end {end} is before start {start}"),
                );
            }
            (Ok(start), Ok(end)) => eras.push(Era {
                id,
                name: if name.is_empty() { label.clone() } else { name },
                start,
                end,
                description,
            }),
            (start, end) => {
                let errors = [start.err(), end.err()].into_iter().flatten();
                for (field, message) in errors.filter(|(_, m)| !m.is_empty()) {
                    report(field, message);
                }
            }
        }
    }
    eras
}
