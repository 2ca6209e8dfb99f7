//! Hostile and odd input, through the real binary: devices, pipes, huge or
//! quadratic files, terminal escapes, bad links, exports over their own input.
//! Each case must end quickly with a clear message, bounded output, and
//! nothing overwritten.

use crate::common::SMALL;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Runs the binary, killing it (and failing) if it is still running after a minute.
fn run(args: &[&std::ffi::OsStr]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_india-canada-timeline"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            child.kill().unwrap();
            panic!("{args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn check(path: &Path) -> Output {
    run(&["check".as_ref(), path.as_os_str()])
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[cfg(unix)]
#[test]
fn devices_and_pipes_are_refused_without_reading_or_waiting() {
    let out = check(Path::new("/dev/zero"));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );

    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.ron");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let out = check(&fifo);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("not a regular file"));
}

/// A file with many categories, and many events that name unknown ones.
fn unknown_categories(categories: usize, events: usize) -> String {
    let mut t = String::from("Timeline(title: \"t\", categories: [");
    for c in 0..categories {
        t.push_str(&format!(
            "Category(id: \"category-{c}\", name: \"C\", color: \"#102030\"),"
        ));
    }
    t.push_str("], events: [");
    for e in 0..events {
        t.push_str(&format!(
            "Event(id: \"e{e}\", title: \"x\", start: \"2024-01-01\", category: \"missing-{e}\"),"
        ));
    }
    t.push_str("])");
    t
}

#[test]
fn many_problems_give_a_bounded_report() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.ron");
    std::fs::write(&path, unknown_categories(2000, 5000)).unwrap();
    let out = check(&path);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.len() < 100_000, "{} bytes of output", err.len());
    assert!(err.lines().count() <= 201, "{} lines", err.lines().count());
    assert!(
        err.lines()
            .last()
            .unwrap()
            .contains("more problems are not listed")
    );
    assert!(
        !err.contains("category-1999"),
        "messages never list every category"
    );
}

#[test]
fn duplicate_and_escaped_ids_are_placed_in_linear_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = String::from(
        "Timeline(title: \"t\", categories: [Category(id: \"c\", name: \"C\", color: \"#102030\")], events: [",
    );
    for _ in 0..40_000 {
        t.push_str("Event(id: \"same\", title: \"x\", start: \"2024-01-01\", category: \"c\"),");
    }
    t.push_str("])");
    let path = dir.path().join("dup.ron");
    std::fs::write(&path, &t).unwrap();
    let out = check(&path);
    let err = stderr(&out);
    assert!(
        err.contains("used twice (first on line 1)"),
        "{}",
        &err[..err.len().min(500)]
    );
    assert!(err.lines().count() <= 201);

    // The same category id 40 000 times, written with an escape, each with a bad colour.
    let mut escaped = String::from("Timeline(title: \"t\", categories: [");
    for _ in 0..40_000 {
        escaped.push_str("Category(id: \"c\\u{61}\", name: \"C\", color: \"#10203\"),");
    }
    escaped.push_str("], events: [])");
    let path = dir.path().join("escaped.ron");
    std::fs::write(&path, escaped).unwrap();
    let out = check(&path);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).lines().count() <= 201);
}

#[test]
fn dataset_text_never_reaches_the_terminal_raw() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("esc.ron");
    let text = SMALL.replacen(
        r#"category: "security","#,
        "category: \"\x1b]52;c;ZXZpbA==\x07\x1b[2J\r\u{2028}\u{85}\",",
        1,
    );
    std::fs::write(&path, text).unwrap();
    let out = check(&path);
    assert_eq!(out.status.code(), Some(1));
    let raw = out.stderr;
    for bad in [0x1b, 0x07, b'\r'] {
        assert!(!raw.contains(&bad), "byte {bad:#x} reached the terminal");
    }
    let err = String::from_utf8_lossy(&raw);
    assert!(!err.contains('\u{2028}') && !err.contains('\u{85}'));
    assert_eq!(err.lines().count(), 1, "one problem, one line: {err}");
    assert!(err.contains("\\u{1b}"));
}

#[test]
fn huge_texts_are_refused_with_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    let title = "x".repeat(10 * 1024 * 1024);
    std::fs::write(&path, SMALL.replacen("Later event", &title, 1)).unwrap();
    let out = check(&path);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("event `later`: the title is 10485760 characters long"),
        "{}",
        &err[..err.len().min(300)]
    );
    assert!(err.len() < 1000);
}

#[test]
fn addresses_that_could_open_local_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for bad in [
        "https://a:99999/../../../../etc/passwd",
        "https://exa mple.com/",
        "https://",
        "https://example.org/a\\nline two",
    ] {
        let path = dir.path().join("url.ron");
        let text = SMALL.replacen("https://example.org/a", bad, 1);
        std::fs::write(&path, text).unwrap();
        let out = check(&path);
        assert_eq!(out.status.code(), Some(1), "{bad} was accepted");
        assert!(stderr(&out).contains("address"), "{}", stderr(&out));
    }
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.ron");
    std::fs::write(&path, format!("\u{feff}{SMALL}")).unwrap();
    let out = check(&path);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_parse_error_inside_an_event_names_the_event() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("parse.ron");
    std::fs::write(
        &path,
        SMALL.replacen("summary: \"Between the two.\"", "summary: 42", 1),
    )
    .unwrap();
    let err = stderr(&check(&path));
    assert!(err.contains("event `middle`"), "{err}");
}

#[test]
fn an_export_never_replaces_its_own_input() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["d.svg", "d.png"] {
        let data = dir.path().join(name);
        std::fs::write(&data, SMALL).unwrap();
        let out = run(&[
            "export".as_ref(),
            "--from".as_ref(),
            "2024-01-01".as_ref(),
            "--to".as_ref(),
            "2024-12-31".as_ref(),
            "--data".as_ref(),
            data.as_os_str(),
            "--out".as_ref(),
            data.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            stderr(&out).contains("timeline being exported"),
            "{}",
            stderr(&out)
        );
        assert_eq!(
            std::fs::read_to_string(&data).unwrap(),
            SMALL,
            "the dataset is intact"
        );
    }
}

#[test]
fn generate_keeps_existing_files_and_stays_within_the_size_limit() {
    let dir = tempfile::tempdir().unwrap();
    let out_path = dir.path().join("mine.ron");
    std::fs::write(&out_path, "precious").unwrap();
    let generate = |events: &str, extra: &[&str]| {
        let mut args: Vec<&std::ffi::OsStr> = vec![
            "generate".as_ref(),
            "--events".as_ref(),
            events.as_ref(),
            "--out".as_ref(),
            out_path.as_os_str(),
        ];
        args.extend(extra.iter().map(std::ffi::OsStr::new));
        run(&args)
    };
    let out = generate("10", &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--force"));
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "precious");
    for bad in ["0", "150000", "1000000000"] {
        assert_eq!(
            generate(bad, &["--force"]).status.code(),
            Some(1),
            "--events {bad}"
        );
    }
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "precious");
    assert!(generate("10", &["--force"]).status.success());
    assert!(check(&out_path).status.success());
}

#[test]
fn xml_invalid_characters_never_break_an_svg_or_png() {
    use india_canada_timeline::data::formats::FileFormat;
    use india_canada_timeline::render::export::{self, ExportOptions};
    use india_canada_timeline::{data::date::PartialDate, data::load, render::measure::Measurer};
    let text = SMALL.replacen("Later event", "Later \u{fffe}event\u{ffff}", 1);
    let t = load::load_str(&text, "t.ron").unwrap();
    let options = ExportOptions::new(
        PartialDate::parse("2024-01-01").unwrap(),
        PartialDate::parse("2024-12-31").unwrap(),
        "Title \u{fffe}",
    );
    let m = Measurer::new();
    let svg = export::export_svg(&t, &options, &m).unwrap();
    assert!(!svg.contains('\u{fffe}') && svg.contains("Later event"));
    assert!(export::export_bytes(&t, &options, FileFormat::Png, &m).is_ok());
}

#[test]
fn a_dataset_title_that_would_cover_the_window_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("title.ron");
    std::fs::write(&path, SMALL.replacen("Test timeline", &"T".repeat(5000), 1)).unwrap();
    let out = check(&path);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("the timeline's title is 5000 characters long"));
}
