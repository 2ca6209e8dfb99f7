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
