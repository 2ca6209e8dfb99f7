//! `diff`: what changed between two versions of a timeline, by event.

use crate::common::{SMALL, SPOKEN};
use india_canada_timeline::data::diff::{Change, diff};
use india_canada_timeline::data::load;
use india_canada_timeline::data::model::Timeline;
use std::process::Command;

fn timeline(text: &str) -> Timeline {
    load::load_str(text, "t.ron").unwrap_or_else(|e| panic!("{e}"))
}

/// The changes of one event, by id.
fn changes_of(old: &str, new: &str, id: &str) -> Vec<Change> {
    let d = diff(&timeline(old), &timeline(new));
    d.events
        .into_iter()
        .find(|e| e.id == id)
        .map(|e| e.changes)
        .unwrap_or_default()
}

#[test]
fn the_same_file_has_no_changes() {
    assert!(diff(&timeline(SPOKEN), &timeline(SPOKEN)).is_empty());
}

#[test]
fn added_and_removed_events_are_listed_in_date_order() {
    let new = SPOKEN.replacen(r#"id: "visit""#, r#"id: "tour""#, 1);
    let d = diff(&timeline(SPOKEN), &timeline(&new));
    let listed: Vec<(&str, &Change)> = d
        .events
        .iter()
        .map(|e| (e.id.as_str(), &e.changes[0]))
        .collect();
    assert_eq!(
        listed,
        [("tour", &Change::Added), ("visit", &Change::Removed)]
    );
    let c = d.counts();
    assert_eq!((c.added, c.removed), (1, 1));
}

#[test]
fn re_dated_re_titled_and_moved_events() {
    let new = SPOKEN
        .replacen(r#"start: "2024-03-05""#, r#"start: "2024-03-06""#, 1)
        .replacen(r#"title: "A visit""#, r#"title: "A state visit""#, 1);
    let changes = changes_of(SPOKEN, &new, "visit");
    assert_eq!(
        changes,
        [
            Change::Redated {
                from: "5 March 2024".into(),
                to: "6 March 2024".into()
            },
            Change::Retitled {
                from: "A visit".into(),
                to: "A state visit".into()
            },
        ]
    );
    let moved = SMALL.replacen(
        "id: \"middle\",\n            title: \"Middle event\",\n            start: \"2024-02-10\",\n            category: \"diplomacy\"",
        "id: \"middle\",\n            title: \"Middle event\",\n            start: \"2024-02-10\",\n            category: \"security\"",
        1,
    );
    assert_eq!(
        changes_of(SMALL, &moved, "middle"),
        [Change::MovedLane {
            from: "Diplomacy".into(),
            to: "Security".into()
        }]
    );
}

#[test]
fn quotes_added_removed_and_re_attributed() {
    let new = SPOKEN
        .replacen(
            r#"text: "“We talked,” she said.", speaker: Some("ann-lee")"#,
            r#"text: "“We talked,” she said.", speaker: Some("ann-lee"), voice: Reported"#,
            1,
        )
        .replacen("The talks were long.", "The talks were short.", 1);
    let changes = changes_of(SPOKEN, &new, "talks");
    let kinds: Vec<&str> = changes
        .iter()
        .map(|c| match c {
            Change::QuoteReattributed { from, to, .. } => {
                assert_eq!(
                    (from.as_str(), to.as_str()),
                    ("Ann Lee (own words)", "Ann Lee (reported)")
                );
                "re-attributed"
            }
            Change::QuoteAdded { quote } => {
                assert_eq!(quote.text, "The talks were short.");
                "added"
            }
            Change::QuoteRemoved { quote } => {
                assert_eq!(quote.attribution, "narration");
                "removed"
            }
            other => panic!("unexpected {other:?}"),
        })
        .collect();
    assert_eq!(kinds, ["re-attributed", "added", "removed"]);
}

#[test]
fn the_command_prints_text_or_json_and_says_by_its_exit_code() {
    let dir = tempfile::tempdir().unwrap();
    let (old, new) = (dir.path().join("old.ron"), dir.path().join("new.ron"));
    std::fs::write(&old, SPOKEN).unwrap();
    std::fs::write(&new, SPOKEN.replacen("A visit", "A state visit", 1)).unwrap();
    let run = |args: &[&std::ffi::OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_india-canada-timeline"))
            .arg("diff")
            .args(args)
            .output()
            .unwrap()
    };
    let same = run(&[old.as_os_str(), old.as_os_str()]);
    assert_eq!(same.status.code(), Some(0));
    let text = run(&[old.as_os_str(), new.as_os_str()]);
    assert_eq!(text.status.code(), Some(1));
    let out = String::from_utf8(text.stdout).unwrap();
    assert!(
        out.contains("re-titled: “A visit” → “A state visit”"),
        "{out}"
    );
    let json = run(&[
        old.as_os_str(),
        new.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["events"][0]["id"], "visit");
    assert_eq!(value["events"][0]["changes"][0]["change"], "retitled");
    assert_eq!(value["counts"]["retitled"], 1);
    std::fs::write(&new, SPOKEN.replacen("A visit", "A visit\"", 1)).unwrap();
    let broken = run(&[old.as_os_str(), new.as_os_str()]);
    assert_eq!(broken.status.code(), Some(2));
    let err = String::from_utf8(broken.stderr).unwrap();
    assert!(err.contains("new.ron:"), "positioned like check: {err}");
}
