//! The loader: every class of bad input gives a positioned message, never a panic.

use crate::common::{SMALL, lints};
use india_canada_timeline::data::date::Precision;
use india_canada_timeline::data::load::{self, LoadError, Problem};

fn problems(text: &str) -> Vec<Problem> {
    match load::load_str(text, "t.ron") {
        Ok(_) => panic!("expected the text to be refused"),
        Err(LoadError::Invalid(p)) => p,
        Err(other) => panic!("unexpected error kind: {other}"),
    }
}

/// Line (1-based) of the first occurrence of `needle` in `text`.
fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("needle in text")]
        .matches('\n')
        .count()
        + 1
}

/// Replaces exactly one occurrence, so that each test breaks one thing.
fn with(from: &str, to: &str) -> String {
    assert_eq!(SMALL.matches(from).count(), 1, "`{from}` must be unique");
    SMALL.replacen(from, to, 1)
}

#[test]
fn the_small_timeline_loads_and_is_sorted_by_start() {
    let t = load::load_str(SMALL, "t.ron").unwrap();
    let ids: Vec<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["earlier", "middle", "later"]);
    assert_eq!(t.events[0].start.precision(), Precision::Month);
    assert_eq!(t.events[2].end.unwrap().to_string(), "2024-03-07");
    assert_eq!(
        t.sources[1].published.unwrap().precision(),
        Precision::Month
    );
    assert_eq!(t.sources[0].author.as_deref(), Some("Ann"));
}

#[test]
fn syntax_error_names_line_and_column() {
    let text = with(r#"title: "Later event","#, r#"title: "Later event" oops,"#);
    let p = problems(&text);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].line, line_of(&text, "oops"));
    assert!(p[0].column > 1, "{}", p[0]);
    assert!(
        p[0].to_string()
            .starts_with(&format!("t.ron:{}:", p[0].line))
    );
}

#[test]
fn unknown_field_is_an_error_with_its_position() {
    let text = with(
        r#"summary: "Between the two.","#,
        r#"sumary: "Between the two.","#,
    );
    let p = problems(&text);
    assert_eq!(p[0].line, line_of(&text, "sumary"));
    assert!(p[0].message.contains("sumary"), "{}", p[0]);
    assert!(
        p[0].message.contains("summary"),
        "names the expected fields: {}",
        p[0]
    );
}

#[test]
fn bad_and_impossible_dates_name_the_event_and_line() {
    let text = with(r#"start: "2024-02-10""#, r#"start: "2025-02-30""#);
    let p = problems(&text);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].event.as_deref(), Some("middle"));
    assert_eq!(p[0].line, line_of(&text, "2025-02-30"));
    assert!(p[0].message.contains("2025-02-30"), "{}", p[0]);

    let text = with(r#"start: "2024-01","#, r#"start: "Jan 2024","#);
    let p = problems(&text);
    assert_eq!(p[0].event.as_deref(), Some("earlier"));
    assert!(
        p[0].message.contains("YYYY-MM-DD"),
        "says what to write: {}",
        p[0]
    );
}

#[test]
fn end_before_start_is_refused() {
    let text = with(r#"end: Some("2024-03-07")"#, r#"end: Some("2024-03-01")"#);
    let p = problems(&text);
    assert_eq!(p[0].event.as_deref(), Some("later"));
    assert_eq!(p[0].line, line_of(&text, "2024-03-01"));
    assert!(p[0].message.contains("before start"), "{}", p[0]);
}

#[test]
fn duplicate_ids_are_reported_at_the_second_one() {
    let text = with(r#"id: "middle""#, r#"id: "later""#);
    let p = problems(&text);
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].event.as_deref(), Some("later"));
    let second = text.rfind(r#"id: "later""#).unwrap();
    assert_eq!(p[0].line, text[..second].matches('\n').count() + 1);
    assert!(p[0].message.contains("twice"), "{}", p[0]);
}

#[test]
fn quotes_and_disputes_naming_unknown_sources() {
    let text = with(r#"Quote(source: "b","#, r#"Quote(source: "nobody","#);
    let p = problems(&text);
    assert_eq!(p[0].event.as_deref(), Some("earlier"));
    assert_eq!(p[0].line, line_of(&text, "nobody"));
    assert!(p[0].message.contains("`nobody`"), "{}", p[0]);

    let text = with(r#"sources: ["a", "b"]"#, r#"sources: ["a", "ghost"]"#);
    let p = problems(&text);
    assert_eq!(p[0].event.as_deref(), Some("later"));
    assert_eq!(p[0].line, line_of(&text, "ghost"));
    assert!(p[0].message.contains("dispute"), "{}", p[0]);
}

#[test]
fn unknown_category() {
    let text = with(r#"category: "security","#, r#"category: "sport","#);
    let p = problems(&text);
    assert_eq!(p[0].event.as_deref(), Some("later"));
    assert_eq!(p[0].line, line_of(&text, r#""sport""#));
    assert!(
        p[0].message.contains("diplomacy, security"),
        "lists the known ones: {}",
        p[0]
    );
}

#[test]
fn empty_quote_text() {
    let text = with(r#"text: "a middle quote""#, r#"text: "   ""#);
    let p = problems(&text);
    assert_eq!(p[0].event.as_deref(), Some("middle"));
    assert!(p[0].message.contains("empty"), "{}", p[0]);
}

#[test]
fn bad_colour_names_the_category() {
    let text = with(r##"color: "#d1495b""##, r##"color: "crimson""##);
    let p = problems(&text);
    assert_eq!(p[0].line, line_of(&text, "crimson"));
    assert!(
        p[0].message.contains("security") && p[0].message.contains("#rrggbb"),
        "{}",
        p[0]
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let text = with(r#"start: "2024-02-10""#, r#"start: "2024-02-31""#)
        .replacen(r#"category: "security","#, r#"category: "sport","#, 1)
        .replacen(r#"Quote(source: "b","#, r#"Quote(source: "nobody","#, 1);
    let p = problems(&text);
    assert_eq!(p.len(), 3, "{p:#?}");
    let mut lines: Vec<usize> = p.iter().map(|p| p.line).collect();
    lines.dedup();
    assert_eq!(lines.len(), 3, "three different places");
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for depth in [100, 100_000] {
        let text = format!("Timeline(title: {}{}", "[".repeat(depth), "]".repeat(depth));
        let p = problems(&text);
        assert_eq!(p[0].line, 1);
    }
    let text = format!("{}{}", "(".repeat(200_000), ")".repeat(200_000));
    assert!(!problems(&text).is_empty());
}

#[test]
fn files_over_the_limit_are_refused_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(load::MAX_FILE_BYTES + 1).unwrap(); // sparse: nothing is written
    let err = india_canada_timeline::data::open::load_path(&path).unwrap_err();
    assert!(
        matches!(err, LoadError::Read(load::ReadError::TooLarge { .. })),
        "{err}"
    );
    assert!(err.to_string().contains("huge.ron:1:1"), "{err}");
}

#[test]
fn missing_file_and_non_utf8_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let err =
        india_canada_timeline::data::open::load_path(&dir.path().join("nope.ron")).unwrap_err();
    assert!(err.to_string().contains("nope.ron"), "{err}");

    let path = dir.path().join("latin1.ron");
    std::fs::write(&path, b"Timeline(\n  title: \"caf\xe9\"").unwrap();
    let err = india_canada_timeline::data::open::load_path(&path).unwrap_err();
    assert!(err.to_string().contains("latin1.ron:2:"), "{err}");
}

#[test]
fn truncated_and_mangled_files_never_panic() {
    let bundled = load::BUNDLED;
    let cuts = (0..bundled.len())
        .step_by(997)
        .filter(|&i| bundled.is_char_boundary(i));
    for cut in cuts {
        let err = load::load_str(&bundled[..cut], "cut.ron").unwrap_err();
        assert!(!err.lines().is_empty());
    }
    for junk in [
        "",
        "()",
        "Timeline()",
        "[",
        "\"",
        "Timeline(title: 5)",
        "r#\"",
        "\u{feff}",
    ] {
        assert!(load::load_str(junk, "junk.ron").is_err(), "{junk:?}");
    }
}

/// SMALL with the v2 fields: threads, eras, importance, speaker, via, kind.
fn small_v2() -> String {
    SMALL
        .replacen(
            "    sources: [",
            r#"    threads: [Thread(id: "talks", name: "Talks", description: "All the talks.")],
    eras: [Era(id: "early", name: "Early", start: "2024-01", end: "2024-02-15", description: "The start.")],
    sources: ["#,
            1,
        )
        .replacen(
            r#"title: "B title","#,
            r#"title: None, via: Some("Site B"), kind: Official,"#,
            1,
        )
        .replacen(
            r#"category: "diplomacy",
            summary: "Between the two.","#,
            r#"category: "diplomacy",
            importance: Key,
            threads: ["talks"],
            summary: "Between the two.","#,
            1,
        )
        .replacen(
            r#"text: "a middle quote")"#,
            r#"text: "a middle quote", speaker: Some("Mélanie Joly"))"#,
            1,
        )
}

#[test]
fn the_v2_fields_load() {
    use india_canada_timeline::data::model::{Importance, SourceKind};
    let t = load::load_str(&small_v2(), "t.ron").unwrap_or_else(|e| panic!("{e}"));
    let middle = &t.events[t.event_index("middle").unwrap()];
    assert_eq!(middle.importance, Importance::Key);
    assert_eq!(middle.threads, vec![0]);
    let speaker = middle.quotes[0]
        .speaker
        .map(|i| t.speakers[i].name.as_str());
    assert_eq!(speaker, Some("Mélanie Joly"));
    let b = &t.sources[1];
    assert_eq!(
        (b.title.as_deref(), b.via.as_deref(), b.kind.clone()),
        (None, Some("Site B"), SourceKind::Official)
    );
    assert_eq!(t.events[0].importance, Importance::Normal, "the default");
    assert_eq!(t.eras[0].name, "Early");
}

#[test]
fn bad_v2_values_are_refused_with_positions() {
    let text = small_v2().replacen(r#"threads: ["talks"]"#, r#"threads: ["tlaks"]"#, 1);
    let p = problems(&text);
    assert_eq!(p[0].line, line_of(&text, "\"tlaks\""));
    assert!(p[0].message.contains("did you mean `talks`"), "{}", p[0]);

    let text = small_v2().replacen("importance: Key", "importance: Huge", 1);
    let p = problems(&text);
    assert_eq!(p[0].line, line_of(&text, "Huge"));
    assert_eq!(p[0].event.as_deref(), Some("middle"), "{}", p[0]);

    let text = small_v2().replacen(r#"end: "2024-02-15""#, r#"end: "2023-02-15""#, 1);
    let p = problems(&text);
    assert!(p[0].message.contains("era `early`: end"), "{}", p[0]);

    let text = small_v2().replacen("kind: Official", "kind: Rumour", 1);
    assert_eq!(problems(&text)[0].line, line_of(&text, "Rumour"));
}

#[test]
fn each_content_lint_fires_on_a_small_bad_file() {
    let cases = [
        (
            r#"title: "A title""#,
            r#"title: "not shown in the stored copy (URL slug: x)""#,
            "placeholder",
        ),
        (
            "Second in time.",
            "INDEX.md keeps 18 June.",
            "research note",
        ),
        ("Second in time.", "As Y24-03 shows.", "research note"),
        ("a later quote", r#"he said \"a later quote"#, "unmatched"),
        (
            "a later quote",
            &"long words ".repeat(40),
            "characters long",
        ),
        (
            "https://example.org/a",
            "https://example.org/a?utm_source=x",
            "tracking",
        ),
        ("a middle quote", "a later quote", "same quote"),
    ];
    for (from, to, expected) in cases {
        let text = SMALL.replacen(from, to, 1);
        let found = lints(&text);
        assert!(
            found
                .iter()
                .any(|l| l.contains(expected) && l.starts_with("t.ron:")),
            "{expected}: {found:?}"
        );
    }
    let uncited = SMALL.replacen(
        "    ],\n    events:",
        "        Source(id: \"c\", outlet: \"C\"),\n    ],\n    events:",
        1,
    );
    assert!(
        lints(&uncited)
            .iter()
            .any(|l| l.contains("never quoted or cited"))
    );
}

#[test]
fn a_research_note_in_a_thread_or_era_is_placed_on_its_line() {
    for needle in ["All the talks.", "The start."] {
        let text = small_v2().replacen(needle, "See INDEX.md.", 1);
        let found = lints(&text);
        let line = line_of(&text, "See INDEX.md.");
        assert!(
            found
                .iter()
                .any(|l| l.starts_with(&format!("t.ron:{line}:"))),
            "{needle}: {found:?}"
        );
    }
}

/// The model's per-category index answers as a scan of every event would.
#[test]
fn per_category_queries_agree_with_scanning_every_event() {
    let t = india_canada_timeline::data::load::load_str(
        &india_canada_timeline::data::generate::generate(3000, 11),
        "gen",
    )
    .unwrap();
    let (first, last) = t.span().unwrap();
    let step = ((last - first) / 23).max(1);
    for c in 0..t.categories.len() {
        for from in (first - 5..last + 5).step_by(step as usize) {
            for len in [1, 7, 90, 2000] {
                let to = from + len;
                let brute: Vec<usize> = (0..t.events.len())
                    .filter(|&i| {
                        let e = &t.events[i];
                        e.category == c && e.start_day() < to && e.end_day() > from
                    })
                    .collect();
                assert_eq!(t.overlapping_in(c, from, to).collect::<Vec<_>>(), brute);
                let starting = t
                    .events
                    .iter()
                    .filter(|e| e.category == c && (from..to).contains(&e.start_day()))
                    .count();
                assert_eq!(t.count_starting_in(c, from, to), starting);
                let before = t.starts_before(c, &[from, to]);
                assert_eq!(before[1] - before[0], starting);
            }
        }
    }
}
