//! Speakers, voices, quoted dispute sides and the corrections log: how they
//! load, what `check --strict` says of them, and how old files are upgraded.

use crate::common::{SMALL, SPOKEN, lints};
use india_canada_timeline::data::load::{self, LoadError};
use india_canada_timeline::data::model::{Attribution, Side, SourceKind, SpeakerKind};

fn errors(text: &str) -> Vec<String> {
    match load::load_str(text, "t.ron") {
        Ok(_) => panic!("expected the text to be refused"),
        Err(LoadError::Invalid(p)) => p.iter().map(ToString::to_string).collect(),
        Err(other) => panic!("unexpected error kind: {other}"),
    }
}

/// Replaces exactly one occurrence in the spoken fixture.
fn spoken_with(from: &str, to: &str) -> String {
    assert_eq!(SPOKEN.matches(from).count(), 1, "`{from}` must be unique");
    SPOKEN.replacen(from, to, 1)
}

#[test]
fn speakers_voices_sides_and_corrections_load() {
    let t = load::load_str(SPOKEN, "t.ron").unwrap_or_else(|e| panic!("{e}"));
    let ann = &t.speakers[0];
    assert_eq!(
        (ann.side.as_ref(), ann.kind),
        (Some(&Side::Canada), SpeakerKind::Person)
    );
    assert_eq!(t.speakers[1].side, Some(Side::Other("Elsewhere".into())));
    assert_eq!(t.speakers[1].kind, SpeakerKind::Body);
    let talks = &t.events[0];
    let who: Vec<Attribution> = talks.quotes.iter().map(|q| q.attribution()).collect();
    assert_eq!(
        who,
        [
            Attribution::Own(0),
            Attribution::Reported(1),
            Attribution::Narration
        ]
    );
    let role = ann.role_on(talks.start_day()).map(|r| r.title.as_str());
    assert_eq!(role, Some("Foreign Minister"));
    let d = &talks.disputes[0];
    assert_eq!(d.sides.len(), 2);
    assert_eq!(d.sides[1].text, "on Tuesday");
    assert_eq!(t.sources[1].kind, SourceKind::Copy { of: "Wire".into() });
    let logged: Vec<_> = t.corrections_of(0).collect();
    assert_eq!(logged.len(), 1);
    assert_eq!(t.corrections_of(1).count(), 0);
}

#[test]
fn the_spoken_fixture_is_clean() {
    assert_eq!(lints(SPOKEN), Vec::<String>::new());
}

#[test]
fn each_attribution_lint_fires_on_a_small_bad_file() {
    let never_quoted = r#"Speaker(id: "ministry", name: "The Ministry", side: Other("Elsewhere"), kind: Body),
        Speaker(id: "silent", name: "Silent Sam", side: India),"#;
    let cases = [
        // Own words that are an outlet's sentence about the speaker.
        (
            "“We talked,” she said.",
            "Lee said the talks went well.",
            "third person",
        ),
        // Quoted on a date outside every role held.
        (
            r#"start: "2024-02-10""#,
            r#"start: "2025-02-10""#,
            "held none of their listed roles",
        ),
        // A dispute with one side.
        (
            r#"Side(source: "b", text: "on Tuesday"),"#,
            "",
            "has 1 side",
        ),
        // Two sides with the same words.
        (
            r#"text: "on Tuesday""#,
            r#"text: "on  Monday""#,
            "same words",
        ),
        // A speaker nobody quotes.
        (
            r#"Speaker(id: "ministry", name: "The Ministry", side: Other("Elsewhere"), kind: Body),"#,
            never_quoted,
            "never quoted",
        ),
        // Two speakers answering to one name.
        (
            r#"kind: Body)"#,
            r#"kind: Body, aliases: ["lee"])"#,
            "also names speaker `ann-lee`",
        ),
    ];
    for (from, to, expected) in cases {
        let found = lints(&spoken_with(from, to));
        assert!(
            found
                .iter()
                .any(|l| l.contains(expected) && l.starts_with("t.ron:")),
            "{expected}: {found:?}"
        );
    }
}

#[test]
fn a_research_note_in_the_corrections_log_is_placed_on_its_line() {
    let text = spoken_with("it is the outlet's report.", "see INDEX.md.");
    let line = text[..text.find("see INDEX.md.").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let found = lints(&text);
    assert!(
        found
            .iter()
            .any(|l| l.starts_with(&format!("t.ron:{line}:")) && l.contains("research note")),
        "{found:?}"
    );
}

#[test]
fn reported_speech_and_bodies_may_name_themselves() {
    let reported = spoken_with(
        r#"text: "“We talked,” she said.", speaker: Some("ann-lee")"#,
        r#"text: "Lee said the talks went well.", speaker: Some("ann-lee"), voice: Reported"#,
    );
    assert_eq!(lints(&reported), Vec::<String>::new());
    let body = spoken_with("A visit took place.", "The Ministry welcomed the visit.");
    assert_eq!(lints(&body), Vec::<String>::new(), "a body's own statement");
}

#[test]
fn unknown_speakers_are_errors_with_a_suggestion() {
    let typo = spoken_with(r#"speaker: Some("ann-lee")"#, r#"speaker: Some("ann-le")"#);
    let e = errors(&typo);
    assert!(e[0].contains("did you mean `ann-lee`"), "{e:?}");
    let alias = spoken_with(r#"speaker: Some("ann-lee")"#, r#"speaker: Some("Lee")"#);
    let e = errors(&alias);
    assert!(e[0].contains("is a name of `ann-lee`"), "{e:?}");
    let voiceless = spoken_with(
        r#"text: "The talks were long.""#,
        r#"text: "The talks were long.", voice: Reported"#,
    );
    assert!(
        errors(&voiceless)[0].contains("voice"),
        "a voice needs a speaker"
    );
}

#[test]
fn an_old_style_file_loads_with_notes_on_how_to_upgrade() {
    let old = SMALL.replacen(
        r#"text: "a middle quote")"#,
        r#"text: "a middle quote", speaker: Some("Mélanie Joly"))"#,
        1,
    );
    let t = load::load_str(&old, "t.ron").unwrap_or_else(|e| panic!("{e}"));
    let middle = &t.events[t.event_index("middle").unwrap()];
    let joly = t.speaker_of(&middle.quotes[0]).unwrap();
    assert_eq!(
        (joly.name.as_str(), joly.side.as_ref()),
        ("Mélanie Joly", None)
    );
    let later = &t.events[t.event_index("later").unwrap()];
    assert_eq!(later.disputes[0].about, "A and B differ on the day.");
    assert_eq!(later.disputes[0].sides.len(), 2);
    let found = lints(&old);
    for expected in ["`speakers: [Speaker(", "`Dispute(about:"] {
        assert!(
            found.iter().any(|l| l.contains(expected)),
            "{expected}: {found:?}"
        );
    }
}

#[test]
fn the_format_guide_example_loads() {
    let guide = include_str!("../../data/FORMAT.md");
    let start = guide.find("```ron\n").unwrap() + "```ron\n".len();
    let example = &guide[start..start + guide[start..].find("```").unwrap()];
    let t = load::load_str(example, "FORMAT.md").unwrap_or_else(|e| panic!("{e}"));
    let who: Vec<Attribution> = t.events[0].quotes.iter().map(|q| q.attribution()).collect();
    assert_eq!(
        who,
        [
            Attribution::Narration,
            Attribution::Own(0),
            Attribution::Reported(1)
        ]
    );
    assert_eq!(t.corrections.len(), 1);
}

#[test]
fn timelinejs_export_says_whose_words_and_ron_keeps_everything() {
    use india_canada_timeline::data::interop;
    let t = load::load_str(SPOKEN, "t.ron").unwrap();
    let json = interop::to_json(&t);
    for expected in [
        "Ann Lee, in their own words",
        "Outlet B, reporting what The Ministry said",
        "Outlet A</a> (narration)",
        "Sources differ on the day of the talks",
        "Outlet B: “on Tuesday”",
    ] {
        assert!(json.contains(expected), "{expected}");
    }
    let ron = interop::to_ron(&t);
    let back = load::load_str(&ron, "back.ron").unwrap_or_else(|e| panic!("{e}\n{ron}"));
    assert_eq!(back.speakers, t.speakers);
    assert_eq!(back.events, t.events);
    assert_eq!(back.sources, t.sources);
    assert_eq!(back.corrections, t.corrections);
    assert_eq!(lints(&ron), Vec::<String>::new(), "written clean");
}
