//! `quotes`: statements by speaker, side, voice, date and event, in three formats.

use crate::common::SPOKEN;
use india_canada_timeline::data::cite::CitationStyle;
use india_canada_timeline::data::date::PartialDate;
use india_canada_timeline::data::load;
use india_canada_timeline::timeline::quotes::{self, QuoteFilter, SideFilter};
use std::process::{Command, Output};

fn rows(filter: &QuoteFilter) -> Vec<(String, &'static str)> {
    let t = load::load_str(SPOKEN, "t.ron").unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    quotes::select(
        &t,
        filter,
        &quotes::citer(Some(CitationStyle::Plain), today),
    )
    .into_iter()
    .map(|r| (r.text, r.voice))
    .collect()
}

#[test]
fn filters_select_by_speaker_side_voice_dates_and_event() {
    let t = load::load_str(SPOKEN, "t.ron").unwrap();
    for name in ["ann-lee", "Ann Lee", "ANN LEE", "Lee"] {
        assert_eq!(quotes::find_speaker(&t, name), Ok(0), "{name}");
    }
    let err = quotes::find_speaker(&t, "Ann Le").unwrap_err();
    assert!(err.contains("did you mean `Ann Lee`"), "{err}");

    let all = rows(&QuoteFilter::default());
    assert_eq!(all.len(), 4, "every quote, narration too");
    let ministry = rows(&QuoteFilter {
        speakers: vec![1],
        ..Default::default()
    });
    assert_eq!(
        ministry,
        [
            (
                "The ministry said the talks went well.".to_owned(),
                "reported"
            ),
            ("A visit took place.".to_owned(), "own")
        ]
    );
    let own = rows(&QuoteFilter {
        side: Some(SideFilter::Other),
        own_words: true,
        ..Default::default()
    });
    assert_eq!(own, [("A visit took place.".to_owned(), "own")]);
    let canada = rows(&QuoteFilter {
        side: Some(SideFilter::Canada),
        ..Default::default()
    });
    assert_eq!(canada.len(), 1);
    let march = PartialDate::parse("2024-03").unwrap();
    let in_march = rows(&QuoteFilter {
        from: Some(march.first_day()),
        to: Some(march.end_day_exclusive() - 1),
        ..Default::default()
    });
    assert_eq!(in_march, [("A visit took place.".to_owned(), "own")]);
    let talks = rows(&QuoteFilter {
        event: t.event_index("talks"),
        ..Default::default()
    });
    assert_eq!(talks.len(), 3);
    assert_eq!(talks[2].1, "narration");
}

fn run(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("t.ron");
    std::fs::write(&file, SPOKEN).unwrap();
    Command::new(env!("CARGO_BIN_EXE_india-canada-timeline"))
        .arg("quotes")
        .arg(&file)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn the_command_prints_markdown_csv_and_json_in_each_style() {
    let md = run(&["--speaker", "lee"]);
    assert!(md.status.success());
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(
        md.contains("**Ann Lee** (Foreign Minister), own words"),
        "{md}"
    );
    assert!(
        md.contains("Ann Lee, quoted in"),
        "a citation naming her: {md}"
    );

    let csv = String::from_utf8(run(&["--format", "csv"]).stdout).unwrap();
    assert_eq!(csv.lines().count(), 5, "a header and four rows: {csv}");
    assert!(csv.starts_with("date,event_id,event_title,speaker_id,"));

    let json = run(&["--format", "json", "--side", "other", "--style", "apa"]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let rows = value.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["voice"], "reported");
    assert_eq!(rows[0]["speaker_id"], "ministry");
    assert_eq!(rows[1]["side"], "Elsewhere");
    let plain = run(&["--format", "json", "--side", "other"]);
    let plain: serde_json::Value = serde_json::from_slice(&plain.stdout).unwrap();
    assert_ne!(
        rows[0]["citation"], plain[0]["citation"],
        "APA differs from plain"
    );

    let bib = String::from_utf8(run(&["--style", "bibtex", "--event", "visit"]).stdout).unwrap();
    assert!(bib.contains("@online{b,"), "{bib}");
}

#[test]
fn an_unknown_speaker_or_event_is_an_error_with_a_suggestion() {
    let o = run(&["--speaker", "Ann Le"]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8(o.stderr).unwrap();
    assert!(err.contains("did you mean `Ann Lee`"), "{err}");
    let o = run(&["--event", "nope"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8(o.stderr).unwrap().contains("`nope`"));
}
