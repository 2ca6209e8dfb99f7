//! TimelineJS files in, problems placed, and our files out and back.

use super::*;
use crate::data::date::Precision;

const JSON: &str = r#"{
  "title": {"text": {"headline": "Tom &amp; Jerry", "text": "<p>Cat <b>and</b> mouse.</p><p>Since 1940.</p>"}},
  "events": [
    {
      "unique_id": "first-short",
      "start_date": {"year": "1940", "month": "2", "day": "10"},
      "end_date": {"year": 1940, "month": 2, "day": 20},
      "text": {"headline": "Puss Gets the Boot", "text": "<p>The first short.</p>"},
      "media": {"url": "https://www.example.org/puss", "credit": "", "caption": "A still"},
      "group": "Shorts"
    },
    {
      "start_date": {"year": "1943", "month": "7", "day": ""},
      "text": {"headline": "Rózsa &amp; Péter", "text": "Words"},
      "media": {"url": "<blockquote>It &quot;works&quot;. <cite>— A. Critic</cite></blockquote>", "credit": "<a href='x'>The Paper</a>"},
      "group": "Shorts"
    },
    {
      "start_date": {"year": 1951},
      "text": {"headline": "Rózsa &amp; Péter"},
      "media": {"url": "javascript:alert(1)", "credit": "Studio"}
    }
  ],
  "eras": [
    {"start_date": {"year": "1940"}, "end_date": {"year": "1958"}, "text": {"headline": "Golden age"}}
  ]
}"#;

fn json(text: &str) -> Result<Timeline, LoadError> {
    load_text(text, "t.json", FileFormat::TimelineJsJson)
}

fn problems(result: Result<Timeline, LoadError>) -> Vec<crate::data::problem::Problem> {
    match result {
        Err(LoadError::Invalid(p)) => p,
        other => panic!("expected problems, got {other:?}"),
    }
}

#[test]
fn timelinejs_json_becomes_our_model() {
    let t = json(JSON).unwrap();
    assert_eq!(t.title, "Tom & Jerry");
    assert_eq!(t.description, "Cat and mouse.\nSince 1940.");
    let names: Vec<&str> = t.categories.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Shorts", "Events"]);
    assert_ne!(t.categories[0].color, t.categories[1].color);
    let ids: Vec<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["first-short", "rozsa-peter", "rozsa-peter-2"]);
    let precisions: Vec<Precision> = t.events.iter().map(|e| e.start.precision()).collect();
    assert_eq!(
        precisions,
        [Precision::Day, Precision::Month, Precision::Year]
    );
    assert_eq!(t.events[0].end.unwrap().to_string(), "1940-02-20");
    assert_eq!(t.events[1].title, "Rózsa & Péter");
    assert_eq!(t.eras.len(), 1);
    assert_eq!(
        (t.eras[0].id.as_str(), t.eras[0].name.as_str()),
        ("golden-age", "Golden age")
    );
}

#[test]
fn media_becomes_a_source_and_only_real_quotations_quotes() {
    let t = json(JSON).unwrap();
    let [first, quoted, bad_link] = &t.events[..] else {
        panic!("three events")
    };
    assert!(first.quotes.is_empty(), "an image is not a quotation");
    let quote = &quoted.quotes[0];
    assert_eq!(quote.text, "It \"works\".");
    let speaker = quote.speaker.map(|i| t.speakers[i].name.as_str());
    assert_eq!(speaker, Some("A. Critic"));
    assert_eq!(t.sources[quote.source].outlet, "The Paper");
    assert_eq!(t.sources[quote.source].url, None);
    let host = t
        .sources
        .iter()
        .find(|s| s.outlet == "example.org")
        .unwrap();
    assert_eq!(host.url.as_deref(), Some("https://www.example.org/puss"));
    assert_eq!(host.title, None, "a caption is not the page's title");
    let studio = t.sources.iter().find(|s| s.outlet == "Studio").unwrap();
    assert_eq!(studio.url, None, "not a web address");
    assert!(bad_link.quotes.is_empty());
}

#[test]
fn a_bad_date_in_json_names_the_event_and_points_at_the_field() {
    let text = JSON.replacen(r#""month": "7""#, r#""month": "13""#, 1);
    let p = problems(json(&text));
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].event.as_deref(), Some("rozsa-peter"));
    assert!(p[0].message.contains("month 13"), "{}", p[0].message);
    let line = text.lines().nth(p[0].line - 1).unwrap();
    let at: String = line.chars().skip(p[0].column - 1).collect();
    assert!(at.starts_with(r#""13""#), "{line} @ {}", p[0].column);
    let shown = p[0].to_string();
    assert!(
        shown.starts_with(&format!(
            "t.json:{}:{}: event `rozsa-peter`: ",
            p[0].line, p[0].column
        )),
        "{shown}"
    );
}

#[test]
fn years_out_of_range_and_words_are_refused() {
    for (from, to) in [
        (r#""year": 1951"#, r#""year": -44"#),
        (r#""year": 1951"#, r#""year": 12000"#),
        (r#""year": 1951"#, r#""year": "soon""#),
        (r#""year": 1951"#, r#""year": 1951, "day": 32"#),
    ] {
        let p = problems(json(&JSON.replacen(from, to, 1)));
        assert_eq!(p[0].event.as_deref(), Some("rozsa-peter-2"), "{to}: {p:?}");
        assert_eq!(p[0].line, 19, "{to}: {p:?}");
    }
}

#[test]
fn json_syntax_errors_have_positions() {
    let p = problems(json("{\n  \"events\": [\n    {\"start_date\": }\n  ]\n}"));
    assert_eq!((p[0].line, p[0].column), (3, 20), "{p:?}");
    let p = problems(json("[1, 2]"));
    assert_eq!(p[0].line, 1);
    let p = problems(json(r#"{"events": []}"#));
    assert!(p[0].message.contains("no events"), "{p:?}");
}

#[test]
fn duplicate_ids_and_end_before_start_are_refused() {
    let text = JSON.replacen(
        r#""start_date": {"year": 1951}"#,
        r#""unique_id": "first-short", "start_date": {"year": 1951}, "end_date": {"year": 1950}"#,
        1,
    );
    let p = problems(json(&text));
    let messages: Vec<&str> = p.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(p.len(), 2, "{messages:?}");
    assert!(messages[0].contains("used twice"), "{messages:?}");
    assert!(messages[1].contains("before start"), "{messages:?}");
}

const CSV: &str = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n\
,,,,,,,,,My sheet,<p>About it</p>,,,,,title,,\n\
1999,3,,,2000,,,,,\"First, with a comma\",\"<p>Line one\nline two</p>\",https://example.com/a,Credit,,,,Politics,\n\
2001,,,,,,,,,Second,,,,,,,,\n\
1998,,,,2003,,,,,The era,,,,,,era,,\n";

fn csv(text: &str) -> Result<Timeline, LoadError> {
    load_text(text, "t.csv", FileFormat::TimelineJsCsv)
}

#[test]
fn timelinejs_csv_becomes_our_model() {
    let t = csv(CSV).unwrap();
    assert_eq!(
        (t.title.as_str(), t.description.as_str()),
        ("My sheet", "About it")
    );
    assert_eq!(t.events.len(), 2);
    assert_eq!(t.events[0].title, "First, with a comma");
    assert_eq!(t.events[0].summary, "Line one\nline two");
    assert_eq!(t.events[0].start.to_string(), "1999-03");
    assert_eq!(t.events[0].end.unwrap().to_string(), "2000");
    assert_eq!(t.categories[t.events[0].category].name, "Politics");
    assert_eq!(t.categories[t.events[1].category].name, "Events");
    assert_eq!(t.eras[0].name, "The era");
}

#[test]
fn a_bad_csv_row_gives_its_line_and_the_fields_column() {
    // The event's row starts on line 3 and spans two lines; Day is column 3.
    let text = CSV.replacen("1999,3,,", "1999,3,32,", 1);
    let p = problems(csv(&text));
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!((p[0].line, p[0].column), (3, 3));
    assert_eq!(p[0].event.as_deref(), Some("first-with-a-comma"));
    // The row after the two-line one is line 5; End Year is column 5.
    let text = CSV.replacen("2001,,,,,", "2001,,,,1900,", 1);
    let p = problems(csv(&text));
    assert_eq!((p[0].line, p[0].column), (5, 5), "{p:?}");
    assert!(
        p[0].to_string()
            .starts_with("t.csv:5:5: event `second`: end 1900 is before")
    );
}

#[test]
fn the_bundled_dataset_survives_ron_out_and_back() {
    let t = crate::data::load::bundled().unwrap();
    let back =
        crate::data::load::load_str(&to_ron(&t), "back.ron").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.title, t.title);
    assert_eq!(back.description, t.description);
    assert_eq!(back.categories, t.categories);
    assert_eq!(back.threads, t.threads);
    assert_eq!(back.eras, t.eras);
    assert_eq!(back.sources, t.sources);
    assert_eq!(back.events, t.events);
}

#[test]
fn awkward_strings_survive_ron_out() {
    let text = JSON.replacen(
        "Puss Gets the Boot",
        r#"Quote \" back\\slash \\' it's \n é \u0007 \u007f \u2028 \u202e tab\t {}"#,
        1,
    );
    let t = json(&text).unwrap();
    let back =
        crate::data::load::load_str(&to_ron(&t), "back.ron").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.events, t.events);
    assert_eq!(back.sources, t.sources);
}

#[test]
fn ours_to_timelinejs_and_back_keeps_ids_titles_dates() {
    let t = crate::data::load::bundled().unwrap();
    for format in [FileFormat::TimelineJsJson, FileFormat::TimelineJsCsv] {
        let back = load_text(&render(&t, format).unwrap(), "back", format)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(back.title, t.title);
        assert_eq!(back.eras.len(), t.eras.len());
        assert_eq!(back.events.len(), t.events.len());
        for (a, b) in t.events.iter().zip(&back.events) {
            assert_eq!(
                (&a.id, &a.title, a.start, a.end),
                (&b.id, &b.title, b.start, b.end)
            );
            assert_eq!(
                t.categories[a.category].name,
                back.categories[b.category].name
            );
        }
    }
}

#[test]
fn quotes_go_into_the_text_escaped() {
    let t = crate::data::load::bundled().unwrap();
    let e = t.events.iter().find(|e| !e.quotes.is_empty()).unwrap();
    let text = timelinejs_out::event_html(&t, e);
    let plain = html_to_text(&text);
    let q = &e.quotes[0];
    assert!(plain.contains(&format!("“{}” — ", q.text)), "{plain}");
    assert!(plain.contains(&t.sources[q.source].outlet), "{plain}");
    assert!(!text.contains(" & "), "escaped: {text}");
}

#[test]
fn many_equal_headlines_get_distinct_ids_and_groups_stay_few() {
    let slide = r#"{"start_date": {"year": 2000}, "text": {"headline": "Same"}, "group": "G"}"#;
    let events = vec![slide; 20_000].join(",\n");
    let t = json(&format!("{{\"events\": [{events}]}}")).unwrap();
    let ids: std::collections::HashSet<&str> = t.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 20_000);
    assert!(ids.contains("same") && ids.contains("same-20000"));
    assert_eq!(t.categories.len(), 1);
    assert_eq!(t.title, "t", "no title slide: the file's name");
}
