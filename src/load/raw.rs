//! The file format exactly as written (see `data/FORMAT.md`): strings where the
//! model has dates and indices, so that validation can report every problem at
//! once instead of stopping at the first.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Timeline")]
pub struct RawTimeline {
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub categories: Vec<RawCategory>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    pub events: Vec<RawEvent>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Category")]
pub struct RawCategory {
    pub id: String,
    pub name: String,
    pub color: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Source")]
pub struct RawSource {
    pub id: String,
    pub outlet: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub author: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Event")]
pub struct RawEvent {
    pub id: String,
    pub title: String,
    pub start: String,
    #[serde(default)]
    pub end: Option<String>,
    pub category: String,
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub quotes: Vec<RawQuote>,
    #[serde(default)]
    pub disputes: Vec<RawDispute>,
    #[serde(default)]
    pub tags: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Quote")]
pub struct RawQuote {
    pub source: String,
    pub text: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename = "Dispute")]
pub struct RawDispute {
    pub text: String,
    #[serde(default)]
    pub sources: Vec<String>,
}
