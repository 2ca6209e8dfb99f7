//! The bundled India–Canada dataset: it validates and keeps the project's rules.

use india_canada_timeline::load;
use std::collections::HashSet;

#[test]
fn bundled_dataset_validates() {
    let t = load::bundled().unwrap_or_else(|e| panic!("{e}"));
    assert!(t.events.len() >= 45, "{} events", t.events.len());
    assert!(t.categories.len() >= 5);
}

#[test]
fn every_event_is_quoted_briefly_and_summarised() {
    let t = load::bundled().unwrap();
    for e in &t.events {
        assert!(!e.quotes.is_empty(), "{} has no quote", e.id);
        assert!(!e.summary.trim().is_empty(), "{} has no summary", e.id);
        for q in &e.quotes {
            assert!(q.text.chars().count() < 300, "{}: quote too long", e.id);
        }
        for d in &e.disputes {
            assert!(d.sources.len() >= 2, "{}: a dispute names both sides", e.id);
        }
    }
}

#[test]
fn covers_the_nijjar_killing_to_mid_2026_with_disputes() {
    let t = load::bundled().unwrap();
    let first = &t.events[0];
    assert_eq!(first.start.to_string(), "2023-06-18", "{}", first.id);
    assert!(t.events.last().unwrap().start.year() == 2026);
    let disputed = t.events.iter().filter(|e| !e.disputes.is_empty()).count();
    assert!(disputed >= 15, "only {disputed} events carry disputes");
}

#[test]
fn every_source_is_cited_and_every_seed_is_quoted() {
    let t = load::bundled().unwrap();
    let mut cited = HashSet::new();
    for e in &t.events {
        cited.extend(e.quotes.iter().map(|q| q.source));
        for d in &e.disputes {
            cited.extend(d.sources.iter().copied());
        }
    }
    for (i, s) in t.sources.iter().enumerate() {
        assert!(cited.contains(&i), "source {} is never cited", s.id);
    }
    let quoted: HashSet<&str> = t
        .events
        .iter()
        .flat_map(|e| &e.quotes)
        .map(|q| t.sources[q.source].id.as_str())
        .collect();
    for seed in [
        "seed-gplustimes",
        "seed-southasiandesk",
        "seed-bstandard",
        "seed-gibn",
        "seed-kamaraj",
    ] {
        assert!(quoted.contains(seed), "{seed} is not quoted");
    }
}
