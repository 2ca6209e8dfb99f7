//! Who said what: speakers with their roles, how a quote relates to its
//! speaker, the sides of a dispute, and the corrections log.
//!
//! Readers cite these, so the model keeps three things apart that a free-text
//! "speaker" used to blur: a person's own words, an outlet's report of them,
//! and the outlet's own narration.

use crate::data::date::{Day, PartialDate};

/// Whose side a speaker speaks for.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize, serde::Serialize)]
pub enum Side {
    India,
    Canada,
    /// Another country or an international body ("United States", "the UN").
    Other(String),
    /// Community groups, separatist organisations, analysts, outlets.
    NonState,
}

impl Side {
    /// "India", "Canada", "United States", "non-state".
    pub fn label(&self) -> &str {
        match self {
            Self::India => "India",
            Self::Canada => "Canada",
            Self::Other(name) => name,
            Self::NonState => "non-state",
        }
    }
}

/// A person or an institution.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub enum SpeakerKind {
    #[default]
    Person,
    Body,
}

/// A title held over a period; either end may be unknown.
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub title: String,
    pub from: Option<PartialDate>,
    /// Inclusive last date; `None` while it lasts or when not known.
    pub to: Option<PartialDate>,
}

impl Role {
    /// Whether the role may have been held on `day` (unknown ends are open).
    pub fn covers(&self, day: Day) -> bool {
        self.from.is_none_or(|f| f.first_day() <= day)
            && self.to.is_none_or(|t| day < t.end_day_exclusive())
    }
}

/// A person or body the dataset quotes.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    pub id: String,
    pub name: String,
    /// `None` only for speakers made up from an old-style file's free-text names.
    pub side: Option<Side>,
    pub kind: SpeakerKind,
    pub roles: Vec<Role>,
    /// Other names for the same speaker ("Trudeau", "MEA").
    pub aliases: Vec<String>,
}

impl Speaker {
    /// The role held on `day`, if the dataset knows it: a dated role that
    /// covers the day, else the one role with no dates at all. Two undated
    /// roles (a minister of two portfolios whose dates the sources do not
    /// give) say nothing about which was held then, so neither is shown.
    pub fn role_on(&self, day: Day) -> Option<&Role> {
        let undated = |r: &&Role| r.from.is_none() && r.to.is_none();
        if let Some(dated) = self.roles.iter().find(|r| !undated(r) && r.covers(day)) {
            return Some(dated);
        }
        let mut open = self.roles.iter().filter(undated);
        match (open.next(), open.next()) {
            (Some(only), None) => Some(only),
            _ => None,
        }
    }

    /// Whether any listed role may have been held on `day`.
    pub fn may_hold_a_role_on(&self, day: Day) -> bool {
        self.roles.iter().any(|r| r.covers(day))
    }
}

/// Speakers known only by a free-text name (an old-style file, a TimelineJS
/// citation): each distinct name becomes one speaker, in order of first use,
/// with an id made from the name.
#[derive(Debug, Default)]
pub struct SpeakersByName {
    index: std::collections::HashMap<String, usize>,
    speakers: Vec<Speaker>,
    ids: std::collections::HashMap<String, usize>,
}

impl SpeakersByName {
    /// The index of the speaker with this name, added if new.
    pub fn index(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let base = match crate::base::text::slug(name) {
            s if s.is_empty() => "speaker".to_owned(),
            s => s,
        };
        let n = self.ids.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        let i = self.speakers.len();
        self.speakers.push(Speaker {
            id,
            name: name.to_owned(),
            side: None,
            kind: SpeakerKind::Person,
            roles: Vec::new(),
            aliases: Vec::new(),
        });
        self.index.insert(name.to_owned(), i);
        i
    }

    pub fn len(&self) -> usize {
        self.speakers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.speakers.is_empty()
    }

    pub fn into_speakers(self) -> Vec<Speaker> {
        self.speakers
    }
}

/// How a quote relates to its speaker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
pub enum Voice {
    /// The speaker's own words: a direct quotation, or a statement they issued.
    #[default]
    Own,
    /// The outlet's account of what the speaker said.
    Reported,
}

/// Who a quote's words belong to, resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attribution {
    /// The speaker's own words (index into `Timeline::speakers`).
    Own(usize),
    /// The outlet's report of what the speaker said.
    Reported(usize),
    /// The outlet's own words.
    Narration,
}

/// One side of a dispute: a page and its words that carry its version.
#[derive(Clone, Debug, PartialEq)]
pub struct DisputeSide {
    /// Index into `Timeline::sources`.
    pub source: usize,
    /// Verbatim words from that page; empty for old-style disputes that named
    /// the source without quoting it.
    pub text: String,
}

/// Where sources disagree, with each side's words.
#[derive(Clone, Debug, PartialEq)]
pub struct Dispute {
    /// What is in question ("the day the consulate spoke"); for old-style
    /// disputes, their whole sentence.
    pub about: String,
    pub sides: Vec<DisputeSide>,
    /// Our own words that help the reader.
    pub note: Option<String>,
}

/// An entry of the corrections log.
#[derive(Clone, Debug, PartialEq)]
pub struct Correction {
    pub date: PartialDate,
    /// Indices into `Timeline::events`, resolved after sorting.
    pub events: Vec<usize>,
    pub text: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> Day {
        PartialDate::parse(s).unwrap().first_day()
    }

    #[test]
    fn a_role_covers_its_days_and_open_ends() {
        let pm = Role {
            title: "Prime Minister".into(),
            from: Some(PartialDate::parse("2015-11-04").unwrap()),
            to: Some(PartialDate::parse("2025-03-14").unwrap()),
        };
        assert!(pm.covers(day("2023-09-18")));
        assert!(pm.covers(day("2025-03-14")));
        assert!(!pm.covers(day("2025-03-15")));
        assert!(!pm.covers(day("2015-11-03")));
        let open = Role {
            title: "Envoy".into(),
            from: None,
            to: Some(PartialDate::parse("2024-10").unwrap()),
        };
        assert!(open.covers(day("1990-01-01")));
        assert!(open.covers(day("2024-10-31")));
        assert!(!open.covers(day("2024-11-01")));
    }

    #[test]
    fn the_role_on_a_day_is_the_one_held_then() {
        let joly = Speaker {
            id: "melanie-joly".into(),
            name: "Mélanie Joly".into(),
            side: Some(Side::Canada),
            kind: SpeakerKind::Person,
            roles: vec![
                Role {
                    title: "Minister of Foreign Affairs".into(),
                    from: Some(PartialDate::parse("2021-10-26").unwrap()),
                    to: Some(PartialDate::parse("2025-05-12").unwrap()),
                },
                Role {
                    title: "Minister of Industry".into(),
                    from: Some(PartialDate::parse("2025-05-13").unwrap()),
                    to: None,
                },
            ],
            aliases: vec![],
        };
        let title = |d| joly.role_on(day(d)).map(|r| r.title.as_str());
        assert_eq!(title("2023-09-19"), Some("Minister of Foreign Affairs"));
        assert_eq!(title("2025-06-01"), Some("Minister of Industry"));
        assert_eq!(title("2019-01-01"), None);
    }

    #[test]
    fn two_undated_roles_leave_the_role_unknown() {
        let role = |title: &str, from: Option<&str>| Role {
            title: title.into(),
            from: from.map(|f| PartialDate::parse(f).unwrap()),
            to: None,
        };
        let mut anand = Speaker {
            id: "anita-anand".into(),
            name: "Anita Anand".into(),
            side: Some(Side::Canada),
            kind: SpeakerKind::Person,
            roles: vec![
                role("Minister of Foreign Affairs", Some("2025-05-13")),
                role("Minister of National Defence", None),
                role("Minister of Transport", None),
            ],
            aliases: vec![],
        };
        let title = |s: &Speaker, d| s.role_on(day(d)).map(|r| r.title.clone());
        assert_eq!(
            title(&anand, "2025-06-01").as_deref(),
            Some("Minister of Foreign Affairs")
        );
        assert_eq!(
            title(&anand, "2023-07-03"),
            None,
            "defence or transport: not known"
        );
        assert!(anand.may_hold_a_role_on(day("2023-07-03")));
        anand.roles.pop();
        assert_eq!(
            title(&anand, "2023-07-03").as_deref(),
            Some("Minister of National Defence")
        );
    }
}
