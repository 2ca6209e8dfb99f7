//! The interface's languages: every message in every language, every message
//! used by the code, and the window in each language.

use egui_kittest::kittest::Queryable;
use india_canada_timeline::base::i18n::{Lang, message_ids};
use std::collections::BTreeSet;

/// The text of every source file, to find the message ids the code names.
fn source_text() -> String {
    fn walk(dir: &std::path::Path, out: &mut String) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let mut out = String::new();
    walk(std::path::Path::new("src"), &mut out);
    out
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english: BTreeSet<String> = message_ids(Lang::En.source()).into_iter().collect();
    assert!(english.len() > 200, "{}", english.len());
    for lang in Lang::ALL {
        let ids = message_ids(lang.source());
        let set: BTreeSet<String> = ids.iter().cloned().collect();
        assert_eq!(set.len(), ids.len(), "{} defines an id twice", lang.code());
        let missing: Vec<_> = english.difference(&set).collect();
        let extra: Vec<_> = set.difference(&english).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{} has ids English lacks: {extra:?}",
            lang.code()
        );
    }
}

#[test]
fn every_message_is_used_by_the_code() {
    let code = source_text();
    let unused: Vec<String> = message_ids(Lang::En.source())
        .into_iter()
        // Language names are asked for as `menu-language-{code}`.
        .filter(|id| !id.starts_with("menu-language-"))
        .filter(|id| !code.contains(&format!("\"{id}\"")))
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    for lang in Lang::ALL {
        assert_ne!(lang.native_name(), format!("menu-language-{}", lang.code()));
    }
}

#[test]
fn every_id_the_code_asks_for_exists() {
    let code = source_text();
    let known: BTreeSet<String> = message_ids(Lang::En.source()).into_iter().collect();
    let prefixes = [
        "menu-",
        "top-",
        "side-",
        "list-",
        "tour-",
        "export-",
        "shortcuts-",
        "notice-",
        "about-",
        "compare-",
        "speaker-",
        "overview-",
        "drop-",
        "search-",
        "voices-",
        "error-",
        "tip-",
    ];
    let mut unknown = BTreeSet::new();
    for part in code.split('"').skip(1).step_by(2) {
        let looks_like_id = prefixes.iter().any(|p| part.starts_with(p))
            && part
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            && !part.ends_with('-');
        if looks_like_id && !known.contains(part) {
            unknown.insert(part.to_owned());
        }
    }
    assert!(unknown.is_empty(), "ids with no message: {unknown:?}");
}

/// The window in each language: the menu titles in its words, and a selected
/// event's date with the month in its words.
#[test]
fn the_window_speaks_each_language() {
    use india_canada_timeline::app::{Command, TimelineApp};
    use india_canada_timeline::base::i18n::tr;
    use india_canada_timeline::data::load;
    for lang in Lang::ALL {
        let timeline = load::bundled().unwrap();
        let i = timeline.event_index("nijjar-killed").unwrap();
        let mut app = TimelineApp::new(timeline, None);
        app.apply(Command::SetLang(lang));
        app.apply(Command::Select(Some(i)));
        let h = crate::common::harness_for(app);
        for id in ["menu-file", "menu-view", "menu-help"] {
            let title = tr(lang, id);
            assert!(
                h.query_by_label(&title).is_some(),
                "{}: no menu {title}",
                lang.code()
            );
        }
        let date = format!("18 {} 2023", lang.month_name(6));
        assert!(
            h.query_all_by_label_contains(&date).next().is_some(),
            "{}: no date {date}",
            lang.code()
        );
        assert_eq!(h.state().settings().lang, lang);
    }
}

/// An export in Hindi: its axis and subtitle in Hindi (PNG through the same
/// SVG), and a PDF whose Hindi text `pdftotext` reads back. pdftotext puts a
/// space inside some shaped words, so the check ignores spaces.
#[test]
fn exports_speak_the_chosen_language() {
    use india_canada_timeline::data::date::PartialDate;
    use india_canada_timeline::data::formats::FileFormat;
    use india_canada_timeline::render::export::{self, ExportOptions};
    use india_canada_timeline::render::measure::Measurer;
    let t = india_canada_timeline::data::load::bundled().unwrap();
    let m = Measurer::new();
    let date = |s| PartialDate::parse(s).unwrap();
    let mut options = ExportOptions::new(date("2024-10-01"), date("2024-10-31"), "Test");
    options.lang = Lang::Fr;
    let svg = export::export_svg(&t, &options, &m).unwrap();
    assert!(
        svg.contains("octobre 2024"),
        "French month on the axis or subtitle"
    );
    assert!(svg.contains("événements"), "French count");
    options.lang = Lang::Hi;
    let pdf = export::export_bytes(&t, &options, FileFormat::Pdf, &m).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hi.pdf");
    std::fs::write(&path, pdf).unwrap();
    let Ok(out) = std::process::Command::new("pdftotext")
        .arg(&path)
        .arg("-")
        .output()
    else {
        assert!(std::env::var_os("CI").is_none(), "CI must have pdftotext");
        eprintln!("skipped the PDF text check: no pdftotext here");
        return;
    };
    let text: String = String::from_utf8_lossy(&out.stdout)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    for word in [Lang::Hi.month_name(10), "घटनाएँ"] {
        assert!(text.contains(word), "{word} not read back from the PDF");
    }
}

/// The format's example carries translations: shown in their language,
/// the rest as written, kept through a RON round trip; an unknown language
/// is an error that names it and its line.
#[test]
fn events_may_carry_their_title_and_summary_in_other_languages() {
    use india_canada_timeline::data::formats::FileFormat;
    use india_canada_timeline::data::{interop, load};
    let guide = include_str!("../../data/FORMAT.md");
    let example = guide
        .split("```ron")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let t = load::load_str(example, "FORMAT.md").unwrap_or_else(|e| panic!("{e}"));
    let e = &t.events[0];
    assert_eq!(e.title_in(Lang::Fr), "Le conseiller Doval à Ottawa");
    assert_eq!(e.summary_in(Lang::Fr), "Dans vos propres mots.");
    assert_eq!(e.title_in(Lang::Hi), "डोभाल ओटावा में");
    assert_eq!(
        e.summary_in(Lang::Hi),
        e.summary,
        "not translated: as written"
    );
    assert_eq!(e.title_in(Lang::Pa), e.title);
    assert_eq!(e.title_in(Lang::En), e.title);
    let ron = interop::render(&t, FileFormat::Ron).unwrap();
    let back = load::load_str(&ron, "back.ron").unwrap_or_else(|err| panic!("{err}\n{ron}"));
    assert_eq!(back.events[0].translations, e.translations);
    let bad = example.replace("\"hi\": (title", "\"de\": (title");
    let err = load::load_str(&bad, "bad.ron").unwrap_err().to_string();
    let line = bad.lines().position(|l| l.contains("\"de\"")).unwrap() + 1;
    assert!(err.contains(&format!("bad.ron:{line}:")), "{err}");
    assert!(
        err.contains("`de`") && err.contains("fr, hi or pa"),
        "{err}"
    );
}
