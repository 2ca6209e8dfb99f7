//! TimelineJS in and out, and `convert`, run as a user would run them.

use india_canada_timeline::data::load;
use india_canada_timeline::data::model::Timeline;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/interop/timelinejs/");
const BUNDLED_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/india_canada.ron");

fn sample(name: &str) -> PathBuf {
    Path::new(SAMPLES).join(name)
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_india-canada-timeline"))
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    bin().args(args).output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs `convert IN --out OUT` and expects it to succeed.
fn convert(input: &Path, out: &Path) {
    let o = run(&[
        "convert".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(o.status.success(), "{}{}", text(&o.stdout), text(&o.stderr));
    assert!(text(&o.stdout).starts_with("wrote "), "{}", text(&o.stdout));
}

fn load(path: &Path) -> Timeline {
    india_canada_timeline::data::open::load_path(path).unwrap_or_else(|e| panic!("{e}"))
}

/// Title, start and end of every event, in order.
fn titles_and_dates(t: &Timeline) -> Vec<(String, String, Option<String>)> {
    t.events
        .iter()
        .map(|e| {
            (
                e.title.clone(),
                e.start.to_string(),
                e.end.map(|d| d.to_string()),
            )
        })
        .collect()
}

#[test]
fn check_reads_both_timelinejs_samples() {
    for name in ["women_in_computing.json", "women_in_computing.csv"] {
        let o = run(&["check".as_ref(), sample(name).as_os_str()]);
        let stdout = text(&o.stdout);
        assert!(o.status.success(), "{name}: {stdout}{}", text(&o.stderr));
        assert!(stdout.contains("10 events"), "{name}: {stdout}");
        assert_eq!(stdout.lines().count(), 1, "{stdout}");
    }
}

#[test]
fn the_two_samples_give_the_same_timeline() {
    let json = load(&sample("women_in_computing.json"));
    let csv = load(&sample("women_in_computing.csv"));
    assert_eq!(json.title, "Women in Computing");
    assert_eq!(json.title, csv.title);
    assert_eq!(titles_and_dates(&json), titles_and_dates(&csv));
    let ada = &json.events[0];
    assert_eq!(
        (ada.title.as_str(), ada.start.to_string()),
        ("Ada Lovelace", "1815-12-10".into())
    );
    let clarke = json
        .events
        .iter()
        .find(|e| e.title.starts_with("Edith Clarke"))
        .unwrap();
    assert!(clarke.quotes[0].text.starts_with("There is no demand"));
}

#[test]
fn json_to_ron_to_json_keeps_titles_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let (ron, json) = (dir.path().join("w.ron"), dir.path().join("w.json"));
    convert(&sample("women_in_computing.json"), &ron);
    convert(&ron, &json);
    let (original, back) = (load(&sample("women_in_computing.json")), load(&json));
    assert_eq!(back.title, original.title);
    assert_eq!(titles_and_dates(&back), titles_and_dates(&original));
    assert_eq!(titles_and_dates(&load(&ron)), titles_and_dates(&original));
}

#[test]
fn csv_to_ron_to_csv_keeps_titles_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let (ron, csv) = (dir.path().join("w.ron"), dir.path().join("w.csv"));
    convert(&sample("women_in_computing.csv"), &ron);
    convert(&ron, &csv);
    let (original, back) = (load(&sample("women_in_computing.csv")), load(&csv));
    assert_eq!(back.title, original.title);
    assert_eq!(titles_and_dates(&back), titles_and_dates(&original));
}

#[test]
fn the_bundled_dataset_converts_to_ron_and_loads_back_equal() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("copy.ron");
    convert(Path::new(BUNDLED_FILE), &out);
    let (original, back) = (load::bundled().unwrap(), load(&out));
    assert_eq!(back.title, original.title);
    assert_eq!(back.events.len(), original.events.len());
    for (a, b) in original.events.iter().zip(&back.events) {
        assert_eq!(
            (&a.id, &a.title, a.start, a.end),
            (&b.id, &b.title, b.start, b.end)
        );
        let quotes = |t: &Timeline, e: &india_canada_timeline::data::model::Event| {
            e.quotes
                .iter()
                .map(|q| {
                    (
                        q.text.clone(),
                        q.speaker.map(|i| t.speakers[i].id.clone()),
                        t.sources[q.source].id.clone(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(quotes(&original, a), quotes(&back, b), "{}", a.id);
    }
    assert_eq!(back.events, original.events);
    assert_eq!(back.sources, original.sources);
    assert_eq!(back.speakers, original.speakers);
    assert_eq!(back.corrections, original.corrections);
}

#[test]
fn the_bundled_dataset_converts_to_timelinejs_keeping_ids_titles_and_dates() {
    let dir = tempfile::tempdir().unwrap();
    let original = load::bundled().unwrap();
    for name in ["copy.json", "copy.csv"] {
        let out = dir.path().join(name);
        convert(Path::new(BUNDLED_FILE), &out);
        let back = load(&out);
        assert_eq!(back.title, original.title);
        let ids = |t: &Timeline| t.events.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&back), ids(&original), "{name}");
        assert_eq!(
            titles_and_dates(&back),
            titles_and_dates(&original),
            "{name}"
        );
    }
}

#[test]
fn convert_refuses_its_input_and_existing_files_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("w.json");
    std::fs::copy(sample("women_in_computing.json"), &input).unwrap();
    let o = run(&[
        "convert".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        input.as_os_str(),
        "--force".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("is the input file"),
        "{}",
        text(&o.stderr)
    );

    let out = dir.path().join("w.ron");
    std::fs::write(&out, "keep me").unwrap();
    let o = run(&[
        "convert".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o.stderr).contains("--force"), "{}", text(&o.stderr));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");

    let o = run(&[
        "convert".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
        "--force".as_ref(),
    ]);
    assert!(o.status.success(), "{}", text(&o.stderr));
    assert_eq!(load(&out).events.len(), 10);

    let o = run(&[
        "convert".as_ref(),
        input.as_os_str(),
        "--out".as_ref(),
        dir.path().join("w.txt").as_os_str(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains(".ron, .json"),
        "{}",
        text(&o.stderr)
    );
}

/// `check` of a broken file: its one problem line, split at the position.
fn one_problem(path: &Path) -> (usize, usize, String) {
    let o = run(&["check".as_ref(), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o.stdout));
    let stderr = text(&o.stderr);
    let line = stderr.lines().next().unwrap_or_default();
    let prefix = format!("{}:", path.display());
    let rest = line
        .strip_prefix(&prefix)
        .unwrap_or_else(|| panic!("{stderr}"));
    let mut parts = rest.splitn(3, ':');
    let row = parts.next().unwrap().parse().unwrap();
    let column = parts.next().unwrap().parse().unwrap();
    (row, column, parts.next().unwrap().trim().to_owned())
}

#[test]
fn a_bad_date_in_json_is_placed_in_its_event() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.json");
    let original = std::fs::read_to_string(sample("women_in_computing.json")).unwrap();
    let broken = original.replacen(r#""month": "3","#, r#""month": "13","#, 1);
    assert_ne!(broken, original);
    std::fs::write(&path, &broken).unwrap();
    let (line, column, message) = one_problem(&path);
    assert!(
        message.starts_with("event `edith-clarke-bucking-the-trend`:"),
        "{message}"
    );
    assert!(message.contains("month 13"), "{message}");
    let at: String = broken
        .lines()
        .nth(line - 1)
        .unwrap()
        .chars()
        .skip(column - 1)
        .collect();
    assert!(at.starts_with(r#""13""#), "{line}:{column}: {at}");
}

#[test]
fn a_bad_date_in_csv_gives_its_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    let original = std::fs::read_to_string(sample("women_in_computing.csv")).unwrap();
    let broken = original.replacen("\n1948,3,14,", "\n1948,3,32,", 1);
    assert_ne!(broken, original);
    std::fs::write(&path, &broken).unwrap();
    let row = broken
        .lines()
        .position(|l| l.starts_with("1948,3,32,"))
        .unwrap()
        + 1;
    let (line, column, message) = one_problem(&path);
    assert_eq!((line, column), (row, 3), "{message}");
    assert!(
        message.starts_with("event `edith-clarke-bucking-the-trend`:"),
        "{message}"
    );
    assert!(message.contains("day 32"), "{message}");
}

#[test]
fn the_window_options_are_checked_before_a_window_opens() {
    let o = run(&[
        "--from".as_ref(),
        "2025-01".as_ref(),
        "--to".as_ref(),
        "2024-12".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        text(&o.stderr).contains("before --from"),
        "{}",
        text(&o.stderr)
    );
    let o = run(&["--from".as_ref(), "2025-01".as_ref()]);
    assert_eq!(o.status.code(), Some(2), "--from needs --to");
    let o = run(&[
        "--event".as_ref(),
        "x".as_ref(),
        "--from".as_ref(),
        "2025-13".as_ref(),
        "--to".as_ref(),
        "2026".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(2), "a bad date is refused");
}
