//! The compare view: two voices aligned by day, on screen and on paper.

use crate::common::{SPOKEN, harness_for};
use egui::Key;
use egui_kittest::kittest::Queryable;
use india_canada_timeline::app::{Command, TimelineApp};
use india_canada_timeline::data::cite::CitationStyle;
use india_canada_timeline::data::formats::FileFormat;
use india_canada_timeline::data::load;
use india_canada_timeline::render::export::{self, ComparePageSpec, Theme};
use india_canada_timeline::render::measure::Measurer;
use india_canada_timeline::timeline::compare::{
    CompareRow, CompareSpec, Statement, compare_rows, statement_heading,
};
use india_canada_timeline::timeline::quotes::SideFilter;
use india_canada_timeline::timeline::voices::VoiceFilter;

fn spec(left: SideFilter, right: SideFilter) -> CompareSpec {
    CompareSpec {
        left: VoiceFilter::Side(left),
        right: VoiceFilter::Side(right),
    }
}

#[test]
fn statements_of_one_day_share_a_row_in_date_order() {
    let t = load::load_str(SPOKEN, "t.ron").unwrap();
    let (talks, visit) = (
        t.event_index("talks").unwrap(),
        t.event_index("visit").unwrap(),
    );
    let rows = compare_rows(
        &t,
        spec(SideFilter::Canada, SideFilter::Other),
        i64::MIN,
        i64::MAX,
        None,
    );
    let day = |i: usize| t.events[i].start_day();
    assert_eq!(
        rows,
        [
            CompareRow {
                day: day(talks),
                left: Some(Statement {
                    event: talks,
                    quote: 0
                }),
                right: Some(Statement {
                    event: talks,
                    quote: 1
                }),
            },
            CompareRow {
                day: day(visit),
                left: None,
                right: Some(Statement {
                    event: visit,
                    quote: 0
                }),
            },
        ]
    );
    let march = compare_rows(
        &t,
        spec(SideFilter::Canada, SideFilter::Other),
        day(visit),
        day(visit) + 1,
        None,
    );
    assert_eq!(march.len(), 1, "the range keeps the visit only");
    let none = compare_rows(
        &t,
        spec(SideFilter::India, SideFilter::NonState),
        i64::MIN,
        i64::MAX,
        None,
    );
    assert!(none.is_empty());
}

#[test]
fn the_view_aligns_a_statement_and_its_answer_and_works_from_the_keyboard() {
    let mut h = harness_for(TimelineApp::new(load::bundled().unwrap(), None));
    h.state_mut().apply(Command::ToggleCompare);
    h.run();
    let (rows, _) = h.state().compare_rows_now();
    let t = h.state().timeline().clone();
    let k = rows
        .iter()
        .position(|r| r.left.is_some() && r.right.is_some())
        .expect("India and Canada speak on the same day somewhere");
    h.state_mut().apply(Command::SetCompareCursor(k));
    h.run();
    let (left, right) = (rows[k].left.unwrap(), rows[k].right.unwrap());
    let top = |s: Statement| h.get_by_label(&statement_heading(&t, s)).rect().top();
    assert!((top(left) - top(right)).abs() < 1.0, "one row, one height");
    assert!(top(left) < h.get_by_label(&statement_heading(&t, left)).rect().bottom());
    h.key_press(Key::ArrowDown);
    h.run();
    assert_eq!(
        h.state().central().compare_cursor,
        Some((k + 1).min(rows.len() - 1))
    );
    h.key_press(Key::ArrowUp);
    h.run();
    h.key_press(Key::Enter);
    h.run();
    assert_eq!(
        h.state().reading().selected,
        Some(left.event),
        "Enter selects the row's event"
    );
}

#[test]
fn a_compare_page_exports_to_pdf_with_both_columns_and_citations() {
    let t = load::bundled().unwrap();
    let rows = compare_rows(
        &t,
        spec(SideFilter::India, SideFilter::Canada),
        i64::MIN,
        i64::MAX,
        None,
    );
    let both = rows
        .iter()
        .find(|r| r.left.is_some() && r.right.is_some())
        .unwrap();
    let page = ComparePageSpec {
        title: "Compare test",
        range: "all dates".into(),
        spec: spec(SideFilter::India, SideFilter::Canada),
        style: CitationStyle::Apa,
        palette: Theme::Light.palette(),
        lang: india_canada_timeline::base::i18n::Lang::En,
    };
    let m = Measurer::new();
    let pdf = export::compare_bytes(
        &t,
        &rows[..rows.len().min(60)],
        &page,
        FileFormat::Pdf,
        1600,
        &m,
    )
    .unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("compare.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let Ok(out) = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    else {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have pdftotext (poppler-utils)"
        );
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    for expected in [
        "India's government",
        "Canada's government",
        "Citations",
        "[1]",
    ] {
        assert!(text.contains(expected), "{expected}: {text}");
    }
    let title = &t.events[both.left.unwrap().event].title;
    let first_words: String = title
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains(&first_words), "{first_words}");
    assert!(
        export::compare_bytes(&t, &rows, &page, FileFormat::Png, 10, &m).is_err(),
        "width checked"
    );
}

#[test]
fn compare_rows_as_markdown_and_csv_carry_citations() {
    let t = load::load_str(SPOKEN, "t.ron").unwrap();
    let s = spec(SideFilter::Canada, SideFilter::Other);
    let rows = compare_rows(&t, s, i64::MIN, i64::MAX, None);
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let md = india_canada_timeline::timeline::compare::to_markdown(
        &t,
        s,
        &rows,
        CitationStyle::Plain,
        today,
    );
    assert!(
        md.starts_with("# Canada's government and Other countries"),
        "{md}"
    );
    assert!(md.contains("Ann Lee, Foreign Minister"), "{md}");
    assert!(md.contains("Ann Lee, quoted in"), "{md}");
    let csv =
        india_canada_timeline::timeline::compare::to_csv(&t, &rows, CitationStyle::Plain, today);
    assert_eq!(csv.lines().count(), 3, "{csv}");
    assert!(
        csv.lines().nth(2).unwrap().starts_with("2024-03-05,,,"),
        "{csv}"
    );
}
