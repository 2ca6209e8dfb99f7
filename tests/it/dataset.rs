//! The bundled India–Canada dataset: it validates and keeps the project's rules.

use india_canada_timeline::data::load;
use india_canada_timeline::data::model::Importance;
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
            assert!(d.sides.len() >= 2, "{}: a dispute quotes both sides", e.id);
        }
    }
}

#[test]
fn covers_2023_to_mid_2026_with_disputes_on_many_events() {
    let t = load::bundled().unwrap();
    assert_eq!(t.events[0].start.year(), 2023);
    assert!(t.event_index("nijjar-killed").is_some());
    assert!(t.events.last().unwrap().start.year() == 2026);
    let disputes: usize = t.events.iter().map(|e| e.disputes.len()).sum();
    assert!(disputes >= 60, "only {disputes} disputes");
}

#[test]
fn the_story_is_told_year_by_year_with_key_events_threads_and_eras() {
    let t = load::bundled().unwrap();
    assert!(t.events.len() >= 130, "{} events", t.events.len());
    for (year, least) in [(2023, 30), (2024, 25), (2025, 30), (2026, 10)] {
        let n = t.events.iter().filter(|e| e.start.year() == year).count();
        assert!(n >= least, "{n} events in {year}");
    }
    let key = t
        .events
        .iter()
        .filter(|e| e.importance == Importance::Key)
        .count();
    assert!((12..=30).contains(&key), "{key} key events");
    assert!(t.threads.len() >= 5);
    let threaded = t.events.iter().filter(|e| !e.threads.is_empty()).count();
    assert!(
        threaded * 2 >= t.events.len(),
        "{threaded} events in a thread"
    );
    assert!(t.eras.len() >= 3);
    for pair in t.eras.windows(2) {
        assert!(
            pair[0].end_day() <= pair[1].start_day(),
            "eras overlap: {}",
            pair[1].id
        );
    }
}

#[test]
fn most_events_quote_two_outlets_and_speakers_are_named() {
    let t = load::bundled().unwrap();
    let two_outlets = t
        .events
        .iter()
        .filter(|e| {
            let outlets: HashSet<&str> = e
                .quotes
                .iter()
                .map(|q| t.sources[q.source].outlet.as_str())
                .collect();
            outlets.len() >= 2
        })
        .count();
    assert!(
        two_outlets * 10 >= t.events.len() * 7,
        "{two_outlets} of {}",
        t.events.len()
    );
    let speakers = t
        .events
        .iter()
        .flat_map(|e| &e.quotes)
        .filter(|q| q.speaker.is_some())
        .count();
    assert!(speakers >= 100, "{speakers} quotes name their speaker");
}

#[test]
fn the_bundled_dataset_has_no_content_warnings() {
    let t = load::bundled().unwrap();
    let lints = load::lint::lint(&t, load::BUNDLED, load::BUNDLED_NAME);
    let shown: Vec<String> = lints
        .warnings
        .iter()
        .take(5)
        .map(ToString::to_string)
        .collect();
    assert!(lints.warnings.is_empty(), "{}", shown.join("\n"));
}

#[test]
fn every_source_is_cited_and_every_seed_is_quoted() {
    let t = load::bundled().unwrap();
    let mut cited = HashSet::new();
    for e in &t.events {
        cited.extend(e.quotes.iter().map(|q| q.source));
        for d in &e.disputes {
            cited.extend(d.sides.iter().map(|side| side.source));
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
        "gplustimes-2026-02-doval-ottawa",
        "southasiandesk-2026-02-09-doval-ottawa",
        "business-standard-2026-02-09-doval-ottawa",
        "gibn-2026-02-doval-ottawa",
        "kamaraj-2026-02-10-doval-ottawa",
    ] {
        assert!(quoted.contains(seed), "{seed} is not quoted");
    }
}
