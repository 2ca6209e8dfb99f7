//! The file format exactly as written (see `data/FORMAT.md`): strings where the
//! model has dates and indices, so that validation can report every problem at
//! once instead of stopping at the first.

use crate::data::model::{Importance, Side, SourceKind, SpeakerKind, Voice};
use serde::Deserialize;
use std::borrow::Cow;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Timeline")]
pub struct RawTimeline<'a> {
    pub title: String,
    #[serde(default)]
    pub description: String,
    #[serde(borrow)]
    pub categories: Vec<RawCategory<'a>>,
    #[serde(default)]
    pub threads: Vec<RawThread>,
    #[serde(default)]
    #[serde(borrow)]
    pub eras: Vec<RawEra<'a>>,
    #[serde(default)]
    #[serde(borrow)]
    pub sources: Vec<RawSource<'a>>,
    /// `None` in old-style files, whose quotes name speakers in free text.
    #[serde(default)]
    #[serde(borrow)]
    pub speakers: Option<Vec<RawSpeaker<'a>>>,
    #[serde(borrow)]
    pub events: Vec<RawEvent<'a>>,
    #[serde(default)]
    #[serde(borrow)]
    pub corrections: Vec<RawCorrection<'a>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Speaker")]
pub struct RawSpeaker<'a> {
    pub id: String,
    pub name: String,
    /// Written bare (`side: Canada`, RON's implicit `Some`); left out when not known.
    #[serde(default)]
    pub side: Option<Side>,
    #[serde(default)]
    pub kind: SpeakerKind,
    #[serde(default)]
    #[serde(borrow)]
    pub roles: Vec<RawRole<'a>>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Role")]
pub struct RawRole<'a> {
    pub title: String,
    #[serde(default)]
    #[serde(borrow)]
    pub from: Option<Cow<'a, str>>,
    #[serde(default)]
    #[serde(borrow)]
    pub to: Option<Cow<'a, str>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Correction")]
pub struct RawCorrection<'a> {
    #[serde(borrow)]
    pub date: Cow<'a, str>,
    #[serde(default)]
    #[serde(borrow)]
    pub events: Vec<Cow<'a, str>>,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Category")]
pub struct RawCategory<'a> {
    pub id: String,
    pub name: String,
    #[serde(borrow)]
    pub color: Cow<'a, str>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Source")]
pub struct RawSource<'a> {
    pub id: String,
    pub outlet: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    #[serde(borrow)]
    pub published: Option<Cow<'a, str>>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub via: Option<String>,
    #[serde(default)]
    pub kind: SourceKind,
    /// An archived copy of the page (any archive's address).
    #[serde(default)]
    pub archived: Option<String>,
    /// When the page was read.
    #[serde(default)]
    #[serde(borrow)]
    pub accessed: Option<Cow<'a, str>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Thread")]
pub struct RawThread {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Era")]
pub struct RawEra<'a> {
    pub id: String,
    pub name: String,
    #[serde(borrow)]
    pub start: Cow<'a, str>,
    #[serde(borrow)]
    pub end: Cow<'a, str>,
    #[serde(default)]
    pub description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Event")]
pub struct RawEvent<'a> {
    pub id: String,
    pub title: String,
    #[serde(borrow)]
    pub start: Cow<'a, str>,
    #[serde(default)]
    #[serde(borrow)]
    pub end: Option<Cow<'a, str>>,
    #[serde(borrow)]
    pub category: Cow<'a, str>,
    #[serde(default)]
    pub importance: Importance,
    #[serde(default)]
    #[serde(borrow)]
    pub threads: Vec<Cow<'a, str>>,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    #[serde(borrow)]
    pub quotes: Vec<RawQuote<'a>>,
    #[serde(default)]
    #[serde(borrow)]
    pub disputes: Vec<RawDispute<'a>>,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Title and summary in other languages, by language code ("fr", "hi", "pa").
    #[serde(default)]
    pub translations: std::collections::BTreeMap<String, RawTranslation>,
}

/// An event's title and summary in one other language; either may be left out.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Translation")]
pub struct RawTranslation {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub summary: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Quote")]
pub struct RawQuote<'a> {
    #[serde(borrow)]
    pub source: Cow<'a, str>,
    pub text: String,
    /// A speaker id; in old-style files (no `speakers` list), a free-text name.
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub voice: Option<Voice>,
}

/// A dispute, in the current form (`about`, `sides`, `note`) or the old one
/// (`text`, `sources`), which still loads with an upgrade note.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Dispute")]
pub struct RawDispute<'a> {
    #[serde(default)]
    pub about: Option<String>,
    #[serde(default)]
    #[serde(borrow)]
    pub sides: Vec<RawSide<'a>>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    #[serde(borrow)]
    pub sources: Vec<Cow<'a, str>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Side")]
pub struct RawSide<'a> {
    #[serde(borrow)]
    pub source: Cow<'a, str>,
    pub text: String,
}
