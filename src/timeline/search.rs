//! Case- and accent-insensitive search over titles, summaries, quotes, outlets and tags.

use crate::base::text::fold;
use crate::data::model::Timeline;

/// The speaker whose name or one of whose aliases is `text`, accents, case and
/// surrounding spaces aside.
pub fn speaker_named(timeline: &Timeline, text: &str) -> Option<usize> {
    let wanted = fold(text.trim());
    timeline.speakers.iter().position(|s| {
        std::iter::once(&s.name)
            .chain(&s.aliases)
            .any(|n| fold(n) == wanted)
    })
}

/// One event's searchable text, folded once.
fn haystack(timeline: &Timeline, index: usize) -> String {
    let e = &timeline.events[index];
    let mut s = String::with_capacity(256);
    for part in [&e.title, &e.summary, &e.id] {
        s.push_str(part);
        s.push('\n');
    }
    // A reader may search in the language they read the titles in.
    for (_, t) in &e.translations {
        for part in [&t.title, &t.summary].into_iter().flatten() {
            s.push_str(part);
            s.push('\n');
        }
    }
    for q in &e.quotes {
        s.push_str(&q.text);
        s.push('\n');
        if let Some(speaker) = timeline.speaker_of(q) {
            for name in std::iter::once(&speaker.name).chain(&speaker.aliases) {
                s.push_str(name);
                s.push('\n');
            }
        }
        if let Some(src) = timeline.sources.get(q.source) {
            s.push_str(&src.outlet);
            s.push('\n');
            if let Some(a) = &src.author {
                s.push_str(a);
                s.push('\n');
            }
        }
    }
    for d in &e.disputes {
        s.push_str(&d.about);
        s.push('\n');
        for side in &d.sides {
            s.push_str(&side.text);
            s.push('\n');
        }
    }
    for t in &e.tags {
        s.push_str(t);
        s.push('\n');
    }
    // Dates as people type them: "2024-10-14", "14 Oct 2024", "14 October 2024", "October 2024".
    for d in std::iter::once(e.start).chain(e.end) {
        for form in [d.to_string(), d.long(), d.short()] {
            s.push_str(&form);
            s.push('\n');
        }
    }
    fold(&s)
}

/// Folded text of every event, built once per dataset.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    texts: Vec<String>,
}

impl SearchIndex {
    pub fn new(timeline: &Timeline) -> Self {
        Self {
            texts: (0..timeline.events.len())
                .map(|i| haystack(timeline, i))
                .collect(),
        }
    }

    /// For each event, whether it contains every word of `query`; `None` for an empty query.
    pub fn matches(&self, query: &str) -> Option<Vec<bool>> {
        let words: Vec<String> = fold(query).split_whitespace().map(str::to_owned).collect();
        if words.is_empty() {
            return None;
        }
        Some(
            self.texts
                .iter()
                .map(|t| words.iter().all(|w| t.contains(w.as_str())))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_drops_case_accents_and_curly_quotes() {
        assert_eq!(fold("Québec’s “Élan” – ok"), "quebec's \"elan\" - ok");
    }

    #[test]
    fn matches_every_word_anywhere() {
        let t = crate::data::load::bundled().unwrap();
        let index = SearchIndex::new(&t);
        assert!(index.matches("  ").is_none());
        let m = index.matches("NIJJAR surrey").unwrap();
        let hits: Vec<&str> = (0..m.len())
            .filter(|&i| m[i])
            .map(|i| t.events[i].id.as_str())
            .collect();
        assert!(!hits.is_empty() && hits.len() < t.events.len(), "{hits:?}");
        let none = index.matches("zzzz-not-there").unwrap();
        assert!(none.iter().all(|b| !b));
    }

    #[test]
    fn dates_are_found_as_typed() {
        let t = crate::data::load::bundled().unwrap();
        let index = SearchIndex::new(&t);
        let expelled = t.event_index("canada-expels-six-indian-diplomats").unwrap();
        for query in [
            "2024-10-14",
            "14 Oct 2024",
            "14 October 2024",
            "October 2024",
        ] {
            let m = index.matches(query).unwrap();
            assert!(m[expelled], "{query}");
            assert!(
                m.iter().filter(|b| **b).count() < t.events.len() / 4,
                "{query} is selective"
            );
        }
    }
}
