//! The command line, run as a user would run it.

use crate::common;

use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_india-canada-timeline"))
}

#[test]
fn check_without_a_file_validates_the_embedded_dataset_from_anywhere() {
    let empty = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("check")
        .current_dir(empty.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("events,") && stdout.contains("sources,"),
        "{stdout}"
    );
    assert!(
        stdout.contains("2023 –") && stdout.contains("2026"),
        "date span: {stdout}"
    );
    assert_eq!(stdout.lines().count(), 1);
}

#[test]
fn check_of_a_broken_file_prints_positions_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.ron");
    let text = common::SMALL
        .replacen(r#"start: "2024-02-10""#, r#"start: "2024-02-30""#, 1)
        .replacen(r#"category: "security","#, r#"category: "sport","#, 1);
    std::fs::write(&path, text).unwrap();
    let out = bin().arg("check").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    let prefix = format!("{}:", path.display());
    for l in lines {
        let rest = l.strip_prefix(&prefix).unwrap_or_else(|| panic!("{l}"));
        let mut parts = rest.splitn(3, ':');
        assert!(
            parts.next().unwrap().parse::<usize>().is_ok(),
            "line number: {l}"
        );
        assert!(
            parts.next().unwrap().parse::<usize>().is_ok(),
            "column: {l}"
        );
    }
}

#[test]
fn check_of_a_good_file_and_help_and_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("small.ron");
    std::fs::write(&path, common::SMALL).unwrap();
    let out = bin().arg("check").arg(&path).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("3 events, 2 sources, 3 quotes"));

    let out = bin().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains(env!("CARGO_PKG_VERSION")));
    let out = bin().arg("--help").output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("check"));
}

#[test]
fn check_warns_about_content_and_strict_makes_it_fail() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.ron");
    let text = common::SMALL.replacen("Second in time.", "See the filed page for this.", 1);
    std::fs::write(&path, text).unwrap();
    let out = bin().arg("check").arg(&path).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(": warning: event `later`: `filed page`"),
        "{stderr}"
    );
    let out = bin()
        .arg("check")
        .arg("--strict")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(": error: "));
}
