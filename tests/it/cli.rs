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

/// `links` against a server on this machine: the dead address named at its
/// line and column with its source, the live one not, exit 1; JSON for scripts.
#[test]
fn links_reports_dead_addresses_where_they_are_written() {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut line = String::new();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let _ = reader.read_line(&mut line);
            let mut header = String::new();
            while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
                header.clear();
            }
            let status = if line.contains("/ok") {
                "200 OK"
            } else {
                "404 Not Found"
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            );
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.ron");
    let text = crate::common::SPOKEN
        .replace(
            "https://example.org/a",
            &format!("http://127.0.0.1:{port}/gone"),
        )
        .replace(
            "kind: Copy(of: \"Wire\")",
            &format!("kind: Copy(of: \"Wire\"), url: \"http://127.0.0.1:{port}/ok\""),
        );
    std::fs::write(&path, &text).unwrap();
    let data_home = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("links")
        .arg(&path)
        .env("XDG_DATA_HOME", data_home.path())
        .env("HOME", data_home.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let line = text.lines().position(|l| l.contains("/gone")).unwrap() + 1;
    let column = text.lines().nth(line - 1).unwrap().find("http://").unwrap() + 1;
    assert_eq!(
        stdout.trim(),
        format!(
            "{}:{line}:{column}: source a: address http://127.0.0.1:{port}/gone: dead (404 Not Found)",
            path.display()
        )
    );
    // What was found is kept beside the settings, for the side panel.
    let kept = walk_for(data_home.path(), "link-status.json").expect("the status file");
    let status = std::fs::read_to_string(kept).unwrap();
    assert!(
        status.contains("/gone") && status.contains("\"dead\""),
        "{status}"
    );
    let json = bin()
        .args(["links", "--format", "json"])
        .arg(&path)
        .env("XDG_DATA_HOME", data_home.path())
        .env("HOME", data_home.path())
        .output()
        .unwrap();
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let statuses: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["dead", "alive"]);
}

/// The first file named `name` below `dir`.
fn walk_for(dir: &std::path::Path, name: &str) -> Option<std::path::PathBuf> {
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if let Some(found) = walk_for(&path, name) {
                return Some(found);
            }
        } else if path.file_name().is_some_and(|n| n == name) {
            return Some(path);
        }
    }
    None
}
