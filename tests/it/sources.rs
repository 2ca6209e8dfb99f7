//! Sources that last: archived copies, the Wayback Machine lookup for pages
//! without one, and the dates a page was read.

use crate::common::SPOKEN;
use india_canada_timeline::data::formats::FileFormat;
use india_canada_timeline::data::interop;
use india_canada_timeline::data::load;
use india_canada_timeline::data::model::Archive;

const ARCHIVED: &str = "https://web.archive.org/web/20240103000000/https://example.org/a";

fn with_archive(archived: &str) -> String {
    SPOKEN.replace(
        "url: \"https://example.org/a\"),",
        &format!("url: \"https://example.org/a\", archived: Some(\"{archived}\"), accessed: Some(\"2026-12-02\")),"),
    )
}

#[test]
fn an_archived_copy_is_offered_before_a_lookup_and_kept_in_ron() {
    let t = load::load_str(&with_archive(ARCHIVED), "t.ron").unwrap_or_else(|e| panic!("{e}"));
    let a = &t.sources[0];
    assert_eq!(a.archive(), Some(Archive::Copy(ARCHIVED.to_owned())));
    assert_eq!(
        a.accessed.map(|d| d.to_string()).as_deref(),
        Some("2026-12-02")
    );
    let ron = interop::render(&t, FileFormat::Ron).unwrap();
    let back = load::load_str(&ron, "back.ron").unwrap_or_else(|e| panic!("{e}\n{ron}"));
    assert_eq!(back.sources[0].archived.as_deref(), Some(ARCHIVED));
    assert_eq!(back.sources[0].accessed, a.accessed);
}

#[test]
fn without_a_copy_the_wayback_machine_is_asked_for_the_publication_date() {
    let t = load::load_str(SPOKEN, "t.ron").unwrap();
    let a = &t.sources[0];
    assert_eq!(
        a.archive(),
        Some(Archive::Lookup(
            "https://web.archive.org/web/20240102/https://example.org/a".to_owned()
        ))
    );
    assert_eq!(
        t.sources[1].archive(),
        None,
        "no address, nothing to look up"
    );
}

#[test]
fn an_archived_address_is_checked_like_any_address() {
    let bad = with_archive("file:///etc/passwd");
    let err = load::load_str(&bad, "t.ron").unwrap_err().to_string();
    let line = bad.lines().position(|l| l.contains("file:///")).unwrap() + 1;
    assert!(err.contains(&format!("t.ron:{line}:")), "{err}");
    let bad_date = with_archive(ARCHIVED).replace(
        "accessed: Some(\"2026-12-02\")",
        "accessed: Some(\"2026-13-02\")",
    );
    let err = load::load_str(&bad_date, "t.ron").unwrap_err().to_string();
    assert!(err.contains("accessed date"), "{err}");
}

/// A source found dead at the last check says so in the side panel, with the
/// date, and offers the archive first.
#[test]
fn a_page_found_gone_says_so_and_leads_with_the_archive() {
    use egui_kittest::kittest::Queryable;
    use india_canada_timeline::app::{Checked, Command, LinkStatus, TimelineApp};
    let t = load::load_str(SPOKEN, "t.ron").unwrap();
    let talks = t.event_index("talks").unwrap();
    let mut status = LinkStatus::default();
    let checked = chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
    let dead = Checked {
        status: "dead".into(),
        detail: "404 Not Found".into(),
        checked,
    };
    status
        .addresses
        .insert("https://example.org/a".into(), dead);
    let mut app = TimelineApp::new(t, None).with_link_status(status);
    app.apply(Command::Select(Some(talks)));
    let h = crate::common::harness_for(app);
    assert!(
        h.query_all_by_label_contains("Page gone (checked 2 Dec 2026)")
            .next()
            .is_some()
    );
    assert!(h.query_all_by_label("Wayback Machine →").next().is_some());
    assert!(h.query_all_by_label("Copy link to quote").next().is_some());
}
