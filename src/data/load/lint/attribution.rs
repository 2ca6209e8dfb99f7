//! Lints that keep attribution honest: whose words a quote is, whether its
//! speaker held office then, and whether a dispute really has two sides.
//!
//! These catch the mistakes a re-audit found in the bundled dataset: an
//! outlet's sentence about a person shown as the person's own words, one
//! speaker listed twice under two ids, a "dispute" that quotes one page.

use super::super::report::{Item, Report, Section};
use crate::data::model::{Event, Quote, SpeakerKind, Timeline, Voice};
use std::collections::HashMap;

/// Runs every attribution lint over the timeline.
pub fn lint_attribution(timeline: &Timeline, report: &mut Report<'_>) {
    lint_speakers(timeline, report);
    for e in &timeline.events {
        let item = Item {
            section: Section::Events,
            id: &e.id,
            nth: 0,
        };
        for q in &e.quotes {
            lint_quote(timeline, e, q, item, report);
        }
        lint_disputes(e, item, report);
    }
}

/// Speakers never quoted, and names or aliases shared by two speakers.
fn lint_speakers(timeline: &Timeline, report: &mut Report<'_>) {
    let mut quoted = vec![false; timeline.speakers.len()];
    for q in timeline.events.iter().flat_map(|e| &e.quotes) {
        if let Some(i) = q.speaker {
            quoted[i] = true;
        }
    }
    let mut owner: HashMap<String, &str> = HashMap::new();
    for (s, quoted) in timeline.speakers.iter().zip(quoted) {
        let item = Item {
            section: Section::Speakers,
            id: &s.id,
            nth: 0,
        };
        if !quoted {
            let message = "this speaker is never quoted: quote them or remove them".to_owned();
            report.item(item, None, message);
        }
        for name in std::iter::once(&s.name).chain(&s.aliases) {
            let key = crate::base::text::fold(name.trim());
            match owner.get(&key) {
                Some(&other) if other != s.id => {
                    let message = format!(
                        "`{}` also names speaker `{}`: one name, one speaker; drop or change it",
                        crate::base::text::shown(name),
                        crate::base::text::shown(other)
                    );
                    report.value(item, name, None, message);
                }
                _ => {
                    owner.insert(key, &s.id);
                }
            }
        }
    }
}

fn lint_quote(timeline: &Timeline, e: &Event, q: &Quote, item: Item<'_>, report: &mut Report<'_>) {
    let Some(speaker) = q.speaker.and_then(|i| timeline.speakers.get(i)) else {
        return;
    };
    let id = Some(e.id.as_str());
    if q.voice == Voice::Own && speaker.kind == SpeakerKind::Person && !has_quotation_marks(&q.text)
    {
        let names = std::iter::once(speaker.name.as_str())
            .chain(surname(&speaker.name))
            .chain(speaker.aliases.iter().map(String::as_str));
        if let Some(name) = names.into_iter().find(|n| contains_word(&q.text, n)) {
            let message = format!(
                "this quote names its own speaker (`{name}`) in the third person, so it is an outlet's account, not {}'s own words: write `voice: Reported`, or drop the speaker if it is narration",
                speaker.name
            );
            report.value(item, &q.text, id, message);
        }
    }
    if !speaker.roles.is_empty() && !speaker.may_hold_a_role_on(e.start_day()) {
        let message = format!(
            "{} held none of their listed roles on {}: check the event's date or add the role they held then",
            speaker.name,
            e.start.long()
        );
        report.value(item, &q.text, id, message);
    }
}

fn lint_disputes(e: &Event, item: Item<'_>, report: &mut Report<'_>) {
    let id = Some(e.id.as_str());
    for d in &e.disputes {
        if d.sides.len() < 2 {
            let message = format!(
                "the dispute about {} has {} side: quote at least two pages that disagree, or say it in the summary",
                d.about,
                d.sides.len()
            );
            report.value(item, &d.about, id, message);
        }
        let mut seen: Vec<String> = Vec::with_capacity(d.sides.len());
        for side in d.sides.iter().filter(|s| !s.text.is_empty()) {
            let folded = crate::base::text::fold(&side.text);
            let key = crate::base::text::single_spaced(&folded);
            if seen.contains(&key) {
                let message = "two sides of a dispute quote the same words: a side must carry its own version".to_owned();
                report.value(item, &side.text, id, message);
            }
            seen.push(key);
        }
    }
}

/// Whether the text holds a double quotation mark of any common style.
fn has_quotation_marks(text: &str) -> bool {
    text.contains(['"', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}'])
}

/// A person's last name, when the name has more than one word.
fn surname(name: &str) -> Option<&str> {
    let mut words = name.split_whitespace();
    let last = words.next_back()?;
    words.next().is_some().then_some(last)
}

/// Whether `word` occurs in `text` with no letter or digit on either side.
fn contains_word(text: &str, word: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(contains_word("Trudeau alleged", "Trudeau"));
        assert!(contains_word("then PM Trudeau.", "Trudeau"));
        assert!(!contains_word("Trudeaus", "Trudeau"));
        assert!(!contains_word("Anandasangaree said", "Anand"));
        assert!(!contains_word("anything", ""));
    }

    #[test]
    fn surnames_and_quotation_marks() {
        assert_eq!(surname("Mélanie Joly"), Some("Joly"));
        assert_eq!(surname("RCMP"), None);
        assert!(has_quotation_marks("he called it “absurd”"));
        assert!(has_quotation_marks("\"absurd\""));
        assert!(!has_quotation_marks("Canada’s sovereignty"));
    }
}
