//! Exports on the CPU: the right events, the right size, clear errors, no debris.

use india_canada_timeline::data::date::PartialDate;
use india_canada_timeline::data::formats::FileFormat;
use india_canada_timeline::data::load;
use india_canada_timeline::data::model::Timeline;
use india_canada_timeline::render::export::{self, ExportError, ExportOptions, Theme};
use india_canada_timeline::render::measure::Measurer;
use resvg::tiny_skia::Pixmap;
use std::collections::BTreeSet;
use std::process::Command;

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap()
}

fn options(from: &str, to: &str) -> ExportOptions {
    ExportOptions::new(date(from), date(to), "Test export")
}

/// Event ids named by `id="event-..."` groups in an SVG.
fn svg_event_ids(svg: &str) -> BTreeSet<String> {
    svg.split("id=\"event-")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_owned())
        .collect()
}

/// Events whose dates overlap [from, to] by the model, independently of layout.
fn overlapping(t: &Timeline, from: &str, to: &str) -> BTreeSet<String> {
    let (a, b) = (date(from).first_day(), date(to).end_day_exclusive());
    t.events
        .iter()
        .filter(|e| e.start_day() < b && e.end_day() > a)
        .map(|e| e.id.clone())
        .collect()
}

#[test]
fn svg_names_exactly_the_events_in_range() {
    let t = load::bundled().unwrap();
    let m = Measurer::new();
    for (from, to) in [
        ("2024-10-01", "2025-06-30"),
        ("2023-09-18", "2023-09-19"),
        ("2025", "2025"),
        ("2026-02-06", "2026-02-06"),
    ] {
        let svg = export::export_svg(&t, &options(from, to), &m).unwrap();
        let expected = overlapping(&t, from, to);
        assert!(!expected.is_empty(), "{from}..{to} has events");
        assert_eq!(svg_event_ids(&svg), expected, "{from}..{to}");
    }
}

#[test]
fn month_precision_events_at_the_edges_are_included_when_their_month_overlaps() {
    let t = load::bundled().unwrap();
    let vague = t
        .events
        .iter()
        .find(|e| e.start.precision() == india_canada_timeline::data::date::Precision::Month)
        .unwrap();
    let month = vague.start.to_string();
    let last_date = vague.end.unwrap_or(vague.start).last_date();
    let last = last_date.format("%Y-%m-%d").to_string();
    let m = Measurer::new();
    // A range that starts on the month's last day still overlaps it.
    let svg = export::export_svg(&t, &options(&last, &last), &m).unwrap();
    assert!(
        svg_event_ids(&svg).contains(&vague.id),
        "{} ({month})",
        vague.id
    );
    // A range that starts the day after does not.
    let next = last_date.succ_opt().unwrap().format("%Y-%m-%d").to_string();
    let svg = export::export_svg(&t, &options(&next, &next), &m).unwrap();
    assert!(!svg_event_ids(&svg).contains(&vague.id));
}

#[test]
fn png_decodes_at_the_requested_width_and_is_not_blank() {
    let t = load::bundled().unwrap();
    let m = Measurer::new();
    for (width, theme) in [(1200, Theme::Light), (2400, Theme::Dark)] {
        let opts = ExportOptions {
            width,
            theme,
            ..options("2024-10-01", "2025-06-30")
        };
        let png = export::export_bytes(&t, &opts, FileFormat::Png, &m).unwrap();
        let img = Pixmap::decode_png(&png).unwrap();
        assert_eq!(img.width(), width);
        assert!(img.height() > 300);
        let distinct: BTreeSet<[u8; 4]> = img
            .pixels()
            .iter()
            .step_by(7)
            .map(|p| [p.red(), p.green(), p.blue(), p.alpha()])
            .collect();
        assert!(
            distinct.len() > 50,
            "only {} colours: blank?",
            distinct.len()
        );
    }
}

#[test]
fn bad_ranges_paths_and_extensions_fail_and_write_nothing() {
    let t = load::bundled().unwrap();
    let m = Measurer::new();
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(ExportOptions, std::path::PathBuf)> = vec![
        (
            options("2025-06-30", "2024-10-01"),
            dir.path().join("a.png"),
        ),
        (
            options("2024-10-01", "2025-06-30"),
            dir.path().join("a.jpg"),
        ),
        (
            options("2024-10-01", "2025-06-30"),
            dir.path().join("missing/a.png"),
        ),
        (
            ExportOptions {
                width: 100,
                ..options("2024-10-01", "2025-06-30")
            },
            dir.path().join("a.svg"),
        ),
    ];
    for (opts, path) in cases {
        let err = export::export_to_file(&t, &opts, &path, &m).unwrap_err();
        let text = err.to_string();
        match err {
            ExportError::StartAfterEnd { .. } => assert!(text.contains("after")),
            ExportError::Extension(_) => assert!(text.contains(".png, .svg or .pdf")),
            ExportError::MissingFolder(_) => assert!(text.contains("does not exist")),
            ExportError::Width(_) => assert!(text.contains("1200")),
            other => panic!("unexpected: {other}"),
        }
        assert_eq!(
            std::fs::read_dir(dir.path()).unwrap().count(),
            0,
            "{text}: nothing written"
        );
    }
}

#[test]
fn a_failed_export_never_damages_an_existing_file() {
    let t = load::bundled().unwrap();
    let m = Measurer::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("keep.png");
    std::fs::write(&path, b"precious").unwrap();
    assert!(export::export_to_file(&t, &options("2025-06-30", "2024-10-01"), &path, &m).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), b"precious");
    export::export_to_file(&t, &options("2024-10-01", "2025-06-30"), &path, &m).unwrap();
    assert!(Pixmap::decode_png(&std::fs::read(&path).unwrap()).is_ok());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary left"
    );
}

#[test]
fn command_line_export_writes_png_and_svg_and_refuses_bad_input() {
    let bin = env!("CARGO_BIN_EXE_india-canada-timeline");
    let dir = tempfile::tempdir().unwrap();
    for name in ["range.png", "range.svg"] {
        let out = dir.path().join(name);
        let status = Command::new(bin)
            .args([
                "export",
                "--from",
                "2024-10-01",
                "--to",
                "2025-06-30",
                "--width",
                "1600",
                "--theme",
                "dark",
                "--out",
            ])
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success());
        assert!(out.metadata().unwrap().len() > 1000);
    }
    let bad = dir.path().join("bad.png");
    for args in [
        vec!["--from", "2025-06-30", "--to", "2024-10-01"],
        vec!["--from", "2025-02-30", "--to", "2025-06-30"],
    ] {
        let out = Command::new(bin)
            .arg("export")
            .args(&args)
            .arg("--out")
            .arg(&bad)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{args:?}");
        assert!(!String::from_utf8_lossy(&out.stderr).is_empty());
        assert!(!bad.exists());
    }
    let out = Command::new(bin)
        .args([
            "export",
            "--from",
            "2024-10-01",
            "--to",
            "2025-06-30",
            "--out",
        ])
        .arg(dir.path().join("x.gif"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".png, .svg or .pdf"));
}

#[test]
fn an_export_draws_eras_leaders_and_dispute_markers_like_the_screen() {
    let t = load::bundled().unwrap();
    let m = Measurer::new();
    let svg = export::export_svg(&t, &options("2024-09-01", "2025-03-31"), &m).unwrap();
    assert!(svg.contains("<g id=\"eras\">"), "eras");
    assert!(svg.contains("Expulsions"), "an era's name");
    assert!(
        svg.contains("<title>Sources disagree</title>"),
        "dispute markers"
    );
    assert!(svg.matches("<line").count() > 40, "leaders and grid lines");
}

/// CI installs Debian's poppler-utils; elsewhere the text check needs `pdftotext`.
#[test]
fn a_pdf_export_is_vector_with_searchable_text() {
    let t = load::bundled().unwrap();
    let m = Measurer::new();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("range.pdf");
    let opts = options("2024-10-01", "2024-10-31");
    export::export_to_file(&t, &opts, &path, &m).unwrap();
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let Ok(out) = Command::new("pdftotext").arg(&path).arg("-").output() else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have pdftotext (poppler-utils)"
        );
        eprintln!("skipped the text check: no pdftotext here");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Canada expels six Indian diplomats"),
        "{text}"
    );
}

#[test]
fn a_long_title_takes_two_lines_before_it_is_cut() {
    let t = load::bundled().unwrap();
    let m = Measurer::new();
    let mut opts = options("2025-11-01", "2025-11-30");
    opts.key_only = true;
    let svg = export::export_svg(&t, &opts, &m).unwrap();
    let i = t.event_index("cepa-launch-agreed").unwrap();
    let title = &t.events[i].title;
    let last_word = title.split(' ').next_back().unwrap();
    assert!(
        svg.contains(last_word),
        "the end of “{title}” is in the export"
    );
    assert!(!svg.contains(&format!("{}…", &title[..20])), "not cut");
    // Key events only: a normal event of the month is left out.
    let normal = t.events.iter().find(|e| {
        e.importance != india_canada_timeline::data::model::Importance::Key
            && e.start.to_string().starts_with("2025-11")
    });
    if let Some(e) = normal {
        assert!(!svg.contains(&format!("id=\"event-{}\"", e.id)), "{}", e.id);
    }
}

#[test]
fn an_export_lists_the_corrections_of_the_events_it_shows() {
    let t = load::load_str(crate::common::SPOKEN, "t.ron").unwrap();
    let m = Measurer::new();
    let feb = export::export_svg(&t, &options("2024-02-01", "2024-02-29"), &m).unwrap();
    assert!(feb.contains("Corrected"), "the talks were corrected");
    assert!(feb.contains("credited to Ann Lee"));
    assert!(feb.contains("1 April 2024"), "with its date");
    let march = export::export_svg(&t, &options("2024-03-01", "2024-03-31"), &m).unwrap();
    assert!(!march.contains("credited to Ann Lee"), "the visit was not");
}

#[test]
fn marks_carry_pips_for_the_governments_quoted() {
    // Ann Lee speaks for Canada at the talks; the ministry is another country's.
    let t = load::load_str(crate::common::SPOKEN, "t.ron").unwrap();
    let m = Measurer::new();
    let svg = export::export_svg(&t, &options("2024-02-01", "2024-03-31"), &m).unwrap();
    let canada = "fill=\"#d52b1e\"";
    let india = "fill=\"#f08a00\"";
    assert_eq!(
        svg.matches(canada).count(),
        1,
        "one event quotes Canada's government"
    );
    assert_eq!(svg.matches(india).count(), 0, "none quotes India's");
    let pips =
        india_canada_timeline::timeline::voices::sides_spoken(&t, t.event_index("talks").unwrap());
    assert!(pips.canada && !pips.india);
    // Zoomed out to decades, marks are too close for pips to read.
    let wide = export::export_svg(&t, &options("2000", "2030"), &m).unwrap();
    assert_eq!(wide.matches(canada).count(), 0);
}
