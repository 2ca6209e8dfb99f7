//! The speakers list and the corrections log: validation, and how quotes find
//! their speaker.
//!
//! A file with a `speakers` list names each quote's speaker by id; an unknown id
//! is an error that suggests the id, or says which id an alias belongs to. An
//! old-style file (no list) names speakers in free text: they still load, each
//! distinct name becoming a speaker, with a note on how to upgrade.

use super::checks::{did_you_mean, id_map, limits, occurrences};
use super::raw::{RawCorrection, RawSpeaker};
use super::report::{Item, Report, Section};
use crate::base::text::shown;
use crate::data::date::PartialDate;
use crate::data::model::{Correction, Event, Role, Side, Speaker, SpeakersByName};
use std::collections::HashMap;

/// Validates the declared speakers.
pub(super) fn validate_speakers(raw: Vec<RawSpeaker>, report: &mut Report<'_>) -> Vec<Speaker> {
    let nths = occurrences(raw.iter().map(|s| s.id.as_str()));
    let mut speakers = Vec::with_capacity(raw.len());
    for (s, nth) in raw.into_iter().zip(nths) {
        let item = Item {
            section: Section::Speakers,
            id: &s.id,
            nth,
        };
        super::checks::check_unique(report, item, "speaker");
        let texts = std::iter::once(&s.name).chain(&s.aliases);
        for text in texts.chain(s.roles.iter().map(|r| &r.title)) {
            super::checks::check_length(report, item, None, "a name", text, limits::NAME);
        }
        if s.name.trim().is_empty() {
            report.item(
                item,
                None,
                format!("speaker `{}` has no name", shown(&s.id)),
            );
        }
        if matches!(&s.side, Some(Side::Other(n)) if n.trim().is_empty()) {
            let message = "`Other(\"\")` names no one: write the country or body, e.g. Other(\"United States\")";
            report.item(item, None, message.to_owned());
        }
        let roles = s
            .roles
            .into_iter()
            .filter_map(|r| validate_role(r, item, report))
            .collect();
        speakers.push(Speaker {
            id: s.id,
            name: s.name,
            side: s.side,
            kind: s.kind,
            roles,
            aliases: s.aliases,
        });
    }
    speakers
}

fn validate_role(r: super::raw::RawRole, item: Item<'_>, report: &mut Report<'_>) -> Option<Role> {
    let mut date = |text: Option<&str>, what: &str| match text {
        None => Some(None),
        Some(t) => PartialDate::parse(t)
            .map(Some)
            .map_err(|e| {
                let message = format!("speaker `{}`: role {what} {e}", shown(item.id));
                report.value(item, t, None, message);
            })
            .ok(),
    };
    let from = date(r.from.as_deref(), "start")?;
    let to = date(r.to.as_deref(), "end")?;
    if let (Some(f), Some(t)) = (from, to)
        && t.end_day_exclusive() <= f.first_day()
    {
        let message = format!(
            "speaker `{}`: the role `{}` ends ({t}) before it starts ({f})",
            shown(item.id),
            shown(&r.title)
        );
        report.item(item, None, message);
        return None;
    }
    Some(Role {
        title: r.title,
        from,
        to,
    })
}

/// How quotes find their speaker: by id in a current file, by name in an old one.
pub(super) enum SpeakerBook<'a> {
    Declared {
        ids: HashMap<&'a str, usize>,
        /// Lower-cased names and aliases, to the id they belong to.
        names: HashMap<String, &'a str>,
    },
    /// Old-style file: each distinct name becomes a speaker, in order of first use.
    Legacy {
        names: SpeakersByName,
        /// Where the first free-text speaker is written.
        first_use: Option<usize>,
    },
}

impl<'a> SpeakerBook<'a> {
    pub fn declared(speakers: &'a [Speaker]) -> Self {
        let mut names = HashMap::new();
        for s in speakers {
            for n in std::iter::once(&s.name).chain(&s.aliases) {
                names.entry(n.to_lowercase()).or_insert(s.id.as_str());
            }
        }
        Self::Declared {
            ids: id_map(speakers, |s| &s.id),
            names,
        }
    }

    pub fn legacy() -> Self {
        Self::Legacy {
            names: SpeakersByName::default(),
            first_use: None,
        }
    }

    /// The speaker a quote names, or `None` (reported) when a declared id is unknown.
    pub fn find(&mut self, name: &str, item: Item<'_>, report: &mut Report<'_>) -> Option<usize> {
        match self {
            Self::Declared { ids, names } => {
                if let Some(&i) = ids.get(name) {
                    return Some(i);
                }
                let hint = match names.get(&name.to_lowercase()) {
                    Some(id) => format!(
                        " (`{}` is a name of `{}`: write its id)",
                        shown(name),
                        shown(id)
                    ),
                    None => did_you_mean(name, ids.keys().copied()),
                };
                let message = format!("speaker `{}` is not in `speakers`{hint}", shown(name));
                report.value(item, name, Some(item.id), message);
                None
            }
            Self::Legacy { names, first_use } => {
                if first_use.is_none() {
                    *first_use = Some(report.item_at(item));
                }
                Some(names.index(name))
            }
        }
    }

    /// Speakers made from an old-style file's names (empty for a current file),
    /// and a note on how to upgrade.
    pub fn finish(self, notes: &mut Report<'_>) -> Vec<Speaker> {
        let Self::Legacy { names, first_use } = self else {
            return Vec::new();
        };
        if let Some(at) = first_use {
            let message = format!(
                "speakers are named in free text ({} names): add a `speakers: [Speaker(id: ..., name: ..., side: ...)]` list and write each quote's `speaker` as an id, with `voice: Own` or `voice: Reported` (see FORMAT.md)",
                names.len()
            );
            notes.at(at, None, message);
        }
        names.into_speakers()
    }
}

/// Validates the corrections log; events are named by id.
pub(super) fn validate_corrections(
    raw: Vec<RawCorrection>,
    events: &[Event],
    report: &mut Report<'_>,
) -> Vec<(Correction, Vec<String>)> {
    let ids = id_map(events, |e| &e.id);
    let mut cursor = report.section_at(Section::Corrections);
    let mut out = Vec::with_capacity(raw.len());
    for c in raw {
        let at = report.literal_after(cursor, &c.date).unwrap_or(cursor);
        cursor = at;
        let date = PartialDate::parse(&c.date).map_err(|e| {
            report.at(at, None, format!("a correction's date {e}"));
        });
        if c.text.trim().is_empty() {
            report.at(
                at,
                None,
                "a correction says nothing: write what changed and why".to_owned(),
            );
        } else if c.text.chars().count() > limits::TEXT {
            report.at(
                at,
                None,
                format!("a correction is over {} characters", limits::TEXT),
            );
        }
        for id in &c.events {
            if !ids.contains_key(id.as_ref()) {
                let hint = did_you_mean(id, ids.keys().copied());
                let where_ = report.literal_after(at, id).unwrap_or(at);
                let message = format!(
                    "a correction names event `{}`, which is not in `events`{hint}",
                    shown(id)
                );
                report.at(where_, None, message);
            }
        }
        let Ok(date) = date else { continue };
        let names = c.events.iter().map(|e| e.to_string()).collect();
        out.push((
            Correction {
                date,
                events: Vec::new(),
                text: c.text,
            },
            names,
        ));
    }
    out
}
